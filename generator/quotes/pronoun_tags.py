"""A he or she in a reporting tag after the clause it reports ('Mr Hart was shown as a magician, he argued.'): not
who that clause names, so pronoun resolution reads it from where its sentence starts."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE
from generator.quotes.lexicon import PRONOUN_GENDER
from generator.quotes.speaker_context import ArticleContext, sentence_bounds

#: A he or she ending its sentence as the subject of a reporting verb, after a comma: "…, he argued."
_TAG_PRONOUN = re.compile(r"(?:he|she)\s+(?:[a-z]+ly\s+)?" + CUE_RE.pattern + r"\s*[.!?]")


def before_tagged_clause(ctx: ArticleContext, p: int, at: int) -> int:
    """'The poster simply showed Mr Hart as a magician, he argued.': a he or she in a tag after the clause it
    reports is not who that clause names (it would be 'Mr Hart argued'); the pronoun is read from where its
    sentence starts, so the person before the sentence is found.  A tag after a quote opening the sentence ('“…,”
    he said.') is left as it is."""
    masked = ctx.masked[p]
    start, _ = sentence_bounds(masked, at)
    if start < at and masked[start] not in "_\"“‘'«" and re.search(r",\s*$", masked[start:at]) \
            and _TAG_PRONOUN.match(masked, at):
        return start
    return at


def tagged_sentence_end(masked: str, at: int) -> int:
    """Where the sentence of offset `at` ends, or `at` itself when that sentence ends in a tag ('And Tony Blair
    would be in the front line, he said.', 'Mr Brown liked to rattle off figures, the Tory leader said.'): the
    tag's speaker spoke after the people its clause names."""
    start, end = sentence_bounds(masked, at)
    tag = _TAG_PRONOUN.search(masked, at, end) or _TAG_SUBJECT.search(masked, at, end)
    return at if tag and re.search(r",\s*$", masked[start:tag.start()]) and not masked[tag.end():end].strip() else end


#: A named or described subject of a reporting verb ending its sentence after a comma: ", the Tory leader said."
_TAG_SUBJECT = re.compile(r"(?<=,\s)(?:(?:the|The)\s+)?(?:[A-Za-z][\w.’'-]*\s+){1,4}" + CUE_RE.pattern + r"\s*[.!?]")


#: A sentence that opens with he or she as its subject, after at most a linking word ('Now he fears …').
_OPENING_PRONOUN = re.compile(r"\s*(?:(?:But|And|Now|Yet|So|Still|Then|Meanwhile|However|Instead|Indeed),?\s+)?(he|she|He|She)\b")


def chained_pronoun(masked: str, at: int, pronoun: str) -> int:
    """'Now he fears it could derail the club's hopes after eight players, including Charlie Hodgson, were away.
    “…,” he added.': a he or she after a quote whose sentence follows one opening on the same pronoun is that
    pronoun again (not a name the sentence mentions); it is read from there.  Else `at`."""
    start, _ = sentence_bounds(masked, at)
    if start == 0:
        return at
    before, _ = sentence_bounds(masked, start - 1)
    m = _OPENING_PRONOUN.match(masked, before, start)
    return m.start(1) if m and m.group(1).lower() == pronoun.lower() and masked[start:start + 1] in "_\"“‘'" else at


#: A he or she replying: "He replied:", "she answered".
_REPLY = re.compile(r"([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:replied|responded|answered|retorted)\b")
#: Someone asked, right after their name: "Mr Johnson was asked why …".
_WAS_ASKED = re.compile(r"\s*(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:asked|questioned|pressed)\b")


def answer_to_question(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """'Mr Johnson was asked why Mr Smith had been allowed to resign. He replied: “…”': the he or she who replies
    is the person asked in the sentence before (not whoever the question was about)."""
    masked = ctx.masked[p]
    reply = _REPLY.match(masked, at)
    start, _ = sentence_bounds(masked, at)
    if reply is None or start == 0:
        return None
    before, _ = sentence_bounds(masked, start - 1)
    for m in ctx.table.in_paragraph(p, before, start):
        if _WAS_ASKED.match(masked, m.end) and ctx.table.gender(m.name) in (None, PRONOUN_GENDER[reply.group(1).lower()]):
            return m.name
    return None


__all__ = ["answer_to_question", "before_tagged_clause", "chained_pronoun", "tagged_sentence_end"]
