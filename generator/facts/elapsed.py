"""How long after the story's day an undated source was written, as its lede says: 'Kan Friday night marked
three weeks since the deadly tsunami', 'Almost a week after the deadliest terrorist attack …, ministers have
been summoned … tomorrow'.

An undated source's weekdays and 'tomorrow' are read against the story's day (`facts.stage.finish_corpus`).
When its lede (first paragraphs) counts days or weeks since a happening (an event noun), it was written that
long after the story's day, so its 'Friday' is the Friday three weeks on, not the day of the quake.  Months
are too coarse to place a weekday, and a happening named by no event noun ('a day after the prime minister
spoke') is not the story's, so neither moves the day."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator.lexicon.events import EVENT_KINDS
from generator.lexicon.numbers import NUMBER_WORD
from generator.text.numerals import parse_number

#: The lede: the paragraphs that say when the report stands (a later 'a week after the attacks' tells history).
LEDE_PARAGRAPHS = 3
#: Longest gap read (weeks): beyond it the story's week says little of a weekday's.
MAX_DAYS = 56
_UNIT_DAYS = {"day": 1, "week": 7}
_HEDGES = ("almost", "nearly", "just under")
_ELAPSED = re.compile(
    rf"\b(?:(?P<hedge>{'|'.join(_HEDGES)}|about|some|more than|over|exactly|just) )?"
    rf"(?P<amount>\d{{1,2}}|{NUMBER_WORD}|an?) (?P<unit>day|week)s? (?:since|after|on from) the "
    r"(?P<what>(?:[\w'’-]+ ){0,2}[\w'’-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Elapsed:
    """Days from the story's day to the writing, and the words that say so."""
    days: int
    phrase: str


def _happening_end(words: str) -> Optional[int]:
    """Where the event noun among the words ends ('deadly tsunami ripped' -> after 'tsunami'), or None."""
    for m in re.finditer(r"[a-z]+", words.lower()):
        word = m.group(0)
        if word in EVENT_KINDS or (word.endswith("s") and word[:-1] in EVENT_KINDS):
            return m.end()
    return None


def lede_elapsed(body: list[str]) -> Optional[Elapsed]:
    """The days the lede says have passed since a happening, or None (no such phrase, or over `MAX_DAYS`)."""
    for paragraph in body[:LEDE_PARAGRAPHS]:
        for m in _ELAPSED.finditer(paragraph):
            end = _happening_end(m.group("what"))
            if end is None:
                continue
            amount = parse_number(m.group("amount").lower())
            if not isinstance(amount, int) or amount < 1:
                continue
            days = amount * _UNIT_DAYS[m.group("unit").lower()]
            if (m.group("hedge") or "").lower() in _HEDGES:
                days -= 1                                   # 'almost a week': written before the day
            if 0 < days <= MAX_DAYS:
                return Elapsed(days, paragraph[m.start():m.start("what") + end])
    return None
