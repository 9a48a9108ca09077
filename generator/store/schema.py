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
from typing import Any, Callable, Literal, Union

from generator.model.briefing import Briefing, Summary
from generator.model.fields import EXTRA, TextForm, derived_id_rule, names_with, yaml_key
from generator.model.ids import make_ids_unique, short_hash


#: Fields left out of the written YAML while they are None: extras that only some items have
#: (a tweet's author/handle/date, a fact's subject/rank), declared with `model.fields.extra`.
#: Every other key is always written, so a person sees every field they may fill in.
def optional_extras(tp: type) -> tuple[str, ...]:
    return names_with(tp, EXTRA)


class SchemaError(ValueError):
    """Wrong type or missing key; `path` is the key path, e.g. ['quotes', 3, 'speaker']."""

    def __init__(self, path: list, message: str):
        self.path = path
        super().__init__(message)


def omitted(obj: Any, name: str, value: Any) -> bool:
    """True for a None-valued optional extra, which the writer leaves out."""
    return value is None and name in optional_extras(type(obj))


def to_data(obj: Any, compact: bool = False) -> Any:
    """Dataclasses to dicts in field order (the YAML key order), recursively.

    `compact` leaves out None-valued optional extras (see `optional_extras`), for the files people read.
    """
    if isinstance(obj, TextForm):
        return str(obj)
    if dataclasses.is_dataclass(obj):
        return {yaml_key(f): to_data(getattr(obj, f.name), compact) for f in dataclasses.fields(obj)
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


def from_data(tp: Any, data: Any, path: list, unknown: list[tuple[list, str]]) -> Any:
    """Build `tp` from YAML data; unknown keys are collected (kept out of the object) not fatal."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return None if data is None else from_data(args[0], data, path, unknown)
    if origin is Literal:
        return _kind(tp, data, path)
    if isinstance(tp, type) and issubclass(tp, TextForm):
        return _text_form(tp, data, path)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp, data, path, unknown)
    if origin is list:
        return _list(tp, data, path, unknown)
    if origin is dict:
        return _mapping(tp, data, path, unknown)
    scalar = _SCALARS.get(tp)
    return scalar(data, path) if scalar else data


def _kind(tp: Any, data: Any, path: list) -> str:
    """One of a Literal's values (`model.kinds`); anything else is refused with the list of allowed ones."""
    allowed = typing.get_args(tp)
    if isinstance(data, str) and data in allowed:
        return data
    raise SchemaError(path, f"{data!r} is not allowed here; use one of: {', '.join(map(str, allowed))}")


def _text_form(tp: type[TextForm], data: Any, path: list) -> Any:
    """A typed value written as text (`model.fields.TextForm`); its `parse` says what forms are allowed."""
    try:
        return tp.parse(_text(data, path))
    except ValueError as exc:
        raise SchemaError(path, str(exc)) from None


def _expect(path: list, data: Any, kind: type, what: str) -> None:
    if not isinstance(data, kind):
        raise SchemaError(path, f"expected {what}, found {type(data).__name__}")


def _dataclass(tp: type, data: Any, path: list, unknown: list) -> Any:
    _expect(path, data, dict, "a mapping")
    hints = _hints(tp)
    rule = derived_id_rule(tp)
    if rule and data.get("id") in (None, "") and isinstance(data.get(rule[1]), str):
        data = {**data, "id": derived_id(rule[0], data[rule[1]])}
    kwargs = {}
    names = set()
    for f in dataclasses.fields(tp):
        key = yaml_key(f)
        names.add(key)
        if key in data:
            kwargs[f.name] = from_data(hints[f.name], data[key], path + [key], unknown)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SchemaError(path, f"missing required key '{key}'")
    unknown.extend((path + [key], f"unknown key '{key}' (kept in the file, ignored by the site)")
                   for key in data if key not in names)
    return tp(**kwargs)


def _list(tp: Any, data: Any, path: list, unknown: list) -> list:
    if data is None:
        return []
    _expect(path, data, list, "a list")
    (item,) = typing.get_args(tp)
    return [from_data(item, x, path + [i], unknown) for i, x in enumerate(data)]


def _mapping(tp: Any, data: Any, path: list, unknown: list) -> dict:
    if data is None:
        return {}
    _expect(path, data, dict, "a mapping")
    _, val = typing.get_args(tp)
    return {str(k): from_data(val, v, path + [k], unknown) for k, v in data.items()}


def _bool(data: Any, path: list) -> bool:
    if not isinstance(data, bool):
        raise SchemaError(path, f"expected true or false, found {data!r}")
    return data


def _int(data: Any, path: list) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise SchemaError(path, f"expected a whole number, found {data!r}")
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


#: Scalar field types and how YAML data becomes one (any other type: the data as it is).
_SCALARS: dict[Any, Callable[[Any, list], Any]] = {bool: _bool, int: _int, str: _text}


def _unique_ids(items: list, section: str, unknown: list) -> None:
    """Two items with one id (a copied item, one quote added twice): later ones get a -2, -3 suffix."""
    for i, old_id, new_id in make_ids_unique(items):
        unknown.append(([section, i, "id"], f"id '{old_id}' is used twice; this one is read as '{new_id}'"))


def briefing_from_data(data: Any, unknown: list | None = None) -> Briefing:
    """A briefing from YAML data; quotes/facts added without an id get a stable one (see `model.fields.id_from`)."""
    unknown = unknown if unknown is not None else []
    briefing = from_data(Briefing, data, [], unknown)
    _unique_ids(briefing.quotes, "quotes", unknown)
    _unique_ids(briefing.facts, "facts", unknown)
    return briefing


def summary_from_data(data: Any, unknown: list | None = None) -> Summary:
    """A summary from YAML data, every field checked (`merges:` entries too: `EntityMerge`)."""
    return from_data(Summary, data, [], unknown if unknown is not None else [])
