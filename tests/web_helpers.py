"""A local web server on 127.0.0.1 for the `briefing add` tests (standard library, one thread per request).

Not a test module: `test_add` and `test_follow` import it.  Each route is a `Route` (status, type,
body, and how the server misbehaves: a delay before answering, a slow drip, a redirect, a huge body).
Requests loop only over this machine's loopback address and stop with the test.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None        # a redirect target (path or URL)
    delay: float = 0.0                 # seconds before the status line
    drip: float = 0.0                  # seconds between 1 KB pieces of the body
    size: int | None = None            # a huge body of this many bytes (made on the fly, not held)
    announce_length: bool = True       # send Content-Length
    headers: dict[str, str] = field(default_factory=dict)


class Web:
    """Routes by path, the base URL, and the requests seen (to tell which URLs were fetched)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[str] = []
        self.user_agents: list[str] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:      # quiet
                pass

            def do_GET(self) -> None:
                web.seen.append(self.path)
                web.user_agents.append(self.headers.get("User-Agent", ""))
                route = web.routes.get(self.path) or Route(b"<html><body>not here</body></html>", status=404)
                time.sleep(route.delay)
                try:
                    web.answer(self, route)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: bytes | str = b"", **kw) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kw)
        return self.url(path)

    @staticmethod
    def answer(handler: BaseHTTPRequestHandler, route: Route) -> None:
        handler.send_response(route.status)
        if route.location:
            handler.send_header("Location", route.location)
        if route.content_type:
            handler.send_header("Content-Type", route.content_type)
        length = route.size if route.size is not None else len(route.body)
        if route.announce_length:
            handler.send_header("Content-Length", str(length))
        for k, v in route.headers.items():
            handler.send_header(k, v)
        handler.end_headers()
        if route.size is not None:
            piece = b"<p>" + b"x" * 1017 + b"</p>\n"
            for _ in range(route.size // len(piece)):
                handler.wfile.write(piece)
            return
        if route.drip:
            for i in range(0, len(route.body), 1024):
                handler.wfile.write(route.body[i:i + 1024])
                handler.wfile.flush()
                time.sleep(route.drip)
            return
        handler.wfile.write(route.body)

    def __enter__(self) -> "Web":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(monkeypatch) -> Iterator[Web]:
    """The body of a test module's `web` fixture: a running server, requests never through a proxy."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with Web() as server:
        yield server


def article(title: str, paragraphs: list[str], canonical: str | None = None, extra_head: str = "") -> str:
    """A small made-up news page (head, nav, article, footer) the cleaner reads like a real one."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{link}{extra_head}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}"
            f"</article><footer>Copyright 2026 Example News</footer></body></html>")


LOREM = ("The regional council met on Tuesday evening in the harbour town of Velmora to discuss the flood defences, "
         "and its chair, Ana Rask, said the barrier would be finished before the winter storms.")


def story(title: str, n: int = 4, lead: str = LOREM, canonical: str | None = None) -> str:
    paras = [lead] + [f"Paragraph {i} adds detail: engineers counted {i * 12} pumps along the river bank, "
                      f"and residents asked the council for a public meeting in {2020 + i}." for i in range(2, n + 1)]
    return article(title, paras, canonical=canonical)


def rss(items: list[tuple[str, str, str]], title: str = "Example News") -> str:
    """An RSS 2.0 feed of (title, link, summary) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><description>{s}</description>"
                      f"<pubDate>Tue, 10 Nov 2026 10:00:00 GMT</pubDate></item>" for t, link, s in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>http://127.0.0.1/</link><description>news</description>{entries}</channel></rss>")
