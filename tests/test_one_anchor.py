"""One rule puts relative dates on the calendar (issue 17): a source's own day at extraction (`facts.stage`,
`facts.own_day`), or, in a corpus where no source is dated, the story's day (`facts.finish_corpus` with
`facts.story_year.story_anchor`).  Consolidation reads those dates and resolves none itself, so the YAML and
the timeline cannot put one mention on two days (an earlier `consolidate.with_corpus_dates` did, against
`consolidate.corpus_anchor`, the event's day, which follows other rules)."""
from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
RESOLVERS = {"resolve_dates", "resolve_relative", "on_day"}


def _calls(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            names.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return names


def test_only_the_facts_stage_and_the_build_resolve_relative_dates() -> None:
    resolving = sorted(p.relative_to(GENERATOR).as_posix() for p in GENERATOR.rglob("*.py") if _calls(p) & RESOLVERS)
    assert resolving and all(p.startswith(("facts/", "build/")) for p in resolving), resolving
    assert not any(p.startswith(("consolidate/", "site/", "store/")) for p in resolving)
