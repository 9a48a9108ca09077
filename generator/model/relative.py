"""A relative date ("on Wednesday", "three weeks ago") in a form that can be put on the calendar later.

Extraction cannot always know the day an article was written, so `DateMention.relative` keeps what the
text said, and `facts.resolve` turns it into a date once an anchor day is known.  The YAML keeps the
short text form people have always seen (`weekday:3:next`); this module is the one place that reads and
writes it, so the rest of the code works with typed fields, never with `split(":")`.

    weekday:N[:next|:last]   ISO weekday N (1 = Monday); the most recent one on or before the anchor, the
                             first on or after it when the tense is future (:next), strictly before (:last)
    day:K                    K days from the anchor (yesterday = day:-1)
    week:K[:before|:after]   the Monday-Sunday week K weeks from the anchor's (earlier this week = week:0:before)
    month:K / year:K         the month / year K from the anchor's (last year = year:-1)
    year-end:K               December of the year K from the anchor's ("at the end of last year")
    monthname:M[:next]       the most recent month M (no year given); :next for the coming one
    monthday:MM-DD[:next|:wdN]  a day of the year without its year; :wdN the year in which it falls on weekday N
    ago:N:unit               N days|weeks|months|years before the anchor ("two decades ago" = ago:20:years)
    recent                   "in recent days": vague, the weeks before the anchor
    sequel:K:unit            K days|months|years from the date the text gave last ("the following year" = sequel:1:year)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.model.fields import TextForm

RelativeKind = Literal["weekday", "day", "week", "month", "year", "year-end", "monthname", "monthday", "ago",
                       "recent", "sequel"]
#: next/last: a weekday's or month's tense; before/after: the part of this week before or after the anchor.
Mode = Literal["", "next", "last", "before", "after"]

_N = r"(?P<amount>-?\d+)"
#: One pattern per kind: the text forms `RelativeDate.parse` accepts.
_GRAMMAR: dict[str, re.Pattern] = {kind: re.compile(pattern) for kind, pattern in {
    "weekday": r"weekday:(?P<amount>[1-7])(?::(?P<mode>next|last))?",
    "day": rf"day:{_N}",
    "week": rf"week:{_N}(?::(?P<mode>before|after))?",
    "month": rf"month:{_N}",
    "year": rf"year:{_N}",
    "year-end": rf"year-end:{_N}",
    "monthname": r"monthname:(?P<amount>1[0-2]|0?[1-9])(?::(?P<mode>next))?",
    "monthday": r"monthday:(?P<amount>1[0-2]|0?[1-9])-(?P<day>3[01]|[12]\d|0?[1-9])"
                r"(?::(?:(?P<mode>next)|wd(?P<weekday>[1-7])))?",
    "ago": r"ago:(?P<amount>\d+):(?P<unit>days|weeks|months|years)",
    "recent": r"recent",
    "sequel": rf"sequel:{_N}:(?P<unit>day|month|year)",
}.items()}


@dataclass(frozen=True)
class RelativeDate(TextForm):
    """One relative mention: its kind and the numbers it carries (see the forms above)."""

    kind: RelativeKind
    amount: int = 0          # weekday: ISO weekday; monthname, monthday: month; ago: N; the others: shift K
    mode: Mode = ""
    unit: str = ""           # ago: days|weeks|months|years; sequel: day|month|year
    day: int = 0             # monthday: the day of the month
    weekday: int = 0         # monthday: the ISO weekday the day falls on (':wdN'), 0 when not said

    @classmethod
    def parse(cls, text: str) -> RelativeDate:
        """The text form -> a RelativeDate; ValueError (saying what forms there are) for anything else."""
        kind = text.split(":", 1)[0]
        m = _GRAMMAR[kind].fullmatch(text) if kind in _GRAMMAR else None
        if m is None:
            raise ValueError(f"{text!r} is not a relative date; use one of the forms "
                             "weekday:N[:next|:last], day:K, week:K[:before|:after], month:K, year:K, year-end:K, "
                             "monthname:M[:next], monthday:MM-DD[:next|:wdN], ago:N:days|weeks|months|years, "
                             "recent, sequel:K:day|month|year")
        g = m.groupdict()
        return cls(kind=kind, amount=int(g.get("amount") or 0), mode=g.get("mode") or "",  # type: ignore[arg-type]
                   unit=g.get("unit") or "", day=int(g.get("day") or 0), weekday=int(g.get("weekday") or 0))

    def __str__(self) -> str:
        """The text form (the YAML's)."""
        if self.kind == "recent":
            return "recent"
        if self.kind == "monthday":
            tail = f":wd{self.weekday}" if self.weekday else f":{self.mode}" if self.mode else ""
            return f"monthday:{self.amount:02d}-{self.day:02d}{tail}"
        return ":".join([self.kind, str(self.amount), *([self.unit] if self.unit else []),
                         *([self.mode] if self.mode else [])])
