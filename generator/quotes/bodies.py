"""Organisations a sentence names by their kind: "Chipmaker Intel welcomed the ruling, saying …", "Telecom analysts
Ovum backed the plan, saying …" (the kind before the name, opening the sentence as its subject).

A participle cue's speaker is its clause's subject; a capitalised run after a noun of what kind of body it is
names that body, not a person, though no organisation word ends it.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.names import NOT_NAME_WORDS, ORG_NOUNS
from generator.mentions.name_words import is_first_name
from generator.quotes.speaker_context import ArticleContext, Subject

#: Plural or collective nouns a firm of experts is called by in British news ("analysts Ovum", "pollsters Mori").
_EXPERT_FIRM_NOUNS = frozenset({"analysts", "consultants", "consultancy", "pollsters"})
_KINDS = sorted(ORG_NOUNS | _EXPERT_FIRM_NOUNS, key=len, reverse=True)
_KIND = "(?:" + "|".join(_KINDS) + ")"
#: Alone and capitalised, only an agent noun ("Chipmaker Intel", "Insurer Allianz") or a firm of experts: "Network
#: Rail", "Group Lotus" are names whose first word is a kind.
_KIND_CAPITALISED = "(?:" + "|".join(k.capitalize() for k in _KINDS if k.endswith(("er", "or")) or k in _EXPERT_FIRM_NOUNS) + ")"

#: The sentence opens (after a short introductory phrase) with a kind of body, then its name, then a lowercase word:
#: "Chipmaker Intel welcomed", "Internet service provider (ISP) Plus.net also backed", "Telecom analysts Ovum".
_BODY_BY_KIND_OPENING = re.compile(
    r"\s*(?:[^,_]{0,40},\s*)?(?:[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,3}" + _KIND + "|" + _KIND_CAPITALISED + r")"
    r"\s+(?:\([A-Z][A-Za-z]{1,7}\)\s+)?((?:[A-Z][\w.&’'-]*)(?:\s+[A-Z][\w.&’'-]*){0,3})(?=\s+[a-z])")


def body_by_kind_opening(ctx: ArticleContext, p: int, start: int, end: int) -> Optional[Subject]:
    """The body a sentence opens with, named after its kind ("Rating agency Moody's"), unless the name is a
    person's (a given name, someone of the name table) or a sentence word."""
    m = _BODY_BY_KIND_OPENING.match(ctx.masked[p], start, end)
    if m is None:
        return None
    name = m.group(1)
    first = name.split()[0]
    if first in NOT_NAME_WORDS or is_first_name(first) or ctx.table.resolve(name):
        return None
    return Subject("org", name, m.start(1))


#: Words that make the noun after them someone else's ("the head of the airline", "a pilot for the carrier").
_NOT_IN_KIND_GAP = r"(?!(?:of|for|at|in|with|to|from|by|and|or)\b)"
#: How many paragraphs, the cue's own included, are searched for a body the text gave a kind.
_KIND_BACK = 5


def _kind_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name, then its kind in apposition ("Skyline Air, the third-largest Canadian airline,"), and a kind, then
    its name ("budget airline Skyline Air", "the carrier Skyline Air")."""
    name = r"((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&’'-]*(?<!’s)(?<!'s))"
    after = re.compile(name + r",\s+(?:the|a|an|[A-Z][\w.-]*[’']s)\s+(?:" + _NOT_IN_KIND_GAP + r"[\w’'-]+\s+){0,4}?"
                       + re.escape(head) + r"(?![\w’'-])")
    before = re.compile(r"(?<![A-Z][\w-])(?<!’s )\b" + re.escape(head) + r"\s+" + name + r"(?=[\s,.;:]|$)")
    return after, before


def org_of_kind(ctx: ArticleContext, p: int, at: int, head: str) -> Optional[str]:
    """'the airline said' -> the one body the text called an airline, in apposition or before its name ('Skyline
    Air, the third-largest Canadian airline', 'budget airline Skyline Air'), in the cue's paragraph before it or
    in the paragraphs before: the kind a text gives a body is how it refers to it afterwards.  None when two bodies
    fit in the nearest paragraph that has one, or the name is a person's."""
    patterns = _kind_patterns(head)
    for q in range(p, max(-1, p - _KIND_BACK), -1):
        text = ctx.masked[q][:at] if q == p else ctx.masked[q]
        names = {m.group(1) for rx in patterns for m in rx.finditer(text)}
        names = {n for n in names if n.split()[0] not in NOT_NAME_WORDS and not is_first_name(n.split()[0])
                 and not ctx.table.resolve(n)}
        if names:
            return names.pop() if len(names) == 1 else None
    return None
