"""Where some words stand in an article: one definition shared by name mentions and quote spans."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ParagraphSpan:
    """Words of one paragraph: `start`/`end` are offsets into it, `text` the words as written."""

    paragraph: int          # 0-based index into body
    start: int
    end: int
    text: str
