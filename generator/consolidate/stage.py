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
from dataclasses import replace

from generator.consolidate import agreement, claims, developments, slots, story
from generator.consolidate.boilerplate import repeated_background
from generator.consolidate.comparisons import comparison_conflicts
from generator.consolidate.entities import EntityIndex, build_entities
from generator.consolidate.event_days import event_day_conflicts
from generator.consolidate.ledes import FEW_SOURCES_DEVELOPMENTS, after_lead, lede_developments
from generator.consolidate.period import year_floor
from generator.consolidate.place_conflicts import place_conflicts
from generator.consolidate.quote_groups import group_quotes
from generator.consolidate.retold_dates import retold_date_conflicts
from generator.consolidate.speaker_conflicts import speaker_conflicts
from generator.consolidate.statements import agreed_statements
from generator.consolidate.timeline import build_timeline
from generator.facts.story_year import story_anchor
from generator.lexicon.events import MEETING_PATTERN
from generator.model.briefing import Briefing, Conflict, Summary, TimelineEvent, WaitingResolution

_TITLE_WORDS = 8           # longer 'event names' are sentences
_MEETING_WORDS = re.compile(rf"\b({MEETING_PATTERN})\b", re.I)


def corpus_anchor(briefings: list[Briefing]) -> str | None:
    """The event's day (the one definition; the home page's title and the claims use it): the day most sources
    already date the story to (a relative date resolved against the source's own day, or a day whose mention
    speaks of a meeting or is an event fact's date), when that is a majority of the sources that date it (in a
    corpus where only some sources carry their own day, those); else a publication or
    tweet day whose weekday the sources name most (`facts.resolve.corpus_anchor`, which for a corpus where no
    source is dated estimates the story's day from the days its leads state); else the most common story day.
    A background day ('the September 11 attacks') is never the anchor.  It is worked out afresh from the
    briefings at every build from dates already on the calendar: it resolves no relative date (only
    `facts.finish_corpus` does, against `story_anchor`, so the YAML and the timeline show one day each)."""
    days = Counter(d for b in briefings for d in dict(_story_days(b)))
    first: dict[str, int] = {}                  # a tie goes to the day the ledes name (news opens on its event)
    for b in briefings:
        for d, paragraph in _story_days(b):
            first[d] = min(first.get(d, paragraph), paragraph)
    best = max(days, key=lambda d: (days[d], -first[d], d)) if days else None
    dating = sum(1 for b in briefings if _story_days(b))     # an undated source's weekdays stay unresolved
    if best and 2 * days[best] >= dating:
        return best
    anchor, _ = story_anchor(briefings)
    published = {str(x)[:10] for b in briefings for x in (b.source.published, *(n.date for n in b.notes)) if x}
    if anchor and anchor not in days and anchor not in published:      # a background day written in full
        anchor = None
    return anchor or best


def _story_days(b: Briefing) -> list[tuple[str, int]]:
    """(day, paragraph) of each mention by which this source dates the story (a note's comes after the body)."""
    events = {str(f.value) for f in b.facts if f.kind == "event" and f.value}
    return [(m.date, m.paragraph or len(b.body) + 1) for m in b.dates if m.date and m.granularity == "day"
            and (m.relative or m.date in events or _MEETING_WORDS.search(m.event or "") or m.paragraph is None)]


def looks_like_event(label: str | None) -> bool:
    """A name for the title line ('NATO-Russia Council meeting', 'talks'), not a clause cut out of a sentence
    ('noting that NATO has only invoked its collective defense clause')."""
    if not label or not _MEETING_WORDS.search(label) or len(label.split()) > _TITLE_WORDS or label.endswith("."):
        return False
    first = label.split()[0]
    return not first[0].islower() or bool(_MEETING_WORDS.fullmatch(first))


def named_event(briefings: list[Briefing], timeline: list[TimelineEvent], anchor: str | None) -> str | None:
    """The name several sources give the event on its day ('NATO-Russia Council meeting'): an event fact's,
    else a timeline entry's of that day; None when no such name has the support of two sources."""
    named: Counter[str] = Counter(name for b in briefings for name in {
        f.subject for f in b.facts if f.kind == "event" and f.subject and looks_like_event(f.subject)
        and f.value in (anchor, None)})
    named.update({e.event: len(e.sources) for e in timeline if e.date == anchor and looks_like_event(e.event)
                  and e.event not in named})   # value None above: a relative date the source could not resolve
    if not named:
        return None
    name, sources = max(named.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))
    return name if sources >= 2 or len(briefings) == 1 else None


def place_names(entities: EntityIndex) -> dict[str, str]:
    return {n: e.name for e in entities.entities if e.kind == "place" for n in (e.name, *e.aliases)}


def between_sources(c: Conflict) -> bool:
    """A conflict is sources disagreeing: two of its values must not rest on the very same sources (one
    article giving two years for a background event is its own muddle, not a disagreement between sources)."""
    groups = [frozenset(v.sources) for v in c.values]
    return any(a != b for i, a in enumerate(groups) for b in groups[:i])


def _carry_resolutions(conflicts: list[Conflict], previous: Summary | None) -> list[WaitingResolution]:
    """Put each written resolution back on its conflict; a resolution whose conflict is absent this
    time waits (returned) for it to come back, so it is never dropped."""
    if not previous:
        return []
    written = {w.id: w for w in previous.waiting if w.resolution not in (None, "")}
    written.update({c.id: WaitingResolution(c.id, c.subject, c.attribute, c.resolution)
                    for c in previous.conflicts if c.resolution not in (None, "")})
    present = {c.id for c in conflicts}
    for c in conflicts:
        if c.id in written:
            c.resolution = written[c.id].resolution
    return [w for cid, w in written.items() if cid not in present]


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
    date_conflicts += retold_date_conflicts(briefings, date_conflicts)
    event = story.find_event(briefings, place_names(entities), anchor, named_event(briefings, timeline, anchor))
    where = event.where
    places = [n for e in entities.entities if e.kind == "place" for n in (e.name, *e.aliases)]
    observations = agreement.observations(briefings, entities, agreement.main_event_subject(where, places))
    said = claims.claim_observations(briefings, claims.Context(entities))
    slot_conflicts, updates = slots.compare(briefings, entities, anchor)
    conflicts = [c for c in agreement.find_conflicts(observations + said) + slot_conflicts + date_conflicts
                 + speaker_conflicts(briefings, entities) + place_conflicts(briefings, place_names(entities))
                 + comparison_conflicts(briefings, entities) + event_day_conflicts(briefings, event.what)
                 if between_sources(c)]
    _unique_ids(conflicts)
    _unique_ids(updates)
    waiting = _carry_resolutions(conflicts, previous)
    titles = [o for o in observations if o.family == "title"]
    facts = agreement.agreed_facts([o for o in observations if o.family != "title"]) + agreed_statements(briefings)
    floor = year_floor(briefings)
    story_year = int(event.when[:4]) if event.when else (int(anchor[:4]) if anchor else floor)
    facts += developments.from_updates(updates, facts) + lede_developments(briefings, facts, story_year)
    known_dates = {str(f.value) for f in facts if f.unit in ("date", "year")}
    facts += [f for f in dated if f.value not in known_dates]     # dated events not already a date fact
    # who holds which office is background (entities list each source's titles)
    facts += [replace(f, background=True) for f in agreement.agreed_facts(titles)]
    repeated = repeated_background(briefings)
    ranked = developments.rank(facts, story_year, repeated)
    # few developments (few sources, or leads that are background and asides): statements after the leads
    wanted = FEW_SOURCES_DEVELOPMENTS - sum(1 for f in ranked if not f.background)
    if wanted > 0:
        ranked = developments.rank(facts + after_lead(briefings, facts, story_year, wanted), story_year,
                                   repeated)
    return Summary(title=story.title_line(event), anchor=anchor, event=event, entities=entities.entities,
                   facts=ranked, conflicts=conflicts, updates=updates,
                   quotes=group_quotes(briefings, entities), timeline=story.story_first(timeline, event, floor),
                   merges=entities.merges, waiting=waiting)


__all__ = ["consolidate", "corpus_anchor", "named_event"]
