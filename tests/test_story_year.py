"""Issue 15: the year of an undated story that never writes its own year.  The sentences are written for these
tests in wire style (a dockers' strike in a port city), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.facts.dates import find_dates
from generator.facts.story_year import past_floor, story_anchor
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title="Dockers strike"), body=body,
                    dates=find_dates(body))


def test_a_day_without_its_year_falls_after_the_months_the_text_puts_in_the_past():
    """'first called in October 2016' dates the story after October 2016: the lead's '6 March' (a Monday, the
    weekday the sources name) is 6 March 2017, not 6 March 2016."""
    a = source("a", ["Dockers walked out on 6 March, halting the port on Monday.",
                     "The strike, first called in October 2016, was postponed twice."])
    b = source("b", ["The port was shut on Monday as dockers walked out on 6 March.", "Talks failed."])
    assert str(past_floor([a, b])) == "2016-10-01"
    anchor, basis = story_anchor([a, b])
    assert anchor == "2017-03-06", basis


def test_a_future_month_or_an_upper_bound_is_no_floor():
    """'a new contract is due in June 2018' and 'talks run until May 2017' speak of what has not happened yet."""
    a = source("a", ["Dockers walked out on 6 March.", "A new contract is due in June 2018.",
                     "Talks run until May 2017, the union said."])
    assert past_floor([a]) is None
