"""Who said it (issue 16, session 10c): general forms of news English seen among the misses of wikiref-dev13.
Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.mentions.names import find_people
from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes


def test_a_quote_within_a_single_marked_quote_is_part_of_it():
    body = ["Mira Castell, a director at the firm, said: ‘In 2004 we warned that “the harbour will silt up within a "
            "decade” and today’s survey shows how right that was.’"]
    found = quotes(body)
    assert list(found) == ["In 2004 we warned that “the harbour will silt up within a decade” and today’s survey "
                           "shows how right that was."]
    assert found[next(iter(found))] == "Mira Castell"


def test_a_double_marked_quote_beside_single_marks_stays_a_quote():
    body = ["Mira Castell said the ‘old rules’ were gone. “We start again,” she said."]
    assert quotes(body).get("We start again,") == "Mira Castell"




_RACE = ("It’s good news for Varga that Rita’s out of the race. Now her rivals can turn their full attention to Anna "
         "Varga. Mrs. Varga is the new, unwilling contestant in the game.")


def test_one_supporter_after_sentence_words_is_an_unnamed_speaker():
    for lead_in in ("And as one Varga booster enthuses:", "As one Varga supporter said:", "But one Varga backer said:"):
        body = [_RACE, f"The campaign is hoping for the best. {lead_in} “Her story is more ordinary than anyone thinks.”"]
        assert quotes(body).get("Her story is more ordinary than anyone thinks.") is None, lead_in


def test_team_before_a_surname_is_a_campaign_not_a_person():
    body = [_RACE, "Team Varga is hoping for the best. On her game, she is a star."]
    assert "Team Varga" not in {p.name for p in find_people(body)}
    assert not [q for q in find_quotes(body + ["“She will win,” Team Varga said."], []) if q.speaker == "Team Varga"]


def test_a_passive_reporting_verb_is_said_by_its_agent():
    body = ["Tom Okoro watched from the stand as the visitors scored late.",
            "The equaliser was sardonically described by Okoro as “a very Harbour United goal”.",
            "Ann Lee was described as “a born fighter” and was accused of “reckless tackling” in the match report."]
    found = quotes(body)
    assert found.get("a very Harbour United goal") == "Tom Okoro"
    assert found.get("a born fighter") != "Ann Lee"


def test_a_name_in_the_capitals_that_open_a_lede_is_a_name():
    body = ["TOM OKORO'S party last week may have woken his slow-starting side.",
            "“We needed that,” Okoro said after the win."]
    assert quotes(body).get("We needed that,") == "Tom Okoro"
    body[0] = "NEW YORK (AP) — Tom Okoro has scored again."
    assert find_people(body)[0].name == "Tom Okoro"


def test_a_title_after_best_seller_is_a_work_not_speech():
    body = ["Ann Lee wrote the best-seller “A Garden for Everyone,” about the joy of growing food. “Every child should "
            "grow a tomato,” she said."]
    assert list(quotes(body)) == ["Every child should grow a tomato,"]
