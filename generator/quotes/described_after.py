"""“…,” said the top seed: a description after an inverted cue, right after a sentence about a named person.

Sports and arts reports name someone as the subject of one sentence ("Federer, who lost here last year, was happy
with his form.") and give the next quote to a description of them ("“…,” said the top seed.", "said the Sale
full-back", "said the American"): the description is that person, whatever its head noun, and not the speaker
of an earlier quote.  Only when the quote opens its sentence and the sentence before opens with the name.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.names import ORG_NOUN_PATTERN
from generator.lexicon.persons import SPOKESPERSON
from generator.quotes.speaker_context import ArticleContext, sentence_starts_before

#: "the top seed", "the Sale full-back", "the American", "the 22-year-old": one person described, no body, no
#: spokesperson, no document, no group (a plural head).
_DESCRIPTION = re.compile(r"[\s,]*(the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]*[a-z])(?=\s*(?:[,.;]|$))")
_NOT_ONE_PERSON = re.compile(rf"(?:{ORG_NOUN_PATTERN}|{SPOKESPERSON}|report|statement|study|survey|magazine|"
                             rf"newspaper|paper|website|[a-z]s)$")
#: What may stand before the name that opens the sentence: a conjunction, "The" and a lower-case adjective, a
#: lower-case descriptor ("skipper"), one capitalised descriptor ("Matchwinner", "Britain's").
_BEFORE_NAME = re.compile(r"\s*(?:(?:And|But|So|Yet|Meanwhile)\s+)?(?:(?:The|the)\s+)?"
                          r"(?:(?!(?:he|she|it|they|who|which|that)\s)[a-z][\w-]*\s+){0,2}(?:[A-Z][\w’'-]*\s+)?$")
#: After the name: its verb (lower case), past a relative clause or an apposition between commas.
_AFTER_NAME = re.compile(r"(?:,[^_]*?,)?\s+[a-z]")


def described_after_cue(ctx: ArticleContext, p: int, cue_end: int, sent: tuple[int, int]) -> Optional[str]:
    """The person a description after an inverted cue stands for, when the quote opens the sentence and the
    sentence before it opens with that person's name as its subject."""
    masked = ctx.masked[p]
    head = _DESCRIPTION.match(masked, cue_end, sent[1])
    if not head or _NOT_ONE_PERSON.search(head.group(1)) or not re.match(r"\s*[\"“‘']?_", masked[sent[0]:cue_end]):
        return None
    before = sentence_starts_before(masked, sent[0], 1)
    if not before:
        return None
    mentions = ctx.table.in_paragraph(p, before[0], sent[0])
    if not mentions:
        return None
    first = mentions[0]
    if not _BEFORE_NAME.fullmatch(masked[before[0]:first.start]) or re.match(r"[’']", masked[first.end:first.end + 1]):
        return None
    return first.name if _AFTER_NAME.match(masked, first.end) else None
