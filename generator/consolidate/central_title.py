"""The title the other sources bear out most, for a story whose titles and leads share no event noun and no
key phrase: what happened, in the words of one headline.

A carrier switching a phone's feature off, a magazine cover, a broadcaster winning a league's rights: no
'attack' or 'election' names such a story, and headlines word it each their own way ('Carriers are blocking
one of the best features …', 'Big carriers remove …').  Yet a headline states what its article reports, so the
headline whose words the other sources write most is the story's: each content word of a title counts the
share of the other sources whose title or lead writes it (`BODY_SUPPORT` when only a later paragraph does: a
feature article reaches its news after an anecdote), a name (a word the sources capitalise inside a sentence)
`NAME_WEIGHT` times, since a story is about its particular names while 'new' or 'best' are shared by chance;
over all the title's words, so a title that adds words nobody else writes says less of the story.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.model.briefing import Briefing
from generator.text.matching import content_tokens
from generator.text.title_case import capitalised_words, sentence_case

#: Support of a word another source writes only after its lead.
BODY_SUPPORT = 0.5
#: Weight of a name against a common word.
NAME_WEIGHT = 2.0
#: A longer title is a sentence or a standfirst, not a name for the story.
MAX_TITLE_WORDS = 16
#: A source backs the title when its title or lead writes at least this share of the title's words.
BACKING_SHARE = 0.5


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in content_tokens(text) if len(t) > 1)


@dataclass(frozen=True)
class _Corpus:
    """Per source, the content words of its title and lead and those only later in its body; per word, how
    many sources write it in their lead and how many only later (counted once, so the scoring is linear);
    the names of all."""

    leads: dict[str, frozenset[str]]
    later: dict[str, frozenset[str]]
    in_lead: Counter[str]
    in_later: Counter[str]
    names: frozenset[str]


def _corpus(briefings: list[Briefing]) -> _Corpus:
    body_text = {b.source.id: "\n".join(b.body) for b in briefings}
    leads = {b.source.id: _tokens("\n".join([b.source.title or "", *b.body[:LEAD_PARAGRAPHS]])) for b in briefings}
    later = {sid: _tokens(text) - leads[sid] for sid, text in body_text.items()}
    return _Corpus(leads=leads, later=later, in_lead=Counter(w for ws in leads.values() for w in ws),
                   in_later=Counter(w for ws in later.values() for w in ws),
                   names=frozenset().union(*(_tokens(" ".join(capitalised_words(t))) for t in body_text.values())))


def _borne_out(words: frozenset[str], own: str, corpus: _Corpus) -> float:
    """How much of a title (its content words `words`, of source `own`) the other sources write (0 to 1)."""
    others = len(corpus.leads) - 1
    if not others:
        return 1.0

    def share(w: str) -> float:
        lead = corpus.in_lead[w] - (w in corpus.leads[own])
        later = corpus.in_later[w] - (w in corpus.later[own])
        return (lead + BODY_SUPPORT * later) / others

    weight = {w: NAME_WEIGHT if w in corpus.names else 1.0 for w in words}
    return sum(weight[w] * share(w) for w in words) / sum(weight.values())


def central_title(briefings: list[Briefing]) -> tuple[Optional[str], list[str]]:
    """(the title the other sources bear out most, read as a sentence; the sources that back it), or
    (None, []) when no source has a title of at most `MAX_TITLE_WORDS` words that is no question ('Who were
    the attackers?' asks, it does not say what happened) or no other source shares a word of any."""
    corpus = _corpus(briefings)
    best: Optional[tuple[tuple, str, str, frozenset[str]]] = None
    for b in briefings:
        title = sentence_case(" ".join((b.source.title or "").split()), b.body).rstrip(" .")
        words = _tokens(title)
        if not words or len(title.split()) > MAX_TITLE_WORDS or title.endswith("?"):
            continue
        score = _borne_out(words, b.source.id, corpus)
        key = (score, -len(title.split()), b.source.id)
        if score > 0 and (best is None or key > best[0]):
            best = (key, title, b.source.id, words)
    if best is None:
        return None, []
    _, title, own, words = best
    return title, sorted(sid for sid, lead in corpus.leads.items()
                         if sid == own or len(words & lead) >= BACKING_SHARE * len(words))


__all__ = ["central_title"]
