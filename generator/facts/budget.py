"""How much of one source quotes, names and facts are searched in.

The stages are linear in text length, but at about 200 KB of text per second per core: a 5 MB page (the read
cap) would hold a worker for half a minute.  A source longer than `ANALYSED_CHARS` is searched in its first
`ANALYSED_CHARS` characters (cut at a sentence end when there is one); the whole text stays in the body and on
the site, and a "problem" note on the source says what was not analysed, so it is never silent.
"""
from __future__ import annotations

import re

from generator.model.briefing import Note

#: Characters of one source's body that quotes, names and facts are searched in (1 MB of text: the whole of
#: every news article seen; a page longer than this is a transcript, a dump or an attack).
ANALYSED_CHARS = 1_000_000

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?\s")


def analysed_part(body: list[str], limit: int = ANALYSED_CHARS) -> tuple[list[str], Note | None]:
    """The body as the searches see it, and the note saying what they did not read (None when they read it all).

    Paragraphs keep their places (one past the limit is cut, later ones are empty), so every quote and fact
    still names its paragraph in the whole body."""
    total = sum(len(p) for p in body)
    if total <= limit:
        return body, None
    out: list[str] = []
    left = limit
    for para in body:
        kept = para if len(para) <= left else para[:_cut(para, left)] if left else ""
        out.append(kept)
        left = max(0, left - len(para))
    read = sum(len(p) for p in out)
    last = max((i for i, p in enumerate(out) if p), default=-1) + 1
    note = Note(kind="problem", text=f"This text is very long ({total:,} characters): quotes, people, places and "
                                     f"facts were searched in its first {read:,} characters only (up to paragraph "
                                     f"{last} of {len(body)}). The rest is kept in the body but was not analysed.")
    return out, note


def _cut(para: str, left: int) -> int:
    """Where to cut a paragraph to at most `left` characters: after its last sentence end within them, else
    at a space, else at `left`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(para, max(0, left - 2000), left)]
    if ends:
        return ends[-1]
    space = para.rfind(" ", 0, left)
    return space if space > 0 else left
