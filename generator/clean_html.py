"""Saved HTML pages: trafilatura finds the article, our pattern pass takes out what it leaves in.

trafilatura is the best-measured open extractor on the article-extraction benchmark, so its DOM
analysis decides what the article is; our line pass (patterns only, no structural guessing) then
removes comment prompts, share rows, credits and the repeated headline, and labels notes.  Metadata
comes from the same trafilatura run (which uses htmldate for the date), BeautifulSoup filling gaps.
"""
from __future__ import annotations

import re
from typing import Optional

from .clean_text import clean_lines
from .models import CleanedText, Note, Removed


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _fallback_metadata(html: str) -> dict[str, Optional[str]]:
    """Title, site name and canonical URL from the markup, when trafilatura found none."""
    try:
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(html, "lxml")
    except Exception:  # pragma: no cover - malformed beyond lxml's recovery
        return {}

    def meta(*names: str) -> Optional[str]:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return None

    canonical = soup.find("link", rel="canonical")
    title = meta("og:title", "twitter:title") or (soup.title.get_text(" ", strip=True) if soup.title else None)
    return {"title": title or None, "sitename": meta("og:site_name", "application-name"),
            "url": meta("og:url") or (canonical.get("href") if canonical else None),
            "author": meta("author", "article:author"), "date": meta("article:published_time", "date")}


def clean_html(html: str) -> CleanedText:
    """One page's markup -> cleaned article with metadata; no article gives an empty body and a note."""
    try:
        import trafilatura
        document = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except Exception as exc:  # trafilatura raises on some malformed trees
        document = None
        problem: Optional[str] = f"the HTML could not be parsed ({type(exc).__name__}); nothing extracted"
    else:
        problem = None if document is not None and (document.text or "").strip() else \
            "the HTML page has no recognisable article text; nothing extracted"
    found = {key: getattr(document, key, None) for key in ("title", "sitename", "url", "author", "date")}
    if not found["title"] or not found["sitename"] or not found["url"]:
        for key, value in _fallback_metadata(html).items():
            found[key] = found[key] or value
    title = found["title"]
    lines = (getattr(document, "text", None) or "").split("\n")
    headline = _leading_headline(lines, title)
    result = clean_lines(lines[1:] if headline else lines, title=title or "", structural=False)
    if headline:
        result.removed.insert(0, Removed(kind="other", text=headline, reason="headline repeated above the article (line 1)"))
    result.title = title
    result.outlet, result.url, result.author = found["sitename"], found["url"], found["author"]
    result.published = _iso_day(found["date"])
    if problem:
        result.notes.insert(0, Note(kind="problem", text=problem))
    return result


def _leading_headline(lines: list[str], title: Optional[str]) -> Optional[str]:
    """trafilatura often repeats the <h1> as the first line; the headline is never body."""
    if title and lines and lines[0].strip() and _normalise(lines[0]) == _normalise(title):
        return lines[0].strip()
    return None


def _iso_day(date: Optional[str]) -> Optional[str]:
    if not date:
        return None
    found = re.match(r"\d{4}-\d{2}-\d{2}", date)
    return found[0] if found else None
