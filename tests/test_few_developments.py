"""Issue 15: a story whose developments are few -- whatever its number of sources -- shows what its articles say
after their leads; a sentence that left out its verb is no lede; a fact put in a past period of someone's life
('During her four years at the charity …') is background, judged on the wordings that report it.
The sentences are written for these tests (a river festival told by four articles, a charity's new director),
not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.developments import is_history
from generator.consolidate.ledes import is_lede
from generator.consolidate.stage import consolidate
from generator.model.briefing import Briefing, Fact, Passage, SourceInfo, SummaryFact


def source(sid: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=sid.replace("-", " ")), body=body)


FESTIVAL = [
    source("a-report", ["Thousands lined the quays for the river festival's opening parade.",
                        "Boats decked in lanterns sailed past the old customs house.",
                        "Rain held off until the fireworks ended.",
                        "The organisers counted more boats than in any earlier edition of the festival."]),
    source("b-review", ["Critics were divided over the parade's new route along the quays.",
                        "Some missed the crossing at the stone bridge.",
                        "Others praised the wider view from the embankment.",
                        "The festival's director promised to review the route before next summer."]),
    source("c-guide", ["Visitors should arrive early for the best places on the quays.",
                       "Trains run late on both festival nights.",
                       "Food stalls stay open until midnight.",
                       "Parking near the river is closed to cars for the whole weekend."]),
    source("d-notes", ["A local choir sang from a barge moored by the bridge.",
                       "Children waved from the embankment.",
                       "Lantern makers sold out by the evening.",
                       "The city council will decide next month whether the festival gets a third night."]),
]


def test_a_story_of_four_sources_with_few_developments_shows_statements_after_the_leads():
    shown = [f.statement for f in consolidate(FESTIVAL).facts if not f.background]
    assert "The organisers counted more boats than in any earlier edition of the festival." in shown
    assert "The festival's director promised to review the route before next summer." in shown


def test_a_sentence_that_left_out_its_verb_leans_on_the_one_before():
    def lede(text: str) -> bool:
        return is_lede(Fact(id="x", kind="text", statement=text, paragraph=2, evidence=text))
    assert not lede("The city's other critic probably didn't, however.")
    assert not lede("Asked whether the route would change, the director said it would.")
    assert lede("The festival's director promised to review the route before next summer.")
    assert lede("The council has voted to keep the festival on the quays.")


def fact(statement: str, *wordings: tuple[str, str, int]) -> SummaryFact:
    return SummaryFact(id="f", statement=statement, value=4, unit="years", sources=[w[0] for w in wordings],
                       evidence={sid: Passage(paragraph, text) for sid, text, paragraph in wordings})


def test_a_fact_put_in_a_past_period_of_someone_s_life_is_background():
    alone = fact("During her four years at the charity, Ms. Reyes doubled its donors.",
                 ("a", "During her four years at the charity, Ms. Reyes doubled its donors.", 9))
    assert is_history(alone, 2021)
    start = fact("From the earliest days of the charity, its founders relied on volunteers.",
                 ("a", "From the earliest days of the charity, its founders relied on volunteers.", 2))
    assert is_history(start, 2021)
    news = fact("Ms. Reyes will lead the charity for four years from January.",
                ("a", "Ms. Reyes will lead the charity for four years from January.", 1))
    assert not is_history(news, 2021)


def test_a_wording_that_only_shares_the_number_does_not_keep_a_fact_out_of_the_background():
    """'four years at the charity' and 'four more years of cuts' agree on a number, not on a fact: the wording
    that reports it decides."""
    mixed = fact("During her four years at the charity, Ms. Reyes doubled its donors.",
                 ("a", "During her four years at the charity, Ms. Reyes doubled its donors.", 9),
                 ("b", "“We cannot afford four more years of cuts,” the mayor said.", 14))
    assert is_history(mixed, 2021)
