"""One sentence retold by two sources with two dates that cannot both be right: 'every first lady since Lou
Hoover in the 1930s has been featured in Vogue' against 'Vogue has photographed the wife of every president
since 1929, when Lou Henry Hoover was featured'.  The timeline compares the short event phrase next to each
date, which a subordinate clause can cut ('… every American president when'); here the whole sentences are
compared: most of their words shared (`_SHARED`, `_OVERLAP`) is one statement, and a year outside a decade
('1929' against 'the 1930s'), two years or two months are a date conflict.  Days are left out (a week of
talks has many meetings), as are dates counted from an article's own day ('a month ago'), whose day may be
unknown.  Blocking is by word: each sentence is compared only with sentences that share a word with it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.consolidate.timeline import date_sort_key, event_tokens
from generator.facts.date_mentions import date_sentence
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence
from generator.text.matching import content_tokens, slug

_SHARED = 6                  # words two sentences of one statement have in common, at least …
_OVERLAP = 0.6               # … and this share of the shorter sentence's words
_GRANULARITIES = ("month", "year", "decade")
_COUNTED = ("ago", "month", "week", "year", "day", "sequel")     # relative kinds counted from the article's day
_CANDIDATES_PER_WORD = 50


@dataclass(frozen=True)
class _Dated:
    source: str
    date: str
    text: str                # as written: 'in the 1930s'
    sentence: str
    paragraph: int | None
    tokens: frozenset[str]


def _span(date: str) -> tuple[str, str]:
    """A date as the first and last year-month it covers: '1930s' -> ('1930-01', '1939-12')."""
    if date.endswith("s"):
        return f"{date[:4]}-01", f"{date[:3]}9-12"
    return (date, date) if len(date) == 7 else (f"{date}-01", f"{date}-12")


def clash(a: str, b: str) -> bool:
    """Dates that cannot both be right: spans that do not overlap ('1929' and the '1930s'; '1998' and
    '2001'); a year and a month of it, or a decade and a year in it, agree."""
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a1 < b0 or b1 < a0


def _dated(briefings: list[Briefing]) -> list[_Dated]:
    """Each month, year or decade a source states, with the one sentence that states it (a sentence giving
    two such dates is left out: which of them the other source's date answers is not known)."""
    out = []
    for b in briefings:
        found = []
        for d in b.dates:
            rel = d.relative
            if not d.date or d.granularity not in _GRANULARITIES or "/" in d.date or not d.paragraph \
                    or d.paragraph > len(b.body) or (rel and rel.kind in _COUNTED and d.granularity != "year"):
                continue
            sentence = date_sentence(b.body[d.paragraph - 1], d.text)
            if sentence:
                found.append((d, sentence))
        per_sentence: dict[str, int] = defaultdict(int)
        for _, sentence in found:
            per_sentence[sentence] += 1
        out += [_Dated(b.source.id, str(d.date), d.text, sentence, d.paragraph, _words(sentence))
                for d, sentence in found if per_sentence[sentence] == 1]
    return out


def _words(sentence: str) -> frozenset[str]:
    return frozenset(t for t in event_tokens(sentence) if not t[:1].isdigit())


def _retold(a: _Dated, b: _Dated) -> bool:
    shared = len(a.tokens & b.tokens)
    return shared >= _SHARED and shared >= _OVERLAP * min(len(a.tokens), len(b.tokens))


def _conflict(a: _Dated, b: _Dated) -> Conflict:
    subject = min((a.sentence, b.sentence), key=len).rstrip(".")
    values = [ConflictValue(value=f"{x.date} ({x.text})", sources=[x.source],
                            evidence=[Evidence(x.source, x.paragraph, x.sentence)])
              for x in sorted((a, b), key=lambda x: date_sort_key(x.date))]
    return Conflict(id="date-" + slug(" ".join(content_tokens(subject)[:5])), subject=subject, attribute="date",
                    values=values)


def retold_date_conflicts(briefings: list[Briefing], known: list[Conflict]) -> list[Conflict]:
    """Date conflicts between retellings of one sentence, except a pair of dates a conflict in `known` (the
    timeline's) already shows."""
    shown = {frozenset(str(v.value).split(" (")[0] for v in c.values) for c in known if c.attribute == "date"}
    items = _dated(briefings)
    by_word: dict[str, list[int]] = defaultdict(list)
    out: dict[str, Conflict] = {}
    for i, a in enumerate(items):
        candidates = sorted({j for t in a.tokens for j in by_word[t][:_CANDIDATES_PER_WORD]})
        for j in candidates:
            b = items[j]
            pair = frozenset((a.date, b.date))
            if b.source != a.source and pair not in shown and clash(a.date, b.date) and _retold(a, b):
                shown.add(pair)
                c = _conflict(b, a)
                out.setdefault(c.id, c)
        for t in a.tokens:
            by_word[t].append(i)
    return list(out.values())


__all__ = ["clash", "retold_date_conflicts"]
