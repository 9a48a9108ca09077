"""One briefing command at a time per project: builds, extracts, renders and the live-serve hook
take the same lock, so two of them never read and write briefings/ at once (issue 19: two overlapping
builds lost a whole update and counted phantom corrections).

`filelock` uses the operating system's lock (flock on Unix): it is released when the holder exits,
even after `kill -9`.  The lock is re-entrant within a process and inherited by the processes a
holder starts (`mkdocs build` from a build), through an environment variable.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILE = ".briefing.lock"
_HELD_ENV = "BRIEFING_LOCK_HELD"
_depth: dict[str, int] = {}


def lock_path(root: Path) -> Path:
    return Path(root).resolve() / LOCK_FILE


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


@contextlib.contextmanager
def project_lock(root: Path, what: str, say=None) -> Iterator[None]:
    """Hold the project's lock while the block runs; when another command holds it, say so in one
    line (`say`, default stderr) and wait for it."""
    path = lock_path(root)
    key = str(path)
    if _depth.get(key) or os.environ.get(_HELD_ENV) == key:
        _depth[key] = _depth.get(key, 0) + 1
        try:
            yield
        finally:
            _depth[key] -= 1
        return
    lock = FileLock(key, is_singleton=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        (say or (lambda line: print(line, file=sys.stderr, flush=True)))(
            f"briefing: another briefing command ({_holder(path)}) is running in this project; "
            "waiting for it to finish …")
        lock.acquire()
    try:
        with open(path, "w", encoding="utf-8") as fh:       # who holds it, for the message above
            fh.write(f"{what}, pid {os.getpid()}")
        _depth[key] = 1
        os.environ[_HELD_ENV] = key
        yield
    finally:
        _depth[key] = 0
        os.environ.pop(_HELD_ENV, None)
        lock.release()
