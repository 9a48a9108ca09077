"""The gender the text gives a person no honorific, title or first-name list does.

'Braun has worked with Kanye West. He has consistently denied being unfair to her.': a sentence opened by 'He'
right after one Braun opens (its subject; nobody else named there is known to be a man), makes Scooter Braun a man; a later 'she' then
never goes to him.  A person the text gives both genders this way keeps none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.mentions.names import NameTable
from generator.quotes.lexicon import PRONOUN_GENDER
from generator.quotes.pronouns import opens_as_subject
from generator.quotes.speaker_context import ArticleContext, sentence_starts

_OPENING_PRONOUN = re.compile(r"\s*(He|She)\b")


def genders_from_pronouns(ctx: ArticleContext) -> NameTable:
    """The article's name table with each person of unknown gender given the one gender every 'He' / 'She'
    opening the sentence after a sentence they open gives them (see the module's docstring).  A copy: the
    table is shared with the other stages, which only read it."""
    votes: dict[str, set[str]] = {}
    for p, masked in enumerate(ctx.masked):
        starts = sentence_starts(masked)
        following = ctx.masked[p + 1] if p + 1 < len(ctx.masked) else ""
        for start, end in zip(starts, [*starts[1:], len(masked)]):
            named = ctx.table.in_paragraph(p, start, end)      # the last sentence: the next paragraph's first
            pronoun = _OPENING_PRONOUN.match(masked, end) if end < len(masked) else _OPENING_PRONOUN.match(following)
            if not pronoun or not named or not opens_as_subject(ctx, p, named[0].start, named[0].end):
                continue
            gender = PRONOUN_GENDER[pronoun.group(1).lower()]
            if gender and all(ctx.table.gender(m.name) != gender for m in named[1:]):    # the subject, unless another fits
                votes.setdefault(named[0].name, set()).add(gender)
    given = {name: next(iter(genders)) for name, genders in votes.items()
             if len(genders) == 1 and name in ctx.table.people and ctx.table.gender(name) is None}
    if not given:
        return ctx.table
    people = {name: replace(rec, gender=given.get(name, rec.gender)) for name, rec in ctx.table.people.items()}
    return replace(ctx.table, people=people)


__all__ = ["genders_from_pronouns"]
