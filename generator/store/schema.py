"""Dataclass <-> plain YAML data, with validation errors that name the field.

Kept apart from `store` (which does the file I/O) so that both the writer and
`briefing check` use one definition of what a valid briefing is.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from typing import Any, Optional, Union

from generator.model.briefing import Briefing, DateMention, Fact, Note, Quote, QuoteGroup, SourceInfo, Summary
from generator.model.ids import make_ids_unique, short_hash

#: Fields left out of the written YAML while they are None: extras that only some items have
#: (a tweet's author/handle/date, a fact's subject/rank).  Every other key is always written,
#: so a person sees every field they may fill in.
OPTIONAL_EXTRAS: dict[type, frozenset[str]] = {
    Note: frozenset({"author", "handle", "date"}),
    Quote: frozenset({"note", "speakers"}),
    QuoteGroup: frozenset({"speakers"}),
    Fact: frozenset({"subject", "rank"}),
    DateMention: frozenset({"anchor", "relative"}),
    SourceInfo: frozenset({"fetched", "language"}),
}

#: Items a person may add without an `id`: prefix and the field the stable id is derived from.
DERIVED_IDS: dict[type, tuple[str, str]] = {Quote: ("q", "text"), Fact: ("f", "statement")}


class SchemaError(ValueError):
    """Wrong type or missing key; `path` is the key path, e.g. ['quotes', 3, 'speaker']."""

    def __init__(self, path: list, message: str):
        self.path = path
        super().__init__(message)


def omitted(obj: Any, name: str, value: Any) -> bool:
    """True for a None-valued optional extra, which the writer leaves out."""
    return value is None and name in OPTIONAL_EXTRAS.get(type(obj), ())


def to_data(obj: Any, compact: bool = False) -> Any:
    """Dataclasses to dicts in field order (the YAML key order), recursively.

    `compact` leaves out None-valued optional extras (see OPTIONAL_EXTRAS), for the files people read.
    """
    if dataclasses.is_dataclass(obj):
        return {f.name: to_data(getattr(obj, f.name), compact) for f in dataclasses.fields(obj)
                if not (compact and omitted(obj, f.name, getattr(obj, f.name)))}
    if isinstance(obj, (list, tuple)):
        return [to_data(x, compact) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v, compact) for k, v in obj.items()}
    return obj


def derived_id(prefix: str, text: str) -> str:
    """Stable id from an item's words, for items a person added without one.  Quotes get the id the
    extractor gives the same words, so a quote the person added and the machine later finds too
    is merged as one item, not listed twice."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return f"{prefix}-{short_hash(words)}"


@functools.lru_cache(maxsize=None)
def _hints(tp: type) -> dict[str, Any]:
    """Field types of a dataclass (resolving them is slow, and every item of every file asks)."""
    return typing.get_type_hints(tp)


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin in (list, dict):
        return "a list" if origin is list else "a mapping"
    if dataclasses.is_dataclass(tp):
        return "a mapping"
    return {str: "text", int: "a whole number", bool: "true or false", float: "a number"}.get(tp, str(tp))


def from_data(tp: Any, data: Any, path: list, unknown: list[tuple[list, str]]) -> Any:
    """Build `tp` from YAML data; unknown keys are collected (kept out of the object) not fatal."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return from_data(args[0], data, path, unknown)
    if tp is Any:
        return data
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise SchemaError(path, f"expected a mapping, found {type(data).__name__}")
        hints = _hints(tp)
        kwargs = {}
        if tp in DERIVED_IDS and data.get("id") in (None, ""):
            prefix, source_field = DERIVED_IDS[tp]
            if isinstance(data.get(source_field), str):
                data = {**data, "id": derived_id(prefix, data[source_field])}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = from_data(hints[f.name], data[f.name], path + [f.name], unknown)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SchemaError(path, f"missing required key '{f.name}'")
        for key in data:
            if key not in kwargs and key not in {f.name for f in dataclasses.fields(tp)}:
                unknown.append((path + [key], f"unknown key '{key}' (kept in the file, ignored by the site)"))
        return tp(**kwargs)
    if origin is list:
        if data is None:
            return []
        if not isinstance(data, list):
            raise SchemaError(path, f"expected a list, found {type(data).__name__}")
        (item,) = typing.get_args(tp)
        return [from_data(item, x, path + [i], unknown) for i, x in enumerate(data)]
    if origin is dict:
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise SchemaError(path, f"expected a mapping, found {type(data).__name__}")
        _, val = typing.get_args(tp)
        return {str(k): from_data(val, v, path + [k], unknown) for k, v in data.items()}
    if tp is bool:
        if not isinstance(data, bool):
            raise SchemaError(path, f"expected true or false, found {data!r}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise SchemaError(path, f"expected {_type_name(tp)}, found {data!r}")
        return data
    if tp is str:
        return _text(data, path)
    return data


def _text(data: Any, path: list) -> str:
    """A text field: null is refused (it would show as "None"), a number or true/false kept as typed."""
    if data is None:
        raise SchemaError(path, "expected text, found null; write the text (or delete the item)")
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, (dict, list)):
        raise SchemaError(path, f"expected text, found a {'mapping' if isinstance(data, dict) else 'list'}")
    return str(data)


def _unique_ids(items: list, section: str, unknown: list) -> None:
    """Two items with one id (a copied item, one quote added twice): later ones get a -2, -3 suffix."""
    for i, old_id, new_id in make_ids_unique(items):
        unknown.append(([section, i, "id"], f"id '{old_id}' is used twice; this one is read as '{new_id}'"))


def briefing_from_data(data: Any, unknown: list | None = None) -> Briefing:
    """A briefing from YAML data; quotes/facts added without an id get a stable one (see DERIVED_IDS)."""
    unknown = unknown if unknown is not None else []
    briefing = from_data(Briefing, data, [], unknown)
    _unique_ids(briefing.quotes, "quotes", unknown)
    _unique_ids(briefing.facts, "facts", unknown)
    return briefing


@dataclasses.dataclass
class _MergeRecord:
    """The shape of one `merges:` entry in summary.yaml (kept as a plain mapping in `Summary`)."""

    name: str
    kind: str
    merged: list[str]
    why: Optional[str] = None
    undo: bool = False


def summary_from_data(data: Any, unknown: list | None = None) -> Summary:
    """A summary from YAML data; every `merges:` entry is checked field by field too (an entry of the
    wrong shape would otherwise stop the build with a traceback)."""
    unknown = unknown if unknown is not None else []
    summary = from_data(Summary, data, [], unknown)
    for i, entry in enumerate(summary.merges):
        from_data(_MergeRecord, entry, ["merges", i], unknown)
    return summary
