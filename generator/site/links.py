"""Links and badges between pages, for the templates: trusted Markdown built around escaped text.

A link to a source (at paragraph N), to a person's page, to a paragraph of the current page, a list of
sources capped at `LIST_LIMIT`, and the corroboration badge.  A paragraph number is linked only when it is one
of the page's (`paragraph_number`), as a dead anchor fails `mkdocs build --strict`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from markupsafe import Markup

from generator.model.briefing import Located
from generator.site.escape import md_escape
from generator.site.entity_pages import PersonPage
from generator.site.page_model import SourceRow, name_key

#: Most source links listed in one cell; the rest are counted.
LIST_LIMIT = 8


@dataclass
class SiteLinks:
    """Links and badges between pages, built as trusted Markdown around escaped text.

    `base` is the path from the current page to the docs root ("" or "../").
    """

    sources: dict[str, SourceRow]
    people: dict[str, PersonPage]          # name_key(name or alias) -> page
    total: int

    def row(self, sid: Any) -> Optional[SourceRow]:
        return self.sources.get(str(sid))

    def source(self, sid: Any, paragraph: Any = None, base: str = "", text: Any = None, tip: bool = True) -> Markup:
        """Link to a source's page (at paragraph N).  The label is the outlet or the shortened title;
        the full title is a tooltip only when the label does not already say it (`tip=False`: never),
        as the same long titles repeated on every link made pages heavy."""
        row = self.sources.get(str(sid))
        label = text if text is not None else (row.label if row else sid)
        para = paragraph_number(paragraph, row.paragraphs if row else 0)
        anchor = f"#p-{para}" if para else ""
        suffix = f" ¶{para}" if para and text is None else ""
        if row is None:                     # a source id the summary names but no briefing has
            return Markup(md_escape(label) + md_escape(suffix))
        title = f' "{md_escape(row.title)}"' if tip and text is None and row.label != row.title else ""
        return Markup(f"[{md_escape(label)}{suffix}]({base}sources/{row.page}.md{anchor}{title})")

    def sources_list(self, sids: list, base: str = "", paragraphs: Mapping[str, Located] | None = None,
                     limit: int = LIST_LIMIT, tip: bool = True) -> Markup:
        """Links to the sources, at most `limit` and then "+ N more": a fact carried by hundreds of
        sources must not make one table cell (and the page build) grow with the corpus."""
        paragraphs = paragraphs or {}
        shown = [self.source(s, evidence_paragraph(paragraphs.get(s)), base, tip=tip) for s in sids[:limit]]
        more = f" + {len(sids) - limit} more" if len(sids) > limit else ""
        return Markup(", ".join(shown) + more)

    def page(self, href: str, text: Any) -> Markup:
        """Link to a page the generator named (`href` is built from `page_name`, never from data)."""
        return Markup(f"[{md_escape(text)}]({href})")

    def para(self, paragraph: Any, limit: int, html: bool = False) -> Markup:
        """Link to paragraph N of the current page (none when N is not one of its `limit` paragraphs);
        `html` for inside an HTML block."""
        para = paragraph_number(paragraph, limit)
        if not para:
            return Markup("")
        return Markup(f'<a href="#p-{para}">¶{para}</a>' if html else f"[¶{para}](#p-{para})")

    def has_person(self, name: Any) -> bool:
        return bool(name) and name_key(str(name)) in self.people

    def person(self, name: Any, base: str = "") -> Markup:
        if not name:
            return Markup("unattributed")
        page = self.people.get(name_key(str(name)))
        if page is None:
            return Markup(md_escape(name))
        return Markup(f"[{md_escape(name)}]({base}people/{page.page}.md)")

    def speakers(self, names: list, base: str = "") -> Markup:
        """Everyone who speaks a quote, each linked to their page: 'A, B and C' for people speaking together."""
        if not names:
            return Markup("unattributed")
        links = [self.person(n, base) for n in names]
        return Markup(links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1])

    def badge(self, count: int, total: Optional[int] = None) -> Markup:
        """Corroboration badge: '4 of 5 sources', coloured by how many sources agree."""
        total = total or self.total
        level = "all" if count >= total and total > 1 else ("many" if count > 1 else "one")
        noun = "source" if total == 1 else "sources"
        return Markup(f'<span class="bf-badge bf-badge--{level}" title="corroborated by {count} of {total} '
                      f'{noun}">{count} of {total} {noun}</span>')


def paragraph_number(value: Any, limit: Optional[int] = None) -> Optional[int]:
    """A paragraph number worth linking: a positive int, within `limit` when given.

    A number past the end (a hand-edited YAML, a stale summary) would be a dead anchor, and a
    dead anchor fails `mkdocs build --strict`; the text is still shown, without the link.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or value < 1:
        return None
    return value if limit is None or value <= limit else None


def evidence_paragraph(evidence: Optional[Located]) -> Optional[int]:
    return paragraph_number(evidence.paragraph) if evidence is not None else None
