"""Writers: briefings + summary -> Markdown pages in `docs/` through Jinja templates.

Every string that came from an article goes through `md_escape` (Jinja `finalize`), so it
shows as literal text: it cannot run as Jinja (templates are never built from data), break
Markdown structure, or inject HTML.  Trusted markup built here is wrapped in `Markup`; the
helpers in `SiteLinks` (`links`) escape what they put inside it; the escaping is `escape`.  What each page
shows is decided in `page_model` (pure); this module only turns it into Markdown and writes files (a page
only when its inputs changed, `PageMemo`).
"""
from __future__ import annotations

import hashlib
import pickle
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.model.briefing import Briefing, Entity, Summary
from generator.site import entity_pages
from generator.site import home as site_summary
from generator.site import page_model as site_model
from generator.site import updates as site_updates
from generator.text.numerals import counted
from generator.site.escape import attr_escape, front_matter_title, md_escape, safe_url
from generator.site.links import SiteLinks, evidence_paragraph, paragraph_number
from generator.site.entity_pages import PersonPage
from generator.site.page_model import SourceRow, name_key, page_name
from generator.site.theme import DEFAULT_TEMPLATES, DOCS_GITIGNORE, template_files, templates_stamp
from generator.store.atomic import write_atomic, write_atomic_bytes
from generator.store.cache import signature


def environment(templates: Path | None) -> Environment:
    """Jinja environment over the project's `templates` overrides (when present), then the built-in ones."""
    search = [str(f) for f in (templates, DEFAULT_TEMPLATES) if f is not None and f.is_dir()]
    env = Environment(loader=FileSystemLoader(search), finalize=md_escape, undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_attr"] = attr_escape
    env.filters["safe_url"] = safe_url
    env.filters["front_matter_title"] = front_matter_title
    env.filters["counted"] = counted
    env.filters["pct"] = lambda n, d: f"{n} of {d}"
    env.filters["value"] = site_model.display_value
    env.filters["qualified"] = site_model.qualified_value
    env.filters["human_date"] = site_model.human_date
    env.filters["human_time"] = site_updates.human_time
    env.filters["para"] = paragraph_number
    env.filters["evidence_para"] = evidence_paragraph
    env.globals.update(  # caps and page models the templates use (see site_summary)
        home_sources=site_summary.HOME_SOURCES, wording_links=site_summary.WORDING_LINKS,
        person_sources=site_summary.PERSON_SOURCES, min_sources_for_page=entity_pages.min_sources_for_page,
        role_sources=site_summary.role_sources, evidence_wordings=site_summary.evidence_wordings,
        conflict_values=site_summary.conflict_values, uncovered_sources=site_summary.uncovered_sources,
        fact_rows=site_model.fact_rows)
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
    people: list[PersonPage]                # those with a page (see entity_pages.worth_a_page)
    organizations: list[Entity]
    places: list[Entity]
    event: site_model.EventLine
    links: SiteLinks
    groups: list[site_model.SourceGroup] = field(default_factory=list)   # pages of the sources index
    people_without_page: int = 0


def site_model_for(briefings: list[Briefing], summary: Summary) -> SiteModel:
    rows = site_model.source_rows(briefings)
    everyone = entity_pages.people(summary, briefings)
    people = [p for p in everyone if entity_pages.worth_a_page(p, len(briefings))]
    by_key: dict[str, PersonPage] = {}
    for p in people:
        for n in (p.name, *p.aliases):
            by_key.setdefault(name_key(n), p)
    places = entity_pages.names(summary, briefings, "place")
    links = SiteLinks(sources={r.id: r for r in rows}, people=by_key, total=len(briefings))
    return SiteModel(summary=summary, briefings=briefings, rows=rows, people=people,
                     organizations=entity_pages.names(summary, briefings, "organization"), places=places,
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
