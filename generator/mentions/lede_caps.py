"""A lede whose first words are set in capitals ('DAVE BASSETT'S stunt of staging …', a newspaper convention):
read with those words in title case, so the name in them is found like any other.  Same length, so every offset
into the paragraph stays valid."""
from __future__ import annotations

import re

#: Two to four words in capitals opening the paragraph, then a word in lower case: "ANN LEE'S party was".
_CAPS_OPENING = re.compile(r"(?:[A-Z][A-Z’'.-]+\s+){1,3}[A-Z][A-Z’'.-]+(?=\s+[a-z])")


def _title_word(word: str) -> str:
    return word[:1] + word[1:].lower()     # "BASSETT'S" -> "Bassett's" (str.title would give "Bassett'S")


def lede_cased(body: list[str] | tuple[str, ...]) -> list[str]:
    """The paragraphs with the first one's opening capitals in title case; the rest unchanged."""
    out = list(body)
    first = next((i for i, para in enumerate(out) if para.strip()), None)
    if first is not None:
        m = _CAPS_OPENING.match(out[first])
        if m:
            cased = re.sub(r"\S+", lambda w: _title_word(w.group(0)), m.group(0))
            out[first] = cased + out[first][m.end():]
    return out
