"""Text from articles is shown literally and never executes, through a real `mkdocs build --strict`.

Articles are hostile input: a saved page can contain Jinja, Markdown, HTML, admonition or
snippet syntax in any field.  Every such string is put into every field the site shows, the
site is built, and the HTML is checked for scripts, event handlers and links that came from it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from site_helpers import build_site, parse_page, visible_text

from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    Entity,
    Evidence,
    Fact,
    Note,
    Passage,
    Person,
    Quote,
    QuoteGroup,
    QuoteRef,
    Removed,
    SourceInfo,
    Summary,
    SummaryFact,
    TimelineEvent,
)

HOSTILE = [
    "{{ 7*7 }}", "{% include 'mkdocs.yml' %}", "# heading", "---", "| a | b |", "[x](javascript:alert(1))",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "!!! note", '--8<-- "mkdocs.yml"',
    "{: onclick=alert(1) }", "</title><script>alert(2)</script>", "<a href='javascript:alert(1)'>click</a>", "&lt;script&gt;", "`code` *em* _u_",
]
ALL = " ".join(HOSTILE)
SID = "hostile-source"


def hostile_briefing() -> Briefing:
    body = [f"Paragraph {i}: the council said {h} after the vote." for i, h in enumerate(HOSTILE, 1)]
    return Briefing(
        source=SourceInfo(id=SID, file="evil<script>.html", title=f"Title {ALL}", outlet=f"Outlet {ALL}",
                          url="javascript:alert(1)", published="<script>alert(1)</script>", author=ALL),
        notes=[Note(kind="correction", text=f"Correction {ALL}"), Note(kind="update", text=ALL),
               Note(kind="tweet", text=ALL, author=ALL, handle="@x<script>", date="2024-01-01")],
        removed=[Removed(kind="ad", text=h, reason=h) for h in HOSTILE],
        body=body,
        quotes=[Quote(id=f"q{i}", text=h, speaker=f"Speaker {h}", role=h, paragraph=i)
                for i, h in enumerate(HOSTILE, 1)],
        people=[Person(name=f"Person {h}", role=h) for h in HOSTILE[:3]],
        facts=[Fact(id=f"f{i}", kind="text", statement=h, value=h, unit=h, qualifier=h, paragraph=i)
               for i, h in enumerate(HOSTILE, 1)],
        places=HOSTILE[:4], organizations=HOSTILE[4:8])


def hostile_summary() -> Summary:
    ev = [Evidence(SID, 1, ALL, "<script>alert(1)</script>")]
    return Summary(
        title=f"Event {ALL}", anchor="<img src=x onerror=alert(1)>",
        entities=[Entity(name=f"Entity {h}", kind=k, aliases=[h], sources=[SID], roles={SID: h})
                  for h in HOSTILE for k in ("person", "organization", "place")][:12],
        facts=[SummaryFact(id="f", statement=ALL, value=ALL, unit=ALL, qualifiers={SID: ALL}, sources=[SID],
                           evidence={SID: Passage(1, ALL)})],
        conflicts=[Conflict(id="c", subject=ALL, attribute=ALL, resolution=ALL,
                            values=[ConflictValue(value=h, sources=[SID, "unknown<script>"], evidence=ev)
                                    for h in HOSTILE[:3]])],
        quotes=[QuoteGroup(speaker=h, role=h, sources=[QuoteRef(SID, "q1", h, 1)])
                for h in HOSTILE],
        timeline=[TimelineEvent(date=h, event=h, sources=[SID]) for h in HOSTILE])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("hostile"), [hostile_briefing()], hostile_summary())


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_script_handler_or_javascript_link_comes_from_an_article(site: Path):
    pages = _pages(site)
    assert len(pages) > 5                                   # summary, sources, people and person pages
    script_counts = set()
    for path in pages:
        page = parse_page(path)
        assert page.handlers == [], f"{path}: event handler attributes {page.handlers}"
        for s in page.scripts:
            assert "alert" not in (s["src"] or "") + s["text"], f"{path}: script from an article"
        script_counts.add(len(page.scripts))
        for link in page.links:
            assert not link.strip().lower().startswith(("javascript:", "data:", "vbscript:")), f"{path}: {link}"
        assert 'src="x"' not in path.read_text(encoding="utf-8")
    assert len(script_counts) == 1, "some page has extra <script> elements"


@pytest.mark.parametrize("page", ["index.html", f"sources/{SID}/index.html"])
def test_every_hostile_string_shows_as_literal_text(site: Path, page: str):
    text = visible_text((site / page).read_text(encoding="utf-8"))
    for h in HOSTILE:
        assert h.replace("&lt;", "<").replace("&gt;", ">") in text or h in text, f"{h!r} not shown literally"
    assert "49" not in text.replace("2024", "")             # {{ 7*7 }} was never evaluated


def test_article_markdown_creates_no_structure(site: Path):
    html = (site / "sources" / SID / "index.html").read_text(encoding="utf-8")
    assert html.count("<h1") == 1                           # '# heading' is not a heading
    assert html.count("<table") == 2                        # facts + removed; '| a | b |' is not a table
    assert 'class="admonition note"' not in html            # '!!! note' is not an admonition
    assert "<code>code</code>" not in html and "<em>em</em>" not in html
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.count("<h1") == 1 and 'class="admonition note"' not in home


def test_person_pages_for_hostile_names_stay_inside_people(site: Path):
    people = [p for p in (site / "people").iterdir() if p.is_dir()]
    assert people and all(p.resolve().parent == (site / "people").resolve() for p in people)
    assert all("<" not in p.name and " " not in p.name for p in people)
