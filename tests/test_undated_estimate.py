"""Issue 15: sources without a day of their own in a corpus where only a few are dated.  The sentences are
written for these tests in wire style (a ferry strike and a river flood), not taken from the demo or the
WikiRef events."""
from __future__ import annotations

from generator.facts.date_mentions import find_dates
from generator.facts.elapsed import Elapsed, lede_elapsed
from generator.facts.own_day import undated_estimated
from generator.facts.stage import finish_corpus
from generator.model.briefing import Briefing, SourceInfo
from generator.site.page_model import _dating


def source(sid: str, body: list[str], published: str | None = None) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title="River flood", published=published),
                    body=body, dates=find_dates(body))


def weekdays(b: Briefing) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in b.dates if d.relative and d.relative.kind == "weekday"]


FLOOD = [
    source("a", ["The river burst its banks on 9 October, flooding the old town on Wednesday.",
                 "Rescuers reached the last villages on Friday."]),
    source("b", ["Thousands were evacuated on Wednesday as the river flooded the old town on 9 October.",
                 "Schools stayed shut on Thursday."]),
    source("c", ["The old town was flooded on Wednesday, the mayor said.", "The army arrived on Saturday."]),
    source("d", ["Flood waters began to recede on Sunday.", "Insurers put the damage at 40 million."],
           published="2019-10-14"),
]


def test_a_mostly_undated_corpus_reads_undated_weekdays_against_the_estimated_story_day():
    """Three of four sources carry no day of their own: the story's day is the one their leads state on the
    weekday they name (Wednesday 9 October; the year comes from the one dated source), and their weekdays
    fall in the week that follows it.  The dated source keeps its own day."""
    assert undated_estimated(FLOOD)
    out = {b.source.id: b for b in finish_corpus(FLOOD)}
    assert weekdays(out["a"]) == [("on Wednesday", "2019-10-09"), ("on Friday", "2019-10-11")]
    assert weekdays(out["b"]) == [("on Wednesday", "2019-10-09"), ("on Thursday", "2019-10-10")]
    assert weekdays(out["c"]) == [("on Wednesday", "2019-10-09"), ("on Saturday", "2019-10-12")]
    assert out["d"].dates == FLOOD[3].dates        # dated at extraction against its own day, not the story's
    assert "(estimated)" in (_dating(list(out.values())) or "")


def test_dated_sources_months_apart_leave_undated_weekdays_undated():
    """The one dated page is of months after the flood (a long story): the undated sources could be of any
    week, so their weekdays are not put in the flood's week, and the page says they are left undated."""
    later = [*FLOOD[:3], source("d", ["Rebuilding began on Monday.", "Insurers paid 40 million."],
                                published="2020-02-03")]
    out = {b.source.id: b for b in finish_corpus(later)}
    assert weekdays(out["a"]) == [("on Wednesday", None), ("on Friday", None)]
    assert "left undated" in (_dating(list(out.values())) or "")


def test_a_mostly_dated_corpus_leaves_an_undated_sources_weekdays_undated():
    """Two of three sources are dated: the undated one does not borrow a day (issue 14), and the page says so."""
    dated = [source("x", ["The river flooded the old town on Wednesday."], published="2019-10-10"),
             source("y", ["Rescuers reached the villages on Friday."], published="2019-10-12"),
             source("z", ["The army arrived on Saturday, the mayor said."])]
    assert not undated_estimated(dated)
    out = {b.source.id: b for b in finish_corpus(dated)}
    assert weekdays(out["z"]) == [("on Saturday", None)]
    assert "left undated" in (_dating(dated) or "")


def test_a_weekday_written_with_its_day_and_month_is_one_day():
    """'on Saturday 12 October' (British order) names one day, the one of 12 October: the weekday is not
    read on its own against the story's week; 'Friday, 11 October 2019' likewise."""
    found = find_dates(["Ferries stopped on Saturday 12 October, the union said.",
                        "The strike was called on Friday, 11 October 2019."])
    assert [(d.text, d.date, str(d.relative) if d.relative else None) for d in found] == [
        ("on Saturday 12 October", None, "monthday:10-12:wd6"),
        ("on Friday, 11 October 2019", "2019-10-11", None)]


def test_last_weekday_in_an_undated_source_is_the_story_day_or_unknown():
    """Read against the story's day (Wednesday 9 October): 'last Wednesday' is that day; 'last Friday' was
    written some weeks after a Friday nobody can tell, so it stays undated rather than land on 11 October."""
    from generator.facts.resolve import resolve_relative
    from generator.model.relative import RelativeDate
    assert resolve_relative(RelativeDate.parse("weekday:3:last"), "2019-10-09", story_week=True) == \
        ("2019-10-09", "day")
    assert resolve_relative(RelativeDate.parse("weekday:5:last"), "2019-10-09", story_week=True) is None
    assert resolve_relative(RelativeDate.parse("weekday:5:last"), "2019-10-09") == ("2019-10-04", "day")




def test_an_undated_source_whose_lede_counts_weeks_since_the_flood_reads_its_weekdays_weeks_later():
    """'Two weeks since the flood' in the lede: this undated source was written two weeks after the story's
    day (Wednesday 9 October), so its 'Wednesday' and 'yesterday' are of that week (23 and 22 October), not
    of the flood's; a month day keeps the story's year."""
    later = source("e", ["The mayor on Wednesday marked two weeks since the flood by opening a relief fund.",
                         "Insurers said yesterday that claims had doubled since the river burst its banks on "
                         "9 October."])
    out = {b.source.id: b for b in finish_corpus([*FLOOD, later])}
    assert weekdays(out["e"]) == [("on Wednesday", "2019-10-23")]
    assert [d.date for d in out["e"].dates if d.relative and d.relative.kind == "day"] == ["2019-10-22"]
    assert [d.date for d in out["e"].dates if d.relative and d.relative.kind == "monthday"] == ["2019-10-09"]
    assert any("two weeks since the flood" in (d.anchor or "") for d in out["e"].dates)


def test_what_moves_an_undated_source_off_the_story_day() -> None:
    assert lede_elapsed(["Nearly a week after the earthquake, aid reached the valley."]) == \
        Elapsed(6, "Nearly a week after the earthquake")
    assert lede_elapsed(["Ten days after the election, the count goes on."]).days == 10
    # no event noun: 'a day after the finance minister spoke' is not the story's happening
    assert lede_elapsed(["The shares fell a day after the finance minister spoke."]) is None
    # months are too coarse to place a weekday; a gap told deep in the story is history, not the lede
    assert lede_elapsed(["Six months after the crash, families still wait."]) is None
    assert lede_elapsed(["Police said.", "Nobody spoke.", "It rained.", "A week after the attack, arrests."]) is None
