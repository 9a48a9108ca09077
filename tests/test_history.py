"""The history of a briefing on plain data: what a build changed, and whether the story or a person changed it."""
from __future__ import annotations

import copy

import pytest

from generator.consolidate.history import Change, SourceState, State, diff
from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    Evidence,
    Passage,
    QuoteGroup,
    QuoteRef,
    SourceInfo,
    SourceRef,
    Summary,
    SummaryFact,
)
from generator.store.atomic import BriefingFileError
from generator.store.history import HISTORY_FILE, load_history, record

AT = "2026-12-05T10:00:00Z"


def fact(fid: str, statement: str, value, unit: str, sources: dict[str, int]) -> SummaryFact:
    return SummaryFact(id=fid, statement=statement, value=value, unit=unit, sources=sorted(sources),
                       evidence={s: Passage(p, statement) for s, p in sources.items()})


def conflict(cid: str, values: dict[str, list[str]], resolution=None) -> Conflict:
    return Conflict(id=cid, subject="Ana Rask", attribute="title", resolution=resolution,
                    values=[ConflictValue(value=v, sources=s, evidence=[Evidence(x, 2) for x in s])
                            for v, s in values.items()])


def group(speaker: str, *quotes: tuple[str, str, str]) -> QuoteGroup:
    return QuoteGroup(speaker=speaker, sources=[QuoteRef(s, q, t, 3) for s, q, t in quotes])


def states(**sha: str) -> dict[str, SourceState]:
    return {sid: SourceState(sha256=h, extractor="4", title=f"Title of {sid}", url=f"https://n.example/{sid}")
            for sid, h in sha.items()}


BEFORE = Summary(
    facts=[fact("dead-12", "At least 12 people died in the flood.", 12, "dead", {"a": 1, "b": 2}),
           fact("pumps-40", "Engineers counted 40 pumps.", 40, "pumps", {"a": 4, "b": 5})],
    conflicts=[conflict("title-ana-rask", {"chair": ["a"], "mayor": ["b"]})],
    quotes=[group("Ana Rask", ("a", "q1", "The barrier will hold."), ("b", "q7", "The barrier will hold"))])


def kinds(changes: list[Change]) -> list[str]:
    return [c.kind for c in changes]


def test_new_coverage_is_listed_as_story_with_both_values_of_a_changed_fact():
    after = copy.deepcopy(BEFORE)
    after.facts[0] = fact("dead-15", "At least 15 people died in the flood.", 15, "dead", {"b": 2, "c": 1, "d": 1})
    after.facts.append(fact("evacuated-300", "About 300 residents were evacuated.", 300, "evacuated", {"c": 3, "d": 2}))
    after.conflicts.append(Conflict(id="date-barrier", subject="barrier", attribute="date", values=[
        ConflictValue("2026-11-10", ["c"], [Evidence("c", 6)]),
        ConflictValue("2026-11-12", ["d"], [Evidence("d", 7)])]))
    after.quotes.append(group("Ivo Tamm", ("c", "q3", "We lost everything."), ("d", "q9", "We lost everything")))
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1", b="2", c="3", d="4")), AT)
    assert kinds(entry.story) == ["source-added", "source-added", "fact-changed", "fact-new", "conflict-new",
                                  "speaker-new", "statement-new"]
    assert entry.corrections == [] and entry.machine == [] and entry.sources == 4
    changed = entry.story[2]
    assert (changed.old, changed.new, changed.text) == ("12 dead", "15 dead", "At least 15 people died in the flood.")
    assert SourceRef("c", 1) in changed.evidence
    assert entry.story[0].url == "https://n.example/c" and entry.story[0].text == "Title of c"
    assert entry.story[4].new == ["2026-11-10", "2026-11-12"] and entry.story[3].old is None
    assert (entry.story[5].text, entry.story[6].speaker, entry.story[6].text) == ("Ivo Tamm", "Ivo Tamm",
                                                                                  "We lost everything.")


def test_a_new_count_beside_the_old_one_says_the_earlier_value():
    after = copy.deepcopy(BEFORE)
    after.facts.append(fact("dead-15", "The floods have killed 15 people.", 15, "dead", {"c": 1, "d": 2}))
    [new] = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1", b="2", c="3", d="4")), AT).story[2:]
    assert (new.kind, new.old, new.new) == ("fact-new", "12 dead", "15 dead")


def test_nothing_changed_gives_an_empty_entry():
    assert diff(State(BEFORE, states(a="1")), State(copy.deepcopy(BEFORE), states(a="1")), AT).empty()


def test_a_hand_correction_is_a_correction_not_a_story_change():
    after = copy.deepcopy(BEFORE)
    after.facts[1] = fact("pumps-42", "Engineers counted 42 pumps.", 42, "pumps", {"a": 4, "b": 5})  # edited YAML
    after.conflicts[0].resolution = "chair (the council's own site)"
    after.quotes[0].speaker = "Ana  RASK"             # the same speaker
    after.quotes.append(group("Ivo Tamm", ("b", "q7", "The barrier will hold")))   # a quote given to another
    after.quotes[0].sources = after.quotes[0].sources[:1]
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1", b="2")), AT)
    assert entry.story == [] and kinds(entry.corrections) == ["fact-changed", "conflict-resolved", "speaker-new",
                                                              "statement-changed"]
    assert (entry.corrections[3].old, entry.corrections[3].new) == ("Ana Rask", "Ivo Tamm")
    assert (entry.corrections[0].old, entry.corrections[0].new) == ("40 pumps", "42 pumps")
    assert entry.corrections[1].new == "chair (the council's own site)"


def test_a_re_extraction_is_the_machines_and_an_updated_or_removed_source_is_story():
    after = copy.deepcopy(BEFORE)
    after.quotes.append(group("Ana Rask", ("a", "q5", "Pumps are ready.")))
    newer = {sid: SourceState(s.sha256, "5", s.title, s.url) for sid, s in states(a="1", b="2").items()}
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, newer), AT)
    assert kinds(entry.machine) == ["statement-new"] and entry.story == entry.corrections == []
    after = copy.deepcopy(BEFORE)
    after.facts = after.facts[1:2]
    after.conflicts = []
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1x")), AT)
    assert kinds(entry.story) == ["source-updated", "source-removed", "fact-removed", "conflict-resolved"]
    assert entry.story[3].new == "the sources no longer disagree"


def test_a_fact_new_coverage_outranked_is_not_listed_but_one_edited_away_is_a_correction():
    after = copy.deepcopy(BEFORE)
    after.facts = after.facts[:1]                   # 'Engineers counted 40 pumps.' (sources a, b) left the headlines
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1", b="2", c="3")), AT)
    assert kinds(entry.story) == ["source-added"] and entry.corrections == []   # c's facts outranked it
    entry = diff(State(BEFORE, states(a="1", b="2")), State(after, states(a="1", b="2")), AT)
    assert kinds(entry.corrections) == ["fact-removed"]                          # nothing new: someone removed it


def briefing(sid: str, sha: str) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=f"Title of {sid}", sha256=sha))


def test_history_file_is_newest_first_and_round_trips(tmp_path):
    first = record(tmp_path, None, BEFORE, [briefing("a", "1"), briefing("b", "2")], "2026-12-05T09:00:00Z")
    assert first is not None and kinds(first.story)[:2] == ["source-added", "source-added"]
    assert record(tmp_path, BEFORE, BEFORE, [briefing("a", "1"), briefing("b", "2")], AT) is None
    after = copy.deepcopy(BEFORE)
    after.facts[0].value = 13
    second = record(tmp_path, BEFORE, after, [briefing("a", "1"), briefing("b", "2"), briefing("c", "3")], AT)
    assert kinds(second.story) == ["source-added"] and kinds(second.corrections) == ["fact-changed"]
    history = load_history(tmp_path)
    assert [e.at for e in history.entries] == [AT, "2026-12-05T09:00:00Z"]
    assert history.entries[0] == second and set(history.sources) == {"a", "b", "c"}
    text = (tmp_path / HISTORY_FILE).read_text()
    assert text.startswith("# What changed") and "kind: fact-changed" in text


def test_an_existing_briefing_without_history_starts_from_its_sources(tmp_path):
    assert record(tmp_path, BEFORE, BEFORE, [briefing("a", "1")], AT) is None
    assert load_history(tmp_path).entries == [] and (tmp_path / HISTORY_FILE).exists()


@pytest.mark.parametrize("text, message", [
    ("entries: [\n", f"{HISTORY_FILE}:2:1"),
    ("entries: 3\n", "entries"),
    ("entries:\n- at: x\n  story:\n  - {kind: fact-new, text: t, colour: red}\n", "unknown key 'colour'"),
    ("others: 1\n", "unknown key 'others'"),
])
def test_a_broken_history_file_is_one_line_and_never_overwritten(tmp_path, text, message):
    (tmp_path / HISTORY_FILE).write_text(text)
    with pytest.raises(BriefingFileError, match=message) as info:
        record(tmp_path, BEFORE, BEFORE, [briefing("a", "1")], AT)
    assert "\n" not in str(info.value)
    assert (tmp_path / HISTORY_FILE).read_text() == text
