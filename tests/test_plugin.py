"""Plain MkDocs in a fresh clone: the `briefing` plugin renders docs/ itself (build, gh-deploy, serve)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_pipeline import ENV
from test_serve import fetch, free_port, wait_for

from generator.store.files import briefing_files

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow     # MkDocs builds and a live server in a copy of the repository


def fresh_clone(dest: Path) -> Path:
    """The files git tracks in this repository (as in the working tree): what `git clone` gives."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell which files a clone would have")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, listed.decode().split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=root, capture_output=True, text=True,
                          env=ENV, timeout=300)


def test_plain_mkdocs_build_in_a_fresh_clone_renders_docs_itself(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    assert sorted(p.name for p in (clone / "docs").iterdir()) == [".gitignore"]
    done = mkdocs(clone, "build")
    assert done.returncode == 0, done.stderr
    assert "briefing: rendered docs/" in done.stderr
    assert (clone / "docs" / "index.md").is_file()
    pages = list((clone / "site" / "sources").glob("*/index.html"))
    assert len(pages) == len(briefing_files(clone / "briefings")) > 0                 # a page per source
    # Nothing changed: the next build does not render; an edited YAML makes docs/ stale again.
    done = mkdocs(clone, "build")
    assert done.returncode == 0 and "briefing: rendered" not in done.stderr, done.stderr
    yaml_file = briefing_files(clone / "briefings")[0]
    text = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(text.replace("\n  title: ", "\n  title: Edited by hand, ", 1), encoding="utf-8")
    done = mkdocs(clone, "build")
    assert done.returncode == 0 and "briefing: rendered" in done.stderr, done.stderr
    page = (clone / "site" / "sources" / yaml_file.stem / "index.html").read_text(encoding="utf-8")
    assert "Edited by hand," in page


def test_plain_mkdocs_gh_deploy_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    env_git = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
               "GIT_COMMITTER_EMAIL": "t@example.org"}

    def run(*cmd: str, cwd: Path = clone) -> str:
        done = subprocess.run(cmd, cwd=cwd, env={**ENV, **env_git}, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    bare = tmp_path / "remote.git"
    run("git", "init", "-q", "--bare", str(bare), cwd=tmp_path)
    run("git", "init", "-q")
    run("git", "add", "-A")
    run("git", "commit", "-q", "-m", "clone")
    run(sys.executable, "-m", "mkdocs", "gh-deploy", "--ignore-version", "--remote-name", str(bare))
    files = run("git", "--git-dir", str(bare), "ls-tree", "-r", "--name-only", "gh-pages").split()
    assert "index.html" in files and any(f.startswith("sources/") and f.endswith("/index.html") for f in files)


def test_plain_mkdocs_serve_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    url = f"http://127.0.0.1:{free_port()}"
    with (tmp_path / "serve.log").open("w") as log:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", url.split("//")[1]],
                                  cwd=clone, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "Sources" in fetch(url + "/sources/"), 90)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_plugin_options_are_checked_before_anything_runs(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    config = clone / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - briefing ", "  - briefing: {render: sometimes} "),
                      encoding="utf-8")
    done = mkdocs(clone, "build")
    assert done.returncode != 0
    assert "Plugin 'briefing' option 'render': Expected one of: ('auto', 'always', 'never')" in done.stderr, done.stderr
    assert not (clone / "docs" / "index.md").exists()


def test_a_broken_yaml_stops_plain_mkdocs_build_with_one_line(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path / "clone")
    yaml_file = briefing_files(clone / "briefings")[0]
    yaml_file.write_text(yaml_file.read_text(encoding="utf-8") + "quotes: [unclosed\n", encoding="utf-8")
    done = mkdocs(clone, "build")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    errors = [ln for ln in done.stderr.splitlines() if "briefing: docs/ not rendered" in ln]
    assert len(errors) == 1 and f"{yaml_file}:" in errors[0], done.stderr
