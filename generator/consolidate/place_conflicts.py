"""The place of one happening across sources: 'the summit in Geneva on Monday' against 'the summit in Vienna on
Monday' (issue 15, a general conflict family).

One happening is an event noun in the singular ('summit', 'crash', 'explosion'; `lexicon.events`) on one day.
Its place is a known place (an entity of kind place) the sentence puts it in or at, right after the noun
('the summit in Geneva', 'the crash near Sendai').  A source that puts the same noun on the same day in two
places speaks of two happenings (or of a place and the town inside it): that slot is left alone.  Two places
any source names together in one sentence may be one inside the other ('Saint-Denis, north of Paris'): no
conflict either.  A conflict needs two places, each resting on sources the other does not share.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from generator.facts.date_mentions import date_sentence
from generator.lexicon.events import EVENT_KINDS
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence
from generator.text.matching import slug

_NOUN = re.compile(r"\b(" + "|".join(sorted(EVENT_KINDS, key=len, reverse=True)) + r")\b(?![-’'])", re.I)
#: The noun, then up to three words, then 'in/at/near/outside' and the place ('the crash of the jet near X').
_AT = r"(?:\s+[\w’'-]+){0,3}?\s+(?:in|at|near|outside)\s+(?:the\s+)?"


def _sentence(b: Briefing, paragraph: Optional[int], text: str) -> Optional[str]:
    if paragraph is None or not 1 <= paragraph <= len(b.body):
        return None
    return date_sentence(b.body[paragraph - 1], text)


def _happenings(b: Briefing, after: re.Pattern, place_of: dict[str, str]) -> dict[tuple[str, str], set]:
    """(day, noun) -> the places this source puts it in, with the evidence (place, paragraph, sentence)."""
    out: dict[tuple[str, str], set] = defaultdict(set)
    for m in b.dates:
        if m.granularity != "day" or not m.date or not re.fullmatch(r"\d{4}-\d\d-\d\d", m.date):
            continue
        sentence = _sentence(b, m.paragraph, m.text)
        if not sentence:
            continue
        for noun in _NOUN.finditer(sentence):
            hit = after.match(sentence, noun.end())
            if hit:
                out[(m.date, noun.group(1).lower())].add((place_of[hit.group(1)], m.paragraph, sentence))
    return out


def place_conflicts(briefings: list[Briefing], place_of: dict[str, str]) -> list[Conflict]:
    """Conflicts over where one happening (a singular event noun on one day) took place."""
    if not place_of:
        return []
    places = re.compile(r"(" + "|".join(map(re.escape, sorted(place_of, key=len, reverse=True))) + r")\b")
    after = re.compile(_AT + places.pattern)
    together: set[frozenset] = set()
    slots: dict[tuple[str, str], dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for b in briefings:
        for p in b.body:
            named = {place_of[m.group(1)] for m in places.finditer(p)}
            together |= {frozenset((x, y)) for x in named for y in named if x != y}
        for key, found in _happenings(b, after, place_of).items():
            if len({place for place, _, _ in found}) == 1:          # two places: two happenings
                for place, paragraph, sentence in found:
                    slots[key][place].append(Evidence(b.source.id, paragraph, sentence))
    out = []
    for (day, noun), by_place in sorted(slots.items()):
        names = sorted(by_place)
        if len(names) < 2 or any(frozenset((x, y)) in together for x in names for y in names if x != y):
            continue
        values = [ConflictValue(value=place, sources=sorted({e.source for e in ev}), evidence=ev)
                  for place, ev in by_place.items()]
        values.sort(key=lambda v: (-len(v.sources), str(v.value)))
        out.append(Conflict(id=slug(f"place {noun} {day}"), subject=f"place of the {noun} on {day}",
                            attribute="place", values=values))
    return out


__all__ = ["place_conflicts"]
