"""The article as speaker search sees it: quotes masked out, sentence bounds, and the records passed
between the speaker rules (subjects, attributions, who spoke where).

Kept apart from `speakers` so the rules read on their own and both modules stay short.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort_right
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Any, Callable, Optional, TypeVar, cast

from generator.lexicon.cues import CUE_RE
from generator.mentions.names import NameTable
from generator.quotes.marks import QuoteSpan
from generator.text.sentences import abbreviation_continues

#: A transcript's speaker label opening a paragraph: "Michelle Obama: …", "Mrs. Lee: …" (at most four words).
LABEL_RE = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*:\s")
_BOUNDARY_RE = re.compile(r"([.!?…])[\"”’»“]?\s+(?=[\"“‘«_]?[A-Z_])")


@dataclass
class Subject:
    kind: str          # person | people | pronoun | description | title | org | surface | document | orgdesc | campaign
    text: str          # canonical name for person, the words as written otherwise
    at: int            # offset in the paragraph
    body: Optional[str] = None      # the organisation an unnamed spokesperson speaks for ("an IAAF spokesman"); a
    # campaign's kind ("transition team")


@dataclass
class Attribution:
    speaker: Optional[str] = None
    role: Optional[str] = None
    cue: Optional[str] = None


@dataclass
class SpeakerEvent:
    """Someone who speaks (subject of a reporting verb, or a quote's speaker) at a place in the text."""

    paragraph: int
    at: int
    speaker: str
    is_org: bool = False
    cue: Optional[str] = None
    maybe_org: bool = False     # a name with no given name ("Big Machine said"): 'they' may stand for it


@dataclass
class ArticleContext:
    """Everything speaker search needs about one article, computed once."""

    body: list[str]
    masked: list[str]
    table: NameTable
    skip: set[int] = field(default_factory=set)
    events: list[SpeakerEvent] = field(default_factory=list)
    anonymous: list[tuple[int, int]] = field(default_factory=list)     # unnamed people opening a sentence
    voices: list[SpeakerEvent] = field(default_factory=list)           # bodies unnamed spokespeople spoke for
    apposed: dict[tuple[int, int], str] = field(default_factory=dict)  # ... then named: "Another spectator, Fahmi,"
    joint: dict[str, list[str]] = field(default_factory=dict)          # "A, B and C" -> [A, B, C]
    memo: dict[tuple, object] = field(default_factory=dict)            # see `per_article`


_R = TypeVar("_R")


def per_article(fn: Callable[..., _R]) -> Callable[..., _R]:
    """Memoise `fn(ctx, *args)` on the article: for lookups that read the whole article (its body, name table
    or mentions) and not the speaker events found so far, so a long article pays for each distinct question
    once, not once per reporting verb (quadratic)."""
    @wraps(fn)
    def cached(ctx: ArticleContext, *args: Any) -> _R:
        key = (fn.__name__, *args)
        if key not in ctx.memo:
            ctx.memo[key] = fn(ctx, *args)
        return cast(_R, ctx.memo[key])
    return cached


def events_before(ctx: ArticleContext, first_paragraph: int, p: int, at: int,
                  most: Optional[int] = None) -> list[SpeakerEvent]:
    """The speaker events from paragraph `first_paragraph` up to (not including) offset `at` of paragraph `p`
    (the last `most` of them)."""
    return events_between(ctx, (first_paragraph, -1), (p, at), most)


def add_event(ctx: ArticleContext, p: int, at: int, speaker: str, is_org: bool, cue: Optional[str]) -> None:
    """Insert in reading order, after events at the same place (a sort per event would be quadratic)."""
    insort_right(ctx.events, SpeakerEvent(p, at, speaker, is_org, cue), key=lambda e: (e.paragraph, e.at))


def events_between(ctx: ArticleContext, first: tuple[int, int], last: tuple[int, int],
                   most: Optional[int] = None) -> list[SpeakerEvent]:
    """The speaker events whose (paragraph, offset) lies in [first, last), by bisection (the events are kept in
    reading order); with `most`, only the last that many, so a caller that needs the latest few does not copy
    every event of a long paragraph each time it asks."""
    start = bisect_left(ctx.events, first, key=_event_key)
    end = bisect_left(ctx.events, last, key=_event_key)
    return ctx.events[max(start, end - most) if most is not None else start:end]


def _event_key(ev: SpeakerEvent) -> tuple[int, int]:
    return ev.paragraph, ev.at


def mask_quotes(para: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with quoted words blanked ('_'), so cues and names inside quotes are never read.

    Sentence-final punctuation inside a quote is kept, so sentence splitting still sees it."""
    chars = list(para)
    for s in spans:
        keep = s.end - 1 if para[s.end - 1:s.end] in ".!?…" else -1
        for i in range(s.start, s.end):
            if i != keep:
                chars[i] = "_"
    return "".join(chars)


#: After a quote that ends in ? or !, an attribution tail continues the sentence (“Why?” Schiff asked.).
_ATTRIBUTION_TAIL_RE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|the|he|she|they|He|She|They)\s+){1,5}?(?:\w+ly\s+)?"
                                  + CUE_RE.pattern + r"|" + CUE_RE.pattern + r"\s")


_LAST_WORD_RE = re.compile(r"([\w.]+)$")


def _last_word(text: str, end: int) -> Optional[str]:
    """The word `text[:end]` ends with, without copying or searching the text before it: found in the 40
    characters before `end`, and followed back character by character when it is longer (a masked quote's
    `___`), so each boundary costs the length of its own word."""
    lo = max(0, end - 40)
    m = _LAST_WORD_RE.search(text, lo, end)
    if not m:
        return None
    start = m.start()
    if start == lo:
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1
    return text[start:m.end(1)]


def outside_quotes(masked: str, at: int) -> bool:
    """Offset `at` of a masked paragraph is a word of the text, not a blanked quote's '_' nor past its end."""
    return masked[at:at + 1] not in ("_", "")


def sentence_starts(masked: str) -> list[int]:
    """Offsets where the sentences of a masked paragraph start (memoised: every quote asks for its paragraph's)."""
    return list(_sentence_starts(masked))


@lru_cache(maxsize=1024)
def _sentence_starts(masked: str) -> tuple[int, ...]:
    label = LABEL_RE.match(masked)       # "Ann Lee: Nora is starting to ask: …": the answer opens a sentence
    starts = [0] + ([label.end()] if label else [])
    for m in _BOUNDARY_RE.finditer(masked):
        word = _last_word(masked, m.start(1))
        if word and abbreviation_continues(word, masked[m.end():m.end() + 40]):
            continue
        closing = masked[m.start(1) + 1:m.end()].strip()
        if closing and m.group(1) in "?!" and _ATTRIBUTION_TAIL_RE.match(masked, m.end()):
            continue
        starts.append(m.end())
    return tuple(starts)


_NON_SPACE = re.compile(r"\S")
_WORD_CHARACTER = re.compile(r"[^\W_]")


def opens_paragraph(masked: str, at: int) -> bool:
    """Nothing but spaces before offset `at`: a search that stops at the first character, not a copy of the
    paragraph's prefix per quote (quadratic in one long paragraph)."""
    return _NON_SPACE.search(masked, 0, at) is None


def next_word_at(masked: str, at: int) -> int:
    """The offset of the first character after `at` that is not a space (the paragraph's length if none)."""
    m = _NON_SPACE.search(masked, at)
    return m.start() if m else len(masked)


def sentence_starts_within(masked: str, low: int, high: int, most: int) -> tuple[int, ...]:
    """The last `most` sentence starts of the masked paragraph in [low, high), by bisection: a rule that looks
    back over the sentences before a quote must not walk every sentence of a paragraph per quote (issue 19)."""
    starts = _sentence_starts(masked)
    end = bisect_left(starts, high)
    return starts[max(bisect_left(starts, low), end - most):end]


def sentence_starts_before(masked: str, at: int, most: int) -> tuple[int, ...]:
    """The last `most` sentence starts of the masked paragraph before offset `at` (a slice of the memoised
    starts, not a copy of them all)."""
    starts = _sentence_starts(masked)
    end = bisect_left(starts, at)
    return starts[max(0, end - most):end]


def is_sentence_start(masked: str, at: int) -> bool:
    """A sentence of the masked paragraph starts at offset `at` (a binary search of the memoised starts)."""
    starts = _sentence_starts(masked)
    i = bisect_left(starts, at)
    return i < len(starts) and starts[i] == at


def words_after(masked: str, at: int) -> bool:
    """A letter or digit (not a blanked quote's '_') after offset `at`."""
    return _WORD_CHARACTER.search(masked, at) is not None


def sentence_bounds(masked: str, at: int, until: int | None = None) -> tuple[int, int]:
    """Start and end of the sentence containing offset `at` (extended to the one containing `until`)."""
    starts = _sentence_starts(masked)
    k = bisect_right(starts, at) - 1
    j = bisect_right(starts, until if until is not None else at) - 1
    end = starts[j + 1] if j + 1 < len(starts) else len(masked)
    return starts[max(k, 0)], end
