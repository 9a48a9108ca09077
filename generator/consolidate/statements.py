"""The same headline sentence in several sources: agreement on facts that carry no number, date or name
("Russia denies planning an invasion"), found by comparing the sentences themselves.

Only agreement is reported here, never a conflict: two differently worded sentences usually say the same
thing, and telling a paraphrase from a contradiction needs more than word overlap.  Sentences are compared
through an inverted index of their words (a few candidates per word), so the work grows with the sources.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import repeat
from typing import Iterable

from generator.model.briefing import Briefing, Fact, Passage, SummaryFact
from generator.text.matching import content_tokens, overlap, slug, words

STATEMENT_KINDS = ("text",)
_MIN_SHARED = 4             # content words two sentences must share
_MIN_OVERLAP = 0.6          # of the shorter sentence's content words
_CANDIDATES_PER_WORD = 50
_COMPARED = 10             # items of a group a newcomer is compared with


@dataclass
class _Said:
    source: str
    fact: Fact
    tokens: frozenset[str]
    value_key: str


@dataclass
class _Group:
    items: list[_Said] = field(default_factory=list)
    #: words of the items a newcomer is compared with (the first `_COMPARED`): one sharing fewer than
    #: `_MIN_SHARED` of them can match none of them
    compared_tokens: set[str] = field(default_factory=set)

    def add(self, item: _Said) -> None:
        self.items.append(item)
        if len(self.items) <= _COMPARED:
            self.compared_tokens |= item.tokens


def same_statement(a: _Said, b: _Said) -> bool:
    if a.value_key and a.value_key == b.value_key:
        return True
    shared = a.tokens & b.tokens
    return len(shared) >= _MIN_SHARED and overlap(a.tokens, b.tokens) >= _MIN_OVERLAP


def _said(b: Briefing, f: Fact) -> _Said | None:
    sentence = f.evidence or f.statement
    if not sentence:
        return None
    value_key = " ".join(words(str(f.value))) if f.value not in (None, "") else ""
    return _Said(b.source.id, f, frozenset(content_tokens(sentence)), value_key)


@dataclass
class _Placed:
    """Where the last sentence with some set of words went: a group that matches those words (it always will:
    a group's compared items are only ever added to), and the earlier candidates that did not match but still
    may, as (group, how many of its items were compared).  The same sentence in many sources (wire copy) is
    then placed by comparing it with the items those groups gained since, without scanning candidates again."""

    group: int
    may_change: list[tuple[int, int]]


def _first_match(item: _Said, groups: list[_Group], candidates: Iterable[tuple[int, int]]
                 ) -> tuple[int | None, list[tuple[int, int]]]:
    """The first of the candidate groups, given as (group, items already compared with `item`'s words), one
    of whose compared items says what `item` says; and the candidates before it that did not match but still
    may.  Only the word test of `same_statement` can hold here (an earlier item with this value key would have
    placed it already), so a group whose compared items share fewer than `_MIN_SHARED` words with this one is
    ruled out by one set intersection."""
    tokens = item.tokens
    undecided: list = []
    for g, compared in candidates:
        group = groups[g]
        size = len(group.items)
        if size > compared and len(tokens & group.compared_tokens) >= _MIN_SHARED and any(
                same_statement(item, other) for other in group.items[compared:_COMPARED]):
            return g, undecided
        if size < _COMPARED:
            undecided.append((g, size))
    return None, undecided


def _group(items: list[_Said]) -> list[_Group]:
    groups: list[_Group] = []
    by_value: dict[str, int] = {}
    by_token: dict[str, list[int]] = defaultdict(list)
    placed: dict[frozenset[str], _Placed] = {}
    for item in items:
        found = by_value.get(item.value_key) if item.value_key else None
        if found is None:
            last = placed.get(item.tokens)
            if last:        # the candidates before its group are the same ones: later groups come after it
                found, undecided = _first_match(item, groups, last.may_change)
                found = last.group if found is None else found
            else:           # earliest group first: a set's order follows the hash seed, and the summary must not
                candidates = sorted(set().union(*[by_token.get(t, ()) for t in item.tokens]))
                found, undecided = _first_match(item, groups, zip(candidates, repeat(0)))
            if found is not None:
                placed[item.tokens] = _Placed(found, undecided)
        if found is None:
            found = len(groups)
            groups.append(_Group())
            indexed = False
            for t in item.tokens:
                if len(by_token[t]) < _CANDIDATES_PER_WORD:     # only the earliest are candidates
                    by_token[t].append(found)
                    indexed = True
            if indexed and len(item.tokens) >= _MIN_SHARED:     # its own words match it, and find it
                placed[item.tokens] = _Placed(found, undecided)
        groups[found].add(item)
        if item.value_key:
            by_value.setdefault(item.value_key, found)
    return groups


def agreed_statements(briefings: list[Briefing]) -> list[SummaryFact]:
    """Sentences (text facts) that at least two sources state, most corroborated first."""
    items = [s for b in briefings for f in b.facts if f.kind in STATEMENT_KINDS for s in [_said(b, f)] if s]
    out, taken = [], set()
    for group in _group(items):
        first: dict[str, _Said] = {}
        for item in group.items:
            first.setdefault(item.source, item)
        if len(first) < 2:
            continue
        lead = min(first.values(), key=lambda s: (s.fact.rank or 99, len(s.fact.statement or ""), s.source))
        base = slug(" ".join(content_tokens(lead.fact.statement)[:6])) or "statement"
        fid, n = base, 2
        while fid in taken:
            fid, n = f"{base}-{n}", n + 1
        taken.add(fid)
        out.append(SummaryFact(
            id=fid, statement=lead.fact.statement, value=lead.fact.value, unit=lead.fact.unit,
            qualifiers={s: i.fact.qualifier for s, i in first.items()}, sources=sorted(first),
            evidence={s: Passage(i.fact.paragraph, i.fact.evidence) for s, i in first.items()}))
    out.sort(key=lambda f: (-len(f.sources), f.id))
    return out
