"""People, organisations and places as the site lists them: who gets a person page and what is on it.

A person's page gathers the summary's person entity, the people each source names and the speakers of the
quote groups, each quote with the role its source gives; a name the sources also give an organisation, a place
or a work gets none.  In a large corpus only people named in enough sources get a page (`worth_a_page`).
The index of organisations and places (`names`) is built the same way.  Pure, like `page_model`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from generator.consolidate.name_keys import looks_like_name
from generator.lexicon.names import article_and_one_name, honorific_and_given_name, not_a_person_name
from generator.mentions.works import work_titles
from generator.model.briefing import Briefing, Entity, Person, QuoteGroup, QuoteRef, Summary
from generator.model.fields import YAML_KEY
from generator.model.ids import short_hash, slugify
from generator.model.kinds import EntityKind
from generator.site.page_model import name_key, page_name


@dataclass
class PersonQuote(QuoteRef):
    """One source's wording of a quote on its speaker's page: the role that source gives, who else speaks it."""

    role: Optional[str] = None
    together: Optional[str] = field(default=None, metadata={YAML_KEY: "with"})   # a joint speaker ('A, B and C')


@dataclass
class PersonPage(Entity):
    """One person across sources (an entity of kind person): roles as each source gives them, their page and
    quotes."""

    kind: EntityKind = "person"
    page: str = ""
    quotes: list[PersonQuote] = field(default_factory=list)


def _dedupe_sources(entries: list) -> None:
    """Each entry's sources once, first-seen order (appending everywhere and de-duplicating once keeps
    this linear: `sid not in sources` per append was quadratic for a person named in thousands)."""
    for entry in entries:
        entry.sources = list(dict.fromkeys(entry.sources))


class _Registry:
    """Entries found by name or alias; unknown names get a new entry."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        self.entries: list = []
        self.by_key: dict[str, Any] = {}
        self.make = make

    def index(self, entry, names: list[str]) -> None:
        for n in names:
            self.by_key.setdefault(name_key(n), entry)

    def get(self, name: str):
        entry = self.by_key.get(name_key(name))
        if entry is None:
            entry = self.make(name)
            self.entries.append(entry)
            self.index(entry, [name])
        return entry


def _assign_pages(pages: list[PersonPage]) -> None:
    taken: set[str] = set()
    for p in pages:
        base = page_name(slugify(p.name) or f"person-{short_hash(p.name, 6)}")
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        p.page = slug


#: Up to this many sources every person gets a page; above it only people worth one (below).
ALL_PEOPLE_PAGES_UP_TO = 100
#: Above that, a person page needs at least 2 sources and this share of all sources (0.25%: 3 of 1,000).
PERSON_PAGE_SHARE = 0.0025
def min_sources_for_page(total_sources: int) -> int:
    """Sources that must name a person for them to get a page (1 in a small corpus).

    A person named in one source says nothing on a page of their own that the source's page (with
    their quotes) does not; in a large corpus a person named in a handful of thousands of sources is
    a detail of those sources, found through them or the search.  Each page costs the site build
    ~7 ms, and with a share the number of person pages stays bounded as the corpus grows."""
    if total_sources <= ALL_PEOPLE_PAGES_UP_TO:
        return 1
    return max(2, math.ceil(total_sources * PERSON_PAGE_SHARE))


def worth_a_page(person: PersonPage, total_sources: int) -> bool:
    return len(person.sources) >= min_sources_for_page(total_sources)


def _person_like(name: str) -> bool:
    """Written like a person's name: not a bare title ('Rev'), a venue, a group or an organisation."""
    return looks_like_name(name) and not not_a_person_name(name)


def _add_group(page: PersonPage, g: QuoteGroup, quote_roles: dict) -> None:
    """A quote group on a speaker's page, with the role each source gives and who else speaks it."""
    together = g.speaker if len(g.speaker_names()) > 1 else None
    for item in g.sources:
        sid = item.source
        role = quote_roles.get((sid, item.quote)) or g.role
        page.quotes.append(PersonQuote(sid, item.quote, item.text, item.paragraph, role, together))
        if sid:
            page.sources.append(sid)
            if role:
                page.roles.setdefault(sid, role)


def _not_this_person(name: str, role: Optional[str] | dict, not_people: set[str]) -> bool:
    """A name the sources also give an organisation, a place or a work, or an article and one name ('Le
    Carillon') or a surname's honorific and a given name ('Miss Ann') with no role to say it is a person."""
    return name_key(name) in not_people or (article_and_one_name(name) or honorific_and_given_name(name)) and not role


def _addressed_only(p: Person) -> bool:
    """A one-word name the source writes only after a surname's honorific, as a given name ('Ann', written
    'Miss Ann'), with no role: `honorific_and_given_name`."""
    return not p.role and len(p.name.split()) == 1 and bool(p.mentions) and all(
        honorific_and_given_name(m) or m == p.name for m in p.mentions) and any(map(honorific_and_given_name, p.mentions))


def _no_page(name: str, role: Optional[str] | dict, not_people: set[str]) -> bool:
    """A name that gets no page of its own: `_not_this_person`, or not written like a person's."""
    return _not_this_person(name, role, not_people) or not _person_like(name)


def _entity_gets_a_page(e: Entity, not_people: set[str]) -> bool:
    """A person entity, unless `_not_this_person` or no person's name ('Boulevard Voltaire')."""
    return e.kind == "person" and not (not_a_person_name(e.name) or _not_this_person(e.name, e.roles, not_people))


def people(summary: Summary, briefings: list[Briefing]) -> list[PersonPage]:
    """Person pages: the summary's person entities, then people and quote speakers not yet covered."""
    reg = _Registry(lambda name: PersonPage(name=name))
    not_people = {name_key(n) for e in summary.entities if e.kind != "person" for n in (e.name, *e.aliases)}
    not_people |= {name_key(t) for t in work_titles(p for b in briefings for p in b.body)}   # 'the book X'
    for e in summary.entities:
        if not _entity_gets_a_page(e, not_people):
            continue
        page = PersonPage(name=e.name, aliases=list(e.aliases), roles=dict(e.roles), sources=list(e.sources))
        reg.entries.append(page)
        reg.index(page, [e.name, *e.aliases])
    for b in briefings:
        for p in b.people:
            if (_no_page(p.name, p.role, not_people) or _addressed_only(p)) and name_key(p.name) not in reg.by_key:
                continue
            page = reg.get(p.name)
            page.sources.append(b.source.id)
            if p.role:
                page.roles.setdefault(b.source.id, p.role)
    quote_roles: dict[tuple[Any, Any], Optional[str]] = {(b.source.id, q.id): q.role for b in briefings for q in b.quotes}
    for g in summary.quotes:
        for speaker in g.speaker_names():       # people speaking together: the quote is on each one's page
            if _no_page(speaker, None, not_people) and name_key(speaker) not in reg.by_key:
                continue                     # an organisation's statement (a tweet by @NATO) gets no person page
            _add_group(reg.get(speaker), g, quote_roles)
    _dedupe_sources(reg.entries)
    pages = sorted(reg.entries, key=lambda p: (-len(p.sources), -len(p.quotes), name_key(p.name)))
    _assign_pages(pages)
    return pages


def names(summary: Summary, briefings: list[Briefing], kind: EntityKind) -> list[Entity]:
    """Organisations (kind='organization') or places (kind='place') for the index, most-cited first: entities
    with the sources that name them."""
    reg = _Registry(lambda name: Entity(name=name, kind=kind))
    for e in summary.entities:
        if e.kind == kind:
            entry = Entity(name=e.name, kind=kind, aliases=list(e.aliases), sources=list(e.sources))
            reg.entries.append(entry)
            reg.index(entry, [e.name, *e.aliases])
    for b in briefings:
        for n in (b.organizations if kind == "organization" else b.places):
            if str(n).strip():
                reg.get(str(n)).sources.append(b.source.id)
    _dedupe_sources(reg.entries)
    return sorted(reg.entries, key=lambda e: (-len(e.sources), name_key(e.name)))
