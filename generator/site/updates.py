"""The Updates page and its Atom feed (feedgen), both made from `briefings/history.yaml`.

Newest entry first; each change links to its evidence (a source's page at the paragraph).  Every
string from an article or a person's edit is escaped: through the templates' `md_escape` on the page,
through `html.escape` in the feed's HTML content (and feedgen escapes that again as XML text).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

from generator.consolidate.history import Change, Entry
from generator.model.ids import slugify
from generator.text.numerals import counted

#: How each kind of change is labelled (page and feed alike).
LABELS = {"source-added": "New source", "source-updated": "Source updated", "source-removed": "Source removed",
          "fact-new": "New fact", "fact-changed": "Fact changed", "fact-removed": "Fact no longer agreed",
          "conflict-new": "New conflict", "conflict-changed": "Conflict changed",
          "conflict-resolved": "Conflict resolved", "speaker-new": "New speaker", "statement-new": "New statement",
          "statement-changed": "Statement now attributed to another speaker"}
BUCKETS = (("story", "What changed"), ("corrections", "Corrections"), ("machine", "Re-extracted by a newer extractor"))
#: Most entries on the page and in the feed, and most changes shown per list of an entry (history.yaml has all).
PAGE_ENTRIES = 100
FEED_ENTRIES = 50
CHANGES_SHOWN = 60
FEED_FILE = "feed.xml"


def entry_anchor(entry: Entry, taken: set[str]) -> str:
    """A stable HTML id for an entry ('u-2026-12-05t10-00-00z'), unique on the page."""
    base = "u-" + (slugify(str(entry.at), max_words=12) or "entry")
    anchor, n = base, 2
    while anchor in taken:
        anchor, n = f"{base}-{n}", n + 1
    taken.add(anchor)
    return anchor


def human_time(at: Any) -> str:
    """'2026-12-05T10:00:00Z' -> '5 December 2026, 10:00 UTC' (anything else as it is)."""
    try:
        when = datetime.strptime(str(at), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return str(at)
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def value_text(value: Any) -> str:
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return "" if value is None else str(value)


@dataclass
class EntryView:
    entry: Entry
    anchor: str
    when: str
    lists: list[tuple[str, list[Change], int]]   # (heading, changes shown, how many left out)
    counts: str                                   # 'two new sources, one changed fact …'


def _counts(entry: Entry) -> str:
    """'3 changes, 1 correction' for an entry's heading and feed title."""
    parts = [(len(entry.story), "change", "changes"), (len(entry.corrections), "correction", "corrections"),
             (len(entry.machine), "re-extracted item", "re-extracted items")]
    return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in parts if n)


def evidence_links(links, change: Change, base: str = "") -> str:
    """Links to where each change can be read (a source's page at the paragraph), from the site's links."""
    sids = [e.source for e in change.evidence]
    shown = links.sources_list(sids, base, {e.source: e for e in change.evidence}, limit=len(sids))
    return shown + (f" + {change.more} more" if change.more else "")


def views(entries: list[Entry], limit: int = PAGE_ENTRIES) -> list[EntryView]:
    taken: set[str] = set()
    out = []
    for entry in entries[:limit]:
        lists = [(heading, getattr(entry, bucket)[:CHANGES_SHOWN], max(0, len(getattr(entry, bucket)) - CHANGES_SHOWN))
                 for bucket, heading in BUCKETS if getattr(entry, bucket)]
        out.append(EntryView(entry, entry_anchor(entry, taken), human_time(entry.at), lists, _counts(entry)))
    return out


# -- the feed ------------------------------------------------------------------------------------------------

def _href(page_base: str, row, paragraph: Optional[int]) -> str:
    return f"{page_base}sources/{row.page}/" + (f"#p-{paragraph}" if paragraph else "")


def _change_html(change: Change, rows: dict, page_base: str) -> str:
    esc = html.escape
    parts = [f"<strong>{esc(LABELS.get(change.kind, change.kind))}:</strong> "]
    if change.speaker and change.kind in ("statement-new", "statement-changed"):
        parts.append(f"{esc(change.speaker)}: “{esc(change.text)}”")
    else:
        parts.append(esc(change.text))
    if change.old is not None or change.new is not None:
        old, new = value_text(change.old), value_text(change.new)
        parts.append(f" — {esc(old)} → {esc(new)}" if old and new else f" — {esc(old or new)}")
    links = []
    for ev in change.evidence:
        row = rows.get(ev.source)
        para = ev.paragraph
        label = esc((row.label if row else ev.source) + (f" ¶{para}" if para else ""))
        links.append(f'<a href="{esc(_href(page_base, row, para), quote=True)}">{label}</a>' if row else label)
    if links:
        parts.append(" (" + ", ".join(links) + (f" + {change.more} more" if change.more else "") + ")")
    return "<li>" + "".join(parts) + "</li>"


def entry_html(view: EntryView, rows: dict, page_base: str) -> str:
    out = []
    for heading, changes, left_out in view.lists:
        out.append(f"<h3>{html.escape(heading)}</h3><ul>"
                   + "".join(_change_html(c, rows, page_base) for c in changes)
                   + (f"<li>and {left_out} more</li>" if left_out else "") + "</ul>")
    return "".join(out)


def _title(view: EntryView) -> str:
    story = view.entry.story
    added = sum(c.kind == "source-added" for c in story)
    lead = f"{counted(added, 'new source')}, " if added else ""
    return f"{view.when}: {lead}{view.counts}"


def atom_feed(entries: list[Entry], rows: dict, title: str, site_url: Optional[str]) -> bytes:
    """The Atom feed of the newest entries; links are absolute under `site_url` (mkdocs.yml), else
    relative to the feed, which sits at the site's root."""
    from feedgen.feed import FeedGenerator

    base = (site_url.rstrip("/") + "/") if site_url else ""
    feed_key = base or "urn:briefing:" + (slugify(title) or "briefing")
    fg = FeedGenerator()
    fg.id(feed_key if not base else base + FEED_FILE)
    fg.title(title or "Briefing")
    fg.subtitle("What changed in the briefing, build by build")
    fg.link(href=base + "updates/", rel="alternate")
    fg.link(href=base + FEED_FILE, rel="self")
    fg.language("en")
    shown = views(entries, FEED_ENTRIES)
    fg.updated(_stamp(shown[0].entry.at) if shown else datetime(2000, 1, 1, tzinfo=timezone.utc))
    for view in reversed(shown):                     # feedgen prepends: add oldest first, newest ends on top
        fe = fg.add_entry()
        fe.id((base or feed_key + ":") + f"updates/#{view.anchor}")
        fe.title(_title(view))
        fe.link(href=f"{base}updates/#{view.anchor}", rel="alternate")
        fe.updated(_stamp(view.entry.at))
        fe.content(entry_html(view, rows, base), type="html")
    return fg.atom_str(pretty=True)


def _stamp(at: Any) -> datetime:
    try:
        return datetime.strptime(str(at), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=timezone.utc)


_SITE_URL = re.compile(r"^site_url:\s*['\"]?([^'\"\s#]+)", re.M)


def site_url(mkdocs_yml: str) -> Optional[str]:
    """`site_url:` of an mkdocs.yml (read as text: the file may hold tags safe_load refuses)."""
    found = _SITE_URL.search(mkdocs_yml)
    return found[1] if found and found[1].startswith(("http://", "https://")) else None


def updates_page(env, entries: list[Entry], links, feed: str = FEED_FILE) -> str:
    """docs/updates.md: the newest PAGE_ENTRIES entries (`links` are the site's SiteLinks)."""
    return env.get_template("updates.md.j2").render(
        views=views(entries), more=max(0, len(entries) - PAGE_ENTRIES), links=links, base="", labels=LABELS,
        values=value_text, evidence=evidence_links, feed=feed)


@dataclass
class Updates:
    """What the Updates page and feed.xml show: the history's entries (newest first) and the site's URL."""

    entries: list[Entry] = field(default_factory=list)
    site_url: Optional[str] = None


def render_pages(env, rows: list, links, updates: Updates, title: Optional[str], page) -> None:
    """updates.md and feed.xml through `page(rel, memo keys, make)` (render's memoised writer); always
    written: the nav links the page, and a reader may subscribe before the first change."""
    by_id = {r.id: r for r in rows}
    keys = (updates.entries, [(r.id, r.page, r.label, r.title, r.paragraphs) for r in rows],   # title: link tooltips
            sorted((k, p.page) for k, p in links.people.items()))
    page("updates.md", keys, lambda: updates_page(env, updates.entries, links))
    page(FEED_FILE, (keys[:2], title, updates.site_url),
         lambda: atom_feed(updates.entries, by_id, title or "Briefing", updates.site_url).decode())
