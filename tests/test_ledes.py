"""Each source's lede as a development (issue 15): a story told on different days, or in words with no number,
still has headline facts; the story's topic words do not make every lede one development."""
from __future__ import annotations

from generator.consolidate.developments import headline_sentence
from generator.consolidate.ledes import _lead_sentences, lede_developments, lede_of, topic_words
from generator.consolidate.story import event_what, event_where
from generator.model.briefing import Briefing, Fact, Passage, SourceInfo, SummaryFact
from generator.text.clauses import short_clause


def source(sid: str, body: list[str], ledes: list[tuple[int, int, str]], title: str = "") -> Briefing:
    """A briefing whose text facts are `ledes`: (rank, paragraph, sentence)."""
    facts = [Fact(id=f"text-{sid}-{rank}", kind="text", statement=text, evidence=text, paragraph=para, rank=rank)
             for rank, para, text in ledes]
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body, facts=facts)


DAM = "Floodwaters from a collapsed dam swept through three villages in southern Laos on Monday night."
RESCUE = "Rescue teams reached the three flooded villages below the collapsed dam on Tuesday, officials said."
BUILDER = "The company that built the dam said heavy rain had weakened its walls."


def test_a_lede_another_lead_shares_words_with_is_one_development_of_both():
    bs = [source("a", [DAM], [(1, 1, DAM)]), source("b", [RESCUE], [(1, 1, RESCUE)]),
          source("c", [BUILDER], [(1, 1, BUILDER)])]
    facts = lede_developments(bs, [])
    assert [(f.sources, f.statement) for f in facts] == [(["a", "b"], DAM), (["c"], BUILDER)]
    assert facts[0].evidence["b"] == Passage(1, RESCUE)            # b's own wording, where it says so


def test_a_lede_leans_on_no_earlier_sentence_and_a_told_sentence_is_not_repeated():
    leaning = source("a", ["He did not say when the plant would be stable.", DAM],
                     [(1, 1, "He did not say when the plant would be stable."), (2, 2, DAM)])
    assert lede_of(leaning).statement == DAM                       # 'He …' leans on the sentence before
    agreed = SummaryFact(id="dam", statement=DAM, sources=["a"], evidence={"a": Passage(2, DAM)})
    assert lede_developments([leaning], [agreed]) == []            # already a development's wording
    late = source("b", ["Intro.", "Background.", "More.", DAM], [(1, 4, DAM)])
    assert lede_of(late) is None                                   # the fourth paragraph is no lead


def test_wire_copy_is_one_development_and_topic_words_join_nothing():
    storm = ["Typhoon Lan made landfall near Omaezaki on Monday, cutting power to 250,000 homes.",
             "Typhoon Lan forced 500 flights to be cancelled at Tokyo's airports on Monday.",
             "Typhoon Lan left two people dead in Chiba on Monday, police said.",
             "Typhoon Lan prompted evacuation orders for 60,000 residents of Kanagawa on Monday."]
    bs = [source(s, [t], [(1, 1, t)]) for s, t in zip("abcd", storm)]
    assert {"typhoon", "lan", "monday"} <= topic_words({b.source.id: _lead_sentences(b) for b in bs})
    assert [f.sources for f in lede_developments(bs, [])] == [["a"], ["b"], ["c"], ["d"]]
    copy = source("e", [storm[0]], [(1, 1, storm[0])])
    assert [f.sources for f in lede_developments(bs + [copy], [])][0] == ["a", "e"]


def test_a_dateline_after_a_standfirst_places_the_event_and_a_convention_is_an_event():
    bs = [Briefing(source=SourceInfo(id="a", file="a.txt", title="Carmaker unveils its electric van"),
                   body=["The company sticks to a proven formula.", "GENEVA, SWITZERLAND—The carmaker has just "
                         "unveiled its first electric van at the motor show convention."]),
          Briefing(source=SourceInfo(id="b", file="b.txt", title="Hands on with the new van"),
                   body=["GENEVA—The new van is roomier than the old one, and the convention crowd liked it."])]
    assert event_where(bs, {"Geneva": "Geneva", "Switzerland": "Switzerland"}) == "Geneva"
    assert event_what(bs)[0] == "Convention"            # both leads name one, no modifier twice


def test_a_clause_stops_before_an_attribution_with_an_apposition_or_a_participle():
    warned = ("Chile is facing its worst drought in a century, its environment minister, Maisa Rojas, warned as "
              "reservoirs fell to record lows across the centre of the country.")
    assert short_clause(warned, max_words=20) == "Chile is facing its worst drought in a century."
    preceded = ("On Sunday evening, the conductor gave a farewell concert at the Musikverein, preceded by a short "
                "film about his fifty years with the orchestra.")
    assert short_clause(preceded, max_words=20) == \
        "On Sunday evening, the conductor gave a farewell concert at the Musikverein."


def test_a_developing_value_is_a_development_told_with_its_latest_value():
    from generator.consolidate.developments import from_updates, headline_sentence
    from generator.model.briefing import Evidence, Update, UpdateValue
    early = "Officials say 41 people are dead after the ferry capsized off Sulawesi."
    late = ("Rescuers fear more bodies are trapped in the hull, and the provincial disaster agency said at least 76 "
            "people were confirmed dead.")
    toll = Update(id="people-killed", subject="people killed", summary="rose from 41 to at least 76", values=[
        UpdateValue("41 people", sources=["a"], evidence=[Evidence("a", 2, early)]),
        UpdateValue("at least 76 people", sources=["b"], evidence=[Evidence("b", 4, late)])])
    [fact] = from_updates([toll], [])
    assert fact.sources == ["a", "b"] and list(fact.evidence) == ["b"]       # both report it; the latest words
    assert "at least 76 people" in headline_sentence(fact)                  # a cut never drops the value
    told = SummaryFact(id="x", statement=late, sources=["b"], evidence={"b": Passage(4, late)})
    assert from_updates([toll], [told]) == []                                 # already a development


def test_a_magnitude_being_revised_is_an_update_and_other_quakes_are_not_read():
    from generator.consolidate.measures import magnitude_readings
    from generator.consolidate.stage import consolidate

    def told(sid, *paragraphs):
        return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt"), body=list(paragraphs))
    bs = [told("a", "A 7.6-magnitude earthquake struck southern Peru early on Sunday, shaking buildings in Lima.",
               "A 6.1-magnitude aftershock followed two hours later.",
               "The 2001 magnitude-8.4 quake in the same region killed 145 people."),
          told("b", "The quake, measured at 7.5 by the national seismology agency, was felt as far as Ecuador."),
          told("c", "The U.S. Geological Survey has upgraded the magnitude of Sunday's earthquake to 7.8.",
               "Scientists originally put the quake at 7.6.")]
    assert sorted((r.source, r.value, r.stage) for r in magnitude_readings(bs)) == [
        ("a", 6.1, 0), ("a", 7.6, 0), ("b", 7.5, 0), ("c", 7.6, -1), ("c", 7.8, 1)]
    s = consolidate(bs)
    assert [(u.subject, [v.value for v in u.values]) for u in s.updates] == [
        ("magnitude of the earthquake", ["magnitude 7.5", "magnitude 7.6", "magnitude 7.8"])]
    assert s.conflicts == []


def test_a_development_told_again_is_one_headline_and_the_one_about_the_story_comes_first():
    from generator.consolidate.developments import rank

    def lead(fid, sid, text):
        return SummaryFact(id=fid, statement=text, sources=[sid], evidence={sid: Passage(1, text)})
    upgraded = lead("a", "a", "The agency has upgraded the magnitude of Sunday's deadly earthquake in Peru to 7.8.")
    again = lead("b", "b", "Agency upgrades deadly Peru earthquake magnitude to 7.8 after review.")
    aside = lead("c", "c", "A blogger posted a clip of the crowd cheering outside a cafe.")
    about = lead("d", "d", "Rescuers searched collapsed homes in Peru after the deadly earthquake on Sunday.")
    ranked = rank([aside, upgraded, again, about], 2019)
    assert [f.id for f in ranked] == ["a", "d", "c"]      # 'b' says what 'a' says; the aside comes last


def test_as_a_is_no_clause_boundary():
    s = ("The mayor described the volunteer, Ana Ruiz, as a neighbour who had driven a boat through the flooded "
         "streets all night.")
    assert short_clause(s, max_words=25) == s
    assert short_clause("Prices rose again in March, as the central bank had warned, and wages fell.",
                        max_words=25) == "Prices rose again in March."


def test_a_gendered_honorific_goes_to_the_only_person_of_that_gender_with_the_surname():
    from generator.consolidate.name_merges import cluster_people
    c = cluster_people(["Cristina Kirchner", "Nestor Kirchner", "Mrs. Kirchner", "Mr. Kirchner", "Kirchner"])
    assert c.find("Mrs. Kirchner") == c.find("Cristina Kirchner")
    assert c.find("Mr. Kirchner") == c.find("Nestor Kirchner")
    assert c.find("Kirchner") not in (c.find("Cristina Kirchner"), c.find("Nestor Kirchner"))   # either of them
    two = cluster_people(["Mary Smith", "Anne Smith", "Ms Smith"])
    assert two.find("Ms Smith") == "Ms Smith"                  # two women: neither


def test_a_lead_that_opens_on_its_number_has_that_sentence_as_its_lede_unless_it_is_told_already():
    """A business story opens on its number; the statement the fact ranker prefers comes later."""
    opening = "The Vela tablet has sold more than two million units in its first ten days, the maker said."
    aside = "Analysts had doubted the tablet would sell at its price."
    b = source("a", [f"{opening} {aside}"], [(1, 1, aside)])
    b.facts.append(Fact(id="count-a", kind="count", statement=opening, evidence=opening, paragraph=1, rank=2,
                        value=2000000, unit="units"))
    assert [f.statement for f in lede_developments([b], [])] == [opening, aside]     # few sources: lead too
    told = SummaryFact(id="units", statement=opening, sources=["a"], evidence={"a": Passage(1, opening)})
    assert [f.statement for f in lede_developments([b], [told])] == [aside]      # the statement lede instead


def test_a_lede_no_headline_can_tell_gives_way_to_the_next_statement_and_a_bullet_is_no_word():
    intro = "A round-up of the first reviews of the orchestra's new season at the Vienna festival:"
    review = "-The critic Anna Berg praised the orchestra's “bold and tender” opening night."
    b = source("a", [intro, review], [(1, 1, intro), (2, 2, review)])
    assert lede_of(b).statement == review
    assert short_clause(review) == "The critic Anna Berg praised the orchestra's “bold and tender” opening night."


def test_an_update_shown_as_a_formatted_count_is_told_with_its_source_sentence_cut_before_citing():
    sentence = ("In total, the maker sold 5 million Vela tablets in the quarter, compared to 7 million the year "
                "before, the report said, citing people who have seen the figures.")
    fact = SummaryFact(id="update-vela", statement=sentence, value="5,000,000 tablets", sources=["a", "b"],
                       evidence={"a": Passage(2, sentence)})
    assert headline_sentence(fact) == ("In total, the maker sold 5 million Vela tablets in the quarter, compared to "
                                       "7 million the year before, the report said.")


def test_a_story_of_few_sources_has_each_first_lead_sentence_as_a_development_but_not_background():
    """Two reports of a ferry's launch: each lead tells several things nobody else can corroborate; a sentence
    another report's lede already counts is not repeated, and an earlier year's sentence is background."""
    a = source("a", ["The city's first electric ferry entered service on the river on Monday morning.",
                     "The boat carries 200 passengers and charges its batteries at each pier in six minutes.",
                     "The shipyard that built it in Gdansk delivered the ferry two months late."], [])
    b = source("b", ["An electric ferry began carrying passengers across the river on Monday, the city said.",
                     "In 1998 the city retired its last steam ferry after a fire in the engine room.",
                     "Tickets cost the same as a bus fare and can be bought with the same card."], [])
    facts = lede_developments([a, b], [], story_year=2024)
    assert [(f.sources, f.statement) for f in facts] == [
        (["a", "b"], a.body[0]), (["a"], a.body[1]), (["a"], a.body[2]), (["b"], b.body[2])]
    assert all("1998" not in f.statement for f in lede_developments([a, b], [], story_year=None))
    many = [source(s, [f"Report {s} says the ferry entered service on the river on Monday.", b.body[2]], [])
            for s in "cdef"]
    assert not any(b.body[2] in str(f.evidence) for f in lede_developments(many + [a, b], []))   # 6 sources
