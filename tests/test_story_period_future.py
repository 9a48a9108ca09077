"""Issue 15: a year still to come is never the story's period.  The sentences are written for these tests (a
town council's budget row and a club's new stadium), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.period import story_period, story_year
from generator.facts.date_mentions import find_dates
from generator.facts.story_year import present_before
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, title: str, body: list[str], published: str | None = None) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title, published=published), body=body,
                    dates=find_dates(body))


def test_a_year_inside_a_present_tense_before_clause_is_still_to_come():
    council = [source("a", "Councillors reject the budget", [
        "The council threw out the mayor's budget, citing the 2011 audit.",
        "My advice to the mayor: before we enter the 2019 campaign season, listen to the libraries."]),
        source("b", "Budget voted down", ["Councillors voted down the budget, a year after the 2011 audit."])]
    assert story_year(council) == 2011
    assert story_period(council) == "2011"


def test_a_before_clause_in_the_past_still_dates_the_past():
    assert present_before("The library closed before we enter the ")
    assert present_before("It must change until it’s the ")
    assert not present_before("The library closed before we entered the ")
    assert not present_before("He resigned before he took the ")
    assert not present_before("He resigned before they would hold the ")
    assert not present_before("He resigned before the ")          # no clause: an upper bound, told elsewhere
    past = [source("a", "Coach leaves the club", ["The coach left before he took the 2015 squad to the final."]),
            source("b", "Coach gone", ["The club confirmed the coach's exit."])]
    assert story_year(past) == 2015


def test_a_year_after_every_source_s_publication_is_never_the_period():
    stadium = [source("a", "Club unveils stadium plans", ["The club unveiled plans for its 2018 stadium.",
                                                          "Fans saw the 2016 designs in March."], "2016-05-02"),
               source("b", "A new home for the club", ["The 2016 plans were shown to fans."], "2016-05-03")]
    assert story_year(stadium) == 2016
    undated = [source(b.source.id, b.source.title or "", b.body) for b in stadium]
    assert story_year(undated) == 2018        # without publication dates the rule has nothing to go by
