"""Places, named as the source writes them.

Places come from the offline gazetteer (`gazetteer`: countries, larger cities with their alternate names such
as "Kiev", US states, continents, regions) and patterns ("eastern Ukraine", "Eastern Europe", "the Donbass
region").  Organisations are found by `organizations`; places must not be read out of their names.
"""
from __future__ import annotations

import re

from generator.mentions.gazetteer import LEADING_FUNCTION_WORDS, ORG_HEADS, REGIONS, city_names, gazetteer, strip_run
from generator.text.scan import Covered

#: Of the gazetteer's ambiguous city names, the ones that are places first: trusted after a locative preposition ("in Paris", "from Jordan"),
#: unless a capitalised word follows ("Paris Hilton").
_LOCATIVE_ONLY = {
    "Mobile", "Reading", "Concord", "Orange", "Split", "Nice", "Victoria", "Buffalo", "Aurora", "Phoenix",
    "Lincoln", "Jackson", "Madison", "Alexandria", "Hamilton", "Florence", "Charlotte", "Regina", "Columbia",
    "Santiago", "Georgetown", "Jordan", "Chad", "Bristol", "Kent", "Hanover", "Salem", "Troy", "Athens", "Paris",
}
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


def find_places(texts: list[str]) -> list[str]:
    """Explicit place names in the texts, as written, each once, in order of first mention."""
    known, cities = gazetteer(), city_names()
    found: list[str] = []
    joined = "\n".join(texts)
    surnames = {m.group(2) for m in re.finditer(r"(?=\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+)\b)", joined)
                if m.group(2) in cities and m.group(1) not in known and m.group(1) not in LEADING_FUNCTION_WORDS
                and not re.fullmatch(_DIRECTION, m.group(1)) and m.group(1) not in ("New", "Greater", "North",
                                                                                   "South", "East", "West")}

    def add(name: str) -> None:
        if name and name not in found:
            found.append(name)

    for text in texts:
        spans: list[tuple[int, str]] = []
        for m in re.finditer(rf"\b{_DIRECTION}\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text):
            if m.group(1) in known:
                spans.append((m.start(), m.group(0)))
        for m in re.finditer(r"\b([A-Z][\w-]+)\s+(?:region|province|oblast|peninsula)\b", text):
            if m.group(1) in known or m.group(1) in REGIONS:
                spans.append((m.start(), m.group(1)))
        for m in _DIVISION.finditer(text):
            first, name = m.group(1), m.group(2)
            if first and f"{first} {name}" in known:       # "San Diego County", not "One Napa County"
                name = f"{first} {name}"
            if name not in LEADING_FUNCTION_WORDS:
                spans.append((m.start(2) if name == m.group(2) else m.start(), f"{name} {m.group(3)}"))
        inside = Covered((start, start + len(name)) for start, name in spans)
        for m in _CAP_RUN.finditer(text):
            if m.start() in inside:
                continue                               # "Syria" inside "eastern Syria"
            whole = strip_run(m.group(0))
            if whole in known:
                spans.append((m.start(), whole))
                continue
            owner = _OWNER.match(whole)
            if owner and strip_run(owner.group(1)) in known:   # "Kazakhstan's Air Astana": the owner is a place
                spans.append((m.start(), strip_run(owner.group(1))))
                continue
            if _HAS_ORG_HEAD.search(whole):
                # "Organization for ... in Europe": Europe is part of the name; "Organization in Brussels" is not
                parts = _AFTER_ORG_HEAD.split(whole)[1:]
            else:
                parts = _CONJUNCTION.split(whole)
            for part in parts:
                run = strip_run(part)
                if run in known:
                    spans.append((m.start() + m.group(0).find(run), run))
                elif run.isupper() and run.title() in known and len(run) > 3:
                    spans.append((m.start(), run.title()))
        spans.extend((text.find(u), u) for u in _us_as_noun(text))
        spans.extend((m.start(1), m.group(1)) for m in _LOCATIVE.finditer(text) if m.group(1) in _LOCATIVE_ONLY)
        for _, name in sorted(spans):
            if name not in surnames:                    # "Sheldon Richardson": a person, not the Texan city
                add(name)
    return found
