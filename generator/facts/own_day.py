"""Each source's dates hang on its own publication day, including a day a person writes into its YAML.

Extraction resolves relative dates ("on Sunday") against the day the file gives (front matter, a date line,
HTML metadata) or a dated tweet it embeds.  When a person writes or corrects `published:` in the source's
YAML, the build extracts that source again (`needs_redating`) and resolves its dates against the person's
day (`persons_day`, `on_day`); the three-way merge then keeps the person's value as it keeps any correction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Optional

from generator.facts.events import event_facts, is_event_fact
from generator.facts.headlines import has_words
from generator.facts.resolve import resolve_dates, resolve_relative
from generator.model.briefing import Briefing


def has_own_day(b: Briefing) -> bool:
    """The source carries a day of its own: a publication day or a dated tweet it embeds."""
    return bool(b.source.published) or any(n.kind == "tweet" and n.date for n in b.notes)


def undated_estimated(briefings: list[Briefing]) -> bool:
    """Most sources carry no day of their own: their weekdays and 'yesterday' are read against the story's
    estimated day (`facts.finish_corpus`).  When most sources are dated, an undated one never borrows a day
    (issue 14): a few dated pages of a mostly undated corpus (Paris: one of 36) say little of when the other
    sources were written, while the story's day the leads state says which week their weekdays fall in."""
    return 2 * sum(not has_own_day(b) for b in briefings) > len(briefings)


#: The basis written into a date mention's anchor when it was read against the story's estimated day.
CORPUS_ANCHOR = "corpus anchor"


def estimated(briefings: list[Briefing]) -> bool:
    """Some undated source had its relative dates read against the story's estimated day."""
    return any(not has_own_day(b) and any(d.anchor and CORPUS_ANCHOR in d.anchor for d in b.dates)
               for b in briefings)


def iso_day(value: object) -> Optional[str]:
    """'2016-10-30' of a date-like value ('2016-10-30', '2016-10-30T21:05'), else None."""
    text = str(value or "")[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def on_day(b: Briefing, day: str, basis: str) -> Briefing:
    """`b` with its relative dates put on the calendar against `day` and its event facts rebuilt."""
    if not any(d.relative for d in b.dates):
        return b
    undone = [replace(d, date=None, anchor=None) if d.relative else d for d in b.dates]
    dates = resolve_dates(undone, day, basis)
    events = [f for f in event_facts(b.body, dates, b.places, b.people) if has_words(f.statement)]
    kept = [f for f in b.facts if not is_event_fact(f)]
    return replace(b, dates=dates, facts=kept + events)


def persons_day(base: Optional[Briefing], user: Optional[Briefing], new: Briefing) -> Optional[str]:
    """The publication day a person wrote into the source's YAML, when the fresh extraction `new` must use it:
    the person changed it from what the machine last wrote (`base`), or the machine finds none now."""
    day = iso_day(user.source.published) if user else None
    if not day or day == iso_day(new.source.published):
        return None
    changed = base is None or iso_day(base.source.published) != day
    return day if changed or not new.source.published else None


def needs_redating(user: Briefing) -> bool:
    """The YAML gives a publication day that its relative dates were not resolved against (a person wrote or
    changed it), so the source must be extracted again for its dates to follow."""
    day = iso_day(user.source.published)
    if not day:
        return False
    for d in user.dates:
        if not d.relative or d.relative.kind == "sequel":
            continue
        if d.anchor and not str(d.anchor).startswith(day):
            return True
        if not d.anchor and d.date is None and resolve_relative(d.relative, day):
            return True
    return False
