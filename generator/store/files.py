"""The briefings folder: YAML in and out, validated, written atomically.

- `briefings/<id>.yaml`: one source, the source of truth people edit.  Rewrites keep their
  comments, key order and unknown keys (`roundtrip`).
- `briefings/.machine/<id>.yaml`: the merge bases, written through `save_document` with a checksum line
  (see `machine`).
- `briefings/summary.yaml`: the consolidated view; a person may write a conflict's `resolution`.

Reading is safe and bounded (size, nesting, alias expansion); errors name file:line:col.
Every write goes to a temp file first and is renamed over the old one.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml

from generator.model.briefing import Briefing, Summary
from generator.store import roundtrip
from generator.store.atomic import BriefingFileError, write_atomic
from generator.store.cache import ParseCache
from generator.store.schema import SchemaError, briefing_from_data, summary_from_data, to_data

SUMMARY_FILE = "summary.yaml"
MAX_YAML_BYTES = 20 * 1024 * 1024
MAX_YAML_NODES = 2_000_000      # after expanding aliases: a "billion laughs" file stops here
MAX_YAML_DEPTH = 64             # a briefing nests 4 levels deep
#: summary.yaml lists, for each agreed item, every source that supports it: it grows with the corpus
#: (about 10 KB and 350 values per source at 1,000-10,000 sources), so its limits do too.
SUMMARY_BYTES_PER_SOURCE = 100_000
SUMMARY_NODES_PER_SOURCE = 4_000


@dataclass
class Loaded:
    briefing: Any
    warnings: list[str]


def _locate(node: yaml.Node | None, path: list) -> tuple[int, int]:
    """Line/column (1-based) of the deepest node along `path`."""
    best = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == str(key)), None)
            if nxt is None:
                nxt = next((k for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        best = (node.start_mark.line + 1, node.start_mark.column + 1)
    return best


def _yaml12_resolvers() -> dict:
    """Implicit types as YAML 1.2 reads them, so what a person types stays what they typed: `No`,
    `on`, `12:30` (1.1: 750), `0755` (1.1: 493) and `2022-01-12` are text; only true/false, null and
    plain decimal numbers are not.  (The writer quotes anything a 1.1 reader would misread.)"""
    table: dict = {}

    def add(tag: str, pattern: str, first: str) -> None:
        for ch in first:
            table.setdefault(ch, []).append((f"tag:yaml.org,2002:{tag}", re.compile(pattern, re.X)))

    add("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
    add("null", r"^(?:~|null|Null|NULL|)$", "~nN\0")
    add("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789")
    # a subset of what YAML 1.1 calls a float (a dot, a signed exponent), so the writer's quoting covers it
    add("float", r"^[-+]?(?:(?:0|[1-9][0-9]*)\.[0-9]*(?:[eE][-+][0-9]+)?|\.[0-9]+(?:[eE][-+][0-9]+)?"
                 r"|\.(?:inf|Inf|INF))$|^\.(?:nan|NaN|NAN)$", "-+0123456789.")
    table[""] = table.pop("\0")       # the empty scalar
    return table


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml parses ~7x faster
    """Safe loader with YAML 1.2 implicit types that rejects duplicate keys (a person's edit silently
    lost otherwise)."""

    yaml_implicit_resolvers = _yaml12_resolvers()

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _too_big(path: Path, max_bytes: int) -> BriefingFileError:
    return BriefingFileError(f"{path}:1:1: file is larger than {max_bytes // 1_000_000} MB; "
                             "a briefing is never this big, check what was saved here")


def read_yaml(path: Path, max_bytes: int | None = None, max_nodes: int | None = None,
              raw: bytes | None = None) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML file safely (or `raw`, its bytes as already read); raise BriefingFileError with
    file:line:col.  Limits default to MAX_YAML_BYTES and MAX_YAML_NODES (the size of a briefing); the
    size is checked before the file is read."""
    max_bytes = MAX_YAML_BYTES if max_bytes is None else max_bytes
    max_nodes = MAX_YAML_NODES if max_nodes is None else max_nodes
    if raw is None:
        try:
            if path.stat().st_size > max_bytes:
                raise _too_big(path, max_bytes)
            with open(path, "rb") as fh:
                raw = fh.read(max_bytes + 1)        # a file growing meanwhile is still cut at the cap
        except OSError as exc:
            raise BriefingFileError(f"{path}:1:1: cannot read ({exc.strerror or exc})") from exc
    if len(raw) > max_bytes:
        raise _too_big(path, max_bytes)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise BriefingFileError(f"{path}:{line}:1: not UTF-8 text; save the file as UTF-8") from exc
    loader = _UniqueKeyLoader(text)
    try:
        node = loader.get_single_node()
        _check_size(path, node, max_nodes)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        what = exc.problem or exc.context or "invalid YAML"
        raise BriefingFileError(f"{path}:{where}: {what}; fix the YAML syntax there") from exc
    except RecursionError as exc:
        raise BriefingFileError(f"{path}:1:1: nested too deeply to be a briefing") from exc
    except yaml.YAMLError as exc:
        raise BriefingFileError(f"{path}:1:1: cannot parse YAML ({exc})") from exc
    finally:
        loader.dispose()
    return data, node


def _line_col(node: yaml.Node) -> str:
    return f"{node.start_mark.line + 1}:{node.start_mark.column + 1}"


def _check_size(path: Path, root: yaml.Node | None, max_nodes: int) -> None:
    """Refuse documents that would expand past `max_nodes` or nest past MAX_YAML_DEPTH.

    Sizes are memoised per node, so a file of aliases to aliases is measured without expanding it.
    """
    sizes: dict[int, int] = {}

    def size(node: yaml.Node, depth: int) -> int:
        if depth > MAX_YAML_DEPTH:
            raise BriefingFileError(f"{path}:{_line_col(node)}: "
                                    f"nested more than {MAX_YAML_DEPTH} levels deep; a briefing is never this deep")
        if id(node) in sizes:
            return sizes[id(node)]
        if isinstance(node, yaml.SequenceNode):
            total = 1 + sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total = 1 + sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        else:
            total = 1
        if total > max_nodes:
            raise BriefingFileError(f"{path}:{_line_col(node)}: "
                                    f"expands to more than {max_nodes:,} values (aliases?); "
                                    "write the values out instead of using &anchors and *aliases")
        sizes[id(node)] = total
        return total

    if root is not None:
        size(root, 0)


def _convert(path: Path, data: Any, node: Any, build) -> Loaded:
    unknown: list = []
    try:
        obj = build(data, unknown)
    except SchemaError as exc:
        line, col = _locate(node, exc.path)
        where = ".".join(str(p) for p in exc.path) or "top level"
        raise BriefingFileError(f"{path}:{line}:{col}: {where}: {exc}") from exc
    except RecursionError as exc:
        raise BriefingFileError(f"{path}:1:1: structure nested too deeply") from exc
    warnings = [f"{path}:{':'.join(map(str, _locate(node, p)))}: {msg}" for p, msg in unknown]
    return Loaded(obj, warnings)


def load_briefing(path: Path, raw: bytes | None = None) -> Loaded:
    data, node = read_yaml(path, raw=raw)
    if not isinstance(data, dict):
        raise BriefingFileError(f"{path}:1:1: expected a mapping with 'source', 'body', 'quotes' …; "
                                "restore the file from git or delete it to re-extract")
    loaded = _convert(path, data, node, briefing_from_data)
    sid = loaded.briefing.source.id
    if sid != path.stem:
        line, col = _locate(node, ["source", "id"])
        raise BriefingFileError(f"{path}:{line}:{col}: source.id '{sid}' does not match the file name; "
                                f"put back '{path.stem}' (to rename a source, rename the file and its id together)")
    return loaded


def load_summary(path: Path, sources: int = 0, raw: bytes | None = None) -> Loaded:
    """summary.yaml of a corpus of `sources` sources (its size limits grow with the corpus)."""
    data, node = read_yaml(path, max_bytes=MAX_YAML_BYTES + SUMMARY_BYTES_PER_SOURCE * sources,
                           max_nodes=MAX_YAML_NODES + SUMMARY_NODES_PER_SOURCE * sources, raw=raw)
    if data is None:
        return Loaded(Summary(), [])
    return _convert(path, data, node, summary_from_data)


#: Files in briefings/ that are not a source's briefing (model.ids.RESERVED_IDS keeps sources off these names).
NOT_BRIEFINGS = (SUMMARY_FILE, "history.yaml")


def briefing_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.name not in NOT_BRIEFINGS and not p.name.startswith("."))


def _load(path: Path, parse, cache: ParseCache | None) -> Loaded:
    return cache.get(path, parse) if cache is not None else parse(path)


def load_all(folder: Path, cache: ParseCache | None = None) -> tuple[list[Briefing], list[str], list[str]]:
    """Every briefing in the folder; returns (briefings, errors, warnings) and never raises on content.

    With a `cache`, files unchanged since they were last parsed are not read again."""
    briefings, errors, warnings = [], [], []
    for path in briefing_files(folder):
        try:
            loaded = _load(path, load_briefing, cache)
        except BriefingFileError as exc:
            errors.append(str(exc))
            continue
        briefings.append(loaded.briefing)
        warnings.extend(loaded.warnings)
    return briefings, errors, warnings


@dataclass
class Folder:
    """Everything in briefings/, read and validated; `errors` lists every broken file at once."""

    briefings: list[Briefing]
    summary: Summary | None
    errors: list[str]
    warnings: list[str]


def check_all(folder: Path, cache: ParseCache | None = None) -> Folder:
    """`load_all` plus summary.yaml: the whole folder checked before anything is written."""
    briefings, errors, warnings = load_all(folder, cache)
    summary = None
    if (folder / SUMMARY_FILE).exists():
        try:
            loaded = _load(folder / SUMMARY_FILE, functools.partial(load_summary, sources=len(briefings)), cache)
            summary = loaded.briefing
            warnings.extend(loaded.warnings)
        except BriefingFileError as exc:
            errors.append(str(exc))
    errors.extend(_double_claims(folder, briefings))
    return Folder(briefings, summary, errors, warnings)


def _double_claims(folder: Path, briefings: list[Briefing]) -> list[str]:
    """Two files that claim one corpus file: the build would merge into one and overwrite the other."""
    first: dict[str, str] = {}
    out = []
    for b in briefings:
        other = first.setdefault(b.source.file, b.source.id)
        if other != b.source.id:
            out.append(f"{briefing_path(folder, b.source.id)}: source.file '{b.source.file}' is also claimed by "
                       f"{briefing_path(folder, other)}; one corpus file has one briefing: put back the right "
                       "file name in one of them")
    return out


HEADER = ("# Briefing for one source. Edit freely: your changes are kept when the source is re-extracted.\n"
          "# Delete an item to drop it; add one (without an id) to add it.\n")
#: The machine copy's last header line: the sha256 of the text after it, so a damaged base is known.
CHECKSUM_PREFIX = b"# sha256: "


class ChangedMeanwhile(Exception):
    """The person's file changed after the build read it; `current` is what it holds now (None when
    it no longer parses or is gone)."""

    def __init__(self, path: Path, current: Any | None):
        self.path, self.current = path, current
        super().__init__(f"{path}: changed while the build ran")
SUMMARY_HEADER = ("# Consolidated view across sources, rebuilt from the per-source files.\n"
                  "# You may write a `resolution:` on a conflict; it is kept on rebuild.\n")


@dataclass
class Serialised:
    """A fresh briefing as its file's YAML body and as reading that body back gives it."""

    body: str
    parsed: Any
    unknown: list            # [(key path, message)]: what the schema pass warns about on reading


def serialise(obj: Briefing | Summary) -> Serialised:
    """Pure: `obj` -> its fresh YAML body and what `load_briefing` (or `load_summary`) returns for it,
    by the same schema pass over the same plain data, without parsing the text.  Mappable on a pool."""
    unknown: list = []
    build = briefing_from_data if isinstance(obj, Briefing) else summary_from_data
    data = to_data(obj, compact=True)                  # once: dumped, then read back as the loader would
    body = roundtrip.document_from_data(data)
    return Serialised(body, build(data, unknown), unknown)


def _target(path: Path) -> Path:
    """Where to write `path`: a symlinked file is written through to its target (it stays a link)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _check_unchanged(path: Path, old_text: str, previous: object, reparse) -> None:
    """Raise ChangedMeanwhile unless `old_text` still parses to `previous` (what the build read)."""
    try:
        now = reparse(old_text.encode("utf-8")).briefing
    except BriefingFileError:
        raise ChangedMeanwhile(path, None) from None
    if now != previous:
        raise ChangedMeanwhile(path, now)


def save_document(path: Path, obj: object, header: str, previous: object | None, cache: ParseCache | None = None,
          serialised: Serialised | None = None, reparse=None, checksum: bool = False) -> bool:
    """Write `obj` to `path` unless the text is unchanged; rewrite in place when `previous` is what
    the file held (comments and key order kept).  True when the file was written.

    `serialised` is `serialise(obj)` when the caller already has it (one dump for two files).
    With a `cache`, a file we wrote fresh and nobody touched since is known to need no round trip,
    and what a fresh file parses to goes into the cache, so the next read is free.
    Write only what was read: with `reparse` (bytes -> Loaded), a file that no longer holds `previous`
    (a person saved it meanwhile) raises ChangedMeanwhile and is left as it is."""
    target = _target(path)
    old_text = target.read_text(encoding="utf-8") if target.exists() else None
    if reparse is not None and previous is not None and old_text is None:
        raise ChangedMeanwhile(path, None)
    fresh = (old_text is None or previous is None or (cache is not None and cache.is_fresh(path, old_text))
             or old_text == roundtrip.new_document(previous, header))
    if not fresh and reparse is not None and old_text is not None:
        _check_unchanged(path, old_text, previous, reparse)
    if fresh and cache is not None and serialised is None and isinstance(obj, (Briefing, Summary)):
        serialised = serialise(obj)
    if not fresh:
        text = roundtrip.update_document(cast(str, old_text), previous, obj)   # not fresh: the file exists
    else:
        text = header + (serialised.body if serialised is not None else roundtrip.new_document(obj))
    if checksum:
        head, body = text[:len(header)], text[len(header):]
        text = head + CHECKSUM_PREFIX.decode() + hashlib.sha256(body.encode("utf-8")).hexdigest() + "\n" + body
    if text == old_text:
        return False
    write_atomic(target, text)
    if cache is not None and fresh and serialised is not None:
        cache.mark_fresh(path, text)
        warnings = [f"{path}: {'.'.join(map(str, where))}: {msg}" for where, msg in serialised.unknown]
        cache.put(path, Loaded(serialised.parsed, warnings))
    return True


def briefing_path(folder: Path, sid: str) -> Path:
    return folder / f"{sid}.yaml"


def save_briefing(folder: Path, b: Briefing, previous: Briefing | None = None, cache: ParseCache | None = None,
                  serialised: Serialised | None = None) -> bool:
    """briefings/<id>.yaml; `previous` is the file as loaded, to keep what the person wrote in it.
    Raises ChangedMeanwhile when the file no longer holds `previous`."""
    path = briefing_path(folder, b.source.id)
    return save_document(path, b, HEADER, previous, cache, serialised, reparse=functools.partial(load_briefing, path))


def save_summary(folder: Path, s: Summary, previous: Summary | None = None, cache: ParseCache | None = None,
                 serialised: Serialised | None = None) -> bool:
    """briefings/summary.yaml, written only when its text changes (the live loop watches this folder).
    Equal data is not re-serialised at all (a 1,000-source summary takes seconds to dump)."""
    if previous is not None and s == previous and (folder / SUMMARY_FILE).exists():
        return False
    path = folder / SUMMARY_FILE
    return save_document(path, s, SUMMARY_HEADER, previous, cache, serialised,
                 reparse=lambda raw: load_summary(path, sources=1_000_000, raw=raw))


def waiting_resolutions(summary: Summary | None) -> list[str]:
    """One line per resolution kept for a conflict absent from the last build (for `briefing check`)."""
    return [f"{SUMMARY_FILE}: waiting: the resolution of conflict '{w.id}' ({w.subject} {w.attribute}) is kept; "
            "its conflict is absent now and gets it back when it returns" for w in (summary.waiting if summary else [])]
