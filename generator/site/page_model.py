"""What the site shows, computed from briefings + summary: pure functions, no I/O, no markup.

Kept apart from `render` so that the page model (who gets a person page and which names go in the index,
in `entity_pages`; the one-line event, which facts are headlines) is testable without Jinja or MkDocs.
Everything here works with a thin summary (no entities yet) as well as a full one: people
and names fall back to what the per-source briefings and quote speakers say.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from generator.consolidate.story_place import names_place
from generator.facts.own_day import estimated, has_own_day
from generator.model.briefing import Briefing, Entity, Fact, QuoteGroup, Summary, SummaryFact
from generator.model.ids import short_hash, slugify
from generator.text.days import human_date
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


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison key for names: case, accents, dots, spacing, dashes and a leading 'the' do not matter
    ('François Hollande' = 'Francois Hollande', 'Mr. Abaaoud' = 'Mr Abaaoud', as in the entity index)."""
    text = fold(re.sub(r"[\u2010-\u2015-]", "-", str(name))).replace(".", "").strip(" '").casefold()
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


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


@dataclass
class EventLine:
    """The event in one line: what, where, when (each left out when the page title already says it), and
    how the day is known when sources carry no date of their own (`dating`)."""

    what: str
    where: Optional[str] = None
    when: Optional[str] = None
    dating: Optional[str] = None


def _dating(briefings: list[Briefing], when: Optional[str] = None) -> Optional[str]:
    """What the page must say about days when sources carry no date of their own (issue 14: an undated source
    never borrows another's day; a corpus where none or few are dated reads its weekdays against the story's
    day the leads state, an estimate; with no such day they stay undated).  `when`: the event's."""
    undated = sum(1 for b in briefings if not has_own_day(b))
    if not undated:
        return None
    if undated == len(briefings):
        if when and re.fullmatch(r"\d{4}-\d\d-\d\d", when):
            return ("No source carries a date of its own: the story's day is the one most leads state, and "
                    "weekdays and 'yesterday' in the sources are read against it (estimated).")
        said = f" the text dates the story only to {human_date(when)};" if when else ""
        return (f"No source carries a date of its own and no lead states the story's day:{said} weekdays and "
                "'yesterday' in the sources are left undated.")
    if estimated(briefings):
        return (f"{undated} of {len(briefings)} sources carry no date of their own: their weekdays and "
                "'yesterday' are read against the story's day most leads state (estimated).")
    return (f"{undated} of {len(briefings)} sources carry no date of their own: their weekdays and "
            "'yesterday' are left undated.")


def event_line(summary: Summary, briefings: list[Briefing], places: list[Entity]) -> EventLine:
    titles = [b.source.title for b in briefings if b.source.title]
    what = summary.title or (titles[0] if titles else "Briefing")
    dating = _dating(briefings, summary.event.when if summary.event else summary.anchor)
    if summary.event and (summary.event.what or summary.event.where):      # no place guessed past the event's
        said = fold(summary.title or "")
        day = human_date(summary.event.when)
        place = summary.event.where
        return EventLine(what=what, where=place if place and not names_place(summary.title or "", place) else None,
                         when=None if day and fold(day) in said else day, dating=dating)
    where = places[0].name if places and len(places[0].sources) > 1 else None
    dates = Counter(b.source.published[:10] for b in briefings if b.source.published)
    when = summary.anchor or (dates.most_common(1)[0][0] if dates else None)
    return EventLine(what=what, where=where, when=human_date(when), dating=dating)


@dataclass
class FactRow:
    """A row of a source page's facts table: one sentence and every value read from it, so that a sentence
    with four numbers ('427,000 staff, a turnover of $270bn, assets of $600bn, 80 units') is shown once."""

    statement: str
    paragraph: Optional[int]
    facts: list[Fact]


def fact_rows(facts: list[Fact]) -> list[FactRow]:
    """The facts grouped by the sentence they were read from, in the order of each sentence's first fact."""
    rows: dict[tuple[str, Optional[int]], FactRow] = {}
    for fact in facts:
        rows.setdefault((fact.statement, fact.paragraph), FactRow(fact.statement, fact.paragraph, [])).facts.append(fact)
    return list(rows.values())


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
    elif isinstance(value, (int, float)) and _large_round(value):
        text = _large_round(value)
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
            return human_date(text) or text      # its unit is how precise the date is ('month'): no unit to read
    if unit and unit not in ("date", "year") and text:
        text = f"{text} {_singular(unit) if value == 1 else unit}"
    return text


#: A hedge that is itself the amount: 'dozens of firms' is read as at least 12, but shown as the text says it.
_VAGUE_AMOUNT = re.compile(r"(?:dozens|scores|hundreds|thousands|millions|billions|tens of thousands) of", re.I)


def qualified_value(value: Any, unit: Optional[str] = None, qualifier: Optional[str] = None) -> str:
    """A fact's value with its hedge ('at least 62 dead', 'as many as 3,000 firms'); a vague amount as written
    ('dozens of firms', not 'dozens of 12 firms')."""
    if qualifier and _VAGUE_AMOUNT.fullmatch(qualifier.strip()) and unit:
        return f"{qualifier.strip()} {unit}"
    shown = display_value(value, unit)
    return f"{qualifier} {shown}" if qualifier and shown else shown


_LARGE = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def _large_round(value: float) -> str:
    """'11 billion', '8.5 billion', '1.25 million' for a round amount of millions or more, as news writes them
    ('$11bn'), where '11,000,000,000' is hard to read; '' for any other value (427,000; 1,234,567)."""
    for size, word in _LARGE:
        if abs(value) >= size:
            scaled = value / size
            if round(scaled, 2) == scaled:
                return f"{scaled:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            return ""
    return ""


def _singular(unit: str) -> str:
    """'1 decade', '1 seat': a plural unit after the number one."""
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


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
