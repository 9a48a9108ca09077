"""The Updates page and the Atom feed: newest first, each change linked to its evidence, article text escaped,
and the feed parses back with feedparser."""
from __future__ import annotations

import html
import re
from pathlib import Path

import feedparser

from generator.consolidate.history import Change, Entry
from generator.model.briefing import Briefing, SourceInfo, SourceRef, Summary
from generator.site.render import environment, site_model_for
from generator.site.updates import atom_feed, site_url, updates_page

ROOT = Path(__file__).resolve().parent.parent
EVIL = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1)) <img src=x onerror=alert(1)>"


def briefings() -> list[Briefing]:
    return [Briefing(source=SourceInfo(id=sid, file=f"{sid}.html.gz", title=f"{sid} {EVIL}", outlet=f"Outlet {sid}",
                                       url=f"https://n.example/{sid}"), body=["One.", "Two.", "Three."])
            for sid in ("a", "b")]


ENTRIES = [
    Entry(at="2026-12-05T11:00:00Z", sources=2,
          story=[Change(kind="source-added", text=f"b {EVIL}", id="b", url="javascript:alert(1)",
                        evidence=[SourceRef("b")]),
                 Change(kind="fact-changed", text=f"Dead {EVIL}", id="dead-15", old="12 dead", new=f"15 {EVIL}",
                        evidence=[SourceRef("b", 2), SourceRef("gone")]),
                 Change(kind="statement-new", text=EVIL, speaker=f"Ana {EVIL}", evidence=[SourceRef("b", 3)])],
          corrections=[Change(kind="conflict-resolved", text="Ana Rask: title", old=["chair", "mayor"], new=EVIL,
                              evidence=[SourceRef("a", 1)])]),
    Entry(at="2026-12-05T10:00:00Z", sources=1,
          story=[Change(kind="source-added", text="a", id="a", url="https://n.example/a", evidence=[SourceRef("a")])]),
]


def test_the_page_lists_entries_newest_first_with_evidence_links_and_escaped_text():
    model = site_model_for(briefings(), Summary())
    page = updates_page(environment(ROOT / "templates"), ENTRIES, model.links)
    assert page.index("5 December 2026, 11:00 UTC") < page.index("5 December 2026, 10:00 UTC")
    assert "{: #u-2026-12-05t11-00-00z }" in page
    assert "(sources/b.md#p-2" in page and "(sources/b.md#p-3" in page        # evidence at the paragraph
    assert "was 12 dead, now **15" in page and "**Corrections**" in page
    assert "https://n.example/a" in page and 'href="javascript' not in page
    for raw in ("<script", "<img", "{{", "](javascript"):
        assert raw not in page, raw
    assert "49" not in page


def test_the_atom_feed_parses_back_with_feedparser():
    model = site_model_for(briefings(), Summary())
    xml = atom_feed(ENTRIES, {r.id: r for r in model.rows}, f"Flood {EVIL}", "https://briefing.example/site/")
    feed = feedparser.parse(xml)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == f"Flood {EVIL}"
    assert [e.title.split(":")[0] for e in feed.entries] == ["5 December 2026, 11", "5 December 2026, 10"]
    first = feed.entries[0]
    assert first.link == "https://briefing.example/site/updates/#u-2026-12-05t11-00-00z"
    assert first.id != feed.entries[1].id
    content = first.content[0].value
    assert 'href="https://briefing.example/site/sources/b/#p-2"' in content
    raw_html = html.unescape(re.search(r"<content type=\"html\">(.*?)</content>", xml.decode(), re.S)[1])
    assert "<script" not in raw_html and "<img" not in raw_html and "&lt;script&gt;" in raw_html
    assert not re.search(r"(href|src)=\"(?!https://briefing.example)", raw_html)


def test_without_a_site_url_links_are_relative_to_the_feed():
    xml = atom_feed(ENTRIES[1:], {}, "", None)
    feed = feedparser.parse(xml)
    assert not feed.bozo and feed.entries[0].link.endswith("updates/#u-2026-12-05t10-00-00z")
    assert site_url("site_name: x\nsite_url: https://a.example/b/  # comment\n") == "https://a.example/b/"
    assert site_url("site_url: javascript:alert(1)\n") is None and site_url("") is None
