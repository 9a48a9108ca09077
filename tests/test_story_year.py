"""Issue 15: the year of an undated story that never writes its own year.  The sentences are written for these
tests in wire style (a dockers' strike in a port city), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from dataclasses import replace

from generator.facts.date_mentions import find_dates
from generator.facts.story_year import future_ceiling, past_floor, story_anchor
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


def test_a_goal_set_by_a_month_keeps_the_days_without_their_year_before_it():
    """'aims to move a million containers by March 2017' is a goal ahead of the story: the only year written, it
    must not put '2 December' (the strike's start) in 2017, so the Saturday the sources name is the one before 2
    December 2016 (it was 25 November 2017)."""
    a = source("a", ["The port's owners aim to move a million containers by March 2017.",
                     "Dockers walked out on 2 December."])
    b = source("b", ["The port was still shut on Saturday.", "Talks failed."])
    assert str(future_ceiling([a, b])) == "2017-03-31"
    anchor, basis = story_anchor([a, b])
    assert anchor == "2016-11-26", basis
    done = source("c", ["The port had moved a million containers by March 2017.", "Dockers walked out on 2 December."])
    assert future_ceiling([done]) is None               # a past total by a month is no goal


def test_a_future_month_or_an_upper_bound_is_no_floor():
    """'a new contract is due in June 2018' and 'talks run until May 2017' speak of what has not happened yet."""
    a = source("a", ["Dockers walked out on 6 March.", "A new contract is due in June 2018.",
                     "Talks run until May 2017, the union said."])
    assert past_floor([a]) is None


def test_the_ends_of_a_span_give_the_story_no_year():
    """'a right to sell between January 2011 and July 2016' bounds an option, it dates no happening of the
    story: with no other year written and no source dated, '1 March' gets no year (it was guessed from 2016)."""
    a = source("a", ["Dockers and the port have until midnight on 1 March to settle their row.",
                     "The 2009 deal gave the union a right to strike between January 2011 and July 2016."])
    b = source("b", ["Union leaders will meet the port's owners on Tuesday.", "Talks failed last week."])
    assert past_floor([a, b]) is None
    anchor, basis = story_anchor([a, b])
    assert anchor is None, basis
    c = source("c", ["Talks ran from May to June 2016, when the strike was called off."])
    assert past_floor([c]) is None
    d = source("d", ["The port stayed open from June 2014 until the strike."])     # a span's start that happened
    assert str(past_floor([d])) == "2014-06-01"


def test_a_label_never_stops_before_its_main_clause():
    """Cuts that end inside a subordinate clause, on a relative clause's verb, or before a colon are no label."""
    from generator.text.clauses import short_clause
    whole = ("The mayor said that when the river crests on Thursday, crews will close the old bridge to all "
             "traffic for a week.")
    assert short_clause(whole) == whole                     # the whole sentence is fine
    assert short_clause(whole, max_words=15) is None        # 'The mayor said that when … on Thursday.' is not
    owners = short_clause("Shop owners who lost stock before the flood warning, when the levee was still dry, and "
                          "who file by Friday will be paid in full, the mayor said.")
    assert owners == ("Shop owners who lost stock before the flood warning, when the levee was still dry, and who "
                      "file by Friday will be paid in full.")   # not cut before ', when'
    assert short_clause("The levee failed when the river rose overnight, officials said.") == \
        "The levee failed when the river rose overnight."
    said = short_clause("Asked about the delay, the engineer said: “We warned them about the pumps for years "
                        "and nobody listened to us at the council.”", max_words=12)
    assert said != "Asked about the delay, the engineer said."


def test_two_facts_shown_with_one_sentence_are_one_headline():
    from generator.consolidate.developments import rank
    from generator.model.briefing import Passage, SummaryFact
    text = "Crews closed the old bridge on 4 May after the river rose by 3 metres."
    count = SummaryFact(id="metres-3", statement=text, value=3, unit="metres", sources=["a", "b"],
                        evidence={"a": Passage(1, text), "b": Passage(2, text)})
    day = SummaryFact(id="date-2019-05-04", statement=text[:-1] + ": 2019-05-04.", value="2019-05-04",
                      unit="date", sources=["b", "c"],
                      evidence={"b": Passage(2, text), "c": Passage(1, text)})
    ranked = rank([count, day], 2019)
    assert [f.statement for f in ranked] == [text]
    assert ranked[0].sources == ["a", "b", "c"]


def test_a_work_written_like_a_name_gets_no_person_page():
    """'the documentary Harbour Lights' and 'Salt Roads, a memoir by …' are works; their author is a person."""
    from generator.model.briefing import Entity, Summary
    from generator.site.entity_pages import people
    body = ["The union screened the documentary Harbour Lights at the port on Monday.",
            "Salt Roads, a memoir by docker Ellen Marsh, sold out.", "Ellen Marsh spoke after the screening."]
    b = Briefing(source=SourceInfo(id="a", file="a.txt", title="Dockers strike"), body=body)
    c = Briefing(source=SourceInfo(id="c", file="c.txt", title="Port film"), body=["Polls show Marsh ahead."])
    summary = Summary(entities=[Entity(name=n, kind="person", sources=["a", "c"])
                                for n in ("Harbour Lights", "Salt Roads", "Ellen Marsh")])
    assert [p.name for p in people(summary, [b, c])] == ["Ellen Marsh"]


def test_the_home_line_does_not_repeat_the_title_and_says_how_undated_sources_are_dated():
    from generator.model.briefing import Summary, SummaryEvent
    from generator.site.page_model import event_line
    event = SummaryEvent(what="Dockers strike", where="Rotterdam", when="2017-03-06")
    summary = Summary(title="Dockers strike, Rotterdam, 6 March 2017", event=event)
    undated = [source("a", ["Dockers walked out on Monday."]), source("b", ["The port was shut."])]
    line = event_line(summary, undated, [])
    assert (line.where, line.when) == (None, None)          # the title says both
    assert "No source carries a date of its own" in (line.dating or "")
    dated = Briefing(source=SourceInfo(id="c", file="c.txt", title="Port shut", published="2017-03-07"), body=["x"])
    assert (event_line(summary, [undated[0], dated], []).dating or "").startswith("1 of 2 sources")
    assert event_line(summary, [dated], []).dating is None


def test_the_place_of_one_happening_is_compared_across_sources():
    """Two sources put Monday's derailment in different towns: a conflict.  The strike 'in Rotterdam' and 'in
    Europoort' is none, as a source names both together; a source that puts the derailment in two towns on
    one day speaks of two derailments."""
    from generator.consolidate.place_conflicts import place_conflicts
    places = {n: n for n in ("Arnhem", "Zwolle", "Rotterdam", "Europoort", "Deventer")}

    def src(sid: str, body: list[str]) -> Briefing:
        return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title="Rail"), body=body,
                        dates=[replace(d, date="2017-03-06") for d in find_dates(body) if d.relative])
    a = src("a", ["A freight train came off the rails on Monday: the derailment in Arnhem blocked the line."])
    b = src("b", ["The derailment near Zwolle on Monday blocked the main line for hours."])
    c = src("c", ["The strike in Rotterdam on Monday closed the port.", "Europoort, the Rotterdam harbour, was shut."])
    d = src("d", ["The strike at Europoort on Monday left ships waiting."])
    found = place_conflicts([a, b, c, d], places)
    assert [(x.attribute, sorted(v.value for v in x.values)) for x in found] == [("place", ["Arnhem", "Zwolle"])]
    e = src("e", ["The derailment in Deventer on Monday and the derailment in Zwolle on Monday were unrelated."])
    assert place_conflicts([a, e], places) == []


def test_a_day_without_its_year_never_falls_before_the_floor_even_when_the_year_before_fits_its_weekday():
    """'went bust in December 2015' puts the story after December 2015; '15 January' was a Friday in 2016 and a
    Thursday in 2015: the sources name Thursday, yet the day is 15 January 2016, not the year before the floor."""
    a = source("a", ["The founder was questioned by prosecutors on 15 January.",
                     "The dairy firm went bust in December 2015 after a hole was found in its accounts."])
    b = source("b", ["In a statement issued on Thursday night, the firm detailed its plans.", "Shares rose."])
    anchor, basis = story_anchor([a, b])
    assert anchor is not None and anchor >= "2016-01-01", basis


def test_before_the_end_of_a_month_is_an_upper_bound_not_the_past():
    a = source("a", ["A verdict is expected before the end of February.", "The port was shut in December."])
    assert past_floor([a]) is None or str(past_floor([a])).endswith("-12-01")
    from generator.facts.story_year import past_mention
    assert not past_mention(a, 1, "end of February")


def test_the_day_of_a_happening_the_story_follows_gives_it_no_day_and_no_year():
    """'rules brought in after the port fire on 3 August 2009' and 'held since May 2011' date what came before the
    story: with no other year written and no source dated, Monday's walk-out gets no day (it was put in August
    2009, the only full date), yet both still bound the story from below."""
    a = source("a", ["Dockers walked out on Monday over new safety rules.",
                     "The rules replace those brought in after the port fire on 3 August 2009."])
    b = source("b", ["The port was shut on Monday.", "Two union leaders have been held since May 2011."])
    anchor, basis = story_anchor([a, b])
    assert anchor is None, basis
    assert str(past_floor([a, b])) == "2011-05-01"
    c = source("c", ["Dockers walked out on Monday, 3 August 2009, over new safety rules."])
    assert story_anchor([a, c])[0] == "2009-08-03"       # the story's own full date still dates it


def test_a_year_before_a_deal_dates_that_deal_not_the_story():
    """'its 2001 acquisition of a futures exchange' is background: with 'in December' alone the story gets no year
    (it read 'December 2001' for a story of 2004-05)."""
    from generator.consolidate.period import story_period
    a = source("a", ["The exchange rejected the proposed offer in December.",
                     "The rival already has a presence in London due to its 2001 acquisition of a futures exchange."])
    b = source("b", ["Bosses of the two exchanges are to meet on Monday.", "Talks failed in December."])
    assert story_period([a, b]) is None
    c = source("c", ["The 2014 flagship went on sale in April."])
    assert story_period([c]) == "2014-04"


def test_a_day_opening_a_sentence_in_the_future_is_no_floor():
    """'Beginning on 1 March 2018, the port will open at night': the day is ahead of the story, no floor of it."""
    a = source("a", ["Dockers walked out on Monday.", "Beginning on 1 March 2018, the port will open at night."])
    assert past_floor([a]) is None
    b = source("b", ["Dockers walked out on Monday.", "On 1 March 2016, the port opened at night."])
    assert str(past_floor([b])) == "2016-03-01"


def test_a_deadline_after_until_gives_an_undated_story_no_year():
    """'The government has until June 2016 to hold the election' is a deadline, not a day of the story: the year
    stays the one the text gives the story itself, never the deadline's."""
    from generator.facts.story_year import dates_story
    from tests.stories import titled_source
    b = titled_source("e1", "Premier ready to call election", [
        "The premier will announce on Monday that the general election will be on 5 May.",
        "The government officially has until June 2016 to hold the election."])
    until = [m for m in b.dates if "2016" in (m.date or "")]
    assert until and not dates_story(b, until[0])
