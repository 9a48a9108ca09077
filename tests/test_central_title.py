"""Issue 15: a story that is no named happening (a feature switched off, a broadcast deal, a magazine cover) has
no event noun and no key phrase its titles share; its `what` is the headline the other sources bear out most,
and its place may be a country written only as an attribute ('a U.S. retailer').  Headlines and leads are
written for these tests (a phone maker's app store, a cycling broadcast deal), not taken from the demo or the
WikiRef events."""
from __future__ import annotations

from generator.consolidate.central_title import central_title
from generator.consolidate.story import event_what, event_where, find_event, title_line
from generator.model.briefing import Briefing, SourceInfo, Summary, SummaryEvent
from generator.site.page_model import event_line


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body)


APP_STORE = [
    source("p1", "Operators Are Hiding One Of The Best Tools Of Norlon's New Pixa",
           ["Three mobile operators are hiding a handy tool of Norlon's new Pixa called Quick Share.",
            "With it, the tablet sends photos to a nearby phone without a network.",
            "The operators say they are still testing the tool."]),
    source("p2", "Operators switch off Norlon's 'Quick Share' on the Pixa",
           ["Norlon's Pixa ships with Quick Share, a tool that sends photos to nearby phones, but the "
            "operators have switched it off on their versions.",
            "One operator said it wanted to test the tool first."]),
    source("p3", "Why the Pixa is better bought unlocked",
           ["Buyers who want every tool Norlon built into the Pixa should buy it unlocked.",
            "Operators have switched off Quick Share on their versions."]),
]

#: A feature that opens on an anecdote and reaches the deal in its fourth paragraph, and the deal's report.
CYCLING = [
    source("c1", "A borrowed radio and a life of mountain stages",
           ["In the spring of 1998, at age 12, Marta Ruiz heard her first mountain stage on a borrowed radio.",
            "Now she commentates for Streamly.", "Fans will no longer hunt for highlights.",
            "After winning the rights to cycling's grand tours in a four-year, $90m deal, Streamly will stream "
            "every stage in Canada."]),
    source("c2", "Streamly wins $90m rights to stream cycling's grand tours in Canada",
           ["Streamly will stream all three grand tours under a $90 million, four-year deal.",
            "The service outbid two broadcasters for the rights, its chief executive said on Monday.",
            "Every stage will be shown live."]),
]


def test_the_headline_whose_words_the_other_sources_write_is_the_story():
    """No event noun ('hiding', 'switch off' are verbs) and no name + noun the titles share: the second
    headline's names (Norlon, Quick Share, Pixa) are in every lead, the third one's 'why', 'bought' in none."""
    assert event_what(APP_STORE) == (None, [])
    what, sources = central_title(APP_STORE)
    assert what == "Operators switch off Norlon's 'Quick Share' on the Pixa"
    assert sources == ["p1", "p2", "p3"]
    assert find_event(APP_STORE, {}, None).what == what


def test_a_feature_s_news_after_its_anecdote_still_bears_a_headline_out():
    """The feature's headline is a teaser its lead does not bear out; the deal's headline is borne out by the
    feature's fourth paragraph, after the anecdote."""
    assert central_title(CYCLING) == ("Streamly wins $90m rights to stream cycling's grand tours in Canada", ["c2"])


def test_a_name_the_sources_give_the_event_comes_before_a_headline():
    assert find_event(CYCLING, {}, None, named="Streamly rights auction").what == "Streamly rights auction"


def test_no_title_no_what_and_a_title_never_repeats_its_place_in_another_form():
    untitled = [source("u1", "", ["Streamly will stream the tours."]), source("u2", "", ["Streamly wins."])]
    assert central_title(untitled) == (None, [])
    assert find_event(untitled, {}, None).what is None
    assert title_line(SummaryEvent(what=None, where="Canada", when="2019")) is None
    event = SummaryEvent(what="Streamly wins rights to stream the tours in the U.S.", where="United States",
                         when="2019-04")
    assert title_line(event) == "Streamly wins rights to stream the tours in the U.S., April 2019"
    line = event_line(Summary(title=title_line(event), event=event), untitled, [])
    assert line.where is None and line.when is None                 # the home line does not repeat them either


def test_a_country_written_as_an_attribute_is_the_story_s_place():
    """No place entity at all: 'a U.S. first lady', 'an American retailer' name the United States."""
    leads = [source("v1", "Senator's wife on magazine cover", ["The cover marks the second time a U.S. senator's "
                                                               "wife has appeared on the magazine."]),
             source("v2", "Magazine cover for senator's wife", ["An American retailer sold out of the dress."])]
    assert event_where(leads, {}) == "United States"
    assert event_where(leads[:1] + [source("v3", "Cover", ["The dress sold out."])], {}) is None


def test_a_question_is_no_headline_for_what_happened():
    asked = APP_STORE + [source("p4", "Will operators give Norlon's Pixa its Quick Share tool?",
                                ["Operators have switched off Quick Share on Norlon's Pixa."])]
    assert central_title(asked)[0] == "Operators switch off Norlon's 'Quick Share' on the Pixa"
