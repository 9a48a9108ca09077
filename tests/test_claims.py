"""Since when a state has held ('frozen since 2019', 'in power since 2010', 'detained since March'): two sources
giving one subject's state different starts disagree.  Sentences are made up, not from the demo corpus or the
WikiRef development events."""
from __future__ import annotations

from generator.consolidate import consolidate
from generator.consolidate.claims import Context, claim_observations, may_hold_state
from generator.consolidate.entities import build_entities
from generator.model.briefing import Briefing, DateMention, Person, SourceInfo


def brief(sid, sentence, text, date, granularity, orgs=(), people=()) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=sid), body=[sentence], organizations=list(orgs),
                    people=[Person(name=p) for p in people],
                    dates=[DateMention(text=text, date=date, granularity=granularity, paragraph=1)])


def since_conflicts(*briefings):
    return {c.subject: c for c in consolidate(list(briefings)).conflicts if c.attribute.endswith(" since")}


def test_a_body_on_hold_since_different_years_is_a_conflict():
    a = brief("a", "Work in the Arctic Council had been suspended since March 2022 over the war.", "March 2022",
              "2022-03", "month", orgs=["Arctic Council"])
    b = brief("b", "The Arctic Council has been essentially dormant since 2014, diplomats said.", "2014", "2014",
              "year", orgs=["Arctic Council"])
    c = since_conflicts(a, b)["Arctic Council"]
    assert c.id == "since-arctic-council" and sorted(v.sources[0] for v in c.values) == ["a", "b"]


def test_a_year_and_a_month_of_that_year_agree():
    a = brief("a", "Meetings of the Arctic Council were paused since March 2022.", "March 2022", "2022-03", "month",
              orgs=["Arctic Council"])
    b = brief("b", "The Arctic Council has been on hold since 2022.", "2022", "2022", "year", orgs=["Arctic Council"])
    assert since_conflicts(a, b) == {}


def test_a_person_in_office_since_different_years_is_a_conflict_and_another_state_is_not():
    a = brief("a", "Governor Ines Varela, who has been in office since 2017, signed the order.", "2017", "2017",
              "year", people=["Ines Varela"])
    b = brief("b", "Ines Varela has been in power since 2019 and faces a recall vote.", "2019", "2019", "year",
              people=["Ines Varela"])
    c = brief("c", "Ines Varela has been detained since 2015, her lawyer said.", "2015", "2015", "year",
              people=["Ines Varela"])
    [conflict] = since_conflicts(a, b, c).values()
    assert sorted(str(v.value) for v in conflict.values) == ["2017 (2017)", "2019 (2019)"]


def test_a_state_named_after_since_or_without_a_subject_is_no_claim():
    a = brief("a", "Since 2012 the port has handled more grain, and it was closed for a week.", "2012", "2012",
              "year", orgs=["Port Authority"])
    b = brief("b", "It has been frozen since 2016, officials said.", "2016", "2016", "year")
    entities = build_entities([a, b])
    assert claim_observations([a, b], Context(entities)) == []


def test_the_prefilter_never_hides_a_claim():
    assert may_hold_state("The council has been frozen since 2019.")
    assert not may_hold_state("The council met on Tuesday.") and not may_hold_state("frozen assets")


def test_a_resolution_on_a_since_conflict_survives_a_rebuild():
    a = brief("a", "The Arctic Council has been frozen since 2022.", "2022", "2022", "year", orgs=["Arctic Council"])
    b = brief("b", "The Arctic Council has been dormant since 2014.", "2014", "2014", "year", orgs=["Arctic Council"])
    first = consolidate([a, b])
    [conflict] = [c for c in first.conflicts if c.attribute.endswith(" since")]
    conflict.resolution = "2022 (the 2014 date is an earlier pause)"
    again = consolidate([b, a], first)
    assert [c.resolution for c in again.conflicts if c.id == conflict.id] == [conflict.resolution]
