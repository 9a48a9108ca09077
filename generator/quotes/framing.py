"""A view framed by its holder speaks for them like a reporting verb.

'But for Allen Weiner, a research director at Gartner, the future of search is not about the technology.
"Search technology is valuable …"': the sentence gives Weiner's view in the writer's words, so the quote with
no cue of its own after it is Weiner's, not that of whoever spoke before him.  So does a stance the sentence's
subject takes ('Ruddock, though, is keen to protect his players. "…"').
"""
from __future__ import annotations

import re

from generator.lexicon.load import alternation
from generator.lexicon.verbs import STANCE_WORDS
from generator.quotes.speaker_context import ArticleContext, add_event, sentence_starts

#: 'For', after at most a conjunction, opening a sentence: the frame of a view whose holder is named next.
FOR_FRAME = r"(?:(?:But|And|Yet|So)\s+)?[Ff]or\s+"
#: The frame, then up to three words of a title before the holder's name.
_FOR_OPENING = re.compile(r"\s*" + FOR_FRAME + r"(?:(?:[A-Z][\w&’'-]*|[a-z][\w-]*)\s+){0,3}$")
#: What closes the framing phrase after the name: its comma, or an apposition and then its comma.
_FRAME_CLOSE = re.compile(r"\s*(?:,[^,.;:_]{0,100})?,\s+[a-z]")
#: Before the subject: at most a conjunction.  After it: an aside ('though'), a copula, a stance ('is keen to').
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?")
_STANCE_AFTER = re.compile(r"(?:,\s*(?:though|however|meanwhile|too|for (?:his|her) part),)?\s+(?:is|was|remains|remained|"
                           r"seems|seemed)\s+(?:\w+ly\s+)?(?:still\s+)?" + alternation(STANCE_WORDS) + r"\b")


def framed_views(ctx: ArticleContext) -> None:
    """Add a speaker event for each person whose view a sentence frames with 'For <name>,', or whose stance its
    subject gives (see the module)."""
    for p, masked in enumerate(ctx.masked):
        if p in ctx.skip:
            continue
        for start in sentence_starts(masked):
            first = next(iter(ctx.table.in_paragraph(p, start, start + 80)), None)
            if first and _FOR_OPENING.fullmatch(masked, start, first.start) and _FRAME_CLOSE.match(masked, first.end):
                add_event(ctx, p, first.start, first.name, False, "for")
            elif first and _SUBJECT_OPENING.fullmatch(masked, start, first.start) and _STANCE_AFTER.match(masked, first.end):
                add_event(ctx, p, first.start, first.name, False, "is keen")


__all__ = ["FOR_FRAME", "framed_views"]
