"""Read an RSS or Atom feed (feedparser) into the article links a story follower may add.

`--match` phrases pick the items about the story: an item matches a phrase when every word of it
starts a word of the item's title or summary (accents and case ignored: "attack" finds "Attacks").
Several phrases are alternatives.  A pure function of the feed's bytes; fetching is `fetch`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import feedparser

from generator.text.matching import fold


class FeedError(Exception):
    """A feed that cannot be read at all (message: the URL and why)."""


@dataclass
class FeedItem:
    link: str
    title: str = ""
    summary: str = ""
    published: str | None = None       # ISO date as the feed gives it, when it does


_TAGS = re.compile(r"<[^>]+>")


def _plain(html: str) -> str:
    return " ".join(_TAGS.sub(" ", html or "").split())


def _published(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None


def read_feed(data: bytes, url: str) -> list[FeedItem]:
    """The feed's items that link to a web page, in feed order, each link once."""
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.entries and parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        raise FeedError(f"{url}: not a readable RSS or Atom feed ({type(reason).__name__ if reason else 'no items'})")
    items, seen = [], set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(link=link, title=_plain(entry.get("title", "")),
                              summary=_plain(entry.get("summary", "")), published=_published(entry)))
    return items


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def matcher(phrases: list[str]):
    """A test `item -> bool` for the `--match` phrases (no phrase: every item matches)."""
    wanted = [w for w in (_words(p) for p in phrases) if w]
    if not wanted:
        return lambda item: True
    patterns = [[re.compile(r"\b" + re.escape(w)) for w in words] for words in wanted]

    def match(item: FeedItem) -> bool:
        text = " ".join(_words(f"{item.title} {item.summary}"))
        return any(all(p.search(text) for p in phrase) for phrase in patterns)
    return match
