"""A briefing project anywhere: `briefing new`, `--root`, template overrides, one-line failures.

Every build here runs the real command (`python -m generator`) on a folder outside this repository,
with two made-up articles about a ferry strike (not the demo's event).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_pipeline import ENV

from generator.build.project import SKELETON, skeleton_text
from generator.site.theme import DEFAULT_TEMPLATES, template_files

ROOT = Path(__file__).resolve().parent.parent

STRIKE = """---
title: Ferry crews walk out over pay
outlet: Harbour Gazette
url: https://news.example.org/2031/05/ferry-strike
published: 2031-05-12
author: Mara Quist
language: en
---
Ferry crews walked out on Monday over a pay offer, leaving 4,000 passengers stranded at Port Elm.

"We will not sail until the offer is fair," said union leader Tomas Reyes, who has led the crews since 2028.

The operator, Northline, said 12 sailings were cancelled and that talks would resume on Wednesday.
"""
TALKS = """---
title: Ferry strike talks resume
outlet: Coastal Post
published: 2031-05-14
---
Talks between Northline and the ferry crews resumed on Wednesday after two days of cancelled sailings.

"Both sides want the boats running," said mediator Ana Lind. Tomas Reyes said the crews would wait for a written offer.

About 3,500 passengers were affected, the operator said, fewer than first reported.
"""


def briefing(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          cwd=cwd, env=ENV, timeout=300)


def one_line_error(done: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed command (no traceback)."""
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def new_story(tmp_path: Path, name: str = "my-story") -> Path:
    done = briefing("new", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / name
    (folder / "corpus" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (folder / "corpus" / "talks.md").write_text(TALKS, encoding="utf-8")
    return folder


def test_new_makes_a_project_with_every_skeleton_file(tmp_path: Path) -> None:
    done = briefing("new", "my-story", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "my-story"
    for rel in SKELETON:
        assert (folder / rel).is_file(), rel
    assert (folder / "briefings").is_dir()
    config = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "My story" and config["plugins"] == ["search", "briefing"]
    assert "hooks" not in config and "watch" not in config
    readme = (folder / "corpus" / "README.md").read_text(encoding="utf-8")
    assert all(key in readme for key in ("title:", "outlet:", "url:", "published:", "author:", "language:"))
    workflow = yaml.safe_load((folder / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    assert any(s.get("run") == "briefing build" for s in steps)
    assert next(s for s in steps if "upload-pages-artifact" in str(s.get("uses")))["with"]["path"] == "site"
    ignored = [ln for ln in (folder / ".gitignore").read_text().splitlines() if not ln.startswith("#")]
    assert "/site/" in ignored and not any("briefings" in ln or "corpus" in ln for ln in ignored)
    assert "my-story" in done.stdout and "briefing build" in done.stdout


@pytest.mark.slow
def test_new_then_build_gives_a_site_from_the_articles_front_matter(tmp_path: Path) -> None:
    folder = new_story(tmp_path)
    done = briefing("build", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "2 sources read (2 new" in done.stdout        # corpus/README.md is not an article
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "My story" in home
    pages = [p.read_text(encoding="utf-8") for p in (folder / "site" / "sources").glob("*/index.html")]
    assert len(pages) == 2
    assert any("leaving 4,000 passengers stranded at Port Elm" in p for p in pages)
    assert any("Both sides want the boats running" in p for p in pages)
    listing = (folder / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Ferry crews walk out over pay" in listing and "Ferry strike talks resume" in listing   # front matter
    # The package's templates and stylesheet, not files from this repository.
    assert not (folder / "templates").exists()
    assert (folder / "docs" / "stylesheets" / "briefing.css").read_bytes() == \
        (DEFAULT_TEMPLATES / "stylesheets" / "briefing.css").read_bytes()


@pytest.mark.slow
def test_relative_and_absolute_root(tmp_path: Path) -> None:
    folder = new_story(tmp_path, "ferry")
    done = briefing("--root", "ferry", "build", "--no-site", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (folder / "docs" / "index.md").is_file()
    done = briefing("--root", str(folder), "build", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (folder / "site" / "index.html").is_file()


@pytest.mark.slow
def test_a_folder_holding_only_corpus_gets_a_one_line_hint_to_run_new(tmp_path: Path) -> None:
    (tmp_path / "fbi" / "corpus").mkdir(parents=True)
    (tmp_path / "fbi" / "corpus" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    line = one_line_error(briefing("--root", str(tmp_path / "fbi"), "build"))
    assert str(tmp_path / "fbi" / "mkdocs.yml") in line and "briefing new" in line
    # ... and `briefing new` there keeps the articles and makes the rest.
    done = briefing("new", str(tmp_path / "fbi"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "fbi" / "corpus" / "strike.txt").read_text(encoding="utf-8") == STRIKE
    assert (tmp_path / "fbi" / "mkdocs.yml").is_file()


@pytest.mark.slow
def test_missing_root_and_broken_mkdocs_yml_are_one_line(tmp_path: Path) -> None:
    line = one_line_error(briefing("--root", str(tmp_path / "nowhere"), "render"))
    assert str(tmp_path / "nowhere") in line and "does not exist" in line
    folder = new_story(tmp_path)
    (folder / "mkdocs.yml").write_text("site_name: [unclosed\n", encoding="utf-8")
    line = one_line_error(briefing("--root", str(folder), "build"))
    assert f"{folder / 'mkdocs.yml'}:" in line
    (folder / "mkdocs.yml").write_text("site_name: Old\nhooks:\n  - generator/mkdocs_hooks.py\n", encoding="utf-8")
    line = one_line_error(briefing("--root", str(folder), "build"))
    assert "older Briefing" in line and "plugins" in line


def test_new_refuses_a_non_empty_folder_and_recognises_a_project(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("buy milk\n")
    line = one_line_error(briefing("new", str(tmp_path / "notes")))
    assert "not empty" in line and "todo.txt" in line
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["todo.txt"]      # nothing written
    line = one_line_error(briefing("new", str(tmp_path / "notes" / "todo.txt")))
    assert "is a file" in line

    folder = new_story(tmp_path)
    (folder / "corpus" / "README.md").unlink()
    mkdocs_before = (folder / "mkdocs.yml").read_bytes()
    done = briefing("new", str(folder))
    assert done.returncode == 0, done.stderr
    assert "already a briefing project" in done.stdout and "corpus/README.md" in done.stdout
    assert (folder / "mkdocs.yml").read_bytes() == mkdocs_before                         # never overwritten
    done = briefing("new", str(folder))
    assert "already a briefing project; nothing changed" in done.stdout


@pytest.mark.slow
def test_a_project_template_overrides_the_builtin_one_file_by_file(tmp_path: Path) -> None:
    folder = new_story(tmp_path)
    (folder / "templates" / "stylesheets").mkdir(parents=True)
    summary = (DEFAULT_TEMPLATES / "summary.md.j2").read_text(encoding="utf-8")
    (folder / "templates" / "summary.md.j2").write_text("Local edition.\n\n" + summary, encoding="utf-8")
    (folder / "templates" / "stylesheets" / "briefing.css").write_text("/* ours */\n", encoding="utf-8")
    done = briefing("build", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "Local edition." in (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "Local edition." not in (folder / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert (folder / "docs" / "stylesheets" / "briefing.css").read_text() == "/* ours */\n"
    (folder / "templates" / "stylesheets" / "briefing.css").unlink()        # back to the built-in one
    assert briefing("render", cwd=folder).returncode == 0
    assert (folder / "docs" / "stylesheets" / "briefing.css").read_bytes() == \
        (DEFAULT_TEMPLATES / "stylesheets" / "briefing.css").read_bytes()


def test_this_repository_is_a_project_like_any_other() -> None:
    """Its mkdocs.yml is what `briefing new` writes for a site called Briefing, so the two cannot drift."""
    assert skeleton_text("Briefing", "mkdocs.yml", "") == (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for rel in ("docs/.gitignore", "corpus/README.md"):
        assert (ROOT / rel).read_text(encoding="utf-8") == skeleton_text("Briefing", rel, ""), rel
    # The layout the user fixed has templates/ at the top: here it is a link to the package's own templates
    # (one copy, shipped with an installed `briefing`), so a project's override folder and the built-ins coincide.
    templates = ROOT / "templates"
    assert templates.is_symlink() and templates.resolve() == DEFAULT_TEMPLATES.resolve(), \
        "templates/ must link to generator/site/templates (the one copy of the templates)"
    assert template_files(templates) == {rel: templates / rel for rel in template_files(None)}


# Five MH370 articles (WikiRef220, not committed: no licence) with front matter a new user would write; the
# dates are read from each text's own clues ("day 30 of the search on Sunday", "almost three days ago").
MH370 = {
    "malaysia.airlines.flight.10.txt": "2014-03-10",
    "malaysia.airlines.flight.13.txt": "2014-03-24",
    "malaysia.airlines.flight.14.txt": "2014-03-24",
    "malaysia.airlines.flight.134.txt": "2014-04-06",
    "malaysia.airlines.flight.142.txt": "2014-03-30",
}


@pytest.mark.slow
def test_a_new_user_builds_a_site_for_five_wikiref_articles(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import wikiref
    if wikiref.skip_reason():
        pytest.skip(wikiref.skip_reason())
    folder = tmp_path / "my-story"
    assert briefing("new", str(folder), cwd=tmp_path).returncode == 0
    for name, published in MH370.items():
        text = (wikiref.articles_dir() / name).read_bytes().decode("cp1252", errors="replace")
        title = text.splitlines()[0].strip()
        front = f"---\ntitle: {json.dumps(title)}\npublished: {published}\nlanguage: en\n---\n"
        (folder / "corpus" / name).write_text(front + text, encoding="utf-8")
    done = briefing("build", cwd=folder)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "5 sources read (5 new" in done.stdout
    pages = list((folder / "site" / "sources").glob("*/index.html"))
    assert len(pages) == 5
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "NATO" not in home and "Stoltenberg" not in home          # nothing of the demo's event


BRIDGE = """---
title: River bridge shut after crack found
outlet: Valley Courier
published: 2032-02-03
---
Engineers closed the Kell River bridge on Tuesday after inspectors found a 40-centimetre crack in a pier.

"Nobody crosses until we know the pier is sound," said county engineer Ida Marsh.
"""


@pytest.mark.slow
def test_a_replaced_corpus_leaves_nothing_of_the_earlier_event(tmp_path: Path) -> None:
    folder = new_story(tmp_path)
    assert briefing("build", cwd=folder).returncode == 0
    (folder / "corpus" / "talks.md").unlink()
    (folder / "corpus" / "strike.txt").write_text(BRIDGE, encoding="utf-8")    # another article, an old name
    for path in (folder / "briefings").glob("*.yaml"):     # the new event starts from no reviewed YAML
        path.unlink()
    done = briefing("build", cwd=folder)
    assert done.returncode == 0 and "1 source read (1 new" in done.stdout, done.stderr
    new_ids = {p.stem for p in (folder / "briefings").glob("*.yaml")} - {"summary"}
    # The id (page address) a project that never saw the earlier event gives the article, not an old one.
    fresh = tmp_path / "fresh"
    assert briefing("new", str(fresh)).returncode == 0
    (fresh / "corpus" / "strike.txt").write_text(BRIDGE, encoding="utf-8")
    assert briefing("build", "--no-site", cwd=fresh).returncode == 0
    assert new_ids == {p.stem for p in (fresh / "briefings").glob("*.yaml")} - {"summary"}
    shown = [p for top in ("docs", "site") for p in (folder / top).rglob("*") if p.is_file()]
    shown += [folder / "briefings" / f"{sid}.yaml" for sid in new_ids | {"summary"}]
    left = [p for p in shown if any(w in p.read_text(encoding="utf-8", errors="replace")
                                    for w in ("Northline", "Tomas Reyes", "Port Elm", "Ferry", "ferry"))]
    assert left == [], left
    assert "Ida Marsh" in (folder / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_old_sources_left_in_briefings_are_named_with_what_to_do(tmp_path: Path) -> None:
    folder = new_story(tmp_path)
    assert briefing("build", cwd=folder).returncode == 0
    (folder / "corpus" / "talks.md").unlink()
    (folder / "corpus" / "strike.txt").unlink()
    (folder / "corpus" / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    done = briefing("build", cwd=folder)       # the old sources' YAML is reviewed data: kept, and named
    assert done.returncode == 0, done.stderr
    stale = [ln for ln in done.stderr.splitlines() if "is not in the corpus any more" in ln]
    assert len(stale) == 2 and all("delete the file" in ln for ln in stale), done.stderr
