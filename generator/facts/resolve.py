"""Put relative dates on the calendar: "on Wednesday", "seven years ago", "earlier this week".

Extraction (`dates`) records each relative mention as a `model.relative.RelativeDate` (its forms are listed
there), so it can be resolved against whichever anchor is known: the source's publication date, else a dated
tweet embedded in it, else the date the whole corpus agrees on (`corpus_anchor`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import Callable, Optional, cast

from generator.lexicon.calendar import WEEKDAYS
from generator.model.briefing import Briefing, DateMention
from generator.model.kinds import Granularity
from generator.model.relative import RelativeDate

#: How far ahead a day of the year without tense or year may lie before it is read as the last one.
_NEAR_FUTURE_DAYS = 62
#: The basis of an anchor the undated text itself gives (`_story_day`), and the days after it that its
#: weekdays fall on ('Saturday' in a story of Friday's attack is the day after).
STORY_DAY = "the story's day"
STORY_WEEK_DAYS = 6
#: Paragraphs of a source that are its lead (title and first paragraphs state the event and its day).
LEAD_PARAGRAPHS = 3
#: A relative mention put on the calendar: (ISO date or interval, its granularity).
Resolved = tuple[str, Granularity]


def _parse_iso(day: str) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return None


def _month_shift(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:                                    # 29 February outside a leap year
        return dt.date(year, month, 28)


def _is_weekday(year: int, month: int, day: int, iso_weekday: int) -> bool:
    try:
        return dt.date(year, month, day).isoweekday() == iso_weekday
    except ValueError:
        return False


def _weekday(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'weekday:3' the last Wednesday on or before the anchor, ':last' strictly before, ':next' on or after."""
    target = rel.amount - 1
    if rel.mode == "next":
        delta = (target - base.weekday()) % 7
        return (base + dt.timedelta(days=delta)).isoformat(), "day"
    delta = (base.weekday() - target) % 7
    if rel.mode == "last" and delta == 0:
        delta = 7
    return (base - dt.timedelta(days=delta)).isoformat(), "day"


def _day(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'day:-1' yesterday, 'day:1' tomorrow."""
    return (base + dt.timedelta(days=rel.amount)).isoformat(), "day"


def _week(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'week:-1' last week (Monday to Sunday); 'week:0:before' / ':after' the part of this week before/after."""
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=rel.amount)
    start, end = monday, monday + dt.timedelta(days=6)
    if rel.mode == "before" and rel.amount == 0:
        end = max(start, base - dt.timedelta(days=1))
    elif rel.mode == "after" and rel.amount == 0:
        start = min(end, base + dt.timedelta(days=1))
    return f"{start.isoformat()}/{end.isoformat()}", "week"


def _month(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'month:-1' last month."""
    year, month = _month_shift(base.year, base.month, rel.amount)
    return f"{year:04d}-{month:02d}", "month"


def _year_end(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'year-end:0' the end of this year (its December)."""
    return f"{base.year + rel.amount:04d}-12", "month"


def _year(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'year:-1' last year."""
    return f"{base.year + rel.amount:04d}", "year"


def _month_name(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'monthname:12' the last December up to the anchor's month; ':next' the next one."""
    month = rel.amount
    future = rel.mode == "next"
    year = base.year
    if future and month < base.month:
        year += 1
    elif not future and month > base.month:
        year -= 1
    return f"{year:04d}-{month:02d}", "month"


def _month_day(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'monthday:12-06' the nearest Dec. 6 (ahead only within two months); ':wd5' the year whose Dec. 6 is a
    Friday; ':next' the next one."""
    month, day = rel.amount, rel.day
    if rel.weekday:                                       # "Friday, Dec. 6": the year whose Dec. 6 is a Friday
        fits = [y for y in (base.year, base.year + 1, base.year - 1) if _is_weekday(y, month, day, rel.weekday)]
        if fits:
            return f"{fits[0]:04d}-{month:02d}-{day:02d}", "day"
    future = rel.mode == "next"
    year = base.year
    if future and (month, day) < (base.month, base.day):
        year += 1
    elif not future:        # the nearest one ("Dec. 15" in November is coming), but news reports the past:
        year = min((base.year - 1, base.year, base.year + 1),     # a day ahead only within two months
                   key=lambda y: abs((_safe_date(y, month, day) - base).days))
        if (_safe_date(year, month, day) - base).days > _NEAR_FUTURE_DAYS:
            year -= 1
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _ago(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'ago:3:days', 'ago:2:weeks' (that week), 'ago:5:months' (that month), 'ago:4:years' (that year)."""
    amount, unit = rel.amount, rel.unit
    if unit == "days":
        return (base - dt.timedelta(days=amount)).isoformat(), "day"
    if unit == "weeks":
        return _week(base, RelativeDate("week", -amount))
    if unit == "months":
        year, month = _month_shift(base.year, base.month, -amount)
        return f"{year:04d}-{month:02d}", "month"
    return f"{base.year - amount:04d}", "year"


def _recent(base: dt.date, rel: RelativeDate) -> Optional[Resolved]:
    """'recent' the two weeks up to the anchor."""
    return f"{(base - dt.timedelta(days=14)).isoformat()}/{base.isoformat()}", "vague"


#: One named rule per kind of relative mention (`sequel` is resolved against the date told before it).
_RELATIVE_RULES: dict[str, Callable[[dt.date, RelativeDate], Optional[Resolved]]] = {
    "weekday": _weekday, "day": _day, "week": _week, "month": _month, "year-end": _year_end, "year": _year,
    "monthname": _month_name, "monthday": _month_day, "ago": _ago, "recent": _recent,
}


def resolve_relative(relative: RelativeDate, anchor: str, story_week: bool = False) -> Optional[Resolved]:
    """(date, granularity) of one relative mention against an ISO anchor day.

    `story_week`: the anchor is the story's day, not the day the text was written, so a past or present
    weekday is the first such day from it on ('Saturday' after a Friday attack is the next day); 'last Friday'
    is the story's day when that is a Friday, else unknown (the text was written some weeks after it)."""
    base = _parse_iso(anchor)
    if base is None:
        return None
    if story_week and relative.kind == "weekday" and relative.mode == "last":
        # 'last Friday': written a week or more after some Friday; only the story's own day is known to be one
        return (base.isoformat(), "day") if base.isoweekday() == relative.amount else None
    if story_week and relative.kind == "weekday" and relative.mode != "next":
        base += dt.timedelta(days=STORY_WEEK_DAYS)
    rule = _RELATIVE_RULES.get(relative.kind)
    return rule(base, relative) if rule else None


def _sequel(relative: RelativeDate, previous: Optional[str]) -> Optional[Resolved]:
    """'sequel:1:year' after a mention of 2016 -> ('2017', 'year'); None without a dated mention before it."""
    shift, unit = relative.amount, relative.unit
    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", previous or "")
    if not m:
        return None
    if unit == "year":
        return f"{int(m.group(1)) + shift:04d}", "year"
    if unit == "month" and m.group(2):
        year, month = _month_shift(int(m.group(1)), int(m.group(2)), shift)
        return f"{year:04d}-{month:02d}", "month"
    if unit == "day" and m.group(3):
        return (dt.date.fromisoformat(m.group(0)) + dt.timedelta(days=shift)).isoformat(), "day"
    return None


def resolve_dates(dates: list[DateMention], anchor: str, basis: str, story_week: bool = False,
                  kinds: Optional[frozenset[str]] = None) -> list[DateMention]:
    """Copies of `dates` with every still-unresolved relative mention put on the calendar against `anchor`
    (or, for "the following year", against the date mentioned just before it); `story_week`: see
    `resolve_relative`; `kinds`: only relative mentions of these kinds (the others stay as they are)."""
    out: list[DateMention] = []
    previous: Optional[str] = None
    for mention in dates:
        rel = mention.relative if mention.date is None and (kinds is None or (
            mention.relative is not None and mention.relative.kind in kinds)) else None
        if rel and rel.kind == "sequel":
            resolved = _sequel(rel, previous)
            if resolved:
                mention = replace(mention, date=resolved[0], granularity=resolved[1],
                                  anchor=f"{previous} (the date mentioned before)")
        elif rel:
            resolved = resolve_relative(rel, anchor, story_week)
            if resolved:
                date, granularity = resolved
                mention = replace(mention, date=date, granularity=granularity, anchor=f"{anchor} ({basis})")
        if mention.date and "/" not in mention.date and mention.granularity in ("day", "month", "year"):
            previous = mention.date
        out.append(mention)
    return out


def weekday_votes(dates: list[DateMention]) -> Counter:
    """How often each ISO weekday is named as a past or present day (future days do not date the text)."""
    votes: Counter = Counter()
    for mention in dates:
        rel = mention.relative
        if rel and rel.kind == "weekday" and not rel.mode:
            votes[rel.amount] += 1
    return votes


def pick_anchor(candidates: list[tuple[str, str]], votes: Counter) -> Optional[tuple[str, str]]:
    """The candidate (date, what dates it) whose weekday the text names most; ties go to the latest date."""
    dated = [(d, why) for d, why in candidates if _parse_iso(d)]
    if not dated:
        return None
    return max(dated, key=lambda c: (votes.get(cast(dt.date, _parse_iso(c[0])).isoweekday(), 0), c[0]))


#: The days a story lies between (floor, ceiling), either unknown.
Bounds = tuple[Optional[dt.date], Optional[dt.date]]
#: Whether a date mention may give the story its year (`story_year.dates_story`: not the end of a span).
YearTest = Callable[[Briefing, DateMention], bool]


def corpus_anchor(briefings: list[Briefing], floor: Optional[dt.date] = None,
                  dated: bool = True, gives_year: Optional[YearTest] = None,
                  ceiling: Optional[dt.date] = None) -> tuple[Optional[str], str]:
    """The day the corpus agrees on: a publication or tweet date whose weekday the sources name most.
    `floor`: a day the story lies after (`story_year.past_floor`), for days written without their year;
    `ceiling`: a day the story lies before (`story_year.future_ceiling`).
    `dated=False`: the story's day as if no source were dated (for the undated majority of a corpus).
    `gives_year`: which written months and days may give the story's year (default: all).

    Returns (ISO date or None, one-line basis) for sources that carry no date of their own.
    """
    candidates: list[tuple[str, str]] = []
    for b in briefings if dated else []:
        if b.source.published and _parse_iso(b.source.published):
            candidates.append((b.source.published[:10], f"publication date of {b.source.id}"))
        for note in b.notes:
            if note.kind == "tweet" and note.date and _parse_iso(note.date):
                who = note.author or note.handle or "an embedded tweet"
                candidates.append((note.date[:10], f"tweet by {who} in {b.source.id}"))
    votes: Counter = Counter()
    naming: Counter = Counter()
    for b in briefings:
        source_votes = weekday_votes(b.dates)
        votes.update(source_votes)
        naming.update(source_votes.keys())
    chosen = pick_anchor(candidates, votes)
    if chosen is None:
        test = gives_year or (lambda b, m: True)
        story = _story_day(briefings, naming, votes, (floor, ceiling), test)
        if story:
            return story
        chosen = pick_anchor(_stated_days(briefings, test), votes)
    if chosen is None:
        return None, "no source gives a publication date, a dated tweet or a full date"
    date, why = chosen
    weekday = cast(dt.date, _parse_iso(date)).isoweekday()
    day_name = WEEKDAYS[weekday - 1].capitalize()
    basis = f"{why}, a {day_name}"
    if votes.get(weekday):
        basis += f"; '{day_name}' named {votes[weekday]} times in {naming[weekday]} sources"
    return date, basis


def story_anchored(basis: str) -> bool:
    """The anchor is the story's own day (no source is dated): see `resolve_relative`'s `story_week`."""
    return basis.startswith(STORY_DAY)


def _lead_days(briefings: list[Briefing], gives_year: YearTest, year: Optional[int], weekday: int,
               bounds: Bounds = (None, None)) -> dict[str, tuple[set, set]]:
    """Days the text states: full dates that may date the story (`gives_year`), and days without a year ('13
    November') in `year` (the latest the sources state, or the one after it) or the year before: the one that falls
    on `weekday`, else the later one, within `bounds` (the story lies after the floor and before the ceiling).
    day -> (sources, lead sources)."""
    out: dict[str, tuple[set, set]] = {}
    for b in briefings:
        for m in b.dates:
            rel = m.relative
            day = (m.date or "")[:10] if (rel is None and m.granularity == "day" and _parse_iso(m.date or "")
                                          and gives_year(b, m)) else None
            if rel and rel.kind == "monthday" and rel.mode != "next" and year and gives_year(b, m):
                day = _place_day(rel.amount, rel.day, year, weekday, bounds)
            if day:
                sources, leads = out.setdefault(day, (set(), set()))
                sources.add(b.source.id)
                if m.paragraph is not None and m.paragraph <= LEAD_PARAGRAPHS:
                    leads.add(b.source.id)
    return out


def _place_day(month: int, dom: int, year: int, weekday: int, bounds: Bounds) -> str:
    """A day without its year in `year` or the year before (see `_lead_days`)."""
    floor, ceiling = bounds
    inside = [y for y in (year, year - 1) if not (floor and _safe_date(y, month, dom) < floor)
              and not (ceiling and _safe_date(y, month, dom) > ceiling)]
    fits = [y for y in inside if _is_weekday(y, month, dom, weekday)]
    return _safe_date((fits or inside or [year])[0], month, dom).isoformat()


def _story_day(briefings: list[Briefing], naming: Counter, votes: Counter,
               bounds: Bounds, gives_year: YearTest) -> Optional[tuple[str, str]]:
    """No source is dated: the story's day is a day the leads state that falls on the weekday most sources
    name (or that several leads state); else that weekday on or before the latest day any source states
    (related-story lines and updates are dated around the time of writing).  Needs a year the text states
    or a source's publication day gives (the few dated sources of a mostly undated corpus);
    when that day would fall before the floor of `bounds` (a month the text puts in the past), its days without a
    year are of the year after; they never fall after its ceiling (a month the text puts ahead).  The story's weekday: the one most leads name, then the one named most often, then by
    most sources."""
    if not naming:
        return None
    in_leads: Counter = Counter()
    for b in briefings:
        in_leads.update(weekday_votes([m for m in b.dates if m.paragraph is not None
                                       and m.paragraph <= LEAD_PARAGRAPHS]).keys())
    weekday = max(naming, key=lambda w: (in_leads[w], votes[w], naming[w], -w))
    years = sorted({int(m.date[:4]) for b in briefings for m in b.dates if m.relative is None and m.date
                    and m.granularity in ("day", "month") and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", m.date)
                    and gives_year(b, m)}
                   | {int(str(b.source.published)[:4]) for b in briefings if _parse_iso(b.source.published or "")})
    year = years[-1] if years else None
    floor, ceiling = bounds
    story = _best_day(_lead_days(briefings, gives_year, year, weekday, (None, ceiling)), weekday, naming)
    if story and year and floor and dt.date.fromisoformat(story[0]) < floor:
        story = _best_day(_lead_days(briefings, gives_year, year + 1, weekday, bounds), weekday, naming) or story
    return story


def _best_day(days: dict[str, tuple[set, set]], weekday: int, naming: Counter) -> Optional[tuple[str, str]]:
    """See `_story_day`: the day stated in most leads on the story's weekday, else that weekday before the
    latest day stated."""
    name = WEEKDAYS[weekday - 1].capitalize()
    led = [d for d, (_, leads) in days.items()
           if leads and (dt.date.fromisoformat(d).isoweekday() == weekday or len(leads) >= 2)]
    if led:
        best = max(led, key=lambda d: (dt.date.fromisoformat(d).isoweekday() == weekday, len(days[d][1]),
                                       len(days[d][0]), d))
        return best, (f"{STORY_DAY}: stated in the leads of {len(days[best][1])} sources; '{name}' named in "
                      f"{naming[weekday]} sources")
    if not days:
        return None
    latest = dt.date.fromisoformat(max(days))
    story = latest - dt.timedelta(days=(latest.isoweekday() - weekday) % 7)
    return story.isoformat(), (f"{STORY_DAY}: the {name} most sources name ({naming[weekday]}), on or before "
                               f"the latest day a source states ({latest.isoformat()})")


def _stated_days(briefings: list[Briefing], gives_year: YearTest) -> list[tuple[str, str]]:
    """Full dates written in the text ("January 12, 2022") that may date the story: anchors of last resort,
    when nothing is dated."""
    return [(m.date, f"the date '{m.text}' in {b.source.id}") for b in briefings for m in b.dates
            if m.relative is None and m.granularity == "day" and m.date and re.fullmatch(r"\d{4}-\d\d-\d\d", m.date)
            and gives_year(b, m)]


def source_anchor(published: Optional[str], tweet_dates: list[tuple[str, str]],
                  votes: Counter) -> tuple[Optional[str], str]:
    """This source's own anchor: its publication date, else one of its dated tweets, else none."""
    if published and _parse_iso(published):
        return published[:10], "publication date"
    chosen = pick_anchor(tweet_dates, votes)
    if chosen:
        return chosen
    return None, ""
