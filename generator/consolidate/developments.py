"""Headline facts are the developments: what several sources report, early in their articles, each as a
short complete sentence.  Who holds which office and what happened years before is background, shown in a
section of its own below.

Rank: a source that reports a fact in its lead (the first paragraphs) counts twice, one that reports it
further down once; ties go to the fact told earlier (its median paragraph).  The sentence shown is the
shortest that carries the fact among its sources' wordings, cut at a clause boundary when it is long
(`text.clauses`), never a tweet's hashtags and links.
"""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median
from typing import Any, Optional

from generator.consolidate.story import LEAD_PARAGRAPHS
from generator.model.briefing import SummaryFact
from generator.text.clauses import has_tweet_furniture, short_clause

#: Words a headline sentence may have (a longer one is cut at a clause boundary).
HEADLINE_WORDS = 30
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _value_text(value: Any) -> list[str]:
    """How a fact's value may be written in its sentence ('1600' as '1,600')."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [str(value), f"{value:,}"]
    if isinstance(value, float) and value.is_integer():
        return [str(int(value)), f"{int(value):,}"]
    return [str(value)] if isinstance(value, (float, str)) and len(str(value)) < 40 else []


def _wordings(fact: SummaryFact) -> list[tuple[str, Optional[int]]]:
    """(sentence, paragraph) of each source's wording of the fact."""
    return [(e.text, e.paragraph) for e in fact.evidence.values() if e.text]


def _texts(fact: SummaryFact) -> list[str]:
    return [e.text for e in fact.evidence.values() if e.text]


_PRONOUN = re.compile(r"^(?:It|He|She|They|We|This|That|These|Those|His|Her|Its|Their)\b")


def _preference(sentence: str, paragraph: Optional[int]) -> tuple[bool, bool, int]:
    """A sentence that names its subject beats one that opens on a pronoun; a lead's wording (where news
    states what happened) beats a later paragraph's aside; then the shorter."""
    later = paragraph is None or paragraph > LEAD_PARAGRAPHS
    return bool(_PRONOUN.match(sentence)), later, len(sentence)


def headline_sentence(fact: SummaryFact, max_words: int = HEADLINE_WORDS) -> Optional[str]:
    """The shortest complete sentence or clause among the fact's wordings (the sources' own sentences; the
    machine's statement only when there are none) that carries its value."""
    forms = _value_text(fact.value)
    wordings = _wordings(fact)
    best: Optional[tuple[str, Optional[int]]] = None
    for text, paragraph in wordings or [(fact.statement, None)]:
        if not text or has_tweet_furniture(text):
            continue
        must = next((f for f in forms if f in text), None) if forms else None
        if forms and must is None and wordings:
            continue                                   # this wording does not carry the value
        cut = short_clause(text, must, max_words)
        if cut and (best is None or _preference(cut, paragraph) < _preference(*best)):
            best = (cut, paragraph)
    if best is None and wordings and fact.statement and not has_tweet_furniture(fact.statement):
        return short_clause(fact.statement, None, max_words)    # a dated event's name: 'Talks in Geneva: …'
    return best[0] if best else None


def _paragraphs(fact: SummaryFact) -> list[int]:
    return [e.paragraph for e in fact.evidence.values() if e.paragraph is not None]


def lead_sources(fact: SummaryFact) -> int:
    return sum(1 for p in _paragraphs(fact) if p <= LEAD_PARAGRAPHS)


def is_history(fact: SummaryFact, story_year: Optional[int]) -> bool:
    """Most of the fact's wordings date it to a year before the story's (or its value is such a year)."""
    if not story_year:
        return False
    value = str(fact.value or "")
    if fact.unit in ("date", "year") and value[:4].isdigit() and int(value[:4]) < story_year:
        return True
    texts = _texts(fact) or [fact.statement]
    old = sum(1 for t in texts if any(int(y) < story_year for y in _YEAR.findall(t)))
    return 2 * old > len(texts)


def rank(facts: list[SummaryFact], story_year: Optional[int]) -> list[SummaryFact]:
    """Developments first (by sources, lead sources counted twice, then earliness), each with its shortest
    complete sentence; then background (titles, history, facts no complete sentence can carry)."""
    developments, background = [], []
    for f in facts:
        if f.background:                      # a title fact says it best in its own words ('X is Y.')
            background.append(f)
            continue
        sentence = headline_sentence(f)
        if sentence is None or is_history(f, story_year):
            background.append(replace(f, statement=sentence or f.statement, background=True))
        else:
            developments.append(replace(f, statement=sentence))
    developments.sort(key=lambda f: (-(len(f.sources) + lead_sources(f)), median(_paragraphs(f) or [99]), f.id))
    background.sort(key=lambda f: (-len(f.sources), f.id))
    return developments + background


__all__ = ["HEADLINE_WORDS", "headline_sentence", "is_history", "lead_sources", "rank"]
