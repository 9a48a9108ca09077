"""Text from articles is shown literally and never executes, through a real `mkdocs build --strict`.

Articles are hostile input: a saved page can contain Jinja, Markdown, HTML, admonition or
snippet syntax in any field.  Every such string is put into every field the site shows, the
site is built, and the HTML is checked for scripts, event handlers and links that came from it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from site_helpers import build_site, parse_page, visible_text
from stories import HOSTILE, SID, hostile_briefing, hostile_summary


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
