"""Saved HTML pages: trafilatura finds the article, our pattern pass takes out what it leaves in.

trafilatura is the best-measured open extractor on the article-extraction benchmark, so its DOM
analysis decides what the article is; our line pass (patterns only, no structural guessing) then
removes comment prompts, share rows, credits and the repeated headline, and labels notes.  The page
is parsed once.  Metadata comes from what the site declares (<head> tags, JSON-LD) and htmldate for the
date; trafilatura's fuller metadata search runs only when title or date is still missing (it costs
half an extraction), and BeautifulSoup reads the <head> when lxml cannot parse the page at all.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.clean.text import clean_lines
from generator.model.briefing import CleanedText, Note, Removed
from generator.read.sources import repair_text


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _fallback_metadata(html: str) -> dict[str, Optional[str]]:
    """Title, site name, URL, author and date from the <head> via BeautifulSoup, for pages lxml cannot parse."""
    head_end = html.lower().find("</head>")
    head = html[:head_end + 7] if head_end > 0 else html[:200_000]   # metadata lives in <head>; skip the body
    from bs4 import BeautifulSoup
    try:
        soup = BeautifulSoup(head, "lxml")
    except Exception:  # pragma: no cover - malformed beyond lxml's recovery
        return {}

    def meta(*names: str) -> Optional[str]:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            content = tag.get("content") if tag else None
            if isinstance(content, str) and content.strip():
                return content.strip()
        return None

    canonical = soup.find("link", rel="canonical")
    href = canonical.get("href") if canonical else None
    title = meta("og:title", "twitter:title") or (soup.title.get_text(" ", strip=True) if soup.title else None)
    return {"title": title or None, "sitename": meta("og:site_name", "application-name"),
            "url": meta("og:url") or (href if isinstance(href, str) else None),
            "author": meta("author", "article:author"), "date": meta("article:published_time", "date")}


_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "sitename": ("og:site_name", "application-name"),
    "url": ("og:url", "twitter:url"),
    "author": ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl"),
}


def _head_metadata(tree) -> dict[str, Optional[str]]:
    """Title, site name, URL and author from <head> tags of the parsed page (cheap, and what sites declare)."""
    tags: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if key and value and (key in ("og:url", "twitter:url") or not value.startswith("http")):
            tags.setdefault(key, value)
    found = {field: next((tags[k] for k in keys if tags.get(k)), None) for field, keys in _META_KEYS.items()}
    if not found["title"]:
        title = tree.find(".//title")
        found["title"] = title.text_content().strip() if title is not None and title.text_content().strip() else None
    if not found["url"]:
        canonical = tree.find(".//link[@rel='canonical']")
        found["url"] = canonical.get("href") if canonical is not None else None
    if not found["author"]:
        found["author"] = _author_in_markup(tree)
    if found["author"]:
        author = re.sub(r"^by\s+", "", found["author"], flags=re.I)
        found["author"] = re.split(r"\s+(?:[|•@]|\d)", author)[0].strip(" ,.") or None
    return found


_JSON_LD_AUTHOR = re.compile(r'"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*"(?P<nested>[^"]{2,80})"|"(?P<plain>[^"]{2,80})")')


def _author_in_markup(tree) -> Optional[str]:
    """The author from schema.org JSON-LD, an itemprop/rel=author element, or a byline-classed element."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        found = _JSON_LD_AUTHOR.search(script.text or "")
        if found:
            return found["nested"] or found["plain"]
    for path in (".//*[@itemprop='author']", ".//a[@rel='author']", ".//*[@class='byline']", ".//*[@class='author']"):
        element = tree.find(path)
        if element is not None:
            text = " ".join(element.text_content().split())
            if 2 < len(text) < 80:
                return text
    return None


def _metadata(tree, html: str) -> dict[str, Optional[str]]:
    """<head> tags and htmldate first; trafilatura's fuller search only for what they leave out."""
    found = _head_metadata(tree) if tree is not None else _fallback_metadata(html)
    from htmldate import find_date
    try:
        found["date"] = find_date(tree if tree is not None else html, extensive_search=False, original_date=True)
    except ImportError:
        raise                                       # a missing library is an error, not an undated page
    except Exception:  # htmldate gives up on some broken pages
        found["date"] = found.get("date")
    if tree is not None and not (found.get("title") and found.get("date")):
        import trafilatura
        fuller = trafilatura.extract_metadata(tree)
        for key in ("title", "sitename", "url", "author", "date"):
            found[key] = found.get(key) or getattr(fuller, key, None)
    url = found.get("url")
    if not found.get("sitename") and url:
        host = re.match(r"https?://(?:www\.)?([^/:]+)", url)
        found["sitename"] = host[1] if host else None
    return found


def clean_html(html: str) -> CleanedText:
    """One page's markup -> cleaned article with metadata; no article gives an empty body and a note."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = document = None
    try:
        tree = load_html(html)        # parsed once, for metadata and then for the article
        found = _metadata(tree, html)
        document = trafilatura.bare_extraction(tree, include_comments=False) if tree is not None else None
    except ImportError:
        raise                         # a missing library is an error, never "no article text"
    except Exception as exc:  # trafilatura raises on some malformed trees
        found = _fallback_metadata(html)
        problem: Optional[str] = f"the HTML could not be parsed ({type(exc).__name__}); nothing extracted"
    else:
        problem = None if document is not None and (getattr(document, "text", None) or "").strip() else \
            "the HTML page has no recognisable article text; nothing extracted"
    title = repair_text(raw_title) if (raw_title := found.get("title")) else None
    lines = repair_text(getattr(document, "text", None) or "").split("\n")
    headline = _leading_headline(lines, title)
    result = clean_lines(lines[1:] if headline else lines, title=title or "", structural=False)
    if headline:
        result.removed.insert(0, Removed(kind="other", text=headline, reason="headline repeated above the article (line 1)"))
    result.title = title
    result.outlet, result.url, result.author = found.get("sitename"), found.get("url"), found.get("author")
    result.published = _iso_day(found.get("date"))
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
