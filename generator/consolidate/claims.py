"""Since when a state has held, read from sentences: 'the council has been frozen since 2019', 'X has been in
power since 2010', 'held since March'.  Two sources that give one subject's state in one class (on hold, in
office, detained, missing, at war: `lexicon.slots.STATE_CLASSES`) different starts disagree; a year and a
month of that year agree.  The subject is the organisation, person or place the sentence names before the
state words; the start is the date mention after them.  General: nothing here names an event's disputes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, cast

from generator.consolidate.agreement import Observation
from generator.consolidate.entities import EntityIndex
from generator.lexicon.slots import STATE_CLASSES
from generator.model.briefing import Briefing, DateMention, Fact
from generator.text.matching import fold
from generator.text.sentences import split_sentences

_WORD = r"[A-Z][\w’'.-]*"
_NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.))*")
_SINCE = re.compile(r"\b(?:since|from)\b")
#: Every class's words, as plain substrings: a paragraph without one (and without 'since') is skipped.
_STATE_WORDS = tuple(w for _, stems in STATE_CLASSES for w in stems)


@lru_cache(maxsize=1 << 16)
def may_hold_state(paragraph: str) -> bool:
    """Whether a paragraph may say since when a state holds (memoised: wire copy repeats paragraphs)."""
    low = paragraph.lower()
    return "since" in low and any(map(low.__contains__, _STATE_WORDS))


@dataclass
class Context:
    """What a claim needs to know about the corpus: who and what the sources name."""

    entities: EntityIndex


def _state(text: str) -> Optional[tuple[str, re.Match]]:
    """(class, the state words' match) of the first state the sentence names before a 'since'."""
    low = text.lower()
    best = None
    for name, stems in STATE_CLASSES:
        for stem in stems:
            at = low.find(stem)
            if at >= 0 and _SINCE.search(low, at + len(stem)) and (best is None or at < best[1]):
                best = (name, at, at + len(stem))
    if not best:
        return None
    return best[0], cast(re.Match, re.compile(re.escape(low[best[1]:best[2]])).search(low, best[1]))   # found at best[1]


def _subject_before(text: str, ctx: Context) -> Optional[str]:
    """The last organisation, person or place `text` names ('Meetings of the Arctic Council had been …')."""
    best = None
    for run in _NAME_RUN.finditer(text):
        tokens = run.group(0).split()
        for i in range(len(tokens)):
            tail = fold(" ".join(tokens[i:])).strip(" ,.")
            found = next((ctx.entities.names[(k, tail)] for k in ("organization", "person", "place")
                          if (k, tail) in ctx.entities.names), None)
            if found:
                best = found
                break
    return best


def _date_after(text: str, paragraph: int, b: Briefing, at: int) -> Optional[DateMention]:
    for d in b.dates:
        if d.paragraph == paragraph and d.date and d.granularity in ("day", "month", "year"):
            pos = text.find(d.text)
            if pos >= at:
                return d
    return None


def _sentences(b: Briefing) -> Iterator[tuple[str, int]]:
    for i, para in enumerate(b.body, start=1):
        if may_hold_state(para):
            for s in split_sentences(para):
                yield s.text, i


def since_claims(b: Briefing, ctx: Context) -> list[Observation]:
    """Every 'subject … <state> since <date>' of one source."""
    out = []
    for text, paragraph in _sentences(b):
        found = _state(text)
        if not found:
            continue
        state, m = found
        subject = _subject_before(text[:m.start()], ctx)
        since = _date_after(text, paragraph, b, m.end())
        if not subject or not since:
            continue
        fact = Fact(id="claim-since", kind="date", statement=f"{subject} {state} since {since.date}",
                    value=str(since.date), subject=subject, paragraph=paragraph, evidence=text)
        out.append(Observation(b.source.id, fact, f"{state} since", str(since.date), f"{since.date} ({since.text})",
                               subject, "body"))
    return out


def claim_observations(briefings: list[Briefing], ctx: Context) -> list[Observation]:
    """Every claim of every source, in source order."""
    return [o for b in briefings for o in since_claims(b, ctx)]
