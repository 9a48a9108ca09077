"""A calendar day written in a line of text, in the forms news pages print their date lines in.

"Nov. 20, 2019 5:52 AM EST", "20 November 2019", "Wednesday, 12 January 2022", "2019-11-20", "20.11.2019",
"11/20/2019", "12 de janeiro de 2022", "20 ноября 2019", "2018年8月16日".  Month names in the languages
of the pages news readers collect most (English, Portuguese, Spanish, Italian, French, German, Dutch,
Russian, Indonesian); numeric day/month order is read as day first when the first number cannot be a
month, month first otherwise (the US order of English pages).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator.lexicon.calendar import MONTH_NAMES, MONTH_NUMBERS_ANY_LANGUAGE

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTH_NUMBERS_ANY_LANGUAGE), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DAY = r"(?:[0-2]?\d|3[01])"
_PATTERNS = (
    ("mdy", re.compile(rf"(?<!\w)(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:st|nd|rd|th)?\.?,?\s+(?P<year>{_YEAR})(?:\b|(?=\d{{1,2}}:\d\d))", re.I)),
    ("dmy", re.compile(rf"(?<![\w.])(?P<day>{_DAY})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+|of\s+)?(?P<month>{_MONTH}),?"
                       rf"\s+(?:de\s+)?(?P<year>{_YEAR})\b", re.I)),
    ("iso", re.compile(rf"(?<![\d/.])(?P<year>{_YEAR})[-/.](?P<month>[01]?\d)[-/.](?P<day>{_DAY})(?![\d/.])")),
    ("cjk", re.compile(rf"(?P<year>{_YEAR})\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>{_DAY})\s*[日일]")),
    ("numeric", re.compile(rf"(?<![\d/.:])(?P<a>{_DAY})[/.](?P<b>{_DAY})[/.](?P<year>{_YEAR}|\d\d)(?![\d/.])")),
)


def _month(text: str) -> Optional[int]:
    return MONTH_NUMBERS_ANY_LANGUAGE.get(text.lower().rstrip("."))


def _day(year: int, month: Optional[int], day: int) -> Optional[str]:
    if not month:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_day(text: str) -> Optional[tuple[str, tuple[int, int]]]:
    """(ISO day, (start, end) of its words) of the first full date in `text`, or None."""
    best: Optional[tuple[str, tuple[int, int]]] = None
    for name, pattern in _PATTERNS:
        for found in pattern.finditer(text):
            if best is not None and found.start() >= best[1][0]:
                break
            if name == "numeric":
                a, b, year = int(found["a"]), int(found["b"]), int(found["year"])
                year += 2000 if year < 100 else 0
                month, day = (b, a) if a > 12 else (a, b)
                iso = _day(year, month, day)
            else:
                named = int(found["month"]) if found["month"].isdigit() else _month(found["month"])
                iso = _day(int(found["year"]), named, int(found["day"]))
            if iso:
                best = (iso, found.span())
                break
    return best


def human_date(iso: Optional[str]) -> Optional[str]:
    """'2022-01-12' -> '12 January 2022'; '2022-01' -> 'January 2022'; '2014-02/2014-05' -> 'February – May
    2014'; anything else unchanged."""
    if not iso:
        return None
    text = str(iso)
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?)?", text)
    if m and 1 <= int(m.group(2)) <= 12:
        month = MONTH_NAMES[int(m.group(2)) - 1]
        return f"{int(m.group(3))} {month} {m.group(1)}" if m.group(3) else f"{month} {m.group(1)}"
    if re.fullmatch(r"[^/]+/[^/]+", text):            # ISO interval "2012/2018"
        start, end = text.split("/")
        first, last = human_date(start) or start, human_date(end) or end
        if re.fullmatch(r"\d{4}-\d\d", start) and start[:4] == end[:4] and re.fullmatch(r"\d{4}-\d\d", end):
            first = first.rsplit(" ", 1)[0]             # 'February – May 2014'
        return f"{first} – {last}"
    return text
