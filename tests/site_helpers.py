"""Helpers shared by the site tests: build a site in a temp folder, load the gold summary, check links.

Not a test module (no `test_` prefix): imported by test_site, test_escaping and test_browser.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from generator.build.pipeline import extract_document
from generator.consolidate import stage as consolidate
from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    Entity,
    Evidence,
    Passage,
    QuoteGroup,
    QuoteRef,
    Summary,
    SummaryFact,
    TimelineEvent,
)
from generator.read import sources
from generator.site.render import render_site

ROOT = Path(__file__).resolve().parent.parent


def copy_site_config(dest: Path) -> Path:
    """This repository's mkdocs.yml into `dest`, with the plugin told not to render: these tests write
    docs/ themselves from typed data (briefings/ stays empty), and the built-in templates come from the package."""
    dest.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (dest / "mkdocs.yml").write_text(config.replace("\n  - briefing ", "\n  - briefing: {render: never} ", 1),
                                     encoding="utf-8")
    (dest / "briefings").mkdir(exist_ok=True)
    return dest


def mkdocs_build(root: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in `root`; fails the test on an error or any warning."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
                          cwd=root, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return done


def build_site(root: Path, briefings: list[Briefing], summary: Summary) -> Path:
    """Render docs/ from typed data and build site/ with mkdocs; returns the site folder."""
    copy_site_config(root)
    render_site(briefings, summary, root / "templates", root / "docs")
    mkdocs_build(root)
    return root / "site"


def demo_briefings(corpus: Path = ROOT / "corpus") -> list[Briefing]:
    """The demo corpus through the real extraction stages, in memory (no YAML round trip)."""
    files, _ = sources.list_corpus(corpus)
    out, taken = [], set()
    for path in files:
        rel = path.relative_to(corpus).as_posix()
        b = extract_document(sources.decode(rel, sources.read_bytes(path)))
        if b.source.id in taken:
            b.source.id = f"{b.source.id}-{len(taken)}"
        taken.add(b.source.id)
        out.append(b)
    return out


def demo_summary(briefings: list[Briefing]) -> Summary:
    return consolidate.consolidate(briefings)


# --- the gold consolidation as a Summary (a rich fixture: conflicts, timeline, entities) ---

def _paragraph_of(b: Briefing | None, text: str | None) -> int | None:
    """1-based paragraph of `b` containing the start of `text` (gold cites lines, the site paragraphs)."""
    if b is None or not text:
        return None
    probe = " ".join(str(text).split())[:40]
    for i, para in enumerate(b.body, 1):
        if probe and probe in " ".join(para.split()):
            return i
    return None


def gold_summary(gold: Path, briefings: list[Briefing]) -> Summary:
    """seeds-gold/consolidated.yaml mapped onto our source ids and paragraph numbers."""
    data = yaml.safe_load((gold / "consolidated.yaml").read_text(encoding="utf-8"))
    by_file = {b.source.file: b for b in briefings}
    sid = {f: b.source.id for f, b in by_file.items()}

    def ids(files):
        return [sid[f] for f in files if f in sid]

    roles: dict[str, dict[str, str]] = {}
    for path in sorted(gold.glob("0*.yaml")):
        art = yaml.safe_load(path.read_text(encoding="utf-8"))
        for p in art.get("people") or []:
            if p.get("role") and art["source"] in sid:
                roles.setdefault(p["name"], {})[sid[art["source"]]] = p["role"]
    entities = [Entity(name=e["name"], kind=e["kind"], aliases=e.get("aliases") or [], sources=ids(e["sources"]),
                       roles=roles.get(e["name"], {})) for e in data["entities"]]
    facts = []
    for f in data["facts"]:
        evidence = {}
        for v in f.get("values") or []:
            b = by_file.get(v["source"])
            if b is not None:
                evidence[b.source.id] = Passage(_paragraph_of(b, v.get("value_text")), v.get("value_text"))
        facts.append(SummaryFact(id=f["id"], statement=f["statement"], value=f.get("value"), unit=f.get("unit"),
                                 qualifiers={sid[k]: q for k, q in (f.get("qualifiers") or {}).items() if k in sid},
                                 sources=ids(f["sources"]), evidence=evidence))
    conflicts = []
    for c in data["conflicts"]:
        values = []
        for v in c["values"]:
            ev = [Evidence(sid.get(e["source"], e["source"]), _paragraph_of(by_file.get(e["source"]), e["text"]),
                           e["text"], e.get("from") or "body") for e in v["evidence"]]
            values.append(ConflictValue(value=v["value"], sources=ids(v["sources"]), evidence=ev))
        conflicts.append(Conflict(id=c["id"], subject=c["subject"], attribute=c["attribute"], values=values,
                                  resolution=c.get("background") if c["id"] == "russian-delegation" else None))
    quotes = [QuoteGroup(speaker=q["speaker"], sources=[
        QuoteRef(sid[s["source"]], s.get("quote_id"), s["text"], _paragraph_of(by_file.get(s["source"]), s["text"]))
        for s in q["sources"] if s["source"] in sid]) for q in data["shared_quotes"]]
    timeline = [TimelineEvent(date=str(t["date"]), event=t["event"], sources=ids(t["sources"]))
                for t in data["timeline"]]
    return Summary(title="NATO-Russia Council meets in Brussels", anchor=data["date_anchor"]["date"],
                   entities=entities, facts=facts, conflicts=conflicts, quotes=quotes, timeline=timeline)


# --- reading the built site ---

class _Page(HTMLParser):
    """Collects ids, links and scripts of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.scripts: list[dict] = []
        self.handlers: list[tuple[str, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for name, _value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((tag, name))
        if tag in ("a", "link") and a.get("href") is not None:
            self.links.append(a["href"])
        if tag in ("script", "img") and a.get("src") is not None:
            self.links.append(a["src"])
        if tag == "script":
            self._script = {"src": a.get("src"), "text": ""}
            self.scripts.append(self._script)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data


def parse_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def links_in(html_text: str) -> list[str]:
    """href/src values of an HTML fragment, in order."""
    page = _Page()
    page.feed(html_text)
    return page.links


def broken_links(site: Path) -> list[str]:
    """Every internal href/src in site/*.html that points at a missing file or a missing #anchor."""
    site = site.resolve()
    pages = {p: parse_page(p) for p in site.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
                continue
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):                 # root-relative (404.html): served at /
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if target.is_dir() or parts.path.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {link} (no file)")
                continue
            frag = unquote(parts.fragment)
            if frag and target.suffix == ".html" and target in pages and frag not in pages[target].ids:
                broken.append(f"{path.relative_to(site)}: {link} (no #{frag})")
    return broken


def visible_text(html_text: str) -> str:
    """Text of a page without tags or scripts (what a reader sees)."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", html_text, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    from html import unescape
    return " ".join(unescape(text).split())
