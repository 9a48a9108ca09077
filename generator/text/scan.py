"""Scanning a long text without copying it: a regex that must end at an offset is searched only in a window
before it, so a paragraph of n characters with k hits costs O(n + k * window), not O(n * k)."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Iterable

#: How far back a context pattern ("in the", "said farmer") is searched.  Every such pattern in the stages is a
#: few words long; a match longer than this (a single "word" of hundreds of letters) is not looked for.
LOOKBACK = 300


def ends_at(rx: re.Pattern[str], text: str, end: int, lookback: int = LOOKBACK) -> re.Match[str] | None:
    """`rx.search(text[:end])` for a pattern anchored with `$`, without the copy and the scan from the start:
    Python's `search(text, pos, endpos)` treats `endpos` as the end of the string, and lookbehinds and `\\b`
    still see the characters before `pos`, so every match shorter than `lookback` is found as before."""
    return rx.search(text, max(0, end - lookback), end)


class Covered:
    """Whether an offset lies inside any of some [start, end) spans, by bisection over the starts and the furthest
    end reached so far: `any(a <= i < b for a, b in spans)` per offset is quadratic in a long paragraph."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [a for a, _ in pairs]
        self._reach = list(accumulate((b for _, b in pairs), max))

    def __contains__(self, offset: int) -> bool:
        opened = bisect_right(self._starts, offset)
        return opened > 0 and self._reach[opened - 1] > offset


def last_start_before(rx: re.Pattern[str], text: str, before: int, end: int, lookback: int = LOOKBACK) -> int | None:
    """Where the last match of `rx` in `text[:end]` that starts before `before` starts, or None: looked for in
    windows that grow back from `before` (x4 each time), so a hit near `before` costs its distance, not the
    whole text before it.  Matches are found left to right from each window's start, as a scan from 0 finds
    them when matches cannot overlap (a word or phrase between `\\b`s)."""
    width = lookback
    while True:
        lo = max(0, before - width)
        last = None
        for m in rx.finditer(text, lo, end):
            if m.start() >= before:
                break
            last = m.start()
        if last is not None or lo == 0:
            return last
        width *= 4


def blank(rx: re.Pattern[str], text: str) -> str:
    """`text` with what `rx` matches replaced by spaces: offsets into it stay offsets into the original."""
    return rx.sub(lambda m: " " * len(m.group(0)), text)
