"""A clause ending in a colon right before a quote introduces its subject's words, with no reporting verb.

'Okafor put it bluntly: “…”', '- Manchester City boss Kevin Keegan: “…”' (a match preview's list).
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.persons import PERSON_OR_DESCRIPTION_NOUN
from generator.quotes.marks import QuoteSpan
from generator.quotes.pronouns import starts_sentence
from generator.quotes.resolution import role_of
from generator.quotes.speaker_context import ArticleContext, Attribution, outside_quotes, sentence_bounds

#: A clause longer than this before a colon introduces more than the quote ('Okafor put it bluntly:').
_COLON_CLAUSE_WORDS = 12


def colon_introduced(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'Okafor put it bluntly: “…”', 'Berglund's deputy, Ann Kovacs, who has run the main library for years, was
    more cautious: “…”': a clause whose subject is a named person and that ends in a colon right before the quote
    introduces that person's words, even with no reporting verb.  A short clause may open with the name after
    capitalised words; a long one must open with it as its sentence's subject (after an introductory phrase or a
    description in apposition), not as a possessive."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    clause = masked[start:span.open_at]
    words = len(re.findall(r"\w+", clause))
    if not clause.rstrip().endswith(":") or "_" in clause or words > _LONG_COLON_CLAUSE_WORDS:
        return None
    for m in ctx.table.in_paragraph(p, start, span.open_at):
        if not outside_quotes(masked, m.start) or re.match(r"[’']s?\b", masked[m.end:m.end + 2]):
            continue        # "Berglund's deputy, Ann Kovacs,": the possessive is not the subject
        short = words <= _COLON_CLAUSE_WORDS and _SHORT_COLON_LEAD.fullmatch(masked[start:m.start])
        return Attribution(m.name, role_of(ctx, m.name), None) if short or starts_sentence(masked, m.start) else None
    return None


#: Before the name of a short colon clause: a list's bullet, then capitalised words and lower-case titles before
#: a name, and an honorific after them ('- Manchester City boss Kevin Keegan: “…”', '- United coach Sir Ian Roe:
#: “…”', 'The BBC: “…”').
_SHORT_COLON_LEAD = re.compile(r"\s*(?:[-–—•*]\s*)?(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*"
                               rf"(?:{PERSON_OR_DESCRIPTION_NOUN}\s+(?:[A-Z][\w.’'-]*\s+)?)?")
#: A clause up to this long before a colon may introduce its subject's words ('Smith, who led the review for two
#: years alongside …, was more cautious in her remarks to the board:').
_LONG_COLON_CLAUSE_WORDS = 45


__all__ = ["colon_introduced"]
