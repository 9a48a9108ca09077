"""How long something took to reach a mark: 'the Galaxy S4 went on to sell 40 million handsets in five months'
against '… Galaxy S4 sales, which reached 40 million after six months'; 'the appeal raised $2 million in three
days'.  The slot is (whose, the mark); its value is the span, in days.  Two sources giving one mark of one
subject spans that cannot both be right disagree (`slots` compares them; a span that is history is never an
update).  The subject is the last name the sentence writes before the mark that is no place, month or day (a
place is where, not who); 'Samsung Galaxy S4' and 'Galaxy S4' are one subject (the shorter that ends the
longer).  A mark is at least `_LEAST_MARK`: '3 goals in 10 minutes' is a match report, not a mark."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from generator.consolidate.entities import EntityIndex
from generator.consolidate.readings import Reading
from generator.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from generator.model.briefing import Briefing
from generator.text.matching import fold
from generator.text.numerals import NUMBER, QUALIFIER_PATTERN, parse_number
from generator.text.sentences import split_sentences

SLOT = "mark"
_LEAST_MARK = 1000
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_SPAN_HEDGES = {"less than": "below", "under": "below", "within": "below", "more than": "above", "over": "above"}
_MARK = re.compile(
    rf"\b(?:(?:{QUALIFIER_PATTERN})\s+)?(?P<n>{NUMBER})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?P<prep>in|after|within)\s+(?:(?:the|its|their)\s+)?(?:first\s+)?"
    rf"(?P<span>(?:(?P<q>less than|under|more than|over|just|only|about|around|nearly|roughly)\s+)?"
    rf"(?P<d>{NUMBER}|a|an)\s+(?P<unit>day|week|month|year)s?)\b", re.I)
_HINT = re.compile(r"\b(?:days?|weeks?|months?|years?)\b", re.I)
NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|\d+[A-Za-z]*))*")
_NOT_WHO = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES) | {"The", "A", "An", "It", "Its", "This", "That"}


@lru_cache(maxsize=1 << 16)
def _may_hold(paragraph: str) -> bool:
    return _HINT.search(paragraph) is not None


def place_words(entities: EntityIndex) -> frozenset[str]:
    """Every place name and its endings ('Korea' of 'South Korea'), folded: a name a text shortens is a place."""
    out: set[str] = set()
    for kind, name in entities.names:
        if kind == "place":
            tokens = name.split()
            out.update(" ".join(tokens[i:]) for i in range(len(tokens)))
    return frozenset(out)


def name_before(before: str, places: frozenset[str]) -> Optional[str]:
    """The last name before the mark that is no place, month or day; a sentence's first word only with the
    words after it ('Samsung spent …' is no name run of its own)."""
    for m in reversed(list(NAME_RUN.finditer(before))):
        tokens = [t.strip(",.’'") for t in m.group(0).split()]
        if m.start() == 0:
            tokens = tokens[1:]
        while tokens and tokens[0] in _NOT_WHO:
            tokens = tokens[1:]
        name = " ".join(tokens)
        if name and fold(name) not in places and tokens[0] not in _NOT_WHO:
            return name
    return None


def _span_days(m: re.Match) -> Optional[tuple[float, float, float]]:
    """(value, low, high) of the span in days: 'five months' -> 150; 'less than a month' -> up to 30."""
    count = parse_number(m.group("d"))
    if count is None:
        return None
    days = float(count) * _DAYS[m.group("unit").lower()]
    hedge = _SPAN_HEDGES.get((m.group("q") or "").lower()) or ("below" if m.group("prep").lower() == "within" else "")
    return days, (0.0 if hedge == "below" else days), (float("inf") if hedge == "above" else days)


def _source_marks(b: Briefing, places: frozenset[str]) -> list[tuple[str, Reading]]:
    out = []
    published = str(b.source.published)[:10] if b.source.published else None
    for i, para in enumerate(b.body, start=1):
        if not _may_hold(para):
            continue
        for s in split_sentences(para):
            for m in _MARK.finditer(s.text):
                mark, span, who = parse_number(m.group("n")), _span_days(m), name_before(s.text[:m.start()], places)
                if mark is None or mark < _LEAST_MARK or span is None or not who:
                    continue
                out.append((who, Reading(b.source.id, (SLOT, who, float(mark)), f"{m.group('n')}", span[0], span[1],
                                         span[2], m.group("span"), s.text, i, published, 0, False)))
    return out


def mark_readings(briefings: list[Briefing], entities: EntityIndex) -> list[Reading]:
    """Every source's spans to a mark, one subject per thing ('Samsung Galaxy S4' is the 'Galaxy S4')."""
    places = place_words(entities)
    found = [x for b in briefings for x in _source_marks(b, places)]
    short = shortest_forms({who for who, _ in found})
    out = []
    for who, r in found:
        name = short[who]
        out.append(Reading(r.source, (SLOT, fold(name), r.slot[2]), f"time {name} took to reach {r.subject}",
                           r.value, r.low, r.high, r.shown, r.evidence, r.paragraph, r.published, 0, False))
    return out


def shortest_forms(names: set[str]) -> dict[str, str]:
    """Each name -> the shortest of `names` that ends it ('Samsung Galaxy S4' -> 'Galaxy S4'): one thing."""
    ordered = sorted(names, key=lambda n: (len(n.split()), n))
    return {n: next(o for o in ordered if n == o or n.endswith(" " + o)) for n in names}


def is_mark(r: Reading) -> bool:
    return r.slot[0] == SLOT


__all__ = ["NAME_RUN", "SLOT", "is_mark", "mark_readings", "name_before", "place_words", "shortest_forms"]
