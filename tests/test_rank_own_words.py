"""Issue 15: a development shown with a sentence a higher-ranked development is already shown with (another
source's sentence that supports both) is told with the sentence it was found with.  The sentences are written
for these tests (a ferry line's ticket sales), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.developments import headline_sentence, rank
from generator.model.briefing import Passage, SummaryFact

FEWER = "Northline reportedly sold 30 percent fewer ferry tickets than planned in its first summer."
OWN = "The chief executive said Northline sold two million tickets in the first month, ahead of its old boats."
SHORTFALL = SummaryFact(id="shortfall", statement=FEWER, sources=["a", "c"],
                        evidence={"a": Passage(1, FEWER), "c": Passage(1, FEWER)})
FIRST_MONTH = SummaryFact(id="lede-first-month", statement=OWN, sources=["a", "b"],
                          evidence={"b": Passage(2, OWN), "a": Passage(1, FEWER)})


def test_a_development_whose_supporter_s_sentence_is_taken_keeps_its_own_words():
    assert headline_sentence(FIRST_MONTH) == FEWER            # the supporter's lead sentence, shorter
    shown = [f.statement for f in rank([SHORTFALL, FIRST_MONTH], None) if not f.background]
    assert shown == [FEWER, OWN]


def test_a_development_with_no_words_of_its_own_stays_one_headline_with_the_other():
    machine = SummaryFact(id="count", statement="Tickets: 30 percent.", sources=["a", "b"],
                          evidence={"a": Passage(1, FEWER), "b": Passage(3, FEWER)})
    ranked = [f for f in rank([SHORTFALL, machine], None) if not f.background]
    assert [f.statement for f in ranked] == [FEWER]
