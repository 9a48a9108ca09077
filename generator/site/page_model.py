"""What the site shows, computed from briefings + summary: pure functions, no I/O, no markup.

Kept apart from `render` so that the page model (who gets a person page, which names go in
the index, the one-line event, which facts are headlines) is testable without Jinja or MkDocs.
Everything here works with a thin summary (no entities yet) as well as a full one: people
and names fall back to what the per-source briefings and quote speakers say.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from generator.consolidate.name_keys import looks_like_name
from generator.facts.own_day import estimated, has_own_day
from generator.lexicon.calendar import MONTH_NAMES
from generator.lexicon.names import not_a_person_name
from generator.mentions.works import work_titles
from generator.model.briefing import Briefing, Entity, QuoteGroup, QuoteRef, Summary, SummaryFact
from generator.model.fields import YAML_KEY
from generator.model.ids import short_hash, slugify
from generator.model.kinds import EntityKind
from generator.text.matching import fold

# A page name must be safe as a file name and a URL part: ids come from YAML a person may edit.
_SAFE_PAGE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$")
NOTICE_KINDS = ("correction", "update")
LABEL_CHARS = 28


def page_name(ident: str) -> str:
    """File-safe page name for an id (no '/', '..', spaces or URL syntax); stable per id."""
    ident = str(ident)
    if _SAFE_PAGE.match(ident):
        return ident
    return f"{slugify(ident) or 'page'}-{short_hash(ident, 6)}"


def human_date(iso: Optional[str]) -> Optional[str]:
    """'2022-01-12' -> '12 January 2022'; '2022-01' -> 'January 2022'; anything else unchanged."""
    if not iso:
        return None
    text = str(iso)
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?)?", text)
    if m and 1 <= int(m.group(2)) <= 12:
        month = MONTH_NAMES[int(m.group(2)) - 1]
        return f"{int(m.group(3))} {month} {m.group(1)}" if m.group(3) else f"{month} {m.group(1)}"
    if re.fullmatch(r"[^/]+/[^/]+", text):            # ISO interval "2012/2018"
        start, end = text.split("/")
        return f"{human_date(start)} – {human_date(end)}"
    return text


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class SourceRow:
    """One source as the site lists it (the sources table, link labels)."""

    id: str
    page: str
    title: str
    label: str                 # short name for links: outlet, else shortened title
    outlet: Optional[str]
    published: Optional[str]
    quotes: int
    facts: int
    notices: int               # corrections and updates
    paragraphs: int = 0        # body paragraphs: anchors #p-1 … #p-N exist on its page


def source_rows(briefings: list[Briefing]) -> list[SourceRow]:
    rows = []
    for b in briefings:
        s = b.source
        title = s.title or s.file or s.id
        rows.append(SourceRow(id=s.id, page=page_name(s.id), title=title, label=shorten(s.outlet or title),
                              outlet=s.outlet, published=s.published, quotes=len(b.quotes),
                              facts=len(b.facts), notices=sum(n.kind in NOTICE_KINDS for n in b.notes),
                              paragraphs=len(b.body)))
    return rows


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


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison key for names: case, accents, dots, spacing, dashes and a leading 'the' do not matter
    ('François Hollande' = 'Francois Hollande', 'Mr. Abaaoud' = 'Mr Abaaoud', as in the entity index)."""
    text = fold(re.sub(r"[\u2010-\u2015-]", "-", str(name))).replace(".", "").strip(" '").casefold()
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


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
#: Rows per page of the sources index; a larger corpus gets one page per outlet (or part of one).
SOURCES_PER_PAGE = 500


@dataclass
class SourceGroup:
    """One page of the sources index: all sources (small corpus) or one outlet's (part of them)."""

    title: str
    page: str                  # page name under sources/; "index" for the index itself
    rows: list[SourceRow] = field(default_factory=list)


def source_groups(rows: list[SourceRow], per_page: int | None = None) -> list[SourceGroup]:
    """The sources index as pages: one when it is short, else by outlet (sources without one last),
    each at most `per_page` (default SOURCES_PER_PAGE) rows, so no page grows with the corpus."""
    per_page = per_page or SOURCES_PER_PAGE
    if len(rows) <= per_page:
        return [SourceGroup(title="All sources", page="index", rows=list(rows))]
    by_outlet: dict[str, list[SourceRow]] = {}
    for r in sorted(rows, key=lambda r: (r.outlet is None, name_key(r.outlet or ""), r.published or "", r.id)):
        by_outlet.setdefault(r.outlet or "", []).append(r)
    taken = {r.page for r in rows} | {"index"}
    groups = []
    for outlet, members in by_outlet.items():
        parts = [members[i:i + per_page] for i in range(0, len(members), per_page)]
        for n, part in enumerate(parts, 1):
            title = (outlet or "Outlet not named") + (f" ({n} of {len(parts)})" if len(parts) > 1 else "")
            page = f"by_outlet_{slugify(outlet) or 'none'}" + (f"_{n}" if len(parts) > 1 else "")
            while page in taken:
                page += "_"
            taken.add(page)
            groups.append(SourceGroup(title=title, page=page_name(page), rows=part))
    return groups


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


def people(summary: Summary, briefings: list[Briefing]) -> list[PersonPage]:
    """Person pages: the summary's person entities, then people and quote speakers not yet covered."""
    reg = _Registry(lambda name: PersonPage(name=name))
    not_people = {name_key(n) for e in summary.entities if e.kind != "person" for n in (e.name, *e.aliases)}
    not_people |= {name_key(t) for t in work_titles(p for b in briefings for p in b.body)}   # 'the book X'
    for e in summary.entities:
        if e.kind != "person" or name_key(e.name) in not_people or not_a_person_name(e.name):
            continue                     # a name the sources also give an organisation, a place or a work
        page = PersonPage(name=e.name, aliases=list(e.aliases), roles=dict(e.roles), sources=list(e.sources))
        reg.entries.append(page)
        reg.index(page, [e.name, *e.aliases])
    for b in briefings:
        for p in b.people:
            if (name_key(p.name) in not_people or not _person_like(p.name)) and name_key(p.name) not in reg.by_key:
                continue
            page = reg.get(p.name)
            page.sources.append(b.source.id)
            if p.role:
                page.roles.setdefault(b.source.id, p.role)
    quote_roles: dict[tuple[Any, Any], Optional[str]] = {(b.source.id, q.id): q.role for b in briefings for q in b.quotes}
    for g in summary.quotes:
        for speaker in g.speaker_names():       # people speaking together: the quote is on each one's page
            if (name_key(speaker) in not_people or not _person_like(speaker)) and name_key(speaker) not in reg.by_key:
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


@dataclass
class EventLine:
    """The event in one line: what, where, when (each left out when the page title already says it), and
    how the day is known when sources carry no date of their own (`dating`)."""

    what: str
    where: Optional[str] = None
    when: Optional[str] = None
    dating: Optional[str] = None


def _dating(briefings: list[Briefing]) -> Optional[str]:
    """What the page must say about days when sources carry no date of their own (issue 14: an undated source
    never borrows another's day; a corpus where none or few are dated reads its weekdays against the story's
    day)."""
    undated = sum(1 for b in briefings if not has_own_day(b))
    if not undated:
        return None
    if undated == len(briefings):
        return ("No source carries a date of its own: the story's day is the one most leads state, and "
                "weekdays and 'yesterday' in the sources are read against it (estimated).")
    if estimated(briefings):
        return (f"{undated} of {len(briefings)} sources carry no date of their own: their weekdays and "
                "'yesterday' are read against the story's day most leads state (estimated).")
    return (f"{undated} of {len(briefings)} sources carry no date of their own: their weekdays and "
            "'yesterday' are left undated.")


def event_line(summary: Summary, briefings: list[Briefing], places: list[Entity]) -> EventLine:
    titles = [b.source.title for b in briefings if b.source.title]
    what = summary.title or (titles[0] if titles else "Briefing")
    dating = _dating(briefings)
    if summary.event and summary.event.where:
        said = fold(summary.title or "")
        day = human_date(summary.event.when)
        return EventLine(what=what, where=None if fold(summary.event.where) in said else summary.event.where,
                         when=None if day and fold(day) in said else day, dating=dating)
    where = places[0].name if places and len(places[0].sources) > 1 else None
    dates = Counter(b.source.published[:10] for b in briefings if b.source.published)
    when = summary.anchor or (dates.most_common(1)[0][0] if dates else None)
    return EventLine(what=what, where=where, when=human_date(when), dating=dating)


def split_headline(facts: list[SummaryFact], limit: int = 12) -> tuple[list[SummaryFact], list[SummaryFact]]:
    """Headline facts (at most `limit`, in the summary's ranked order) and the other developments; background
    facts (offices, history) are in neither.  A summary written before facts were ranked (no background
    flag anywhere) is ranked here by corroboration, as it was then."""
    developments = [f for f in facts if not f.background]
    if len(developments) == len(facts):
        developments = sorted(developments, key=lambda f: -len(f.sources))
    return developments[:limit], developments[limit:]


def display_value(value: Any, unit: Optional[str] = None) -> str:
    """A fact value for people: thousands separators, ISO dates spelled out, unit after."""
    if value is None or value == "":
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, int):
        text = f"{value:,}"
    elif isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    elif isinstance(value, (list, tuple)):
        text = ", ".join(display_value(v) for v in value)
    elif isinstance(value, dict):
        text = "; ".join(f"{k}: {display_value(v)}" for k, v in value.items())
    else:
        text = str(value)
        if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text):
            text = human_date(text) or text
    if unit and unit not in ("date", "year") and text:
        text = f"{text} {unit}"
    return text


def qualifier_groups(fact: SummaryFact) -> list[tuple[str, list[str]]]:
    """[(qualifier, [source ids])] when the sources qualify the value differently, else []."""
    groups: dict[str, list[str]] = {}
    for sid in fact.sources:
        groups.setdefault(fact.qualifiers.get(sid) or "", []).append(sid)
    return list(groups.items()) if len(groups) > 1 else []


def common_qualifier(fact: SummaryFact) -> str:
    quals = {fact.qualifiers.get(sid) or "" for sid in fact.sources}
    return quals.pop() if len(quals) == 1 else ""


@dataclass
class SpeakerSection:
    """All quote groups of one speaker: the consolidator may give one group per statement."""

    speaker: Optional[str]
    role: Optional[str] = None
    groups: list[QuoteGroup] = field(default_factory=list)
    names: list[str] = field(default_factory=list)     # everyone speaking: one, or the people of a joint speaker


def speaker_sections(groups: list[QuoteGroup]) -> list[SpeakerSection]:
    """One section per speaker in first-seen order, unattributed quotes last; empty groups dropped."""
    sections: dict[str, SpeakerSection] = {}
    for g in groups:
        if not g.sources:
            continue
        key = name_key(g.speaker) if g.speaker else ""
        sec = sections.setdefault(key, SpeakerSection(speaker=g.speaker, names=g.speaker_names()))
        sec.role = sec.role or g.role
        sec.groups.append(g)
    return sorted(sections.values(), key=lambda s: s.speaker is None)


def group_sources(group: QuoteGroup) -> list[str]:
    """Distinct sources that carry one statement (its corroboration)."""
    return list(dict.fromkeys(item.source for item in group.sources if item.source))
