"""Every kind a briefing's items can have, defined once: the YAML values `briefing check` accepts.

Literals rather than Enums: the values stay plain strings (the YAML is unchanged, templates compare
them as text), while mypy checks each comparison and constructor against the list, and
`store.schema` refuses any other value with a line that lists the allowed ones (`kind: quot`).
"""
from __future__ import annotations

import typing
from typing import Any, Literal

#: The article format `read` decoded (HTML pages keep their markup for `clean`).
SourceFormat = Literal["text", "html"]

#: Information kept out of the body but never lost (see `model.briefing.Note`).
NoteKind = Literal["correction", "update", "contributors", "caption", "tweet", "dateline", "byline", "problem"]

#: Why a line was taken out as boilerplate (see `model.briefing.Removed`).
RemovedKind = Literal["comments", "ad", "affiliate", "share", "audio", "image-credit", "related",
                      "community-guidelines", "signature", "navigation", "newsletter", "cookie", "other"]

#: A quote said in the body, an embedded tweet, or a quoted term ("so-called 'red lines'").
QuoteKind = Literal["quote", "tweet", "term"]

#: What a fact states: a number (count, duration), a day, who holds an office (title), who or where the
#: event involves, the event itself, or a sentence worth reading (text).
FactKind = Literal["count", "duration", "date", "person", "place", "event", "text", "title"]

#: How precise a date is: a day, a Monday-Sunday week, a month, a year, a decade, or vague ("in recent days").
Granularity = Literal["day", "week", "month", "year", "decade", "vague"]

#: The part of an article a value's evidence comes from (a correction or a caption is labelled as such).
EvidenceOrigin = Literal["body", "correction", "caption"]

#: The index entries (summary.yaml `entities:` and `merges:`).
EntityKind = Literal["person", "organization", "place"]

#: One line of the updates page (history.yaml `changes:`).
ChangeKind = Literal["source-added", "source-updated", "source-removed", "fact-new", "fact-changed", "fact-removed",
                     "conflict-new", "conflict-changed", "conflict-resolved", "speaker-new", "statement-new",
                     "statement-changed"]


def values(kind: object) -> tuple[Any, ...]:
    """The allowed values of a Literal kind, in the order written above."""
    return typing.get_args(kind)


NOTE_KINDS: tuple[NoteKind, ...] = values(NoteKind)
REMOVED_KINDS: tuple[RemovedKind, ...] = values(RemovedKind)
QUOTE_KINDS: tuple[QuoteKind, ...] = values(QuoteKind)
FACT_KINDS: tuple[FactKind, ...] = values(FactKind)
GRANULARITIES: tuple[Granularity, ...] = values(Granularity)
ENTITY_KINDS: tuple[EntityKind, ...] = values(EntityKind)
CHANGE_KINDS: tuple[ChangeKind, ...] = values(ChangeKind)
