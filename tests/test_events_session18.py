"""Issue 15, session 18: the event's name on an invented story of party conventions (opinion pieces whose leads
say only 'the convention'), not the demo or a development event."""
from __future__ import annotations

from generator.consolidate.story import event_what
from tests.stories import titled_source

PIECES = [
    titled_source("a", "Why the party of Lincoln is losing its way",
                  ["Tonight the convention ended with a speech few delegates will forget.",
                   "The party has changed.", "Its leaders know it.",
                   "Nobody on the floor of the Whig convention wanted to talk about the polls."]),
    titled_source("b", "A nominee unlike any other",
                  ["The convention gave the nominee four days of free air time.",
                   "He used them well.", "The polls moved.",
                   "At this week's Whig convention, only one former nominee came."]),
    titled_source("c", "What the delegates heard", ["Delegates cheered as the nominee promised lower taxes."]),
]


def test_a_bare_event_noun_takes_the_name_the_sources_give_it_in_their_text():
    what, _ = event_what(PIECES)
    assert what == "Whig convention"


def test_a_contest_is_named_by_the_two_sides_its_titles_put_around_v_or_a_score():
    from generator.consolidate.story import find_event
    reports = [
        titled_source("a", "Preview: Ruritania v Borduria (Sat)",
                      ["Borduria travel for the Ruritania match on Saturday.", "Both sides are unbeaten."]),
        titled_source("b", "Ruritania 21-17 Borduria",
                      ["Borduria lost the Ruritania match on Saturday.", "It was close."]),
        titled_source("c", "Coach fumes at referee",
                      ["The Borduria coach criticised the referee after the Ruritania match.", "He was livid."]),
    ]
    what = find_event(reports, {}, None).what
    assert what is not None and "Ruritania" in what and "Borduria" in what
