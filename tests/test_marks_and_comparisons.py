"""How long a thing took to reach a mark, and what a reported change is measured against, compared across
sources for any story.  The sentences are made up for these tests (a video game's sales, a charity appeal, a
car maker's deliveries)."""
from __future__ import annotations

from test_slots import briefs as named_briefs

from generator.consolidate.comparisons import comparison_conflicts
from generator.consolidate.entities import build_entities
from generator.consolidate.slots import compare


def briefs(*texts: str, published: tuple = ()):
    return named_briefs("sales", *texts, published=published)


def durations(*briefings):
    conflicts, updates = compare(list(briefings), build_entities(list(briefings)))
    return ({c.subject: sorted(str(v.value) for v in c.values) for c in conflicts if c.attribute == "duration"},
            [u.subject for u in updates if u.subject.startswith("time ")])


GAME_A = ("Starfall Odyssey breaks records\n\nThe first Starfall Odyssey game went on to sell 5 million copies in "
          "three weeks, a record for the studio, analysts at Ridgeline said.\n")
GAME_B = ("Sequel on shelves\n\nThe studio spent last year celebrating Starfall Odyssey sales, which reached "
          "5 million after two months, and hopes the sequel does better.\n")


def test_one_mark_reached_in_two_spans_is_a_conflict_even_when_sources_are_dated():
    conflicts, updates = durations(*briefs(GAME_A, GAME_B, published=("2023-03-01", "2023-09-01")))
    assert conflicts == {"time Starfall Odyssey took to reach 5 million": ["three weeks", "two months"]}
    assert updates == []


def test_a_span_within_the_other_agrees_and_other_marks_are_other_slots():
    within = GAME_B.replace("after two months", "in less than a month")
    other_mark = GAME_B.replace("5 million after", "8 million after")
    assert durations(*briefs(GAME_A, within)) == ({}, [])
    assert durations(*briefs(GAME_A, other_mark)) == ({}, [])


def test_a_place_before_the_mark_is_not_whose_mark_it_is():
    korea = ("Appeal\n\nThe Hope Fund appeal for flood victims in Busan, South Korea, raised $2 million in four days, "
             "organisers said.\n")
    other = "Appeal\n\nDonors in Korea gave $2 million in ten days to another charity, local media said.\n"
    assert durations(*briefs(korea, other)) == ({}, [])


REPORT_A = ("Deliveries slump\n\nVoltara delivered 30 percent fewer Arc sedans than expected in the second quarter, "
            "the Financial Courier reported on Monday.\n")
REPORT_B = ("Voltara under pressure\n\nA report says the carmaker delivered 30 percent fewer Arc sedans than the "
            "older Voltara Dash model, a blow to its chief executive.\n")


def _bases(*briefings):
    return {c.subject: sorted(str(v.value) for v in c.values)
            for c in comparison_conflicts(list(briefings), build_entities(list(briefings)))}


def test_one_change_measured_against_two_bases_is_a_conflict():
    assert _bases(*briefs(REPORT_A, REPORT_B)) == {
        "Arc: 30 percent fewer than what": ["than expected", "than the Voltara Dash"]}


def test_one_base_worded_two_ways_agrees():
    forecast = REPORT_B.replace("than the older Voltara Dash model", "than analysts had forecast")
    assert _bases(*briefs(REPORT_A, forecast)) == {}
    short = REPORT_A.replace("than expected", "than the Dash")
    assert _bases(*briefs(short, REPORT_B)) == {}


def test_another_share_or_direction_is_another_change():
    assert _bases(*briefs(REPORT_A, REPORT_B.replace("30 percent fewer", "25 percent fewer"))) == {}
    assert _bases(*briefs(REPORT_A, REPORT_B.replace("30 percent fewer", "30 percent more"))) == {}
