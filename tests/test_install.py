"""Installed as a tool: a non-editable `pip install` of a clone gives a `briefing` that works anywhere."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_plugin import fresh_clone
from test_project import STRIKE, TALKS


@pytest.mark.slow
def test_pip_install_then_new_and_build_outside_the_clone(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(clone)],
                         capture_output=True, text=True, timeout=900)
    if pip.returncode != 0 and ("No matching distribution" in pip.stderr or "Could not find" in pip.stderr):
        pytest.skip(f"dependencies not installable here (no index or wheel cache): {pip.stderr.strip()[-200:]}")
    assert pip.returncode == 0, pip.stderr
    shutil.rmtree(clone)                          # the installed command must not need the clone
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(NO_MKDOCS_2_WARNING="1", PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")

    def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        return subprocess.run([str(venv / "bin" / "briefing"), *args], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=600)

    done = briefing("new", "my-story", cwd=work)
    assert done.returncode == 0, done.stderr
    story = work / "my-story"
    (story / "corpus" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (story / "corpus" / "talks.md").write_text(TALKS, encoding="utf-8")
    done = briefing("build", cwd=story)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "2 sources read" in done.stdout
    assert len(list((story / "site" / "sources").glob("*/index.html"))) == 2
    # Plain MkDocs from the same venv finds the plugin through its entry point.
    (story / "docs" / "index.md").unlink()
    done = subprocess.run([str(venv / "bin" / "mkdocs"), "build"], cwd=story, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert (story / "docs" / "index.md").is_file()
