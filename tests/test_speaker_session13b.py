"""Speaker rules of session 13 (speakers13, issue 16), from the misses of the BBC, WikiRef and news dev batches.
Every sentence here is written for the test, none is taken from a corpus."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def _speakers(*body: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(body), [])]


def test_a_body_named_after_its_kind_opening_the_sentence_is_the_subject_of_its_participle_cue():
    """'Chipmaker Intel welcomed …, saying', 'Energy analysts Wood Mackenzie backed …, saying': the name after a
    noun of what kind of body it is speaks, though no organisation word ends it."""
    assert _speakers(
        "Energy analysts Wood Mackenzie backed the pipeline, saying it was \"a sensible first step\".",
        "Broadband supplier (BBS) Fibrewise also welcomed the cut saying \"customers will feel the difference\".",
        "Chipmaker Quellon criticised the ruling, saying it would \"stifle new designs\".") == \
        ["Wood Mackenzie", "Fibrewise", "Quellon"]


def test_a_person_named_after_a_plural_noun_is_still_a_person():
    assert _speakers("Analysts Tomas Berg and others doubted the plan, saying it was \"too slow\".") == ["Tomas Berg"]


def test_the_kind_a_text_gives_a_body_refers_back_to_it():
    """'Skyline Air, the third-largest Canadian airline, …' then 'The airline said': the body the text called an
    airline, though its name has no such word and it never spoke before."""
    assert _speakers(
        "Bags piled up at Skyline Air, the third-largest Canadian airline, after staff called in sick.",
        "\"We expect a full service by Friday,\" said Joe Pratt, a travel agent. Critics said the delays would "
        "hurt. The airline said it was \"deeply sorry for the delays\".") == ["Joe Pratt", "Skyline Air"]
    assert _speakers("Shares in Harlow Foods fell after budget supplier Dunmore Milling cut its forecast. Analysts "
                     "were unmoved. The supplier said it was \"confident of a recovery in the spring\".") == \
        ["Dunmore Milling"]


def test_a_person_in_apposition_to_a_kind_is_no_body_of_that_kind():
    """'Ann Roe, the head of the airline' is a person; 'the airline said' stays unattributed."""
    assert _speakers("Ann Roe, the head of the airline, resigned on Monday. Staff were angry. The airline said it was "
                     "\"looking for a successor\".") == [None]


def test_bodies_in_the_plural_are_the_bodies_the_text_named_together():
    """'Shares in Korvane and Tessel Pharma fell as the firms …' then '“…,” the two firms said': joint speakers, the
    bodies named together in a sentence that calls them firms (not two products named after them)."""
    quotes = find_quotes(["Shares in Korvane and Tessel Pharma fell on Monday after the firms halted sales of a drug. "
                          "The trials had used both Pravex and Oltima.",
                          "\"We will review every case with doctors,\" the two firms said in a statement."], [])
    assert [q.speakers for q in quotes] == [["Korvane", "Tessel Pharma"]]
    quotes = find_quotes(["Drug makers Acme, Bolt and Crane will share the costs. \"We want one standard,\" the "
                          "companies said."], [])
    assert [q.speakers for q in quotes] == [["Acme", "Bolt", "Crane"]]


def test_bodies_in_the_plural_are_nobody_when_the_count_differs_or_people_were_named():
    assert _speakers("Acme, Bolt and Crane, three drug firms, will share the costs. \"We want one standard,\" the two "
                     "firms said.") == [None]
    assert _speakers("Talks between Ann Roe and Tom Lee of the firms ended. \"No deal yet,\" the firms said.") == [None]


def test_a_party_by_its_short_name_speaks_under_its_name():
    assert _speakers("The Tories dismissed the rail plan as \"a gimmick\", while the Lib Dems said it was \"too late\".",
                     "\"It will cost billions,\" said the Tories.") == \
        ["Conservatives", "Liberal Democrats", "Conservatives"]


def test_a_person_by_nationality_opening_the_sentence_is_the_subject_of_its_participle_cue():
    """'The Englishman initially backed Brown, whose …, saying …' is the manager's (the man the story is about), not
    Brown's, a name in the sentence as the object; so is the 'He said' that follows."""
    assert _speakers(
        "Hibernian manager Tony Mowbray will fine midfielder Scott Brown for his red card against Celtic.",
        "The Englishman initially backed Brown, whose sending-off cost Hibs the game, saying the tackle was \"fair\". "
        "But he has changed his mind after watching the replay. He said: \"I was wrong and I say so clearly.\"") == \
        ["Tony Mowbray", "Tony Mowbray"]


def test_a_body_of_a_nation_opening_the_sentence_is_no_person_by_nationality():
    """'The Swedish government rejected …, saying': a body of that nation, its noun after the demonym."""
    assert _speakers("The Swedish government rejected the claim, saying the wreck was \"not a threat\".") == \
        ["Swedish government"]
