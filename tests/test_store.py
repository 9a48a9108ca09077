"""The YAML files: what is written, what survives a rewrite, and how broken files are reported."""
from __future__ import annotations

import copy
import dataclasses
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import kinds
from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    DateMention,
    Fact,
    Note,
    Quote,
    SourceInfo,
    Summary,
)
from generator.model.relative import RelativeDate
from generator.quotes.stage import find_quotes
from generator.store import atomic, machine, merge, schema
from generator.store import files as store
from generator.store.schema import briefing_from_data


def briefing() -> Briefing:
    return Briefing(
        source=SourceInfo(id="port-strike", file="port.txt", title="Dock workers extend strike at Antwerp",
                          sha256="abc"),
        notes=[Note(kind="update", text="Updated with the union's statement."),
               Note(kind="tweet", text="Talks resume at 9am.", author="ACV Puls", handle="@acvpuls",
                    date="2023-10-02")],
        body=["Dock workers at Antwerp extended their strike into a third day on Monday.",
              "“We will stay out until the terms change,” union spokesman Tom Peeters said."],
        quotes=[Quote(id="q-stay-out", text="We will stay out until the terms change,", speaker="Tom Peeters",
                      cue="said", paragraph=2)],
        facts=[Fact(id="duration-strike-3", kind="duration", statement="a third day", value=3, unit="days",
                    paragraph=1)],
    )


def test_written_yaml_omits_empty_extras_but_keeps_required_and_editable_keys(tmp_path: Path) -> None:
    store.save_briefing(tmp_path, briefing())
    text = (tmp_path / "port-strike.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    update, tweet = data["notes"]
    assert set(update) == {"kind", "text"}                           # no author/handle/date: null
    assert tweet["handle"] == "@acvpuls"
    quote = data["quotes"][0]
    assert {"id", "text", "speaker", "role", "paragraph"} <= set(quote)
    assert "role: null" in text                                      # a key a person may fill in
    assert data["source"]["outlet"] is None and "outlet" in data["source"]
    assert store.load_briefing(tmp_path / "port-strike.yaml").briefing == briefing()


def test_rewrite_keeps_comments_key_order_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "port-strike.yaml"
    store.save_briefing(tmp_path, briefing())
    text = path.read_text(encoding="utf-8")
    text = text.replace("source:\n", "# Checked against the union's press release.\nsource:\n", 1)
    text = text.replace("  speaker: Tom Peeters\n", "  checked_by: anna  # my own key\n  speaker: Tom Peeters  # confirmed\n")
    path.write_text(text, encoding="utf-8")
    loaded = store.load_briefing(path)
    assert any("checked_by" in w and ":" in w for w in loaded.warnings)     # unknown key: a warning, kept
    new = copy.deepcopy(loaded.briefing)
    new.quotes[0].cue = "told reporters"
    new.body.append("Container ships queued at the Scheldt estuary.")
    assert store.save_briefing(tmp_path, new, previous=loaded.briefing)
    after = path.read_text(encoding="utf-8")
    assert "# Checked against the union's press release." in after
    assert "speaker: Tom Peeters  # confirmed" in after
    assert "checked_by: anna  # my own key" in after
    assert after.index("checked_by") < after.index("speaker: Tom Peeters")
    assert "cue: told reporters" in after and "Scheldt estuary" in after
    assert store.load_briefing(path).briefing == new


def test_item_added_without_id_gets_a_stable_id_written_on_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "port-strike.yaml"
    store.save_briefing(tmp_path, briefing())
    text = path.read_text(encoding="utf-8").replace(
        "people:", "- text: No ship has left the Europa terminal since Saturday.\n  speaker: Tom Peeters\npeople:")
    path.write_text(text, encoding="utf-8")
    first = store.load_briefing(path).briefing
    again = store.load_briefing(path).briefing
    added = first.quotes[-1]
    assert added.id.startswith("q-") and added.id == again.quotes[-1].id
    store.save_briefing(tmp_path, first, previous=first)
    assert f"- id: {added.id}\n  text: No ship has left" in path.read_text(encoding="utf-8")


def test_unchanged_content_is_not_rewritten(tmp_path: Path) -> None:
    assert store.save_briefing(tmp_path, briefing())
    stamp = (tmp_path / "port-strike.yaml").stat().st_mtime_ns
    assert not store.save_briefing(tmp_path, briefing())
    assert (tmp_path / "port-strike.yaml").stat().st_mtime_ns == stamp


def test_summary_rewrite_keeps_a_resolution_and_its_comment(tmp_path: Path) -> None:
    conflict = Conflict(id="duration-strike", subject="strike", attribute="duration",
                        values=[ConflictValue(value="3 days", sources=["a"]), ConflictValue(value="4 days", sources=["b"])])
    store.save_summary(tmp_path, Summary(title="Antwerp strike", conflicts=[conflict]))
    path = tmp_path / store.SUMMARY_FILE
    text = path.read_text(encoding="utf-8").replace("  resolution: null", "  resolution: 3 days  # union and port agree")
    path.write_text(text, encoding="utf-8")
    previous = store.load_summary(path).briefing
    new = copy.deepcopy(previous)
    new.title = "Antwerp port strike"
    store.save_summary(tmp_path, new, previous)
    after = path.read_text(encoding="utf-8")
    assert "resolution: 3 days  # union and port agree" in after and "title: Antwerp port strike" in after


@pytest.mark.parametrize("text, where, what", [
    ("source:\n  id: port-strike\n  file: [port.txt\n", ":4:1:", "fix the YAML syntax"),
    ("source:\n  id: port-strike\n  file: port.txt\nquotes:\n  speaker: x\n", ":5:3:", "expected a list"),
    ("source:\n  id: port-strike\n  file: port.txt\nquotes:\n- text: Hi there\n  paragraph: two\n", ":6:14:",
     "whole number"),
    ("source:\n  id: port-strike\n", ":2:3:", "missing required key 'file'"),
    ("source:\n  id: port-strike\n  file: a.txt\n  file: b.txt\n", ":4:3:", "duplicate key"),
    ("source:\n  id: another-id\n  file: port.txt\n", ":2:7:", "does not match the file name"),
    ("- just\n- a list\n", ":1:1:", "expected a mapping"),
])
def test_broken_files_are_reported_with_file_line_column(tmp_path: Path, text: str, where: str, what: str) -> None:
    path = tmp_path / "port-strike.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(store.BriefingFileError) as err:
        store.load_briefing(path)
    message = str(err.value)
    assert message.startswith(f"{path}{where}"), message
    assert what in message


def test_alias_bomb_deep_nesting_huge_and_non_utf8_files_are_refused(tmp_path: Path, monkeypatch) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(store.BriefingFileError, match="aliases"):
        store.read_yaml(bomb)
    deep = tmp_path / "deep.yaml"
    deep.write_text("source: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(store.BriefingFileError, match="deep"):
        store.read_yaml(deep)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("source:\n  title: Fran\u00e7ois\n".encode("latin-1"))
    with pytest.raises(store.BriefingFileError, match=r"latin\.yaml:2:1: not UTF-8"):
        store.read_yaml(latin)
    monkeypatch.setattr(store, "MAX_YAML_BYTES", 100)
    big = tmp_path / "big.yaml"
    big.write_text("body:\n" + "- The harbour master said traffic would resume on Friday.\n" * 5, encoding="utf-8")
    with pytest.raises(store.BriefingFileError, match="larger than"):
        store.read_yaml(big)


def test_check_all_reports_every_broken_file_at_once(tmp_path: Path) -> None:
    store.save_briefing(tmp_path, briefing())
    (tmp_path / "a.yaml").write_text("source: [\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("source:\n  id: b\n", encoding="utf-8")
    (tmp_path / store.SUMMARY_FILE).write_text("conflicts: {}\n", encoding="utf-8")
    checked = store.check_all(tmp_path)
    assert [b.source.id for b in checked.briefings] == ["port-strike"]
    assert len(checked.errors) == 3
    assert any(e.startswith(str(tmp_path / "a.yaml")) for e in checked.errors)
    assert any(e.startswith(str(tmp_path / "b.yaml")) and "file" in e for e in checked.errors)
    assert any(e.startswith(str(tmp_path / store.SUMMARY_FILE)) and "expected a list" in e for e in checked.errors)


@pytest.mark.parametrize(("before", "after", "allowed"), [
    ("  kind: duration\n", "  kind: durations\n", "count, duration, date, person, place, event, text, title"),
    ("- kind: tweet\n", "- kind: twet\n", "correction, update, contributors, caption, tweet, dateline"),
])
def test_a_kind_outside_its_list_is_one_line_error_with_the_allowed_values(tmp_path: Path, before: str, after: str,
                                                                          allowed: str) -> None:
    store.save_briefing(tmp_path, briefing())
    path = tmp_path / "port-strike.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(before) == 1
    path.write_text(text.replace(before, after), encoding="utf-8")
    line = text[:text.index(before)].count("\n") + 1
    with pytest.raises(store.BriefingFileError) as err:
        store.load_briefing(path)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}:{line}:")
    assert f"'{after.split(': ')[1].strip()}' is not allowed here; use one of: {allowed}" in message


def test_every_kind_the_model_defines_loads_back_as_written(tmp_path: Path) -> None:
    for kind in kinds.FACT_KINDS:
        b = briefing()
        b.facts[0].kind = kind
        store.save_briefing(tmp_path, b)
        assert store.load_briefing(tmp_path / "port-strike.yaml").briefing == b


def test_the_merge_and_schema_field_lists_are_read_off_the_dataclasses() -> None:
    assert merge.KEYED_SECTIONS == ("notes", "removed", "quotes", "people", "facts", "places", "organizations", "dates")
    assert merge.MACHINE_FIELDS == {"id", "file", "sha256", "extractor"}
    assert schema.optional_extras(Note) == ("author", "handle", "date")
    assert schema.optional_extras(Quote) == ("speakers", "note")
    assert schema.optional_extras(Briefing) == ()
    # a field added to Briefing without saying how it merges is caught: every list section says it
    assert {f.name for f in dataclasses.fields(Briefing) if f.name != "source"} == \
        set(merge.KEYED_SECTIONS) | {"body", "review"}


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    store.save_briefing(tmp_path, briefing())
    path = tmp_path / "port-strike.yaml"
    before = path.read_bytes()
    changed = briefing()
    changed.source.title = "Antwerp strike ends"

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(atomic.WriteError, match=rf"^{tmp_path / 'port-strike.yaml'}: cannot write "
                                               r"\(No space left on device\); the file is unchanged"):
        store.save_briefing(tmp_path, changed, previous=briefing())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["port-strike.yaml"]


def test_the_temp_files_a_killed_write_left_are_swept_and_nothing_else(tmp_path: Path) -> None:
    """`kill -9` between a write's temp file and its rename leaves '.summary.yaml.k2j9x1.tmp': the next build,
    under the project's lock, removes it; a person's own files (even 'notes.tmp') stay."""
    store.save_briefing(tmp_path, briefing())
    (tmp_path / ".summary.yaml.k2j9x1.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".machine").mkdir()
    (tmp_path / ".machine" / ".port-strike.yaml.a8b7c6.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "notes.tmp").write_text("mine", encoding="utf-8")
    assert atomic.sweep_temps(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["notes.tmp", "port-strike.yaml"]


def test_machine_copy_lives_beside_the_briefings_and_is_not_a_briefing(tmp_path: Path) -> None:
    machine.save_machine(tmp_path, briefing())
    assert machine.machine_path(tmp_path, "port-strike").is_file()
    assert store.briefing_files(tmp_path) == []
    assert machine.load_machine(tmp_path, "port-strike") == briefing()
    assert machine.load_machine(tmp_path, "unknown") is None


texts = st.text(max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, paragraphs=st.lists(texts, max_size=4), speaker=st.none() | texts, value=st.integers() | texts)
def test_any_text_reads_back_exactly_after_a_write_and_a_rewrite(tmp_path: Path, title: str, paragraphs: list[str],
                                                                 speaker: str | None, value: object) -> None:
    first = briefing()
    store.save_briefing(tmp_path, first)
    path = tmp_path / "port-strike.yaml"
    path.write_text("# a person's note forces the round-trip rewrite\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    changed = copy.deepcopy(first)
    changed.source.title, changed.body, changed.quotes[0].speaker = title, paragraphs, speaker
    changed.facts[0].value = value
    store.save_briefing(tmp_path, changed, previous=first)
    assert store.load_briefing(path).briefing == changed
    assert path.read_text(encoding="utf-8").startswith("# a person's note")
    path.unlink()
    store.save_briefing(tmp_path, changed)
    assert store.load_briefing(path).briefing == changed


def test_a_quote_added_by_hand_gets_the_id_the_extractor_gives_the_same_words() -> None:
    body = ["“Nobody wants a long strike,” the port authority's chief executive Jacques Vandermeiren said."]
    found = find_quotes(body, [])
    assert found, "the extractor finds the quote"
    data = {"source": {"id": "port-strike", "file": "port.txt"}, "quotes": [{"text": found[0].text}]}
    assert briefing_from_data(data).quotes[0].id == found[0].id


# --- parse cache: a rebuild re-reads only the files that changed -------------------------------

def _edit_keeping_size(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_parse_cache_serves_unchanged_files_and_rereads_edited_ones(tmp_path: Path) -> None:
    from generator.store.cache import ParseCache
    folder, cache_dir = tmp_path / "briefings", tmp_path / ".briefing-cache"
    store.save_briefing(folder, briefing())
    path = folder / "port-strike.yaml"
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))          # old enough not to be "racy"
    first = ParseCache(cache_dir)
    assert store.check_all(folder, first).briefings == [briefing()]
    first.save()

    second = ParseCache(cache_dir)
    assert store.check_all(folder, second).briefings == [briefing()]
    assert (second.hits, second.misses) == (1, 0)

    _edit_keeping_size(path, "Tom Peeters", "Tim Paaters")        # same size: mtime/ctime tell
    third = ParseCache(cache_dir)
    loaded = store.check_all(folder, third).briefings
    assert third.misses == 1 and loaded[0].quotes[0].speaker == "Tim Paaters"


def test_parse_cache_hands_out_copies_so_callers_cannot_corrupt_it(tmp_path: Path) -> None:
    from generator.store.cache import ParseCache
    store.save_briefing(tmp_path, briefing())
    cache = ParseCache(None)
    got = store.check_all(tmp_path, cache).briefings[0]
    got.quotes.clear()
    again = store.check_all(tmp_path, cache).briefings[0]
    assert cache.hits == 1 and again.quotes == briefing().quotes


def test_parse_cache_from_other_code_or_a_broken_pickle_is_ignored(tmp_path: Path) -> None:
    import pickle

    from generator.store.cache import ParseCache
    store.save_briefing(tmp_path / "b", briefing())
    cache_dir = tmp_path / "c"
    cache_dir.mkdir()
    (cache_dir / "parsed.pickle").write_bytes(b"not a pickle")
    cache = ParseCache(cache_dir)
    assert store.check_all(tmp_path / "b", cache).briefings == [briefing()] and cache.misses == 1
    (cache_dir / "parsed.pickle").write_bytes(pickle.dumps({"fingerprint": "older-code", "entries": {
        str((tmp_path / "b" / "port-strike.yaml").resolve()): ((0, 0, 0, 0), pickle.dumps("stale"))}}))
    assert ParseCache(cache_dir).entries == {}


def test_written_file_goes_into_the_cache_as_it_would_parse(tmp_path: Path) -> None:
    """A fresh write is cached as what reading it back gives, duplicate-id warnings included."""
    from generator.store.cache import ParseCache
    b = briefing()
    b.quotes.append(copy.deepcopy(b.quotes[0]))                  # same id twice: read as '-2'
    cache = ParseCache(None)
    store.save_briefing(tmp_path, b, cache=cache)
    cached = store.check_all(tmp_path, cache)
    plain = store.check_all(tmp_path)
    assert cache.hits == 1 and cached.briefings == plain.briefings
    assert [q.id for q in cached.briefings[0].quotes] == ["q-stay-out", "q-stay-out-2"]
    assert len(cached.warnings) == len(plain.warnings) == 1 and "used twice" in cached.warnings[0]


def test_summary_size_limits_grow_with_the_corpus(tmp_path: Path, monkeypatch) -> None:
    """summary.yaml lists every supporting source, so a large corpus's summary is larger than any
    briefing: it is refused only when too big for the number of sources it summarises."""
    sources = [f"port-strike-{i}" for i in range(40)]
    for sid in sources:
        b = briefing()
        b.source.id, b.source.file = sid, f"{sid}.txt"
        store.save_briefing(tmp_path, b)
    largest = max(p.stat().st_size for p in store.briefing_files(tmp_path))
    monkeypatch.setattr(store, "MAX_YAML_BYTES", largest)
    monkeypatch.setattr(store, "SUMMARY_BYTES_PER_SOURCE", 100)
    head = "facts:\n- id: ships-waiting\n  statement: Ships were waiting outside the harbour"
    tail = ".\n  sources:\n" + "".join(f"  - {s}\n" for s in sources)
    text = head + " again" * ((largest + 1500 - len(head) - len(tail)) // 6) + tail
    path = tmp_path / store.SUMMARY_FILE
    path.write_text(text, encoding="utf-8")
    assert largest + 100 * 3 < len(text.encode()) < largest + 100 * len(sources)
    with pytest.raises(store.BriefingFileError, match="larger than"):
        store.load_summary(path, sources=3)
    assert store.load_summary(path, sources=len(sources)).briefing.facts[0].sources == sources
    checked = store.check_all(tmp_path)                  # counts the briefings it found
    assert not checked.errors and checked.summary.facts[0].sources == sources


def test_code_fingerprint_covers_modules_in_stage_packages(tmp_path: Path, monkeypatch) -> None:
    """A change to any module, however deep in a stage package, must empty the caches."""
    from generator.store import cache

    assert cache._PACKAGE == Path(cache.__file__).resolve().parent.parent
    assert (cache._PACKAGE / "facts" / "counts.py").exists()      # the real root holds the stage packages
    package = tmp_path / "generator"
    (package / "facts").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    deep = package / "facts" / "counts.py"
    deep.write_text("LIMIT = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    fingerprint = cache.code_fingerprint.__wrapped__       # uncached: computed once per process in real runs
    before = fingerprint()
    deep.write_text("LIMIT = 2\n")
    assert fingerprint() != before
    deep.write_text("LIMIT = 1\n")
    assert fingerprint() == before
    deep.rename(package / "facts" / "money.py")       # same bytes under another name: another program
    assert fingerprint() != before


def test_a_relative_date_is_written_as_its_text_form_and_a_bad_one_is_refused_with_its_line(tmp_path: Path) -> None:
    b = briefing()
    b.dates = [DateMention(text="on Thursday", date="2023-10-05", anchor="2023-10-06 (publication date)",
                           paragraph=1, relative=RelativeDate("weekday", 4, "last"))]
    store.save_briefing(tmp_path, b)
    path = tmp_path / "port-strike.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  relative: weekday:4:last\n" in text
    assert store.load_briefing(path).briefing == b
    path.write_text(text.replace("weekday:4:last", "weekday:4:lst"), encoding="utf-8")
    line = text[:text.index("  relative:")].count("\n") + 1
    with pytest.raises(store.BriefingFileError, match=rf"^{path}:{line}:\d+: dates\.0\.relative: 'weekday:4:lst' "
                                                      r"is not a relative date; use one of the forms weekday:N"):
        store.load_briefing(path)


def test_code_fingerprint_covers_the_word_lists(tmp_path: Path, monkeypatch) -> None:
    """A word list is code too: editing lexicon/data/*.txt must empty the caches (else stale extractions)."""
    from generator.store import cache

    assert any((cache._PACKAGE / "lexicon" / "data").glob("*.txt"))
    data = tmp_path / "generator" / "lexicon" / "data"
    data.mkdir(parents=True)
    (tmp_path / "generator" / "__init__.py").write_text("")
    months = data / "months.txt"
    months.write_text("january jan\n")
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path / "generator")
    fingerprint = cache.code_fingerprint.__wrapped__
    before = fingerprint()
    months.write_text("january jan janv\n")
    assert fingerprint() != before
