"""What the summary home and the person pages show at any corpus size: ranked, capped, deduplicated.

A briefing is read top to bottom, so the home page must not grow with the corpus: each section
is ranked (by how many sources support an item), cut to a fixed number, and says how many items
it left out and where they are.  The caps are above what a small briefing has (the demo's five
sources show everything).  Selected items keep the summary's own order (timeline: by date), so
nothing moves when nothing is left out.  Pure functions, no markup (see `site_model`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from generator.model.briefing import Conflict, ConflictValue, Located, QuoteGroup, Said, Summary, SummaryFact
from generator.site.page_model import SpeakerSection, group_sources, name_key, speaker_sections, split_headline

#: Headline facts shown open, and at most this many more in the collapsed block.
HEADLINE_FACTS = 12
MORE_FACTS = 40
#: Speakers with a section on the home page (the most quoted), and statements shown per speaker.
SPEAKERS = 25
STATEMENTS_PER_SPEAKER = 8
#: Distinct wordings shown per statement and per conflicting value (a wording lists its sources) …
STATEMENT_WORDINGS = 2
EVIDENCE_WORDINGS = 3
#: … and source links per wording (its badge gives the full count; the person page lists more).
WORDING_LINKS = 3
#: Values shown per conflict (the most reported; a conflict's sources show as its evidence).
CONFLICT_VALUES = 8
#: Timeline dates shown (those most sources support), in date order.
TIMELINE_EVENTS = 40
#: Up to this many sources the home page lists them in a table; above it, it links the sources index.
HOME_SOURCES = 25
#: Sources listed at the end of a person page (their quotes and roles link their own sources).
PERSON_SOURCES = 50

_NOT_WORD = re.compile(r"[\W_]+")


def wording_key(text: Any) -> str:
    """Two reports of the same words (case, punctuation, curly or straight apostrophes aside) match."""
    return _NOT_WORD.sub(" ", str(text or "").casefold()).strip()


@dataclass
class Wording:
    """One wording of a statement and every source that reports it (first-seen order)."""

    text: str
    first: Any                                             # the first item: its role, `origin` …
    sources: list[str] = field(default_factory=list)
    paragraphs: dict[str, Located] = field(default_factory=dict)   # source id -> where it says so


def wordings(items: Sequence[Said]) -> list[Wording]:
    """Items (quote references, evidence) grouped by wording, most-reported first (ties: first seen).

    The same quote reported by 90 sources is one wording with 90 sources, not 90 lines."""
    found: dict[str, Wording] = {}
    for item in items:
        key = wording_key(item.text)
        w = found.get(key)
        if w is None:
            w = found[key] = Wording(text=str(item.text or ""), first=item)
        sid = item.source
        if sid and sid not in w.paragraphs:
            w.sources.append(sid)
            w.paragraphs[sid] = item
    return sorted(found.values(), key=lambda w: -len(w.sources))


@dataclass
class Statement:
    """One quote group on the home page: its wordings (capped) and how many sources carry it."""

    wordings: list[Wording]
    sources: int
    wordings_left_out: int = 0


@dataclass
class SpeakerView:
    speaker: Optional[str]
    role: Optional[str]
    statements: list[Statement]
    statements_left_out: int = 0
    names: list[str] = field(default_factory=list)     # each person of a joint speaker links to their own page


@dataclass
class Capped:
    """Items shown and how many were left out."""

    shown: list
    left_out: int = 0


@dataclass
class HomePage:
    headline: list[SummaryFact]
    more_facts: Capped
    speakers: Capped                    # of SpeakerView (the unattributed section last, when there is one)
    speakers_quoted: int                # attributed speakers in the whole summary
    timeline: Capped                    # the story's days (or every date when the summary has no story day)
    conflicts: list[Conflict]           # all of them: the disagreements are the product
    background: Capped = field(default_factory=lambda: Capped([]))           # offices, history (facts)
    background_dates: Capped = field(default_factory=lambda: Capped([]))     # dates before the story


def first(items: list, limit: int) -> Capped:
    """The first `limit` items (already ranked) and how many were left out."""
    return Capped(items[:limit], max(0, len(items) - limit))


def top_in_order(items: list, score, limit: int) -> Capped:
    """The `limit` items with the highest score, in their original order (ties: earlier first)."""
    if len(items) <= limit:
        return Capped(list(items))
    ranked = sorted(range(len(items)), key=lambda i: -score(items[i]))[:limit]
    return Capped([items[i] for i in sorted(ranked)], len(items) - limit)


def statement(group: QuoteGroup, limit: int = STATEMENT_WORDINGS) -> Statement:
    shown = first(wordings(group.sources), limit)
    return Statement(wordings=shown.shown, sources=len(group_sources(group)), wordings_left_out=shown.left_out)


def _speaker_view(section: SpeakerSection) -> SpeakerView:
    groups = top_in_order(section.groups, lambda g: len(group_sources(g)), STATEMENTS_PER_SPEAKER)
    return SpeakerView(speaker=section.speaker, role=section.role,
                       statements=[statement(g) for g in groups.shown], statements_left_out=groups.left_out,
                       names=section.names)


def _section_sources(section: SpeakerSection) -> int:
    return len({sid for g in section.groups for sid in group_sources(g)})


def speakers(groups: list[QuoteGroup], limit: int = SPEAKERS) -> Capped:
    """The most quoted speakers (by distinct sources), in first-seen order; unattributed quotes last."""
    sections = speaker_sections(groups)
    named = [s for s in sections if s.speaker]
    chosen = top_in_order(named, _section_sources, limit)
    shown = chosen.shown + [s for s in sections if not s.speaker]
    return Capped([_speaker_view(s) for s in shown], chosen.left_out)


def evidence_wordings(value: ConflictValue, limit: int = EVIDENCE_WORDINGS) -> Capped:
    """What the sources say for one conflicting value: each distinct sentence once, with its sources."""
    return first(wordings(value.evidence), limit)


def conflict_values(conflict: Conflict, limit: int = CONFLICT_VALUES) -> Capped:
    """The values most sources report, in the conflict's order; every conflict is shown, each compact."""
    return top_in_order(conflict.values, lambda v: len(v.sources), limit)


def uncovered_sources(value: ConflictValue) -> list[str]:
    """Sources of a conflicting value that none of its evidence sentences names (shown beside the badge)."""
    cited = {e.source for e in value.evidence}
    return [sid for sid in value.sources if sid not in cited]


def home_page(summary: Summary) -> HomePage:
    headline, rest = split_headline(summary.facts, HEADLINE_FACTS)
    story = [t for t in summary.timeline if not t.background]
    timeline = top_in_order(story, lambda t: len(t.sources), TIMELINE_EVENTS)
    older = top_in_order([t for t in summary.timeline if t.background], lambda t: len(t.sources), TIMELINE_EVENTS)
    return HomePage(headline=headline, more_facts=first(rest, MORE_FACTS),
                    background=first([f for f in summary.facts if f.background], MORE_FACTS), background_dates=older,
                    speakers=speakers(summary.quotes),
                    speakers_quoted=len({name_key(g.speaker) for g in summary.quotes if g.speaker and g.sources}),
                    timeline=timeline, conflicts=list(summary.conflicts))


def role_sources(roles: dict[str, str]) -> list[tuple[str, list[str]]]:
    """A person's roles as [(role, [source ids])], the role most sources give first (ties: first seen)."""
    by_role: dict[str, tuple[str, list[str]]] = {}        # casefolded role -> (first spelling, sources)
    for sid, role in roles.items():
        if role and str(role).strip():
            by_role.setdefault(" ".join(str(role).casefold().split()), (str(role), []))[1].append(sid)
    return sorted(by_role.values(), key=lambda kv: -len(kv[1]))
