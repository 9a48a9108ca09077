"""Who said it (issue 16, session 10c): general forms of news English seen among the misses of wikiref-dev13.
Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes


def quotes(body: list[str]) -> dict[str, object]:
    return {q.text: q.speakers or q.speaker for q in find_quotes(body, [])}


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

