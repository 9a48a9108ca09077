"""The briefings folder: YAML in and out, validated, written atomically.

`briefings/<id>.yaml` is the source of truth people edit; `briefings/summary.yaml` the
consolidated view.  Errors name file, line and column.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .models import Briefing, Summary
from .schema import SchemaError, briefing_from_data, summary_from_data, to_data

SUMMARY_FILE = "summary.yaml"
MAX_YAML_BYTES = 20 * 1024 * 1024


class BriefingFileError(Exception):
    """A YAML file a person broke: message is `file:line:col: what is wrong`."""


@dataclass
class Loaded:
    briefing: Any
    warnings: list[str]


class _Dumper(yaml.SafeDumper):
    """Block style, unicode kept, multi-line strings as literal blocks, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_repr(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_repr)


def dump_yaml(data: Any, header: str = "") -> str:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100, indent=2)
    return header + text


def write_atomic(path: Path, text: str) -> None:
    """Write to a temp file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


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


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe loader that rejects duplicate keys (a person's edit silently lost otherwise)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML file safely; raise BriefingFileError with file:line:col."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BriefingFileError(f"{path}:1:1: cannot read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_YAML_BYTES:
        raise BriefingFileError(f"{path}:1:1: file is larger than {MAX_YAML_BYTES // 1_000_000} MB; "
                                "a briefing is never this big, check what was saved here")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise BriefingFileError(f"{path}:{line}:1: not UTF-8 text; save the file as UTF-8") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        what = exc.problem or exc.context or "invalid YAML"
        raise BriefingFileError(f"{path}:{where}: {what}; fix the YAML syntax there") from exc
    except (yaml.YAMLError, RecursionError) as exc:
        raise BriefingFileError(f"{path}:1:1: cannot parse YAML ({exc})") from exc
    return data, node


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
    warnings = [f"{path}:{_locate(node, p)[0]}:{_locate(node, p)[1]}: {msg}" for p, msg in unknown]
    return Loaded(obj, warnings)


def load_briefing(path: Path) -> Loaded:
    data, node = read_yaml(path)
    if not isinstance(data, dict):
        raise BriefingFileError(f"{path}:1:1: expected a mapping with 'source', 'body', 'quotes' …; "
                                "restore the file from git or delete it to re-extract")
    return _convert(path, data, node, briefing_from_data)


def load_summary(path: Path) -> Loaded:
    data, node = read_yaml(path)
    if data is None:
        return Loaded(Summary(), [])
    return _convert(path, data, node, summary_from_data)


def briefing_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.name != SUMMARY_FILE and not p.name.startswith("."))


def load_all(folder: Path) -> tuple[list[Briefing], list[str], list[str]]:
    """Every briefing in the folder; returns (briefings, errors, warnings) and never raises on content."""
    briefings, errors, warnings = [], [], []
    for path in briefing_files(folder):
        try:
            loaded = load_briefing(path)
        except BriefingFileError as exc:
            errors.append(str(exc))
            continue
        briefings.append(loaded.briefing)
        warnings.extend(loaded.warnings)
    return briefings, errors, warnings


HEADER = ("# Briefing for one source. Edit freely: your changes are kept when the source is re-extracted.\n"
          "# Delete an item to drop it; add one (without an id) to add it.\n")
SUMMARY_HEADER = ("# Consolidated view across sources, rebuilt from the per-source files.\n"
                  "# You may write a `resolution:` on a conflict; it is kept on rebuild.\n")


def briefing_text(b: Briefing) -> str:
    return dump_yaml(to_data(b), HEADER)


def save_briefing(folder: Path, b: Briefing) -> Path:
    path = folder / f"{b.source.id}.yaml"
    write_atomic(path, briefing_text(b))
    return path


def save_summary(folder: Path, s: Summary) -> Path:
    path = folder / SUMMARY_FILE
    write_atomic(path, dump_yaml(to_data(s), SUMMARY_HEADER))
    return path
