"""Who speaks through a reporting verb in the passive: its agent after 'by' ('was described by Lee as “…”').

A passive's subject is never the speaker ('Smith was accused of “…”'); when the verb names its agent right after
it, a person of the article's name table, before the quoted words or the 'as' that introduces them, that person
said them."""
from __future__ import annotations

import re
from typing import Optional

from generator.quotes.speaker_context import ArticleContext, Subject

#: A form of 'be' right before a past participle: a passive, whose subject is not who speaks.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
#: 'as' right before a past participle after the quote: '“criminal investigation,” as stated by Judge Ann Lee'.
_AS_BEFORE = re.compile(r"\bas\s+$")


def is_passive(masked: str, cue: re.Match) -> bool:
    """'was accused', 'were asked': a reporting verb in the passive, whose subject is not who speaks."""
    return cue.group(1).endswith("ed") and (_PASSIVE_BEFORE.search(masked, max(0, cue.start() - 20), cue.start()) is not None
                                           or _after_as(masked, cue))


def _after_as(masked: str, cue: re.Match) -> bool:
    """'as stated': 'as' right before the verb."""
    return _AS_BEFORE.search(masked, max(0, cue.start() - 4), cue.start()) is not None


#: 'by' and a capitalised name right after the verb (past 'to me'), then 'as', the quote mark, the end of the
#: sentence or a description: "described by Ann Lee as", "“…,” is how it was described to me by Ann Lee, the head".
#: A capitalised word of a name before its last: an initial or an abbreviation may end in a full stop ('J.', 'Mr.'),
#: a word of two small letters or more may not ('Souter.' ends a sentence: "by Justice David Souter. CEA boss …").
_NAME_WORD = r"[A-Z][\w.’'-]*(?<![a-z]{2}\.)\s+"
_BY_NAME_PATTERN = r"\s+by\s+((?:" + _NAME_WORD + r"){0,3}[A-Z][\w’'-]*)"
_BY_AGENT = re.compile(r"(?:\s+to\s+(?:me|us|him|her|them|reporters))?" + _BY_NAME_PATTERN
                       + r"(?=\s+as\b|\s*[,:]?\s*[“\"‘']|,\s+(?:the|a|an)\s+[a-z]|[.;]|$)")

#: ... whatever follows the name: after 'as stated by' the quote came before.
_BY_NAME = re.compile(_BY_NAME_PATTERN)

#: The quoted words, then 'by' and the agent: "was branded “…” by the Liberal Democrats", "criticised for “…” by
#: television campaigners" (a body's name, or people nobody names).
_BY_AGENT_AFTER_QUOTE = re.compile(r"(?:\s+(?:as|for|of))?\s*[“\"‘']_+[”\"’']\s+by\s+(?:(?:the|The)\s+)?"
                                   r"(?:((?:" + _NAME_WORD + r"){0,3}[A-Z][\w’'-]*)|((?:[a-z][\w-]*\s+){0,3}[a-z]+s)\b)")


def passive_agent(ctx: ArticleContext, p: int, cue: re.Match) -> Optional[Subject]:
    """The named person after 'by' of a passive reporting verb (the match `cue` in the masked paragraph), or the
    agent after the quote it reports: a body by its name, people nobody names as a group."""
    agent = _BY_AGENT.match(ctx.masked[p], cue.end())
    if agent is None and _after_as(ctx.masked[p], cue):
        agent = _BY_NAME.match(ctx.masked[p], cue.end())        # '“…,” as stated by Judge Ann Lee:'
    if agent is None:
        after = _BY_AGENT_AFTER_QUOTE.match(ctx.masked[p], cue.end())
        if after is None:
            return None
        if after.group(2):
            return Subject("group", after.group(2), after.start(2))
        name = ctx.table.ending_at(p, after.end(1))
        return Subject("person", name, after.start(1)) if name else Subject("org", after.group(1), after.start(1))
    name = ctx.table.ending_at(p, agent.end(1))
    return Subject("person", name, agent.start(1)) if name else None


def silent_passive(ctx: ArticleContext, p: int, cue: re.Match) -> bool:
    """A passive reporting verb that names no agent: it attributes nothing."""
    return is_passive(ctx.masked[p], cue) and passive_agent(ctx, p, cue) is None
