"""Background an outlet repeats: the paragraphs a newsroom pastes under every report of a continuing story (a
trial day by day, a takeover saga) -- the charges and the sentence the accused could face, when the company
collapsed, who owns what.  Carried word for word by every report of the story, such a sentence would outrank
each report's own news (its lede, told once), so it is background, not a development.

A sentence is repeated background when it stands after its report's first paragraph (the lede's) and another
report of the same outlet (both outlets unknown counts as the same: a folder of one newsroom's reports) has a
sentence in the same words, or nearly (`NEAR` of the shorter's word pairs, at least `MIN_PAIRS` of them), after
its first paragraph too -- while the two reports' first paragraphs differ (`SAME_LEDE`): reports of different
days -- and at least `MIN_REPORTS` reports carry it, or both reports carry such a sentence, or share a block of
`BLOCK` such sentences (a newsroom's reports).  Two versions of one report (an update of the same day's story, a wire story reprinted) open alike, and what
they share is that day's news.  Word pairs are compared through an inverted index (a few candidates per pair),
so the work grows with the sources.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

from generator.model.briefing import Briefing
from generator.text.matching import content_tokens, overlap, words
from generator.text.sentences import split_sentences

#: Share of the shorter sentence's word pairs (bigrams) two sentences must share to be the same words.
NEAR = 0.75
#: Word pairs two sentences must share (a short sentence alike by chance is no boilerplate).
MIN_PAIRS = 6
#: Share of the shorter first paragraph's content words two reports' first paragraphs share when they open on
#: the same news (one report's versions).
SAME_LEDE = 0.5
#: Reports that must carry the sentence: two outlets' rewrites of one day's story share sentences too (the same
#: wire copy), a newsroom's background comes back day after day.  Two reports that both carry such a sentence are
#: that newsroom's: what else they share word for word is its background as well.
MIN_REPORTS = 3
#: Sentences two reports of other news must share for the two to be one newsroom's, with no third report.
BLOCK = 3
_CANDIDATES_PER_PAIR = 50
#: A sentence that quotes is the speaker's words, the same in every report that quotes them: not boilerplate.
_QUOTES = ("\"", "“", "”")


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    ws = words(text)
    return frozenset(zip(ws, ws[1:]))


def spaced(text: Optional[str]) -> str:
    return " ".join((text or "").split())


def _reports(sources: set[str], first: dict[str, frozenset[str]]) -> int:
    """How many reports the sources are: two that open alike (`SAME_LEDE`) are versions of one."""
    counted: list[str] = []
    for sid in sorted(sources):
        if all(overlap(first[sid], first[c]) < SAME_LEDE for c in counted):
            counted.append(sid)
    return len(counted)


_Later = tuple[str, str, frozenset[tuple[str, str]]]      # (source, sentence, its word pairs)


def _later_sentences(briefings: list[Briefing]) -> tuple[list[_Later], dict[tuple[str, str], list[int]]]:
    """The sentences after each report's first paragraph that could be boilerplate (long enough, not a quote),
    with an inverted index of their word pairs."""
    sentences: list[_Later] = []
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for b in briefings:
        for s in (s for para in b.body[1:] for s in split_sentences(para)):
            pairs = _pairs(s.text)
            if len(pairs) < MIN_PAIRS or any(q in s.text for q in _QUOTES):
                continue
            for p in pairs:
                if len(index[p]) < _CANDIDATES_PER_PAIR:
                    index[p].append(len(sentences))
            sentences.append((b.source.id, spaced(s.text), pairs))
    return sentences, index


def _alike(n: int, a: _Later, b: _Later) -> bool:
    return n >= MIN_PAIRS and n >= NEAR * min(len(a[2]), len(b[2]))


def repeated_background(briefings: list[Briefing]) -> frozenset[tuple[str, str]]:
    """(source id, sentence with single spaces) of each sentence that is repeated background (see the module)."""
    first = {b.source.id: frozenset(content_tokens(b.body[0])) if b.body else frozenset() for b in briefings}
    outlet = {b.source.id: (b.source.outlet or "").casefold() for b in briefings}
    sentences, index = _later_sentences(briefings)
    twins: list[set[str]] = []            # per sentence, the other reports (other days) that carry it
    for i, (sid, _, pairs) in enumerate(sentences):
        shared: Counter = Counter(j for p in pairs for j in index[p] if j != i)
        twins.append({sentences[j][0] for j, n in shared.items() if _alike(n, sentences[i], sentences[j])
                      and sentences[j][0] != sid and outlet[sentences[j][0]] == outlet[sid]
                      and overlap(first[sid], first[sentences[j][0]]) < SAME_LEDE})
    many = [_reports(others, first) + 1 >= MIN_REPORTS for others in twins]
    newsroom = {sid for (sid, _, _), yes in zip(sentences, many) if yes} | _block_sharers(sentences, twins)
    return frozenset((sid, text) for (sid, text, _), others, yes in zip(sentences, twins, many)
                     if yes or (sid in newsroom and others & newsroom))


def _block_sharers(sentences: list[_Later], twins: list[set[str]]) -> set[str]:
    """Reports that share a block of background with another report of other news (`BLOCK` sentences or more, word
    for word or nearly): a newsroom pasting its paragraphs under two days' stories, even with no third report."""
    pairs: Counter = Counter(frozenset((sid, other)) for (sid, _, _), others in zip(sentences, twins) for other in others)
    return {sid for pair, n in pairs.items() if n >= 2 * BLOCK for sid in pair}     # each shared sentence counts twice


__all__ = ["repeated_background", "spaced"]
