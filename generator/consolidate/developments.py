"""Headline facts are the developments: what several sources report, early in their articles, each as a
short complete sentence.  Who holds which office and what happened years before is background, shown in a
section of its own below.

Rank: a source that reports a fact in its lead (the first paragraphs) counts twice, one that reports it
further down once (only sources whose sentences share its subject, not just its number); ties go to the fact told earlier (its median paragraph).  The sentence shown is the
shortest that carries the fact among its sources' wordings, cut at a clause boundary when it is long
(`text.clauses`), never a tweet's hashtags and links.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from statistics import median
from typing import Any, Optional

from generator.consolidate.story import LEAD_PARAGRAPHS
from generator.model.briefing import Passage, SummaryFact, Update
from generator.text.clauses import has_tweet_furniture, in_writers_voice, short_clause
from generator.text.matching import content_tokens, stem

#: Words a headline sentence may have (a longer one is cut at a clause boundary).
HEADLINE_WORDS = 30
#: Words besides the number and its unit two sources' sentences must share to report the same thing ('3 days'
#: in 'three days after the plane vanished' and in 'a three-day summit' is no agreement).
SHARED_WORDS = 2
CENTRAL_FROM = 3
#: Share of the shorter sentence's words two developments' sentences have in common to say the same thing.
SAME_STATEMENT = 0.7
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
#: A decade ('the late 1990s', 'in the 1980s'): before the story's when it ended before the story's year.
_DECADE = re.compile(r"\b(1[5-9]\d0|20\d0)[’']?s\b")
_SINCE = re.compile(r"\bsince\b", re.I)
#: An opening that puts what follows in a past period of someone's life or of a thing's ('During her four years
#: at the charity, …', 'From the earliest days of …'): background, like a year before the story's.
PAST_PERIOD = re.compile(r"(?:During (?:her|his|their|its) (?:[\w-]+ ){0,3}(?:years|days|time|tenure|career)\b"
                         r"|From (?:almost )?the (?:very )?(?:earliest|early|first) (?:days|years)\b"
                         r"|As a (?:child|girl|boy|student|teenager)\b|Years (?:ago|earlier|before)\b|Long before\b)")
#: A dated event's statement ends on its day ('… on March 12 and 13: 2013-03-12.'); its sentence is the same.
_DATE_SUFFIX = re.compile(r":\s*\d{4}(?:-\d\d){0,2}\.?$")


def _value_text(value: Any) -> list[str]:
    """How a fact's value may be written in its sentence ('1600' as '1,600')."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [str(value), f"{value:,}"]
    if isinstance(value, float) and value.is_integer():
        return [str(int(value)), f"{int(value):,}"]
    text = str(value)          # a day or month is written in words, not as its ISO value
    if isinstance(value, str) and (shown := _SHOWN_NUMBER.search(value)):   # an update's '12,000,000 units'
        return _number_forms(float(shown.group(1).replace(",", "")))
    return [text] if isinstance(value, (float, str)) and len(text) < 40 and not _ISO.match(text) else []


def _number_forms(number: float) -> list[str]:
    """How a number shown with separators may be written: '12,000,000' as '12 million', '1,600' as '1600'."""
    forms = [f"{number:,.0f}", f"{number:.0f}"] if number.is_integer() else [f"{number:g}"]
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if number >= scale and (number / scale * 10).is_integer():
            forms.append(f"{number / scale:g} {word}")
            break
    return forms


def _wordings(fact: SummaryFact) -> list[tuple[str, Optional[int]]]:
    """(sentence, paragraph) of each source's wording of the fact."""
    return [(e.text, e.paragraph) for e in fact.evidence.values() if e.text]


def _texts(fact: SummaryFact) -> list[str]:
    return [e.text for e in fact.evidence.values() if e.text]


_ISO = re.compile(r"\d{4}-\d\d")
#: The number in an update's shown value ('at least 132 dead', '12,000,000 units'), not in a magnitude's.
_SHOWN_NUMBER = re.compile(r"^(?:[a-z]+ ){0,3}(\d{1,3}(?:,\d{3})+|\d+) [a-z]")
_PRONOUN = re.compile(r"^(?:It|He|She|They|We|This|That|These|Those|His|Her|Its|Their)\b")


def _preference(sentence: str, paragraph: Optional[int], shared: float = 0.0) -> tuple[bool, float, bool, int]:
    """A sentence that names its subject beats one that opens on a pronoun; then the wording most other
    sources' wordings agree with (`shared`: what the fact is, not one source's aside about it); a lead's
    wording (where news states what happened) beats a later paragraph's; then the shorter."""
    later = paragraph is None or paragraph > LEAD_PARAGRAPHS
    return bool(_PRONOUN.match(sentence)), -shared, later, len(sentence)


def headline_sentence(fact: SummaryFact, max_words: int = HEADLINE_WORDS) -> Optional[str]:
    """The shortest complete sentence or clause among the fact's wordings (the sources' own sentences; the
    machine's statement only when there are none) that carries its value."""
    forms = _value_text(fact.value)
    wordings = _wordings(fact)
    central = _centrality([_subject_words(text, fact.unit) for text, _ in wordings])
    best: Optional[tuple[str, Optional[int], float]] = None
    for i, (text, paragraph) in enumerate(wordings or [(fact.statement, None)]):
        if not text or has_tweet_furniture(text) or in_writers_voice(text):
            continue                                   # a tweet's wording, an opinion piece's 'I'
        must = next((f for f in forms if f in text), None) if forms else None
        if forms and must is None and wordings:
            continue                                   # this wording does not carry the value
        cut = short_clause(text, must, max_words)
        shared = central[i] if central else 0.0
        if cut and (best is None or _preference(cut, paragraph, shared) < _preference(*best)):
            best = (cut, paragraph, shared)
    if best is None and wordings and fact.statement and not has_tweet_furniture(fact.statement) \
            and not in_writers_voice(fact.statement):
        return short_clause(fact.statement, None, max_words)    # a dated event's name: 'Talks in Geneva: …'
    return best[0] if best else None


def _paragraphs(fact: SummaryFact) -> list[int]:
    return [e.paragraph for e in fact.evidence.values() if e.paragraph is not None]


def lead_sources(fact: SummaryFact) -> int:
    return sum(1 for p in _paragraphs(fact) if p <= LEAD_PARAGRAPHS)


def _subject_words(text: str, unit: Optional[str]) -> set[str]:
    skip = {stem(w) for w in content_tokens(unit or "")}
    return {t for t in content_tokens(text) if not t.isdigit() and t not in skip}


def _shares(words: list[set[str]]) -> list[int]:
    """For each wording, how many of its subject words another wording also has (linear: by word counts)."""
    df = Counter(w for ws in words for w in ws)
    return [sum(1 for w in ws if df[w] > 1) for ws in words]


def _centrality(words: list[set[str]]) -> list[float]:
    """For each wording, how many other wordings share each of its subject words, on average: the wording
    that says what most of them say, not the longest (whole wordings; from `CENTRAL_FROM` wordings on: two
    wordings share what they share)."""
    if len(words) < CENTRAL_FROM:
        return [0.0] * len(words)
    df = Counter(w for ws in words for w in ws)
    return [float((sum(df[w] - 1 for w in ws) // len(ws))) if ws else 0.0 for ws in words]


def support(fact: SummaryFact) -> tuple[int, int]:
    """(sources, lead sources) that report the fact itself: whose sentence shares `SHARED_WORDS` words besides
    the number and unit with other sources' sentences (a value alone, '3 days', brings sentences together that say
    different things).  A fact of one wording, or of none that agree, counts one source."""
    evidence = [(e.text or "", e.paragraph if e.paragraph is not None else 99) for e in fact.evidence.values()]
    if len(evidence) < 2:
        return len(fact.sources) or 1, lead_sources(fact)
    shares = _shares([_subject_words(text, fact.unit) for text, _ in evidence])
    agree = [i for i, n in enumerate(shares) if n >= SHARED_WORDS]
    if not agree:
        return 1, int(min(p for _, p in evidence) <= LEAD_PARAGRAPHS)
    leads = sum(1 for i in agree if evidence[i][1] <= LEAD_PARAGRAPHS)
    return len(agree), leads


def _agreeing_texts(fact: SummaryFact) -> list[str]:
    """The wordings that report the fact itself (see `support`); the fact's own statement when none agree."""
    texts = _texts(fact)
    if len(texts) < 2:
        return texts or [fact.statement]
    shares = _shares([_subject_words(t, fact.unit) for t in texts])
    return [t for t, n in zip(texts, shares) if n >= SHARED_WORDS] or [fact.statement]


def _dates_before(text: str, story_year: int) -> bool:
    """The sentence names a year before the story's, or a decade that ended before it (not one a span runs from
    up to now: 'every first lady since Lou Hoover in the 1930s has been …')."""
    return (any(int(y) < story_year for y in _YEAR.findall(text))
            or any(int(m.group(1)) + 10 <= story_year and not _SINCE.search(text[max(0, m.start() - 40):m.start()])
                   for m in _DECADE.finditer(text)))


def is_history(fact: SummaryFact, story_year: Optional[int]) -> bool:
    """Most of the wordings that report the fact (`_agreeing_texts`) date it to a year (or a decade) before the
    story's or open on a past period (`PAST_PERIOD`), or its value is such a year."""
    if not story_year:
        return False
    value = str(fact.value or "")
    if fact.unit in ("date", "year") and value[:4].isdigit() and int(value[:4]) < story_year:
        return True
    texts = _agreeing_texts(fact)
    old = sum(1 for t in texts if _dates_before(t, story_year) or PAST_PERIOD.match(t.strip()))
    return 2 * old > len(texts)


def is_repeated(fact: SummaryFact, repeated: frozenset[tuple[str, str]]) -> bool:
    """Most of the wordings that report the fact are an outlet's repeated background
    (`boilerplate.repeated_background`: (source, sentence))."""
    if not repeated:
        return False
    texts = set(_agreeing_texts(fact))
    agreeing = [(src, " ".join((e.text or "").split())) for src, e in fact.evidence.items() if e.text in texts]
    n = sum(1 for w in agreeing if w in repeated)
    return 2 * n > len(agreeing)


def rank(facts: list[SummaryFact], story_year: Optional[int],
         repeated: frozenset[tuple[str, str]] = frozenset()) -> list[SummaryFact]:
    """Developments first (by sources, lead sources counted twice, then earliness), each with its shortest
    complete sentence; then background (titles, history, an outlet's repeated background (`repeated`), facts no
    complete sentence can carry)."""
    developments, background = [], []
    found_with: dict[int, str] = {}           # id() of a development -> the statement it was found with
    for f in facts:
        if f.background:                      # a title fact says it best in its own words ('X is Y.')
            background.append(f)
            continue
        sentence = headline_sentence(f)
        if sentence is None or is_history(f, story_year) or is_repeated(f, repeated):
            background.append(replace(f, statement=sentence or _without_day(f.statement), background=True))
        else:
            developments.append(replace(f, statement=sentence))
            found_with[id(developments[-1])] = f.statement
    shared = _shared_words([f.statement for f in developments])
    developments.sort(key=lambda f: (-sum(support(f)), median(_paragraphs(f) or [99]) > LEAD_PARAGRAPHS,
                                     -shared[f.statement], median(_paragraphs(f) or [99]), f.id))
    developments = _own_words_when_taken(developments, found_with)
    background.sort(key=lambda f: (-len(f.sources), f.id))
    return _one_per_sentence(_one_per_statement(developments)) + _one_per_sentence(background)


def _own_words_when_taken(developments: list[SummaryFact], found_with: dict[int, str]) -> list[SummaryFact]:
    """A development shown with the sentence a higher-ranked one is shown with (a sentence of another source
    that supports both: 'Samsung reportedly sells 40 percent fewer …' for '… managed to sell 11 million …') is
    told with the sentence it was found with, when that is one of its sources' own and a headline can tell it;
    else it stays one headline with the other (`_one_per_sentence`)."""
    shown: set[str] = set()
    out = []
    for f in developments:
        own = " ".join(found_with.get(id(f), "").split())
        if _sentence_key(f.statement) in shown and own and any(" ".join((e.text or "").split()) == own
                                                               for e in f.evidence.values()):
            cut = short_clause(own, None, HEADLINE_WORDS)
            f = replace(f, statement=cut) if cut and _sentence_key(cut) not in shown else f
        shown.add(_sentence_key(f.statement))
        out.append(f)
    return out


def _sentence_key(statement: str) -> str:
    """What two facts shown with one sentence share (a dated event's day after its statement left out)."""
    return _DATE_SUFFIX.sub("", " ".join(statement.casefold().split())).rstrip(". ")


def from_updates(updates: list[Update], facts: list[SummaryFact]) -> list[SummaryFact]:
    """A developing value is a development too ('a UN agency reported that more than 1,600 people were confirmed
    dead'): told with its latest value's sentence, carried by every source of its series (each reports it),
    unless that sentence is already a development's wording."""
    told = {" ".join((p.text or "").split()) for f in facts if not f.background for p in f.evidence.values()}
    out = []
    for u in updates:
        latest = u.values[-1] if u.values else None
        evidence = {e.source: Passage(e.paragraph, e.text) for e in (latest.evidence if latest else []) if e.text}
        if not evidence or any(" ".join((p.text or "").split()) in told for p in evidence.values()):
            continue
        sources = sorted({sid for v in u.values for sid in v.sources})
        out.append(SummaryFact(id=f"update-{u.id}", statement=next(iter(evidence.values())).text or u.subject,
                               value=latest.value if latest else None, sources=sources, evidence=evidence))
    return out


def _shared_words(statements: list[str]) -> dict[str, int]:
    """Per statement, how many of its words other statements also have: between two told in the lead by as
    many sources, the one about what the others are about (a speech's report before a blogger's aside)."""
    words = {s: set(content_tokens(s)) for s in statements}
    df = Counter(w for ws in words.values() for w in ws)
    return {s: sum(1 for w in ws if df[w] > 1) for s, ws in words.items()}


def _without_day(statement: str) -> str:
    """A dated event's statement without the ISO day it ends on (the value column shows the day)."""
    cut = _DATE_SUFFIX.sub("", statement).rstrip()
    return cut if cut == statement else cut.rstrip(",;: ") + "."


def _one_per_statement(facts: list[SummaryFact]) -> list[SummaryFact]:
    """A development whose sentence says what a higher-ranked one's says (`SAME_STATEMENT` of the shorter's
    words, at least `SHARED_WORDS` + 2 of them) is that development told again: it is not a headline of its own.
    A fact with a value of its own (a date, a count the other does not carry) always stays."""
    kept: list[tuple[SummaryFact, set[str]]] = []
    for f in facts:
        words = set(content_tokens(f.statement))
        if not any(_same_value(f, k) and len(words & w) >= SHARED_WORDS + 2
                   and len(words & w) >= SAME_STATEMENT * min(len(words), len(w)) for k, w in kept):
            kept.append((f, words))
    return [f for f, _ in kept]


#: Two sentences differing in at most this many content words, of at least `RETOLD_WORDS`, are one sentence retold
#: ('When the firm finally collapsed, …' / 'When WorldCom finally collapsed, …', two outlets' copies of one line).
RETOLD_CHANGES = 2
RETOLD_WORDS = 8


def _retold(a: set[str], b: set[str]) -> bool:
    return len(a & b) >= RETOLD_WORDS and len(a ^ b) <= RETOLD_CHANGES


def _same_value(f: SummaryFact, kept: SummaryFact) -> bool:
    return f.value in (None, "") or f.value == kept.value


def _one_per_sentence(facts: list[SummaryFact]) -> list[SummaryFact]:
    """Two facts shown with one sentence (a count and a date of 'X withdrew millions on March 12'), or with two
    copies of one sentence that differ in a word or two (`_retold`), are one headline: the first keeps the
    other's sources and evidence."""
    kept: dict[str, SummaryFact] = {}
    words: dict[str, set[str]] = {}
    for f in facts:
        key = _sentence_key(f.statement)
        mine = set(content_tokens(f.statement))
        key = next((k for k, w in words.items() if _retold(mine, w)), key)
        first = kept.get(key)
        if first is None:
            kept[key], words[key] = f, mine
            continue
        sources = sorted({*first.sources, *f.sources})
        kept[key] = replace(first, sources=sources, evidence={**f.evidence, **first.evidence})
    return list(kept.values())


__all__ = ["HEADLINE_WORDS", "from_updates", "headline_sentence", "is_history", "is_repeated", "lead_sources", "rank"]
