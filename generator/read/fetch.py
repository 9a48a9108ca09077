"""Fetch one web page or feed for `briefing add`: bounded in time and size, honest about who asks.

Every failure is a `FetchError` whose message is one line naming the URL and what happened, so the
command can print it and go on with the next URL.  Nothing here writes a file.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import Message
from importlib import metadata
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx


def _version() -> str:
    try:
        return metadata.version("briefing")
    except metadata.PackageNotFoundError:      # run from a source tree that was not installed
        return "0"


#: Who is asking: servers see the tool's name and that it fetches single articles for a reader.
USER_AGENT = f"Briefing/{_version()} (news briefing generator; fetches single articles a user added)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")
#: Types a server may wrongly give an HTML page or a feed; the bytes decide then.
VAGUE_TYPES = ("", "text/plain", "application/octet-stream", "binary/octet-stream")

FailureKind = Literal["url", "http", "timeout", "connect", "too-large", "wrong-type", "redirects"]


class FetchError(Exception):
    """One line: the URL, what happened, and (where useful) what to try."""

    def __init__(self, url: str, kind: FailureKind, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url, self.kind, self.reason = url, kind, reason


@dataclass(frozen=True)
class Limits:
    """How long and how much one fetch may take (defaults suit one news article)."""

    timeout: float = 15.0              # seconds to connect, and between two pieces of the answer
    deadline: float = 60.0             # seconds for the whole download (a server may drip bytes)
    max_bytes: int = 5 * 1024 * 1024   # the reader keeps no more than this of a file either
    max_redirects: int = 10


#: The limits `briefing add` uses unless told otherwise.
DEFAULT_LIMITS = Limits()


@dataclass
class Page:
    """What a server sent for a URL we asked for (raw bytes, unchanged)."""

    requested: str
    url: str                           # after redirects
    status: int
    content_type: str
    charset: str | None
    data: bytes
    fetched: str                       # when, ISO 8601 in UTC to the second


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_url(url: str) -> str:
    """The URL stripped, when it is an absolute http(s) URL; FetchError otherwise."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "url", "not an http:// or https:// address")
    return text


_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)


def normalise_url(url: str) -> str:
    """A key under which the same page is found twice: no fragment, no tracking parameters, lower-case
    scheme and host, no default port, no trailing slash after a path."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    return urlunsplit((scheme, host, path, query, ""))


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = response.headers.get("content-type", "")
    charset = msg.get_param("charset")
    return msg.get_content_type() if msg["content-type"] else "", charset if isinstance(charset, str) else None


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<html" in head[:1024]


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _read_body(response: httpx.Response, url: str, limits: Limits, started: float) -> bytes:
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limits.max_bytes:
        raise FetchError(url, "too-large", f"page is {int(length) / 1e6:.1f} MB, over the "
                                           f"{limits.max_bytes / 1e6:.0f} MB limit")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(url, "too-large", f"page is over the {limits.max_bytes / 1e6:.0f} MB limit")
        if time.monotonic() - started > limits.deadline:
            raise FetchError(url, "timeout", f"download took over {limits.deadline:g} s (timeout)")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_type(url: str, ctype: str, data: bytes, accept: tuple[str, ...], kind: str) -> None:
    sniff = looks_like_feed if kind == "feed" else looks_like_html
    if ctype in accept and (kind != "feed" or ctype != "text/html"):
        return
    if ctype in VAGUE_TYPES and sniff(data):
        return
    shown = ctype or "no content type"
    raise FetchError(url, "wrong-type", f"not {'a feed' if kind == 'feed' else 'an HTML page'} ({shown})")


def fetch(url: str, limits: Limits = DEFAULT_LIMITS, kind: Literal["html", "feed"] = "html",
          client: httpx.Client | None = None) -> Page:
    """GET `url` following redirects; the raw bytes when the answer is an HTML page (or a feed)."""
    url = check_url(url)
    accept = FEED_TYPES + HTML_TYPES if kind == "feed" else HTML_TYPES
    own = client is None
    client = client or make_client(limits)
    started = time.monotonic()
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, "http", f"HTTP {response.status_code} {response.reason_phrase or ''}".strip()
                                 + _status_hint(response.status_code))
            ctype, charset = _content_type(response)
            if ctype and ctype not in accept + VAGUE_TYPES:     # a PDF or an image: do not download it
                raise FetchError(url, "wrong-type", f"not {'a feed' if kind == 'feed' else 'an HTML page'} ({ctype})")
            data = _read_body(response, url, limits, started)
            final = str(response.url)
    except httpx.TooManyRedirects:
        raise FetchError(url, "redirects", f"more than {limits.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(url, "timeout", f"no answer within {limits.timeout:g} s (timeout)") from None
    except httpx.InvalidURL as exc:
        raise FetchError(url, "url", f"not a valid address ({exc})") from None
    except httpx.HTTPError as exc:
        raise FetchError(url, "connect", f"cannot fetch ({type(exc).__name__}: {exc or 'no detail'})") from None
    finally:
        if own:
            client.close()
    _check_type(url, ctype, data, accept, kind)
    return Page(requested=url, url=final, status=response.status_code, content_type=ctype, charset=charset,
                data=data, fetched=now_utc())


def _status_hint(status: int) -> str:
    if status in (401, 402, 403, 451):
        return " (a paywall, a login or a block on automated readers?)"
    if status == 429:
        return " (the site asks us to slow down; try later)"
    return ""


def make_client(limits: Limits = DEFAULT_LIMITS) -> httpx.Client:
    """One client for a run of fetches (connections are reused across the items of a feed)."""
    return httpx.Client(follow_redirects=True, max_redirects=limits.max_redirects,
                        timeout=httpx.Timeout(limits.timeout),
                        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})


_CANONICAL = re.compile(rb"<link\b[^>]*>", re.I)
_REL = re.compile(rb"""\brel\s*=\s*["']?([^"'>]*)""", re.I)
_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def canonical_link(data: bytes, base: str) -> str | None:
    """The page's `<link rel="canonical">` as an absolute http(s) URL, when its head names one."""
    head = data[:200_000]
    end = head.lower().find(b"</head>")
    for tag in _CANONICAL.finditer(head[:end] if end > 0 else head):
        rel = _REL.search(tag[0])
        href = _HREF.search(tag[0])
        if rel and href and b"canonical" in rel[1].lower().split():
            raw = next(g for g in href.groups() if g is not None).decode("utf-8", "replace").strip()
            target = urljoin(base, raw.replace("&amp;", "&"))
            if urlsplit(target).scheme in ("http", "https"):
                return target
    return None
