"""YAML text for the files people edit: fresh documents, and rewrites that keep what the person wrote.

A rewrite loads the existing file with ruamel.yaml's round-trip loader and changes it in place:
values that did not change keep their node (style, quoting), items matched by `merge.item_key`
keep their comments, keys the schema does not know stay, and key order stays the person's.
Only `store` calls this (it does the file I/O); these functions map text and data to text.
"""
from __future__ import annotations

import dataclasses
import io
import re
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, SingleQuotedScalarString
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from generator.model.fields import TextForm, yaml_key
from generator.store.merge import keyed
from generator.store.schema import omitted, to_data


def _null(representer, _: None):
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _yaml() -> YAML:
    """Round-trip YAML; long text stays on one line (no folding: edits and diffs stay simple)."""
    yaml = YAML(typ="rt")
    yaml.width = 1_000_000
    yaml.representer.add_representer(type(None), _null)
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    return yaml


_YAML11 = Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
#: Characters a literal block cannot carry (controls, odd line breaks, BOM, non-characters).
_NOT_IN_BLOCK = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"
#: Text a literal block keeps exactly: those characters absent, no whitespace at either edge.
_LITERAL_SAFE = re.compile(rf"[^\s{_NOT_IN_BLOCK}](?:[^{_NOT_IN_BLOCK}]*[^\s{_NOT_IN_BLOCK}])?")


def _text(value: str) -> str:
    """Multi-line text as a literal block; quoted when a YAML 1.1 reader (pyyaml, which reads these
    files back) would take it for something else: `on`, `yes`, `NO`, `1:20` are text here."""
    if "\n" in value and _LITERAL_SAFE.fullmatch(value):
        return LiteralScalarString(value)
    if _LINE_BREAKS.search(value):
        return DoubleQuotedScalarString(value)        # escaped; unquoted, a reader folds them to spaces
    if _YAML11.resolve(ScalarNode, value, (True, False)) != _STR_TAG:
        return SingleQuotedScalarString(value)
    return value


def _node(data: Any) -> Any:
    """Plain data -> ruamel nodes."""
    if isinstance(data, dict):
        out = CommentedMap()
        for k, v in data.items():
            out[_node(k)] = _node(v)
        return out
    if isinstance(data, list):
        return CommentedSeq(_node(x) for x in data)
    if isinstance(data, str):
        return _text(data)
    return data


def _dump(doc: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    return buf.getvalue()


class _FreshDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]  # libyaml emits ~10x faster
    """Block style, no aliases, multi-line text as literal blocks where YAML allows it."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(_STR_TAG, value, style="|" if "\n" in value else None)


_FreshDumper.add_representer(str, _represent_text)


def new_document(obj: Any, header: str = "") -> str:
    """A dataclass as a fresh YAML document (None-valued optional extras left out).

    No person's formatting to keep, so the fast libyaml emitter writes it; a rewrite (below) goes
    through ruamel to keep comments."""
    return header + document_from_data(to_data(obj, compact=True))


def document_from_data(data: Any) -> str:
    """Plain data (`schema.to_data(obj, compact=True)`) as a fresh YAML document body."""
    return yaml.dump(data, Dumper=_FreshDumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=1_000_000)


def _update_seq(node: Any, old: list, new: list) -> Any:
    if not isinstance(node, CommentedSeq) or not isinstance(old, list) or len(node) != len(old):
        return _node(to_data(new, compact=True))
    by_key = {key: i for i, key in enumerate(keyed(old))}
    items, comments = [], {}
    for j, (key, value) in enumerate(keyed(new).items()):
        i = by_key.get(key)
        items.append(_update(node[i], old[i], value) if i is not None else _node(to_data(value, compact=True)))
        if i is not None and i in node.ca.items:
            comments[j] = node.ca.items[i]
    node[:] = items
    node.ca.items.clear()
    node.ca.items.update(comments)
    return node


def _update_map(node: Any, old: Any, new: Any) -> Any:
    if not isinstance(node, CommentedMap):
        return _node(to_data(new, compact=True))
    if dataclasses.is_dataclass(new):
        pairs = [(yaml_key(f), getattr(new, f.name)) for f in dataclasses.fields(new)]
        names = {yaml_key(f): f.name for f in dataclasses.fields(new)}
        get_old = (lambda k: getattr(old, names[k], None)) if type(old) is type(new) else (lambda k: None)
    else:
        pairs = list(new.items())
        get_old = (lambda k: old.get(k)) if isinstance(old, dict) else (lambda k: None)
        for stale in [k for k in node if k not in new]:
            del node[stale]
    at = 0
    for key, value in pairs:
        if key in node:
            at = list(node).index(key) + 1
            updated = _update(node[key], get_old(key), value)
            if updated is not node[key]:
                node[key] = updated
        elif not omitted(new, key, value):
            node.insert(at, key, _node(to_data(value, compact=True)))
            at += 1
    return node


def _update(node: Any, old: Any, new: Any) -> Any:
    """`node` (as loaded) changed to hold `new`; `old` is what the node held, as typed data."""
    if isinstance(new, TextForm):                 # a typed value the YAML writes as text
        return _update(node, to_data(old), str(new))
    if dataclasses.is_dataclass(new) or isinstance(new, dict):
        return _update_map(node, old, new)
    if isinstance(new, list):
        return _update_seq(node, old, new)
    return node if old == new and node == new else _node(new)


def rewrite(text: str, old: Any, new: Any, header: str = "") -> str:
    """`text` (a file a person may have edited, which parsed as `old`) rewritten to hold `new`.

    A file nobody formatted or commented (it is exactly what `new_document(old)` writes) is simply
    written fresh, which is much faster than a round trip."""
    if text == new_document(old, header):
        return new_document(new, header)
    return update_document(text, old, new)


def update_document(text: str, old: Any, new: Any) -> str:
    """The ruamel round trip of `rewrite`, for a file known to carry a person's formatting."""
    doc = _yaml().load(text)
    return _dump(_update(doc, old, new))
