"""Issue 15: when no source is dated and no lead states the story's day, the event's `when` is the month or
year the text supports, never a guessed day.  The sentences are written for these tests (a party congress and
a car maker's new model), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.period import period_bounds, story_period
from generator.consolidate.story import event_where, find_event, in_story, title_line
from generator.facts.date_mentions import find_dates
from generator.model.briefing import Briefing, Entity, SourceInfo, Summary, SummaryEvent
from generator.site.page_model import _dating, event_line
from generator.text.days import human_date


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body, dates=find_dates(body))


CONGRESS = [
    source("a", "Party congress opens", ["The party's leader opened the congress on Thursday night.",
                                          "Delegates approved the party's 2019 manifesto in the first session."]),
    source("b", "Leader speaks to delegates", ["The leader spoke for an hour on Thursday.",
                                               "The party last met in this second week of March in Leeds, "
                                               "a delegate recalled."]),
    source("c", "Congress reviews", ["Commentators praised the speech.", "The vote comes on Saturday."]),
]
LAUNCH = [
    source("x", "Carmaker unveils its new saloon", ["The company has just unveiled the new saloon.",
                                                     "It will go on sale in June.", "Its 2021 model sold well."]),
    source("y", "New saloon revealed", ["The 2022 edition is lighter.", "Deliveries will begin in June, it said."]),
]


def test_a_month_the_text_puts_in_the_present_dates_the_story_to_that_month_of_its_latest_year():
    assert story_period(CONGRESS) == "2019-03"
    event = find_event(CONGRESS, {}, None)
    assert event.when == "2019-03" and title_line(event) == "Party congress opens, March 2019"
    assert title_line(SummaryEvent(when="2019-03")) is None          # a date alone is no title


def test_a_month_said_of_the_future_is_not_the_story_s_only_the_year_is_known():
    """'It will go on sale in June': the story lies before June, in the latest year the text writes."""
    assert story_period(LAUNCH) == "2022"
    assert period_bounds("2022") is None                     # too wide to sort the timeline by
    assert _dating(LAUNCH, "2022") == ("No source carries a date of its own and no lead states the story's day: "
                                       "the text dates the story only to 2022; weekdays and 'yesterday' in the "
                                       "sources are left undated.")
    assert "estimated" not in (_dating(LAUNCH, None) or "")


def test_months_named_by_as_many_sources_make_a_range_and_the_timeline_follows_the_month():
    two = [source("p", "Sales slow", ["Sales rose in February, the firm said.", "The 2020 figures were weak."]),
           source("q", "Profit falls", ["Profit fell in May."])]
    assert story_period(two) == "2020-02/2020-05"
    assert human_date("2020-02/2020-05") == "February – May 2020"
    month = SummaryEvent(what="Sales", when="2020-02")
    assert in_story("2020-02-10", month) and in_story("2020-04-20", month) and not in_story("2020-01-31", month)
    assert not in_story("2020-05-10", SummaryEvent(what="Sales", when="2020"))


def test_a_story_with_no_event_noun_is_named_by_the_key_phrase_its_titles_share():
    """A business story over months: no event noun, but two titles and a lead name 'Model Y exports'."""
    exports = [source("e1", "Model Y exports beat forecasts", ["Carmaker Volta said Model Y exports rose by a "
                                                                "third in the spring."]),
               source("e2", "Volta shares slide as Model Y exports slow", ["Shares in Volta fell on weak demand."]),
               source("e3", "Volta profit warning", ["The company cut its forecast for the year."])]
    assert find_event(exports, {}, None).what == "Model Y exports"


def test_the_home_line_guesses_no_place_the_event_analysis_did_not_find():
    summary = Summary(title="Model Y exports, March 2019", event=SummaryEvent(what="Model Y exports", when="2019-03"))
    places = [Entity(name="Oslo", kind="place", sources=["e1", "e2"])]
    line = event_line(summary, CONGRESS, places)
    assert line.where is None and line.when is None                 # the title already says March 2019


def test_a_country_s_adjective_in_a_lead_names_the_country_for_the_story_s_place():
    leads = [source("k1", "Tablet sales", ["Reports out of Seoul say the tablet sold well in South Korea."]),
             source("k2", "Profits fall", ["The Korean maker is reporting its lowest profits in two years."]),
             source("k3", "Share slips", ["Rivals from Norway gained ground."])]
    assert event_where(leads, {"South Korea": "South Korea", "Norway": "Norway"}) == "South Korea"


def test_a_date_alone_is_no_title() -> None:
    """No event noun, no key phrase and no place: the home page keeps its plain heading rather than a bare
    year ('2010', a background year of a product story, was seen as a home page title)."""
    assert title_line(SummaryEvent(what=None, where=None, when="2010")) is None
    assert title_line(SummaryEvent(what=None, where="Seoul", when="2014-04")) is None     # nor a place
    assert title_line(SummaryEvent(what="Strike", where="Seoul", when="2014-04")) == "Strike, Seoul, April 2014"


def test_a_year_a_background_action_is_put_in_or_another_thing_s_edition_does_not_date_the_story():
    """'first opened in 2009' dates the opening, 'the 2018 Winter Games' that edition: no year is left, so the
    story has no period rather than a wrong one; 'the 2023 timetable' is the story's own year."""
    ferry = [source("f", "Ferry operator cuts night crossings",
                    ["The operator cut its night crossings, a spokeswoman said.",
                     "The route first opened in 2009 and grew in the summer of 2012.",
                     "Its rival also holds the 2018 Winter Games contract."]),
             source("g", "Night ferries cut", ["Passengers were told on the quay."])]
    assert story_period(ferry) is None
    assert find_event(ferry, {}, None).when is None
    timetable = ferry + [source("h", "Crossings cut", ["The cuts are part of the 2023 timetable."])]
    assert story_period(timetable) == "2023"


def test_a_title_and_a_lead_writing_one_country_differently_name_one_place():
    """The entities keep 'US' as the place; 'in the United States' and 'American' in other leads are it too."""
    leads = [source("m", "Rail strike halts freight in the United States", ["Freight stopped on Monday."]),
             source("n", "Freight stops", ["An American union called the strike."])]
    assert event_where(leads, {"US": "US"}) == "US"


TRIAL = [
    source("t1", "Former mill owner takes the stand", [
        "The former owner of the Ashby mill told jurors on Tuesday that he never saw the accounts.",
        "Auditors had approved the mill's books in early 2011 and 2012, the court heard.",
        "The mill emerged from administration in 2014 and now trades under a new name."]),
    source("t2", "Mill fraud trial hears from auditor", [
        "An auditor said the figures were discussed at a 2011 board meeting.",
        "The mill collapsed in 2012."]),
]


def test_a_year_a_past_action_is_put_in_bounds_the_story_so_an_earlier_attribute_year_is_background():
    """'emerged from administration in 2014' means the trial is no earlier than 2014: neither the 2011 board
    meeting nor the 2012 coordinated with 'in early 2011' is the story's year, and no later year is written."""
    assert story_period(TRIAL) is None


def test_the_latest_past_year_is_the_story_s_floor_when_its_own_year_is_never_written():
    """Facts dated before the floor ('the mill collapsed in 2012') are background even with no period."""
    from generator.consolidate.period import year_floor
    assert year_floor(TRIAL) == 2014
    assert year_floor(LAUNCH) == 2022 and year_floor([source("z", "Nothing dated", ["It rained."])]) is None


def test_with_no_period_what_is_dated_before_the_floor_year_is_background_after_the_rest():
    from generator.consolidate.story import story_first
    from generator.model.briefing import TimelineEvent
    timeline = [TimelineEvent(date="1990s", event="The mill grew fast."),
                TimelineEvent(date="2012-07", event="The mill collapsed."),
                TimelineEvent(date="2014", event="The mill emerged from administration.")]
    shown = story_first(timeline, SummaryEvent(), floor=2014)
    assert [(t.date, t.background) for t in shown] == [("2014", False), ("1990s", True), ("2012-07", True)]
    assert story_first(timeline, SummaryEvent()) == timeline             # no floor: as found


def test_a_place_that_gives_a_person_its_nationality_is_not_where_the_story_is():
    from generator.consolidate.story import event_where
    bid = [source("b1", "Canadian tycoon raises club offer", ["Canadian tycoon Ray Dunn has raised his offer for "
                                                             "the football club to £600m."]),
           source("b2", "Club board weighs new bid", ["The board met the Canadian billionaire's advisers."])]
    assert event_where(bid, {"Canada": "Canada"}) is None
    bid.append(source("b3", "Fans protest", ["Fans protested outside the ground in Leeds on Saturday."]))
    bid.append(source("b4", "Protest in Leeds", ["Hundreds marched in Leeds against the Canadian tycoon."]))
    assert event_where(bid, {"Canada": "Canada", "Leeds": "Leeds"}) == "Leeds"


def test_a_year_an_opening_phrase_puts_an_action_in_is_background_not_the_story_year():
    # the date mention may leave out 'In' ('In 1985, …'): the word before it still dates that action
    single = [source("s", "Charity single tops the chart",
                     ["The new version of the 1984 charity song went straight in at number one.",
                      "In 1985, a group of American stars recorded their own charity single."]),
              source("t", "Charity single sells fast", ["The new charity single sold 72,000 copies on Monday."])]
    assert story_period(single) is None


def test_a_year_a_story_goes_back_to_is_background():
    law = [source("l", "Water law delayed again", ["The new water rules were delayed again on Monday.",
                                                  "The proposals go back to 2011, and the argument is older."]),
           source("m", "Water law faces axe", ["Ministers may drop the water rules in December."])]
    assert story_period(law) is None


def test_a_persons_role_is_no_key_phrase():
    """'Volta chairman' in two titles names a person, not what the story is about: the phrase the titles share
    about the thing ('Model Y exports') names it."""
    exports = [source("e1", "Volta chairman hails Model Y exports", ["Volta chairman Ian Roe said Model Y exports "
                                                                      "rose by a third."]),
               source("e2", "Volta chairman upbeat as Model Y exports slow", ["Shares in Volta fell on weak demand."]),
               source("e3", "Volta chairman in profit warning", ["Volta chairman Ian Roe cut the forecast."])]
    assert find_event(exports, {}, None).what == "Model Y exports"
