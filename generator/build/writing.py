"""Writing fresh extractions into briefings/, on the extraction pool: a new source as is, a changed one merged
into the person's file (three-way over its machine copy, two-way when that base is missing or damaged), then the
machine copy; what happened is counted in the `ExtractReport`.  Write only what was read: a file the person saved
meanwhile is merged again from what it holds now.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.build.workers import SourcePool
from generator.facts import own_day
from generator.model.briefing import Briefing
from generator.store import files as store
from generator.store import machine
from generator.store.cache import ParseCache
from generator.store.fallback import merge_two_way
from generator.store.merge import MergeResult, merge_briefing


@dataclass
class ExtractReport:
    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0                                           # corrections carried over by the merge
    review: list[str] = field(default_factory=list)         # "file: entry" for each new conflict
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)        # what the build did for you (a rename followed)
    unchanged_folder: store.Folder | None = None   # briefings/ as read, when extract wrote nothing


@dataclass
class _SaveJob:
    folder: Path
    new: Briefing
    user: Briefing | None          # the person's file as loaded, when the source already had one
    base_only: bool                # unchanged source whose machine copy is missing: write only that
    fresh: dict                    # the build cache's record of the person's file, if we wrote it fresh


@dataclass
class _Saved:
    kept: int
    review: list[str]
    entries: dict                  # parse-cache records of what was written, for the build's cache
    fresh: dict
    warning: str | None = None     # the person's file was left as they saved it meanwhile


def _merge(folder: Path, user: Briefing, new: Briefing) -> MergeResult:
    """Three-way with the machine's last output as the base; two-way (every value of the person's
    kept, with review entries) when that base is missing, damaged or not the one this file came from."""
    base = machine.load_machine(folder, user.source.id)
    if base is None or base.source.sha256 != user.source.sha256:
        return merge_two_way(user, new)
    return merge_briefing(base, user, new)


def save_one(job: _SaveJob) -> _Saved:
    """Write one fresh extraction (on a pool worker): a new source as is, a changed one merged into
    the person's file, then the machine copy (after the person's file: a kill in between loses no edit).
    Write only what was read: a file the person saved meanwhile is merged again from what it holds
    now; one that no longer parses is left alone (and so is its machine copy, the base of its next merge)."""
    written = ParseCache(fresh=dict(job.fresh))      # in memory; handed back to the build's cache
    base = machine.load_machine(job.folder, job.user.source.id) if job.user is not None else None
    day = own_day.persons_day(base, job.user, job.new)
    if day:                                          # the person's day dates the fresh extraction too
        job.new = own_day.on_day(job.new, day, "publication date, as written in the YAML")
    serialised = store.serialise(job.new)            # one YAML dump for both files
    kept, review = 0, []
    if job.user is None:
        store.save_briefing(job.folder, job.new, cache=written, serialised=serialised)
    elif not job.base_only:
        user: Briefing | None = job.user
        for _ in range(3):                           # a person saving again and again: leave it after 3 tries
            assert user is not None
            merged = _merge(job.folder, user, job.new)
            try:
                store.save_briefing(job.folder, merged.briefing, previous=user, cache=written)
                break
            except store.ChangedMeanwhile as exc:
                path, user = exc.path, exc.current
                if user is None:
                    break
        else:
            user = None
        if user is None:
            return _Saved(0, [], written.entries, written.fresh,
                          f"{path}: changed while the build ran; left as you saved it "
                          "(run the build again to merge the new extraction into it)")
        kept, review = merged.kept, [f"{job.user.source.id}.yaml: {r}" for r in merged.review]
    machine.save_machine(job.folder, job.new, serialised=serialised)   # not cached: read only when it changes
    return _Saved(kept, review, written.entries, written.fresh)


def save_extracted(folder: Path, fresh: list[Briefing], users: dict[str, Briefing], base_only: set[str],
                    report: ExtractReport, cache: ParseCache, pool: SourcePool) -> None:
    """Write each fresh extraction on the pool; count what happened and keep the workers' cache records."""
    jobs = []
    for new in fresh:
        user = users.get(new.source.file)
        record = cache.fresh_record(store.briefing_path(folder, user.source.id)) if user else {}
        jobs.append(_SaveJob(folder, new, user, new.source.file in base_only, record))
    for job, saved in zip(jobs, pool.map(save_one, jobs, label="writing")):
        if job.user is None:
            report.new += 1
        elif not job.base_only:
            report.changed += 1
            report.kept += saved.kept
            report.review.extend(saved.review)
        report.warnings.extend(f"{job.new.source.file}: {n.text}" for n in job.new.notes if n.kind == "problem")
        if saved.warning:
            report.warnings.append(saved.warning)
        cache.absorb(saved.entries, saved.fresh)
