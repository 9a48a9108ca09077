"""Initials, name suffixes and abbreviations at a full stop: part of a name mid-sentence, a boundary at its end."""
from __future__ import annotations

import pytest

from generator.quotes.speaker_context import sentence_starts
from generator.text.sentences import split_sentences


def _texts(paragraph: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph)]


@pytest.mark.parametrize("paragraph", [
    "Toyota's North America chief J.D. Ramirez told dealers the recall would cost less than feared.",
    "The estate of J. R. R. Tolkien approved the new translation on Thursday.",
    "Former President George W. Bush attended the ceremony in Dallas.",
    "The march ended at the memorial where Martin Luther King Jr. spoke in 1963.",
    "Gen. Mark A. Milley and Lt. Col. Dana P. Whitfield briefed the committee.",
    "The draft was sent to U.S. officials and to the E.U. Commission before the vote.",
    "Senators pressed Sen. Ellen F. Hartley on the bill before the U.S. Senate adjourned.",
    "Shares of Acme Holdings Inc. Chairman Ray Lutz rose after the report.",
])
def test_initials_and_abbreviations_stay_in_one_sentence(paragraph: str) -> None:
    assert _texts(paragraph) == [paragraph]


@pytest.mark.parametrize(("paragraph", "first"), [
    ("The phone will go on sale in the U.S. The company did not give a price.", "in the U.S."),
    ("The award was named after Cal Ripken Jr. It is given every year.", "Cal Ripken Jr."),
    ("The deal closed with Northwind Traders Inc. However, regulators may still object.", "Northwind Traders Inc."),
    ("Voting closes at 8 p.m. They expect results by midnight.", "at 8 p.m."),
    ("The talks failed. Negotiators left the hotel without a statement.", "The talks failed."),
])
def test_an_abbreviation_that_ends_a_sentence_still_splits(paragraph: str, first: str) -> None:
    sentences = _texts(paragraph)
    assert len(sentences) == 2
    assert sentences[0].endswith(first)
    assert paragraph.index(sentences[1]) == split_sentences(paragraph)[1].start


def test_speaker_search_splits_the_same_way() -> None:
    masked = "Honda's sales head T.J. Okafor said demand was strong in the U.S. He expects more orders."
    starts = sentence_starts(masked)
    assert starts == [0, masked.index("He expects")]
