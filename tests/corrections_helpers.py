"""Helpers for the tests of issue 19 (a correction is never lost): run the CLI as a user does, in a
separate process, and pause a build at a named hook point (`BRIEFING_PAUSE_AT=point:marker`: the
build creates `marker` when it reaches `point` and goes on once the test deletes it)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import yaml

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

#: The demo source most tests correct: it has several quotes with speakers.
SID = "nato-and-russia-deadlock-after-talks-in-brussels"
FILE = "001_7ba1e6476ad9122e.txt"
NEW_PARAGRAPH = "Officials said a fourth round of talks could take place in Warsaw in early February next year."


def briefing(project: Path, *args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`briefing --root project ARGS…` in its own process."""
    cmd = [sys.executable, "-m", "generator", "--root", str(project), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env={**ENV, **(env or {})}, timeout=timeout)


def start(project: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "generator", "--root", str(project), *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**ENV, **(env or {})})


def ok(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done


def paused(project: Path, point: str, *args: str) -> tuple[subprocess.Popen, Path]:
    """Start `briefing ARGS` and wait until it stops at hook `point`; returns (process, marker)."""
    marker = project.parent / f"paused-{point}"
    proc = start(project, *args, env={"BRIEFING_PAUSE_AT": f"{point}:{marker}"})
    deadline = time.monotonic() + 120
    while not marker.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the build ended without reaching hook point {point!r}:\n{out}\n{err[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the build did not reach hook point {point!r} in 120 s")
        time.sleep(0.02)
    return proc, marker


def resume(proc: subprocess.Popen, marker: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    marker.unlink()
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def user_path(project: Path, sid: str = SID) -> Path:
    return project / "briefings" / f"{sid}.yaml"


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def change_source(project: Path, file: str = FILE, paragraph: str = NEW_PARAGRAPH) -> None:
    """The article gains a paragraph after its first long one (a live page updated): its bytes change,
    so it is re-extracted."""
    path = project / "corpus" / file
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    at = next((i + 1 for i, b in enumerate(blocks) if len(b) > 150 and i > 0), len(blocks))
    path.write_text("\n\n".join(blocks[:at] + [paragraph] + blocks[at:]), encoding="utf-8")


def quote_with_speaker(data: dict, speaker: str) -> dict:
    return next(q for q in data["quotes"] if q.get("speaker") == speaker)


def kept_count(line: str) -> int:
    found = re.search(r"(\d+) corrections kept", line)
    return int(found.group(1)) if found else 0
