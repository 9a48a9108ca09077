"""What `store` needs to know of a field, written on the field itself (dataclasses metadata).

`store.schema` leaves optional extras out of the YAML while they are None and gives items a person added
without an id a stable one; `store.merge` merges a briefing's sections and keeps the machine's own
source fields.  Those lists are read off the dataclasses here, so a new field is declared in one place.
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Any, Literal, Optional

#: metadata keys
EXTRA = "extra"          # left out of the written YAML while None (a tweet's author, a fact's rank)
MACHINE = "machine"      # what the machine read (a source's file, hash): always the machine's in a merge
MERGE = "merge"          # how a merge treats a Briefing section (see `MergeHow`)
ID_FROM = "id_from"      # (prefix, field): the id an item added without one gets from its words
YAML_KEY = "yaml_key"    # the key in the YAML when it is not the field's name (`from` is a Python keyword)

#: keyed: item by item, matched by id or natural key; aligned: paragraphs aligned by content;
#: user: the person's list as it stands.
MergeHow = Literal["keyed", "aligned", "user"]


def extra(default: Any = None) -> Any:
    return dataclasses.field(default=default, metadata={EXTRA: True})


#: metadata of a required machine field: `id: str = field(metadata=MACHINE_FIELD)` (a helper function that
#: returned the field would read to mypy as a default)
MACHINE_FIELD = {MACHINE: True}


def machine(default: Any) -> Any:
    return dataclasses.field(default=default, metadata=MACHINE_FIELD)


def merged_as(how: MergeHow) -> Any:
    return dataclasses.field(default_factory=list, metadata={MERGE: how})


def keyed() -> Any:
    return merged_as("keyed")


def id_from(prefix: str, source_field: str) -> dict[str, Any]:
    """Metadata of a required id field: `id: str = field(metadata=id_from("q", "text"))`."""
    return {ID_FROM: (prefix, source_field)}


class TextForm:
    """A typed value the YAML writes as one text (a relative date's `weekday:3:next`): `parse(text)` reads it
    (ValueError says what is allowed), `str()` writes it.  `store` reads and writes these as text."""

    @classmethod
    def parse(cls, text: str) -> Any:
        raise NotImplementedError


def yaml_key(f: dataclasses.Field) -> str:
    """The key a field has in the YAML (its name unless YAML_KEY says otherwise)."""
    return f.metadata.get(YAML_KEY, f.name)


class ReadsAsMapping:
    """`item.get("from")` as well as `item.origin`: a project's own templates, written when evidence and
    quote references were plain mappings, keep working (see site/theme.py)."""

    def get(self, key: str, default: Any = None) -> Any:
        field = next((f for f in dataclasses.fields(self) if yaml_key(f) == key), None)  # type: ignore[arg-type]
        return getattr(self, field.name) if field else default


@functools.lru_cache(maxsize=None)
def names_with(tp: type, key: str, value: Any = True) -> tuple[str, ...]:
    """Names of the fields of dataclass `tp` whose metadata has `key` set to `value`, in field order."""
    return tuple(f.name for f in dataclasses.fields(tp) if f.metadata.get(key) == value)


@functools.lru_cache(maxsize=None)
def derived_id_rule(tp: type) -> Optional[tuple[str, str]]:
    """(prefix, field) when items of `tp` get an id from their words (see ID_FROM), else None."""
    if not dataclasses.is_dataclass(tp):
        return None
    return next((f.metadata[ID_FROM] for f in dataclasses.fields(tp) if ID_FROM in f.metadata), None)
