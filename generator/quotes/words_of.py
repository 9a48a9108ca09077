"""Whose words a sentence gives by naming them, with no reporting verb: "In Lee's words, the ferry is “a gift to
commuters”", "In the words of Ann Lee, it was “a gift”", "In his own words, …": the quote is that person's (or
that organisation's), as after "according to"; and a lede's quoted words that the next paragraph sums up as
someone's view ("That’s the optimistic view of Ann Lee, …"); and words quoted inside the that-clause of someone's
claim ("claims from Newcastle manager Kevin Keegan that the league is “boring”")."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.lexicon.events import SPEECH_ACT_PATTERN
from generator.quotes.marks import QuoteSpan
from generator.quotes.resolution import resolve_subject, role_of
from generator.quotes.speaker_context import (
    ArticleContext,
    Attribution,
    Subject,
    add_event,
    outside_quotes,
    sentence_bounds,
)

_NAME = r"(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w&’'-]*?"
#: "In Ann Lee's words", "in the Minister's own words", "In the words of Ann Lee", "in his words".
_IN_WORDS_OF = re.compile(rf"\b[Ii]n\s+(?:(?:the\s+)?(?P<owner>{_NAME})(?:[’']s|(?<=s)[’'])|(?P<pronoun>his|her|their|its))"
                          rf"\s+(?:own\s+)?words\b|\b[Ii]n\s+the\s+(?:[a-z]+\s+)?words\s+of\s+(?:the\s+)?(?P<named>{_NAME})"
                          r"(?=[\s,]|$)")


#: The subject pronoun a possessive stands for ('in his words', 'his response').
_PRONOUN_OF = {"his": "he", "her": "she"}


def words_of(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """The person or body an "in X's words" phrase before the quote names, in its sentence, with no reporting verb
    between the phrase and the quote."""
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    phrase = next((m for m in _IN_WORDS_OF.finditer(masked, start, span.open_at)), None)
    if phrase is None or any(c.group(1).lower() not in WEAK_CUES for c in CUE_RE.finditer(masked, phrase.end(), span.open_at)):
        return None
    if phrase.group("pronoun"):
        subject = Subject("pronoun", _PRONOUN_OF.get(phrase.group("pronoun"), "they"), phrase.start())
    else:
        key = "owner" if phrase.group("owner") else "named"
        subject = Subject("surface", phrase.group(key), phrase.start(key))
    return _speaker_of(ctx, span, subject)


def _speaker_of(ctx: ArticleContext, span: QuoteSpan, subject: Subject) -> Optional[Attribution]:
    """The quote is the words of the person or body `subject` resolves to (recorded as a speaker event there)."""
    name, is_org = resolve_subject(ctx, span.paragraph, subject)
    if not name:
        return None
    add_event(ctx, span.paragraph, span.open_at, name, is_org, None)
    return Attribution(name, role_of(ctx, name), None)


#: The next paragraph naming whose view the quoted words were: "That’s the optimistic view mouthed by Ann Lee",
#: "This was the message from Ann Lee", "That is the verdict of Ann Lee".
_VIEW_OF = re.compile(r"\s*(?:That|This|Such)(?:[’']s|\s+is|\s+was|\s+has\s+been)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:view|views|message|verdict|assessment|prediction|promise|claim|line|forecast|argument|pitch|"
                      r"vision|sentiment|hope|outlook)\s+(?:of|from|(?:[a-z]+\s+)?by)\s+")


def view_of_next(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'… will create a “stronger” enterprise “with deep local roots.” ¶ That’s the optimistic view mouthed by Ann
    Lee, the chief executive, …': words quoted in a paragraph that the next one opens by calling someone's view."""
    nxt = span.paragraph + 1
    m = _VIEW_OF.match(ctx.masked[nxt]) if nxt < len(ctx.masked) and nxt not in ctx.skip else None
    named = [n for n in ctx.table.in_paragraph(nxt, m.end(), m.end() + 1)] if m else []
    return Attribution(named[0].name, role_of(ctx, named[0].name), None) if named else None


#: After a person named at the start of a clause: up to three lower-case words (the verb, an adverb, a particle),
#: then a colon right before the quote: "…, Mr. Stewart put in: “…”".
_LEAD_IN_AFTER_NAME = re.compile(r"\s+(?:[a-z]+\s+){0,2}[a-z]+\s*:\s*$")
#: Before that person: the start of the sentence or a comma or semicolon ending an earlier clause.
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s*|\s)(?:(?:then|and|but)\s+)?$")


def lead_in_of(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'When she said she had “…,” Mr. Stewart put in: “So, …?”': the person whose own short clause ends in a colon
    right before the quote says it, whatever another clause of the sentence reports earlier."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    named = ctx.table.in_paragraph(p, start, span.open_at)
    last = named[-1] if named else None
    if last is None or masked[last.start] == "_" or not _LEAD_IN_AFTER_NAME.fullmatch(masked, last.end, span.open_at):
        return None
    before = masked[start:last.start]
    if not _CLAUSE_OPENS.search(re.sub(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s*$", "", before)) or "_" not in before:
        return None         # only where an earlier clause quotes someone else: otherwise the usual rules read it
    return Attribution(last.name, role_of(ctx, last.name), None)


_CLAIM_NOUNS = SPEECH_ACT_PATTERN
#: Before a name: "defended claims from Newcastle manager ", "rejected the suggestion by ".
_CLAIM_FROM = re.compile(_CLAIM_NOUNS + r"\s+(?:from|by)\s+(?:[\w’'-]+\s+){0,3}$")
#: After a name: " that", "'s claim that", "'s assertion last week that", "'s assertion Sunday on Fox News that".
_CLAIM_THAT = re.compile(r"(?:,[^,_]{0,60},)?\s+that\b|[’']s?\s+(?:[a-z]+\s+)?" + _CLAIM_NOUNS
                         + r"\s+(?:(?!that\b)[\w-]+\s+){0,4}?that\b")


def claim_of(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'… has defended claims from Newcastle manager Kevin Keegan that the league is “boring.”': words quoted inside
    a that-clause of someone's claim, comment or warning are that person's."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    for m in ctx.table.in_paragraph(p, start, span.open_at):
        if not outside_quotes(masked, m.start) or "_" in masked[m.end:span.open_at]:
            continue
        if _CLAIM_FROM.search(masked, start, m.start) and _CLAIM_THAT.match(masked, m.end) \
                or _CLAIM_THAT.match(masked, m.end) and re.match(r"[’']", masked[m.end:m.end + 1]):
            return Attribution(m.name, role_of(ctx, m.name), None)
    return None


#: Nouns for an answer given.
_ANSWER_NOUNS = r"answer|response|reply|retort"
#: A subject giving an answer right before the quote: "She gave an honest response, “…”", "He offered a blunt reply:".
_GAVE_ANSWER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:gave|gives|offered|offers|delivered|had)\s+(?:a|an|his|her|their|this|the)\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?(?:{_ANSWER_NOUNS}|explanation)\s*[,:]?\s*$")
#: His or her answer right before the quote: "I will never forget his response to me: “…”".
_OWN_ANSWER = re.compile(rf"\b([Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:{_ANSWER_NOUNS})(?:\s+to\s+(?:me|us))?\s*[,:]\s*$")
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[\s,;]))(he|she|He|She)$")


def answer_given(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'… asked Clinton: “…?” She gave an honest response, “I’ve always tried to.”': the quote right after a
    subject gives an answer, a response or a reply is the subject's (a person named, or he or she); so is the quote
    right after 'his response:'."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    owned = _OWN_ANSWER.search(masked, start, span.open_at)     # "I will never forget his response to me: “…”"
    if owned:
        return _speaker_of(ctx, span, Subject("pronoun", _PRONOUN_OF[owned.group(1).lower()], owned.start(1)))
    gave = next((m for m in _GAVE_ANSWER.finditer(masked, start, span.open_at)), None)
    if gave is None:
        return None
    named = [m for m in ctx.table.in_paragraph(p, start, gave.start()) if m.end == gave.start()]
    pronoun = _PRONOUN_SUBJECT.search(masked, start, gave.start())
    if named:
        subject = Subject("person", named[0].name, named[0].start)
    elif pronoun:
        subject = Subject("pronoun", pronoun.group(1).lower(), pronoun.start(1))
    else:
        return None
    return _speaker_of(ctx, span, subject)


#: Nouns for someone's words, then a copula right before the quote: "one favourite line was,", "Her advice was:".
_WORDS_NOUN_WAS = re.compile(r"\b(?:line|lines|message|advice|answer|reply|response|words|refrain|mantra|motto|"
                             r"explanation|instruction|instructions)\s+(?:to\s+(?:[\w’'-]+\s+){1,3})?"
                             r"(?:was|is|has\s+been|had\s+been|remains|became)\s*[,:]?\s*$")


def words_noun_of(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'When Principal Ann Lee talks to pupils about misbehaviour, one favourite line is, “…”': the quote after
    'line / message / advice … was' is the words of the one person its sentence names outside quotes."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    if not _WORDS_NOUN_WAS.search(masked, start, span.open_at):
        return None
    named = {m.name for m in ctx.table.in_paragraph(p, start, span.open_at) if outside_quotes(masked, m.start)}
    who = named.pop() if len(named) == 1 else None
    return Attribution(who, role_of(ctx, who), None) if who else None
