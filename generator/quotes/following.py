"""“…” He Jianxiong, a former IMF director, said at an event: a quote attributed by the sentence after it, which
opens with the speaker, unless that sentence reports its own content after someone spoke just before the quote."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.quotes.marks import QuoteSpan
from generator.quotes.resolution import resolve_subject, role_of
from generator.quotes.speaker_context import (
    ArticleContext,
    Attribution,
    events_between,
    is_sentence_start,
    next_word_at,
    sentence_bounds,
)
from generator.quotes.speakers import subject_of_cue


def following_sentence(ctx: ArticleContext, first: QuoteSpan) -> Optional[Attribution]:
    """“… on the Chinese part?” He Jianxiong, a former IMF director, said at an event: a quote that ends its
    sentence, attributed by the very next sentence, which opens with the speaker and quotes nothing itself.  A
    quote of several pieces (“B. “C.”) is read after its last piece, and who spoke just before it before its
    first."""
    span = first.more[-1] if first.more else first
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    if span.unclosed or span.text[-1:] not in ".?!…":
        return None
    nxt = next_word_at(masked, span.close_at)
    if nxt >= len(masked) or not is_sentence_start(masked, nxt):
        return None
    start, end = sentence_bounds(masked, nxt)
    if "_" in masked[start:end]:
        return None
    for cue in CUE_RE.finditer(masked, start, end):
        if cue.group(1).lower() in WEAK_CUES or masked[max(start, cue.start() - 3):cue.start()] == "to ":
            continue        # 'declined to say whether …': what someone would not say attributes nothing
        subject = subject_of_cue(ctx, p, cue, (start, end))
        if subject is None or not re.fullmatch(r"(?:(?:The|the)\s+)?(?:[A-Z][\w.’'-]*\s*)*,?\s*",
                                               masked[start:subject.at]):      # the speaker opens the sentence
            return None
        if _reports_own(masked, cue.end(), end) and _spoke_just_before(ctx, first):
            return None     # 'X … said everyone could … “…” Y said the move could …': X's words, Y's own report
        name, is_org = resolve_subject(ctx, p, subject)
        return Attribution(name, role_of(ctx, name), cue.group(1)) if name else None
    return None


#: After a reporting verb, what it reports: a clause of its own ('said the move could mean …', 'said that …'), not
#: an adverbial ('said at an event.', 'said in a statement:') that leaves the verb to the quote before.
_OWN_REPORT = re.compile(r"\s+(?!(?:on|in|at|to|during|after|before|from|with|for|of|later|earlier|yesterday|today|"
                         r"tonight|afterwards|then|simply|recently|last|this)\b)(?:[\w’'-]+[\s,]+){3}")


def _reports_own(masked: str, cue_end: int, sentence_end: int) -> bool:
    return bool(_OWN_REPORT.match(masked, cue_end, sentence_end))


def _spoke_just_before(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """Someone speaks in the sentence right before the quote (a reporting verb with a speaker)."""
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    if start == 0:
        return False
    before, _ = sentence_bounds(masked, max(0, start - 2))
    return bool(events_between(ctx, (span.paragraph, before), (span.paragraph, start), most=1))


__all__ = ["following_sentence"]
