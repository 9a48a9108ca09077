"""`briefing add` against a local web server: pages kept once, with their URL and fetch time; every failure
one line; nothing half-written in corpus/.  No test reaches beyond 127.0.0.1."""
from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import eval_dir
from web_helpers import article, rss, serve, story

from generator.build.add import Adder
from generator.read.corpus_add import CorpusIndex, split_header
from generator.read.feeds import FeedItem, matcher, read_feed
from generator.read.fetch import USER_AGENT, Limits, canonical_link, fetch, normalise_url

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def web(monkeypatch):
    """A web server on 127.0.0.1 for this test (see web_helpers)."""
    yield from serve(monkeypatch)
FAST = Limits(timeout=1.0, deadline=2.0, max_bytes=200_000, max_redirects=5)


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, hidden ones included, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def adder(tmp_path: Path, limits: Limits = FAST) -> Adder:
    return Adder(tmp_path / "corpus", tmp_path / ".briefing-cache" / "add", limits)


def stored(tmp_path: Path, name: str) -> tuple[dict, bytes]:
    return split_header(gzip.decompress((tmp_path / "corpus" / name).read_bytes()))


def test_a_page_is_stored_raw_behind_its_url_and_fetch_time(web, tmp_path):
    page = story("Flood barrier finished in Velmora")
    url = web.route("/news/2026/flood-barrier.html", page)
    with adder(tmp_path) as add:
        name = add.url(url)
    assert name == "127-0-0-1-{}-news-2026-flood-barrier.html.gz".format(web.base.rsplit(":", 1)[1])
    meta, raw = stored(tmp_path, name)
    assert raw == page.encode()                                  # the server's bytes, unchanged
    assert meta["url"] == url
    assert meta["fetched"].endswith("Z") and meta["fetched"][:4].isdigit()
    assert web.user_agents == [USER_AGENT] and "Briefing/" in USER_AGENT
    assert add.report.added == [name] and not add.report.failed


def test_the_same_page_is_added_once_by_url_redirect_canonical_or_bytes(web, tmp_path):
    first = web.route("/a", story("Council approves barrier", canonical=web.url("/story/barrier")))
    same_canonical = web.route("/b?utm_source=feed", story("Council approves barrier (updated)",
                                                           canonical=web.url("/story/barrier")))
    web.route("/article", story("Pumps counted along the river", lead="Engineers counted pumps on Monday "
                                                                      "along the whole river bank, the council said."))
    moved = web.route("/old", status=301, location="/article")
    copy_bytes = web.route("/mirror", web.routes["/article"].body)
    with adder(tmp_path) as add:
        assert add.url(first)
        assert add.url(first + "#comments") is None                 # same URL, fragment ignored
        assert add.url(same_canonical) is None                      # same canonical link
        assert add.url(moved)                                       # redirect followed, final page kept
        assert add.url(web.url("/article")) is None                 # the redirect's target
        assert add.url(copy_bytes) is None                          # same bytes under another URL
    assert len(add.report.added) == 2 and len(add.report.duplicates) == 4
    assert all(line.count("\n") == 0 and "already in the corpus as" in line for line in add.report.duplicates)
    meta, _ = stored(tmp_path, add.report.added[1])
    assert meta["url"] == web.url("/article")                        # where the redirect ended
    with adder(tmp_path) as again:                                   # a later run knows them from corpus/ alone
        assert again.url(first) is None and again.url(web.url("/story/barrier")) is None
        assert again.url(moved) is None
    assert web.seen.count("/a") == 1                                 # known URLs are not fetched again


FAILURES = {
    "missing": (dict(body="<html>gone</html>", status=404), "HTTP 404 Not Found"),
    "forbidden": (dict(body="<html>no</html>", status=403), "HTTP 403 Forbidden (a paywall"),
    "pdf": (dict(body=b"%PDF-1.7 ...", content_type="application/pdf"), "not an HTML page (application/pdf)"),
    "image": (dict(body=b"\x89PNG....", content_type="image/png"), "not an HTML page (image/png)"),
    "plain-text": (dict(body="just some words, no markup", content_type="text/plain"), "not an HTML page (text/plain)"),
    "json": (dict(body='{"a": 1}', content_type="application/json"), "not an HTML page (application/json)"),
    "slow": (dict(body=story("Slow"), delay=2.5), "no answer within 1 s (timeout)"),
    "drip": (dict(body=story("Drip", n=80), drip=0.4), "download took over 2 s (timeout)"),
    "huge-announced": (dict(size=5_000_000), "page is 5.0 MB, over the 0 MB limit"),
    "huge-chunked": (dict(size=5_000_000, announce_length=False), "over the 0 MB limit"),
    "loop": (dict(status=302, location="/loop"), "more than 5 redirects"),
    "cookie-wall": (dict(body=article("Before you continue", ["We use cookies to improve your experience.",
                                                              "Accept all cookies", "Manage preferences"])),
                    "cookie wall"),
    "paywall": (dict(body=article("Members only", ["Subscribe now", "Become a subscriber"])), "paywall"),
    "empty-page": (dict(body="<html><body><nav>Home</nav></body></html>"), "no article text found"),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_each_failure_is_one_line_naming_the_url_and_adds_nothing(web, tmp_path, case):
    spec, message = FAILURES[case]
    limits = FAST if case != "huge-announced" else Limits(timeout=1.0, deadline=2.0, max_bytes=1000)
    url = web.route(f"/{case}", **{k: v for k, v in spec.items()})
    (tmp_path / "corpus").mkdir()
    started = time.monotonic()
    with adder(tmp_path, limits) as add:
        assert add.url(url) is None
    assert time.monotonic() - started < 6
    [line] = add.report.failed
    assert line.startswith(url + ": ") and message in line and line.endswith("; nothing added"), line
    assert "\n" not in line and "Traceback" not in line
    assert listing(tmp_path / "corpus") == {}


def test_unreachable_and_malformed_addresses_are_one_line(tmp_path):
    with adder(tmp_path) as add:
        add.url("ftp://example.invalid/file")
        add.url("not a url")
        add.url("http://127.0.0.1:9/closed-port")          # discard port: nothing listens there
    assert [line.split(": ", 1)[1] for line in add.report.failed[:2]] == [
        "not an http:// or https:// address; nothing added"] * 2
    assert add.report.failed[2].startswith("http://127.0.0.1:9/closed-port: cannot fetch (ConnectError")
    assert all("\n" not in line for line in add.report.failed)


def test_a_vague_content_type_is_decided_by_the_bytes(web, tmp_path):
    url = web.route("/octet", story("Octet stream page"), content_type="application/octet-stream")
    assert fetch(url, FAST).data.startswith(b"<!DOCTYPE html>")
    assert fetch(web.route("/none", story("No type"), content_type=""), FAST).content_type == ""


def test_canonical_link_and_url_keys():
    html = b'<html><head><LINK href="/x/y?id=1&amp;b=2" REL="canonical"></head><body><link rel=canonical href=/no>'
    assert canonical_link(html, "https://news.example/a/b") == "https://news.example/x/y?id=1&b=2"
    assert canonical_link(b"<link rel='canonical' href='javascript:alert(1)'>", "https://a.example/") is None
    assert normalise_url("HTTPS://WWW.Example.com:443/a/b/?utm_source=x&id=3#top") == "https://www.example.com/a/b?id=3"
    assert normalise_url("http://example.com/") == normalise_url("http://example.com")


def test_a_killed_add_leaves_the_corpus_as_it_was(web, tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "old.txt").write_text("Old article\n\nIt was here before.\n")
    before = listing(tmp_path / "corpus")
    url = web.route("/long", story("Long", n=200), drip=0.2)
    code = ("import sys; from pathlib import Path; from generator.build.add import Adder; from generator.read.fetch import Limits;"
            "a = Adder(Path(sys.argv[1]) / 'corpus', Path(sys.argv[1]) / '.cache', Limits(deadline=60));"
            "a.url(sys.argv[2])")
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path), url], cwd=ROOT)
    deadline = time.monotonic() + 20
    while "/long" not in web.seen and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.8)                                          # mid-download
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert "/long" in web.seen
    assert listing(tmp_path / "corpus") == before


def test_local_files_are_copied_once(tmp_path):
    src = tmp_path / "saved"
    src.mkdir()
    (src / "report.txt").write_text("---\nurl: https://news.example/report\n---\nA report\n\nThe council met.\n")
    (src / "copy.txt").write_text((src / "report.txt").read_text())
    (src / "other.md").write_text("Another report\n\nThe council met again on Friday.\n")
    (src / "scan.pdf").write_bytes(b"%PDF")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "other.md").write_text("A different file with the same name\n\nSomething else.\n")
    with adder(tmp_path) as add:
        for name in ("report.txt", "copy.txt", "other.md", "scan.pdf", "missing.txt"):
            add.file(src / name)
    assert add.report.added[0] == "report.txt" and add.report.added[1].startswith("other-")
    assert (tmp_path / "corpus" / add.report.added[1]).read_bytes() == (src / "other.md").read_bytes()
    assert add.report.duplicates == [f"{src / 'copy.txt'}: already in the corpus as report.txt"]
    assert [line.split(": ", 1)[1] for line in add.report.failed] == [
        "not a .txt, .md, .html, .htm or .html.gz file; nothing added", "no such file; nothing added"]
    assert CorpusIndex.scan(tmp_path / "corpus").find(["https://news.example/report/"]) == "report.txt"


FEED_ITEMS = [("Flood barrier finished", "/f/1", "The Velmora barrier is complete."),
              ("Football results", "/f/2", "Scores from the weekend."),
              ("Résidents demand a meeting", "/f/3", "After the FLOODS, residents of Velmora ask for answers.")]


def test_feed_items_matching_are_added_and_a_rerun_adds_only_new_ones(web, tmp_path):
    for i, (title, path, _) in enumerate(FEED_ITEMS):
        web.route(path, story(title, lead=f"{title}: the council of Velmora met on day {i} to talk about floods "
                                          "and the barrier along the river, its chair said on Tuesday."))
    items = [(t, web.url(p), s) for t, p, s in FEED_ITEMS]
    feed = web.route("/feed.xml", rss(items), content_type="application/rss+xml")
    with adder(tmp_path) as add:
        add.feed(feed, ["velmora flood"])
    assert len(add.report.added) == 2 and add.report.unmatched == 1
    web.route("/f/4", story("Barrier opens", lead="The Velmora flood barrier opened on Friday, the council "
                                                  "said, after years of delays and a long public debate."))
    web.routes["/feed.xml"].body = rss(items + [("Barrier opens", web.url("/f/4"), "Velmora flood news")]).encode()
    fetched = len(web.seen)
    with adder(tmp_path) as again:
        again.feed(feed, ["velmora flood"])
    assert len(again.report.added) == 1 and len(again.report.duplicates) == 2
    assert web.seen[fetched:] == ["/feed.xml", "/f/4"]           # items already in the corpus are not fetched


def test_feed_reading_and_matching():
    atom = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            b"<entry><title>Quake hits coast</title><link href='https://n.example/q'/><summary>&lt;b&gt;Tsunami"
            b"&lt;/b&gt; warning</summary><updated>2026-03-11T05:00:00Z</updated></entry>"
            b"<entry><title>no link</title></entry></feed>")
    [item] = read_feed(atom, "https://n.example/feed")
    assert item == FeedItem(link="https://n.example/q", title="Quake hits coast", summary="Tsunami warning",
                            published="2026-03-11")
    assert matcher(["tsunami"])(item) and matcher(["quake coast", "nothing"])(item)
    assert not matcher(["tsunami flood"])(item) and matcher([])(item)
    with pytest.raises(Exception, match="not a readable RSS or Atom feed"):
        read_feed(b"<html><body>not a feed</body></html>", "https://n.example/page")


def test_a_feed_url_that_is_not_a_feed_is_one_line(web, tmp_path):
    with adder(tmp_path) as add:
        add.feed(web.route("/page", story("A page")), [])
        add.feed(web.route("/gone.xml", "", status=404), [])
    assert [line.split(": ", 1)[1] for line in add.report.failed] == [
        "not a feed (text/html); nothing added", "HTTP 404 Not Found; nothing added"]


def test_pages_of_the_extraction_benchmark_are_added(web, tmp_path):
    pages = sorted(eval_dir("article-extraction").glob("html/*.html.gz"))[:5]
    urls = [web.route(f"/eval/{p.name[:12]}", gzip.decompress(p.read_bytes())) for p in pages]
    with adder(tmp_path, Limits()) as add:
        for url in urls:
            add.url(url)
    assert len(add.report.added) + len(add.report.duplicates) == 5, add.report.failed
    assert not add.report.failed
