"""Stable, readable identifiers: slugs for sources, short hashes for items."""
from __future__ import annotations

import hashlib
import re
import unicodedata


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """ASCII slug of the first words of `text` ('' when nothing is left)."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)[:max_words]
    slug = "-".join(words)[:max_len].strip("-")
    return slug


#: Names of the other files in briefings/ (summary.yaml, history.yaml): a source titled "Summary" or
#: "History" must not get their name.
RESERVED_IDS = frozenset({"summary", "history"})


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
