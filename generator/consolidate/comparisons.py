"""What one reported change is measured against: 'sold 40 percent fewer Galaxy S5 phones than expected' against
'sold 40 percent fewer Galaxy S5 smartphones than the previous Galaxy S4 model'.  The same share, the same
direction and the same subject with two bases (an expectation, a named thing, a year) is one report retold
two ways: the sources disagree about what the figure says.  The subject is the first name between the share
and 'than' ('… fewer Galaxy S5 smartphones …'), else the last name before the share that is no place.  A base
is recognised only as an expectation word (`lexicon.slots.EXPECTATION_WORDS`), a name or a year; other bases
('than last week') are left alone.  General words only: nothing here names an event."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from generator.consolidate.entities import EntityIndex
from generator.consolidate.marks import NAME_RUN, name_before, place_words, shortest_forms
from generator.lexicon.slots import EXPECTATION_WORDS
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence
from generator.text.matching import fold, slug
from generator.text.sentences import split_sentences

_CHANGE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)(?:\s*%|[\s-]per\s?cent\b|[\s-]percent\b)\s+"
                     r"(?P<dir>fewer|more|less|lower|higher|greater|smaller|larger|bigger|cheaper)\b"
                     r"(?P<what>[^.;:]{0,120}?)\bthan\s+(?P<base>[^.;:,]{1,80})", re.I)
_DIRECTION = {"fewer": "-", "less": "-", "lower": "-", "smaller": "-", "cheaper": "-"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BASE_WORDS = 4              # an expectation word within the base's first words: 'than analysts had expected'


def _base(text: str, places: frozenset[str]) -> Optional[tuple[str, str]]:
    """(key, as shown) of what a change is measured against; None when it is none of the kinds known."""
    first = [w.strip("’'\"").lower() for w in text.split()[:_BASE_WORDS]]
    if any(w.startswith(EXPECTATION_WORDS) for w in first):
        return "expected", "than expected"
    run = NAME_RUN.search(text)
    if run and run.start() <= len(" ".join(text.split()[:_BASE_WORDS])) and fold(run.group(0)) not in places:
        article = "the " if re.match(r"the\b", text, re.I) else ""
        return fold(run.group(0)), f"than {article}{run.group(0).rstrip(',.')}"
    year = _YEAR.search(" ".join(text.split()[:_BASE_WORDS]))
    return (year.group(0), f"than in {year.group(0)}") if year else None


def _subject(what: str, before: str, places: frozenset[str]) -> Optional[str]:
    run = next((m.group(0) for m in NAME_RUN.finditer(what) if fold(m.group(0)) not in places), None)
    return run or name_before(before, places)


def _changes(briefings: list[Briefing], places: frozenset[str]) -> list[tuple[str, re.Match, tuple[str, str], Evidence]]:
    """(subject, the change's match, its base, where) of every measured change the sources write."""
    out = []
    for b in briefings:
        for i, para in enumerate(b.body, start=1):
            if " than " not in para:
                continue
            for s in split_sentences(para):
                for m in _CHANGE.finditer(s.text):
                    who, base = _subject(m.group("what"), s.text[:m.start()], places), _base(m.group("base"), places)
                    if who and base:
                        out.append((who, m, base, Evidence(b.source.id, i, s.text)))
    return out


def comparison_conflicts(briefings: list[Briefing], entities: EntityIndex) -> list[Conflict]:
    """One share of one subject's change, measured against different bases by different sources ('Samsung
    Galaxy S4' and 'Galaxy S4' are one subject or base)."""
    found = _changes(briefings, place_words(entities))
    short = shortest_forms({fold(who) for who, *_ in found} | {key for *_, (key, _), _ in found})
    slots: dict[tuple, dict[str, list[tuple[str, str, Evidence]]]] = defaultdict(lambda: defaultdict(list))
    for who, m, (key, shown), evidence in found:
        direction = m.group("dir").lower()
        slot = (short[fold(who)], float(m.group("n")), _DIRECTION.get(direction, "+"))
        slots[slot][short[key]].append((f"{who}: {m.group('n')} percent {direction}", shown, evidence))
    out = []
    for bases in slots.values():
        if len(bases) < 2:
            continue
        subject = f"{next(iter(bases.values()))[0][0]} than what"
        values = [ConflictValue(value=items[0][1], sources=sorted({e.source for _, _, e in items}),
                                evidence=[e for _, _, e in items]) for items in bases.values()]
        values.sort(key=lambda v: (-len(v.sources), str(v.value)))
        out.append(Conflict(id=slug(f"comparison {subject}"), subject=subject, attribute="comparison", values=values))
    return out


__all__ = ["comparison_conflicts"]
