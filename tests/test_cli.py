"""The `briefing` command line, run as a user would (subprocess, real files)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.store.files import briefing_files

pytestmark = pytest.mark.slow     # the briefing command in a subprocess

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def briefing(*args: str, root: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "generator", *(["--root", str(root)] if root else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)


def test_build_twice_reextracts_nothing_the_second_time(project: Path) -> None:
    first = briefing("build", root=project)
    assert first.returncode == 0, first.stderr
    assert "5 sources read (5 new, 0 changed, 0 unchanged)" in first.stdout
    assert (project / "site" / "index.html").exists()
    assert len(list((project / "briefings").glob("*.yaml"))) == 7     # 5 sources + summary + history
    second = briefing("build", root=project)
    assert second.returncode == 0, second.stderr
    assert "(0 new, 0 changed, 5 unchanged)" in second.stdout
    assert second.stdout.count("\n") == 1                               # one summary line


def test_render_never_reextracts(project: Path) -> None:
    assert briefing("extract", root=project).returncode == 0
    yaml_file = briefing_files(project / "briefings")[0]
    text = yaml_file.read_text(encoding="utf-8")
    edited = text.replace("title: ", "title: EDITED ", 1)
    yaml_file.write_text(edited, encoding="utf-8")
    done = briefing("render", root=project)
    assert done.returncode == 0, done.stderr
    pages = "".join(p.read_text(encoding="utf-8") for p in (project / "docs").rglob("*.md"))
    assert "EDITED" in pages
    assert "EDITED" in yaml_file.read_text(encoding="utf-8")


def test_clean_prints_body_and_removed_lines(corpus_dir: Path) -> None:
    done = briefing("clean", str(corpus_dir / "002_98216a91c8ae22c9.txt"), "--removed")
    assert done.returncode == 0, done.stderr
    body, _, removed = done.stdout.partition("--- removed ---")
    assert "The two sides didn’t set another meeting." in body
    assert "As an Amazon Associate" not in body
    assert "As an Amazon Associate" in removed


def test_quotes_json_has_text_and_speaker(corpus_dir: Path) -> None:
    done = briefing("quotes", str(corpus_dir / "002_98216a91c8ae22c9.txt"), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found and all({"text", "speaker", "paragraph"} <= set(q) for q in found)
    assert any(q["text"].startswith("This was not an easy discussion") for q in found)


def test_clean_missing_file_is_one_line_error(tmp_path: Path) -> None:
    done = briefing("clean", str(tmp_path / "nope.txt"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "nope.txt" in done.stderr


def test_check_reports_broken_yaml_with_line(project: Path) -> None:
    assert briefing("extract", root=project).returncode == 0
    bad = project / "briefings" / "broken.yaml"
    bad.write_text("source:\n  id: x\n  file: [unclosed\n", encoding="utf-8")
    done = briefing("check", root=project)
    assert done.returncode == 1
    assert f"{bad}:4:1:" in done.stderr or f"{bad}:3:" in done.stderr, done.stderr


def test_check_refuses_a_misspelt_kind_with_its_line_and_the_allowed_values(project: Path) -> None:
    assert briefing("extract", root=project).returncode == 0
    path = next(p for p in briefing_files(project / "briefings") if "kind: quote\n" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kind: quote\n", "kind: quot\n", 1), encoding="utf-8")
    line = text[:text.index("kind: quote\n")].count("\n") + 1
    done = briefing("check", root=project)
    assert done.returncode == 1
    error = next(e for e in done.stderr.splitlines() if str(path) in e)
    assert error.startswith(f"{path}:{line}:") and "'quot' is not allowed here; use one of: quote, tweet, term" in error
