"""Relative dates resolve against the publication day of the article that says them, never another's."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from generator.build import pipeline

ROOT = Path(__file__).resolve().parent.parent

LETTER = """---
title: Director's letter reopens the review
outlet: Example Post
published: 2016-10-28
---
Director's letter reopens the review

The director told lawmakers in a letter that investigators had found new emails on Sunday, officials said.

The review is expected to take weeks, according to two people familiar with the matter.
"""
WARRANT = """---
title: Investigators obtain a warrant for the emails
outlet: Example Times
published: 2016-11-01
---
Investigators obtained a warrant on Sunday to search the emails, officials said.

The warrant followed the letter the director sent to lawmakers last week.
"""
UNDATED = """Agents begin reading the emails

Agents began reading the emails on Sunday, a person familiar with the matter said.

It is not known how long the work will take, the person added.
"""


def _corpus(root: Path, files: dict[str, str]) -> pipeline.Project:
    corpus = root / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    (root / "briefings").mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    templates = next((p for p in (ROOT / "templates", ROOT / "generator" / "site" / "templates") if p.is_dir()), None)
    return pipeline.Project(root, templates=templates)


def _sunday(root: Path, file: str) -> dict:
    for path in (root / "briefings").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name != "summary.yaml" and data["source"]["file"] == file:
            return {"source": data["source"], "sunday": [d for d in data["dates"] if "Sunday" in d["text"]]}
    raise AssertionError(f"no briefing for {file}")


def test_each_article_resolves_sunday_against_its_own_day_and_an_undated_one_leaves_it(tmp_path: Path) -> None:
    project = _corpus(tmp_path, {"letter.txt": LETTER, "warrant.txt": WARRANT, "undated.txt": UNDATED})
    report = pipeline.extract(project, jobs=1)
    assert not report.errors
    letter, warrant, undated = (_sunday(tmp_path, f) for f in ("letter.txt", "warrant.txt", "undated.txt"))
    assert letter["source"]["published"] == "2016-10-28" and letter["source"]["outlet"] == "Example Post"
    assert [d["date"] for d in letter["sunday"]] == ["2016-10-23"]      # the Sunday before Friday 28 October
    assert [d["date"] for d in warrant["sunday"]] == ["2016-10-30"]     # the Sunday before Tuesday 1 November
    assert warrant["sunday"][0]["anchor"].startswith("2016-11-01")
    assert undated["source"]["published"] is None
    assert len(undated["sunday"]) == 1 and undated["sunday"][0]["date"] is None
    assert undated["sunday"][0].get("anchor") is None                  # nothing borrowed from the other two
    assert warrant["source"]["title"] == "Investigators obtain a warrant for the emails"
    body = yaml.safe_load((tmp_path / "briefings" / f"{warrant['source']['id']}.yaml").read_text())["body"]
    assert body[0].startswith("Investigators obtained a warrant")     # front matter is no body and eats no line


def test_a_new_corpus_keeps_nothing_of_the_earlier_events_days(tmp_path: Path) -> None:
    project = _corpus(tmp_path, {"letter.txt": LETTER, "warrant.txt": WARRANT})
    pipeline.extract(project, jobs=1)
    pipeline.render(project)
    old = yaml.safe_load((tmp_path / "briefings" / "summary.yaml").read_text())
    for path in (tmp_path / "briefings").glob("*.yaml"):
        path.unlink()                                  # as the stale-file warning tells the person to
    project = _corpus(tmp_path, {"undated.txt": UNDATED})
    pipeline.extract(project, jobs=1)
    pipeline.render(project)
    new = yaml.safe_load((tmp_path / "briefings" / "summary.yaml").read_text())
    assert new.get("anchor") != old.get("anchor") or old.get("anchor") is None
    assert new.get("anchor") is None
    assert _sunday(tmp_path, "undated.txt")["sunday"][0]["date"] is None
    assert "2016" not in (new.get("title") or "")


def test_a_day_the_person_writes_into_the_yaml_dates_that_article_on_the_next_extraction(tmp_path: Path) -> None:
    project = _corpus(tmp_path, {"undated.txt": UNDATED})
    pipeline.extract(project, jobs=1)
    path = next(p for p in (tmp_path / "briefings").glob("*.yaml") if p.name != "summary.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("published: null", "published: '2016-11-02'"),
                    encoding="utf-8")
    (tmp_path / "corpus" / "undated.txt").write_text(UNDATED + "\nMore text follows here.\n", encoding="utf-8")
    pipeline.extract(project, jobs=1)
    again = _sunday(tmp_path, "undated.txt")
    assert again["source"]["published"] == "2016-11-02"                # the correction survives
    assert [d["date"] for d in again["sunday"]] == ["2016-10-30"]       # and the article's dates follow it
