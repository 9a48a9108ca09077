"""Issue 15: two outlets' copies of one sentence that differ in a word ('When the firm collapsed …' / 'When
Northway collapsed …') are one headline, not two.  Sentences written for this test (an invented airline's
collapse), not taken from the demo or a development event."""
from __future__ import annotations

from generator.consolidate.developments import rank
from generator.model.briefing import Passage, SummaryFact


def fact(fid: str, statement: str, value: str, sources: list[str]) -> SummaryFact:
    return SummaryFact(id=fid, statement=statement, value=value, sources=sources,
                       evidence={s: Passage(3, statement) for s in sources})


def test_copies_of_one_sentence_differing_in_a_word_are_one_headline():
    facts = [fact("a", "When the airline finally collapsed, travellers lost about $90m and 2,000 staff lost their "
                       "jobs.", "$90m", ["x", "y"]),
             fact("b", "When Northway finally collapsed, travellers lost about $90m and 2,000 staff lost their "
                       "jobs.", "2,000 staff", ["z"]),
             fact("c", "Ministers ordered an inquiry into the airline's accounts on Monday.", "", ["x"])]
    ranked = [f for f in rank(facts, None) if not f.background]
    assert len(ranked) == 2
    assert sorted(ranked[0].sources) == ["x", "y", "z"]
