"""Scanning a long text without copying it: a regex that must end at an offset is searched only in a window
before it, so a paragraph of n characters with k hits costs O(n + k * window), not O(n * k)."""
from __future__ import annotations

import re

#: How far back a context pattern ("in the", "said farmer") is searched.  Every such pattern in the stages is a
#: few words long; a match longer than this (a single "word" of hundreds of letters) is not looked for.
LOOKBACK = 300


def ends_at(rx: re.Pattern[str], text: str, end: int, lookback: int = LOOKBACK) -> re.Match[str] | None:
    """`rx.search(text[:end])` for a pattern anchored with `$`, without the copy and the scan from the start:
    Python's `search(text, pos, endpos)` treats `endpos` as the end of the string, and lookbehinds and `\\b`
    still see the characters before `pos`, so every match shorter than `lookback` is found as before."""
    return rx.search(text, max(0, end - lookback), end)
