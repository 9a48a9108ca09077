"""The merge bases: `briefings/.machine/<id>.yaml`, what the extractor last wrote for each source.

Untouched by people and committed alongside their files, a copy is the common ancestor of the three-way merge
(`merge`) that keeps corrections when a source is re-extracted.  Its last header line is the sha256 of the text
after it, so a copy damaged by git (conflict markers, a textual merge of two versions) or by hand is known, and
the merge falls back to a two-way merge that keeps every value of the person's (`fallback`).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from generator.model.briefing import Briefing
from generator.store.atomic import BriefingFileError
from generator.store.cache import ParseCache
from generator.store.files import CHECKSUM_PREFIX, Serialised, load_briefing, save_document

MACHINE_DIR = ".machine"
MACHINE_HEADER = ("# What the extractor last wrote for this source: the base of the three-way merge that keeps\n"
                  "# your corrections in ../<id>.yaml. Do not edit; edit ../<id>.yaml instead.\n")


def machine_path(folder: Path, sid: str) -> Path:
    return folder / MACHINE_DIR / f"{sid}.yaml"


def load_machine(folder: Path, sid: str) -> Briefing | None:
    """The machine's last output for a source, or None when there is none or it is damaged (git
    conflict markers, a textual merge of two versions, a hand edit): its checksum line must match.
    Then the merge falls back to a two-way merge that keeps every value of the person's."""
    try:
        return _read_machine(machine_path(folder, sid))
    except BriefingFileError:
        return None


def _read_machine(path: Path) -> Briefing | None:
    """Raises BriefingFileError (file:line:col) for a damaged copy; None when there is none."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BriefingFileError(f"{path}:1:1: cannot read ({exc.strerror or exc})") from exc
    head, sep, body = raw.partition(b"\n" + CHECKSUM_PREFIX)
    if sep:
        stored, _, rest = body.partition(b"\n")
        if stored.decode("ascii", "replace").strip() != hashlib.sha256(rest).hexdigest():
            line = head.count(b"\n") + 2
            raise BriefingFileError(f"{path}:{line}:1: merge base damaged (its checksum does not match: git "
                                    "conflict markers or a merge of two versions?); delete it, your file is safe: "
                                    "the next re-extraction keeps every value of yours that differs, with a review entry")
    return load_briefing(path, raw).briefing


def check_machine(folder: Path) -> list[str]:
    """One warning per damaged merge base in briefings/.machine/ (for `briefing check`)."""
    out = []
    for path in machine_files(folder):
        try:
            _read_machine(path)
        except BriefingFileError as exc:
            out.append(f"{exc} (merge base)")
    return out


def machine_files(folder: Path) -> list[Path]:
    return sorted((folder / MACHINE_DIR).glob("*.yaml"))


def save_machine(folder: Path, b: Briefing, cache: ParseCache | None = None,
                 serialised: Serialised | None = None) -> bool:
    """briefings/.machine/<id>.yaml: the extractor's own output, the next merge's base."""
    return save_document(machine_path(folder, b.source.id), b, MACHINE_HEADER, None, cache, serialised, checksum=True)
