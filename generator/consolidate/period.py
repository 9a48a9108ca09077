"""When the story happened, to the precision its text supports, when no day can be fixed.

Sources that carry no date of their own and whose leads state no day ('Monday night', 'has just announced')
still say when in coarser words: a month written without its year as now or the past ('in this fourth week
of August', 'launched in April' in a later report) and the years they write ('the party's 2008 platform',
'MWC 2014').  A guessed day would be wrong; the honest answer is the month ('2008-08', shown 'August 2008'),
several months named by as many sources as a range ('2014-02/2014-05'), else the year ('2014').  A month
said of the future ('will launch in April') is not the story's.  The year is the latest one the text writes
about its present or past: news names its own year (an edition, a platform, a season) more than later ones.
Only a year written as an attribute counts ('the 2014 flagship', "2014's version", 'MWC 2014'): a year an
action is put in ('when it first launched in 2010', 'the summer of 2013') or written before one ('its 2001
acquisition of Liffe') dates that background action, and
a year opening a name ('the 2014 World Cup rights') is the edition of that other thing.  A year after every
dated source's publication is of the future, however its clause is worded ('the 2016 election cycle' in a piece
of 2013).  A year a past action is put in bounds the story from below: an attribute year before it is background
('a 2001 audit meeting' beside 'emerged from bankruptcy in 2004').  A year a verb of beginning or ending
takes as its object ('began 2005 with a win') dates that action too.  With no such year the period is None: saying
nothing beats naming a background year.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date as Date
from typing import Optional

from generator.facts.story_year import past_mention
from generator.lexicon.verbs import PERIOD_VERBS
from generator.model.briefing import Briefing

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


#: A year after these words dates an action ('launched in 2010', 'the summer of 2013', 'go back to 2002'), not the story.
_ACTION_WORDS = r"(?:in|of|since|from|during|until|by|to)"
_ACTION_YEAR = re.compile(_ACTION_WORDS + r"\s", re.I)
#: The same word just before a mention that left it out ('In 1985, a group of stars came together').
_ACTION_BEFORE = re.compile(r"\b" + _ACTION_WORDS + r"\s+$", re.I)
#: The word just before a year ('began' in 'Moya began 2005 with a win'): a verb of `PERIOD_VERBS` there makes the
#: year the stretch of time that action goes through (`period_verb_year`), as 'in 2005' would.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: A year followed by a capitalised word opens a name ('the 2014 World Cup'), the edition of something else.
_OPENS_NAME = re.compile(r"\s+[A-Z]")
#: A year before a deal or another company action dates that action ('its 2001 acquisition of Liffe', 'the
#: 2010 agreement'), a past step of the story's background, as 'in 2001' does.
_DATES_AN_ACTION = re.compile(r"\s+(?:acquisition|merger|takeover|deal|purchase|sale|buyout|bid|agreement|settlement|"
                              r"flotation|listing|bailout|bankruptcy|restructuring)s?\b")


#: A year coordinated with one an action is put in shares its role ('approved the accounts in early 2001 and 2002').
_AFTER_ACTION_YEAR = re.compile(_ACTION_WORDS + r"\s+(?:(?:early|late|mid)[\s-]+)?\d{4}"
                                r"(?:\s*,\s*\d{4})*\s*(?:,|and|or|to|-|–)\s*$", re.I)


def attribute_year(b: Briefing, paragraph: int, text: str) -> bool:
    """The year mention `text` is written as an attribute of what the story is about (see the docstring)."""
    if _ACTION_YEAR.match(text):
        return False
    body = b.body[paragraph - 1] if 1 <= paragraph <= len(b.body) else ""
    at = body.find(text)
    return at < 0 or not (_OPENS_NAME.match(body, at + len(text)) or _DATES_AN_ACTION.match(body, at + len(text))
                          or _AFTER_ACTION_YEAR.search(body[max(0, at - 60):at])
                          or _ACTION_BEFORE.search(body[max(0, at - 12):at]) or period_verb_year(body, at))


def period_verb_year(body: str, at: int) -> bool:
    """The year at `at` is the object of a verb of beginning or ending ('began 2005 with victory in Chennai',
    'ended 2004 as world number one'): it dates what the subject did then, not the story."""
    m = _WORD_BEFORE.search(body[max(0, at - 16):at])
    return bool(m and m.group(1).lower() in PERIOD_VERBS)


def latest_published_year(briefings: list[Briefing]) -> Optional[int]:
    """The year of the latest publication date a source carries; None when no source is dated."""
    years = [int(b.source.published[:4]) for b in briefings
             if b.source.published and _YEAR.match(b.source.published)]
    return max(years) if years else None


def _past_years(briefings: list[Briefing]) -> list[tuple[int, bool]]:
    """Each year the sources write as the present or past (not after every dated source's publication), with
    whether it is written as an attribute (`attribute_year`)."""
    ceiling = latest_published_year(briefings)
    return [(int(m.date), attribute_year(b, m.paragraph, m.text)) for b in briefings for m in b.dates
            if m.relative is None and m.date and _YEAR.fullmatch(m.date) and m.paragraph is not None
            and (ceiling is None or int(m.date) <= ceiling) and past_mention(b, m.paragraph, m.text)]


def year_floor(briefings: list[Briefing]) -> Optional[int]:
    """The latest year the sources write as the present or past: the story is no earlier, so what they date
    before it is background even when the story's own year is never written."""
    return max((year for year, _ in _past_years(briefings)), default=None)


def story_year(briefings: list[Briefing]) -> Optional[int]:
    """The latest year a source writes out as an attribute (not of the future, not as an upper bound, not the
    date of a background action, not after every dated source was published), or None."""
    past = _past_years(briefings)
    years = [year for year, attribute in past if attribute]
    if not years or max(years) < max(year for year, _ in past):
        return None     # 'emerged from bankruptcy in 2004': the story is no earlier, so a 2001 meeting is background
    return max(years)


def story_months(briefings: list[Briefing]) -> list[int]:
    """The months (written without a year, not of the future) that most sources name, in calendar order."""
    votes: Counter[int] = Counter()
    for b in briefings:
        votes.update({m.relative.amount for m in b.dates if m.relative and m.relative.kind == "monthname"
                      and not m.relative.mode and m.paragraph is not None and past_mention(b, m.paragraph, m.text)})
    if not votes:
        return []
    top = max(votes.values())
    return sorted(month for month, n in votes.items() if n == top)


def story_period(briefings: list[Briefing]) -> Optional[str]:
    """'YYYY-MM', 'YYYY-MM/YYYY-MM' or 'YYYY' (see the module's docstring); None when the text writes no year."""
    year = story_year(briefings)
    if year is None:
        return None
    months = story_months(briefings)
    if not months:
        return str(year)
    first, last = f"{year:04d}-{months[0]:02d}", f"{year:04d}-{months[-1]:02d}"
    return first if first == last else f"{first}/{last}"


def period_bounds(when: Optional[str]) -> Optional[tuple[Date, Date]]:
    """The first and last day of a day, a month or a range of them; None for a year or anything coarser
    (too wide to tell the story's days from its background)."""
    text = str(when or "")
    if "/" in text:
        start, end = (period_bounds(part) for part in text.split("/", 1))
        return (start[0], end[1]) if start and end else None
    try:
        if _DAY.fullmatch(text):
            day = Date.fromisoformat(text)
            return day, day
        m = _MONTH.fullmatch(text)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            return Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return None


__all__ = ["attribute_year", "latest_published_year", "year_floor", "story_year", "story_months", "story_period", "period_bounds"]
