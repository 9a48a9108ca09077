"""The person a quote's sentence or paragraph names, for words no reporting verb gives anyone: the subject opening
the sentence ("House Democratic Leader Nancy Pelosi is rallying her lawmakers against “attacks on the ACA”"), or the
one person a paragraph with no speaker names ("“We hid behind the bar.” Mr Kemal Aydin, a waiter, then led six
guests out"), a list's entry ('Name, title -- “…”'); and a sentence whose own subject names nobody the text knows."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, FINITE_CUE_WORDS
from generator.lexicon.names import NOT_NAME_WORDS
from generator.mentions.name_words import canonical_name
from generator.quotes.marks import QuoteSpan
from generator.quotes.pronouns import opens_as_subject, starts_sentence
from generator.quotes.speaker_context import (
    ArticleContext,
    SpeakerEvent,
    events_between,
    outside_quotes,
    sentence_bounds,
)


def subject_of_own_sentence(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """'Betting that will backfire, House Democratic Leader Nancy Pelosi is rallying her lawmakers against “attacks
    on the ACA”': words quoted inside a sentence with no reporting verb are its subject's, a person named opening
    it."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    if not ctx.body[p][span.start:span.start + 1].islower() or _THIRD_PERSON.search(ctx.body[p], span.start, span.end):
        return None         # a fragment of the sentence only; 'Mostefaï … “there is no record of him leaving”': about
    start = sentence_bounds(masked, span.open_at)[0]    # the subject, not the subject's words
    named = ctx.table.in_paragraph(p, start, span.open_at)
    if not named or any(m.name != named[0].name for m in named) or _NOT_ITS_OWN.search(masked, named[0].end, span.open_at):
        return None         # another person named between, or 'which is described by …': not the subject's words
    opens = _SUBJECT_LEAD.fullmatch(masked, start, named[0].start) and opens_as_subject(ctx, p, named[0].start, named[0].end)
    return named[0].name if opens else None


#: Before the subject: an introductory phrase and its titles only ("Betting that will backfire, House Democratic Leader").
_SUBJECT_LEAD = re.compile(r"(?:[^_]*,\s*)?(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*")
#: Between a subject and the quote: a relative clause or an agent ('Molenbeek, which is described by officials as').
_NOT_ITS_OWN = re.compile(r"\b(?:which|who|whom|by)\b")


_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)


def only_person_named(ctx: ArticleContext, p: int) -> Optional[str]:
    """The one person a paragraph names outside its quotes, when nobody in it has a reporting verb and that
    person opens a sentence that quotes nothing: "“We hid behind the bar.” Mr Kemal Aydin, a waiter, then led
    six guests out" (not "The verdict on Helen Ortiz was harsh: “…”")."""
    masked = ctx.masked[p]
    names: set[str] = set()
    for m in ctx.table.in_paragraph(p):
        if outside_quotes(masked, m.start):
            names.add(m.name)
            if len(names) > 1:
                return None     # two people: no need to read the rest of a long paragraph
    if len(names) != 1:
        return None
    subjects = [m for m in ctx.table.in_paragraph(p) if outside_quotes(masked, m.start)
                and starts_sentence(masked, m.start) and "_" not in masked[slice(*sentence_bounds(masked, m.start))]]
    return subjects[0].name if subjects else None


def last_subject_spoke_before(ctx: ArticleContext, p: int) -> Optional[str]:
    """'“Organizing can’t …,” Perez said. ¶ President Obama nominated Perez … But Perez is promising … ¶ “You don’t
    have to …”': the person opening the last sentence of the paragraph before a paragraph that is all quote, when
    they have spoken before in the article: the story has come back to them."""
    masked = ctx.masked[p]
    last = sentence_bounds(masked, max(0, len(masked.rstrip()) - 1))[0]
    named = ctx.table.in_paragraph(p, last)
    if not named or not opens_as_subject(ctx, p, named[0].start, named[0].end):
        return None
    spoke = any(ev.speaker == named[0].name for ev in events_between(ctx, (0, 0), (p, 0)))
    return named[0].name if spoke else None


def list_entry_speaker(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """'John Warner, former senator from Virginia -- “Loose lips sink ships.”', 'Grant Woods, former attorney general
    of Arizona: “…”': a list's entry opens with a person, a description after a comma at most, then a dash or a
    colon before the quote: that person's words."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    named = ctx.table.in_paragraph(p, 0, span.open_at)
    if named and not masked[:named[0].start].strip():
        return named[0].name if _ENTRY_TAIL.fullmatch(masked, named[0].end, span.open_at) else None
    unknown = _ENTRY_NAME.match(masked)     # a name the table missed ('Lezlee Westine, former White House …')
    if unknown and unknown.group(1).split()[0] not in NOT_NAME_WORDS and _ENTRY_TAIL.fullmatch(masked, unknown.end(1), span.open_at):
        return canonical_name(unknown.group(1))
    return None


#: After a list entry's name: a description after a comma (no quote, no reporting verb: 'George H.W. Bush aide'
#: keeps its initials), then a dash or a colon; the words before the quote may name its subject ('— Trump "…"').
_ENTRY_TAIL = re.compile(r"(?:,(?:(?!" + CUE_RE.pattern + r")[^_“”\"]){0,200}?)?\s*(?:--|—|–|:)\s*(?:[A-Z][\w’'-]*\s+)?")
#: Two or three capitalised words opening the entry, then its comma.
_ENTRY_NAME = re.compile(r"\s*([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})(?=,)")


def unread_subject(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """The quote's own sentence opens with capitalised words no rule could read, then a reporting verb before the
    quote ("Princes William and Harry said they are “…”"): someone else speaks than the paragraph's last speaker."""
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    opening = _CAPITALISED_SUBJECT.match(masked, start, span.open_at)
    return opening is not None and not ctx.table.in_paragraph(span.paragraph, start, opening.end())


#: Capitalised words opening a sentence, then a strong reporting verb ('Princes William and Harry said').
_CAPITALISED_SUBJECT = re.compile(r"\s*(?!(?:He|She|They|It|We|I|The|A|An|This|That|But|And)\b)[A-Z][\w’'-]*"
                                  r"(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*\s+(?:"
                                  + "|".join(sorted(FINITE_CUE_WORDS)) + r")\b")


#: Before a name that ends a paragraph with a colon: the words are credited to that person.
_CREDITED_TO = re.compile(r"\b(?:attributed\s+(?:[^.!?_:]{0,60}\s)?to|by|from)\s+$")


def credited_before_colon(ctx: ArticleContext, p: int) -> Optional[str]:
    """'Some have attributed the following statement to Abraham Lincoln*: ¶ “…”', 'these words by Jane Addams:':
    the person the paragraph credits the words below with, their name right before its closing colon."""
    masked = ctx.masked[p].rstrip()
    named = ctx.table.in_paragraph(p)
    if not masked.endswith(":") or not named or not re.fullmatch(r"[*\s]*:", masked[named[-1].end:]):
        return None
    return named[-1].name if _CREDITED_TO.search(masked, 0, named[-1].start) else None


def named_subject_since(ctx: ArticleContext, span: QuoteSpan, earlier: SpeakerEvent) -> Optional[str]:
    """The person opening the sentence right before the quote's own, after the paragraph's latest speaker and
    someone else: the story has turned to them (a paragraph of several speakers run together)."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    own = sentence_bounds(masked, span.open_at)[0]
    if own == 0 or masked[own:span.open_at].strip(" “\"‘'"):
        return None             # the quote does not open its sentence
    last = sentence_bounds(masked, own - 1)[0]
    named = [m for m in ctx.table.in_paragraph(p, max(last, earlier.at), own) if opens_as_subject(ctx, p, m.start, m.end)]
    return named[0].name if named and named[0].name != earlier.speaker and "_" not in masked[last:own] else None
