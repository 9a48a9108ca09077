"""The same slot across sources, whatever the event: a count with the same unit and the same predicate
('239 people on board', '129 people killed'), or the clock time of the same happening ('took off at 12:41
a.m.').  Values that cannot both be true are a **conflict** when the sources speak of the same moment, and an
**update** when the value changes with publication time (a toll of 127 on Saturday, 129 on Sunday, 130 on
Friday): a developing story is shown as a series, not as a disagreement.

Which values are one slot is read from the words around the number (a general lexicon, `lexicon.slots`):
its unit, what the sentence says happened to the counted (killed, injured, aboard …), words between the
number and the unit ('153 Chinese passengers' is not '239 passengers'), a place after 'at/in' that most
sources do not name (the toll at one venue is not the whole toll), a background year.  A part ('another 22',
'150 of the 239') is no reading.  Values far apart (`agreement.SAME_THING`) count different things.
When a slot's values change: publication dates order them (`source.published`); else words that mark a value
as provisional or revised ('projections showed', 'an estimated', 'upgraded to': an estimate and a later value
are an update even when their hedges overlap or they lie far apart); else a toll (counts that only grow) is an
update ordered by value; anything else is a conflict.  Blocking is by slot key: linear in the readings.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from generator.consolidate.agreement import SAME_THING
from generator.consolidate.entities import EntityIndex
from generator.consolidate.marks import is_mark, mark_readings
from generator.consolidate.measures import SAME_EVENT, is_measure, magnitude_readings
from generator.consolidate.ranks import rank_readings
from generator.consolidate.readings import Reading, names, readings
from generator.consolidate.story import STORY_DAYS
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence, Update, UpdateValue
from generator.text.matching import slug

_SAME_MOMENT_MINUTES = 180   # two clock times further apart are two happenings
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _compatible(a: Reading, b: Reading) -> bool:
    return a.low <= b.high and b.low <= a.high


def _clusters(readings: list[Reading]) -> list[list[Reading]]:
    """Readings of one slot split where neighbouring values are too far apart to be one thing."""
    ordered = sorted(readings, key=lambda r: r.value)
    out: list[list[Reading]] = []
    for r in ordered:
        if out and _near(out[-1], r):
            out[-1].append(r)
        else:
            out.append([r])
    return out


def _grown(clusters: list[list[Reading]], written: dict[str, str]) -> list[list[Reading]]:
    """Clusters of one toll joined where the larger value comes only from sources written after every source
    of the smaller one (350 dead on the day of a quake, 1,600 three days later), or where the smaller one's
    sources call it provisional ('it is feared the final toll will be much higher'): a toll that grew with
    time is one developing value, not two things.  So are an early reading of a count that is no toll ('an
    estimated 40%') and a larger or smaller one no source calls early ('up to 60%'): the estimate was revised.  Clusters of
    sources written on the same days stay apart (the toll at one venue and the whole toll, told side by side)."""
    out: list[list[Reading]] = []
    for group in clusters:
        if out and (_grown_toll(out[-1], group, written) or _revised_estimate(out[-1], group)):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _grown_toll(small: list[Reading], large: list[Reading], written: dict[str, str]) -> bool:
    return all(r.toll for r in small + large) and (_later(small, large, written) or all(r.stage < 0 for r in small))


def _revised_estimate(a: list[Reading], b: list[Reading]) -> bool:
    """Two clusters of a count that is no toll, every reading of one an early one and none of the other's."""
    def early_then_later(early: list[Reading], late: list[Reading]) -> bool:
        return all(r.stage < 0 for r in early) and all(r.stage >= 0 for r in late)
    return not any(r.toll for r in a + b) and (early_then_later(a, b) or early_then_later(b, a))


def _later(early: list[Reading], late: list[Reading], written: dict[str, str]) -> bool:
    days_early = [written.get(r.source, "") for r in early]
    days_late = [written.get(r.source, "") for r in late]
    return all(days_early + days_late) and max(days_early) < min(days_late)


def _written(briefings: list[Briefing], anchor: Optional[str]) -> dict[str, str]:
    """When each source was written, as far as it tells: its publication day, else the latest day of the story
    it puts on the calendar (not one it looks forward to), else the story's day (`anchor`)."""
    out = {}
    for b in briefings:
        if b.source.published:
            out[b.source.id] = str(b.source.published)[:10]
        elif anchor:
            end = (date.fromisoformat(anchor) + timedelta(days=STORY_DAYS)).isoformat()
            days = [m.date for m in b.dates if m.date and m.granularity == "day" and anchor <= m.date <= end
                    and not (m.relative and m.relative.mode == "next")]
            out[b.source.id] = max(days, default=anchor)
    return out


def _near(group: list[Reading], r: Reading) -> bool:
    first = group[0]
    if first.slot[0] == "time":
        return r.value - first.value <= _SAME_MOMENT_MINUTES
    if first.slot[0] == "rank" or is_mark(first):   # one event's rank, one mark's span: any two disagree
        return True
    if is_measure(first):
        return r.value - first.value <= SAME_EVENT
    return first.value > 0 and r.value / first.value < SAME_THING


def _values(readings: list[Reading]) -> dict[float, list[Reading]]:
    by_value: dict[float, list[Reading]] = defaultdict(list)
    for r in readings:
        by_value[r.value].append(r)
    return by_value


def _disagree(by_value: dict[float, list[Reading]]) -> bool:
    """Two values that cannot both be true, from two different sources."""
    groups = list(by_value.values())
    return any(not _compatible(a[0], b[0]) and {r.source for r in a} != {r.source for r in b}
               and (a[0].slot[0] != "time" or _share_names(a, b)) for i, a in enumerate(groups) for b in groups[:i])


def _revised(readings: list[Reading]) -> bool:
    """Values from different sources of which one is an early reading ('an estimated 40%', 'projections
    showed') and another is not: even when their hedges overlap ('up to 60%'), the value changed."""
    early = {r.source for r in readings if r.stage < 0}
    return bool(early) and any(r.stage >= 0 and r.source not in early for r in readings)


def _share_names(a: list[Reading], b: list[Reading]) -> bool:
    """Two clock times are of one happening only when their sentences name something in common."""
    return any(names(x.evidence) & names(y.evidence) for x in a for y in b)


def _series(readings: list[Reading]) -> Optional[tuple[list[list[Reading]], str]]:
    """The readings as an ordered series when they change with time, with what orders them; else None (the
    span a thing took to reach a mark is history: it does not change)."""
    if is_mark(readings[0]):
        return None
    if all(r.published for r in readings):         # dated: the dates alone decide
        return _dated_series(readings)
    stages = {r.stage for r in readings}
    if len(stages) >= 2:
        steps = [[r for r in readings if r.stage == s] for s in sorted(stages)]
        if all(len({r.value for r in step}) == 1 for step in steps):
            return steps, "revision words"
    measured = _revised_measure(readings)
    if measured:
        return measured
    if all(r.toll for r in readings):
        by_value = _values(readings)
        return [by_value[v] for v in sorted(by_value)], "value: no publication dates; a toll only grows"
    return None


def _dated_series(readings: list[Reading]) -> Optional[tuple[list[list[Reading]], str]]:
    """Readings of dated sources as a series by publication day; None when one day has two values (a
    disagreement) or the values go up and down."""
    days = sorted({str(r.published) for r in readings})
    steps = [[r for r in readings if r.published == d] for d in days]
    values = [step[0].value for step in steps]
    if len(days) >= 2 and all(len({r.value for r in step}) == 1 for step in steps) and (
            values == sorted(values) or values == sorted(values, reverse=True)):
        return steps, "publication date"
    return None


def _revised_measure(readings: list[Reading]) -> Optional[tuple[list[list[Reading]], str]]:
    """A measurement a source marks revised ('upgraded to 9.0'): its values in order towards the revised one."""
    revised = [r for r in readings if r.stage > 0]
    if not revised or not all(is_measure(r) for r in readings):
        return None
    by_value = _values(readings)
    up = revised[0].value >= max(by_value)
    return [by_value[v] for v in sorted(by_value, reverse=not up)], "value: towards the revised measurement"


def _evidence(readings: list[Reading]) -> list[Evidence]:
    return [Evidence(r.source, r.paragraph, r.evidence) for r in readings]


def _update(subject: str, steps: list[list[Reading]], order: str) -> Update:
    values = [UpdateValue(value=min(step, key=lambda r: (r.source, r.shown)).shown,
                          published=min((r.published for r in step if r.published), default=None),
                          sources=sorted({r.source for r in step}), evidence=_evidence(step)) for step in steps]
    verb = "rose" if steps[-1][0].value > steps[0][0].value else "fell"
    summary = f"{verb} from {values[0].value} to {values[-1].value}"
    return Update(id=slug(subject) or "update", subject=subject, summary=summary, order=order, values=values)


def _conflict(subject: str, by_value: dict[float, list[Reading]]) -> Conflict:
    values = [ConflictValue(value=min(rs, key=lambda r: (r.source, r.shown)).shown,
                            sources=sorted({r.source for r in rs}), evidence=_evidence(rs))
              for rs in by_value.values()]
    values.sort(key=lambda v: (-len(v.sources), str(v.value)))
    attribute = subject.split()[0] if subject.startswith(("time of", "age of")) else \
        "duration" if subject.startswith("time ") else "number"
    return Conflict(id=slug(f"{attribute} {subject}"), subject=subject, attribute=attribute, values=values)


def _source_stages(found: list[Reading]) -> list[Reading]:
    """A source that calls one of its counts of a kind provisional ('projections showed … 128 seats') gives
    all its counts of that kind as provisional ('… and 72 seats')."""
    early = {(r.source, r.slot[:4]) for r in found if r.stage < 0}
    return [replace(r, stage=-1) if r.stage == 0 and (r.source, r.slot[:4]) in early else r for r in found]


def compare(briefings: list[Briefing], entities: EntityIndex,
            anchor: Optional[str] = None) -> tuple[list[Conflict], list[Update]]:
    """Conflicts (same moment, values that cannot both be true) and updates (values that change with time).
    `anchor`: the story's day, for when undated sources were written (`_written`)."""
    written = _written(briefings, anchor if anchor and _ISO_DAY.fullmatch(anchor) else None)
    blocks: dict[tuple, list[Reading]] = defaultdict(list)
    for r in (_source_stages(readings(briefings, entities)) + magnitude_readings(briefings) + rank_readings(briefings)
              + mark_readings(briefings, entities)):
        blocks[r.slot].append(r)
    conflicts, updates = [], []
    for block in blocks.values():
        if len({r.source for r in block}) < 2:
            continue
        for group in _grown(_clusters(block), written):
            by_value = _values(group)
            if len(by_value) < 2 or not (all(r.toll for r in group) or _disagree(by_value) or _revised(group)):
                continue
            subject = group[0].subject
            series = _series(group)
            if series:
                updates.append(_update(subject, *series))
            else:
                conflicts.append(_conflict(subject, by_value))
    size = lambda item: (-len({sid for v in item.values for sid in v.sources}), item.id)   # noqa: E731
    return sorted(conflicts, key=size), sorted(updates, key=size)
