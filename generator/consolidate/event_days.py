"""The weekday of the story's own event, as sources that carry no date of their own name it.

'The album took its prize at the Brits on Tuesday' in one source against "Wednesday's Brit awards" in another
is a conflict: undated sources of one story name the same week, so one event has one weekday.  Only the
event under its own name, right beside the weekday ("Wednesday's Brit awards", 'the Brits on Tuesday'), counts;
a dated source is left to the timeline, which compares calendar days.  A source that gives the event two
weekdays (a tournament over a fortnight, talks over several days) shows it lasts more than a day: then no
weekday is compared.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from generator.lexicon.calendar import WEEKDAY_NAMES
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence
from generator.text.matching import fold, slug
from generator.text.sentences import split_sentences

_WEEKDAY = "|".join(WEEKDAY_NAMES)
#: "Wednesday's Brit awards": the weekday, then the event's name as the first word of what it is said of.
_DAY_BEFORE = re.compile(rf"\b({_WEEKDAY})['’]s\s+(?:the\s+)?([\w'’-]+)")
#: 'at the Brits on Tuesday': the event's name first after 'the' (or 'at', 'in'), at most two words more, then the
#: weekday ('a hunt for Malaysia Airlines Flight 370 on Monday' dates the hunt, not the flight).
_DAY_AFTER = re.compile(rf"(?:\bthe\s+|\b(?:at|in)\s+(?!the\b))([\w'’-]+)(?:\s+[\w'’-]+){{0,2}}?\s+on\s+({_WEEKDAY})\b")


def _stem(word: str) -> str:
    w = fold(word).strip("'’")
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _event_name(what: Optional[str]) -> Optional[str]:
    """The word that names the story's event ('brit' of 'Brit awards', 'carling' of 'Carling Cup'): its first
    word, when it is a name (capitalised) and the event has more words than it."""
    words = (what or "").split()
    return _stem(words[0]) if len(words) >= 2 and words[0][:1].isupper() else None


def _days(b: Briefing, name: str) -> list[tuple[str, int, str]]:
    """(weekday, paragraph, sentence) of each weekday the source puts right beside the event's name."""
    found = []
    for p, para in enumerate(b.body, 1):
        for s in split_sentences(para):
            hits = [m.group(1) for m in _DAY_BEFORE.finditer(s.text) if _stem(m.group(2)) == name]
            hits += [m.group(2) for m in _DAY_AFTER.finditer(s.text) if _stem(m.group(1)) == name]
            found += [(day, p, s.text) for day in hits]
    return found


def event_day_conflicts(briefings: list[Briefing], what: Optional[str]) -> list[Conflict]:
    """One conflict when undated sources put the story's event on different weekdays, each source on one."""
    name = _event_name(what)
    if not name:
        return []
    by_day: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for b in briefings:
        if b.source.published:
            continue
        days = _days(b, name)
        if len({d for d, _, _ in days}) > 1:
            return []                   # the event runs over several days
        for day, p, sentence in days[:1]:
            by_day[day].append((b.source.id, p, sentence))
    if len(by_day) < 2:
        return []
    values = [ConflictValue(value=day, sources=[sid for sid, _, _ in said],
                            evidence=[Evidence(sid, p, sentence) for sid, p, sentence in said])
              for day, said in sorted(by_day.items(), key=lambda kv: WEEKDAY_NAMES.index(kv[0]))]
    return [Conflict(id="day-" + slug(what or ""), subject=f"the day of the {what}", attribute="weekday",
                     values=values)]


__all__ = ["event_day_conflicts"]
