"""Following a story as a user does: `briefing add` of five URLs and a feed from a local server, `briefing build`,
two more articles, another build: the Updates page and the Atom feed say exactly what the new articles changed,
and a hand correction shows as a correction."""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
import yaml
from conftest import eval_dir
from site_helpers import copy_site_config
from story_pages import FIRST, LATER, page
from web_helpers import rss, serve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def web(monkeypatch):
    """A web server on 127.0.0.1 for this test (see web_helpers)."""
    yield from serve(monkeypatch)


def briefing(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_PROXY": "127.0.0.1,localhost"}
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def new_project(tmp_path: Path) -> Path:
    root = copy_site_config(tmp_path / "story")
    (root / "corpus").mkdir()
    return root


def history(root: Path) -> dict:
    return yaml.safe_load((root / "briefings" / "history.yaml").read_text())


def evidence_sources(change: dict) -> set[str]:
    return {e["source"] for e in change.get("evidence", [])}


@pytest.mark.slow          # whole `briefing build` runs (mkdocs included)
def test_following_a_story_from_the_web(web, tmp_path):
    root = new_project(tmp_path)
    urls = [web.route(f"/news/{i}", page(i, t, p, 10 + i % 3)) for i, (t, p) in enumerate(FIRST)]
    feed = web.route("/rss.xml", rss([(FIRST[5][0], urls[5], "Velmora floods"), (FIRST[6][0], urls[6], "Velmora"),
                                      ("Football results", web.url("/sport"), "Scores")]),
                     content_type="application/rss+xml")
    done = briefing(root, "add", *urls[:5])
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("added: corpus/") == 5
    done = briefing(root, "add", "--feed", feed, "--match", "velmora")
    assert done.returncode == 0 and done.stdout.count("added: corpus/") == 2, done.stdout + done.stderr
    assert "/sport" not in web.seen
    again = briefing(root, "add", "--feed", feed, "--match", "velmora", urls[0])
    assert again.returncode == 0 and "0 added, 3 already in the corpus" in again.stdout, again.stdout + again.stderr

    done = briefing(root, "build")
    assert done.returncode == 0, done.stderr
    site = root / "site"
    ids = sorted(p.stem for p in (root / "briefings").glob("*.yaml") if p.stem not in ("summary", "history"))
    assert len(ids) == 7
    for sid in ids:
        data = yaml.safe_load((root / "briefings" / f"{sid}.yaml").read_text())["source"]
        assert data["url"] in urls and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["fetched"])
        html = (site / "sources" / sid / "index.html").read_text()
        assert data["url"] in html and "Fetched" in html
    first = history(root)["entries"]
    assert len(first) == 1 and [c["kind"] for c in first[0]["story"]].count("source-added") == 7

    later = [web.route(f"/later/{i}", page(7 + i, t, p, 13)) for i, (t, p) in enumerate(LATER)]
    done = briefing(root, "add", *later)
    assert done.returncode == 0 and done.stdout.count("added: corpus/") == 2, done.stderr
    done = briefing(root, "build")
    assert done.returncode == 0, done.stderr
    entries = history(root)["entries"]
    assert len(entries) == 2
    newest = entries[0]
    added = [c for c in newest["story"] if c["kind"] == "source-added"]
    assert sorted(c["text"].split(" | ")[0] for c in added) == sorted(t for t, _ in LATER)   # page <title>s
    new_ids = {c["id"] for c in added}
    for change in newest["story"]:                      # nothing listed that the two articles did not bring
        assert evidence_sources(change) & new_ids, change
    kinds = {(c["kind"], c.get("text") if c["kind"] == "speaker-new" else c.get("new")) for c in newest["story"]}
    assert ("speaker-new", "Lena Okafor") in kinds and ("fact-new", "15 dead") in kinds
    assert next(c for c in newest["story"] if c.get("new") == "15 dead")["old"] == "12 dead"
    assert "corrections" not in newest, newest.get("corrections")

    page_html = (site / "updates" / "index.html").read_text()
    assert page_html.index("Lena Okafor") < page_html.index(FIRST[0][0].replace("'", "&#39;")[:20])
    assert "#p-" in page_html
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo and len(parsed.entries) == 2
    assert "Lena Okafor" in parsed.entries[0].content[0].value

    # A hand correction: the person gives a quote to the right speaker in one briefing.
    sid = next(s for s in ids if "Ivo Tamm" in (root / "briefings" / f"{s}.yaml").read_text())
    path = root / "briefings" / f"{sid}.yaml"
    path.write_text(path.read_text().replace("speaker: Ivo Tamm", "speaker: Ana Rask"))
    done = briefing(root, "build")
    assert done.returncode == 0, done.stderr
    entries = history(root)["entries"]
    assert len(entries) == 3 and "story" not in entries[0] and entries[0]["corrections"]
    assert [(c["kind"], c["old"], c["new"]) for c in entries[0]["corrections"]] == [
        ("statement-changed", "Ivo Tamm", "Ana Rask")]
    done = briefing(root, "build")                       # nothing changed: no entry
    assert done.returncode == 0 and len(history(root)["entries"]) == 3


def test_add_failures_print_one_line_each_and_a_killed_add_changes_nothing(web, tmp_path):
    root = new_project(tmp_path)
    bad = [web.route("/gone", "x", status=404), web.route("/doc.pdf", b"%PDF-1.4", content_type="application/pdf")]
    done = briefing(root, "add", *bad, str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert [line.split(": ")[0] for line in lines] == ["error"] * 3, done.stderr
    assert "HTTP 404" in lines[0] and "not an HTML page (application/pdf)" in lines[1] and "no such file" in lines[2]
    assert "Traceback" not in done.stderr and list((root / "corpus").iterdir()) == []


@pytest.mark.slow          # whole `briefing build` runs (mkdocs included)
def test_benchmark_pages_served_locally_are_added_and_built(web, tmp_path):
    pages = sorted(eval_dir("article-extraction").glob("html/*.html.gz"))[10:15]
    root = new_project(tmp_path)
    urls = [web.route(f"/p/{p.name[:10]}", gzip.decompress(p.read_bytes())) for p in pages]
    done = briefing(root, "add", *urls)
    assert done.returncode == 0 and done.stdout.count("added: corpus/") == 5, done.stdout + done.stderr
    assert briefing(root, "build").returncode == 0
    assert len(list((root / "site" / "sources").glob("*/index.html"))) == 5
