"""A poll speaks for its respondents: 'A new ABC News poll shows … Fifty-one percent say that “…”'."""
from __future__ import annotations

import re
from typing import Optional

from generator.quotes.marks import QuoteSpan
from generator.quotes.speaker_context import ArticleContext, next_word_at, sentence_bounds

#: A poll or survey named by who ran it: "A new ABC News poll", "the Ipsos/Reuters survey".
POLL_RE = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|Our|New|Latest)\s)([A-Z][\w&.’'-]*(?:[\s/][A-Z][\w&.’'-]*){0,3})"
                     r"\s+(?:poll|survey|opinion poll)\b")      # "the Gallup poll", never "The survey"


def poll_named_before(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """'A new ABC News poll shows … Fifty-one percent say that “…”': respondents speak through the poll named last
    before them in the paragraph, or in the paragraph before."""
    for q, end in ((p, at), (p - 1, None)):
        if q < 0:
            continue
        found = [m.group(1) for m in POLL_RE.finditer(ctx.masked[q], 0, len(ctx.masked[q]) if end is None else end)]
        if found:       # POLL_RE never opens on an article: "The ABC News poll" is ABC News's
            return found[-1]
    return None


def poll_of_the_sentence(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """'A similarly fresh Reuters poll … also shows that most Americans want Congress to act if he “…”': a quote
    in a sentence whose subject is a poll is the poll's (its respondents'); '' when the poll is named by no one
    ('The survey of 500 voters “showed …”': nobody's, not the last speaker's)."""
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    poll = POLL_RE.match(masked, next_word_at(masked, start))
    if poll is None:
        lead = _POLL_LEAD.match(masked, start)
        poll = POLL_RE.match(masked, lead.end()) if lead else None
        unnamed = _UNNAMED_POLL.match(masked, start) if poll is None else None
        if unnamed and unnamed.end() < span.open_at:
            return ""
    return poll.group(1) if poll and poll.start() < span.open_at else None


#: An article and up to three lower-case words before a poll's name ("A similarly fresh Reuters poll") or its noun.
_POLL_LEAD_WORDS = r"\s*(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}"
_POLL_LEAD = re.compile(_POLL_LEAD_WORDS)
_UNNAMED_POLL = re.compile(_POLL_LEAD_WORDS + r"?(?:poll|survey|opinion poll)\b")


__all__ = ["POLL_RE", "poll_named_before", "poll_of_the_sentence"]
