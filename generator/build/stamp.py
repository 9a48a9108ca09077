"""Is docs/ still what briefings/ and the templates render to?  Plain `mkdocs build` asks before rendering.

A full render records a stamp: the signatures (size, mtime, ctime, inode) of every file it read or
wrote (briefings/*.yaml, summary.yaml, the templates in use, every file in docs/) and the generator's
code fingerprint.  The stamp matches only while none of them changed, so a fresh clone (docs/ empty),
an edited YAML or template, a deleted page or a new version of the package all render again, and a
`mkdocs build` right after `briefing build` renders nothing.  Statting files is cheap next to
rendering (about 10,000 files in a few hundredths of a second).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Protocol

from generator.site.theme import template_files
from generator.store import files as store
from generator.store.atomic import write_atomic_bytes
from generator.store.cache import code_fingerprint, signature

STAMP_FILE = "rendered.stamp"


class Project(Protocol):
    """The folders of a project (`pipeline.Project`) that rendering reads and writes."""

    briefings: Path
    templates: Path
    docs: Path
    cache: Path


def current(project: Project) -> str:
    digest = hashlib.sha256(f"{code_fingerprint()}\0{project.docs.resolve()}".encode())
    inputs = store.briefing_files(project.briefings) + [project.briefings / store.SUMMARY_FILE]
    inputs += template_files(project.templates).values()
    outputs = sorted(p for p in project.docs.rglob("*") if p.is_file()) if project.docs.is_dir() else []
    for path in inputs + outputs:
        digest.update(f"{path}\0{signature(path)}\n".encode())
    return digest.hexdigest()


def record(project: Project) -> None:
    """After a full render: remember what docs/ was rendered from (losing the stamp only renders again)."""
    try:
        write_atomic_bytes(project.cache / STAMP_FILE, current(project).encode())
    except OSError:
        pass


def is_fresh(project: Project) -> bool:
    try:
        recorded = (project.cache / STAMP_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(project.docs.joinpath("index.md").is_file()) and recorded == current(project)
