"""Stable, readable identifiers: slugs for sources, short hashes for items."""
from __future__ import annotations

import hashlib

from generator.text.matching import slug


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """`text.matching.slug` (the one slug: folded, transliterated) of the first `max_words` words of `text`:
    ids made from titles, names and statements stay short ('' when nothing is left)."""
    return slug(text, max_words, max_len)


#: Names of files the build writes itself (briefings/summary.yaml, briefings/history.yaml, the sources
#: index docs/sources/index.md): a source titled "Summary", "History" or "Index" must not get their name.
RESERVED_IDS = frozenset({"summary", "history", "index"})


def source_id(title: str | None, file: str) -> str:
    """Readable id from the title; the file name is the fallback.  A collision gets a suffix from the file name (see `pipeline.extract`)."""
    slug = slugify(title or "") or slugify(file.rsplit(".", 1)[0]) or "source"
    return f"{slug}-source" if slug in RESERVED_IDS else slug


def make_ids_unique(items: list) -> list[tuple[int, str, str]]:
    """Give each item whose `id` an earlier item already has a -2, -3 … suffix, in place (two facts
    of one article can hash alike); returns (index, old id, new id) for each renamed item."""
    seen: set[str] = set()
    renamed = []
    for i, item in enumerate(items):
        if item.id in seen:
            n = 2
            while f"{item.id}-{n}" in seen:
                n += 1
            renamed.append((i, item.id, f"{item.id}-{n}"))
            item.id = f"{item.id}-{n}"
        seen.add(item.id)
    return renamed
