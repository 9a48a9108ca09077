"""Direct quotes with their speakers.  (v1: minimal; see issue 4 for the full extractor.)"""
from __future__ import annotations

import re

from .ids import short_hash
from .models import Note, Quote

_QUOTE = re.compile(r"“([^”“]{3,}?)[”“]|\"([^\"]{3,}?)\"")
_SPEAKER = re.compile(r"(?:([A-Z][a-z]+(?: [A-Z][a-z]+)*) (said|told|added|warned|noted|stressed))|(?:(said|added) ([A-Z][a-z]+(?: [A-Z][a-z]+)*))")


def quote_id(text: str) -> str:
    return "q-" + short_hash(" ".join(re.findall(r"\w+", text.lower())))


def find_quotes(body: list[str], notes: list[Note] | None = None) -> list[Quote]:
    out: list[Quote] = []
    for i, para in enumerate(body, start=1):
        for m in _QUOTE.finditer(para):
            text = (m.group(1) or m.group(2)).strip()
            rest = para[m.end():] + " " + para[:m.start()]
            sm = _SPEAKER.search(rest)
            speaker = cue = None
            if sm:
                speaker, cue = (sm.group(1), sm.group(2)) if sm.group(1) else (sm.group(4), sm.group(3))
            out.append(Quote(id=quote_id(text), text=text, speaker=speaker, cue=cue, paragraph=i))
    return out
