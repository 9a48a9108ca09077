"""Each source's lede as a development: what the article itself says the news is.

A story told on different days (a quake on Friday, a reactor blast on Saturday, a revised magnitude on Monday)
or one told in many words (a speech: no number, no date) leaves few sentences that several sources word
alike, so the agreed facts alone do not say what happened.  A source's lede -- its highest-ranked sentence
in the lead (the first paragraphs) that opens on its own subject, not on a pronoun or a 'But' -- is then a
development of its own, supported by the other sources one of whose lead sentences shares its particular
words: at least `MIN_SHARED` content words that are not the story's topic words (the words most leads
have: 'Obama', 'convention', 'flight').  A lede another lede already counts as support is not repeated, nor
one whose sentence is already a development's wording.  A story of few sources (`FEW_SOURCES`) leaves even
fewer sentences to agree on: there each source's first lead sentences (`lead_ledes`) are ledes as well, tried
in reading order, and one that is a lede of its own is no other's support.  Candidates come from an inverted
index of the particular words (at most `_CANDIDATES_PER_WORD` sentences per word), so the work grows with the sources.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Optional

from generator.consolidate.developments import HEADLINE_WORDS
from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.model.briefing import Briefing, Fact, Passage, SummaryFact
from generator.text.clauses import has_tweet_furniture, in_writers_voice, short_clause
from generator.text.matching import content_tokens, slug
from generator.text.sentences import split_sentences

#: Particular (non-topic) content words a lead sentence of another source must share with a lede.
MIN_SHARED = 3
#: Ledes a source gives: its best-ranked lead sentence (a second one adds more asides than threads).
LEDES_PER_SOURCE = 1
#: A story told by this many sources or fewer: the others cannot corroborate most of what one reports, so each
#: source's first lead sentences are ledes too (`FEW_SOURCES_LEDES` of them, in reading order), not only its best.
FEW_SOURCES = 3
FEW_SOURCES_LEDES = 3
#: A story whose developments are fewer than this takes its sources' next statements after the lead as
#: developments too, in reading order, until it has this many (a short article's news goes on past its third
#: paragraph: the games shown live, the platforms, what a network will not do; a story of several sources whose
#: leads are background, asides or columns has few developments as well).
FEW_SOURCES_DEVELOPMENTS = 8
#: Words a lead sentence needs to be a lede of its own (shorter ones are captions, datelines or asides).
_LEDE_WORDS = 8
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_QUOTE_OPENS = ("“", "\"", "‘")
#: A word in the leads of more than this share of the sources is a topic word (from `_TOPIC_FROM` sources).
TOPIC_SHARE = 0.5
_TOPIC_FROM = 4
_TOPIC_FROM_ALL = 3
_CANDIDATES_PER_WORD = 200
#: Facts whose sentence can be a lede: a statement, and a count or a duration with the sentence that states
#: it (a business story's lede is its number: 'has shipped more than 10 million units in 25 days').
NUMBER_LEDE_KINDS = frozenset({"count", "duration"})
LEDE_KINDS = frozenset({"text"}) | NUMBER_LEDE_KINDS
#: A sentence opening on one of these leans on the one before it: it is not a lede.
_LEANS = re.compile(r"^[“\"‘']?(?:It|He|She|They|We|I|You|This|That|These|Those|His|Her|Its|Their|But|And|Or|"
                    r"Yet|So|Still|However|Meanwhile|Instead|Also|Then|There)\b")

#: A sentence that ends on an auxiliary has left out its verb ('Her rival probably didn't, however.', 'The mayor said
#: it was.'): it says what the sentence before it said, so it leans on it.
_ELIDED = re.compile(r"\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should)(?:n[’']t)?"
                     r"(?:\s+not)?(?:,?\s+(?:too|either|however|though|also|as well))?[.!]?[”\"’']*\s*$", re.I)


@dataclass(frozen=True)
class _Sentence:
    source: str
    paragraph: int
    text: str
    tokens: frozenset[str]


def is_lede(fact: Fact) -> bool:
    """A fact of the lead whose sentence can open a story: its own subject, a statement, no tweet furniture."""
    text = (fact.evidence or fact.statement or "").strip()
    return (fact.kind in LEDE_KINDS and fact.paragraph is not None and fact.paragraph <= LEAD_PARAGRAPHS
            and bool(text) and not _LEANS.match(text) and not text.rstrip("”\"’' ").endswith("?")
            and not _ELIDED.search(text) and not has_tweet_furniture(text) and not in_writers_voice(text))


def ledes_of(b: Briefing) -> list[Fact]:
    """The source's lede candidates in order: its best-ranked lead statement that is a lede (at most
    `LEDES_PER_SOURCE`), after the first lead sentence that states a number when that one comes before it (a
    business story opens on its number: 'has shipped more than 10 million units in 25 days')."""
    ledes = sorted((f for f in b.facts if is_lede(f) and f.kind == "text" and _tellable(f)),
                   key=lambda f: (f.rank or 99, f.paragraph or 99, f.id))[:LEDES_PER_SOURCE]
    placed = [(at, f) for f in b.facts if is_lede(f) and f.kind in NUMBER_LEDE_KINDS
              for at in [_position(b, f)] if at is not None]
    first = min(placed, key=lambda x: (x[0], x[1].id), default=None)
    if first is not None and (not ledes or first[0] < (_position(b, ledes[0]) or (ledes[0].paragraph or 99, 0))):
        return [first[1], *ledes]
    return ledes


def lead_ledes(b: Briefing, story_year: Optional[int] = None, limit: int = FEW_SOURCES_LEDES,
               paragraphs: tuple[int, int] = (1, LEAD_PARAGRAPHS)) -> list[Fact]:
    """The source's first `limit` lead sentences that can open a story, in reading order: a statement of its own
    subject (see `is_lede`), not a bare quote, no earlier year than the story's (that is background; when the
    story's year is not known, no year at all).  `paragraphs`: the first and last (1-based) to read."""
    out = []
    first, last = paragraphs
    for p, para in enumerate(b.body[first - 1:last], start=first):
        for s in split_sentences(para):
            text = s.text.strip()
            fact = Fact(id="lead", kind="text", statement=text, paragraph=p, evidence=text)
            old = any(story_year is None or int(y) < story_year for y in _YEAR.findall(text))
            if (len(text.split()) >= _LEDE_WORDS and not text.startswith(_QUOTE_OPENS) and not old
                    and _opens_story(fact) and _tellable(fact)):
                out.append(fact)
            if len(out) >= limit:
                return out
    return out


def _opens_story(fact: Fact) -> bool:
    """`is_lede` without the lead's bound: a statement of its own subject wherever it stands."""
    return is_lede(replace(fact, paragraph=1))


def _tellable(f: Fact) -> bool:
    """A headline can tell the statement: a complete clause of it fits (not 'A sampling of the reactions in
    blogland:', not a 40-word sentence with no clause boundary); else the next-ranked statement is the lede."""
    return short_clause(f.evidence or f.statement, None, HEADLINE_WORDS) is not None


def _position(b: Briefing, f: Fact) -> Optional[tuple[int, int]]:
    """Where the fact's sentence stands in the body: (paragraph, offset in it), None when it is not there."""
    para = b.body[f.paragraph - 1] if f.paragraph and f.paragraph <= len(b.body) else ""
    at = para.find((f.evidence or f.statement or "").strip()[:40]) if para else -1
    return (f.paragraph or 0, at) if at >= 0 else None


def lede_of(b: Briefing) -> Optional[Fact]:
    """The source's best-ranked lead sentence that is a lede."""
    ledes = ledes_of(b)
    return ledes[0] if ledes else None


def _lead_sentences(b: Briefing) -> list[_Sentence]:
    return [_Sentence(b.source.id, i, s.text, frozenset(content_tokens(s.text)))
            for i, para in enumerate(b.body[:LEAD_PARAGRAPHS], start=1) for s in split_sentences(para)]


def topic_words(leads: dict[str, list[_Sentence]]) -> frozenset[str]:
    """The words most sources' leads have; in a story of fewer sources than `_TOPIC_FROM`, the words every
    lead has ('Samsung', 'Galaxy', 'S5' in three reviews of one phone), from `_TOPIC_FROM_ALL` sources: what two
    leads share is as much their agreement as their topic, so a story of two has none."""
    if len(leads) < _TOPIC_FROM_ALL:
        return frozenset()
    df = Counter(t for sentences in leads.values() for t in set().union(*[s.tokens for s in sentences]))
    if len(leads) < _TOPIC_FROM:
        return frozenset(t for t, n in df.items() if n == len(leads))
    return frozenset(t for t, n in df.items() if n > TOPIC_SHARE * len(leads))


def _index(leads: dict[str, list[_Sentence]], topic: frozenset[str]) -> dict[str, list[_Sentence]]:
    index: dict[str, list[_Sentence]] = defaultdict(list)
    for sentences in leads.values():
        for s in sentences:
            for t in s.tokens - topic:
                if len(index[t]) < _CANDIDATES_PER_WORD:
                    index[t].append(s)
    return index


def _supporters(lede: _Sentence, index: dict[str, list[_Sentence]], topic: frozenset[str],
                ledes: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset()) -> dict[str, _Sentence]:
    """Per other source, its lead sentence sharing the most particular words with the lede (at least
    `MIN_SHARED`); not one that is a lede of its own (`ledes`: (source, sentence))."""
    shared: Counter = Counter()
    for t in lede.tokens - topic:
        shared.update(s for s in index.get(t, ()) if s.source != lede.source)
    best: dict[str, tuple[int, _Sentence]] = {}
    for s, n in shared.items():
        if n >= MIN_SHARED and (s.source, _spaced(s.text)) not in ledes and (
                s.source not in best or (n, -s.paragraph) > (best[s.source][0], -best[s.source][1].paragraph)):
            best[s.source] = (n, s)
    return {src: s for src, (_, s) in sorted(best.items())}


def _candidates(briefings: list[Briefing], told: set[tuple[str, str]], story_year: Optional[int]
                ) -> list[tuple[str, Fact]]:
    """(source, lede) in the order they are tried: each source's ledes (its first one only, in a story of more
    than `FEW_SOURCES` sources); in a story of few sources, also its first lead sentences (`lead_ledes`), all
    in reading order (paragraph, then source), so an earlier sentence is a development before a later one
    could count it as support."""
    few = len(briefings) <= FEW_SOURCES
    out = []
    for b in sorted(briefings, key=lambda x: x.source.id):
        sid = b.source.id
        ledes = [f for f in ledes_of(b) if (sid, _spaced(f.evidence or f.statement)) not in told]
        if few:
            ledes += lead_ledes(b, story_year)
        unique: dict[str, Fact] = {}
        for f in ledes:
            unique.setdefault(_spaced(f.evidence or f.statement), f)        # each sentence once, where first
        out += [(sid, f) for text, f in unique.items() if f.paragraph is not None and (sid, text) not in told]
    return sorted(out, key=lambda x: ((x[1].paragraph or 0), x[0])) if few else out


def lede_developments(briefings: list[Briefing], facts: list[SummaryFact], story_year: Optional[int] = None
                      ) -> list[SummaryFact]:
    """A development per source lede that no development already carries, with the sources that report it
    (in a story of at most `FEW_SOURCES` sources, one per lead sentence of `lead_ledes` as well).  A lede
    another source words alike (wire copy) joins that source's development."""
    told = {(src, _spaced(p.text)) for f in facts if not f.background for src, p in f.evidence.items()}
    supporting: set[tuple[str, int]] = set()       # (source, paragraph) that already supports a lede
    supported: set[tuple[str, str]] = set()         # (source, sentence) that does
    ledes: set[tuple[str, str]] = set()             # (source, sentence) that is a lede
    done: set[str] = set()                         # sources that gave their lede (more than `FEW_SOURCES`)
    leads = {b.source.id: _lead_sentences(b) for b in briefings}
    topic = topic_words(leads)
    index = _index(leads, topic)
    found: list[tuple[Fact, dict[str, Passage]]] = []
    by_text: dict[str, int] = {}
    few = len(briefings) <= FEW_SOURCES
    for sid, fact in _candidates(briefings, told, story_year):
        text = _spaced(fact.evidence or fact.statement)
        if fact.paragraph is None or sid in done or (sid, text) in supported or (
                not few and (sid, fact.paragraph) in supporting):
            continue
        done.update(() if few else (sid,))
        if text in by_text:                         # the same words as an earlier lede: one development
            found[by_text[text]][1][sid] = Passage(fact.paragraph, text)
            continue
        support = _supporters(_Sentence(sid, fact.paragraph, text, frozenset(content_tokens(text))), index, topic,
                              ledes if few else frozenset())
        ledes.add((sid, text))
        supporting.update((src, s.paragraph) for src, s in support.items())
        supported.update((src, _spaced(s.text)) for src, s in support.items())
        by_text[text] = len(found)
        found.append((fact, {sid: Passage(fact.paragraph, text),
                             **{src: Passage(s.paragraph, s.text) for src, s in support.items()}}))
    return _as_facts(found)


def after_lead(briefings: list[Briefing], facts: list[SummaryFact], story_year: Optional[int], wanted: int
               ) -> list[SummaryFact]:
    """The first `wanted` statements after the sources' leads that can open a story (`lead_ledes` of the later
    paragraphs), in reading order (paragraph, then source), each a development of its own source, the ones a
    development already tells left out: for a story that has fewer than `FEW_SOURCES_DEVELOPMENTS`
    developments (most often one of few sources).  No other source's lead sentence counts as their support: in two
    or three articles, three shared words are chance ('NBC', 'soccer', 'league')."""
    if wanted <= 0:
        return []
    told = {(src, _spaced(p.text)) for f in facts if not f.background for src, p in f.evidence.items()}
    later = [(b.source.id, f) for b in briefings
             for f in lead_ledes(b, story_year, wanted + len(told), (LEAD_PARAGRAPHS + 1, len(b.body)))]
    fresh = [(sid, f) for sid, f in sorted(later, key=lambda x: (x[1].paragraph or 0, x[0]))
             if (sid, _spaced(f.evidence or f.statement)) not in told]
    return _as_facts([(f, {sid: Passage(f.paragraph, _spaced(f.evidence or f.statement))})
                      for sid, f in fresh[:wanted]], prefix="more-")


def _spaced(text: Optional[str]) -> str:
    return " ".join((text or "").split())


def _as_facts(found: list[tuple[Fact, dict[str, Passage]]], prefix: str = "lede-") -> list[SummaryFact]:
    out, taken = [], set()
    for fact, evidence in found:
        base = prefix + (slug(" ".join(content_tokens(fact.statement)[:6])) or "statement")
        fid, n = base, 2
        while fid in taken:
            fid, n = f"{base}-{n}", n + 1
        taken.add(fid)
        out.append(SummaryFact(id=fid, statement=fact.statement, sources=sorted(evidence), evidence=evidence))
    return out


__all__ = ["FEW_SOURCES", "FEW_SOURCES_DEVELOPMENTS", "MIN_SHARED", "after_lead", "is_lede", "lede_developments",
           "lede_of", "topic_words"]
