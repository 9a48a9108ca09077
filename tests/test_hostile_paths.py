"""Issue 19: what people type is read as typed, wrong types are refused with file:line:col, and hostile
input costs bounded time and memory.  Every test runs the `briefing` command in its own process."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corrections_helpers import (
    ENV,
    SID,
    briefing,
    change_source,
    edit,
    load,
    ok,
    paused,
    user_path,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from hostile_bench import varying_paragraph  # noqa: E402

pytestmark = pytest.mark.slow          # whole builds, each in its own process


@pytest.fixture
def built(project: Path) -> Path:
    ok(briefing(project, "build", "--no-site"))
    return project


def _peak_mb(project: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    """Peak resident memory (MB) of `briefing ARGS` and its children, measured by a wrapper process."""
    cmd = [sys.executable, "-m", "generator", "--root", str(project), *args]
    wrapper = ("import json, resource, subprocess, sys\n"
               "def cap():  # a runaway child fails instead of eating the machine's memory\n"
               "    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
               "done = subprocess.run(json.loads(sys.argv[1]), capture_output=True, text=True, preexec_fn=cap)\n"
               "print(json.dumps([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode,"
               " done.stdout, done.stderr]))\n")
    out = subprocess.run([sys.executable, "-c", wrapper, json.dumps(cmd)], capture_output=True, text=True,
                         env=ENV, timeout=600, check=True)
    kb, code, stdout, stderr = json.loads(out.stdout)
    return kb / 1024, subprocess.CompletedProcess(cmd, code, stdout, stderr)


# --- 9. YAML 1.1 must not read what people type as something else ---------------------------------------

def test_what_people_type_stays_the_characters_they_typed(built: Path) -> None:
    path = user_path(built)
    edit(path, "speaker: Jens Stoltenberg", "speaker: No")
    edit(path, "role: NATO Secretary General", "role: 0755")
    text = path.read_text(encoding="utf-8")
    start = text.index("facts:")
    value_at = text.index("  value:", start)
    end = text.index("\n", value_at)
    path.write_text(text[:value_at] + "  value: 12:30" + text[end:], encoding="utf-8")
    ok(briefing(built, "build", "--no-site"))
    page = next((built / "docs").rglob(f"{SID}.md")).read_text(encoding="utf-8")
    assert "0755" in page and "493" not in page
    assert "12:30" in page and "750" not in page
    assert "False" not in page
    change_source(built)                                        # a rewrite keeps the typed characters
    ok(briefing(built, "build", "--no-site"))
    text = path.read_text(encoding="utf-8")
    assert "493" not in text and "750" not in text and "False" not in text
    page = next((built / "docs").rglob(f"{SID}.md")).read_text(encoding="utf-8")
    assert "0755" in page and "12:30" in page and "493" not in page and "False" not in page


def test_text_null_is_refused_not_shown_as_none(built: Path) -> None:
    text = user_path(built).read_text(encoding="utf-8")
    at = text.index("- id: q-")
    line_end = text.index("\n", text.index("  text:", at))
    user_path(built).write_text(text[:text.index("  text:", at)] + "  text: null" + text[line_end:], encoding="utf-8")
    checked = briefing(built, "check")
    assert checked.returncode == 1 and f"{SID}.yaml:" in checked.stderr and "text" in checked.stderr, checked.stderr
    assert "Traceback" not in checked.stderr
    done = briefing(built, "build", "--no-site")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    for page in (built / "docs").rglob("*.md"):
        assert ">None<" not in page.read_text(encoding="utf-8") and "“None”" not in page.read_text(encoding="utf-8")


# --- 10. summary.yaml fields are validated like the source files ----------------------------------------

@pytest.mark.parametrize("old, new, where", [
    ("  merged:\n  - '@NATO'", "  merged: 5", "merges"),
    ("  kind: organization\n  aliases:", "  kind: [person]\n  aliases:", "entities"),
    ("- name: NATO\n  kind: organization\n  merged:", "- name: NATO\n  kind: [organization]\n  undo: true\n  merged:",
     "merges"),
])
def test_wrong_summary_types_are_refused_with_file_line_col(built: Path, old: str, new: str, where: str) -> None:
    edit(built / "briefings" / "summary.yaml", old, new)
    checked = briefing(built, "check")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "summary.yaml:" in checked.stderr and where in checked.stderr, checked.stderr
    assert "Traceback" not in checked.stderr
    edit(user_path(built), "role: NATO Secretary General", "role: Secretary General of NATO")
    done = briefing(built, "build", "--no-site")
    assert done.returncode == 1 and "Traceback" not in done.stderr and "summary.yaml:" in done.stderr, done.stderr


# --- 11. bounded cost on hostile input -------------------------------------------------------------------

@pytest.mark.parametrize("megabytes", [1, 5])
def test_a_huge_paragraph_is_extracted_in_bounded_time(project: Path, megabytes: int) -> None:
    """A hang guard with a wide margin (the old code took 190 s for 1 MB and did not end in 600 s for 5 MB;
    now about 5 s on 2 loaded cores): the seconds themselves are in benchmarks/hostile_bench.py.  Text past
    `budget.ANALYSED_CHARS` is kept but not searched, and the source says so."""
    for p in (project / "corpus").iterdir():
        p.unlink()
    (project / "corpus" / "huge.txt").write_text("A very long page\n\n" + varying_paragraph(megabytes * 1_000_000)
                                                 + "\n", encoding="utf-8")
    started = time.monotonic()
    done = briefing(project, "extract", timeout=90)
    seconds = time.monotonic() - started
    ok(done)
    assert seconds < 60, f"{megabytes} MB paragraph: {seconds:.1f} s"
    data = load(next(p for p in (project / "briefings").glob("*.yaml")))
    assert len(data["body"][0]) == megabytes * 1_000_000                  # the whole paragraph is kept
    assert data["quotes"] and data["people"] and data["facts"]
    problems = [n["text"] for n in data.get("notes") or [] if n["kind"] == "problem"]
    not_analysed = [t for t in problems if "was not analysed" in t]
    assert bool(not_analysed) == (megabytes > 1), problems               # 1 MB is read whole; 5 MB says what not


def _gzip_bomb(gigabytes: int) -> bytes:
    """Many gzip members of zeros: a few MB on disk, `gigabytes` GB unpacked."""
    member = gzip.compress(b"\0" * 64 * 1024 * 1024, compresslevel=9)
    return member * (gigabytes * 16)


def test_a_gzip_bomb_is_read_up_to_the_cap_in_bounded_memory(project: Path) -> None:
    (project / "corpus" / "bomb.html.gz").write_bytes(_gzip_bomb(8))
    peak, done = _peak_mb(project, "extract", "--jobs", "1")
    ok(done)
    assert "bomb.html.gz" in done.stderr
    assert peak < 200, f"peak {peak:.0f} MB"


# --- 12. smaller ones -------------------------------------------------------------------------------------

def test_control_and_bidi_characters_do_not_reach_the_site(project: Path) -> None:
    (project / "corpus" / "controls.txt").write_text(
        "Talks\x1b[31m resume\n\nThe minister said\x00 the talks in Vienna would resume on Monday \u202eevil\u202c "
        "and that the delegation\x07 would return.\n", encoding="utf-8")
    ok(briefing(project, "build", "--no-site"))
    pages = "".join(p.read_text(encoding="utf-8") for p in (project / "docs").rglob("*.md"))
    assert "the talks in Vienna would resume" in pages
    for bad in ("\x00", "\x1b", "\x07", "\u202e", "\u202c"):
        assert bad not in pages, repr(bad)
    data = next(load(p) for p in (project / "briefings").glob("*.yaml")
                if "source" in (load(p) or {}) and load(p)["source"]["file"] == "controls.txt")
    assert any("control" in n["text"] for n in data["notes"] if n["kind"] == "problem"), data["notes"]


def _children(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        out |= {int(c) for c in children}
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to list a process's children")
def test_pool_workers_exit_when_the_build_is_killed(project: Path) -> None:
    for i in range(30):
        (project / "corpus" / f"article-{i:02d}.txt").write_text(
            f"Story number {i}\n\nThe mayor said on Monday that {i} roads would reopen after the storm.\n",
            encoding="utf-8")
    proc, marker = paused(project, "extract-write", "build", "--no-site", "--jobs", "2")
    workers = _children(proc.pid)
    try:
        assert workers, "no pool workers were running"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "pool workers outlived the build"
    finally:
        for w in workers:                       # started by this test: clean up whatever is left
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        marker.unlink(missing_ok=True)


def test_a_huge_yaml_file_is_refused_before_it_is_read(built: Path) -> None:
    base, _ = _peak_mb(built, "check")
    with open(built / "briefings" / "huge.yaml", "wb") as fh:
        fh.truncate(100 * 1024 * 1024)                   # sparse: 100 MB long, no disk used
    peak, done = _peak_mb(built, "check")
    assert done.returncode == 1 and "huge.yaml:1:1" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert peak < base + 40, f"check peaked at {peak:.0f} MB (without the file: {base:.0f} MB)"
