"""Issue 15: the background paragraphs one newsroom pastes under every report of a continuing story are
background, not developments; each day's lede outranks them.  The sentences are written for these tests (a
fraud trial reported day by day, a harbour strike reported twice by two agencies), not taken from the demo,
the WikiRef events or the BBC News dataset."""
from __future__ import annotations

from generator.consolidate.boilerplate import repeated_background
from generator.consolidate.developments import is_repeated, rank
from generator.model.briefing import Briefing, Passage, SourceInfo, SummaryFact

SENTENCE = "Ms Varga could face up to 20 years in prison if she is convicted on all seven counts."
FOUNDED = "The logistics group was founded in 1991 and employed 4,000 people before it collapsed."


def _report(sid: str, lede: str, news: str, *background: str) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=sid), body=[lede, news, *background])


DAY1 = _report("day1", "Jury selection began on Monday in the fraud trial of the former logistics chief Anna Varga.",
               "Lawyers expect the trial to last six weeks.", SENTENCE, FOUNDED)
DAY2 = _report("day2", "A former accountant told jurors he moved losses into shell companies on her orders.",
               "He has pleaded guilty and is cooperating with prosecutors.",
               "Ms Varga could face up to 20 years in prison if convicted on all seven counts.", FOUNDED)
DAY3 = _report("day3", "Defence lawyers called the company's auditor as their first witness on Thursday.",
               "The auditor said the accounts had been signed off every year.", SENTENCE,
               "The group's shares were suspended in March.")


def test_a_sentence_three_reports_of_different_days_repeat_is_background():
    repeated = repeated_background([DAY1, DAY2, DAY3])
    assert ("day1", SENTENCE) in repeated and ("day3", SENTENCE) in repeated
    assert ("day2", "Ms Varga could face up to 20 years in prison if convicted on all seven counts.") in repeated
    # two of the newsroom's reports share the founding sentence: its background too
    assert ("day1", FOUNDED) in repeated and ("day2", FOUNDED) in repeated
    # a lede (first paragraph) and a report's own news never are
    assert not any(text.startswith(("Jury selection", "Lawyers expect", "The auditor")) for _, text in repeated)


def test_two_versions_of_one_report_or_two_agencies_share_the_news_not_background():
    morning = _report("am", "Dock workers at the northern harbour walked out on Tuesday over a pay offer.",
                      "The strike halted the loading of twelve container ships, the port authority said.")
    evening = _report("pm", "Dock workers at the northern harbour walked out on Tuesday over a new pay offer.",
                      "The strike halted the loading of twelve container ships, the port authority said.")
    other = _report("wire", "A union leader said the harbour strike could last until the weekend.",
                    "The strike halted the loading of twelve container ships, the port authority said on Tuesday.")
    # the two versions open alike: one report; with the agency's, two reports only -- no newsroom's background
    assert repeated_background([morning, evening, other]) == frozenset()


def test_repeated_background_ranks_below_each_days_lede():
    sentence = {"day1": SENTENCE, "day2": DAY2.body[3], "day3": SENTENCE}
    sentence_fact = SummaryFact(id="years-20", statement=SENTENCE, value=20, unit="years",
                                sources=sorted(sentence),
                                evidence={sid: Passage(3, text) for sid, text in sentence.items()})
    lede = SummaryFact(id="lede-jury", statement=DAY1.body[0], sources=["day1"],
                       evidence={"day1": Passage(1, DAY1.body[0])})
    repeated = repeated_background([DAY1, DAY2, DAY3])
    assert is_repeated(sentence_fact, repeated) and not is_repeated(lede, repeated)
    ranked = rank([sentence_fact, lede], 2024, repeated)
    assert [f.id for f in ranked] == ["lede-jury", "years-20"]
    assert ranked[1].background and not ranked[0].background
    # without the newsroom's repeats the sentence three sources carry is the top development, as before
    assert [f.id for f in rank([sentence_fact, lede], 2024)] == ["years-20", "lede-jury"]


def test_a_fact_dated_to_a_past_decade_is_history():
    from generator.consolidate.developments import is_history
    texts = {"a": "Under her leadership the group grew from a regional carrier into a $40bn firm in the late 1990s.",
             "b": "She turned the group into a $40bn firm and a darling of 1980s investors."}
    fact = SummaryFact(id="dollar-4e10", statement=texts["a"], value=4e10, unit="dollar", sources=sorted(texts),
                       evidence={sid: Passage(4, text) for sid, text in texts.items()})
    assert is_history(fact, 2005)
    # a decade the story's year falls in is not the past
    recent = {sid: text.replace("late 1990s", "2000s").replace("1980s", "2000s") for sid, text in texts.items()}
    fact = SummaryFact(id="dollar-4e10", statement=recent["a"], value=4e10, unit="dollar", sources=sorted(recent),
                       evidence={sid: Passage(4, text) for sid, text in recent.items()})
    assert not is_history(fact, 2005)


def test_a_decade_a_span_runs_from_is_not_history():
    from generator.consolidate.developments import is_history
    texts = {"a": "Every mayor since Ruth Holm in the 1950s has opened the fair, but she is the first to skip it.",
             "b": "Every mayor since the 1950s has opened the fair; she is the first to skip it."}
    fact = SummaryFact(id="skip", statement=texts["b"], sources=sorted(texts),
                       evidence={sid: Passage(2, text) for sid, text in texts.items()})
    assert not is_history(fact, 2009)


def test_two_reports_of_other_news_sharing_a_block_of_background_are_one_newsrooms():
    block = ["The original ferry service was launched in 1984 and carried 750,000 passengers in its first year.",
             "The new operator will not run the winter crossings, despite selling tickets for them online.",
             "Harbour staff who appear in the new timetable are well known to islanders on both coasts.",
             "Proceeds from the sale of the old ferries will go towards repairs at the northern pier."]
    monday = _report("monday", "The island's new ferry service sailed on time on its first morning on Monday.",
                     "Passengers queued from dawn.", *block)
    tuesday = _report("tuesday", "The transport minister bought two season tickets for the new ferry on Tuesday.",
                      "Staff were surprised by the visit.", *block)
    repeated = repeated_background([monday, tuesday])
    assert ("monday", block[0]) in repeated and ("tuesday", block[3]) in repeated
    one_line = [_report("a", monday.body[0], "Passengers queued.", block[0]),
                _report("b", tuesday.body[0], "Staff were surprised.", block[0])]
    assert not repeated_background(one_line)       # one shared line between two reports is no block
