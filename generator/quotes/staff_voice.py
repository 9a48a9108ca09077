"""A body's staff speaking for it: "The Acme team reports that …", "Acme's engineers reported …", and later "the
testers found …" or "The team also found …" (after Acme's team was named): a test's or a study's findings, quoted,
are the body's words (Acme's), not nobody's.

`staff_subject` reads such a subject before a reporting verb (called by `subject_phrases`); `findings_of` reads it
before a verb of findings that is no reporting verb ("found", "measured": data/finding-verbs.txt), which counts as a
cue only after a body's staff ("she finds it ‘un-cool’" quotes nobody).
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, FINDING_VERBS, WEAK_CUES
from generator.lexicon.load import alternation
from generator.lexicon.names import NOT_NAME_WORDS
from generator.lexicon.persons import CREW_NOUNS
from generator.quotes.lexicon import BETWEEN_SUBJECT_AND_CUE
from generator.quotes.marks import QuoteSpan
from generator.quotes.resolution import resolve_subject, role_of
from generator.quotes.speaker_context import ArticleContext, Attribution, Subject, add_event, sentence_bounds

_NAME = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}"
#: "the Acme team", "the Acme Labs engineers", "Acme's engineers", "Acme Labs' own testers".
_CREW_OF = (rf"(?:\b(?:the|The)\s+(?P<named>{_NAME})\s+|(?<![\w’'-])(?P<owner>{_NAME})(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?)"
            rf"(?:{CREW_NOUNS})\b")
_CREW_OF_RE = re.compile(_CREW_OF)
#: ... right before the verb, past a restrictive relative clause: "The Unity conservatives who came first said".
_CREW_OF_AT_END = re.compile(_CREW_OF + r"(?:\s+who\s+[^,_]{1,60}?)?\s*$")
#: The staff again with no name: "the testers", "The team" (the body whose staff the text named last).
_BARE_CREW_AT_END = re.compile(rf"(?:^|(?<=[\s,]))(?:the|The)\s+(?:{CREW_NOUNS})\s*$")
#: Nothing before the subject but an introductory word or phrase ("However, ", "In its report, ").
_OPENS_CLAUSE = re.compile(r"\s*(?:[^,_]{0,40},\s*)?")
_FINDING_VERB_RE = re.compile(r"(?<![\w-])" + alternation(FINDING_VERBS) + r"\b")
#: How many paragraphs back "the testers" looks for the body whose staff were named.
_CREW_BACK = 3


def _body_name(m: re.Match) -> Optional[str]:
    """The body a staff phrase names, sentence words in front left out ("However Acme's engineers")."""
    words = (m.group("named") or m.group("owner")).split()
    while words and words[0] in NOT_NAME_WORDS:
        words = words[1:]
    return " ".join(words) or None


def _as_subject(ctx: ArticleContext, name: str, at: int) -> Subject:
    person = ctx.table.resolve(name)
    return Subject("person", person, at) if person and person in ctx.table.people else Subject("org", name, at)


def _crew_named_before(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """The body whose staff the text named last before offset `at` of paragraph `p`, in it or the paragraphs
    just before ("The Acme team reports … ¶ … the testers found": Acme)."""
    for q in range(p, max(-1, p - _CREW_BACK - 1), -1):
        masked = ctx.masked[q]
        found = [m for m in _CREW_OF_RE.finditer(masked, 0, at if q == p else len(masked)) if _body_name(m)]
        if found:
            return _body_name(found[-1])
    return None


def staff_subject(ctx: ArticleContext, p: int, text: str, offset: int) -> Optional[Subject]:
    """A body's staff opening the clause that `text` (a paragraph slice from `offset`) ends with: "The Acme team",
    "Acme's engineers" (Acme), or "the testers" after Acme's team was named."""
    named = _CREW_OF_AT_END.search(text)
    if named and _OPENS_CLAUSE.fullmatch(text, 0, named.start()):
        name = _body_name(named)
        return _as_subject(ctx, name, offset + named.start()) if name else None
    bare = _BARE_CREW_AT_END.search(text)
    if bare and _OPENS_CLAUSE.fullmatch(text, 0, bare.start()):
        name = _crew_named_before(ctx, p, offset + bare.start())
        return _as_subject(ctx, name, offset + bare.start()) if name else None
    return None


def findings_of(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'The testers found ‘almost no colour fringing’ and liked the ‘…’': a quote after a verb of findings in a
    sentence whose subject is a body's staff, with no reporting verb between them, is the body's."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    verb = _FINDING_VERB_RE.search(masked, start, span.open_at)
    if verb is None or any(c.group(1).lower() not in WEAK_CUES for c in CUE_RE.finditer(masked, verb.end(), span.open_at)):
        return None
    subject = staff_subject(ctx, p, BETWEEN_SUBJECT_AND_CUE.sub("", masked[start:verb.start()]).rstrip(), start)
    name, is_org = resolve_subject(ctx, p, subject) if subject else (None, False)
    if not name:
        return None
    add_event(ctx, p, span.open_at, name, is_org, verb.group(0))
    return Attribution(name, role_of(ctx, name), verb.group(0))
