"""YAML text for the files people edit: fresh documents, and rewrites that keep what the person wrote.

A rewrite loads the existing file with ruamel.yaml's round-trip loader and changes it in place:
values that did not change keep their node (style, quoting), items matched by `merge.item_key`
keep their comments, keys the schema does not know stay, and key order stays the person's.
Only `store` calls this (it does the file I/O); these functions map text and data to text.
"""
from __future__ import annotations

import dataclasses
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from .merge import keyed
from .schema import omitted, to_data


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


def _node(data: Any) -> Any:
    """Plain data -> ruamel nodes; multi-line text as a literal block."""
    if isinstance(data, dict):
        out = CommentedMap()
        for k, v in data.items():
            out[k] = _node(v)
        return out
    if isinstance(data, list):
        return CommentedSeq(_node(x) for x in data)
    if isinstance(data, str) and "\n" in data:
        return LiteralScalarString(data)
    return data


def _dump(doc: Any) -> str:
    buf = io.StringIO()
    _yaml().dump(doc, buf)
    return buf.getvalue()


def new_document(obj: Any, header: str = "") -> str:
    """A dataclass as a fresh YAML document (None-valued optional extras left out)."""
    return header + _dump(_node(to_data(obj, compact=True)))


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
        pairs = [(f.name, getattr(new, f.name)) for f in dataclasses.fields(new)]
        get_old = (lambda k: getattr(old, k, None)) if type(old) is type(new) else (lambda k: None)
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
    if dataclasses.is_dataclass(new) or isinstance(new, dict):
        return _update_map(node, old, new)
    if isinstance(new, list):
        return _update_seq(node, old, new)
    return node if old == new and node == new else _node(new)


def rewrite(text: str, old: Any, new: Any) -> str:
    """`text` (a file a person may have edited, which parsed as `old`) rewritten to hold `new`."""
    doc = _yaml().load(text)
    return _dump(_update(doc, old, new))
