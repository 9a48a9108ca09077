"""Issue 15: in a story of three sources, the words every lead has are the story's topic, not agreement: a
lead sentence sharing only them (and fewer than three words more) with another source's lede is no support
of it, and stays a development of its own.  The sentences are written for these tests (three reports of a
ferry line's new boat), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.ledes import _lead_sentences, lede_developments, topic_words
from generator.model.briefing import Briefing, SourceInfo

REVIEW = Briefing(source=SourceInfo(id="a", file="a.txt", title="Harbour ferry review"), body=[
    "The new Harbour ferry from Northline has a roomy deck and quiet engines for the crossing."])
NEWS = Briefing(source=SourceInfo(id="b", file="b.txt", title="Night service for the ferry"), body=[
    "The Northline Harbour ferry is barely different from last year's boat, and now a night service is being "
    "added by the city."])
TIMES = Briefing(source=SourceInfo(id="c", file="c.txt", title="Faster crossing"), body=[
    "Northline's Harbour ferry makes the crossing in twelve minutes, two faster than the old boat."])


def test_words_every_lead_of_three_has_are_topic_words_and_no_support():
    found = lede_developments([REVIEW, NEWS, TIMES], [])
    by_text = {f.statement: f.sources for f in found}
    assert by_text[REVIEW.body[0]] == ["a"]
    assert by_text[NEWS.body[0]] == ["b"]          # its own development, not the review's support


def test_two_sources_have_no_topic_words():
    """What two leads share is as much their agreement as their topic."""
    two = {b.source.id: _lead_sentences(b) for b in (REVIEW, NEWS)}
    three = {b.source.id: _lead_sentences(b) for b in (REVIEW, NEWS, TIMES)}
    assert topic_words(two) == frozenset()
    assert {"harbour", "ferry", "northline"} <= topic_words(three)
