"""A person's campaign or team speaking as a body: "the Trump transition team said", "Clinton's campaign said",
"the Clinton camp says", "His transition team said in a statement".  The words are the body's (issue 16: an
organisation speaks when the words are its own), named as news names it: the owner's surname and the kind ("Trump
transition team", "Clinton campaign").  A person's office stays the person's voice (`subject_phrases`)."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.persons import PERSON_OR_DESCRIPTION_NOUN
from generator.quotes.speaker_context import ArticleContext, Subject

#: The kinds of a person's political body, and the name each goes by ('camp' is the campaign).
_KINDS = {"transition team": "transition team", "campaign": "campaign", "camp": "campaign", "team": "team"}
_KIND = r"(?:(?:presidential|election|re-?election)\s+)?(?P<kind>" + "|".join(
    k.replace(" ", r"\s+") for k in sorted(_KINDS, key=len, reverse=True)) + ")"
_OWNER = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_CAMPAIGN = (rf"(?:\b[Tt]he\s+(?P<named>{_OWNER})|(?P<owner>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_OWNER})[’']s?"
             rf"|\b(?P<pronoun>[Hh]is|[Hh]er))\s+{_KIND}(?!\s+(?:{PERSON_OR_DESCRIPTION_NOUN})s?\b)")   # not "Trump
# campaign manager Kellyanne Conway": a person of the campaign
#: At the end of a subject: "the Trump transition team", "Mr. Trump’s campaign", "His transition team".
_AT_END = re.compile(_CAMPAIGN + "$")
_CAMPAIGN_ANYWHERE = re.compile(_CAMPAIGN + r"\b")
#: Opening a clause, after an introductory phrase at most: "In its announcement, the Trump transition team …".
_OPENING = re.compile(r"\s*(?:[^,_]{0,60},\s*)?" + _CAMPAIGN + r"\b")


def campaign_subject(ctx: ArticleContext, text: str, offset: int) -> Optional[Subject]:
    """The campaign or team `text` (a subject phrase starting at `offset`) ends with: the owner as written (or the
    pronoun standing for them) in `text`, the body's kind in `body`."""
    return _subject(ctx, _AT_END.search(text), offset)


def campaign_opening(ctx: ArticleContext, text: str, offset: int) -> Optional[Subject]:
    """The campaign or team a clause (`text`, starting at `offset`) opens with, as the subject of its participle
    ("The Trump transition team disavowed the questionnaire, saying …")."""
    return _subject(ctx, _OPENING.match(text), offset)


def campaign_around(ctx: ArticleContext, text: str, offset: int, at: int) -> Optional[Subject]:
    """The campaign or team around the name at `at` ('… and the Trump transition team disavowed …, saying': the
    name is the team's owner, not the subject)."""
    return next((_subject(ctx, m, offset) for m in _CAMPAIGN_ANYWHERE.finditer(text) if m.start() <= at - offset < m.end()),
                None)


def _subject(ctx: ArticleContext, m: Optional[re.Match], offset: int) -> Optional[Subject]:
    """Only a person's campaign: "the DxOMark team", "the New York team" are a body's staff or a place's side."""
    owner = m.group("named") or m.group("owner") if m else None
    if m is None or owner and not (ctx.table.resolve(owner) or ctx.table.resolve(owner.split()[-1])):
        return None         # ("President-elect Trump’s transition team": the surname is the person's)
    kind = _KINDS[re.sub(r"\s+", " ", m.group("kind"))]
    if m.group("pronoun"):
        return Subject("campaign", "he" if m.group("pronoun").lower() == "his" else "she", offset + m.start(), kind)
    key = "named" if m.group("named") else "owner"
    return Subject("campaign", m.group(key), offset + m.start(key), kind)


def campaign_name(owner: str, kind: str) -> str:
    """'Donald Trump', 'transition team' -> 'Trump transition team'."""
    return f"{owner.split()[-1]} {kind}"
