"""Dates in the text: absolute ("January 12, 2022", "April 2014", "in 2008", "the 1990s"), weekdays
("on Wednesday", "Monday's talks", "Thursday in Vienna") and relative ("last year", "seven years ago",
"earlier this week"), as the hits of one sentence (`hits_in_sentence`); `date_mentions` makes a source's
mentions of them.

Relative mentions keep a machine form (`DateMention.relative`, see `date_resolve`) so they can be put on
the calendar now, when the source carries a date, or later against the date the corpus agrees on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from generator.facts.counts import parse_number, year_used_as_count
from generator.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, month_number
from generator.lexicon.events import DAY_EVENT_PATTERN
from generator.lexicon.numbers import NUMBER_WORD
from generator.model.kinds import Granularity
from generator.model.relative import Mode, RelativeDate

#: A month's name or abbreviation as text writes it ('January', 'Jan.', 'Sept.'): a name before its abbreviation,
#: a longer abbreviation before a shorter one.
_MONTH = "(?:" + "|".join(MONTH_NAMES) + "|" + "|".join(
    a.capitalize() + r"\.?" for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
#: How many units ago besides a figure or a number word ('a few days ago', 'several years earlier').
_NUMBER_WORDS_AGO = {"a few": 3, "several": 3, "an": 1, "a": 1}
#: A figure, a number word for 1 to 99 (lexicon.numbers) or one of those.
_SMALL = rf"(?:\d+|{NUMBER_WORD}|{'|'.join(_NUMBER_WORDS_AGO)})"

#: Dates named after what happened on them: the name is the event, not a day of the anchor's year.
NAMED_DAYS = {
    ("09", "11"): ("2001-09-11", r"\s+(?:terror(?:ist)?\s+)?attacks?|,?\s+2001"),
}
_FUTURE = re.compile(r"\b(?:will|would|'ll|’ll|shall|is (?:\w+ )?(?:expected|scheduled|due|set|going) to|"
                     r"are (?:\w+ )?(?:expected|scheduled|due|set|going) to|plans? to|planned for|next|upcoming|"
                     r"(?:is|are) (?:\w+ )?(?:scheduled|set|slated|due) (?:for|on|in)|"
                     r"to be held|would be followed|should(?! have)|ahead of|(?:that|which) (?:starts|begins|opens))\b",
                     re.I)
#: Past tense in the clause of a deadline ("by Friday, 40 had died"): the day is behind the anchor.
_PAST_DEADLINE = re.compile(r"\b(?:had|was|were|did)\b", re.I)
_CLAUSE_START = re.compile(r"[;:]|\b(?:said|says|told|added|noted|stressed|warned|after|before|when)\b", re.I)
LOCATIVE = re.compile(r"\b(?:in|at) ((?:[A-Z][\w.-]+)(?: [A-Z][\w.-]+)*)")
MEETING_NOUN = DAY_EVENT_PATTERN

# Each pattern: (name, regex).  Earlier patterns win over later ones on overlapping text.
_PATTERNS = [
    ("full-mdy", re.compile(rf"\b(?:(?:on|since|until|by) )?(?:{_WEEKDAY},? )?(?P<month>{_MONTH}) "
                            rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>{_YEAR})\b")),
    ("full-dmy", re.compile(rf"\b(?:(?:on|since|until|by) )?(?:{_WEEKDAY},? )?(?P<day>\d{{1,2}}) (?P<month>{_MONTH}),? "
                            rf"(?P<year>{_YEAR})\b")),
    ("iso", re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("year-range", re.compile(rf"\b(?:from|between) (?P<y1>{_YEAR}) (?:to|and|until|through) (?P<y2>{_YEAR})\b")),
    ("month-year", re.compile(rf"\b(?:(?:in|since|until|by|from|of) )?(?:(?:early|late|mid-?)\s?)?"
                              rf"(?P<month>{_MONTH}),? (?P<year>{_YEAR})\b")),
    ("weekday-month-day", re.compile(rf"\b(?:on )?(?P<wd>{_WEEKDAY}),? (?P<month>{_MONTH}) (?P<day>\d{{1,2}})"
                                     rf"(?:st|nd|rd|th)?\b(?!,? ?\d)")),
    ("weekday-day-month", re.compile(rf"\b(?:on )?(?P<wd>{_WEEKDAY}),? (?P<day>\d{{1,2}})(?:st|nd|rd|th)? "
                                     rf"(?P<month>{_MONTH})(?![\w.]*,? ?\d)")),
    ("month-day", re.compile(rf"\b(?:(?:on|since|until|by) )?(?P<month>{_MONTH}) (?P<day>\d{{1,2}})"
                             rf"(?:st|nd|rd|th)?\b(?!,? ?\d)")),
    ("day-month", re.compile(rf"\b(?:(?:on|since|until|by) )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{_MONTH})"
                             rf"(?![\w.]*,? ?\d)")),
    ("decade", re.compile(r"\b(?:(?:in|since|during|of) )?the (?:(?:early|mid|late)[- ])?"
                          r"(?P<decade>1[5-9]\d0|20\d0)s\b")),
    ("day-of-month", re.compile(rf"\b(?:on )?the (?P<day>\d{{1,2}})(?:st|nd|rd|th)? of (?P<month>{_MONTH})"
                                rf"(?:,? (?P<year>{_YEAR}))?\b")),
    ("period-year", re.compile(rf"\b(?:(?:in|since|by|until) )?(?:the )?(?P<period>early|mid|late)[- ](?P<year>{_YEAR})\b",
                               re.I)),
    ("year", re.compile(rf"(?<![\d,.$#/-])\b(?:(?:in|since|until|by|before|after|from|to|of|during) )?"
                        rf"(?P<year>{_YEAR})\b(?![\d%]|,\d|\.\d|-\d)")),
    ("end-of-year", re.compile(r"\b(?:at )?the (?:end|close) of (?P<which>last|this|next) year\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>{_SMALL}) (?P<unit>days?|weeks?|months?|years?|decades?) "
                       rf"(?:ago\b|earlier\b(?! (?:this|in|on|today|than)\b))", re.I)),
    ("this-week", re.compile(r"\b(?P<pre>(?:earlier|later|going into|into) )?(?P<which>this|last|next) "
                             r"week(?:(?:’s|'s) (?P<noun>\w+))?\b", re.I)),
    ("week-of", re.compile(rf"\ba week of (?:\w+ ){{0,3}}?{MEETING_NOUN}\b", re.I)),
    ("sequel", re.compile(r"\b[Tt]he (?P<which>next|following|previous|prior|preceding) (?P<unit>year|month|day)\b")),
    ("this-period", re.compile(r"\b(?P<which>last|this|next) (?P<unit>year|month)(?:’s|'s)?\b", re.I)),
    ("day-word", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b",
                            re.I)),
    ("recent", re.compile(r"\bin (?:recent|the past few|the last few) (?:days|weeks)\b", re.I)),
    ("month-name", re.compile(r"\b(?P<pre>(?:in|since|until|by|last|this|next|early|late|end of|as of|week of) |mid-|"
                              r"(?:the|(?-i:[A-Z][\w-]*)(?:’s|'s)) (?=(?-i:[A-Z][a-z]+ [a-z])))"
                              r"(?P<month>" + "|".join(n for n in MONTH_NAMES if n != "May") + r")\b(?! \d)", re.I)),
    ("may", re.compile(r"\b(?P<pre>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his) |mid-)"
                       r"(?P<month>May)\b(?! \d)")),             # "may" the verb is lowercase and takes no "in"
    ("weekday", re.compile(rf"(?<!Black )(?<!Cyber )(?<!Good )(?<!Holy )(?<!Super )(?<!Ash )(?<!Easter )"
                           rf"\b(?:(?P<pre>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]he|[Ss]aid) )?"
                           rf"(?P<wd>{_WEEKDAY})(?:(?:’s|'s) (?P<noun>\w+)| (?P<part>morning|afternoon|evening|night)"
                           rf"| (?P<after>{MEETING_NOUN}))?\b")),
]
#: What a sentence must contain for a pattern to have any chance, tested before the regex runs (most sentences
#: hold no date): "digit" for patterns with a figure, else any-of substrings, matched in lowercase for the
#: case-insensitive patterns (only on ASCII sentences, where lowercasing is exactly what re.I does).
_NEEDS: dict[str, tuple[str, ...]] = {
    "end-of-year": ("year",), "ago": ("ago", "earlier"), "this-week": ("week",), "week-of": ("week",),
    "sequel": ("year", "month", "day"), "this-period": ("year", "month"),
    "day-word": ("yesterday", "today", "tomorrow", "tonight", "this "), "recent": ("days", "weeks"),
    "month-name": tuple(m for m in MONTHS if m != "may"), "may": ("May",), "weekday": ("day",),
}
_DIGIT = re.compile(r"\d")


#: The patterns with what each needs and whether it ignores case, worked out once.
_GATED = [(name, rx, _NEEDS.get(name), bool(rx.flags & re.I)) for name, rx in _PATTERNS]


def _may_match(needs: Optional[tuple[str, ...]], ignore_case: bool, sentence: str, lower: Optional[str],
               has_digit: bool) -> bool:
    """False only when the pattern cannot match the sentence (a cheap test that spares most regex runs)."""
    if needs is None:
        return has_digit
    if not ignore_case:
        return any(n in sentence for n in needs)
    return lower is None or any(n in lower for n in needs)


@dataclass(frozen=True)
class Hit:
    text: str
    start: int
    end: int
    date: Optional[str]
    granularity: Granularity
    relative: Optional[RelativeDate]




def _is_future(sentence: str, start: int, end: int, strict: bool = False) -> bool:
    """Does the clause around a day mention speak of the future ("will be followed by ... on Thursday")?

    `strict` leaves out "would", the future of a past report ("vowed Britain would leave on Oct. 31"): a day of
    the year is then the nearest one, while a weekday after "would" is still the coming one."""
    before = sentence[:start]
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    window = before[clause_starts[-1] if clause_starts else 0:]
    after = re.split(r"[,;.]", sentence[end:], maxsplit=1)[0]
    markers = [m.group(0).lower() for m in _FUTURE.finditer(window)]
    if strict:
        markers = [m for m in markers if m != "would"]
    return bool(markers or re.match(r"\s+(?:will|is expected|are expected)\b", after)
                or _INTRODUCES_FUTURE.match(sentence, end) and len(window.split()) <= 3)


#: A day opening its sentence as an introductory phrase, the main clause in the future after the comma
#: ("Beginning on January 20th 2017, safety will be restored", "On Monday, the board will meet").
_INTRODUCES_FUTURE = re.compile(r"[^,;.]{0,20},\s+(?:[\w’'-]+\s+){0,4}(?:will|shall|is expected to|are expected to)\b")


_SHIFT = {"last": -1, "this": 0, "next": 1}


def _full_date(m: re.Match, sentence: str) -> Optional[Hit]:
    """'January 12, 2022', '12 January 2022': a day on the calendar."""
    return _calendar_day(m, month_number(m["month"]))


def _iso_date(m: re.Match, sentence: str) -> Optional[Hit]:
    """'2022-01-12'."""
    return _calendar_day(m, int(m["month"]))


def _calendar_day(m: re.Match, month: int) -> Hit:
    return Hit(m.group(0), m.start(), m.end(), f"{m['year']}-{month:02d}-{int(m['day']):02d}", "day", None)


def _year_range(m: re.Match, sentence: str) -> Optional[Hit]:
    """'2014-2015'."""
    return Hit(m.group(0), m.start(), m.end(), f"{m['y1']}/{m['y2']}", "year", None)


def _month_year(m: re.Match, sentence: str) -> Optional[Hit]:
    """'January 2022'."""
    return Hit(m.group(0), m.start(), m.end(), f"{m['year']}-{month_number(m['month']):02d}", "month", None)


def _month_day(m: re.Match, sentence: str) -> Optional[Hit]:
    """'Jan. 12', '12 January': a named day ('July 4th holiday') or the nearest such day, the next when the
    clause speaks of the future."""
    text, start, end = m.group(0), m.start(), m.end()
    month, day = month_number(m["month"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    named = NAMED_DAYS.get((f"{month:02d}", f"{day:02d}"))
    if named and re.match(named[1], sentence[end:], re.I):
        return Hit(text, start, end, named[0], "day", None)
    mode: Mode = "next" if _is_future(sentence, start, end, strict=True) else ""
    return Hit(text, start, end, None, "day", RelativeDate("monthday", month, mode, day=day))


def _weekday_month_day(m: re.Match, sentence: str) -> Optional[Hit]:
    """'Friday, Dec. 6' / 'Saturday 22 March': the year whose Dec. 6 is a Friday."""
    month, day = month_number(m["month"]), int(m["day"])
    weekday = WEEKDAYS.index(m["wd"].lower()) + 1
    return Hit(m.group(0), m.start(), m.end(), None, "day", RelativeDate("monthday", month, day=day, weekday=weekday))


def _decade(m: re.Match, sentence: str) -> Optional[Hit]:
    """'the 1990s'."""
    return Hit(m.group(0), m.start(), m.end(), f"{m['decade']}s", "decade", None)


def _year(m: re.Match, sentence: str) -> Optional[Hit]:
    """'in 2014', unless the number counts something ('sent 2000 troops')."""
    text, start, end = m.group(0), m.start(), m.end()
    if year_used_as_count(sentence[:start] + text[:-4], sentence[end:]):
        return None                                   # "sent 2000 troops": a count, not a year
    if _TIME_OF_DAY.match(sentence[end:]):
        return None                                   # "near 1750 GMT": a time of day, not a year
    return Hit(text, start, end, m["year"], "year", None)


def _period_year(m: re.Match, sentence: str) -> Optional[Hit]:
    """A year named with its period ('fiscal 2021')."""
    return Hit(m.group(0), m.start(), m.end(), m["year"], "year", None)


def _day_of_month(m: re.Match, sentence: str) -> Optional[Hit]:
    """'the 12th of January (2022)'."""
    g = m.groupdict()
    text, start, end = m.group(0), m.start(), m.end()
    month, day = month_number(g["month"]), int(g["day"])
    if not 1 <= day <= 31:
        return None
    if g.get("year"):
        return Hit(text, start, end, f"{g['year']}-{month:02d}-{day:02d}", "day", None)
    mode: Mode = "next" if _is_future(sentence, start, end) else ""
    return Hit(text, start, end, None, "day", RelativeDate("monthday", month, mode, day=day))


def _end_of_year(m: re.Match, sentence: str) -> Optional[Hit]:
    """'by the end of this year': that December."""
    return Hit(m.group(0), m.start(), m.end(), None, "month", RelativeDate("year-end", _SHIFT[m['which'].lower()]))


_AGO_GRANULARITY: dict[str, Granularity] = {"days": "day", "weeks": "week", "months": "month", "years": "year"}


def _ago(m: re.Match, sentence: str) -> Optional[Hit]:
    """'three weeks ago', 'two decades ago' (20 years)."""
    n_text = m["n"].lower()
    n = _NUMBER_WORDS_AGO.get(n_text) or parse_number(n_text)
    unit = m["unit"].lower().rstrip("s") + "s"
    if unit == "decades":
        assert n is not None                     # the pattern only takes number words it knows
        n, unit = n * 10, "years"
    assert n is not None                         # the pattern only takes numbers it can read
    return Hit(m.group(0), m.start(), m.end(), None, _AGO_GRANULARITY[unit], RelativeDate("ago", int(n), unit=unit))


def _this_week(m: re.Match, sentence: str) -> Optional[Hit]:
    """'last week', 'earlier this week' (the days before the anchor), 'later this week'."""
    shift = _SHIFT[m["which"].lower()]
    pre = (m.groupdict().get("pre") or "").strip().lower()
    mode: Mode = "before" if pre == "earlier" else "after" if pre == "later" else ""
    return Hit(m.group(0), m.start(), m.end(), None, "week", RelativeDate("week", shift, mode))


def _week_of(m: re.Match, sentence: str) -> Optional[Hit]:
    """'the week of the talks': the anchor's week."""
    return Hit(m.group(0), m.start(), m.end(), None, "week", RelativeDate("week", 0))


def _sequel(m: re.Match, sentence: str) -> Optional[Hit]:
    """'the following year': after the date told before it."""
    shift = 1 if m["which"] in ("next", "following") else -1
    return Hit(m.group(0), m.start(), m.end(), None, m["unit"], RelativeDate("sequel", shift, unit=m["unit"]))


def _this_period(m: re.Match, sentence: str) -> Optional[Hit]:
    """'last month', 'next year'."""
    unit = m["unit"].lower()
    return Hit(m.group(0), m.start(), m.end(), None, unit, RelativeDate(unit, _SHIFT[m['which'].lower()]))


def _day_word(m: re.Match, sentence: str) -> Optional[Hit]:
    """'yesterday', 'today', 'tomorrow'."""
    shift = {"yesterday": -1, "tomorrow": 1}.get(m["word"].lower(), 0)
    return Hit(m.group(0), m.start(), m.end(), None, "day", RelativeDate("day", shift))


def _recent(m: re.Match, sentence: str) -> Optional[Hit]:
    """'recently', 'in recent days'."""
    return Hit(m.group(0), m.start(), m.end(), None, "vague", RelativeDate("recent"))


def _month_name(m: re.Match, sentence: str) -> Optional[Hit]:
    """'in March', 'last May': the last such month, or the next when named so or the clause is future."""
    pre = m["pre"].lower().strip()
    month = month_number(m["month"])
    future = pre == "next" or (pre not in ("last",) and _is_future(sentence, m.start(), m.end()))
    return Hit(m.group(0), m.start(), m.end(), None, "month", RelativeDate("monthname", month, "next" if future else ""))


def _weekday(m: re.Match, sentence: str) -> Optional[Hit]:
    """'on Wednesday': the last one, or the next ('next Friday', 'by Thursday', a future clause)."""
    g = m.groupdict()
    text, start, end = m.group(0), m.start(), m.end()
    pre = (g.get("pre") or "").lower()
    # "said Wednesday" keeps its verb and "The Monday session" its noun; a bare "the Monday" loses "the"
    if pre == "the" and not (g.get("after") or g.get("noun")):
        text, start = text[4:], start + 4
    number = WEEKDAYS.index(g["wd"].lower()) + 1
    deadline = pre in ("by", "until") and not _PAST_DEADLINE.search(sentence)     # "should ease by Thursday"
    future = pre == "next" or deadline or _is_future(sentence, start, end)
    mode: Mode = "last" if pre == "last" else "next" if future else ""
    return Hit(text, start, end, None, "day", RelativeDate("weekday", number, mode))


#: How to read a match of each pattern (by the pattern's name in _PATTERNS): one named rule each.
_READERS: dict[str, Callable[[re.Match, str], Optional[Hit]]] = {
    "full-mdy": _full_date, "full-dmy": _full_date, "iso": _iso_date, "year-range": _year_range,
    "month-year": _month_year, "month-day": _month_day, "day-month": _month_day,
    "weekday-month-day": _weekday_month_day, "weekday-day-month": _weekday_month_day, "decade": _decade, "year": _year, "period-year": _period_year,
    "day-of-month": _day_of_month, "end-of-year": _end_of_year, "ago": _ago, "this-week": _this_week,
    "week-of": _week_of, "sequel": _sequel, "this-period": _this_period, "day-word": _day_word,
    "recent": _recent, "month-name": _month_name, "may": _month_name, "weekday": _weekday,
}


def _hit(name: str, m: re.Match, sentence: str) -> Optional[Hit]:
    """Interpret one pattern match; None when it is not a date after all."""
    reader = _READERS.get(name)
    return reader(m, sentence) if reader else None


#: What follows a four-digit time of day ('1750 GMT', '0400 local time', '2100 hours').
_TIME_OF_DAY = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}T\b|local time|hours\b|hrs\b|h\b)")

#: A date line glued to the headline before it, in capitals ('… Bailout DealJUNE 19, 2012'), as text dumps of
#: news pages keep their related-story links: a full date, even without a space before it.
_CAPS_DATE_LINE = re.compile(r"(?<=[a-z])(?P<month>" + "|".join(m.upper() for m in MONTHS)
                             + rf") (?P<day>\d{{1,2}}), (?P<year>{_YEAR})\b")


@lru_cache(maxsize=32768)         # the sentences of 1 MB of text (`budget.ANALYSED_CHARS`)
def hits_in_sentence(sentence: str) -> tuple[Hit, ...]:
    """The dates a sentence states, in order.  Memoised: `date_mentions.date_sentence` reads the same sentences again."""
    hits: list[Hit] = [h for h in (_full_date(m, sentence) for m in _CAPS_DATE_LINE.finditer(sentence)) if h]
    lower = sentence.lower() if sentence.isascii() else None
    has_digit = _DIGIT.search(sentence) is not None
    for name, rx, needs, ignore_case in _GATED:
        if not _may_match(needs, ignore_case, sentence, lower, has_digit):
            continue
        for m in rx.finditer(sentence):
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            hit = _hit(name, m, sentence)
            if hit:
                hits.append(hit)
    return tuple(sorted(hits, key=lambda h: h.start))
