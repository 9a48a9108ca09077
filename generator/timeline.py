"""Dated events from all sources in order, the same event from several sources merged, and the same event
given different dates reported as a conflict (e.g. "in 2014" and "seven years ago" for one annexation).

Mentions are blocked by date, then compared through an inverted index of event words, so the work grows
with the number of mentions, not its square.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .matching import content_tokens, overlap, slug
from .models import Briefing, Conflict, ConflictValue, DateMention, TimelineEvent

TIMELINE_GRANULARITIES = ("day", "month", "year", "decade")
_EVENT_NOUNS = frozenset("meeting talk session summit conference negotiation discussion encounter round rally".split())


def event_tokens(text: str) -> frozenset[str]:
    """Event words, comparable across wordings: talks/meeting/session are one word, and words are cut to five
    letters so that Russia/Russian and annexed/annexation meet."""
    return frozenset("meeting" if t in _EVENT_NOUNS else t[:5] for t in content_tokens(text))


#: Words that make an event another occurrence of a recurring one ("the last meeting", "the next round").
_OCCURRENCE_WORDS = event_tokens("last previous first next former earlier later before after since until second "
                                  "third new another recent")


@dataclass
class _Mention:
    source: str
    mention: DateMention
    tokens: frozenset[str]
    context: str


@dataclass
class _Event:
    date: str
    granularity: str
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.mentions})

    def label(self) -> str:
        texts = Counter((m.mention.event or m.mention.text).strip() for m in self.mentions)
        return min(texts, key=lambda t: (-texts[t], len(t), t))


def date_sort_key(date: str) -> str:
    """ISO dates sort as strings; '1990s' sorts as 1990 and an interval by its start."""
    return re.sub(r"s$", "", date.split("/")[0])


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    return (len(shared) >= 2 or (len(shared) == 1 and len(a) == len(b) == 1)) and overlap(a, b) >= 0.5


def _mentions(briefings: list[Briefing]) -> list[_Mention]:
    out = []
    for b in briefings:
        for d in b.dates:
            if not d.date or d.granularity not in TIMELINE_GRANULARITIES:
                continue
            context = b.body[d.paragraph - 1] if d.paragraph and d.paragraph <= len(b.body) else d.text
            out.append(_Mention(b.source.id, d, event_tokens(d.event or d.text), context))
    return out


def _merge_by_date(mentions: list[_Mention]) -> list[_Event]:
    by_date: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_date[m.mention.date].append(m)
    events: list[_Event] = []
    for date, items in by_date.items():
        local: list[_Event] = []
        index: dict[str, set[int]] = defaultdict(set)
        for m in items:
            candidates = sorted(set().union(*(index[t] for t in m.tokens))) if m.tokens else []
            target = next((i for i in candidates if any(same_event(m.tokens, o.tokens) for o in local[i].mentions[:20])),
                          None)
            if target is None:
                target = len(local)
                local.append(_Event(date, m.mention.granularity))
            local[target].mentions.append(m)
            for t in m.tokens:
                index[t].add(target)
        events.extend(local)
    return events


def _dates_clash(a: _Event, b: _Event) -> bool:
    return (a.granularity == b.granularity and a.granularity in ("day", "month", "year")
            and not a.date.startswith(b.date) and not b.date.startswith(a.date))


def _wordings(e: _Event) -> dict[frozenset[str], list[_Mention]]:
    out: dict[frozenset[str], list[_Mention]] = defaultdict(list)
    for m in e.mentions:
        out[m.tokens].append(m)
    return out


def _date_conflicts(events: list[_Event]) -> list[Conflict]:
    """One event (all words of the shorter description in the longer) placed on incompatible dates."""
    wordings = [_wordings(e) for e in events]
    index: dict[str, set[int]] = defaultdict(set)
    for i, w in enumerate(wordings):
        for tokens in w:
            for t in tokens:
                index[t].add(i)
    out: dict[str, Conflict] = {}
    for i, e in enumerate(events):
        for tokens, mentions in wordings[i].items():
            if len(tokens) < 2:
                continue
            for j in sorted(set.intersection(*(index[t] for t in tokens)) - {i}):
                other = events[j]
                longer = next((t for t in wordings[j] if tokens <= t and not (t - tokens) & _OCCURRENCE_WORDS), None)
                if longer is None or not _dates_clash(e, other):
                    continue
                m = mentions[0]
                subject = m.mention.event or m.mention.text
                cid = f"date-{slug(subject)}"
                if cid in out:
                    continue
                values = []
                for ev, w, first in sorted(((e, i, m), (other, j, wordings[j][longer][0])),
                                           key=lambda p: date_sort_key(p[0].date)):
                    related = [x for t, ms in wordings[w].items() if tokens <= t for x in ms]
                    values.append(ConflictValue(
                        value=f"{ev.date} ({first.mention.text})", sources=sorted({x.source for x in related}),
                        evidence=[{"source": x.source, "paragraph": x.mention.paragraph, "text": x.context,
                                   "from": "body"} for x in related]))
                out[cid] = Conflict(id=cid, subject=subject, attribute="date", values=values)
    return list(out.values())


def build_timeline(briefings: list[Briefing]) -> tuple[list[TimelineEvent], list[Conflict]]:
    """Dated events in order with their sources, and events that sources date differently."""
    events = _merge_by_date(_mentions(briefings))
    conflicts = _date_conflicts(events)
    events.sort(key=lambda e: (date_sort_key(e.date), -len(e.sources), e.label()))
    return [TimelineEvent(date=e.date, event=e.label(), sources=e.sources) for e in events], conflicts
