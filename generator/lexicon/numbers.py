"""Number words ('four', 'twenty', 'million') and their values (data/number-words.txt): the one list that reading
a figure (`text.numerals`), dates ('five days ago') and facts share."""
from __future__ import annotations

from generator.lexicon.load import entries, pairs

_VALUES: dict[str, int] = {word: int(value) for word, value in pairs("number-words").items()}
#: 'one' … 'nineteen' -> 1 … 19.
UNITS_WORDS: dict[str, int] = {w: v for w, v in _VALUES.items() if v < 20}
#: 'twenty' … 'ninety' -> 20 … 90.
TENS_WORDS: dict[str, int] = {w: v for w, v in _VALUES.items() if 20 <= v < 100}
#: 'hundred', 'thousand', 'million', 'billion': they multiply what comes before them.
SCALE_WORDS: dict[str, int] = {w: v for w, v in _VALUES.items() if v >= 100}
#: The scales written after digits ('1.5 million', '10 thousand'; never '5 hundred'), as a regex alternation.
LARGE_SCALE = "|".join(w for w, v in SCALE_WORDS.items() if v >= 1000)
#: A regex alternation of the words for 1 to 99 that stand alone ('seventeen' tried before 'seven').
NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
#: Securities named by their term ('10-year bonds', 'the two-year note'): after 'N-year' a maturity, no duration.
MATURITY_NOUNS: frozenset[str] = frozenset(entries("maturity-nouns"))
