"""A view framed by its holder speaks for them like a reporting verb.

'But for Allen Weiner, a research director at Gartner, the future of search is not about the technology.
"Search technology is valuable …"': the sentence gives Weiner's view in the writer's words, so the quote with
no cue of its own after it is Weiner's, not that of whoever spoke before him.  So does a stance the sentence's
subject takes ('Ruddock, though, is keen to protect his players. "…"'), and a person the story brings in as a
sentence's subject with an apposition ('His friend, Saxon Spence, leader of Devon county Labour group, lays the
blame … "…"'), or the person an opinion verb is inverted before at a sentence's end ('… will grow with 3G,
thinks Paolo Pescatore of IDC. "…," he said': he is Pescatore, not whoever spoke before him).
"""
from __future__ import annotations

import re

from generator.lexicon.load import alternation
from generator.lexicon.verbs import OPINION_VERBS, STANCE_WORDS
from generator.quotes.coreference import first_mention
from generator.quotes.marks import QUOTE_OPENS_NEXT
from generator.quotes.speaker_context import ArticleContext, add_event, sentence_bounds, sentence_starts

#: The cues of the events a stance or an introduction adds: they lead the next quote in, and report nothing
#: said after them (a cue-less quote before them in the paragraph is not theirs).
LEAD_IN_CUES = frozenset({"is keen", "introduced", "thinks"})
#: At most a conjunction opening a sentence, before its frame or its subject.
_CONJUNCTION = r"(?:(?:But|And|Yet|So)\s+)?"
#: 'For', after at most a conjunction, opening a sentence: the frame of a view whose holder is named next.
FOR_FRAME = _CONJUNCTION + r"[Ff]or\s+"
#: The frame, then up to three words of a title before the holder's name.
_FOR_OPENING = re.compile(r"\s*" + FOR_FRAME + r"(?:(?:[A-Z][\w&’'-]*|[a-z][\w-]*)\s+){0,3}$")
#: What closes the framing phrase after the name: its comma, or an apposition and then its comma.
_FRAME_CLOSE = re.compile(r"\s*(?:,[^,.;:_]{0,100})?,\s+[a-z]")
#: Before the subject: at most a conjunction.  After it: an aside ('though'), a copula, a stance ('is keen to').
_SUBJECT_OPENING = re.compile(r"\s*" + _CONJUNCTION)
_STANCE_AFTER = re.compile(r"(?:,\s*(?:though|however|meanwhile|too|for (?:his|her) part),)?\s+(?:is|was|remains|remained|"
                           r"seems|seemed)\s+(?:\w+ly\s+)?(?:still\s+)?" + alternation(STANCE_WORDS) + r"\b")


#: A person brought in as a sentence's subject: after at most a short phrase ('His friend, '), the name, an
#: apposition ('Saxon Spence, leader of Devon county Labour group,'), then a verb: who the story turns to next.
_INTRODUCED = re.compile(r"\s*" + _CONJUNCTION + r"(?:[^,_.;:]{1,30},\s*)?")
_APPOSED_VERB = re.compile(r",\s+(?!(?:who|whose|whom|which|that)\b)[a-z][^,_.;:]{2,100},\s+[a-z]+")


#: An opinion verb inverted after a clause's comma, right before the holder's name.
_INVERTED_OPINION = re.compile(r",\s+(?:" + "|".join(sorted(OPINION_VERBS)) + r")\s+$")


def _inverted_opinions(ctx: ArticleContext, p: int) -> None:
    for m in ctx.table.in_paragraph(p):
        if _INVERTED_OPINION.search(ctx.masked[p], max(0, m.start - 20), m.start):
            add_event(ctx, p, m.start, m.name, False, "thinks")


def framed_views(ctx: ArticleContext) -> None:
    """Add a speaker event for each person whose view a sentence frames with 'For <name>,', or whose stance its
    subject gives (see the module)."""
    for p, masked in enumerate(ctx.masked):
        if p in ctx.skip:
            continue
        _inverted_opinions(ctx, p)
        for start in sentence_starts(masked):
            first = next(iter(ctx.table.in_paragraph(p, start, start + 80)), None)
            if first and _FOR_OPENING.fullmatch(masked, start, first.start) and _FRAME_CLOSE.match(masked, first.end):
                add_event(ctx, p, first.start, first.name, False, "for")
            elif first and _SUBJECT_OPENING.fullmatch(masked, start, first.start) and _STANCE_AFTER.match(masked, first.end):
                add_event(ctx, p, first.start, first.name, False, "is keen")
            elif first and _INTRODUCED.fullmatch(masked, start, first.start) and _APPOSED_VERB.match(masked, first.end) \
                    and first_mention(ctx, first) and QUOTE_OPENS_NEXT.match(masked, sentence_bounds(masked, first.start)[1]):
                add_event(ctx, p, first.start, first.name, False, "introduced")


__all__ = ["FOR_FRAME", "LEAD_IN_CUES", "framed_views"]
