"""Dated events from all sources in order, the same event from several sources merged, and the same event
given different dates reported as a conflict (e.g. "in 2014" and "seven years ago" for one annexation).

Mentions are blocked by date, then compared through an inverted index of event words, so the work grows
with the number of mentions, not its square.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import cast

from generator.consolidate.union_find import UnionFind
from generator.facts.date_mentions import date_sentence
from generator.lexicon.cues import FINITE_CUE_WORDS
from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    DateMention,
    Evidence,
    Fact,
    Passage,
    SummaryFact,
    TimelineEvent,
)
from generator.model.kinds import Granularity
from generator.text.clauses import DANGLING, has_tweet_furniture, short_clause, words
from generator.text.matching import EVENT_NOUNS, content_tokens, overlap, slug

TIMELINE_GRANULARITIES = ("day", "month", "year", "decade")
_CANDIDATES_PER_WORD = 50    # distinct wordings compared per shared word: bounds the work on a busy date


@lru_cache(maxsize=1 << 16)
def event_tokens(text: str) -> frozenset[str]:
    """Event words, comparable across wordings: talks/meeting/session are one word, and words are cut to five
    letters so that Russia/Russian and annexed/annexation meet.  Memoised: sources repeat date phrases."""
    return frozenset("meeting" if t in EVENT_NOUNS else t[:5] for t in content_tokens(text))


#: Words that make an event another occurrence of a recurring one ("the last meeting", "the next round").
_OCCURRENCE_WORDS = event_tokens("last previous first next former earlier later before after since until second "
                                  "third new another recent")


@dataclass
class _Mention:
    source: str
    mention: DateMention
    tokens: frozenset[str]
    context: str
    named: bool = False          # from an event fact: its text is a label ("Talks in Geneva"), not a fragment


@dataclass
class _Event:
    date: str
    granularity: str
    mentions: list[_Mention] = field(default_factory=list)
    _label: str | None = field(default=None, repr=False)     # worked out once: sorting, the timeline and facts use it

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.mentions})

    def label(self) -> str:
        if self._label is None:
            self._label = self._best_label()
        return self._label

    def _best_label(self) -> str:
        """An event fact's name when one is there, else the complete short clause that shares most words
        with the other wordings (a sentence cut at a clause boundary, never a fragment); '' when none."""
        named = Counter(m.mention.event for m in self.mentions if m.named and m.mention.event)
        if named:
            return min(named, key=lambda t: (-named[t], len(t), t))
        labels: dict[str, _Mention] = {}
        for m in self.mentions[:50]:
            label = clause_label(m)
            if label and label not in labels:
                labels[label] = m
        if not labels:
            return ""
        return max(labels, key=lambda t: (sum(overlap(labels[t].tokens, o.tokens) for o in labels.values()),
                                          -len(t), t))


_LABEL_WORDS = (20, 50)  # a label is cut at the first clause boundary that keeps the date within 20 words, else 50


def clause_label(m: _Mention) -> str | None:
    """What happened on the date as a complete clause: the mention's own event phrase when it is a name that
    stands alone ('Jens Stoltenberg tweets'), else the sentence the date comes from, cut at a clause boundary
    after the date phrase; None when the sentence gives no complete clause."""
    phrase = " ".join((m.mention.event or "").split())
    sentence = date_sentence(m.context, m.mention.text) if m.mention.text else None
    if not sentence or len(sentence) <= len(m.mention.text):      # no text around the date (written by hand)
        ws = words(phrase)
        return phrase[:1].upper() + phrase[1:] if 2 <= len(ws) <= 15 and ws[-1].lower() not in DANGLING else None
    if _names_an_event(phrase, sentence):
        return phrase
    for limit in _LABEL_WORDS:
        label = short_clause(sentence, m.mention.text, limit)
        if label:
            return label
    return None


_SPANS = frozenset("hours days minutes weeks months years moments shortly".split())


def _names_an_event(phrase: str, context: str) -> bool:
    """A short name ('Talks in Geneva', 'Jens Stoltenberg tweets'), capitalised, not opening or ending on a
    word that leans on more; when it is the words of `context` (the date's sentence), whole (not cut inside a
    word)."""
    ws = words(phrase)
    if not 2 <= len(ws) <= 6 or not phrase[:1].isupper() or has_tweet_furniture(phrase):
        return False
    if ws[-1].lower() in DANGLING or ws[0].lower() in DANGLING - {"the", "a", "an"}:
        return False
    if ws[-1] in FINITE_CUE_WORDS or ws[0].lower() in _SPANS:
        return False                         # 'Barack Obama said' (the words come after), 'Hours after the attacks'
    if all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        return False                         # 'Prime Minister Tony Abbott': a name of someone, not of an event
    at = context.find(phrase)               # not in the text: a name someone gave the event (kept as written)
    return at < 0 or at + len(phrase) >= len(context) or not context[at + len(phrase)].isalnum()


_DECADE_S = re.compile(r"s$")


def date_sort_key(date: str) -> str:
    """ISO dates sort as strings; '1990s' sorts as 1990 and an interval by its start."""
    return _DECADE_S.sub("", date.split("/")[0])


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions of one event on one date: most words shared, or both a meeting and one says no more."""
    shared = a & b
    if "meeting" in shared and (len(a) == 1 or len(b) == 1):
        return True
    return (len(shared) >= 2 or (len(shared) == 1 and len(a) == len(b) == 1)) and overlap(a, b) >= 0.5


_ISO_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TRAILING_DATE = re.compile(r",.*$|\.$")


def _date_in_statement(b: Briefing, f: Fact) -> str | None:
    """An undated event fact ('Bilateral talks in Geneva, on Monday.') takes the resolved date of the mention
    its statement repeats, in the same paragraph."""
    if f.kind != "event" or f.value is not None or not f.statement:
        return None
    for d in b.dates:
        if d.date and d.paragraph == f.paragraph and d.text and d.text in f.statement and _ISO_DAY.match(d.date):
            return d.date
    return None


def _event_fact_mentions(b: Briefing) -> list[_Mention]:
    """Event facts (value = the ISO date, statement = 'Talks in Geneva, Monday 2022-01-10.') as named mentions."""
    out = []
    for f in b.facts:
        date = f.value if isinstance(f.value, str) and _ISO_DAY.match(f.value) else _date_in_statement(b, f)
        if f.kind == "event" and date:
            label = _TRAILING_DATE.sub("", f.statement or f.subject or "").strip() or f.subject or ""
            granularity: Granularity = "year" if len(date) == 4 else "month" if len(date) == 7 else "day"
            mention = DateMention(text=f.subject or label, date=date, event=label, paragraph=f.paragraph,
                                  granularity=granularity)
            context = f.evidence or label
            out.append(_Mention(b.source.id, mention, event_tokens(label), context, named=True))
    return out


#: Right before a date: what it is compared with, not when something happened ('to surpass levels seen in 2004',
#: 'higher than in 2003', 'compared with 2003', 'down 26.5% on 2003's figures').
_BASELINE_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|levels?(?:\s+(?:seen|reached))?(?:\s+(?:in|of))?|"
                              r"(?:up|down)\s+from|(?:up|down)\s+(?:by\s+)?[\d.,]+\s?%\s+on|versus)\s+(?:in\s+)?(?:the\s+)?$",
                              re.I)     # 'down 26.5% on 2003's figures'


def _baseline(context: str, d: DateMention) -> bool:
    """A date the sentence compares with ('production will surpass levels seen in 2004'): no event of that date."""
    at = context.find(d.text) if d.text else -1
    return at > 0 and _BASELINE_BEFORE.search(context[max(0, at - 40):at]) is not None


def _mentions(briefings: list[Briefing]) -> list[_Mention]:
    out = []
    for b in briefings:
        for d in b.dates:
            if not d.date or d.granularity not in TIMELINE_GRANULARITIES:
                continue
            context = b.body[d.paragraph - 1] if d.paragraph and d.paragraph <= len(b.body) else d.text
            if _baseline(context, d):
                continue
            out.append(_Mention(b.source.id, d, event_tokens(d.event or d.text), context))
        out.extend(_event_fact_mentions(b))
    return out


def _merge_by_date(mentions: list[_Mention]) -> list[_Event]:
    """Mentions of one date that describe one event, joined (union-find over word-sharing candidates)."""
    by_date: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_date[cast(str, m.mention.date)].append(m)         # `_mentions` keeps dated mentions only
    events: list[_Event] = []
    for date, items in by_date.items():
        sets = UnionFind(range(len(items)))
        find = sets.find
        index: dict[frozenset[str], int] = {}             # one representative per distinct wording
        by_token: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(items):
            if m.tokens in index:
                sets.union(index[m.tokens], i)
                continue
            for j in sorted({j for t in m.tokens for j in by_token[t][:_CANDIDATES_PER_WORD]}):   # not hash order
                if find(i) != find(j) and same_event(m.tokens, items[j].tokens):
                    sets.union(j, i)
            index[m.tokens] = i
            for t in m.tokens:
                by_token[t].append(i)
        groups: dict[int, _Event] = {}
        for i, m in enumerate(items):
            groups.setdefault(find(i), _Event(date, m.mention.granularity)).mentions.append(m)
        events.extend(groups.values())
    return events


_CLASHING_GRANULARITIES = ("month", "year")
_CONFLICT_OVERLAP = 0.75     # share of the shorter wording two dates of one event must have in common     # days are left out: a week of talks has many meetings


def _dates_clash(a: _Event, b: _Event) -> bool:
    """Years or months that cannot both be right."""
    return (a.granularity == b.granularity and a.granularity in _CLASHING_GRANULARITIES
            and not a.date.startswith(b.date) and not b.date.startswith(a.date))


#: Relative dates counted from the article's own day ('a month ago', 'last week'): an article whose day is not
#: known is placed against the corpus day, so two of them can land on different months without disagreeing
#: (a year counted back, 'seven years ago', stays right within a few weeks: those are compared).
_COUNTED_OFFSETS = ("ago", "month", "week", "year", "day", "sequel")


def _wordings(e: _Event) -> dict[frozenset[str], list[_Mention]]:
    out: dict[frozenset[str], list[_Mention]] = defaultdict(list)
    for m in e.mentions:
        rel = m.mention.relative
        if m.mention.granularity == "year" or not (rel and rel.kind in _COUNTED_OFFSETS):
            out[m.tokens].append(m)
    return out


def _same_wording(a: frozenset[str], b: frozenset[str]) -> bool:
    """Descriptions close enough to be one event (most words of the shorter, at least two, or all of it) and
    neither marks another occurrence ('the last meeting', 'the next round')."""
    shared = a & b
    if (a ^ b) & _OCCURRENCE_WORDS:
        return False
    return a == b or (len(shared) >= 3 and overlap(a, b) >= 0.6) or (len(shared) >= 2 and overlap(a, b) == 1.0)


def _clearly_one(a: frozenset[str], b: frozenset[str]) -> bool:
    """Stricter than `_same_wording`, for calling two dates a conflict: four shared words, or three that are
    most of both wordings ('a senior Turkish official told …' shares its attribution, not its event)."""
    shared = len(a & b)
    return shared >= 4 or (shared == 3 and overlap(a, b) >= _CONFLICT_OVERLAP)


def _listed_together(a: list[_Mention], b: list[_Mention]) -> bool:
    """Two dates one sentence gives ('twice, in December 2014 and June 2015') are two happenings."""
    return bool({(m.source, m.context) for m in a} & {(m.source, m.context) for m in b})


_Wording = dict[frozenset[str], list[_Mention]]


def _pair_index(wordings: list[_Wording]) -> dict[tuple[str, str], set[int]]:
    """Word pair -> the events with a wording that holds it.  Two wordings of one happening share at least two
    words, so an event is compared only with the events that share a pair, not with all."""
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, wording in enumerate(wordings):
        for tokens in wording:
            for pair in combinations(sorted(tokens), 2):
                index[pair].add(i)
    return index


def _same_happening(tokens: frozenset[str], mentions: list[_Mention], other: _Wording) -> frozenset[str] | None:
    """The other event's wording that clearly tells the happening `tokens` tells, unless one sentence gives
    both dates (two happenings listed together); None when there is none."""
    longer = next((t for t in other if _same_wording(tokens, t) and _clearly_one(tokens, t)), None)
    if longer is None or _listed_together(mentions, other[longer]):
        return None
    return longer


def _conflict_values(tokens: frozenset[str], sides: list[tuple[_Event, _Wording, _Mention]]) -> list[ConflictValue]:
    """One value per date, earliest first, with every mention (of either wording) that tells the happening."""
    values = []
    for ev, wording, first in sorted(sides, key=lambda p: date_sort_key(p[0].date)):
        related = [x for t, ms in wording.items() if _same_wording(tokens, t) for x in ms]
        values.append(ConflictValue(
            value=f"{ev.date} ({first.mention.text})", sources=sorted({x.source for x in related}),
            evidence=[Evidence(x.source, x.mention.paragraph, x.context) for x in related]))
    return values


def _date_conflicts(events: list[_Event]) -> list[Conflict]:
    """One event (see `_same_wording`) placed on incompatible dates of the same granularity."""
    # only months and years can clash: other events are neither compared nor indexed
    wordings = [_wordings(e) if e.granularity in _CLASHING_GRANULARITIES else {} for e in events]
    index = _pair_index(wordings)
    out: dict[str, Conflict] = {}
    done: set[frozenset[int]] = set()
    for i, e in enumerate(events):
        for tokens, mentions in wordings[i].items():
            if len(tokens) < 2:
                continue
            candidates = set().union(*(index[p] for p in combinations(sorted(tokens), 2)))
            for j in sorted(candidates - {i}):
                other = events[j]
                if frozenset((i, j)) in done or not _dates_clash(e, other):
                    continue
                longer = _same_happening(tokens, mentions, wordings[j])
                if longer is None:
                    continue
                done.add(frozenset((i, j)))
                theirs = wordings[j][longer][0]
                subject = min((mentions[0].mention.event or mentions[0].mention.text, theirs.mention.event or ""),
                              key=lambda t: (not t, len(t)))
                cid = "date-" + slug(" ".join(content_tokens(subject)[:5]))
                if cid not in out:
                    values = _conflict_values(tokens, [(e, wordings[i], mentions[0]), (other, wordings[j], theirs)])
                    out[cid] = Conflict(id=cid, subject=subject, attribute="date", values=values)
    return list(out.values())


def dated_facts(events: list[_Event]) -> list[SummaryFact]:
    """Events several sources date alike, as agreed facts ('Talks in Geneva: 2022-01-10', 3 sources)."""
    out = []
    for e in events:
        sources = e.sources
        if len(sources) < 2:
            continue
        first: dict[str, _Mention] = {}
        for m in e.mentions:
            first.setdefault(m.source, m)
        label = e.label()
        # a sentence reads as it is (the value column gives its date); a name takes its date: 'Talks in Geneva: …'
        statement = label if label.rstrip()[-1:] in ".!?" else f"{label}: {e.date}"
        out.append(SummaryFact(id=f"date-{slug(' '.join(content_tokens(label)[:5]))}-{e.date}".replace("/", "-"),
                               statement=statement, value=e.date, unit="date",
                               qualifiers={s: None for s in sources}, sources=sources,
                               evidence={s: Passage(m.mention.paragraph, m.context) for s, m in sorted(first.items())}))
    return out


def build_timeline(briefings: list[Briefing]) -> tuple[list[TimelineEvent], list[Conflict], list[SummaryFact]]:
    """Dated events in order with their sources, events that sources date differently, and events that
    several sources date alike (agreed facts)."""
    events = _merge_by_date(_mentions(briefings))
    conflicts = _date_conflicts(events)
    events.sort(key=lambda e: (date_sort_key(e.date), -len(e.sources), e.label()))
    events = [e for e in events if e.label()]           # no complete clause says what happened: not shown
    return _one_row_each([TimelineEvent(date=e.date, event=e.label(), sources=e.sources) for e in events]), \
        conflicts, dated_facts(events)


def _one_row_each(timeline: list[TimelineEvent]) -> list[TimelineEvent]:
    """Two events of one date told with one sentence ('Spain's only other Davis Cup title came in 2000.', found
    as two mentions) are one row, with both rows' sources, where the first stood."""
    rows: dict[tuple[str, str], TimelineEvent] = {}
    for t in timeline:
        key = (t.date, " ".join(t.event.split()))
        first = rows.get(key)
        rows[key] = t if first is None else TimelineEvent(date=first.date, event=first.event,
                                                           sources=sorted({*first.sources, *t.sources}))
    return list(rows.values())
