"""Sentence splitting for news paragraphs, tolerant of abbreviations and machine-translation damage.

Facts cite the exact sentence they rest on, so a split must never cut "U.S." or "Vladimir V. Putin"
in two; a stray " ." or a lowercase restart after a full stop (MT damage) still ends a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from generator.lexicon.calendar import MONTH_ABBREVIATIONS
from generator.lexicon.names import ABBREVIATED_TITLES

# Words that end with a full stop without ending the sentence: titles before a name (lexicon), month
# abbreviations, and these.
_ABBREVIATIONS = {
    "st", "sr", "jr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    "approx", "est",
} | set(MONTH_ABBREVIATIONS) | {t.lower() for t in ABBREVIATED_TITLES}
_BOUNDARY = re.compile(r"(?<=[.!?…])[”\"’']?\s+(?=[“\"‘']?[A-Z0-9#@])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, with its character offset so spans can be mapped back."""

    text: str
    start: int


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip("”\"’'").split()
    if not words:
        return False
    last = words[-1].rstrip(".").lower().lstrip("(“\"‘")
    if last in _ABBREVIATIONS:
        return True
    return len(last) == 1 and "a" <= last <= "z"       # an initial: "Vladimir V. Putin"


def split_sentences(paragraph: str) -> list[Sentence]:
    """Sentences of one paragraph, in order; offsets index into `paragraph`.

    Memoised per paragraph: dates, numbers, events and headlines each split the same paragraphs."""
    return list(_split(paragraph))


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of `paragraph` that holds character `offset`, or the whole paragraph between sentences.

    A binary search over the memoised split: callers ask once per match, so a scan per call would make
    a long paragraph quadratic."""
    sentences = _split(paragraph)
    i = bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < sentences[i].start + len(sentences[i].text):
        return sentences[i].text
    return paragraph


@lru_cache(maxsize=4096)
def _split(paragraph: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        chunk = paragraph[start:m.start()]
        if _ends_with_abbreviation(chunk):
            continue
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Sentence(text=paragraph[start + lead:m.end()].strip(), start=start + lead))
        start = m.end()
    tail = paragraph[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        out.append(Sentence(text=tail.strip(), start=start + lead))
    return tuple(out)
