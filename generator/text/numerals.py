"""Numbers as written in news: digits with thousands separators ("100,000", "1.5 million"), number words
("four", "twenty-five", "three hundred") and the hedges before them ("more than", "nearly"), read to values.
Kept apart from `numbers`, which decides what a number counts, so dates and sums of money (`money`) can read
a figure without pulling in the unit rules.
"""
from __future__ import annotations

import re
from typing import Optional

UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
NUMBER_WORDS_RUN = rf"(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))?(?: (?:hundred|thousand|million|billion))*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:(?:{DIGITS})(?: (?:million|billion|thousand))?|{NUMBER_WORDS_RUN})"

#: Hedges before a number, longest first so "more than" wins over "more".
QUALIFIERS = (
    "more than", "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as",
    "an estimated", "some", "around", "about", "approximately", "roughly", "nearly", "almost", "over",
    "under", "only", "just", "barely", "close to", "upwards of", "below", "above",
)
QUALIFIER_PATTERN = "|".join(re.escape(q) for q in QUALIFIERS)


_FIGURE = re.compile(r"([\d,]+(?:\.\d+)?)(?: (million|billion|thousand))?")


def parse_number(text: str) -> Optional[int | float]:
    """'100,000' -> 100000, 'four' -> 4, 'twenty-five' -> 25, '1.5 million' -> 1500000, 'an' -> 1."""
    t = text.strip().lower().replace("-", " ")
    if t in ("a", "an", "once"):
        return 1
    if t == "twice":
        return 2
    m = _FIGURE.fullmatch(t)
    if m:
        base = float(m.group(1).replace(",", ""))
        if m.group(2):
            base *= SCALE_WORDS[m.group(2)]
        return int(base) if base.is_integer() else base
    total, current = 0, 0
    for word in t.split():
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALE_WORDS:
            total += max(current, 1) * SCALE_WORDS[word]
            current = 0
        elif word != "and":
            return None
    return total + current if (total or current) else None
