"""Places, organisations, events, title facts, ranking and the corpus step, on an article written for these
tests (a fictional Arctic Council meeting, not the demo corpus); plus the seed-gold accuracy floor."""
from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from generator.facts import stage as facts_stage
from generator.mentions.organizations import find_organizations
from generator.mentions.places import find_places
from generator.model.briefing import Briefing, CleanedText, Note, Person, SourceInfo

ARTICLE = CleanedText(
    title="Arctic Council ends talks in Reykjavik without deal on shipping lanes",
    body=[
        "Arctic Council ministers ended nearly six hours of talks in Reykjavik on Tuesday without agreeing on "
        "new shipping lanes, as more than 2,000 protesters gathered outside the Harpa conference hall.",
        "Icelandic Foreign Minister Gudrun Olafsdottir, who chaired the meeting, said the eight-nation body "
        "would meet again in Tromso.",
        "The council was founded in 1996 and has eight members, but its meetings were paused two years ago.",
        "Ministers from Norway, Canada and the Russian Federation attended, along with observers from the "
        "European Union and the World Wildlife Fund.",
        "A follow-up meeting of the Arctic Council will be held on Friday in Copenhagen, officials said.",
    ],
    notes=[Note(kind="correction", text="This article has been corrected to show that Gudrun Olafsdottir is "
                                        "Minister for Foreign Affairs of Iceland, not Prime Minister.")],
    published="2023-05-17",     # a Wednesday
)
PEOPLE = [Person(name="Gudrun Olafsdottir", role="Foreign Minister", affiliation="Iceland")]


@pytest.fixture
def extracted(monkeypatch):
    monkeypatch.setattr(facts_stage.names, "find_people", lambda body: list(PEOPLE))
    return facts_stage.extract_facts(ARTICLE, [])


def test_places_as_written_from_the_gazetteer_and_patterns():
    text = ["Shelling continued in eastern Syria and near Aleppo, while envoys met in Vienna and Geneva.",
            "Refugees crossed into Central Europe through the Balkans region."]
    assert find_places(text) == ["eastern Syria", "Aleppo", "Vienna", "Geneva", "Central Europe", "Balkans"]


def test_a_place_inside_an_organisation_name_is_not_a_place():
    assert find_places(["The Organization of American States met in Washington."]) == ["Washington"]


def test_surname_that_looks_like_a_city_is_not_a_place():
    assert find_places(["Defensive end Sheldon Richardson missed practice.", "Richardson said he was fine."]) == []


def test_organisations_by_structure():
    text = ["The Kremlin rejected a report by the International Atomic Energy Agency (IAEA), while House "
            "Republicans and the Biden administration urged the Securities and Exchange Commission to act."]
    assert find_organizations(text) == ["Kremlin", "International Atomic Energy Agency", "IAEA",
                                        "House Republicans", "Biden administration",
                                        "Securities and Exchange Commission"]


def test_organisations_skip_shouting_and_things():
    assert find_organizations(["GET OUT THE VOTE, they chanted, charging the new SUV over USB."]) == []


def test_extract_facts_numbers_dates_places(extracted):
    numbers = {(f.value, f.unit, f.qualifier) for f in extracted.facts if f.kind in ("count", "duration")}
    assert numbers == {(6, "hours", "nearly"), (2000, "protesters", "more than"), (8, "nations", None),
                       (8, "members", None)}
    dates = {(d.text, d.date) for d in extracted.dates}
    assert dates == {("on Tuesday", "2023-05-16"), ("in 1996", "1996"), ("two years ago", "2021"),
                     ("on Friday", "2023-05-19")}
    assert all(d.anchor == "2023-05-17 (publication date)" for d in extracted.dates if d.relative)
    assert extracted.places[:2] == ["Reykjavik", "Tromso"] or "Reykjavik" in extracted.places
    assert {"Norway", "Canada", "Russian Federation", "Copenhagen"} <= set(extracted.places)
    assert {"Arctic Council", "European Union", "World Wildlife Fund"} <= set(extracted.organizations)


def test_events_in_calendar_order_with_place_and_chair(extracted):
    events = [f for f in extracted.facts if f.kind == "event"]
    assert [(e.value, e.subject) for e in events] == [("2023-05-16", "talks"),
                                                      ("2023-05-19", "Arctic Council meeting")]
    assert "Reykjavik" in events[0].statement and "chaired by Gudrun Olafsdottir" in events[0].statement
    assert "Copenhagen" in events[1].statement
    location = next(f for f in extracted.facts if f.kind == "place")
    assert (location.value, location.subject) == ("Reykjavik", "talks")
    chair = next(f for f in extracted.facts if f.subject == "meeting chair")
    assert chair.value == "Gudrun Olafsdottir" and chair.paragraph == 2


def test_title_facts_from_people_and_from_the_correction(extracted):
    titles = {(f.subject, f.value, f.qualifier) for f in extracted.facts if f.kind == "title"}
    assert titles == {("Gudrun Olafsdottir", "Foreign Minister", None),
                      ("Gudrun Olafsdottir", "Minister for Foreign Affairs", "correction")}


def test_facts_are_ranked_with_evidence_and_stable_ids(extracted):
    ranks = sorted(f.rank for f in extracted.facts)
    assert ranks == list(range(1, len(extracted.facts) + 1))
    for fact in extracted.facts:
        if fact.paragraph:
            assert fact.evidence in ARTICLE.body[fact.paragraph - 1]
    top = min(extracted.facts, key=lambda f: f.rank)
    assert top.paragraph == 1                            # the lede outranks background
    again = facts_stage.extract_facts(ARTICLE, [])
    assert [f.id for f in again.facts] == [f.id for f in extracted.facts]
    assert "count-protesters-2000" in {f.id for f in extracted.facts}


def test_an_undated_source_never_borrows_the_day_of_another_sources_tweet(monkeypatch):
    monkeypatch.setattr(facts_stage.names, "find_people", lambda body: [])
    undated = CleanedText(title="Strike ends", body=["Dock workers ended their strike on Thursday in Antwerp "
                                                     "after talks.", "The union said talks began on Monday."])
    tweeted = CleanedText(title="Port reopens", body=["The port reopened on Thursday."],
                          notes=[Note(kind="tweet", text="Strike is over.", author="Port Authority",
                                      date="2024-02-08")])          # a Thursday
    briefings = []
    for i, cleaned in enumerate((undated, tweeted)):
        found = facts_stage.extract_facts(cleaned, [])
        briefings.append(Briefing(source=SourceInfo(id=f"s{i}", file=f"s{i}.txt"), notes=cleaned.notes,
                                  body=cleaned.body, people=found.people, facts=found.facts,
                                  places=found.places, dates=found.dates))
    assert briefings[0].dates[0].date is None
    done = facts_stage.finish_corpus(briefings)
    assert [d.date for d in done[0].dates] == [None, None]                # unresolved, with the words it said
    assert [d.text for d in done[0].dates] == ["on Thursday", "on Monday"]
    assert done[1].dates[0].date == "2024-02-08"                           # the tweet dates its own source
    assert done[1].dates[0].anchor.startswith("2024-02-08 (tweet by Port Authority")


@pytest.mark.slow
def test_seed_gold_numbers_and_dates_meet_the_targets(gold_dir):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import facts_bench

    ev = facts_bench.evaluate(gold_dir)
    for measure in ("numbers", "dates"):
        precision, recall = ev.totals[measure].precision_recall()
        assert precision >= 0.9 and recall >= 0.9, (measure, ev.totals[measure].misses)
    right, of = ev.weekdays
    assert right == of > 0, ev.totals["dates"].misses
    assert ev.anchor.startswith("2022-01-12")


def test_organisation_pairs_titles_and_places_that_look_like_banks():
    text = ["The United Nations and European Union condemned the move, White House Press Secretary Ann Lee said.",
            "Settlements in the West Bank grew, the Trump administration said. The administration denied it."]
    assert find_organizations(text) == ["United Nations", "European Union", "White House", "Trump administration"]


def test_dateline_capitals_are_not_acronyms():
    assert find_organizations(["ST. JOSEPH, Mich. — Health officials confirmed a sixth death."]) == []


def test_sentences_keep_abbreviations_and_initials_whole():
    from generator.text.sentences import split_sentences

    para = ("Sen. Maria Lopez met U.S. envoys in Lima. Gen. John F. Kerr arrived at 9 a.m. on Friday. "
            "“We agreed,” she said. Talks resume in May.")
    assert [s.text for s in split_sentences(para)] == [
        "Sen. Maria Lopez met U.S. envoys in Lima.", "Gen. John F. Kerr arrived at 9 a.m. on Friday.",
        "“We agreed,” she said.", "Talks resume in May."]


# --- facts must say something, and their ids must tell sentences apart -------------------------------------

def test_no_fact_without_words_and_each_non_latin_sentence_its_own_id():
    """A separator row ('— — — …'), a row of numbers or dots is not a statement; a sentence in Cyrillic has no
    ASCII word to make its id from, so its id must still come from its own words (it used to be 'text--da39a3',
    the hash of nothing, for every such sentence)."""
    body = ["Flood waters rose overnight across three districts of the river valley, emergency crews reported.",
            "— — — — — — — — — — — —",
            ". . . . . . . . . .",
            "12 14 16 18 20 22 24 26 28",
            "Власти региона заявили, что уровень воды в реке продолжает расти второй день подряд.",
            "Спасатели эвакуировали жителей трёх деревень и открыли пункты временного размещения в школах."]
    found = facts_stage.extract_facts(CleanedText(title="Flood waters rise in the river valley", body=body)).facts
    assert found, "the English and Russian sentences are statements"
    assert all(any(ch.isalpha() for ch in f.statement) for f in found)
    assert not any(f.paragraph in (2, 3, 4) and f.kind == "text" for f in found)
    texts = [f for f in found if f.kind == "text"]
    assert {5, 6} <= {f.paragraph for f in texts}
    assert len({f.id for f in found}) == len(found)
    assert not any(f.id.endswith("da39a3") for f in found)


def test_a_number_in_a_sentence_that_opens_inside_a_quote_is_no_count_fact():
    """'“As far as we are aware, the family, which controls at least 30% of the firm, has not …' (a quote running
    on): someone's words, not the writer's statement; the writer's own number stays a fact."""
    body = ["The carmaker cut 1,200 jobs on Monday.",
            "\"We do not expect a sale,\" the broker said in a note. \"As far as we are aware, the family, which "
            "controls at least 30% of the firm, has not said it wants to sell the business."]
    facts = facts_stage.extract_facts(CleanedText(title="Carmaker cuts jobs", body=body)).facts
    statements = [f.statement for f in facts if f.kind == "count"]
    assert any("1,200" in s for s in statements)
    assert not any(s.startswith(("\"", "“")) for s in statements)
