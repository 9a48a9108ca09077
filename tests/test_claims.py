"""Claims read from sentences (delegations, suspensions, demanded withdrawals, further meetings) become
conflicts only when their values cannot both be true.  Sentences are made up, not from the demo corpus."""
from __future__ import annotations

from generator.consolidate.claims import Context, claim_observations, person_names, side_of
from generator.consolidate.stage import consolidate
from generator.consolidate.entities import build_entities
from generator.model.briefing import Briefing, DateMention, Note, Person, SourceInfo

PEOPLE = [Person(name="Rustem Umerov", role="Defence Minister"), Person(name="Andriy Yermak"),
          Person(name="Dmytro Kuleba", role="Foreign Minister", mentions=["Dmytro I. Kuleba", "Kuleba"])]
TALKS_DAY = DateMention(text="on Thursday", date="2023-06-15", granularity="day", paragraph=1, relative="weekday:4")


def brief(sid, *body, dates=(), notes=(), orgs=(), places=()) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=sid), body=list(body), people=list(PEOPLE),
                    dates=[TALKS_DAY, *dates], notes=list(notes), organizations=list(orgs), places=list(places))


def conflicts_of(*briefings):
    return {c.attribute: c for c in consolidate(list(briefings)).conflicts}


# ---- delegations -------------------------------------------------------------------------------------------

def test_different_people_heading_one_delegation_is_a_conflict():
    a = brief("a", "The Ukrainian delegation was led on Thursday by Defence Minister Rustem Umerov.")
    b = brief("b", "Talks began on Thursday. The Ukrainian side was headed by Foreign Minister Dmytro I. Kuleba.")
    c = conflicts_of(a, b)["members"]
    assert c.subject.startswith("delegation of Ukraine")
    assert sorted(v.value for v in c.values) == ["Dmytro Kuleba (head)", "Rustem Umerov (head)"]
    assert {v.value: v.sources for v in c.values}["Dmytro Kuleba (head)"] == ["b"]


def test_lists_sharing_a_member_but_differing_conflict_two_single_mentions_do_not():
    caption = "Left to right: Ukrainian Defence Minister Rustem Umerov and Foreign Minister Dmytro Kuleba meet."
    a = brief("a", "Talks on Thursday: Ukraine was represented by Rustem Umerov and Andriy Yermak.")
    b = brief("b", "Talks were held on Thursday.", notes=[Note(kind="caption", text=caption)])
    c = brief("c", "Ukraine was represented by Andriy Yermak at the talks on Thursday.")
    d = brief("d", "On Thursday, Kyiv's team was represented by Dmytro Kuleba.")
    assert "members" in conflicts_of(a, b)
    assert "members" not in conflicts_of(c, d)


def test_a_partial_list_of_the_same_delegation_is_no_conflict():
    a = brief("a", "Talks on Thursday were tense; the Ukrainian side, headed by Rustem Umerov and Andriy Yermak, "
                   "left early.")
    b = brief("b", "Rustem Umerov, who led the Ukrainian delegation on Thursday, called the talks useful.")
    assert "members" not in conflicts_of(a, b)


def test_a_delegation_at_another_meeting_is_kept_apart():
    earlier = DateMention(text="on Monday", date="2023-06-12", granularity="day", paragraph=2, relative="weekday:1")
    a = brief("a", "The Ukrainian delegation was headed by Rustem Umerov on Thursday.",
              "At the talks on Monday, Dmytro Kuleba led the Ukrainian side.", dates=[earlier])
    b = brief("b", "On Thursday the Ukrainian team was led by Rustem Umerov.")
    assert "members" not in conflicts_of(a, b)


def test_talks_with_a_named_side_are_found_behind_a_quote_mark():
    a = brief("a", "Kuleba spoke on Thursday after a “frank exchange “with Ukrainian Defence Minister Rustem Umerov "
                   "and presidential adviser Andriy Yermak.")
    [o] = claim_observations([a], Context(build_entities([a]), "2023-06-15"))
    assert o.subject == "delegation of Ukraine" and o.value == (None, frozenset({"Rustem Umerov"}))


def test_a_caption_naming_who_met_is_grouped_by_side():
    caption = ("From left: Ukrainian Foreign Minister Dmytro Kuleba, Deputy Foreign Minister of Ukraine Emine "
               "Dzhaparova and Turkish Foreign Minister Hakan Fidan meet in Ankara.")
    b = brief("b", "Talks were held on Thursday.", notes=[Note(kind="caption", text=caption)])
    obs = claim_observations([b], Context(build_entities([b])))
    assert {o.subject.split(" at ")[0]: o.value for o in obs} == {
        "delegation of Ukraine": (None, frozenset({"Dmytro Kuleba", "Emine Dzhaparova"})),
        "delegation of Turkey": (None, frozenset({"Hakan Fidan"}))}
    assert {o.origin for o in obs} == {"caption"}


def test_names_and_sides_are_read_through_titles():
    index = build_entities([brief("a")])
    assert person_names("Deputy Defence Minister Colonel-General Dmytro I. Kuleba", index) == ["Dmytro Kuleba"]
    assert side_of("the Russian Federation") == "Russia" and side_of("a NATO envoy") == "NATO"
    assert side_of("the talks") is None


# ---- since when a body is on hold ----------------------------------------------------------------------------

def _arctic(sid, sentence, text, date, granularity):
    return brief(sid, sentence, orgs=["Arctic Council"],
                 dates=[DateMention(text=text, date=date, granularity=granularity, paragraph=1)])


def test_a_body_frozen_since_different_years_is_a_conflict():
    a = _arctic("a", "Work in the Arctic Council had been suspended since March 2022 over the war.", "March 2022",
                "2022-03", "month")
    b = _arctic("b", "The Arctic Council has been essentially dormant since 2014, diplomats said.", "2014",
                "2014", "year")
    c = conflicts_of(a, b)["suspended since"]
    assert c.subject == "Arctic Council" and c.id == "since-arctic-council"
    assert sorted(v.sources[0] for v in c.values) == ["a", "b"]


def test_a_year_and_a_month_of_that_year_agree():
    a = _arctic("a", "Meetings of the Arctic Council were paused in March 2022.", "in March 2022", "2022-03", "month")
    b = _arctic("b", "The Arctic Council has been on hold since 2022.", "2022", "2022", "year")
    assert "suspended since" not in conflicts_of(a, b)


# ---- where a demanded withdrawal should happen -------------------------------------------------------------

def test_a_named_country_against_a_region_is_a_conflict_two_regions_are_not():
    a = brief("a", "Beijing wants the United States to withdraw its troops from countries bordering China.")
    b = brief("b", "China has demanded that the United States withdraw its forces from East Asia.")
    c = brief("c", "China insists the United States must pull back its troops from Japan, officials said.")
    assert "from where" not in conflicts_of(a, b)
    conflict = conflicts_of(a, b, c)["from where"]
    assert conflict.subject == "demanded withdrawal of United States forces"
    assert {v.value: v.sources for v in conflict.values}["from Japan"] == ["c"]


def test_a_list_of_named_countries_may_spell_out_a_region_but_one_country_narrows_it():
    a = brief("a", "Moscow demands that NATO withdraw its forces from Eastern Europe.")
    b = brief("b", "Russia wants NATO to withdraw its troops from Poland, Romania and Bulgaria, diplomats said.",
              places=["Poland", "Romania", "Bulgaria"])
    c = brief("c", "Russia wants NATO to remove its missiles from Poland.")
    d = brief("d", "Russia wants NATO to remove its missiles from Turkey.")
    assert "from where" not in conflicts_of(a, b) and "from where" not in conflicts_of(b, c)
    assert {v.value for v in conflicts_of(a, c)["from where"].values} == {"from Eastern Europe", "from Poland"}
    assert "from where" in conflicts_of(c, d)


def test_a_withdrawal_asked_of_another_party_is_another_subject():
    a = brief("a", "Beijing wants the United States to withdraw its troops from Japan.")
    b = brief("b", "Manila asked China to withdraw its coast guard ships from the Philippines.")
    assert "from where" not in conflicts_of(a, b)


# ---- further meetings -------------------------------------------------------------------------------------

def test_agreed_to_meet_again_against_no_commitment_is_a_conflict():
    a = brief("a", "Both delegations agreed to hold another round of talks next month in Istanbul.")
    b = brief("b", "Kyiv proposed further talks, but Moscow wasn’t ready to commit to a date, Kuleba said.")
    c = conflicts_of(a, b)["agreed"]
    assert sorted(str(v.value).split(":")[0] for v in c.values) == ["agreed", "not agreed"]


def test_meeting_again_after_other_talks_is_another_question():
    earlier = DateMention(text="on Monday", date="2023-06-12", granularity="day", paragraph=2, relative="weekday:1")
    a = brief("a", "Both delegations agreed on Thursday to hold another round of talks.")
    b = brief("b", "Talks resumed on Thursday.", "After the talks on Monday, Moscow had not agreed to further talks.",
              dates=[earlier])
    assert "agreed" not in conflicts_of(a, b)
    assert conflicts_of(a, brief("c", "Moscow has not agreed to further talks after Thursday's round."))["agreed"]


def test_the_cue_nearest_to_the_meeting_words_decides():
    a = brief("a", "The envoys did not agree on the sanctions relief, but said they will meet again next week.")
    b = brief("b", "Both delegations agreed to hold another round of talks.")
    assert "agreed" not in conflicts_of(a, b)
    [o] = claim_observations([a], Context(build_entities([a])))
    assert o.value == "yes"


def test_no_date_set_does_not_contradict_an_agreement_to_meet():
    a = brief("a", "Both delegations agreed to hold another round of talks next month.")
    b = brief("b", "The negotiators did not set a date for the next meeting.")
    c = brief("c", "Kuleba said the two sides both expressed the need to explore a schedule of future meetings.")
    assert "agreed" not in conflicts_of(a, b, c)


def test_a_resolution_on_a_claim_conflict_survives_a_rebuild():
    a = _arctic("a", "The Arctic Council has been frozen since 2022.", "2022", "2022", "year")
    b = _arctic("b", "The Arctic Council has been dormant since 2014.", "2014", "2014", "year")
    first = consolidate([a, b])
    [conflict] = [c for c in first.conflicts if c.attribute == "suspended since"]
    conflict.resolution = "2022 (the 2014 date is the Crimea sanctions)"
    again = consolidate([b, a], first)
    assert [c.resolution for c in again.conflicts if c.id == conflict.id] == [conflict.resolution]
