"""Whole-site checks through a real `mkdocs build --strict` (no browser needed).

Two sites: the demo corpus through the real extraction and consolidation stages (whatever
they produce today), and the same sources with the gold consolidation as the summary (the
full data: 8 conflicts, 50 facts, timeline, entities), so the templates are checked on both.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import eval_dir
from site_helpers import (
    ROOT,
    broken_links,
    build_site,
    demo_briefings,
    demo_summary,
    gold_summary,
    links_in,
    visible_text,
)

pytestmark = pytest.mark.slow     # mkdocs builds


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    briefings = demo_briefings()
    return build_site(tmp_path_factory.mktemp("demo"), briefings, demo_summary(briefings))


@pytest.fixture(scope="module")
def gold_site(tmp_path_factory) -> Path:
    gold = eval_dir("seeds-gold")
    briefings = demo_briefings()
    return build_site(tmp_path_factory.mktemp("gold"), briefings, gold_summary(gold, briefings))


@pytest.mark.parametrize("which", ["demo_site", "gold_site"])
def test_every_internal_link_and_anchor_resolves(which: str, request):
    site = request.getfixturevalue(which)
    assert broken_links(site) == []


@pytest.mark.parametrize("which", ["demo_site", "gold_site"])
def test_nav_lists_only_the_index_pages(which: str, request):
    """Each page carries the whole nav: listing every source/person page would be quadratic."""
    site = request.getfixturevalue(which)
    page = (site / "index.html").read_text(encoding="utf-8")
    nav = page[page.index('md-nav--primary'):page.index('md-sidebar--secondary')]
    assert {link for link in links_in(nav) if not link.startswith("#")} == {".", "sources/", "people/", "updates/"}
    assert len(list((site / "sources").glob("*/index.html"))) == 5       # yet every source page is built


def test_gold_home_shows_conflicts_side_by_side_with_badges(gold_site: Path):
    html = (gold_site / "index.html").read_text(encoding="utf-8")
    text = visible_text(html)
    assert html.count('class="admonition danger"') == 7 and html.count('class="admonition success"') == 1
    assert "Conflict: Wendy Sherman — title" in text
    for title in ("Under Secretary of State", "Assistant Secretary of State", "Deputy Secretary of State"):
        assert title in text
    assert "3 of 5 sources" in text and "5 of 5 sources" in text
    assert "Resolution:" in text and "Unresolved" in text
    assert "12 January 2022" in text and "Timeline" in text
    # the conflict's evidence links the paragraph of the source that says it
    assert 'href="sources/no-ukraine-breakthrough-but-nato-and-russia-eye/#p-3"' in html


def test_demo_source_page_has_quotes_text_and_audit_trail(demo_site: Path):
    pages = sorted((demo_site / "sources").glob("*/index.html"))
    html = next(p for p in pages if "no-ukraine" in str(p)).read_text(encoding="utf-8")
    assert 'class="admonition danger"' in html                     # the correction notice
    assert '<details class="note">' in html                        # removed lines, collapsed
    assert html.count('class="bf-para"') >= 15
    assert 'class="grid cards bf-quotes"' in html


def test_search_index_finds_a_quote_by_a_few_words(demo_site: Path):
    index = json.loads((demo_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    hits = [d["location"] for d in index["docs"] if "open door" in d["text"].lower()]
    assert any(loc.startswith("sources/") for loc in hits)


def test_site_needs_no_network(demo_site: Path):
    """No fonts, scripts, styles or images from another host (offline readers, no console errors)."""
    for path in demo_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        assert not re.search(r'<(script|link|img|iframe)\b[^>]*\b(src|href)="(https?:)?//', html), path


def test_people_index_and_pages(gold_site: Path):
    text = visible_text((gold_site / "people" / "index.html").read_text(encoding="utf-8"))
    assert "Jens Stoltenberg" in text and "Organisations" in text and "Places" in text and "Brussels" in text
    sherman = visible_text((gold_site / "people" / "wendy-sherman" / "index.html").read_text(encoding="utf-8"))
    assert "Deputy Secretary of State" in sherman and "are simply non-starters" in sherman


def test_gh_deploy_pushes_the_site_to_a_gh_pages_branch(tmp_path: Path):
    """`mkdocs gh-deploy` to a bare repository (no network): the branch GitHub Pages serves."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    briefings = demo_briefings()
    proj = tmp_path / "proj"
    build_site(proj, briefings, demo_summary(briefings))
    bare = tmp_path / "remote.git"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def run(*cmd, cwd=proj):
        done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("git", "init", "-q", "--bare", str(bare), cwd=tmp_path)
    run("git", "init", "-q")
    run("git", "add", "mkdocs.yml")
    run("git", "commit", "-q", "-m", "site")
    run(sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--ignore-version", "--remote-name", str(bare))
    files = run("git", "--git-dir", str(bare), "ls-tree", "-r", "--name-only", "gh-pages").split()
    assert "index.html" in files and ".nojekyll" in files
    assert any(f.startswith("sources/") and f.endswith("/index.html") for f in files)


def test_pages_workflow_builds_with_make_site_and_publishes_the_site_dir():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    assert any(s.get("run") == "make site" for s in steps)
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == config["site_dir"]
    assert any(str(s.get("uses", "")).startswith("actions/deploy-pages") for s in workflow["jobs"]["deploy"]["steps"])
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"


def test_an_empty_project_still_builds_a_clean_site(tmp_path: Path):
    """A new project (no articles yet) gets a home page that says so, with no dead links or stray markup."""
    from generator.model.briefing import Summary
    site = build_site(tmp_path, [], Summary())
    text = visible_text((site / "index.html").read_text(encoding="utf-8"))
    assert "0 sources" in text and "No quotes have been extracted yet." in text
    assert "{:" not in text and broken_links(site) == []
