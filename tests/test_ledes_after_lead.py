"""Issue 15: a story told by few sources whose developments are few takes its sources' statements after the
lead as developments, in reading order.  The sentences are written for these tests (a city's new tram line,
told by two articles), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.ledes import after_lead
from generator.consolidate.stage import consolidate
from generator.model.briefing import Briefing, Passage, SourceInfo, SummaryFact

NEWS = Briefing(source=SourceInfo(id="news", file="news.txt", title="City opens its first tram line"), body=[
    "The city opened its first tram line on the east side of the river this morning.",
    "The line runs eleven stops between the station and the hospital.",
    "Crowds queued at every stop for the first rides of the day.",
    "“We waited thirty years for this,” one rider said.",
    "Trams will run every six minutes at peak hours and every ten minutes at night.",
    "It cost more than planned.",
    "Tickets bought for the buses are valid on the trams until the end of the year.",
])
FEATURE = Briefing(source=SourceInfo(id="feature", file="feature.txt", title="A tram for the east side"), body=[
    "Residents of the east side have long complained about slow buses.",
    "Many of them drove to work instead.",
    "The tram now links their streets to the centre.",
    "A second line to the airport is being studied by the transport authority.",
])


def test_statements_after_the_lead_come_in_reading_order_without_quotes_or_pronoun_openings():
    more = after_lead([NEWS, FEATURE], [], None, 3)
    assert [f.statement for f in more] == [
        "A second line to the airport is being studied by the transport authority.",
        "Trams will run every six minutes at peak hours and every ten minutes at night.",
        "Tickets bought for the buses are valid on the trams until the end of the year."]
    assert [f.sources for f in more] == [["feature"], ["news"], ["news"]]
    assert after_lead([NEWS, FEATURE], [], None, 0) == []


def test_a_statement_a_development_already_tells_is_not_taken_again():
    told = SummaryFact(id="told", statement="Trams run often.", sources=["news"], evidence={
        "news": Passage(5, "Trams will run every six minutes at peak hours and every ten minutes at night.")})
    more = after_lead([NEWS, FEATURE], [told], None, 3)
    assert "Trams will run every six minutes at peak hours and every ten minutes at night." not in \
        [f.statement for f in more]


def test_a_story_of_two_sources_shows_what_its_articles_say_after_their_leads():
    summary = consolidate([NEWS, FEATURE])
    shown = [f.statement for f in summary.facts if not f.background]
    assert "Trams will run every six minutes at peak hours and every ten minutes at night." in shown
    assert "A second line to the airport is being studied by the transport authority." in shown
    assert not any(s.startswith(("“", "It cost")) for s in shown)
