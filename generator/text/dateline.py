"""The dateline that opens a wire-style paragraph ('BRUSSELS –', 'ST.-DENIS, France —', 'LONDON (Reuters) -',
'Paris (CNN) —', 'SYDNEY:'): one definition for the cleaner (a note naming the place) and for labels (which
drop it)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator.lexicon.names import WIRE_AGENCIES

#: Wire agencies a dateline may name in parentheses after a place written in ordinary case ('Paris (CNN)').
_WIRES = "|".join(map(re.escape, WIRE_AGENCIES))
#: A place in capitals (its first word at least; up to four more capitalised words: 'ST.-DENIS, France',
#: 'PEARCE AIR FORCE BASE, Australia'), then an agency in parentheses or not, then a dash or a colon and the
#: sentence proper (a hyphen or a colon with a space after it: 'WASHINGTON-based' opens no dateline).
_CAPITALS = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4})\s*(?:\((?P<wire>[A-Za-z. ]{2,30})\))?"
                       r"\s*(?:[–—]{1,2}\s*|-{1,2}\s+|:\s+)(?=\S)")
#: A place in ordinary case is a dateline only with a wire agency after it ('Kuala Lumpur (Reuters) —').
_WIRED = re.compile(rf"(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){{0,3}})\s?\((?P<wire>{_WIRES})\)\s*[–—-]{{0,2}}\s*(?=\S)")


@dataclass(frozen=True)
class Dateline:
    """The place a paragraph's dateline names and where the sentence proper starts."""

    place: str
    end: int


def find_dateline(text: str) -> Optional[Dateline]:
    """The dateline at the start of `text`, or None.  A first word in capitals must have three letters, or
    two with more words after it ('ST. LOUIS'): 'US –' or 'I –' open no dateline."""
    found = _CAPITALS.match(text)
    if found:
        place = found["place"].strip(" ,")
        first_word = re.sub(r"[^\w]", "", place.split()[0].split(",")[0])
        if len(first_word) >= 2 and first_word.isupper() and (len(first_word) > 2 or " " in place):
            return Dateline(place, found.end())
    found = _WIRED.match(text)
    return Dateline(found["place"].strip(" ,"), found.end()) if found else None


def without_dateline(text: str) -> str:
    """`text` from the sentence proper on (all of it when it opens with no dateline)."""
    found = find_dateline(text)
    return text[found.end:] if found else text
