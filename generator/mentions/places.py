"""Places, named as the source writes them.

Places come from the offline gazetteer (`gazetteer`: countries, larger cities with their alternate names such
as "Kiev", US states, continents, regions) and patterns ("eastern Ukraine", "Eastern Europe", "the Donbass
region").  Organisations are found by `organizations`; places must not be read out of their names.
"""
from __future__ import annotations

import re

from generator.lexicon.countries import COMPASS_POINTS
from generator.lexicon.function_words import PREPOSITIONS
from generator.lexicon.persons import DESCRIPTION_NOUNS, LOWER_CASE_TITLES
from generator.lexicon.verbs import AUXILIARIES
from generator.mentions.gazetteer import (
    LEADING_FUNCTION_WORDS,
    ORG_HEADS,
    PLACE_FIRST_CITIES,
    REGIONS,
    city_names,
    gazetteer,
    strip_run,
)
from generator.text.scan import Covered

_LOCATIVE = re.compile(r"\b(?:in|at|from|near|to|outside|across|into|toward|towards)\s+([A-Z][a-z]+)\b"
                       r"(?![ -][A-Z]|’s|'s)")
_DIRECTION = r"(?:[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Cc]entral|[Nn]orth-?[Ee]astern|" \
             r"[Ss]outh-?[Ee]astern|[Nn]orth-?[Ww]estern|[Ss]outh-?[Ww]estern)"
_WORD = r"[A-Z](?:[\w’'–-]|\.(?=[A-Za-z]))*"
_CAP_RUN = re.compile(rf"(?<![\w#@’'])\.?{_WORD}(?:\s+(?:(?:of|for|and|the|in|on|de)\s+)*{_WORD})*")
#: Administrative divisions named as such: "Marin County", "San Diego County", "Hubei Province".
_DIVISION = re.compile(r"\b(?:([A-Z][a-z][\w-]*)\s+)?([A-Z][a-z][\w-]*)\s+"
                       r"(County|Province|Prefecture|Oblast|Governorate|Parish)\b")
_US_AS_NOUN = re.compile(
    r"\bthe (U\.S\.|US|U\.K\.|UK)(?=\s+(?:and|or|but|is|has|was|were|had|will|would|said|says|to|in|on|for|of|"
    r"over|about|after|before|with|from|by|at|as|since|under|against|into)\b|[,;:)]|\.\s|’s|'s|\.?$)")
_OWNER = re.compile(r"(.+?)(?:’s|'s)\s")
_HAS_ORG_HEAD = re.compile(rf"\b{ORG_HEADS}\b")
_AFTER_ORG_HEAD = re.compile(rf"\b{ORG_HEADS}\s+(?:in|on)\s+")
_CONJUNCTION = re.compile(r"\s+(?:and|in|on)\s+")


def _us_as_noun(text: str) -> list[str]:
    """'the U.S. and its allies' names a place; 'U.S. Deputy Secretary' only describes someone."""
    return [m.group(1) for m in _US_AS_NOUN.finditer(text)]


_Span = tuple[int, str]        # (offset in the text, the place as named)


def _city_surnames(joined: str, known: frozenset[str], cities: frozenset[str]) -> set[str]:
    """City names that stand as a person's name in the texts ('Sheldon Richardson', 'Tom J. Austin': a
    capitalised first word that is no place, function word or direction before them; 'frontman Bono')."""
    after_first = {m.group(2) for m in re.finditer(r"(?=\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+)\b)", joined)
                   if m.group(2) in cities and m.group(1) not in known and m.group(1) not in LEADING_FUNCTION_WORDS
                   and not re.fullmatch(_DIRECTION, m.group(1)) and m.group(1) not in ("New", "Greater")
                   and m.group(1) not in COMPASS_POINTS}
    return after_first | {m.group(1) for m in _AFTER_PERSON_NOUN.finditer(joined) if m.group(1) in cities}


def _city_nouns(joined: str, known: frozenset[str], cities: frozenset[str]) -> set[str]:
    """City names the texts use only as a noun with an article ('at the Brits on Tuesday': the awards, not the
    South African town; 'The Brits has …'): 'the' before, a stop, a preposition or an auxiliary after (not a list
    of places, 'the Boston, London and Tokyo Marathons'), never after 'in', 'from' or 'near' with no article ('in
    Bath'; 'at' opens events too: 'triumph at Brits'); not a city whose name has 'The' ('the Hague')."""
    found = {m.group(1) for m in _THE_NOUN.finditer(joined)
             if m.group(1) in cities and (m.group(2) is None or m.group(2) in _AFTER_THE_NOUN)}
    return {n for n in found if f"The {n}" not in known and not re.search(rf"\b(?:in|from|near) {n}\b", joined)}


_THE_NOUN = re.compile(r"(?<![\w’'])[Tt]he ([A-Z][a-z]+)(?:[.;:!?)]|\s+([a-z]+)\b)")
_AFTER_THE_NOUN = (PREPOSITIONS - {"to"}) | AUXILIARIES


#: A one-word name right after a lower-case noun for a person is that person ('U2 frontman Bono', 'striker Paris').
_AFTER_PERSON_NOUN = re.compile(rf"\b(?:{DESCRIPTION_NOUNS}|{LOWER_CASE_TITLES}) ([A-Z][a-z]+)\b(?! [A-Z])")


def _directional(text: str, known: frozenset[str]) -> list[_Span]:
    """'eastern Ukraine', 'Northern Ireland': a direction before a known place names the area, as one place."""
    return [(m.start(), m.group(0)) for m in re.finditer(rf"\b{_DIRECTION}\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text)
            if m.group(1) in known]


def _region_words(text: str, known: frozenset[str]) -> list[_Span]:
    """'the Donbass region', 'Hubei province': the name before the word, when it is a known place or region."""
    return [(m.start(), m.group(1)) for m in re.finditer(r"\b([A-Z][\w-]+)\s+(?:region|province|oblast|peninsula)\b", text)
            if m.group(1) in known or m.group(1) in REGIONS]


def _divisions(text: str, known: frozenset[str]) -> list[_Span]:
    """'Marin County', 'San Diego County' (two words when the gazetteer knows both), not 'One Napa County'."""
    out = []
    for m in _DIVISION.finditer(text):
        first, name = m.group(1), m.group(2)
        if first and f"{first} {name}" in known:
            name = f"{first} {name}"
        if name not in LEADING_FUNCTION_WORDS:
            out.append((m.start(2) if name == m.group(2) else m.start(), f"{name} {m.group(3)}"))
    return out


def _run_parts(whole: str) -> list[str]:
    """The pieces of a capitalised run that may be places: after an organisation's head only what follows
    'in'/'on' ('Organization for Security ... in Europe' keeps Europe inside the name, 'Organization in
    Brussels' does not), else the pieces around 'and', 'in', 'on'."""
    if _HAS_ORG_HEAD.search(whole):
        return _AFTER_ORG_HEAD.split(whole)[1:]
    return _CONJUNCTION.split(whole)


def _run_places(m: re.Match, known: frozenset[str]) -> list[_Span]:
    """Places in one capitalised run: the whole run, its owner ("Kazakhstan's Air Astana"), else its
    parts (a known name, or an all-capitals one of more than three letters written in title case)."""
    whole = strip_run(m.group(0))
    if whole in known:
        return [(m.start(), whole)]
    owner = _OWNER.match(whole)
    if owner and strip_run(owner.group(1)) in known:
        return [(m.start(), strip_run(owner.group(1)))]
    out = []
    for part in _run_parts(whole):
        run = strip_run(part)
        if run in known:
            out.append((m.start() + m.group(0).find(run), run))
        elif run.isupper() and run.title() in known and len(run) > 3:
            out.append((m.start(), run.title()))
    return out


def _text_places(text: str, known: frozenset[str]) -> list[_Span]:
    """Every place the rules find in one text, with its offset: the pattern rules first, then capitalised
    runs outside what they found ('Syria' inside 'eastern Syria' is not named again), 'the U.S.' as a
    noun, and the ambiguous city names after a locative preposition ('in Paris')."""
    spans = _directional(text, known) + _region_words(text, known) + _divisions(text, known)
    inside = Covered((start, start + len(name)) for start, name in spans)
    for m in _CAP_RUN.finditer(text):
        if m.start() not in inside:
            spans.extend(_run_places(m, known))
    spans.extend((text.find(u), u) for u in _us_as_noun(text))
    spans.extend((m.start(1), m.group(1)) for m in _LOCATIVE.finditer(text) if m.group(1) in PLACE_FIRST_CITIES)
    return spans


def find_places(texts: list[str]) -> list[str]:
    """Explicit place names in the texts, as written, each once, in order of first mention."""
    known, cities = gazetteer(), city_names()
    joined = "\n".join(texts)
    surnames = _city_surnames(joined, known, cities) | _city_nouns(joined, known, cities)
    found: list[str] = []
    for text in texts:
        for _, name in sorted(_text_places(text, known)):
            if name and name not in found and name not in surnames:    # "Sheldon Richardson": a person
                found.append(name)
    return found


def nouns_not_places(texts: list[str]) -> set[str]:
    """City names `texts` use only as a noun with an article ('the Brits on Tuesday'): read over every source
    of a story, one source's 'the Brits' says what 'Brits success' in another is."""
    return _city_nouns("\n".join(texts), gazetteer(), city_names())
