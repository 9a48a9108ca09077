"""Put a fetched page or a local file into corpus/: atomically, once, with where it came from.

A fetched page is kept as its raw bytes behind a YAML front matter block (`url`, `fetched`), gzip
compressed (`<name>.html.gz`): one file per source, written to a temp file outside corpus/ and renamed
into it, so a killed `briefing add` leaves corpus/ as it was.  `CorpusIndex` knows the URLs (front
matter, canonical link) and page hashes already in the corpus, so the same page is added once.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.ids import short_hash, slugify
from generator.read import sources
from generator.read.fetch import canonical_link, normalise_url
from generator.read.page_header import header, split_header


def page_digest(data: bytes) -> str:
    """Hash of a page's own bytes (without our header): the same page fetched twice hashes alike."""
    return hashlib.sha256(data).hexdigest()


def plain_bytes(name: str, data: bytes) -> bytes:
    """A corpus file's bytes, decompressed when its name says gzip."""
    if name.lower().endswith(".gz"):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return data
    return data


def describe(name: str, data: bytes) -> tuple[list[str], str]:
    """The URLs a corpus file is known under (front matter `url`, canonical link) and its page hash."""
    values, page = split_header(plain_bytes(name, data))
    urls = [str(values["url"])] if values.get("url") else []
    canonical = canonical_link(page, urls[0] if urls else "")
    return urls + ([canonical] if canonical else []), page_digest(page)


@dataclass
class CorpusIndex:
    """What corpus/ already holds, by normalised URL and by page hash."""

    corpus: Path
    urls: dict[str, str] = field(default_factory=dict)       # normalised URL -> corpus file
    hashes: dict[str, str] = field(default_factory=dict)     # page_digest -> corpus file

    @classmethod
    def scan(cls, corpus: Path) -> "CorpusIndex":
        index = cls(corpus)
        files, _ = sources.list_corpus(corpus) if corpus.is_dir() else ([], [])
        for path in files:
            try:
                urls, digest = describe(path.name, sources.read_bytes(path))
            except sources.SourceError:
                continue                 # unreadable: the build warns about it
            index.remember(path.relative_to(corpus).as_posix(), urls, digest)
        return index

    def find(self, urls: list[str], digest: str | None = None) -> str | None:
        """The corpus file that already has one of `urls` (or the same page bytes), if any."""
        for url in urls:
            hit = self.urls.get(normalise_url(url))
            if hit:
                return hit
        return self.hashes.get(digest) if digest else None

    def remember(self, file: str, urls: list[str], digest: str | None) -> None:
        for url in urls:
            self.urls.setdefault(normalise_url(url), file)
        if digest:
            self.hashes.setdefault(digest, file)


def name_for(url: str, taken: set[str], suffix: str = ".html.gz") -> str:
    """A readable file name from the URL's host and path ('example-com-world-paris-attacks.html.gz');
    a name already taken gets a short hash of the URL."""
    key = normalise_url(url).split("://", 1)[-1]
    key = re.sub(r"^www\d*\.", "", key)
    key = re.sub(r"\.(s?html?|php|aspx?)(?=$|[?/])", "", key)
    stem = slugify(key.replace(".", " ").replace("/", " "), max_words=14, max_len=72) or "page"
    name = stem + suffix
    if name.lower() in taken:
        name = f"{stem}-{short_hash(url, 8)}{suffix}"
    return name


def taken_names(corpus: Path) -> set[str]:
    return {p.name.lower() for p in corpus.iterdir()} if corpus.is_dir() else set()


def write_into(corpus: Path, name: str, data: bytes, scratch: Path) -> Path:
    """Write `data` to corpus/name atomically: a temp file in `scratch` (same file system, outside
    corpus/, so a kill leaves nothing in corpus/), flushed to disk, then renamed into place.
    Never replaces a file that is there already (FileExistsError)."""
    scratch.mkdir(parents=True, exist_ok=True)
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / name
    fd, tmp = tempfile.mkstemp(prefix="add-", suffix=".tmp", dir=scratch)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, target)       # atomic, and fails when the name exists (no silent overwrite)
        except FileExistsError:
            raise
        except OSError:                # a file system without hard links: rename (still atomic)
            if target.exists():
                raise FileExistsError(target) from None
            os.replace(tmp, target)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return target


def gzip_page(url: str, fetched: str, raw: bytes) -> bytes:
    """The bytes of a stored page: header + raw page, gzip without a timestamp (same input, same file)."""
    return gzip.compress(header(url, fetched) + raw, mtime=0)
