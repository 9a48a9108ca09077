"""Sentence splitting for news paragraphs, tolerant of abbreviations and machine-translation damage.

Facts cite the exact sentence they rest on, so a split must never cut "U.S. officials", "J.K. Shin" or
"Vladimir V. Putin" in two, yet "in the U.S. The company" is two sentences; a stray " ." or a lowercase
restart after a full stop (MT damage) still ends a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from generator.lexicon.calendar import MONTH_ABBREVIATIONS
from generator.lexicon.function_words import CAPITALISED_FUNCTION_WORDS
from generator.lexicon.names import ABBREVIATED_TITLES, SENTENCE_STARTERS

# Words whose full stop never ends a sentence, because something always follows them: titles before a name
# (lexicon), month abbreviations, and these.
_ABBREVIATIONS = {
    "st", "no", "vs", "e.g", "i.e", "approx",
} | set(MONTH_ABBREVIATIONS) | {t.lower() for t in ABBREVIATED_TITLES}
# Words whose full stop may end a sentence: name suffixes, company forms, times ('Martin Luther King Jr.',
# 'Samsung Electronics Co.', '9 a.m.').  Like initials, they end one only when a sentence opener follows.
_SENTENCE_FINAL_ABBREVIATIONS = {"sr", "jr", "etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "est"}
# Capital initials, one or several: 'W', 'J.K', 'U.S', 'J. R. R' (each letter its own word).
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# Words that open a new sentence, never continue a name: 'in the U.S. The company', 'King Jr. It was'.
_OPENERS = CAPITALISED_FUNCTION_WORDS | SENTENCE_STARTERS
_NEXT_WORD = re.compile(r"[“\"‘'(]*([\w’'-]+)")
_BOUNDARY = re.compile(r"(?<=[.!?…])[”\"’']?\s+(?=[“\"‘']?[A-Z0-9#@])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, with its character offset so spans can be mapped back."""

    text: str
    start: int


def abbreviation_continues(word: str, after: str) -> bool:
    """Whether the full stop after `word` (as written, without that stop: 'J.K', 'Jr', 'Gen') leaves the
    sentence open, `after` being the text that follows it.

    Titles and the like always do ('Gen. Lloyd Austin'); initials and words such as 'Jr.', 'Inc.' do unless
    the next word opens a sentence: 'mobile chief J.K. Shin said' is one sentence, 'sold in the U.S. The
    company said' two.  A lowercase word before the stop ('said. The') is never an abbreviation."""
    word = word.lstrip("(“\"‘")
    lowered = word.lower()
    if lowered in _ABBREVIATIONS:
        return True
    if lowered in _SENTENCE_FINAL_ABBREVIATIONS or _INITIALS.fullmatch(word):
        m = _NEXT_WORD.match(after.lstrip())
        return not (m and m.group(1) in _OPENERS)
    return False


def _ends_with_abbreviation(chunk: str, after: str) -> bool:
    words = chunk.rstrip("”\"’'").split()
    return bool(words) and abbreviation_continues(words[-1].rstrip("."), after)


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
        if _ends_with_abbreviation(chunk, paragraph[m.end():m.end() + 40]):
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
