"""Evidence in the text itself that a name written as one capitalised word ('Velto') is a company: the list it
stands in beside a name already known to be an organisation ('AT&T, Velto/Norcom and others', 'NASA and Velto').

A person's surname used alone is never taken: a word that closes a full name anywhere in the texts, a given
name, a place, a demonym or a word that opens sentences is left out; a list with a person's full name in it
('NATO and Jane Roe') or a photo credit ('Jo Roe/Pool/AFP') gives nothing.
"""
from __future__ import annotations

import re
from typing import Container, Iterable

from generator.lexicon.countries import DEMONYMS
from generator.lexicon.names import FEMALE_NAMES, MALE_NAMES, NOT_NAME_WORDS, census_first_names
from generator.lexicon.titles import ORG_TITLE_WORDS

#: One item of a list: up to four capitalised words, never followed by a possessive ('NATO's chief').
_ITEM = r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}(?![\w&.’'-])"
_SEPARATOR = r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s|/)"
_LIST = re.compile(rf"(?<![\w&.’'-]){_ITEM}(?:{_SEPARATOR}{_ITEM})+")
_ITEM_RX = re.compile(_ITEM)
#: A list of names joined by commas alone is an apposition ('Velto, NATO chief'), not a list.
_JOINED = re.compile(r"\s(?:and|or)\s|/")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;“\"(]\s*)$")


def _could_be_company(word: str, known_places: Container[str], surnames: Container[str]) -> bool:
    """A single word that may name a company: not a person's name, a place, a people or a sentence opener."""
    return not (word in NOT_NAME_WORDS or word in known_places or word in surnames or word in MALE_NAMES
                or word in FEMALE_NAMES or word in DEMONYMS or word in ORG_TITLE_WORDS or word.isupper()
                or " " in word or "." in word)


def _names_a_person(item: str) -> bool:
    """A list item of several words with a given name in it ('Jane Roe', 'Brussels. Olivier Roe')."""
    words = item.replace(".", " ").split()
    given = census_first_names()
    return len(words) > 1 and any(w in MALE_NAMES or w in FEMALE_NAMES or w in given for w in words)


def listed_beside(text: str, organisations: Iterable[str], known_places: Container[str],
                  surnames: Container[str]) -> list[tuple[int, str]]:
    """One-word names in a list ('A, B and C', 'A/B', 'A or B') beside a name found as an organisation."""
    known = set(organisations)
    out = []
    for m in _LIST.finditer(text):
        if not _JOINED.search(m.group(0)):
            continue
        items = [(m.start() + i.start(), i.group(0)) for i in _ITEM_RX.finditer(m.group(0))]
        credit = "/" in m.group(0) and any(" " in name for _, name in items)
        if credit or not any(name in known for _, name in items) or any(_names_a_person(name) for _, name in items):
            continue                        # 'Jo Roe/Pool/AFP': a photo credit; 'NATO and Jane Roe': people too
        opens_sentence = _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()) is not None
        for k, (start, name) in enumerate(items):
            if k == 0 and opens_sentence and text[start + len(name):start + len(name) + 1] == ",":
                continue                    # 'Yesterday, NATO and …': an opening word set off by a comma
            name = name.rstrip(".")
            if name not in known and _could_be_company(name, known_places, surnames):
                out.append((start, name))
    return out

