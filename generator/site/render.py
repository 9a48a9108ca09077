"""Writers: briefings + summary -> Markdown pages in `docs/` through Jinja templates.

Every string that came from an article goes through `md_escape` (Jinja `finalize`), so it
shows as literal text: it cannot run as Jinja (templates are never built from data), break
Markdown structure, or inject HTML.  Trusted markup built here is wrapped in `Markup`; the
helpers in `SiteLinks` escape what they put inside it.  What each page shows is decided in
`site_model` (pure); this module only turns it into Markdown and writes files.
"""
from __future__ import annotations

import hashlib
import html
import json
import pickle
import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.site import page_model as site_model
from generator.site import home as site_summary
from generator.site import updates as site_updates
from generator.consolidate.history import Entry
from generator.model.briefing import Briefing, Entity, Located, Summary
from generator.site.theme import DEFAULT_TEMPLATES, DOCS_GITIGNORE, template_files, templates_stamp
from generator.store.cache import signature
from generator.site.page_model import PersonPage, SourceRow, name_key, page_name
from generator.store.atomic import write_atomic, write_atomic_bytes
from generator.text.controls import DELETE_TABLE

# Characters with meaning anywhere in a line (Markdown inline syntax, its extensions, HTML, link
# titles), replaced by numeric entities.  Prose punctuation (. - : ( ) ' %) only has meaning at the
# start of a line (lists, headings, setext rules), so only a leading one is escaped: every entity
# costs Python-Markdown an inline-pattern match, and escaping every full stop doubled page build time.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]<>#+!|~^=$&\""}
_MD_TABLE = str.maketrans({**_MD_SPECIAL, **DELETE_TABLE})   # control and bidi-override characters: gone
# A value can land at the start of a Markdown line: escape a leading non-word character, and the
# `.`/`)` after leading digits (an ordered-list marker).
_LINE_START = re.compile(r"^(?:\d+[.)]|[!-%'-/:-@\[-`{-~])")   # ASCII punctuation but &, already an entity
_URL_SCHEMES = ("http", "https")
#: Most source links listed in one cell; the rest are counted.
LIST_LIMIT = 8
# Control characters and whitespace never belong in a link we emit.
_URL_BAD = re.compile(r"[\x00-\x20\x7f-\x9f]")


def md_escape(value: Any) -> str:
    """Literal text in Markdown/HTML context; `Markup` passes through untouched."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(str(value).translate(_MD_TABLE).split())   # no newlines: never starts a Markdown block
    return _LINE_START.sub(lambda m: m[0][:-1] + f"&#{ord(m[0][-1])};", text, count=1)


def attr_escape(value: Any) -> Markup:
    return Markup(html.escape(str(value or "").translate(DELETE_TABLE), quote=True))


def safe_url(value: Any) -> Optional[Markup]:
    """An article's URL as an attribute value, only when it is http(s); `javascript:` etc. give None."""
    text = str(value or "").strip()
    if not text or _URL_BAD.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.netloc:
        return None
    return attr_escape(text)


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
        para = _paragraph(paragraph, row.paragraphs if row else 0)
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
        shown = [self.source(s, _evidence_paragraph(paragraphs.get(s)), base, tip=tip) for s in sids[:limit]]
        more = f" + {len(sids) - limit} more" if len(sids) > limit else ""
        return Markup(", ".join(shown) + more)

    def page(self, href: str, text: Any) -> Markup:
        """Link to a page the generator named (`href` is built from `page_name`, never from data)."""
        return Markup(f"[{md_escape(text)}]({href})")

    def para(self, paragraph: Any, limit: int, html: bool = False) -> Markup:
        """Link to paragraph N of the current page (none when N is not one of its `limit` paragraphs);
        `html` for inside an HTML block."""
        para = _paragraph(paragraph, limit)
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


def _paragraph(value: Any, limit: Optional[int] = None) -> Optional[int]:
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


def _evidence_paragraph(evidence: Optional[Located]) -> Optional[int]:
    return _paragraph(evidence.paragraph) if evidence is not None else None


def front_matter_title(value: Any) -> Markup:
    """YAML front matter `title:` for a page whose heading comes from an article.

    MkDocs derives a page's <title> from its first heading and Material prints it unescaped
    (after `striptags`, which also decodes entities), so a headline containing
    `</title><script>` would run.  A `title:` in the front matter is printed as given: here it
    is HTML-escaped text, quoted as a JSON string (valid YAML).
    """
    text = " ".join(str(value or "").split()) or "Untitled"
    return Markup("---\ntitle: " + json.dumps(html.escape(text, quote=True)) + "\n---\n")


def environment(templates: Path | None) -> Environment:
    """Jinja environment over the project's `templates` overrides (when present), then the built-in ones."""
    search = [str(f) for f in (templates, DEFAULT_TEMPLATES) if f is not None and f.is_dir()]
    env = Environment(loader=FileSystemLoader(search), finalize=md_escape, undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_attr"] = attr_escape
    env.filters["safe_url"] = safe_url
    env.filters["front_matter_title"] = front_matter_title
    env.filters["pct"] = lambda n, d: f"{n} of {d}"
    env.filters["value"] = site_model.display_value
    env.filters["human_date"] = site_model.human_date
    env.filters["human_time"] = site_updates.human_time
    env.filters["para"] = _paragraph
    env.filters["evidence_para"] = _evidence_paragraph
    env.globals.update(  # caps and page models the templates use (see site_summary)
        home_sources=site_summary.HOME_SOURCES, wording_links=site_summary.WORDING_LINKS,
        person_sources=site_summary.PERSON_SOURCES, min_sources_for_page=site_model.min_sources_for_page,
        role_sources=site_summary.role_sources, evidence_wordings=site_summary.evidence_wordings,
        conflict_values=site_summary.conflict_values, uncovered_sources=site_summary.uncovered_sources)
    return env


@dataclass
class RenderReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)


@dataclass
class SiteModel:
    """Everything the templates need, computed once per render."""

    summary: Summary
    briefings: list[Briefing]
    rows: list[SourceRow]
    people: list[PersonPage]                # those with a page (see site_model.worth_a_page)
    organizations: list[Entity]
    places: list[Entity]
    event: site_model.EventLine
    links: SiteLinks
    groups: list[site_model.SourceGroup] = field(default_factory=list)   # pages of the sources index
    people_without_page: int = 0


def site_model_for(briefings: list[Briefing], summary: Summary) -> SiteModel:
    rows = site_model.source_rows(briefings)
    everyone = site_model.people(summary, briefings)
    people = [p for p in everyone if site_model.worth_a_page(p, len(briefings))]
    by_key: dict[str, PersonPage] = {}
    for p in people:
        for n in (p.name, *p.aliases):
            by_key.setdefault(name_key(n), p)
    places = site_model.names(summary, briefings, "place")
    links = SiteLinks(sources={r.id: r for r in rows}, people=by_key, total=len(briefings))
    return SiteModel(summary=summary, briefings=briefings, rows=rows, people=people,
                     organizations=site_model.names(summary, briefings, "organization"), places=places,
                     event=site_model.event_line(summary, briefings, places), links=links,
                     groups=site_model.source_groups(rows), people_without_page=len(everyone) - len(people))


def _write_if_changed(path: Path, text: str, report: RenderReport, docs: Path) -> None:
    rel = path.relative_to(docs).as_posix()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        report.unchanged += 1
        return
    write_atomic(path, text, durable=False)       # derived: atomic (serve never reads half a page), no fsync
    report.written.append(rel)


def sources_page(env: Environment, model: SiteModel, group: site_model.SourceGroup) -> str:
    """The sources index (the table, or the list of outlet pages) or one outlet's page of it."""
    return env.get_template("sources.md.j2").render(m=model, group=group, groups=model.groups,
                                                    links=model.links, base="../")


def source_page(env: Environment, b: Briefing, model: SiteModel | None = None) -> str:
    model = model or site_model_for([b], Summary())
    return env.get_template("source.md.j2").render(b=b, src=b.source, links=model.links, base="../",
                                                   notice_kinds=site_model.NOTICE_KINDS)


def summary_page(env: Environment, summary: Summary, briefings: list[Briefing],
                 model: SiteModel | None = None) -> str:
    model = model or site_model_for(briefings, summary)
    return env.get_template("summary.md.j2").render(
        s=summary, m=model, links=model.links, total=len(briefings), h=site_summary.home_page(summary),
        qualifier_groups=site_model.qualifier_groups, common_qualifier=site_model.common_qualifier, base="")


def person_page(env: Environment, person: PersonPage, model: SiteModel) -> str:
    return env.get_template("person.md.j2").render(p=person, links=model.links, base="../",
                                                   quotes=site_summary.wordings(person.quotes),
                                                   roles=site_summary.role_sources(person.roles))


def _copy_assets(files: dict[str, Path], docs: Path, report: RenderReport) -> None:
    """Every non-template file (CSS, JS) is copied to the same path in docs/."""
    for rel, path in files.items():
        if path.suffix != ".j2":
            _write_if_changed(docs / rel, path.read_text(encoding="utf-8"), report, docs)


def _remove_stale(folder: Path, wanted: set[str], docs: Path, report: RenderReport) -> None:
    for stale in folder.glob("*.md"):
        if stale.name != "index.md" and stale.name not in wanted:
            stale.unlink()
            report.deleted.append(stale.relative_to(docs).as_posix())


class PageMemo:
    """What each page was last rendered from, so an unchanged page is neither rendered nor compared.

    A page is skipped when the hash of its inputs (templates, generator code, the data it shows) is
    the one recorded and the file is still the one we wrote (same size, mtime, ctime and inode);
    anything else renders it again.  A missing or unreadable memo renders everything."""

    FILE = "pages.pickle"

    def __init__(self, folder: Path | None, docs: Path):
        self.file = folder / self.FILE if folder is not None else None
        self.docs = docs
        self.pages: dict[str, tuple[str, Any]] = self._read()
        self.seen: dict[str, tuple[str, Any]] = {}

    def _read(self) -> dict:
        try:
            value = pickle.loads(self.file.read_bytes()) if self.file is not None else {}
        except Exception:              # unreadable memo: render everything
            return {}
        return value if isinstance(value, dict) else {}

    def fresh(self, rel: str, inputs: Any) -> tuple[bool, str]:
        digest = hashlib.sha256(pickle.dumps(inputs, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
        old = self.pages.get(rel)
        same = old is not None and old[0] == digest and old[1] == signature(self.docs / rel)
        if same and old is not None:
            self.seen[rel] = old
        return same, digest

    def record(self, rel: str, digest: str) -> None:
        self.seen[rel] = (digest, signature(self.docs / rel))

    def save(self) -> None:
        if self.file is not None and self.seen != self.pages:
            try:
                write_atomic_bytes(self.file, pickle.dumps(self.seen, protocol=pickle.HIGHEST_PROTOCOL))
            except OSError:            # only the next render is slower
                pass


def _page(env: Environment, memo: PageMemo, docs: Path, rel: str, inputs: Any, make, report: RenderReport) -> None:
    """Render `make()` into docs/rel unless `inputs` are what it was last rendered from."""
    same, digest = memo.fresh(rel, (_TEMPLATE_STAMP.get(env), inputs))
    if same:
        report.unchanged += 1
        return
    _write_if_changed(docs / rel, make(), report, docs)
    memo.record(rel, digest)


_TEMPLATE_STAMP: "weakref.WeakKeyDictionary[Environment, str]" = weakref.WeakKeyDictionary()


def render_site(briefings: list[Briefing], summary: Summary, templates: Path | None, docs: Path,
                only: set[str] | None = None, memo_dir: Path | None = None,
                updates: site_updates.Updates | None = None) -> RenderReport:
    """Write index.md, sources/, people/ and assets; `only` limits source pages re-rendered (live loop).

    `templates` is the project's override folder (it may be missing): its files replace the built-in
    ones of the same name.

    With `memo_dir` (the project's cache folder), source and person pages whose inputs did not
    change since the last render are skipped without rendering them (see PageMemo)."""
    files = template_files(templates)
    env = environment(templates)
    _TEMPLATE_STAMP[env] = templates_stamp(files)
    memo = PageMemo(memo_dir, docs)
    model = site_model_for(briefings, summary)
    report = RenderReport()
    docs.mkdir(parents=True, exist_ok=True)
    if not (docs / ".gitignore").exists():
        write_atomic(docs / ".gitignore", DOCS_GITIGNORE, durable=False)
    _copy_assets(files, docs, report)
    # Each page's memo key is what that page shows, so an edit renders only the pages it reaches.
    people_links = {k: p.page for k, p in model.links.people.items()}
    link_rows = {r.id: (r.page, r.label, r.title, r.outlet, r.paragraphs) for r in model.rows}
    _page(env, memo, docs, "index.md", (summary, model.rows, sorted(people_links.items()), model.event),
          lambda: summary_page(env, summary, briefings, model), report)
    outlet_index = [site_model.SourceGroup(title="All sources", page="index")] if len(model.groups) > 1 else []
    outlets = [(g.title, g.page, [r.published for r in g.rows]) for g in model.groups]
    for group in outlet_index + model.groups:
        shown = outlets if group in outlet_index else group
        _page(env, memo, docs, f"sources/{group.page}.md", (group.page, shown, len(model.rows)),
              lambda group=group: sources_page(env, model, group), report)
    index_people = [(p.name, p.page, p.roles, len(p.sources), len(p.quotes)) for p in model.people]
    _page(env, memo, docs, "people/index.md", (index_people, model.organizations, model.places,
                                               model.people_without_page, link_rows),
          lambda: env.get_template("people.md.j2").render(m=model, links=model.links, base="../"), report)
    site_updates.render_pages(env, model.rows, model.links, updates or site_updates.Updates(), summary.title,
                              lambda rel, keys, make: _page(env, memo, docs, rel, keys, make, report))
    for b in briefings:
        if only is not None and b.source.id not in only:
            continue
        speakers = sorted({name_key(n) for q in b.quotes for n in q.speaker_names()})
        _page(env, memo, docs, f"sources/{page_name(b.source.id)}.md",
              (b, [(k, people_links.get(k)) for k in speakers]),
              lambda b=b: source_page(env, b, model), report)
    for person in model.people:
        sids = sorted({*person.sources, *person.roles, *(q.source for q in person.quotes if q.source)})
        _page(env, memo, docs, f"people/{person.page}.md",
              (person, [(sid, link_rows.get(sid)) for sid in sids], model.links.total),
              lambda person=person: person_page(env, person, model), report)
    _remove_stale(docs / "sources", {f"{r.page}.md" for r in model.rows} | {f"{g.page}.md" for g in model.groups},
                  docs, report)
    _remove_stale(docs / "people", {f"{p.page}.md" for p in model.people}, docs, report)
    if only is None:
        memo.save()
    return report
