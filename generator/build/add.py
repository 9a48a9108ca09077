"""`briefing add`: web pages, the items of a feed, or local files into corpus/, each once.

A page is kept only when it is an HTML page with article text: a 404, a timeout, a PDF, a page over
the size limit, a cookie wall or paywall each give one line naming the URL, and nothing is written.
The same URL twice, two URLs with one canonical link, or the same page bytes are added once.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.clean import stage as clean_stage
from generator.model.ids import short_hash
from generator.read import sources
from generator.read.corpus_add import CorpusIndex, describe, gzip_page, name_for, page_digest, taken_names, write_into
from generator.read.feeds import FeedError, matcher, read_feed
from generator.read.fetch import DEFAULT_LIMITS, FetchError, Limits, Page, canonical_link, check_url, fetch, make_client

#: Below this many words of article text, a page whose removed lines are cookie or subscription
#: notices is a wall, not an article.
WALL_WORDS = 60
#: Removed-line kinds (the cleaner's own rules, see clean_rules) that mark each kind of wall.
WALL_KINDS = {"cookie": "a cookie wall", "newsletter": "a paywall or sign-up wall", "ad": "a paywall or sign-up wall"}


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)          # corpus files written
    duplicates: list[str] = field(default_factory=list)     # one line each: what was already there
    failed: list[str] = field(default_factory=list)         # one line each: the URL or file, what happened
    unmatched: int = 0                                      # feed items that did not match --match

    def line(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.duplicates)} already in the corpus",
                 f"{len(self.failed)} failed"]
        if self.unmatched:
            parts.append(f"{self.unmatched} feed items not matching")
        return "briefing add: " + ", ".join(parts)


def wall_reason(page_name: str, data: bytes) -> str | None:
    """Why this HTML page is not an article (no text, a cookie wall, a paywall), or None when it is one."""
    cleaned = clean_stage.clean(sources.decode(page_name, data))
    words = sum(len(p.split()) for p in cleaned.body)
    walls = Counter(WALL_KINDS[r.kind] for r in cleaned.removed if r.kind in WALL_KINDS)
    if words < WALL_WORDS and walls:
        return f"no article text, only {walls.most_common(1)[0][0]}"
    if not cleaned.body:
        return "no article text found (a paywall, cookie wall or page without an article?)"
    return None


class Adder:
    """One `briefing add` run: the corpus index, one HTTP client, and what happened to each input."""

    def __init__(self, corpus: Path, scratch: Path, limits: Limits = DEFAULT_LIMITS):
        self.corpus, self.scratch, self.limits = corpus, scratch, limits
        self.index = CorpusIndex.scan(corpus)
        self.taken = taken_names(corpus)
        self.report = AddReport()
        self.client = make_client(limits)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Adder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _duplicate(self, what: str, urls: list[str], digest: str | None = None) -> bool:
        hit = self.index.find(urls, digest)
        if hit:
            self.report.duplicates.append(f"{what}: already in the corpus as {hit}")
        return bool(hit)

    def url(self, url: str) -> str | None:
        """Fetch one page and store it; the corpus file, or None (the report says why)."""
        try:
            url = check_url(url)
            if self._duplicate(url, [url]):
                return None
            page = fetch(url, self.limits, client=self.client)
        except FetchError as exc:
            self.report.failed.append(f"{exc}; nothing added")
            return None
        return self._store(page)

    def _store(self, page: Page) -> str | None:
        canonical = canonical_link(page.data, page.url)
        digest = page_digest(page.data)
        if self._duplicate(page.requested, [page.requested, page.url] + ([canonical] if canonical else []), digest):
            return None
        reason = wall_reason("page.html", page.data)
        if reason:
            self.report.failed.append(f"{page.requested}: {reason}; nothing added")
            return None
        name = name_for(canonical or page.url, self.taken)
        # the address it was fetched from; the canonical link stays in the page (CorpusIndex reads both)
        write_into(self.corpus, name, gzip_page(page.url, page.fetched, page.data), self.scratch)
        self.taken.add(name.lower())
        self.index.remember(name, [page.requested, page.url] + ([canonical] if canonical else []), digest)
        self.report.added.append(name)
        return name

    def feed(self, url: str, match: list[str]) -> None:
        """Every item of the feed that matches and is not in the corpus yet."""
        try:
            page = fetch(url, self.limits, kind="feed", client=self.client)
            items = read_feed(page.data, page.url)
        except (FetchError, FeedError) as exc:
            self.report.failed.append(f"{exc}; nothing added")
            return
        wanted = matcher(match)
        for item in items:
            if not wanted(item):
                self.report.unmatched += 1
            elif not self._duplicate(item.link, [item.link]):
                self.url(item.link)

    def file(self, path: Path) -> str | None:
        """Copy one local article into the corpus (its front matter or page metadata come along)."""
        if not path.is_file():
            self.report.failed.append(f"{path}: no such file; nothing added")
            return None
        if not sources.is_supported(path.name):
            self.report.failed.append(f"{path}: not a .txt, .md, .html, .htm or .html.gz file; nothing added")
            return None
        data = sources.read_bytes(path)
        urls, digest = describe(path.name, data)
        if self._duplicate(str(path), urls, digest):
            return None
        name = path.name
        if name.lower() in self.taken:
            stem, dot, suffix = name.partition(".")
            name = f"{stem}-{short_hash(str(path.resolve()), 8)}{dot}{suffix}"
        write_into(self.corpus, name, data, self.scratch)
        self.taken.add(name.lower())
        self.index.remember(name, urls, digest)
        self.report.added.append(name)
        return name


def looks_like_url(text: str) -> bool:
    return "://" in text or text.lower().startswith("www.")


def add_all(corpus: Path, scratch: Path, inputs: list[str], feeds: list[str], match: list[str],
            limits: Limits = DEFAULT_LIMITS) -> AddReport:
    """Every feed, then every URL or file, into corpus/ (see Adder); nothing is extracted here."""
    with Adder(corpus, scratch, limits) as adder:
        for feed in feeds:
            adder.feed(feed, match)
        for item in inputs:
            if looks_like_url(item):
                adder.url(item if "://" in item else "https://" + item)
            else:
                adder.file(Path(item))
    return adder.report
