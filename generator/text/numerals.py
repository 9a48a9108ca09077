"""Numbers as written in news: digits with thousands separators ("100,000", "1.5 million"), number words
("four", "twenty-five", "three hundred") and the hedges before them ("more than", "nearly"), read to values.
Kept apart from `numbers`, which decides what a number counts, so dates and sums of money (`money`) can read
a figure without pulling in the unit rules.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.numbers import LARGE_SCALE, NUMBER_WORD, SCALE_WORDS, TENS_WORDS, UNITS_WORDS

NUMBER_WORDS_RUN = rf"(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))?(?: (?:{'|'.join(SCALE_WORDS)}))*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:(?:{DIGITS})(?: (?:{LARGE_SCALE}))?|{NUMBER_WORDS_RUN})"

#: Hedges before a number, longest first so "more than" wins over "more".
QUALIFIERS = (
    "more than", "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as",
    "an estimated", "some", "around", "about", "approximately", "roughly", "nearly", "almost", "over",
    "under", "only", "just", "barely", "close to", "upwards of", "below", "above",
)
QUALIFIER_PATTERN = "|".join(re.escape(q) for q in QUALIFIERS)


_FIGURE = re.compile(rf"([\d,]+(?:\.\d+)?)(?: ({LARGE_SCALE}))?")


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


def counted(n: int, noun: str, plural_form: str | None = None) -> str:
    """'1 conflict', '4 conflicts', '0 sources': the one place a count and its noun agree in what we print."""
    return f"{n} {noun if n == 1 else (plural_form or noun + 's')}"
