"""Generators: wire the stages together (extract one source, build the whole site)."""
from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import clean as clean_stage
from . import consolidate as consolidate_stage
from . import facts as facts_stage
from . import quotes as quotes_stage
from . import render as render_stage
from . import sources, store
from .ids import short_hash, source_id
from .models import EXTRACTOR_VERSION, Briefing, SourceInfo


def extract_document(doc, sid: str | None = None) -> Briefing:
    """Pure: one decoded source -> its briefing (no I/O)."""
    cleaned = clean_stage.clean(doc)
    quotes = quotes_stage.find_quotes(cleaned.body, cleaned.notes)
    found = facts_stage.extract_facts(cleaned, quotes)
    info = SourceInfo(id=sid or source_id(cleaned.title, doc.file), file=doc.file, title=cleaned.title,
                      outlet=cleaned.outlet, url=cleaned.url, published=cleaned.published,
                      sha256=doc.sha256, author=cleaned.author, extractor=EXTRACTOR_VERSION)
    return Briefing(source=info, notes=cleaned.notes, removed=cleaned.removed, body=cleaned.body,
                    quotes=quotes, people=found.people, facts=found.facts, places=found.places,
                    organizations=found.organizations, dates=found.dates)


def extract_bytes(file: str, data: bytes) -> Briefing:
    """Pure: one file's name and bytes -> its briefing; mappable on a pool or a cluster."""
    return extract_document(sources.decode(file, data))


@dataclass
class Project:
    """Where things live; defaults are the fixed layout of a Briefing project."""

    root: Path
    corpus: Path = None  # type: ignore[assignment]
    briefings: Path = None  # type: ignore[assignment]
    templates: Path = None  # type: ignore[assignment]
    docs: Path = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self.corpus = Path(self.corpus or self.root / "corpus")
        self.briefings = Path(self.briefings or self.root / "briefings")
        self.templates = Path(self.templates or self.root / "templates")
        self.docs = Path(self.docs or self.root / "docs")


@dataclass
class ExtractReport:
    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class BuildError(Exception):
    """The build could not produce a site (message says why and what to do)."""


def extract(project: Project, only: list[Path] | None = None) -> ExtractReport:
    """corpus -> briefings/<id>.yaml for new or changed sources."""
    report = ExtractReport()
    files, warnings = sources.list_corpus(project.corpus)
    report.warnings.extend(warnings)
    if only:
        wanted = {p.resolve() for p in only}
        files = [f for f in files if f.resolve() in wanted]
    existing, errors, warns = store.load_all(project.briefings)
    report.errors.extend(errors)
    report.warnings.extend(warns)
    if errors:
        return report
    known = {b.source.file: b for b in existing}
    docs = []
    for path in files:
        report.read += 1
        rel = path.relative_to(project.corpus).as_posix()
        try:
            data = sources.read_bytes(path)
        except sources.SourceError as exc:
            report.skipped.append(str(exc))
            continue
        digest = sources.sha256(data)
        old = known.get(rel)
        if old and old.source.sha256 == digest and old.source.extractor == EXTRACTOR_VERSION:
            report.unchanged += 1
            continue
        docs.append((rel, sources.decode(rel, data), old))
    taken = {b.source.id for b in existing}
    for rel, doc, old in docs:
        briefing = extract_document(doc)
        if old is not None:
            briefing.source.id = old.source.id
            report.changed += 1
        else:
            base = briefing.source.id
            sid = base if base not in taken else f"{base}-{short_hash(rel, 6)}"
            briefing.source.id = sid
            taken.add(sid)
            report.new += 1
        for p in doc.problems:
            report.warnings.append(f"{rel}: {p}")
        store.save_briefing(project.briefings, briefing)
    return report


@dataclass
class BuildReport:
    extract: ExtractReport
    quotes: int = 0
    facts: int = 0
    conflicts: int = 0
    pages_written: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        e = self.extract
        skipped = f", {len(e.skipped)} skipped" if e.skipped else ""
        return (f"briefing: {e.read} sources read ({e.new} new, {e.changed} changed, {e.unchanged} unchanged"
                f"{skipped}); {self.quotes} quotes, {self.facts} facts, {self.conflicts} conflicts; "
                f"{self.pages_written} pages written; {self.seconds:.1f}s")


def render(project: Project, only: set[str] | None = None) -> tuple[render_stage.RenderReport, list, object]:
    """briefings/*.yaml -> summary.yaml + docs/*.md.  Never re-extracts."""
    briefings, errors, _ = store.load_all(project.briefings)
    if errors:
        raise BuildError("\n".join(errors))
    summary_path = project.briefings / store.SUMMARY_FILE
    previous = store.load_summary(summary_path).briefing if summary_path.exists() else None
    summary = consolidate_stage.consolidate(briefings, previous)
    store.save_summary(project.briefings, summary)
    report = render_stage.render_site(briefings, summary, project.templates, project.docs, only=only)
    return report, briefings, summary


def mkdocs_build(project: Project) -> None:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(project.root / "mkdocs.yml")]
    done = subprocess.run(cmd, cwd=project.root, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError("mkdocs build failed:\n" + (done.stderr or done.stdout).strip())


def build(project: Project, site: bool = True) -> BuildReport:
    start = time.perf_counter()
    ex = extract(project)
    if ex.errors:
        raise BuildError("\n".join(ex.errors))
    rendered, briefings, summary = render(project)
    if site:
        mkdocs_build(project)
    return BuildReport(extract=ex, quotes=sum(len(b.quotes) for b in briefings),
                       facts=sum(len(b.facts) for b in briefings), conflicts=len(summary.conflicts),
                       pages_written=len(rendered.written), seconds=time.perf_counter() - start)
