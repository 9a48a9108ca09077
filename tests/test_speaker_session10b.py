"""Who said it (issue 16, session 10b): general forms of news English seen among the misses of the weakest dev
batches.  Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes


def quotes(body: list[str]) -> dict[str, object]:
    return {q.text: q.speakers or q.speaker for q in find_quotes(body, [])}


def test_an_institution_in_lower_case_after_its_place_speaks_through_a_participle():
    body = ["The Danish navy dismissed the report, saying the sonar readings were “inconclusive at best”.",
            "The Peruvian government rejected the figures on Tuesday and said they were “deeply misleading”.",
            "“We have no further comment,” the Danish navy said."]
    found = quotes(body)
    assert found.get("inconclusive at best") == "Danish navy"
    assert found.get("deeply misleading") == "Peruvian government"
    assert found.get("We have no further comment,") == "Danish navy"


def test_the_institution_by_its_noun_alone_is_no_name():
    body = ["Officials from the Ministry of Fisheries met the trawler crews on Monday.",
            "The ministry dismissed the report, saying it was “inconclusive at best”."]
    assert quotes(body).get("inconclusive at best") != "ministry"
