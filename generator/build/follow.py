"""A source follows its bytes (issue 19): a corpus file renamed or moved keeps its briefing.

A briefing whose `source.file` is no longer in the corpus, and a corpus file no briefing claims,
with the same sha256, are one source under a new name: the briefing's `file:` (and its machine
copy's) is updated in place, so the person's corrections stay and the article is not listed twice.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.model.briefing import Briefing
from generator.read import sources
from generator.store import files as store


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
        base = store.load_machine(folder, user.source.id)
        if base is not None:
            store.save_machine(folder, dataclasses.replace(base, source=dataclasses.replace(base.source, file=rel)))
        del users[user.source.file]
        users[rel] = moved
        lines.append(f"{store.briefing_path(folder, user.source.id)}: its source {user.source.file} is now {rel} "
                     "(same bytes); file: updated")
    return lines
