"""Month and weekday names (data/months.txt, data/weekdays.txt): the one definition every stage matches."""
from __future__ import annotations

from generator.lexicon.load import rows

#: 'january' … 'december' (index + 1 = month number).
MONTHS: tuple[str, ...] = tuple(row[0] for row in rows("months"))
#: Abbreviation -> month number: 'jan' 1 … 'sep' 9, 'sept' 9 … 'dec' 12 (May has none).
MONTH_ABBREVIATIONS: dict[str, int] = {a: n for n, row in enumerate(rows("months"), start=1) for a in row[1:]}
#: Every English month word, names and abbreviations, lower case.
MONTH_WORDS: frozenset[str] = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
#: 'monday' … 'sunday' (index + 1 = ISO weekday).
WEEKDAYS: tuple[str, ...] = tuple(row[0] for row in rows("weekdays"))
#: 'mon' … 'sun'.
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(row[1] for row in rows("weekdays"))
#: Capitalised names as text writes them ('January', 'Monday').
MONTH_NAMES: tuple[str, ...] = tuple(m.capitalize() for m in MONTHS)
WEEKDAY_NAMES: tuple[str, ...] = tuple(d.capitalize() for d in WEEKDAYS)


def month_number(word: str) -> int:
    """'January', 'jan.', 'Sept' -> 1, 1, 9; KeyError for a word that is no English month."""
    key = word.lower().rstrip(".")
    return MONTHS.index(key) + 1 if key in MONTHS else MONTH_ABBREVIATIONS[key]


#: Every month word of every language we read dates in -> its number: the English names and abbreviations, then
#: data/months-other-languages.txt ('janeiro', 'janv', 'января').
MONTH_NUMBERS_ANY_LANGUAGE: dict[str, int] = {}
for _number, (_english, _other) in enumerate(zip(rows("months"), rows("months-other-languages")), start=1):
    for _form in _english + _other:
        MONTH_NUMBERS_ANY_LANGUAGE.setdefault(_form, _number)
#: Every weekday word of every language we read date stamps in ('monday', 'mon', 'segunda', 'lunedì').
WEEKDAY_WORDS_ANY_LANGUAGE: tuple[str, ...] = WEEKDAYS + WEEKDAY_ABBREVIATIONS + tuple(
    form for row in rows("weekdays-other-languages") for form in row)
