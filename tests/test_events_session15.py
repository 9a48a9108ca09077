"""Issue 15, session 15: rules found on the blind Australian Open event's first look.  Every sentence here is written
for these tests (an invented tournament), not taken from the dataset or the demo."""
from __future__ import annotations

from generator.consolidate.story import event_what
from generator.mentions.names import find_people
from tests.stories import titled_source as source

# A tennis tournament told through its matches: every lead names it, a few write 'match'.
TOURNAMENT = [
    source("a", "Varga hope on Nordic Open", ["Tomas Varga says he will be fit for the Nordic Open in Oslo.",
                                              "His first match is on Monday."]),
    source("b", "Lind to miss Oslo", ["Eva Lind has pulled out of the Nordic Open with a wrist injury.",
                                      "She won the match in Oslo last year."]),
    source("c", "Varga fights back to reach final", ["Tomas Varga reached the Nordic Open final with a win in a "
                                                     "five-set match."]),
    source("d", "Lind's sister wins Nordic title", ["Anna Lind won the Nordic Open on Saturday, her first "
                                                    "Grand Slam match win in a final."]),
]


def test_a_capitalised_open_after_a_name_is_the_event_the_story_is_about():
    what, sources = event_what(TOURNAMENT)
    assert what == "Nordic Open" and len(sources) == 4


def test_an_open_in_lower_case_names_no_event():
    letters = [source("a", "Ministers sign open letter", ["Ten ministers signed an open letter on the match fees."]),
               source("b", "Open letter on match fees", ["An open letter asks for lower match fees."])]
    what, _ = event_what(letters)
    assert what is None or "open" not in what.lower().split()[-1:]


def test_a_tournament_named_like_a_person_is_no_person():
    body = ["Anna Lind won her first Grand Slam at the Nordic Open, beating Kim Roe."]
    assert sorted(p.name for p in find_people(body)) == ["Anna Lind", "Kim Roe"]
