"""Readings of a slot from one source's text: a count with the words that say what it counts (unit,
predicate, a modifier, a place, a year, whose), the clock time of a happening, a person's age.  `slots`
compares them across sources.  General news vocabulary only (`lexicon.slots`)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from generator.consolidate.agreement import unit_family
from generator.consolidate.entities import EntityIndex
from generator.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from generator.lexicon.slots import (
    CUMULATIVE,
    CUMULATIVE_ANY_UNIT,
    GROWING_CUES,
    PART_CUES,
    PEOPLE_AT_LARGE,
    PREDICATE_CLASSES,
    PROVISIONAL_CUES,
    PROVISIONAL_QUALIFIERS,
    REVISED_CUES,
    SHARE_FAMILIES,
    TIME_EVENTS,
    UNIT_PREDICATES,
)
from generator.model.briefing import Briefing, Fact
from generator.text.matching import fold
from generator.text.numerals import NUMBER, QUALIFIER_PATTERN, parse_number
from generator.text.sentences import sentence_at, split_sentences

_WINDOW_BEFORE, _WINDOW_AFTER = 6, 9          # words around a number that say what it counts
_TIME_REACH = 60             # characters between a happening's word and its clock time
#: 'a second explosion at 9:30': a numbered happening is another happening than the first.
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|another|next)\s+(?!(?:" + "|".join(WEEKDAYS)
                      + r"|week|month|year|night|day|time)\b)[a-z]+")
_HEDGED = re.compile(rf"(?:\b({QUALIFIER_PATTERN})\s+)?\b({NUMBER})\b", re.I)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_PLACE_AFTER = re.compile(r"\b(?:at|in|near|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")
_NOT_PLACES = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES) | {"The", "A", "An"}
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})\s*([ap])\.?m\b\.?"
                    r"|\b(\d{1,2}:?\d{2})\s*(GMT|UTC|local time)\b", re.I)
_LOWER_BOUNDS = {"more than", "at least", "over", "above", "upwards of", "as many as"}
_UPPER_BOUNDS = {"fewer than", "less than", "at most", "up to", "under", "below", "as few as"}
_APPROXIMATE = {"some", "around", "about", "approximately", "roughly", "nearly", "almost", "close to",
                "an estimated"}


@dataclass(frozen=True)
class Reading:
    """One source's value for one slot, with the interval its hedge allows."""

    source: str
    slot: tuple
    subject: str                  # the slot as a reader should see it: 'people killed at Bataclan'
    value: float
    low: float
    high: float
    shown: str                    # as the source writes it: 'at least 129 people'
    evidence: str
    paragraph: Optional[int]
    published: Optional[str]      # the source's publication day, when known
    stage: int                    # -1 provisional ('projections'), +1 revised ('upgraded to'), 0 unmarked
    toll: bool                    # a count that only grows as the story develops


def _interval(value: float, qualifier: Optional[str]) -> tuple[float, float]:
    q = (qualifier or "").lower()
    if q in _LOWER_BOUNDS:
        return value, float("inf")
    if q in _UPPER_BOUNDS:
        return 0.0, value
    if q in _APPROXIMATE:
        return value * 0.9, value * 1.1
    return value, value


def _stage(before: str, sentence: str, qualifier: Optional[str] = None) -> int:
    """+1 when the words just before the number revise it ('rose to'), -1 when its sentence calls it
    provisional ('projections showed … 128 seats'), says it will grow ('… feared the toll will be much
    higher') or its qualifier makes it an estimate ('an estimated 40%'), else 0."""
    low = before.lower()
    if low.endswith(REVISED_CUES):
        return 1
    provisional = any(c in low for c in PROVISIONAL_CUES) or any(c in sentence.lower() for c in GROWING_CUES) \
        or (qualifier or "").lower() in PROVISIONAL_QUALIFIERS
    return -1 if provisional else 0


def _predicate(before: str, after: str) -> Optional[str]:
    """The class of the predicate word nearest the number ('350 people are dead and about 500 missing': the
    350 are dead, the 500 missing); at equal distance the word after it, then the class listed first."""
    low_before, low_after = " " + before.lower(), " " + after.lower()
    best: Optional[tuple[int, int, str]] = None
    for rank, (name, stems) in enumerate(PREDICATE_CLASSES):
        for stem in stems:
            distances = []
            if (at := low_after.find(f" {stem}")) >= 0:
                distances.append(2 * at)                              # after the number: wins a tie
            if (at := low_before.rfind(f" {stem}")) >= 0:
                distances.append(2 * (len(low_before) - at) + 1)
            for distance in distances:
                best = min(best or (distance, rank, name), (distance, rank, name))
    return best[2] if best else None


def _locate(f: Fact) -> Optional[re.Match]:
    """The number of a count fact inside its evidence sentence (the one followed by its unit, when several)."""
    return _locate_in(f.evidence or "", f.value, f.unit or "")


@lru_cache(maxsize=1 << 16)
def _locate_in(text: str, value: float, unit_text: str) -> Optional[re.Match]:
    """Memoised: wire copy repeats sentences across sources."""
    unit = unit_text.split()
    same = [m for m in _HEDGED.finditer(text) if parse_number(m.group(2)) == value]
    for m in same:
        after = text[m.end():m.end() + 60].lower().split()
        if unit and any(w.startswith(unit[0][:5].lower()) for w in after[:4]):
            return m
    return same[0] if same else None


def _countable(f: Fact) -> bool:
    """Only a count fact with a numeric value, a unit and its sentence can be read as a slot's value."""
    return f.kind == "count" and isinstance(f.value, (int, float)) and bool(f.unit) and bool(f.evidence)


def _part_or_attribute(text: str, m: re.Match) -> bool:
    """'the 300-seat parliament' says what a thing is, not a count; 'another 22 countries' and '150 of the
    239 passengers' count a part of a whole.  Neither is a reading."""
    if text[m.end():m.end() + 1] == "-":
        return True
    before, after = text[:m.start()].split(), text[m.end():].split()
    return bool(before and before[-1].lower().strip(",") in PART_CUES or after[:1] == ["of"]
                or before[-2:] == ["of", "the"] or after and after[0].lower() in PART_CUES)


@dataclass(frozen=True)
class _Counted:
    """What a count counts: the unit's family, the predicate ('killed', 'won'), and whether it is a toll
    (a count of people that only grows: '127 dead' and '129 people killed' are one toll)."""

    family: str
    predicate: str
    toll: bool


def _counted(unit: str, before: str, after: str) -> Optional[_Counted]:
    """The unit's family and predicate (the unit's own, else a verb near the number); None when what is
    counted is unknown ('1,000 miles', '40 ships')."""
    family = unit_family(unit)
    predicate = "killed" if family == "dead" else UNIT_PREDICATES.get(family) or _predicate(before, after)
    if predicate is None:
        return None
    people = family in PEOPLE_AT_LARGE or unit_family(unit.split()[0]) in PEOPLE_AT_LARGE
    toll = predicate in CUMULATIVE and people
    if toll:
        family = "dead" if predicate == "killed" else predicate
    return _Counted(family, predicate, toll)


def _place_after(after: list[str], common_places: frozenset[str]) -> Optional[str]:
    """'killed at Bataclan': the first place named just after the count that not every source is about."""
    near = " ".join(after[:_WINDOW_AFTER + 3])
    places = [p for p in _PLACE_AFTER.findall(near) if p.split()[0] not in _NOT_PLACES]
    return next((p for p in places if p not in common_places), None)


def _subject(modifier: str, counted: _Counted, owner: Optional[str], place: Optional[str],
             year: Optional[str]) -> str:
    """The slot as a reader sees it: 'Chinese passengers on board', 'people killed at Bataclan (2015)'."""
    what = (("people", "killed") if counted.family == "dead" else ("people", counted.family) if counted.toll
            else (counted.family, counted.predicate))
    return " ".join(x for x in (modifier, *what, f"by {owner}" if owner else "", f"at {place}" if place else "",
                                f"({year})" if year else "") if x)


def _count_reading(b: Briefing, f: Fact, common_places: frozenset[str], entities: EntityIndex) -> Optional[Reading]:
    """A count fact as a slot's reading: what it counts, whose, where and in which year, from the words
    around its number; None when it is no count of a slot (see `_part_or_attribute`, `_counted`)."""
    m = _locate(f) if _countable(f) else None
    text, unit = f.evidence or "", f.unit or ""
    if not m or _part_or_attribute(text, m):
        return None
    before, after = text[:m.start()].split(), text[m.end():].split()
    unit_at = next((i for i, w in enumerate(after[:4]) if w.lower().startswith(unit.split()[0][:5].lower())), 0)
    modifier = " ".join(w.strip(",.") for w in after[:unit_at] if w[:1].isupper())    # '153 Chinese passengers'
    counted = _counted(unit, " ".join(before[-_WINDOW_BEFORE:]), " ".join(after[:_WINDOW_AFTER]))
    if counted is None:
        return None
    owner = _owner(text[:m.start()], entities) if counted.predicate == "won" else None     # whose seats or votes
    place = _place_after(after, common_places)
    years = sorted({y for y in _YEAR.findall(text) if y != str(f.value)})
    year = years[0] if years else None
    slot = ("count", counted.family, modifier, counted.predicate, place, year, owner)
    low, high = _interval(float(f.value), f.qualifier)
    return Reading(b.source.id, slot, _subject(modifier, counted, owner, place, year), float(f.value), low, high,
                   _shown(f), text, f.paragraph, _published(b), _stage(text[:m.start()].rstrip(), text, f.qualifier),
                   counted.toll or counted.predicate in CUMULATIVE_ANY_UNIT and counted.family not in SHARE_FAMILIES)


_NAME_BEFORE = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")


def _owner(before: str, entities: EntityIndex) -> Optional[str]:
    """Whose the count is ('New Democracy … and 129 seats'): the last organisation or person the sentence names
    before the number (a place is where, not who), by any of its names; its last words when not known."""
    runs = [(m, m.group(0).split()[1:] if m.start() == 0 else m.group(0).split())   # a sentence's first word
            for m in _NAME_BEFORE.finditer(before)]                                # is capitalised anyway
    for _m, tokens in reversed(runs):
        for i in range(len(tokens)):
            tail = " ".join(tokens[i:])
            for kind in ("organization", "person"):
                if (kind, fold(tail)) in entities.names:
                    return entities.names[(kind, fold(tail))]
    for m, tokens in reversed(runs):                  # not known: a name that is no place, day or possessive
        name = " ".join(tokens)
        if name and not (("place", fold(name)) in entities.names or tokens[0] in _NOT_PLACES
                         or before[m.end():m.end() + 1] in ("'", "’") or not name.isascii()):
            return name
    return None


def _shown(f: Fact) -> str:
    number = f"{f.value:,}" if isinstance(f.value, int) else f"{f.value:g}"
    return " ".join(x for x in (f.qualifier, number, f.unit) if x)


def _published(b: Briefing) -> Optional[str]:
    return str(b.source.published)[:10] if b.source.published else None


def _minutes(m: re.Match) -> tuple[int, str]:
    """A clock time -> (minutes after midnight, zone): '12:41 a.m.' -> (41, 'local'); '0546 GMT' -> (346, 'GMT')."""
    if m.group(1):
        hour, minute, half = int(m.group(1)) % 12, int(m.group(2)), m.group(3).lower()
        return (hour + (12 if half == "p" else 0)) * 60 + minute, "local"
    if m.group(4):
        return (int(m.group(4)) % 12 + (12 if m.group(5).lower() == "p" else 0)) * 60, "local"
    digits = m.group(6).replace(":", "").zfill(4)
    zone = "local" if m.group(7).lower() == "local time" else "GMT"
    return int(digits[:2]) * 60 + int(digits[2:]), zone


def _distance(low: str, stem: str, m: re.Match) -> Optional[int]:
    """Characters from a happening's word to the clock time: before it within `_TIME_REACH`, or just after."""
    before, after = low.rfind(stem, 0, m.start()), low.find(stem, m.end())
    if before >= 0 and m.start() - before <= _TIME_REACH:
        return m.start() - before
    if after >= 0 and after - m.end() <= _TIME_REACH // 3:
        return after - m.end()
    return None


def names(text: str) -> frozenset[str]:
    """Capitalised words after a sentence's first word: names, and the day ('on Saturday, March 8')."""
    return frozenset(w.strip(",.;:()'\"") for w in text.split()[1:]
                     if w[:1].isupper() and not w.isupper()) - {"The", "A", "An"}


def _time_readings(b: Briefing) -> list[Reading]:
    """'took off … at 12:41 a.m.': the clock time of a happening named near it."""
    out = []
    for i, para in enumerate(b.body, start=1):
        if not _has_clock(para) or _is_heading(para):
            continue
        heading = b.body[i - 2] if i >= 2 and _is_heading(b.body[i - 2]) else ""
        for s in split_sentences(para):
            text = f"{heading} {s.text}" if heading and s.text == para[:len(s.text)] else s.text
            for m in _CLOCK.finditer(text):
                low = text.lower()
                found = [(_distance(low, stem, m), name) for name, stems in TIME_EVENTS for stem in stems
                         if stem in low]
                found = [x for x in found if x[0] is not None]
                if not found:
                    continue
                event = min(found)[1]
                minutes, zone = _minutes(m)
                ordinal = [o.group(0) for o in _ORDINAL.finditer(low, max(0, m.start() - _TIME_REACH),
                                                                    m.end() + _TIME_REACH // 3)]
                out.append(Reading(b.source.id, ("time", event, zone, ordinal[-1] if ordinal else None),
                                   f"time of the {event}" + (" (GMT)" if zone == "GMT" else ""), float(minutes),
                                   float(minutes), float(minutes), _clock(minutes, zone), text, i, _published(b),
                                   0, False))
    return out


_PERSON = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
_AGE = re.compile(rf"{_PERSON},\s+(?:an?\s+|aged\s+)?(?P<age>\d{{1,3}})(?:,|-year-old\b|\s+years\s+old\b)|(?P<age2>\d{{1,3}})-year-old\s+(?:[a-z-]+\s+){{0,3}}"
                  rf"{_PERSON.replace('name', 'name2')}")


_AGE_HINT = re.compile(r"\d-year-old|, (?:an? |aged )?\d{1,3}(?:,|-year-old| years old)")


def _person(name: str, entities: EntityIndex) -> Optional[str]:
    """The known person a written name is ('Mr. Abdelhamid Abaaoud' -> 'Abdelhamid Abaaoud'), else None."""
    tokens = name.split()
    for i in range(len(tokens)):
        key = ("person", fold(" ".join(tokens[i:])).strip(" .,"))
        if key in entities.names:
            return entities.names[key]
    return None


def _age_readings(b: Briefing, entities: EntityIndex) -> list[Reading]:
    """'Abdelhamid Abaaoud, 27, …' / 'the 27-year-old Abaaoud': a known person's age."""
    out = []
    for i, para in enumerate(b.body, start=1):
        if not _AGE_HINT.search(para):      # the full pattern is slow; most paragraphs give no age
            continue
        for m in _AGE.finditer(para):
            who = _person(m.group("name") or m.group("name2"), entities)
            if who:
                age = float(m.group("age") or m.group("age2"))
                out.append(Reading(b.source.id, ("age", who), f"age of {who}", age, age, age, f"{age:g}",
                                   sentence_at(para, m.start()), i, _published(b), 0, False))
    return out


def _clock(minutes: int, zone: str) -> str:
    """One spelling per clock time: '12.41am' and '12:41 a.m.' -> '12:41 a.m.'; GMT as '05:46 GMT'."""
    hour, minute = divmod(minutes, 60)
    if zone == "GMT":
        return f"{hour:02d}:{minute:02d} GMT"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


@lru_cache(maxsize=1 << 16)
def _has_clock(para: str) -> bool:
    return _CLOCK.search(para) is not None


def _is_heading(para: str) -> bool:
    """A short line that only dates what follows ('Mar. 8, 2014 12:41 a.m.'): its time is the next paragraph's."""
    return len(para.split()) <= 6 and _CLOCK.search(para) is not None


def common_places(briefings: list[Briefing]) -> frozenset[str]:
    """Places named by at least half of the sources (the event's city and country): never a sub-slot."""
    counts: dict[str, int] = defaultdict(int)
    for b in briefings:
        for p in set(b.places):
            counts[p] += 1
    return frozenset(p for p, n in counts.items() if 2 * n >= len(briefings))


def readings(briefings: list[Briefing], entities: EntityIndex) -> list[Reading]:
    common = common_places(briefings)
    out: list[Reading] = []
    for b in briefings:
        seen: set[tuple] = set()
        for r in [_count_reading(b, f, common, entities) for f in b.facts] + _time_readings(b) + _age_readings(b, entities):
            if r and (r.slot, r.value) not in seen:   # a value a source repeats counts once
                seen.add((r.slot, r.value))
                out.append(r)
    return out
