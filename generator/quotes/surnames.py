"""Who a bare surname stands for when the article names several people of it: 'Michelle said' / 'Mrs. Obama
said' / 'Obama writes' after both Obamas, 'Clinton added' after Bill and Hillary Clinton."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.load import alternation
from generator.lexicon.names import GENDERED_SURNAME_HONORIFICS, HONORIFIC_GENDER
from generator.mentions.name_words import is_first_name
from generator.quotes.speaker_context import ArticleContext, per_article, sentence_bounds

#: An honorific that gives a gender before a surname ('Mrs. Obama'): which of several Obamas is meant.
_GENDERED = alternation(GENDERED_SURNAME_HONORIFICS)
_HONORIFIC_BEFORE = re.compile(rf"\b({_GENDERED})\.?\s*$")
_HONORIFIC_SURNAME = re.compile(rf"({_GENDERED})\.?\s+(\S+)")


def bearer_of(ctx: ArticleContext, p: int, at: int, word: str) -> Optional[str]:
    """'Michelle said' / 'Mrs. Obama said' / 'Obama writes' when the article names several Obamas: the one person
    whose given name it is, else, of those whose surname it is (matching Mrs./Mr.), the one the surname stands for
    in the article (`_surname_holder`), unless another is named in the cue's paragraph or the one before, else the
    one named last before."""
    titled = _HONORIFIC_SURNAME.fullmatch(word)
    word = titled.group(2) if titled else word
    if " " in word or not word[:1].isupper():
        return None
    given = _most_named([n for n in ctx.table.people if n.split()[0] == word and len(n.split()) > 1], ctx)
    if len(given) == 1:
        return given[0]
    bearers = {n for n in ctx.table.people if len(n.split()) > 1 and n.split()[-1] == word
               and is_first_name(n.split()[0])}      # people, not "Boulevard Voltaire"
    honorific = titled or _HONORIFIC_BEFORE.search(ctx.masked[p][max(0, at - 6):at])
    want = HONORIFIC_GENDER[honorific.group(1)] if honorific else _gender_said_before(ctx, p, at)
    if want:
        bearers = {n for n in bearers if ctx.table.gender(n) in (want, None)}
    return bearers.pop() if len(bearers) == 1 else _bearer_meant(ctx, p, at, bearers)


def _bearer_meant(ctx: ArticleContext, p: int, at: int, bearers: set[str]) -> Optional[str]:
    """Of several bearers of a surname, the one the article keeps it for, unless another was named just before."""
    last = next((m for m in reversed(ctx.table.mentions) if (m.paragraph, m.start) < (p, at) and m.name in bearers
                 and m.paragraph >= p - 6), None)
    holder = _surname_holder(ctx, tuple(sorted(bearers)))
    if holder and (last is None or last.paragraph < p - 1):
        return holder           # 'Trump said' after a line on 'his son Eric': the Trump not called by his given name
    first = _first_meant(ctx, tuple(sorted(bearers)))
    if first and last and last.name != first and _side_mention(ctx.masked[last.paragraph], last.start, last.end):
        return first            # '… into Hillary Clinton's email server. Clinton added': still Bill, of the lede
    return last.name if last else None


@per_article
def _first_meant(ctx: ArticleContext, bearers: tuple[str, ...]) -> Optional[str]:
    """The bearer the bare surname was first used for: the only one named in full before its first bare use ('Bill
    Clinton … the former president told … ¶ Clinton made the remarks')."""
    if not bearers:
        return None
    rx = re.compile(rf"\b{re.escape(bearers[0].split()[-1])}\b")
    full = [m for m in ctx.table.mentions if m.name in bearers and " " in ctx.body[m.paragraph][m.start:m.end]]
    for p, masked in enumerate(ctx.masked):
        for bare in rx.finditer(masked):
            if not any(m.paragraph == p and m.start <= bare.start() < m.end for m in full):
                named = {m.name for m in full if (m.paragraph, m.start) < (p, bare.start())}
                return named.pop() if len(named) == 1 else None
    return None


def _side_mention(masked: str, start: int, end: int) -> bool:
    """A name in the possessive or after a preposition ('into Hillary Clinton's server'): what is talked about, not
    who the story turns to."""
    return re.match(r"[’']s?\b", masked[end:end + 2]) is not None \
        or re.search(r"\b(?:of|into|to|for|with|about|against|from|by|on|at)\s+$", masked[max(0, start - 12):start]) is not None


@per_article
def _surname_holder(ctx: ArticleContext, bearers: tuple[str, ...]) -> Optional[str]:
    """Of several people of one surname, the one the bare surname stands for: the only one the article never calls
    by the given name alone ('his son Eric', 'Michelle's path'), as news writing keeps the surname for one of them."""
    def given_alone(name: str) -> bool:
        given, surname = name.split()[0], name.split()[-1]
        rx = re.compile(rf"\b{re.escape(given)}\b(?![’']?\s*(?:[A-Z]\.\s+)?{re.escape(surname)}\b)")
        return any(rx.search(para) for para in ctx.masked)     # the writer's words: 'Jason' in a quote is not
    holders = [n for n in bearers if not given_alone(n)]
    return holders[0] if len(holders) == 1 else None


def _gender_said_before(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """'Dismissing questions about her patriotism, Obama said': the gender the subject's own sentence gives it
    before the name, when it gives only one."""
    lead = ctx.masked[p][sentence_bounds(ctx.masked[p], at)[0]:at]
    her = re.search(r"\b(?:[Hh]er|[Ss]he|[Hh]erself)\b", lead) is not None
    his = re.search(r"\b(?:[Hh]is|[Hh]e|[Hh]im|[Hh]imself)\b", lead) is not None
    return "f" if her and not his else "m" if his and not her else None


def _most_named(names: list[str], ctx: ArticleContext) -> list[str]:
    """Of several people with one given name ("Michelle Obama" and her maiden name "Michelle Robinson"), the one
    the article names more than twice as often as any other, else all of them."""
    names = [n for n in names if not any(o != n and len(o) < len(n) and o.split()[0] == n.split()[0]
                                         and o.split()[-1] == n.split()[-1] for o in names)]   # middle names: one person
    if len(names) < 2:
        return names
    count = {n: sum(m.name == n for m in ctx.table.mentions) for n in names}
    names = sorted(names, key=count.__getitem__, reverse=True)
    return names[:1] if count[names[0]] > 2 * count[names[1]] else names
