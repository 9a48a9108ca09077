"""The cleaner's lines: what it knows of each and how a rule labels one (a note kept, a line removed), and the
tweet card, whose three lines are labelled together."""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.clean import rules


@dataclass
class LineInfo:
    """One non-empty input line and what the cleaner decided about it."""

    number: int                     # 1-based line number in the input
    text: str
    words: int
    density: float
    sentence: bool
    label: str = ""                 # "" (undecided) | "body" | "note" | "removed"
    kind: str = ""
    reason: str = ""
    extra: dict = field(default_factory=dict)


def mark_removed(info: LineInfo, kind: str, reason: str) -> None:
    info.label, info.kind, info.reason = "removed", kind, reason


def mark_note(info: LineInfo, kind: str, **extra) -> None:
    info.label, info.kind, info.extra = "note", kind, extra


def label_tweet_card(lines: list[LineInfo], pos: int) -> bool:
    """A tweet pasted as its card (header, text, time line): the header becomes the tweet's signature, the text its
    text, the time line goes; True when `pos` opens one."""
    card = rules.tweet_card(lines[pos].text, lines[pos + 2].text) if pos + 2 < len(lines) else None
    if card is None or lines[pos + 1].label:
        return False
    mark_note(lines[pos], "tweet-signature", author=card.author, handle=card.handle, date=card.date)
    mark_note(lines[pos + 1], "tweet-text", signature=lines[pos].number)
    mark_removed(lines[pos + 2], "other", "a tweet card's time line")
    if pos > 0 and not lines[pos - 1].label and lines[pos - 1].text.strip().lower() == "follow":
        mark_removed(lines[pos - 1], "share", "a tweet card's follow button")
    for part in (lines[pos - 1] if pos > 0 else None, lines[pos + 2], lines[pos + 3] if pos + 3 < len(lines) else None):
        if part is not None and part.label == "removed":
            part.extra["tweet_card"] = True     # no break in the article's run of prose (`_line_score`)
    return True
