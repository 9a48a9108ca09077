"""Issue 15, session 14 (events14): rules found by building four BBC stories as a user would.  Every sentence
here is written for these tests (an invented story per rule), not taken from the dataset or the demo."""
from __future__ import annotations

from generator.consolidate.story import event_what, find_event
from generator.facts.date_mentions import find_dates
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body, dates=find_dates(body))


# A chart race: two of five reports mention, in their leads, a charity single for a flood appeal.
CHART = [
    source("a", "Venn set to top singles chart",
           ["Singer Rosa Venn is set to top the singles chart on Sunday.",
            "Her song will face a challenge from the flood charity single Rivers Rise."]),
    source("b", "Rapper beats Venn to number one",
           ["Rapper Kez Dune has denied Rosa Venn a third number one.",
            "Last week's leader slipped to fourth, with the Flood Relief record at eight."]),
    source("c", "Venn regains top spot",
           ["Rosa Venn is back at number one with the reissue of Salt Road."]),
    source("d", "Venn 'set for chart treble'",
           ["Rosa Venn is likely to score her third number one in three weeks."]),
    source("e", "Radio show turns to Venn tribute act",
           ["A radio show has booked a tribute act after Rosa Venn scored her number one."]),
]


def test_an_event_noun_only_a_minority_of_leads_name_and_no_title_is_an_aside_not_the_story():
    what, _ = event_what(CHART)
    assert what is None or "flood" not in what.lower()
    event = find_event(CHART, {}, None)
    assert event.what and "flood" not in event.what.lower() and "venn" in event.what.lower()


def test_an_event_noun_half_the_leads_name_still_names_the_story():
    """The rule leaves alone a noun as many leads name as not (two of four)."""
    what, _ = event_what(CHART[:4])
    assert what is not None and "flood" in what.lower()


# A minister's row: the poll's fieldwork is a range of days ('12-14 March'); the only year is a career step's.
ROW = [
    source("p", "Minister damaged by row, poll says",
           ["Most voters think the minister was damaged by the row, a poll suggests.",
            "Pollsters questioned 1,200 adults online on 12-14 March. She resigned on Wednesday."]),
    source("q", "Row should end, says party leader",
           ["The party leader said on Tuesday it was time to move on from the row.",
            "The minister was appointed to the post in May 2003."]),
]


def test_the_last_day_of_a_range_of_days_does_not_date_the_story():
    from generator.facts.story_year import span_end, story_anchor
    assert span_end(ROW[0], 2, "14 March")
    assert not span_end(ROW[0], 2, "Wednesday")
    anchor = story_anchor(ROW, dated=False)[0]     # was 2004-03-09: the Tuesday before '14 March' after May 2003
    assert anchor is None
    assert find_event(ROW, {}, anchor).when is None


# A cup final, and a later report on the winner's next season: 'began 2006 with a win' is when she did that.
FINAL = [
    source("f", "Ostrova wins cup for Norway",
           ["Norway won the Nordic Cup when Ida Ostrova beat Lena Paasi in the final in Bergen in October."]),
    source("g", "Ostrova skips next cup campaign",
           ["Ida Ostrova will not help Norway defend the Nordic Cup they won in Bergen in October.",
            "Ostrova began 2006 with victory in the Oslo Open on Sunday."]),
]


def test_a_year_a_verb_of_beginning_takes_as_its_object_does_not_date_the_story():
    from generator.consolidate.period import attribute_year, story_period
    assert not attribute_year(FINAL[1], 2, "2006")
    assert story_period(FINAL) is None              # was '2006-10': October of the year the next season began
    assert find_event(FINAL, {}, None).when is None


def test_an_event_named_like_a_person_gets_no_person_page():
    from generator.mentions.names import find_people
    body = ["Spain won the Davis Cup on Sunday, and the Flora London Marathon drew 30,000 runners.",
            "Coach Jordi Arrese said the Davis Cup win was the best of his career."]
    assert sorted(p.name for p in find_people(body)) == ["Jordi Arrese"]


def test_one_sentence_dated_twice_is_one_timeline_row():
    # two mention groups of one date whose labels cut to the same sentence ('… came in 2001, when they beat Chile
    # in Oslo' / '… came two years ago in Bergen, …'): one row with every source
    from generator.consolidate.timeline import _one_row_each
    from generator.model.briefing import TimelineEvent
    line = "Norway's only other cup title came in 2001."
    rows = _one_row_each([TimelineEvent("2001", line, ["a", "b"]), TimelineEvent("2001", line, ["c"]),
                          TimelineEvent("2002", "The coach resigned.", ["a"])])
    assert [(r.date, r.sources) for r in rows] == [("2001", ["a", "b", "c"]), ("2002", ["a"])]


def test_a_person_named_again_by_given_names_only_is_one_person():
    from generator.mentions.names import find_people
    body = ["Juan Pablo Ortega and Tom Hale lost the doubles on Saturday.",
            "\"Juan Pablo hasn't played at all badly,\" the captain said."]
    assert sorted(p.name for p in find_people(body)) == ["Juan Pablo Ortega", "Tom Hale"]
