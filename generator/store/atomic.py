"""Atomic writes: a temp file in the same folder, then a rename, so a reader never sees half a file and a
failed write leaves the old file as it was.  Also the error a person sees when a file cannot be read or written."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class BriefingFileError(Exception):
    """A YAML file a person broke: message is `file:line:col: what is wrong`."""


class WriteError(BriefingFileError):
    """A file that could not be written (read-only folder, full disk); the old file is untouched."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write to a temp file in the same folder, then rename: readers never see half a file.

    `durable` also fsyncs before the rename, for files people edit (briefings/); derived pages
    (docs/) pass False: regenerated on the next render, they need not survive a power cut.
    Raises WriteError (one line: the file, the reason, what to check) when the system refuses."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(_write_failed(path, exc)) from exc
    try:
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError):
            raise WriteError(_write_failed(path, exc)) from exc
        raise


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Caches and memos: temp file then rename, no fsync (losing one only makes a run slower)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise


def sweep_temps(folder: Path) -> int:
    """Remove the temp files of writes a killed run left behind ('.summary.yaml.k2j9x1.tmp': `kill -9` between
    the temp file and its rename).  Call only under the project's lock, when no write of ours is under way.
    Returns how many were removed."""
    removed = 0
    for tmp in folder.rglob(".*.tmp") if folder.is_dir() else []:
        if tmp.is_file() and tmp.name.count(".") >= 3:      # '.<name>.<random>.tmp', as write_atomic names them
            _discard(str(tmp))
            removed += 1
    return removed


def _discard(tmp: str) -> None:
    """Remove a temp file a failed write left (it may already be gone)."""
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _write_failed(path: Path, exc: OSError) -> str:
    return (f"{path}: cannot write ({exc.strerror or exc}); the file is unchanged. Check free disk space "
            f"and that you may write to {path.parent}")
