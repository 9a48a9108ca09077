"""`briefings/history.yaml`: the entries of `history`, newest first, and the sources the last build saw.

Committed with the other briefings, so a reviewer reads in git what each build changed.  A person may
delete entries or edit their wording; a file they broke stops the build with file:line:col (as every
YAML in briefings/ does) and is never overwritten.  `sources:` at the end is the history's memory of
each source's file hash and extractor version; without it (a first build) every source counts as new.
"""
from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.consolidate.history import Change, Entry, SourceState, State, diff, source_states
from generator.model.briefing import Briefing, SourceRef, Summary
from generator.store.atomic import BriefingFileError, write_atomic
from generator.store.cache import ParseCache, contents_key
from generator.store.files import read_yaml

HISTORY_FILE = "history.yaml"
HEADER = ("# What changed in this briefing, build by build (newest first), written by `briefing build`.\n"
          "# story: new coverage; corrections: your edits of the YAML; machine: a newer extractor.\n"
          "# The Updates page and feed.xml are made from it. `sources:` (at the end) is what the last build saw.\n")


@dataclass
class History:
    entries: list[Entry] = field(default_factory=list)
    sources: dict[str, SourceState] | None = None      # None: no build recorded yet


def _plain(obj: Any) -> Any:
    """Dataclass -> YAML data without the empty fields (an entry lists only what it has)."""
    data = dataclasses.asdict(obj)

    def prune(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: prune(v) for k, v in value.items() if v not in (None, [], {}, 0, "") or k == "sources"}
        if isinstance(value, list):
            return [prune(v) for v in value]
        return value
    return prune(data)


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping, found {type(data).__name__}")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ValueError(f"{where}: unknown key '{unknown[0]}' (known: {', '.join(sorted(names))})")
    return cls(**data)


def _change(data: Any, where: str) -> Change:
    change = _build(Change, data, where)
    if not isinstance(change.evidence, list):
        raise ValueError(f"{where}.evidence: expected a list")
    change.evidence = [_build(SourceRef, e, f"{where}.evidence[{j}]") for j, e in enumerate(change.evidence)]
    return change


def _entry(data: Any, where: str) -> Entry:
    entry = _build(Entry, data, where)
    for bucket in ("story", "corrections", "machine"):
        items = getattr(entry, bucket) or []
        if not isinstance(items, list):
            raise ValueError(f"{where}.{bucket}: expected a list")
        setattr(entry, bucket, [_change(c, f"{where}.{bucket}[{i}]") for i, c in enumerate(items)])
    entry.at = str(entry.at)
    return entry


def load_history(folder: Path) -> History:
    path = folder / HISTORY_FILE
    if not path.exists():
        return History()
    data, _ = read_yaml(path)
    if data is None:
        return History()
    try:
        if not isinstance(data, dict):
            raise ValueError("the file must hold `entries:` and `sources:`")
        unknown = sorted(set(data) - {"entries", "sources"})
        if unknown:
            raise ValueError(f"unknown key '{unknown[0]}' (known: entries, sources)")
        if not isinstance(data.get("entries") or [], list):
            raise ValueError("entries: expected a list of entries")
        entries = [_entry(e, f"entries[{i}]") for i, e in enumerate(data.get("entries") or [])]
        raw = data.get("sources")
        sources = None if raw is None else {str(k): _build(SourceState, v or {}, f"sources.{k}")
                                            for k, v in (raw or {}).items()}
    except (ValueError, TypeError) as exc:
        raise BriefingFileError(f"{path}:1:1: {exc}; fix it or delete the file to start the history again") from exc
    return History(entries, sources)


def history_text(history: History) -> str:
    data = {"entries": [_plain(e) for e in history.entries],
            "sources": {sid: _plain(s) for sid, s in sorted((history.sources or {}).items())}}
    return HEADER + yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                              allow_unicode=True, width=120)


def record(folder: Path, before: Summary | None, after: Summary, briefings: list[Briefing],
           at: str) -> Entry | None:
    """Diff the summary as it was against the one just made; prepend the entry (when something changed)
    to briefings/history.yaml and remember the sources.  Returns the new entry, if any."""
    history = load_history(folder)
    now = source_states(briefings)
    if history.sources is None:          # no history yet: sources already summarised count as known
        history.sources = now if before is not None else {}
    entry = diff(State(before or Summary(), history.sources), State(after, now), at)
    if entry.empty() and history.sources == now and (folder / HISTORY_FILE).exists():
        return None
    if not entry.empty():
        history.entries.insert(0, entry)
    history.sources = now
    write_atomic(folder / HISTORY_FILE, history_text(history))
    return None if entry.empty() else entry


def build_time() -> str:
    """Now, ISO 8601 in UTC; SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    stamp = int(epoch) if epoch.strip().isdigit() else time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))


def entries(folder: Path, cache: ParseCache) -> list[Entry]:
    """The history's entries for the pages, parsed only when history.yaml changed since the last build."""
    key = contents_key([folder / HISTORY_FILE])
    found = cache.recall("history", key)
    if found is None:
        found = load_history(folder).entries
        cache.remember("history", key, found)
    return found
