"""Consolidation across sources: who is who, what the sources agree on, where they contradict each other,
which statements several sources quote, and the timeline: `briefings/summary.yaml` and the home page.

Pure: briefings (+ the summary as last written, possibly edited by a person) -> Summary.  A `resolution`
a person wrote on a conflict is carried over to the new conflict with the same id; a merge marked
`undo: true` keeps that alias apart.
"""
from __future__ import annotations

import gc
import re
from collections import Counter
from contextlib import contextmanager
from datetime import date as Date

from generator.consolidate import agreement, claims, slots
from generator.consolidate.entities import EntityIndex, build_entities
from generator.consolidate.quote_groups import group_quotes
from generator.consolidate.speaker_conflicts import speaker_conflicts
from generator.consolidate.statements import agreed_statements
from generator.consolidate.timeline import build_timeline
from generator.facts import resolve as date_resolve
from generator.model.briefing import Briefing, Conflict, Summary, TimelineEvent
from generator.text.matching import may_contain

_TITLE_WORDS = 8           # longer 'event names' are sentences
_PLACE_CANDIDATES = 20      # the event's place is among the places most sources name
_MEETING_WORDS = re.compile(r"\b(meeting|meetings|talks|summit|council|conference|session|negotiations)\b", re.I)
#: Every match of `_MEETING_WORDS` contains one of these in lower case.
_MEETING_STEMS = ("meeting", "talks", "summit", "council", "conference", "session", "negotiations")


def corpus_anchor(briefings: list[Briefing]) -> str | None:
    """The event's day (the one definition; the home page's title and the claims use it): the day most sources
    already date the story to (a relative date resolved against the source's own day, or a day whose mention
    speaks of a meeting or is an event fact's date), when that is a majority of them; else a publication or
    tweet day whose weekday the sources name most; else the most common such story day (the latest wins a tie).
    A background day ('the September 11 attacks') is never the anchor.  It is worked out afresh from the
    briefings at every build and never used to date an article: each source's dates come from its own day."""
    days = Counter(d for b in briefings for d in dict(_story_days(b)))
    first: dict[str, int] = {}                  # a tie goes to the day the ledes name (news opens on its event)
    for b in briefings:
        for d, paragraph in _story_days(b):
            first[d] = min(first.get(d, paragraph), paragraph)
    best = max(days, key=lambda d: (days[d], -first[d], d)) if days else None
    if best and 2 * days[best] >= len(briefings):
        return best
    return _named_publication_day(briefings) or best


def _named_publication_day(briefings: list[Briefing]) -> str | None:
    """A publication or embedded-tweet day whose weekday the sources name most ('on Wednesday'); latest on a tie."""
    candidates = [(str(b.source.published)[:10], b.source.id) for b in briefings if b.source.published]
    candidates += [(str(n.date)[:10], b.source.id) for b in briefings for n in b.notes if n.kind == "tweet" and n.date]
    votes: Counter = Counter()
    for b in briefings:
        votes.update(date_resolve.weekday_votes(b.dates))
    chosen = date_resolve.pick_anchor(candidates, votes)
    return chosen[0] if chosen else None


def _story_days(b: Briefing) -> list[tuple[str, int]]:
    """(day, paragraph) of each mention by which this source dates the story (a note's comes after the body)."""
    events = {str(f.value) for f in b.facts if f.kind == "event" and f.value}
    return [(m.date, m.paragraph or len(b.body) + 1) for m in b.dates if m.date and m.granularity == "day"
            and (m.relative or m.date in events or _MEETING_WORDS.search(m.event or "") or m.paragraph is None)]


def speaks_of_meetings(text: str) -> bool:
    """Whether `_MEETING_WORDS` occurs (its slow re.I scan only where one of its words may be)."""
    return may_contain(text, _MEETING_STEMS) and _MEETING_WORDS.search(text) is not None


def main_place(briefings: list[Briefing], entities: EntityIndex, what: str) -> str | None:
    """The place most sources put the event in: named in a place fact, or 'in/at X' next to meeting words."""
    widespread = [e for e in entities.entities if e.kind == "place" and e.name not in what][:_PLACE_CANDIDATES]
    if not widespread:
        return None
    name_of = {n: e.name for e in widespread for n in (e.name, *e.aliases)}
    names = "|".join(map(re.escape, sorted(name_of, key=len, reverse=True)))
    in_at = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(" + names + r")\b")
    named = re.compile(r"\b(" + names + r")\b")
    score: Counter[str] = Counter()
    for b in briefings:
        place_facts = " ".join(str(f.value) for f in b.facts if f.kind in ("place", "event") and f.value)
        meeting_text = " ".join(p for p in b.body if speaks_of_meetings(p))
        for place in sorted({name_of[m] for m in named.findall(place_facts)}):    # sorted: a tie goes to the
            score[place] += 2                                                    # first counted, never to
        for place in sorted({name_of[m] for m in in_at.findall(meeting_text)}):  # the hash seed's order
            score[place] += 1
    return score.most_common(1)[0][0] if score else None


def looks_like_event(label: str | None) -> bool:
    """A name for the title line ('NATO-Russia Council meeting', 'talks'), not a clause cut out of a sentence
    ('noting that NATO has only invoked its collective defense clause')."""
    if not label or not _MEETING_WORDS.search(label) or len(label.split()) > _TITLE_WORDS or label.endswith("."):
        return False
    first = label.split()[0]
    return not first[0].islower() or bool(_MEETING_WORDS.fullmatch(first))


def event_title(briefings: list[Briefing], timeline: list[TimelineEvent], entities: EntityIndex,
                anchor: str | None) -> tuple[str | None, str | None]:
    """(the event in one line: what, where, when; the place) e.g. 'NATO-Russia Council meeting, Brussels, 12 January 2022'."""
    named = Counter(f.subject for b in briefings for f in b.facts if f.kind == "event" and looks_like_event(f.subject)
                    and f.value in (anchor, None))     # None: a relative date the source could not resolve
    on_anchor = [e for e in timeline if e.date == anchor and looks_like_event(e.event)]
    what = named.most_common(1)[0][0] if named else (
        max(on_anchor, key=lambda e: (len(e.sources), -len(e.event))).event if on_anchor else None)
    what = what[0].upper() + what[1:] if what else None
    where = main_place(briefings, entities, what or "")
    when = None
    if anchor and re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor):
        d = Date.fromisoformat(anchor)
        when = f"{d.day} {d.strftime('%B')} {d.year}"
    if what and where and where.lower() in what.lower():
        where = None
    parts = [p for p in (what, where, when) if p]
    return (", ".join(parts) if parts else None), where


def between_sources(c: Conflict) -> bool:
    """A conflict is sources disagreeing: two of its values must not rest on the very same sources (one
    article giving two years for a background event is its own muddle, not a disagreement between sources)."""
    groups = [frozenset(v.sources) for v in c.values]
    return any(a != b for i, a in enumerate(groups) for b in groups[:i])


def _carry_resolutions(conflicts: list[Conflict], previous: Summary | None) -> None:
    if not previous:
        return
    written = {c.id: c.resolution for c in previous.conflicts if c.resolution not in (None, "")}
    for c in conflicts:
        if c.id in written:
            c.resolution = written[c.id]


def _unique_ids(conflicts: list) -> None:
    seen: Counter[str] = Counter()
    for c in conflicts:
        seen[c.id] += 1
        if seen[c.id] > 1:
            c.id = f"{c.id}-{seen[c.id]}"


@contextmanager
def _collector_paused():
    """CPython's cyclic collector rescans every live object on each full pass, so a run that allocates
    hundreds of thousands of small objects (10,000 sources) spends more time there than in the matching
    (measured: 18 s with it, 9.7 s without).  This stage makes no reference cycles; pause it, then restore."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def consolidate(briefings: list[Briefing], previous: Summary | None = None) -> Summary:
    """All sources -> the consolidated view (entities, agreed facts, conflicts, shared quotes, timeline)."""
    with _collector_paused():
        return _consolidate(briefings, previous)


def _consolidate(briefings: list[Briefing], previous: Summary | None) -> Summary:
    briefings = sorted(briefings, key=lambda b: b.source.id)     # the same summary whatever the load order
    entities = build_entities(briefings, previous.merges if previous else None)
    anchor = corpus_anchor(briefings)
    timeline, date_conflicts, dated = build_timeline(briefings)
    title, where = event_title(briefings, timeline, entities, anchor)
    places = [n for e in entities.entities if e.kind == "place" for n in (e.name, *e.aliases)]
    observations = agreement.observations(briefings, entities, agreement.main_event_subject(where, places))
    said = claims.claim_observations(briefings, claims.Context(entities))
    slot_conflicts, updates = slots.compare(briefings, entities)
    conflicts = [c for c in agreement.find_conflicts(observations + said) + slot_conflicts + date_conflicts
                 + speaker_conflicts(briefings, entities) if between_sources(c)]
    _unique_ids(conflicts)
    _unique_ids(updates)
    _carry_resolutions(conflicts, previous)
    titles = [o for o in observations if o.family == "title"]
    facts = agreement.agreed_facts([o for o in observations if o.family != "title"]) + agreed_statements(briefings)
    known_dates = {str(f.value) for f in facts if f.unit in ("date", "year")}
    facts += [f for f in dated if f.value not in known_dates]     # dated events not already a date fact
    # titles every source agrees on are background (entities list each source's), so they come last
    facts = sorted(facts, key=lambda f: -len(f.sources)) + agreement.agreed_facts(titles)
    return Summary(title=title, anchor=anchor, entities=entities.entities, facts=facts,
                   conflicts=conflicts, updates=updates, quotes=group_quotes(briefings, entities), timeline=timeline,
                   merges=entities.merges)


__all__ = ["consolidate", "corpus_anchor", "event_title"]
