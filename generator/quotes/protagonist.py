"""Who an article is about: its protagonist by gender, a person's former name, and who answers an interview.

A profile or feature follows one person for paragraphs, calling them 'she' or by the given name alone ("Michelle
was working at the firm"), names the name table does not hold; a 'she says' there with no nearer antecedent is
that person.  A former name ("the former Michelle Robinson", "born Joanna Price") is the same person, not a
second one.  A question-and-answer page sets the interviewer's questions as lines of their own and the answers in
quote marks with no reporting verb: the answers are the interviewee's, the person the lede names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from generator.lexicon.cues import CUE_RE
from generator.lexicon.persons import BIRTH_FAMILY_NOUNS
from generator.model.briefing import Quote
from generator.quotes.marks import QuoteSpan
from generator.quotes.speaker_context import LABEL_RE, ArticleContext, events_between, per_article, sentence_bounds

#: What introduces a former name: "the former Ann Lee", "née Ann Lee", "born Ann Lee".
_FORMER_RE = re.compile(r"\b(?:the\s+former|née|nee|born)\s+$", re.I)
#: The protagonist must be named in this many paragraphs and more than twice as many as any other of that gender.
_LEAST_PARAGRAPHS = 2


@per_article
def former_names(ctx: ArticleContext) -> dict[str, str]:
    """A person introduced as a former name ("the former Michelle Robinson") -> the one person of the same given
    name and gender the article otherwise names."""
    out = {}
    for m in ctx.table.mentions:
        if not _FORMER_RE.search(ctx.body[m.paragraph][max(0, m.start - 12):m.start]):
            continue
        given, gender = m.name.split()[0], ctx.table.gender(m.name)
        same = [n for n in ctx.table.people if n != m.name and n.split()[0] == given
                and ctx.table.gender(n) in (gender, None)]
        if len(same) == 1:
            out[m.name] = same[0]
    return out | {k: v for k, v in _birth_names(ctx).items() if k not in out}


def _birth_names(ctx: ArticleContext) -> dict[str, str]:
    """'Michelle Robinson grew up … ¶ Her father, Frasier Robinson, …' in a profile of Michelle Obama: of two women of
    one given name, the one whose surname the article gives her father, mother, brother or sister is the other
    under her birth name (the name table keeps them apart: two surnames)."""
    women: dict[str, list[str]] = {}
    for n in ctx.table.people:
        if ctx.table.gender(n) == "f" and len(n.split()) >= 2:
            women.setdefault(n.split()[0], []).append(n)
    out = {}
    for given, names in women.items():
        if len(names) != 2:
            continue
        for birth, married in (names, names[::-1]):
            kin = re.compile(rf"\b(?:[Hh]er|{re.escape(given)}(?:\s+{re.escape(married.split()[-1])})?[’']s)\s+"
                             rf"(?:{BIRTH_FAMILY_NOUNS}),?\s+[A-Z][\w’'-]*\s+{re.escape(birth.split()[-1])}\b")
            if any(kin.search(para) for para in ctx.body):
                out[birth] = married
                break
    return out


def same_person(ctx: ArticleContext, name: Optional[str]) -> Optional[str]:
    return former_names(ctx).get(name or "", name)


@per_article
def _paragraphs_naming(ctx: ArticleContext, gender: str) -> dict[str, list[int]]:
    """For each person of this gender: the paragraphs naming them in full, by a surname or a given name that no
    other person of that gender has (former names counted as the person), in order.  Made once per article, so
    counting them up to a paragraph is a bisection, not a scan per pronoun."""
    people = {n for n in ctx.table.people if ctx.table.gender(n) == gender}
    found: dict[str, set[int]] = {}
    for m in ctx.table.mentions:
        if m.name in people:
            found.setdefault(same_person(ctx, m.name) or m.name, set()).add(m.paragraph)
    canon = {same_person(ctx, n) or n for n in people}
    for word_at in (0, -1):
        words: dict[str, Optional[str]] = {}
        for n in canon:
            w = n.split()[word_at]
            words[w] = None if w in words else n
        for w, who in words.items():
            if who is not None:
                found.setdefault(who, set()).update(q for q, text in enumerate(ctx.masked) if _alone(text, w))
    return {n: sorted(ps) for n, ps in found.items()}


def _alone(text: str, word: str) -> bool:
    """The word stands alone somewhere in the text, not as part of a longer capitalised name ("Barack Obama")."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        if not re.search(r"[A-Z][\w’'.-]*\s$", text[max(0, m.start() - 30):m.start()]) \
                and not re.match(r"\s[A-Z]", text[m.end():m.end() + 2]):
            return True
    return False


@per_article
def protagonist(ctx: ArticleContext, p: int, gender: str) -> Optional[str]:
    """The person of this gender the article has named in the most paragraphs up to p, when named in at least two
    and in more than twice as many as anyone else of that gender."""
    counts = sorted(((bisect_right(ps, p), n) for n, ps in _paragraphs_naming(ctx, gender).items()), reverse=True)
    if not counts or counts[0][0] < _LEAST_PARAGRAPHS:
        return None
    if len(counts) > 1 and counts[0][0] <= 2 * counts[1][0]:
        return None
    return counts[0][1]


#: Paragraphs of the lede that name the interviewee of a question-and-answer page.
_LEDE_PARAGRAPHS = 2
#: A question line longer than this is text, not an interviewer's question.
_QUESTION_WORDS = 60


def answers_question(ctx: ArticleContext, q: int) -> Optional[str]:
    """'Why did you take the job? ¶ “I grew up riding these buses.”': a quote paragraph right after a question
    line (ending in '?', quoting nothing, no reporting verb) answers it: the interviewee's words."""
    line = ctx.masked[q].strip() if 0 <= q < len(ctx.masked) else ""
    if not line.endswith("?") or "_" in line or len(line.split()) > _QUESTION_WORDS or CUE_RE.search(line):
        return None
    return interviewee(ctx)


@per_article
def interviewee(ctx: ArticleContext) -> Optional[str]:
    """The one person the lede (the first two paragraphs) names outside quotes, else nobody."""
    named = {same_person(ctx, m.name) for p in range(min(_LEDE_PARAGRAPHS, len(ctx.masked)))
             for m in ctx.table.in_paragraph(p) if ctx.masked[p][m.start:m.start + 1] != "_"}
    return named.pop() if len(named) == 1 else None


def labelled_speaker(ctx: ArticleContext, p: int) -> Optional[str]:
    """'Ann Lee: I told him, “…”': the person of the name table a transcript label opening the paragraph names,
    whose answer the paragraph is (its 'I' is them)."""
    label = LABEL_RE.match(ctx.masked[p])
    return ctx.table.resolve(label.group(1)) if label else None


#: A first-person writer naming themself: "my name is Ann Lee", "My name’s Ann Lee".
_MY_NAME_IS = re.compile(r"\b[Mm]y\s+name(?:\s+is|[’']s)\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)")


@per_article
def self_named_writer(ctx: ArticleContext) -> Optional[str]:
    """'If we haven’t met, my name is Ann Lee …  ¶ … I was telling myself, “…”': the one person a first-person
    writer names as themself, outside quotes, who is the 'I' of the page's own sentences."""
    named = {ctx.table.resolve(m.group(1)) or m.group(1) for para in ctx.masked for m in _MY_NAME_IS.finditer(para)}
    return named.pop() if len(named) == 1 else None


def goes_on_from_before(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """'Mr Lee said the plan was "a disgrace". ¶ "We will fight it. "The town deserves better." The council meets
    …': a paragraph that opens with whole quoted sentences and no cue of their own, right after a paragraph whose
    last sentence quotes someone, goes on with that speaker (in text whose paragraphs were run together the
    narrative after the quote shares its line); after a paragraph whose last sentence is one person's indirect
    speech ('Andy Richards said the leaflet was …'), with that person."""
    p = span.paragraph
    last = span.more[-1] if span.more else span
    before = ctx.masked[p - 1].rstrip() if p > 0 else ""
    if span.open_at != 0 or last.text[-1:] not in ".!?" or not before:
        return None
    start, _ = sentence_bounds(before, len(before) - 1)
    if previous is not None and previous.speaker and previous.paragraph == p and "_" in before[start:]:
        return previous.speaker     # previous.paragraph counts from 1: the paragraph right before this one
    said = {ev.speaker for ev in events_between(ctx, (p - 1, start), (p - 1, len(before)))}
    return said.pop() if len(said) == 1 and "_" not in before[start:] else None   # 'Ann Lee said the plan was …'


#: A line that signs the quote above it: "—Athens Mayor Eleni Dras" (a pull quote).
_SIGNATURE = re.compile(r"\s*[—–-]\s*[A-Z]")
_SIGNATURE_WORDS = 10


def signed_below(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """A pull quote: a paragraph that is all quote, then a short line that opens with a dash and names a person."""
    nxt = span.paragraph + 1
    if nxt >= len(ctx.body) or not _SIGNATURE.match(ctx.body[nxt]) or len(ctx.body[nxt].split()) > _SIGNATURE_WORDS:
        return None
    named = ctx.table.in_paragraph(nxt)
    return named[-1].name if named else None


#: Right after a quote's closing mark: a dash, then (at the end of the match) where its signature may start.
_SIGNED_AFTER = re.compile(r"[,.]?[”\"’']?\s*[—–-]{1,2}\s*")
#: After the signing name: the sentence ends, an aside in brackets, the paragraph ends.
_SIGNATURE_ENDS = re.compile(r"\s*(?:[.;(]|$)")


def signed_after(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """'“The beauty of me is that I’m very rich.” - Donald Trump. So vain.': a quote signed by a dash and a
    person's name right after it, the name ending its sentence (a list of quotes, each with its author and the
    writer's comment), as a pull quote is signed on the line below it."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    dash = _SIGNED_AFTER.match(masked, span.close_at)
    named = [m for m in ctx.table.in_paragraph(p) if dash and m.start == dash.end()]
    if not named or not _SIGNATURE_ENDS.match(masked, named[0].end):
        return None
    return named[0].name
