"""Read a rendered Markdown page as a reader sees it: the structure, not the exact Markdown text.

The page is turned into HTML by Python-Markdown with the extensions this repository's mkdocs.yml lists
(what `mkdocs build` does to it), then parsed with BeautifulSoup.  Tests ask for headings, admonitions,
table rows, list items and links, so a template may change its wording of the Markdown (spacing,
line breaks, Markdown or HTML for a table) without breaking them, while what the page shows stays checked.

Not a test module (no `test_` prefix): imported by test_render.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def _extensions() -> tuple[list[str], dict]:
    """mkdocs.yml's markdown_extensions (names and their options), without the permalink headings add."""
    names, configs = [], {}
    for item in yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        configs[name] = {k: v for k, v in (options or {}).items() if k != "permalink"}
    return names, configs


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    title: str | None


def _text(node: Tag) -> str:
    return " ".join(node.get_text().split())


class Part:
    """Some of a page's HTML: its text, links, table rows, list items, admonitions, elements by selector."""

    def __init__(self, nodes: list[Tag]) -> None:
        self.nodes = nodes

    def select(self, css: str) -> list[Tag]:
        found = []
        for node in self.nodes:
            if isinstance(node, Tag):
                found.extend([node] if node.css.match(css) else [])
                found.extend(node.select(css))
        return found

    @property
    def text(self) -> str:
        """Visible text, white space folded: entities decoded, so escaped markup shows as its characters."""
        return " ".join(" ".join(n.get_text(" ") if isinstance(n, Tag) else str(n) for n in self.nodes).split())

    def links(self) -> list[Link]:
        return [Link(_text(a), str(a.get("href", "")), a.get("title")) for a in self.select("a[href]")]

    def hrefs(self) -> list[str]:
        return [link.href for link in self.links()]

    def rows(self) -> list[list[str]]:
        """Every table row below, as the text of its cells (header rows included)."""
        return [[_text(c) for c in tr.find_all(["td", "th"], recursive=False)] for tr in self.select("tr")]

    def items(self) -> list[str]:
        """The text of every list item below (a nested list's items also on their own)."""
        return [_text(li) for li in self.select("li")]

    def admonitions(self) -> list[Admonition]:
        """`!!! kind "title"` (a div) and `??? kind "title"` (a details element) boxes, in page order."""
        out = []
        for box in self.select("div.admonition, details"):
            title = box.find(class_="admonition-title", recursive=False) or box.find("summary", recursive=False)
            kinds = [c for c in box.get("class", []) if c != "admonition"]
            out.append(Admonition(kinds[0] if kinds else "", _text(title) if title else "",
                                  Part([c for c in box.children if c is not title])))
        return out

    def count(self, css: str) -> int:
        return len(self.select(css))


@dataclass
class Admonition:
    kind: str                 # danger, success, note, quote …
    title: str
    body: Part


class Page(Part):
    """A whole rendered page: its front matter, headings and the part under each `## heading`."""

    def __init__(self, markdown_text: str) -> None:
        self.front_matter: dict = {}
        if markdown_text.startswith("---\n"):
            head, _, markdown_text = markdown_text[4:].partition("\n---\n")
            self.front_matter = yaml.safe_load(head) or {}
        names, configs = _extensions()
        html = markdown.markdown(markdown_text, extensions=names, extension_configs=configs)
        self.soup = BeautifulSoup(html, "html.parser")
        super().__init__(list(self.soup.children))

    def dead_anchors(self) -> list[str]:
        """Links to `#id` on this page with no element of that id (a dead link fails `mkdocs build --strict`)."""
        ids = {t["id"] for t in self.soup.find_all(id=True)}
        return [h for h in self.hrefs() if h.startswith("#") and h[1:] not in ids]

    def headings(self, level: int) -> list[str]:
        return [_text(h) for h in self.soup.find_all(f"h{level}")]

    def section(self, heading: str, level: int = 2) -> Part:
        """What stands under the `## heading` (level 2 by default), up to the next heading of that level or above."""
        tags = [f"h{n}" for n in range(1, level + 1)]
        start = next((h for h in self.soup.find_all(f"h{level}") if _text(h) == heading), None)
        assert start is not None, f"no h{level} {heading!r}; the page has {self.headings(level)}"
        nodes = []
        for node in start.next_siblings:
            if isinstance(node, Tag) and node.name in tags:
                break
            nodes.append(node)
        return Part(nodes)


def read_page(path: Path) -> Page:
    return Page(path.read_text(encoding="utf-8"))
