"""Issue 19: a correction is never lost, on every path a person can take.

Each test is one path from the issue, reproduced as a user meets it: the `briefing` command in its
own process on a copy of the demo project.  Timing-dependent paths (an edit saved during a build,
a second build started during the first) are forced with the build's hook point
(`BRIEFING_PAUSE_AT`), never with a sleep race.
"""
from __future__ import annotations

import os
import re
import select
import shutil
import time
from pathlib import Path

import pytest
import yaml
from corrections_helpers import (
    FILE,
    NEW_PARAGRAPH,
    SID,
    briefing,
    change_source,
    edit,
    kept_count,
    load,
    ok,
    paused,
    quote_with_speaker,
    resume,
    start,
    user_path,
)

pytestmark = pytest.mark.slow          # whole builds, each in its own process

ADDED_QUOTE = "- text: The alliance will not trade away the right of nations to choose, a spokesman said.\n" \
              "  speaker: NATO spokesman\n"
DELETED_QUOTE = "remarkable expression of the power of diplomacy"


def _delete_item(path: Path, item_id: str) -> None:
    """Delete the list item with this id (as a person does in an editor: the whole block)."""
    text = path.read_text(encoding="utf-8")
    block = re.search(rf"^- id: {re.escape(item_id)}\n(?:  .*\n)*", text, flags=re.M)
    assert block, item_id
    path.write_text(text[:block.start()] + text[block.end():], encoding="utf-8")


def _retitle(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^  title: .*$", lambda _: f"  title: {title}", text, count=1, flags=re.M),
                    encoding="utf-8")


def _correct(project: Path) -> str:
    """Every kind of correction at once; returns the id of the quote deleted."""
    path = user_path(project)
    _retitle(path, "NATO and Russia deadlocked in Brussels  # checked against the print edition")
    edit(path, "role: NATO Secretary General", "role: Secretary General of NATO")
    edit(path, "eastern Ukraine. Donbass region.", "eastern Ukraine's Donbas region.")
    gone = next(q["id"] for q in load(path)["quotes"] if q["text"] == DELETED_QUOTE)
    _delete_item(path, gone)
    edit(path, "\npeople:", "\n" + ADDED_QUOTE + "people:")
    return gone


def _assert_corrections_kept(project: Path, gone: str) -> None:
    text = user_path(project).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["source"]["title"] == "NATO and Russia deadlocked in Brussels"
    assert "# checked against the print edition" in text                       # the comment
    assert quote_with_speaker(data, "Jens Stoltenberg")["role"] == "Secretary General of NATO"
    assert any("eastern Ukraine's Donbas region." in p for p in data["body"])
    assert not any("Donbass region" in p for p in data["body"])
    assert any(q["text"].startswith("The alliance will not trade away") for q in data["quotes"])   # added
    assert not any(DELETED_QUOTE in q["text"] for q in data["quotes"]), "a deleted quote came back"
    assert NEW_PARAGRAPH in data["body"]                                        # the machine's news


@pytest.fixture
def built(project: Path) -> Path:
    ok(briefing(project, "build", "--no-site"))
    return project


def test_missing_merge_base_keeps_every_correction_with_review_entries(built: Path) -> None:
    gone = _correct(built)
    shutil.rmtree(built / "briefings" / ".machine")
    change_source(built)
    done = ok(briefing(built, "build", "--no-site"))
    _assert_corrections_kept(built, gone)
    assert kept_count(done.stdout) > 0, done.stdout
    review = load(user_path(built))["review"]
    assert any("title" in r for r in review), review                           # each differing value is named
    assert (built / "briefings" / ".machine" / f"{SID}.yaml").exists()          # the base is back


def test_corrupt_merge_base_is_reported_by_check_and_keeps_every_correction(built: Path) -> None:
    gone = _correct(built)
    base = built / "briefings" / ".machine" / f"{SID}.yaml"
    lines = base.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  title:"))
    lines[at:at + 1] = ["<<<<<<< HEAD\n", lines[at], "=======\n", "  title: Something else\n", ">>>>>>> other\n"]
    base.write_text("".join(lines), encoding="utf-8")
    checked = briefing(built, "check")
    assert f".machine/{SID}.yaml" in checked.stderr, checked.stderr             # check looks at the base too
    assert "Traceback" not in checked.stderr
    change_source(built)
    ok(briefing(built, "build", "--no-site"))
    _assert_corrections_kept(built, gone)


def test_merge_base_silently_mixed_by_a_git_merge_is_not_trusted(built: Path) -> None:
    """A textual merge that succeeds without markers still leaves a base that is not what the machine wrote."""
    gone = _correct(built)
    base = built / "briefings" / ".machine" / f"{SID}.yaml"
    edit(base, "role: NATO Secretary General", "role: Secretary General of NATO")   # as if from another branch
    change_source(built)
    ok(briefing(built, "build", "--no-site"))
    _assert_corrections_kept(built, gone)


def test_an_edit_saved_during_a_build_is_not_overwritten(built: Path) -> None:
    change_source(built)
    proc, marker = paused(built, "extract-write", "build", "--no-site")
    edit(user_path(built), "role: NATO Secretary General", "role: Secretary General of NATO")  # saved meanwhile
    done = ok(resume(proc, marker))
    data = load(user_path(built))
    assert quote_with_speaker(data, "Jens Stoltenberg")["role"] == "Secretary General of NATO", done.stderr
    assert NEW_PARAGRAPH in data["body"] or f"{SID}.yaml" in done.stderr       # merged again, or said so


def test_a_resolution_typed_while_pages_render_is_not_overwritten(built: Path) -> None:
    _retitle(user_path(built), "NATO and Russia deadlocked in Brussels")                       # the summary is consolidated again
    proc, marker = paused(built, "summary-write", "build", "--no-site")
    edit(built / "briefings" / "summary.yaml", "  resolution: null", "  resolution: Deputy Secretary of State")
    done = ok(resume(proc, marker))
    summary = load(built / "briefings" / "summary.yaml")
    assert any(c.get("resolution") == "Deputy Secretary of State" for c in summary["conflicts"]), done.stderr


def test_a_second_build_waits_for_the_first_and_nothing_is_lost(built: Path) -> None:
    corpus = sorted((built / "corpus").iterdir())
    for path in corpus:
        change_source(built, path.name, f"Update for {path.stem}: the talks resumed on Friday afternoon in Vienna.")
    first, marker = paused(built, "extract-write", "build", "--no-site")
    second = start(built, "build", "--no-site")
    try:
        time.sleep(1.0)                     # the second build has had time to run to the end, were it not held
        assert second.poll() is None or second.returncode != 0, "the second build ran alongside the first"
    finally:
        done = ok(resume(first, marker))
        out, err = second.communicate(timeout=300)
    assert "another briefing" in err.lower(), err                               # it said why it waited (or refused)
    assert "Traceback" not in err
    for path in corpus:
        claim = next((b for b in (built / "briefings").glob("*.yaml")
                      if "source" in (load(b) or {}) and load(b)["source"]["file"] == path.name), None)
        if claim is None:
            continue                      # a file the build skips (not an article)
        sid = claim.stem
        body = load(built / "briefings" / f"{sid}.yaml")["body"]
        assert any(p.startswith(f"Update for {path.stem}") for p in body), sid
        assert load(built / "briefings" / f"{sid}.yaml").get("review") in (None, []), sid
    assert kept_count(done.stdout) == 0 and kept_count(out) == 0, (done.stdout, out)   # no phantom corrections


def test_briefing_add_waits_for_a_running_build_before_touching_the_corpus(built: Path) -> None:
    article = built.parent / "vienna-talks.txt"
    article.write_text("Talks to resume in Vienna\n\nThe foreign minister said on Monday that the talks in Vienna "
                       "would resume next week, after a pause of two months, and that both delegations had "
                       "agreed on the agenda.\n", encoding="utf-8")
    change_source(built)                              # the build has a source to write, so it stops there
    first, marker = paused(built, "extract-write", "build", "--no-site")
    adding = start(built, "add", str(article))
    try:
        assert adding.stderr is not None
        ready, _, _ = select.select([adding.stderr], [], [], 120)
        said = adding.stderr.readline() if ready else ""      # without the lock: the add's own end, or nothing
        assert "another briefing command (build" in said, said
        assert adding.poll() is None, "the add finished while the build held the project"
        assert not list((built / "corpus").glob("*vienna*")), "the add wrote into corpus/ during the build"
    finally:
        ok(resume(first, marker))
        out, err = adding.communicate(timeout=300)
    assert adding.returncode == 0 and "Traceback" not in err, err
    added = [line.split("corpus/", 1)[1] for line in out.splitlines() if line.startswith("added: corpus/")]
    assert added and (built / "corpus" / added[0]).is_file(), out
    assert any(load(p)["source"]["file"] == added[0] for p in (built / "briefings").glob("*.yaml")
               if "source" in (load(p) or {})), "the added page was not extracted"


def test_a_source_titled_like_a_project_file_gets_another_id(built: Path) -> None:
    for title in ("Summary", "Index", "History"):
        (built / "corpus" / f"{title.lower()}-article.txt").write_text(
            f"{title}\n\nThe minister said on Monday that the talks in Vienna would resume next week.\n",
            encoding="utf-8")
    ok(briefing(built, "build", "--no-site"))
    summary = load(built / "briefings" / "summary.yaml")
    assert "source" not in summary and "conflicts" in summary
    for name in ("index", "history"):          # the project's own files, or none: never a source
        path = built / "briefings" / f"{name}.yaml"
        assert not path.exists() or "source" not in (load(path) or {}), name
    titles = {load(p)["source"]["title"] for p in (built / "briefings").glob("*.yaml") if "source" in (load(p) or {})}
    assert {"Summary", "Index", "History"} <= titles
    ok(briefing(built, "check"))
    ok(briefing(built, "build", "--no-site"))


def test_a_renamed_corpus_file_keeps_its_briefing(built: Path) -> None:
    edit(user_path(built), "role: NATO Secretary General", "role: Secretary General of NATO")
    (built / "corpus" / FILE).rename(built / "corpus" / "renamed article.txt")
    done = ok(briefing(built, "build", "--no-site"))
    data = load(user_path(built))
    assert data["source"]["file"] == "renamed article.txt"
    assert quote_with_speaker(data, "Jens Stoltenberg")["role"] == "Secretary General of NATO"
    claims = [p for p in (built / "briefings").glob("*.yaml")
              if "source" in (load(p) or {}) and load(p)["source"]["title"].startswith("NATO and Russia deadlock")]
    assert claims == [user_path(built)], claims                                 # no second, uncorrected copy
    assert "delete the file" not in done.stderr


def test_two_files_claiming_one_corpus_file_is_an_error_naming_both(built: Path) -> None:
    other = next(p for p in sorted((built / "briefings").glob("*.yaml"))
                 if p.name != f"{SID}.yaml" and "source" in (load(p) or {}))
    other_file = load(other)["source"]["file"]
    edit(user_path(built), f"file: {FILE}", f"file: {other_file}")
    edit(user_path(built), "role: NATO Secretary General", "role: Secretary General of NATO")
    before = user_path(built).read_bytes()
    checked = briefing(built, "check")
    assert checked.returncode == 1 and f"{SID}.yaml" in checked.stderr and other.name in checked.stderr, checked.stderr
    done = briefing(built, "build", "--no-site")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"{SID}.yaml" in done.stderr and other.name in done.stderr, done.stderr
    assert user_path(built).read_bytes() == before                              # nothing overwritten


def test_source_file_pointing_at_a_missing_name_follows_the_bytes(built: Path) -> None:
    edit(user_path(built), f"file: {FILE}", "file: no-such-article.txt")
    edit(user_path(built), "role: NATO Secretary General", "role: Secretary General of NATO")
    ok(briefing(built, "build", "--no-site"))
    data = load(user_path(built))
    assert quote_with_speaker(data, "Jens Stoltenberg")["role"] == "Secretary General of NATO"
    assert data["source"]["file"] == FILE


def test_a_resolution_waits_while_its_conflict_is_absent(built: Path) -> None:
    summary_path = built / "briefings" / "summary.yaml"
    edit(summary_path, "  resolution: null", "  resolution: Deputy Secretary of State")
    conflict = next(c for c in load(summary_path)["conflicts"] if c.get("resolution"))
    cid = conflict["id"]
    away = built.parent / "away"
    away.mkdir()
    moved = []
    for sid in conflict["values"][1]["sources"]:           # the sources that give the other value
        path = built / "briefings" / f"{sid}.yaml"
        file = load(path)["source"]["file"]
        shutil.move(built / "corpus" / file, away / file)
        path.unlink()
        moved.append(file)
    assert moved
    ok(briefing(built, "build", "--no-site"))
    assert cid not in {c["id"] for c in load(summary_path)["conflicts"]}         # the conflict is gone for now
    assert "resolution: Deputy Secretary of State" in summary_path.read_text(encoding="utf-8")   # it waits
    checked = ok(briefing(built, "check"))
    assert cid in checked.stdout + checked.stderr
    for name in moved:
        shutil.move(away / name, built / "corpus" / name)
    ok(briefing(built, "build", "--no-site"))
    back = {c["id"]: c for c in load(summary_path)["conflicts"]}
    assert back[cid]["resolution"] == "Deputy Secretary of State"


def test_a_deleted_quote_whose_words_change_slightly_stays_deleted(built: Path) -> None:
    data = load(user_path(built))
    gone = next(q for q in data["quotes"] if q["text"].startswith("We can discuss many issues"))
    _delete_item(user_path(built), gone["id"])
    edit(built / "corpus" / FILE, "some basic principles", "some fundamental principles")
    ok(briefing(built, "build", "--no-site"))
    data = load(user_path(built))
    assert not any(q["text"].startswith("We can discuss many issues") for q in data["quotes"]), data["quotes"][:2]
    assert any("fundamental principles" in p for p in data["body"])             # the source change itself came in


def test_a_symlinked_briefing_stays_a_symlink_and_the_target_is_updated(built: Path) -> None:
    target = built.parent / "elsewhere" / f"{SID}.yaml"
    target.parent.mkdir()
    shutil.move(user_path(built), target)
    os.symlink(target, user_path(built))
    edit(target, "role: NATO Secretary General", "role: Secretary General of NATO")
    change_source(built)
    ok(briefing(built, "build", "--no-site"))
    assert user_path(built).is_symlink()
    data = load(target)
    assert NEW_PARAGRAPH in data["body"]
    assert quote_with_speaker(data, "Jens Stoltenberg")["role"] == "Secretary General of NATO"
