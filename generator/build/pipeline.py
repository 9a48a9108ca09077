"""Generators: wire the stages together (extract one source, build the whole site).

`extract` re-extracts a source only when its bytes or the extractor changed, and then merges the
fresh output into the person's file (three-way, see `merge`), so corrections are never lost.
`render` reads only briefings/*.yaml, so every correction reaches the pages and the summary.
"""
from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator.build import dependencies, hooks, stamp
from generator.build.follow import assign_ids, follow_renames, machine_ids
from generator.build.workers import SourcePool, background
from generator.build.writing import ExtractReport, save_extracted
from generator.clean import stage as clean_stage
from generator.consolidate import stage as consolidate_stage
from generator.facts import budget, own_day
from generator.facts import stage as facts_stage
from generator.model.briefing import EXTRACTOR_VERSION, Briefing, SourceInfo, Summary
from generator.model.ids import make_ids_unique, source_id
from generator.quotes import stage as quotes_stage
from generator.read import sources
from generator.site import render as render_stage
from generator.site.updates import Updates, site_url
from generator.store import files as store
from generator.store import history, machine
from generator.store.atomic import sweep_temps
from generator.store.cache import CACHE_DIR, ParseCache, contents_key
from generator.store.lock import project_lock
from generator.text.numerals import counted


def extract_document(doc, sid: str | None = None) -> Briefing:
    """Pure: one decoded source -> its briefing (no I/O)."""
    cleaned = clean_stage.clean(doc)
    analysed, not_analysed = budget.analysed_part(cleaned.body)     # bounded cost: a note says what was left
    searched = dataclasses.replace(cleaned, body=analysed) if not_analysed else cleaned
    quotes = quotes_stage.find_quotes(searched.body, searched.notes)
    found = facts_stage.extract_facts(searched, quotes)
    if not_analysed:
        cleaned.notes.append(not_analysed)
    info = SourceInfo(id=sid or source_id(cleaned.title, doc.file), file=doc.file, title=cleaned.title,
                      outlet=cleaned.outlet, url=doc.given.get("url") or cleaned.url, published=cleaned.published,
                      sha256=doc.sha256, author=cleaned.author, extractor=EXTRACTOR_VERSION,
                      fetched=doc.given.get("fetched"), language=cleaned.language)
    return _unique_item_ids(Briefing(source=info, notes=cleaned.notes, removed=cleaned.removed, body=cleaned.body,
                                     quotes=quotes, people=found.people, facts=found.facts, places=found.places,
                                     organizations=found.organizations, dates=found.dates))


def _unique_item_ids(b: Briefing) -> Briefing:
    """Ids are hashes of an item's words, so two items of one article can share one: the later get a
    suffix here, as the loader would (with a warning) if they were written out twice."""
    make_ids_unique(b.quotes)
    make_ids_unique(b.facts)
    return b


def extract_bytes(file: str, data: bytes) -> Briefing:
    """Pure: one file's name and bytes -> its briefing; mappable on a pool or a cluster."""
    return extract_document(sources.decode(file, data))


def extract_reviewed(file: str, data: bytes, user: Briefing | None) -> Briefing:
    """One file's briefing as a build makes it next to the person's YAML `user`: a publication day the person
    wrote there dates the source's relative dates (what `writing.save_one` does; the benchmarks use this)."""
    new = extract_bytes(file, data)
    day = own_day.persons_day(None, user, new)
    return own_day.on_day(new, day, "publication date, as written in the YAML") if day else new


def reviewed(folder: Path) -> dict[str, Briefing]:
    """The person's briefings in `folder` by source file (empty when the folder is absent or broken)."""
    checked = store.check_all(folder) if folder.is_dir() else None
    return {b.source.file: b for b in checked.briefings} if checked and not checked.errors else {}


def _extract_item(item: tuple[str, bytes]) -> Briefing:
    return extract_bytes(*item)


@dataclass
class Project:
    """Where things live; defaults are the fixed layout of a Briefing project."""

    root: Path
    corpus: Path = None  # type: ignore[assignment]
    briefings: Path = None  # type: ignore[assignment]
    templates: Path = None  # type: ignore[assignment]
    docs: Path = None  # type: ignore[assignment]
    cache: Path = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()       # absolute: mkdocs runs with the project as cwd
        self.corpus = Path(self.corpus or self.root / "corpus")
        self.briefings = Path(self.briefings or self.root / "briefings")
        self.templates = Path(self.templates or self.root / "templates")
        self.docs = Path(self.docs or self.root / "docs")
        self.cache = Path(self.cache or self.root / CACHE_DIR)

    def parse_cache(self) -> ParseCache:
        """Parsed briefings from earlier runs (see `parse_cache`); safe to delete at any time."""
        return ParseCache(self.cache)


class BuildError(Exception):
    """The build could not produce a site (message says why and what to do)."""


def _to_extract(project: Project, files: list[Path], users: dict[str, Briefing],
                report: ExtractReport) -> tuple[list[tuple[str, bytes]], set[str]]:
    """(file, bytes) of every source to extract, and the files among them that are unchanged but
    have no machine copy yet (extracted only to record the merge base; their YAML is left alone)."""
    todo, base_only = [], set()
    for path in files:
        report.read += 1
        rel = path.relative_to(project.corpus).as_posix()
        try:
            data = sources.read_bytes(path)
        except sources.SourceError as exc:
            report.skipped.append(str(exc))
            continue
        user = users.get(rel)
        if user and user.source.sha256 == sources.sha256(data) and user.source.extractor == EXTRACTOR_VERSION \
                and not own_day.needs_redating(user):
            report.unchanged += 1
            if machine.machine_path(project.briefings, user.source.id).exists():
                continue
            base_only.add(rel)
        todo.append((rel, data))
    return todo, base_only


def _finish_corpus(fresh: list[Briefing], users: dict[str, Briefing]) -> list[Briefing]:
    """Rank the fresh sources' facts by what the other sources confirm (they are context only and are not
    rewritten).  Dates are each source's own: nothing here moves one."""
    fresh_files = {b.source.file for b in fresh}
    context = [b for f, b in users.items() if f not in fresh_files]
    finished = facts_stage.finish_corpus(context + fresh)
    return [_unique_item_ids(b) for b in finished[len(context):]]


@contextmanager
def _cache_for(project: Project, cache: ParseCache | None) -> Iterator[ParseCache]:
    """The caller's parse cache, or the project's own, saved when the step ends."""
    if cache is not None:
        yield cache
        return
    own = project.parse_cache()
    try:
        yield own
    finally:
        own.save()


def extract(project: Project, only: list[Path] | None = None, jobs: int | None = None,
            cache: ParseCache | None = None) -> ExtractReport:
    """corpus -> briefings/<id>.yaml for new or changed sources, merged with the person's edits.

    Nothing is written when any YAML in briefings/ is broken (`errors` lists every one).
    `cache` (default: the project's) spares re-reading YAML files that did not change.
    Raises MissingDependency before reading anything when a library extraction needs is not installed."""
    dependencies.require()
    with project_lock(project.root, "extract"), _cache_for(project, cache) as parsed:
        return _extract(project, only, jobs, parsed)


def _extract(project: Project, only: list[Path] | None, jobs: int | None, cache: ParseCache) -> ExtractReport:
    report = ExtractReport()
    folder = project.briefings
    sweep_temps(folder)             # a killed build's half-written temp files (under the lock: none is ours)
    files, warnings = sources.list_corpus(project.corpus)
    report.warnings.extend(warnings)
    if only:
        wanted = {p.resolve() for p in only}
        files = [f for f in files if f.resolve() in wanted]
    checked = store.check_all(folder, cache)
    report.errors.extend(checked.errors)
    report.warnings.extend(checked.warnings)
    if checked.errors:
        return report
    users = {b.source.file: b for b in checked.briefings}
    renamed = follow_renames(project.corpus, folder, files, users) if not only else []
    if renamed:
        report.notices.extend(renamed)
        checked = dataclasses.replace(checked, briefings=list(users.values()))
    if not only:
        listed = {f.relative_to(project.corpus).as_posix() for f in files}
        report.warnings.extend(f"{store.briefing_path(folder, b.source.id)}: its source {b.source.file} is not in the "
                               "corpus any more; delete the file to drop it from the site"
                               for b in users.values() if b.source.file not in listed)
    todo, base_only = _to_extract(project, files, users, report)
    if not todo:
        report.unchanged_folder = checked
        return report
    with SourcePool(jobs) as pool:           # one pool: workers start once for both maps
        fresh = _finish_corpus(pool.map(_extract_item, todo), users)
        known = {f: b.source.id for f, b in users.items()}
        if any(b.source.file not in known for b in fresh):
            known = {**machine_ids(folder, known, fresh), **known}
        assign_ids(fresh, known, taken=set(known.values()) | {p.stem for p in folder.glob("*.yaml")})
        hooks.reached("extract-write")
        save_extracted(folder, fresh, users, base_only, report, cache, pool)
    return report


@dataclass
class BuildReport:
    extract: ExtractReport
    quotes: int = 0
    facts: int = 0
    conflicts: int = 0
    pages_written: int = 0
    seconds: float = 0.0
    review_open: int = 0          # `review:` entries in briefings/ a person has not cleared yet
    steps: dict[str, float] = field(default_factory=dict)   # seconds per step, in order

    def line(self) -> str:
        e = self.extract
        skipped = f", {len(e.skipped)} skipped" if e.skipped else ""
        conflicts = (f", {len(e.review)} edit conflicts (your value kept; see `review:` in the file)"
                     if e.review else "")
        merged = f"; {e.kept} corrections kept{conflicts}" if e.changed else ""
        review = f"; {self.review_open} review notes open" if self.review_open else ""
        warned = len(e.warnings) + len(e.skipped)
        warnings = f"; {counted(warned, 'warning')} (above)" if warned else ""
        return (f"briefing: {counted(e.read, 'source')} read ({e.new} new, {e.changed} changed, {e.unchanged} unchanged"
                f"{skipped}){merged}; {counted(self.quotes, 'quote')}, {counted(self.facts, 'fact')}, "
                f"{counted(self.conflicts, 'conflict')}"
                f"{review}; {counted(self.pages_written, 'page')} written{warnings}; {self.seconds:.1f}s{self._step_times()}")

    def _step_times(self) -> str:
        if not self.steps:
            return ""
        return " (" + ", ".join(f"{name} {sec:.1f}s" for name, sec in self.steps.items()) + ")"


def render(project: Project, only: set[str] | None = None, cache: ParseCache | None = None,
           checked: store.Folder | None = None) -> tuple[render_stage.RenderReport, list[Briefing], Summary]:
    """briefings/*.yaml -> summary.yaml + docs/*.md.  Never re-extracts.

    `checked` is briefings/ as just read (by an `extract` that wrote nothing), to spare reading it twice."""
    with project_lock(project.root, "render"), _cache_for(project, cache) as parsed:
        return _render(project, only, parsed, checked)


def _render(project: Project, only: set[str] | None, cache: ParseCache, checked: store.Folder | None):
    checked = checked or store.check_all(project.briefings, cache)
    if checked.errors:
        raise BuildError("\n".join(checked.errors))
    briefings = checked.briefings
    folder = project.briefings
    summary = cache.recall("summary", _summary_inputs(folder))
    if summary is not None:          # no file in briefings/ (summary.yaml included) and no code changed
        report = render_stage.render_site(briefings, summary, project.templates, project.docs, only=only,
                                          memo_dir=project.cache, updates=_updates(project, cache))
        _rendered(project, only)
        return report, briefings, summary
    previous = checked.summary
    for attempt in range(3):        # a resolution typed while pages render: consolidate again from it
        summary = consolidate_stage.consolidate(briefings, previous)
        if attempt == 0:             # what this build changed (the updates page shows it)
            history.record(folder, checked.summary, summary, briefings, history.build_time())
        # The summary's YAML (seconds for a large corpus) is made on a second core while the pages render.
        worth_it = len(briefings) >= SUMMARY_IN_BACKGROUND and summary != previous
        with background(store.serialise, summary, worth_it=worth_it) as serialised:
            report = render_stage.render_site(briefings, summary, project.templates, project.docs, only=only,
                                              memo_dir=project.cache, updates=_updates(project, cache))
            hooks.reached("summary-write")
            try:
                store.save_summary(folder, summary, previous, cache,
                                   serialised=serialised() if worth_it else None)
                break
            except store.ChangedMeanwhile as exc:
                if exc.current is None:
                    raise BuildError(f"{exc.path}: changed while the build ran and does not read as a summary "
                                     "now; left as you saved it (fix it, then build again)") from None
                previous = exc.current
    else:
        raise BuildError(f"{folder / store.SUMMARY_FILE}: changed three times while the build ran; "
                         "left as you saved it (build again)")
    cache.remember("summary", _summary_inputs(folder), summary)
    _rendered(project, only)
    return report, briefings, summary


def _rendered(project: Project, only: set[str] | None) -> None:
    if only is None:                 # docs/ now holds every page: plain `mkdocs build` need not render
        stamp.record(project)


def render_if_stale(project: Project, force: bool = False) -> render_stage.RenderReport | None:
    """Render docs/ unless it is what briefings/ and the templates rendered to last time (see `stamp`);
    the report, or None when nothing needed rendering.  For plain `mkdocs build` (the plugin)."""
    if not force and stamp.is_fresh(project):
        return None
    report, _, _ = render(project)
    return report


def _updates(project: Project, cache: ParseCache) -> Updates:
    """The history for the Updates page and the feed, and the site's address for the feed's links."""
    try:
        config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    except OSError:
        config = ""
    return Updates(history.entries(project.briefings, cache), site_url(config))


#: From this many sources on, the summary is serialised in a second process while pages render.
SUMMARY_IN_BACKGROUND = 200


def _summary_inputs(folder: Path) -> str:
    return contents_key(store.briefing_files(folder) + [folder / store.SUMMARY_FILE])


_MKDOCS_PROBLEM = re.compile(r"^(?:ERROR|WARNING)\s+-\s+(.*)|^Error: (.*)|^(Aborted .*)", re.M)


def mkdocs_build(project: Project) -> None:
    """`mkdocs build --strict`; a failure is one line: the first problem MkDocs names, and where to see all."""
    config = project.root / "mkdocs.yml"
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config)]
    done = subprocess.run(cmd, cwd=project.root, capture_output=True, text=True)
    if done.returncode != 0:
        log = (done.stderr or done.stdout).strip()
        found = _MKDOCS_PROBLEM.search(log)
        first = next((g for g in found.groups() if g), "") if found else (log.splitlines() or ["no output"])[-1]
        raise BuildError(f"{config}: mkdocs build failed: {' '.join(first.split())} "
                         f"(the whole log: `mkdocs build` in {project.root})")


def build(project: Project, site: bool = True, jobs: int | None = None) -> BuildReport:
    """extract + render + mkdocs, holding the project's lock throughout (one build at a time)."""
    with project_lock(project.root, "build"):
        return _build(project, site, jobs)


def _build(project: Project, site: bool, jobs: int | None) -> BuildReport:
    start = mark = time.perf_counter()
    steps: dict[str, float] = {}

    def lap(step: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        steps[step], mark = now - mark, now

    cache = project.parse_cache()
    try:
        ex = extract(project, jobs=jobs, cache=cache)
        if ex.errors:
            raise BuildError("\n".join(ex.errors))
        lap("extract")
        rendered, briefings, summary = render(project, cache=cache, checked=ex.unchanged_folder)
    finally:
        cache.save()
    lap("render")
    if site:
        mkdocs_build(project)
        lap("mkdocs")
    return BuildReport(extract=ex, quotes=sum(len(b.quotes) for b in briefings),
                       facts=sum(len(b.facts) for b in briefings), conflicts=len(summary.conflicts),
                       pages_written=len(rendered.written), seconds=time.perf_counter() - start,
                       review_open=sum(len(b.review) for b in briefings), steps=steps)
