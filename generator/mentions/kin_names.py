"""People an article names by a given name alone, introduced by their relation to someone: 'her daughter Nora',
'his sons Ivo and Luka', 'your daughters [Ilse, 9 years old, and Nora, 6]'.

The capitalised word right after a relative noun is a given name (even one no name list has), and the noun gives
its gender; `names` makes each such word a person of its own, unless the article writes it before a surname
somewhere ('Nora Varga': that person, found as before), so that 'Nora said' and a later 'she said' are Nora, not
the last person named in full.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from generator.lexicon.persons import KIN_NOUNS, TITLE_NOUN_GENDER
from generator.mentions.name_words import not_name_word

#: A possessive, one word that may describe the relative ('late', 'two', '9-year-old'), a relative noun (singular or
#: plural), and what opens the names after it.
_KIN_RE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Mm]y|[Oo]ur|[A-Z][\w-]+[’']s?)\s+(?:[a-z0-9][\w-]*\s+)?"
                     rf"(?P<kin>{KIN_NOUNS})(?P<many>s)?(?:\s*[,(\[]\s*|\s+)")
#: One name of the list: a capitalised word no capitalised word follows, and the age a writer may set after it.
_GIVEN_RE = re.compile(r"(?P<given>[A-Z][a-z]{1,15})\b(?![ \t]*[A-Z’'-])(?:,\s*(?:aged\s+)?\d{1,2}(?:\s+years?\s+old)?)?")
#: Between two names of the list.
_AND_RE = re.compile(r",?\s+and\s+|,\s*")
#: At most this many names are read after one relative noun (a bound: the list is short).
_MOST = 4


def kin_given_names(body: Sequence[str]) -> dict[str, Optional[str]]:
    """Every given name the article sets after a relative noun, with the gender that noun gives (None for
    'cousin'), read once over each paragraph."""
    found: dict[str, Optional[str]] = {}
    for para in body:
        for kin in _KIN_RE.finditer(para):
            said = TITLE_NOUN_GENDER.get(kin.group("kin").lower())
            at = kin.end()
            for _ in range(_MOST if kin.group("many") else 1):
                m = _GIVEN_RE.match(para, at)
                if m is None or not_name_word(m.group("given")):
                    break
                given = m.group("given")     # a son and a daughter of one name: no gender known
                found[given] = said if found.get(given, said) == said else None
                sep = _AND_RE.match(para, m.end())
                if sep is None:
                    break
                at = sep.end()
    return found
