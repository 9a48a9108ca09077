"""Corrections are never lost: real builds (`python -m generator`) in a temp copy of the project."""
from __future__ import annotations

import html
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator.store.files import briefing_files

pytestmark = pytest.mark.slow     # whole builds, most in a subprocess

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764930000"}   # history.yaml times alike
DEADLOCK = "001_7ba1e6476ad9122e.txt"


def briefing_cmd(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "--root", str(root), *args]


def run_briefing(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(briefing_cmd(root, *args), capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)


def build(root: Path, *args: str) -> str:
    done = run_briefing(root, "build", *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def yaml_for(root: Path, corpus_file: str) -> Path:
    """The person's briefing file for one corpus file."""
    for path in (root / "briefings").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("source", {}).get("file") == corpus_file:
            return path
    raise AssertionError(f"no briefing for {corpus_file}")


def all_yaml(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((root / "briefings").rglob("*.yaml"))}


def page_text(path: Path) -> str:
    return html.unescape(path.read_text(encoding="utf-8"))


def item_block(text: str, item_id: str) -> re.Match:
    """The lines of one list item (`- id: ...` up to the next item or top-level key)."""
    match = re.search(rf"^- id: {re.escape(item_id)}\n(?:  .*\n)*", text, flags=re.M)
    assert match, item_id
    return match


def set_field(text: str, item_id: str, key: str, value: str) -> str:
    block = item_block(text, item_id)
    edited, n = re.subn(rf"^  {key}: .*$", f"  {key}: {value}", block.group(0), count=1, flags=re.M)
    assert n == 1, (item_id, key)
    return text[:block.start()] + edited + text[block.end():]


def insert_paragraph(corpus_file: Path, paragraph: str) -> None:
    """Change the source the way an outlet updates a page: a new paragraph after the headline."""
    lines = corpus_file.read_text(encoding="utf-8").split("\n")
    corpus_file.write_text("\n".join(lines[:1] + ["", paragraph] + lines[1:]), encoding="utf-8")


def test_build_twice_reextracts_and_rewrites_nothing(project: Path) -> None:
    assert "(5 new, 0 changed, 0 unchanged)" in build(project, "--no-site")
    before = {p: p.stat().st_mtime_ns for p in all_yaml(project)}
    assert len([p for p in before if p.parent.name == ".machine"]) == 5
    second = build(project, "--no-site")
    assert "(0 new, 0 changed, 5 unchanged)" in second
    assert {p: p.stat().st_mtime_ns for p in all_yaml(project)} == before


def test_missing_machine_copies_are_recorded_without_touching_the_persons_files(project: Path) -> None:
    """A project from before briefings/.machine (or one whose copies were lost) gets its merge bases back."""
    build(project, "--no-site")
    machine = project / "briefings" / ".machine"
    for copy in machine.iterdir():
        copy.unlink()
    mine = {p: p.read_bytes() for p in (project / "briefings").glob("*.yaml")}
    assert "(0 new, 0 changed, 5 unchanged)" in build(project, "--no-site")
    assert len(list(machine.glob("*.yaml"))) == 5
    assert {p: p.read_bytes() for p in (project / "briefings").glob("*.yaml")} == mine


def test_corrections_survive_reextraction_and_show_on_the_site(project: Path) -> None:
    build(project)
    path = yaml_for(project, DEADLOCK)
    sid = path.stem
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    attributed = [q for q in data["quotes"] if q["speaker"]]
    assert len(attributed) >= 2 and data["facts"], "the demo source has quotes and facts to correct"
    fixed, dropped, fact = attributed[0], attributed[1], data["facts"][0]
    page = project / "site" / "sources" / sid / "index.html"
    dropped_before = page_text(page).count(dropped["text"].strip(" ,."))

    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^  title: .*$", "  title: Brussels talks end in deadlock  # shorter headline", text,
                  count=1, flags=re.M)
    text = set_field(text, fixed["id"], "speaker", "Corrected Speakername  # checked against the transcript")
    text = set_field(text, fact["id"], "value", "123456")
    block = item_block(text, dropped["id"])
    text = text[:block.start()] + text[block.end():]
    text = text.replace("\npeople:", "\n- text: Nobody in this room wants a war over a treaty draft.\n"
                                      "  speaker: Added Speakername\n  paragraph: 3\npeople:", 1)
    text = text.replace("source:\n", "# Reviewed by the desk on Thursday.\nsource:\n", 1)
    last = data["body"][-1]
    assert text.count(f"- {last}\n") == 1
    text = text.replace(f"- {last}\n", f"- {last} Desk note, confirmed with NATO.\n")
    path.write_text(text, encoding="utf-8")

    insert_paragraph(project / "corpus" / DEADLOCK,
                     "Diplomats said a follow-up round could take place in Geneva before the end of the month.")
    out = build(project)
    assert "(0 new, 1 changed, 4 unchanged)" in out and "corrections kept" in out

    after = path.read_text(encoding="utf-8")
    assert "# Reviewed by the desk on Thursday." in after
    assert "title: Brussels talks end in deadlock  # shorter headline" in after
    assert "speaker: Corrected Speakername  # checked against the transcript" in after
    mine = yaml.safe_load(after)
    assert mine["body"][0].startswith("Diplomats said a follow-up round")         # the machine's change
    assert mine["body"][-1] == f"{last} Desk note, confirmed with NATO."          # the person's, shifted
    assert len(mine["body"]) == len(data["body"]) + 1
    assert dropped["id"] not in {q["id"] for q in mine["quotes"]}
    added = [q for q in mine["quotes"] if q["text"].startswith("Nobody in this room")]
    assert len(added) == 1 and added[0]["id"].startswith("q-")
    assert next(f for f in mine["facts"] if f["id"] == fact["id"])["value"] == 123456

    source_page = page_text(page)
    for shown in ("Brussels talks end in deadlock", "Corrected Speakername", "Added Speakername",
                  "Nobody in this room wants a war over a treaty draft", "Diplomats said a follow-up round"):
        assert shown in source_page, shown
    assert source_page.count(dropped["text"].strip(" ,.")) == dropped_before - 1
    assert "123456" in re.sub(r"(?<=\d)[,\u202f\u00a0 ](?=\d)", "", source_page)
    summary_page = page_text(project / "site" / "index.html")
    assert "Brussels talks end in deadlock" in summary_page
    summary = yaml.safe_load((project / "briefings" / "summary.yaml").read_text(encoding="utf-8"))
    speakers = {item["quote"]: group["speaker"] for group in summary["quotes"] for item in group["sources"]
                if item["source"] == sid}
    assert fixed["id"] not in speakers or speakers[fixed["id"]] == "Corrected Speakername"
    assert dropped["id"] not in speakers


def test_edit_conflict_keeps_the_persons_text_and_is_counted_and_noted(project: Path) -> None:
    build(project, "--no-site")
    path, source = yaml_for(project, DEADLOCK), project / "corpus" / DEADLOCK
    first = yaml.safe_load(path.read_text(encoding="utf-8"))["body"][0]
    raw = source.read_text(encoding="utf-8")
    word = max((w for w in re.findall(r"[A-Za-z]{6,}", first) if raw.count(w) == 1 and first.count(w) == 1), key=len)
    text = path.read_text(encoding="utf-8")
    assert text.count(f"- {first}\n") == 1
    path.write_text(text.replace(f"- {first}\n", f"- {first.replace(word, 'protracted')}\n"), encoding="utf-8")
    source.write_text(raw.replace(word, "fruitless"), encoding="utf-8")
    out = build(project, "--no-site")
    assert "1 edit conflicts" in out, out
    mine = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert mine["body"][0] == first.replace(word, "protracted")
    assert len(mine["review"]) == 1 and "protracted" in mine["review"][0] and "fruitless" in mine["review"][0]
    assert "review notes open" in build(project, "--no-site")


def test_conflict_resolution_survives_rebuild(project: Path) -> None:
    build(project, "--no-site")
    path = project / "briefings" / "summary.yaml"
    conflicts = yaml.safe_load(path.read_text(encoding="utf-8"))["conflicts"]
    if not conflicts:
        pytest.skip("the consolidator finds no conflict in the demo corpus yet")
    cid = conflicts[0]["id"]
    text = set_field(path.read_text(encoding="utf-8"), cid, "resolution",
                     "Resolved by the desk  # per the official readout")
    path.write_text(text, encoding="utf-8")
    insert_paragraph(project / "corpus" / DEADLOCK, "Officials said the next round had not been scheduled.")
    build(project)
    after = path.read_text(encoding="utf-8")
    assert "resolution: Resolved by the desk  # per the official readout" in after
    assert "Resolved by the desk" in page_text(project / "site" / "index.html")


def test_broken_yaml_stops_the_build_and_nothing_is_written(project: Path) -> None:
    build(project, "--no-site")
    insert_paragraph(project / "corpus" / DEADLOCK, "The talks were broadcast live by several networks.")
    syntax, wrong_type = yaml_for(project, DEADLOCK), yaml_for(project, "003_ea844aa1372452d4.txt")
    syntax.write_text(syntax.read_text(encoding="utf-8").replace("quotes:\n", "quotes: [\n", 1), encoding="utf-8")
    wrong_type.write_text(re.sub(r"^  title: .*$", "  title: [two, titles]", wrong_type.read_text(encoding="utf-8"),
                                 count=1, flags=re.M), encoding="utf-8")
    before = all_yaml(project)
    done = run_briefing(project, "build", "--no-site")
    assert done.returncode == 1
    assert re.search(rf"{re.escape(str(syntax))}:\d+:\d+: ", done.stderr), done.stderr
    assert re.search(rf"{re.escape(str(wrong_type))}:\d+:\d+: source.title: expected text, found a list", done.stderr), done.stderr
    assert all_yaml(project) == before
    check = run_briefing(project, "check")
    assert check.returncode == 1 and str(syntax) in check.stderr and str(wrong_type) in check.stderr


def test_a_refused_write_is_one_clear_line_and_changes_nothing(project: Path, monkeypatch, capsys) -> None:
    from generator import cli

    build(project, "--no-site")
    insert_paragraph(project / "corpus" / DEADLOCK, "Talks will continue at expert level, a spokesperson said.")
    before = all_yaml(project)

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert cli.main(["--root", str(project), "build", "--no-site"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write (Permission denied); the file is unchanged" in err, err
    assert all_yaml(project) == before
    assert not list((project / "briefings").rglob("*.tmp"))


def test_same_title_gets_distinct_ids_that_stay_when_files_come_and_go(project: Path) -> None:
    root = project
    for demo in (root / "corpus").iterdir():
        demo.unlink()
    article = ("Ceasefire talks resume in Doha\n\nNegotiators met again on Sunday, mediators said.\n\n"
               "“Both delegations are in the building,” a Qatari official said.\n")
    for name in ("a.txt", "b.txt"):
        (root / "corpus" / name).write_text(article.replace("Sunday", name), encoding="utf-8")
    build(root, "--no-site")
    first = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))["source"]["file"]
             for p in briefing_files(root / "briefings")}
    assert len(first) == 2 and set(first.values()) == {"a.txt", "b.txt"}
    assert all(sid.startswith("ceasefire-talks-resume-in-doha") for sid in first)
    (root / "corpus" / "a.txt").unlink()
    (root / "corpus" / "c.txt").write_text(article.replace("Sunday", "Monday"), encoding="utf-8")
    build(root, "--no-site")
    b_id = yaml_for(root, "b.txt").stem
    c_id = yaml_for(root, "c.txt").stem
    assert first[b_id] == "b.txt"
    assert c_id not in first and c_id.startswith("ceasefire-talks-resume-in-doha")


def test_deleted_briefing_is_reextracted_under_its_old_id(project: Path) -> None:
    build(project, "--no-site")
    path = yaml_for(project, DEADLOCK)
    path.unlink()
    assert "(1 new, 0 changed, 4 unchanged)" in build(project, "--no-site")
    assert yaml_for(project, DEADLOCK) == path


def test_interrupted_builds_leave_every_yaml_whole_and_corrections_kept(project: Path) -> None:
    build(project, "--no-site")
    path = yaml_for(project, DEADLOCK)
    text = re.sub(r"^  title: .*$", "  title: Corrected headline for the desk", path.read_text(encoding="utf-8"),
                  count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    rng = random.Random(20240117)
    for round_no in range(8):
        insert_paragraph(project / "corpus" / DEADLOCK, f"Update {round_no}: delegations left the building.")
        proc = subprocess.Popen(briefing_cmd(project, "build", "--no-site"), cwd=ROOT, env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for yaml_path in all_yaml(project):
            assert isinstance(yaml.safe_load(yaml_path.read_text(encoding="utf-8")), dict), yaml_path
        assert "title: Corrected headline for the desk" in path.read_text(encoding="utf-8")
    build(project, "--no-site")
    final = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert final["source"]["title"] == "Corrected headline for the desk"
    assert final["body"][0] == "Update 7: delegations left the building."
    assert not list((project / "briefings").rglob("*.tmp"))


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_cache_only_saves_time_and_never_changes_what_is_built(project: Path) -> None:
    """An edit is seen through the cache; dropping .briefing-cache rebuilds exactly the same files."""
    build(project, "--no-site")
    assert (project / ".briefing-cache" / "parsed.pickle").exists()
    path = yaml_for(project, DEADLOCK)
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"^(  title: ['\"]?)", r"\1Corrected headline, ", text, count=1, flags=re.M)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    assert "0 pages written" not in build(project, "--no-site")
    page = project / "docs" / "sources" / f"{path.stem}.md"
    assert "Corrected headline" in page_text(page)
    with_cache = {**tree_bytes(project / "docs"), **tree_bytes(project / "briefings")}
    assert "; 0 pages written;" in build(project, "--no-site")                      # a no-op writes nothing
    import shutil
    shutil.rmtree(project / ".briefing-cache")
    build(project, "--no-site")
    assert {**tree_bytes(project / "docs"), **tree_bytes(project / "briefings")} == with_cache


def _shout(text: str) -> str:
    return text.upper()


def test_background_work_gives_the_same_result_in_a_second_process_or_here() -> None:
    from generator.build.workers import background
    for worth_it in (True, False):
        with background(_shout, "troops pulled back", worth_it=worth_it) as result:
            assert result() == "TROOPS PULLED BACK"


def _grow_corpus(root: Path, copies: int) -> None:
    """Enough sources for the process pool (workers.POOL_THRESHOLD): each demo file again, with a
    distinct update paragraph, so bytes and ids differ while titles repeat."""
    originals = sorted((root / "corpus").glob("*.txt"))
    for i in range(1, copies):
        for path in originals:
            copy = path.with_name(f"{path.stem}-copy{i}{path.suffix}")
            copy.write_bytes(path.read_bytes())
            insert_paragraph(copy, f"Update {i}: diplomats said a further round could follow within {i + 2} weeks.")


def test_the_pool_writes_what_one_process_writes_and_keeps_corrections(project: Path, tmp_path: Path) -> None:
    """The pool path (extract and write on workers) gives the same files as one process, and a
    re-extraction of every source on the pool still merges the person's corrections."""
    from generator.build.workers import POOL_THRESHOLD
    _grow_corpus(project, copies=6)
    assert len(list((project / "corpus").glob("*.txt"))) >= POOL_THRESHOLD
    single = tmp_path / "single"
    import shutil
    shutil.copytree(project, single)
    assert "(30 new, 0 changed, 0 unchanged)" in build(project, "--no-site", "--jobs", "2")
    build(single, "--no-site", "--jobs", "1")
    assert tree_bytes(project / "briefings") == tree_bytes(single / "briefings")

    path = yaml_for(project, DEADLOCK)
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"^  title: .*$", "  title: Deadlock in Brussels  # desk headline", text, count=1, flags=re.M)
    path.write_text(edited, encoding="utf-8")
    for corpus_file in (project / "corpus").glob("*.txt"):
        insert_paragraph(corpus_file, "Officials said the talks would resume after consultations in capitals.")
    out = build(project, "--no-site", "--jobs", "2")
    assert "(0 new, 30 changed, 0 unchanged)" in out and "corrections kept" in out
    after = path.read_text(encoding="utf-8")
    assert "title: Deadlock in Brussels  # desk headline" in after
    assert "resume after consultations in capitals" in after                 # the new paragraph arrived
    machine = project / "briefings" / ".machine" / path.name
    assert "resume after consultations" in machine.read_text(encoding="utf-8")
    assert "; 0 pages written;" in build(project, "--no-site", "--jobs", "2")
