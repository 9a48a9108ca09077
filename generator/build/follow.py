"""A source follows its bytes (issue 19): a corpus file renamed or moved keeps its briefing.

A briefing whose `source.file` is no longer in the corpus, and a corpus file no briefing claims,
with the same sha256, are one source under a new name: the briefing's `file:` (and its machine
copy's) is updated in place, so the person's corrections stay and the article is not listed twice.
Ids follow the same way: a new source takes the id of a machine copy of the same bytes (`machine_ids`), and an
id, once given, stays with its file (`assign_ids`).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.model.briefing import Briefing
from generator.model.ids import short_hash
from generator.read import sources
from generator.store import files as store
from generator.store import machine


def follow_renames(corpus: Path, folder: Path, files: list[Path], users: dict[str, Briefing]) -> list[str]:
    """Update `users` (file -> briefing) and the files on disk for every renamed source; returns one
    line per rename (or per briefing left alone because the person saved it meanwhile)."""
    listed = {f.relative_to(corpus).as_posix(): f for f in files}
    orphans: dict[str, Briefing] = {}
    for file, b in users.items():
        if file not in listed and b.source.sha256:
            orphans.setdefault(b.source.sha256, b)
    unclaimed = [rel for rel in listed if rel not in users]
    if not orphans or not unclaimed:
        return []
    lines = []
    for rel in unclaimed:
        try:
            digest = sources.sha256(sources.read_bytes(listed[rel]))
        except sources.SourceError:
            continue
        user = orphans.pop(digest, None)
        if user is None:
            continue
        moved = dataclasses.replace(user, source=dataclasses.replace(user.source, file=rel))
        try:
            store.save_briefing(folder, moved, previous=user)
        except store.ChangedMeanwhile as exc:
            lines.append(f"{exc.path}: changed while the build ran; its source looks renamed to {rel}, "
                         "left as you saved it (build again)")
            continue
        base = machine.load_machine(folder, user.source.id)
        if base is not None:
            machine.save_machine(folder, dataclasses.replace(base, source=dataclasses.replace(base.source, file=rel)))
        del users[user.source.file]
        users[rel] = moved
        lines.append(f"{store.briefing_path(folder, user.source.id)}: its source {user.source.file} is now {rel} "
                     "(same bytes); file: updated")
    return lines


def assign_ids(fresh: list[Briefing], known: dict[str, str], taken: set[str]) -> None:
    """Keep each file's existing id; a new source gets the slug of its title, or slug-<hash of the
    file name> when another source has that slug, so ids do not move when files come and go."""
    for b in fresh:
        sid = known.get(b.source.file)
        if sid is None:
            sid = b.source.id               # never a reserved name (model.ids.source_id)
            if sid in taken:
                sid = f"{sid}-{short_hash(b.source.file, 6)}"
        b.source.id = sid
        taken.add(sid)


def machine_ids(folder: Path, known: dict[str, str], fresh: list[Briefing]) -> dict[str, str]:
    """file -> id from the machine copies of sources whose file the person deleted, when the corpus file
    still holds the same article (same bytes): it keeps its id.  Another article under an old name (a
    corpus replaced by another event's) gets an id of its own, never the earlier event's.  Copies of
    sources that still have a file are not read (10,000 of them take a minute)."""
    wanted = {(b.source.file, b.source.sha256) for b in fresh if b.source.file not in known}
    ids = {}
    have = set(known.values())
    for path in machine.machine_files(folder):
        if path.stem in have:
            continue
        b = machine.load_machine(folder, path.stem)
        if b is not None and (b.source.file, b.source.sha256) in wanted:
            ids[b.source.file] = b.source.id
    return ids
