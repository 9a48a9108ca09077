"""Who a subject found by `speakers` stands for: a name in the article's table, a pronoun, joint speakers, a
title, a description (`descriptions`: "the Malaysian leader"), "the production company" (the organisation that
spoke lately), "the statement" (whoever issued the statement the article mentioned before)."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.names import NOT_NAME_WORDS, ORG_NOUN_PATTERN
from generator.mentions.name_words import canonical_name
from generator.model.briefing import joint_name
from generator.quotes.bodies import lede_body, org_of_kind
from generator.quotes.campaigns import campaign_name
from generator.quotes.coreference import (
    ACRONYM_RE,
    fuller_name,
    fullest_org,
    org_in_full,
    org_named_before,
    spelled_out,
    titled_person,
)
from generator.quotes.descriptions import gendered_title_bearer, resolve_description
from generator.quotes.issuers import document_before, named_issuer, without_descriptor
from generator.quotes.lexicon import SPOKESPERSON_RE
from generator.quotes.offices import office_holder
from generator.quotes.polls import poll_named_before
from generator.quotes.pronouns import opens_as_subject, resolve_pronoun
from generator.quotes.speaker_context import (
    ArticleContext,
    SpeakerEvent,
    Subject,
    events_before,
    events_between,
    per_article,
    sentence_bounds,
)
from generator.quotes.surnames import bearer_of
from generator.text.scan import last_start_before


def _described_org(ctx: ArticleContext, p: int, subject: Subject, recent: list[SpeakerEvent]) -> Optional[str]:
    """'the production company said': the one organisation that spoke lately and fits by a word of its name,
    else the one named before with that head noun ('the authority': Civil Aviation Authority), else the
    organisation that spoke last in this paragraph (its voice goes on: 'Paypal said … it said: … the company
    said'), else the only organisation that spoke lately."""
    orgs = list(dict.fromkeys(ev.speaker for ev in recent if ev.is_org or ev.maybe_org)) or \
        list(dict.fromkeys(ev.speaker for ev in recent if ev.speaker not in ctx.table.people))   # "Uefa insists"
    words = set(re.findall(r"[a-z]{4,}", subject.text.lower())) - {"company"}
    named = [o for o in orgs if any(w[:6] in o.lower() for w in words)]
    before = None if named else _body_of_kind_before(ctx, p, subject, orgs)
    latest = recent[-1] if recent and recent[-1].paragraph == p and (recent[-1].is_org or recent[-1].maybe_org) else None
    pick = [before] if before else named if len(named) == 1 else [latest.speaker] if latest and not named \
        else orgs if len(orgs) == 1 else []
    if pick:
        return pick[0]
    spoke = max((ev.paragraph for ev in recent if ev.speaker in orgs), default=p)
    return _named_last(ctx, p, subject.at, named or orgs, after=spoke)


def _body_of_kind_before(ctx: ArticleContext, p: int, subject: Subject, orgs: list[str]) -> Optional[str]:
    """'the authority said': the one body named before with that head noun ('Civil Aviation Authority'), else the
    one the text gave that kind ('Skyline Air, the Canadian airline'), else the body an aside is about."""
    head = subject.text.split()[-1]
    return org_named_before(ctx, p, subject.at, head) or org_of_kind(ctx, p, subject.at, head.lower(), not orgs) \
        or _body_the_aside_is_about(ctx, p, subject.at, orgs) or (None if orgs else lede_body(ctx))


#: A capitalised name opening a sentence (after an introductory phrase) as its subject, then its verb.
_OPENING_BODY = re.compile(r"\s*(?:[^,_()]{0,40},\s*)?([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+[a-z]+\b")


def _body_the_aside_is_about(ctx: ArticleContext, p: int, at: int, orgs: list[str]) -> Optional[str]:
    """'Earlier this year, Acme reportedly laid off 60 staff (the company … called it “immaterial”)': an
    organisation's description opening an aside, when no organisation spoke lately, is the organisation that opens
    the sentence as its subject (no person of the article, no sentence word)."""
    if orgs or not ctx.masked[p][:at].rstrip().endswith("("):
        return None
    m = _OPENING_BODY.match(ctx.masked[p], sentence_bounds(ctx.masked[p], at)[0], at)
    name = m.group(1) if m and m.group(1).split()[0] not in NOT_NAME_WORDS else None
    return name if name and ctx.table.resolve(name) is None else None


#: How many paragraphs, the description's own included, are searched for the organisation named last.
_NAMED_LAST_BACK = 3


def _named_last(ctx: ArticleContext, p: int, at: int, orgs: list[str], after: int) -> Optional[str]:
    """'… Dick Clark Productions said. ¶ Swift accused Big Machine of … ¶ The company denied …': of several
    organisations that spoke lately, the one the text names last before the description (by its name or its
    first two words), in its paragraph or the two before and after paragraph `after` (where the last of them
    spoke: named only where they spoke, none is picked)."""
    best: tuple[int, int, str] | None = None
    for org in orgs[:_RECENT_ORGS]:
        short = " ".join(org.split()[:2])
        rx = re.compile(rf"(?<![\w-])(?:{re.escape(org)}|{re.escape(short)})(?![\w-])")
        for q in range(p, max(-1, p - _NAMED_LAST_BACK), -1):
            found = last_start_before(rx, ctx.masked[q], at if q == p else len(ctx.masked[q]),
                                      at if q == p else len(ctx.masked[q]))
            if found is not None:
                best = max(best or (q, found, org), (q, found, org))
                break
    return best[2] if best and best[0] > after else None


#: At most this many organisations are compared by where they are named last (a bound per description).
_RECENT_ORGS = 6


#: Speaker events before an 'the agency said' that it may refer to: the WikiRef and eval pages have at most 5 in
#: the four paragraphs looked at; a bound, so one huge paragraph is not copied for each such cue.
_RECENT_SPEAKERS = 40


def resolve_author(ctx: ArticleContext, p: int, subject: Subject) -> tuple[Optional[str], bool]:
    """'the statement continued' -> the speaker of the latest sentence that mentions a statement, if it has one;
    'the production company said' -> the one organisation of the last few paragraphs that fits (by a word of
    its name, else by being the only one).  Nothing linked, or two candidates: no speaker."""
    if subject.kind == "orgdesc":
        voices = [v for v in ctx.voices if (p - 4, 0) <= (v.paragraph, v.at) < (p, subject.at)]
        recent = sorted(events_before(ctx, p - 4, p, subject.at, most=_RECENT_SPEAKERS) + voices,
                        key=lambda ev: (ev.paragraph, ev.at))
        org = _described_org(ctx, p, subject, recent)
        return (org, True) if org else (None, False)
    issued = _issuer_just_before(ctx, p, subject.at)
    if issued[0]:
        return issued
    document = re.compile(rf"\b{subject.text}s?\b")       # "the messages read" after "a text message"
    for q in range(p, max(-1, p - 5), -1):       # latest sentence naming the document, before the quote
        masked = ctx.masked[q]
        if q == p:      # before the subject's own sentence, found by looking back from it
            hit = last_start_before(document, masked, sentence_bounds(masked, subject.at)[0], subject.at)
        else:
            hit = last_start_before(document, masked, len(masked), len(masked))
        if hit is not None:
            start, end = sentence_bounds(masked, hit)
            said = events_between(ctx, (q, start), (q, end))
            if said:
                return said[-1].speaker, said[-1].is_org or said[-1].maybe_org
            issuer = _ISSUER.match(masked, start, hit)
            org = _described_org(ctx, q, Subject("orgdesc", issuer.group(1), start), events_before(
                ctx, q - 4, q, start, most=_RECENT_SPEAKERS)) if issuer else named_issuer(ctx, masked, start, hit)
            if org or issuer:       # a description that fits none or several: no speaker, not an older document's
                return (org, True) if org else (None, False)
            author = _subject_author(ctx, q, start, hit)
            if author:              # "Carl Paladino released a statement on Friday. The statement called …"
                return author, False
    return None, False


#: A sentence whose subject issued something ('And the Democratic National Committee issued an apology …').
_ISSUED = re.compile(r"\s*(?:(?:And|But|Then)\s+)?(?:the\s+|The\s+)?((?:[A-Z][\w&.’'-]*\s+){0,5}?[A-Z][\w&.’'-]*)\s+"
                     r"(?:[a-z]+ly\s+)?(?:issued|released|put\s+out|sent\s+out)\s+(?:an?\s+|its\s+|their\s+)")


def _issuer_just_before(ctx: ArticleContext, p: int, at: int) -> tuple[Optional[str], bool]:
    """'The committee issued an apology to Sanders. ¶ “…,” the statement said': a document no sentence names is
    what the subject of the last sentence before it issued, when that sentence, in the paragraph before or its own,
    is the last before the quote's."""
    own = sentence_bounds(ctx.masked[p], at)[0]
    q, end = (p, own) if own > 0 else (p - 1, len(ctx.masked[p - 1].rstrip()) if p > 0 else 0)
    if q < 0 or end == 0:
        return None, False
    start = sentence_bounds(ctx.masked[q], end - 1)[0]
    issued = _ISSUED.match(ctx.masked[q], start, end)
    if issued is None or issued.group(1) in NOT_NAME_WORDS:
        return None, False
    person = ctx.table.in_paragraph(q, issued.start(1), issued.end(1))      # 'Senator Jane Hollis released a …'
    return (person[0].name, False) if person else (fullest_org(ctx, without_descriptor(issued.group(1))), True)


def _subject_author(ctx: ArticleContext, q: int, start: int, hit: int) -> Optional[str]:
    """The person opening the sentence that names the document, its subject: the document is theirs ('Paladino
    made no mention of it in a statement he released Friday'), unless another body is named with the document
    ('a statement from the ministry')."""
    named = ctx.table.in_paragraph(q, start, hit)
    if not named or _FROM_ANOTHER.match(ctx.masked[q], hit) or not opens_as_subject(ctx, q, named[0].start, named[0].end):
        return None
    return named[0].name


#: After a document's noun: who it is from ('a statement from the ministry', 'a report by Oxfam').
_FROM_ANOTHER = re.compile(r"[\w-]*\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?[A-Z]")


#: A sentence whose subject is an organisation named before, by its kind, and that mentions the document: "The
#: company denied the allegations in a statement on its website" (the statement quoted next is the company's).
_ISSUER = re.compile(r"\s*((?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + ORG_NOUN_PATTERN + r"))\s+[a-z]")


def resolve_subject(ctx: ArticleContext, p: int, subject: Subject) -> tuple[Optional[str], bool]:
    """Canonical speaker for a subject, and whether it is an organisation."""
    if subject.kind == "person":
        return subject.text, False
    if subject.kind == "group":
        return None, False
    if subject.kind == "poll":
        return poll_named_before(ctx, p, subject.at), True
    if subject.kind == "people":        # joint speakers: a readable name, the list kept beside it
        names = subject.text.split("\t")
        ctx.joint[joint_name(names)] = names
        return joint_name(names), False
    if subject.kind == "title":
        return titled_person(ctx, subject.text) or gendered_title_bearer(ctx, p, subject), False
    if subject.kind == "pronoun":
        issuer = document_before(ctx, p, subject.at) if subject.text == "it" else None
        if issuer:          # "A … report says … It says": the report's issuer
            return issuer, True
        name = resolve_pronoun(ctx, p, subject.at, subject.text)
        return name, bool(name) and subject.text in ("they", "it")
    if subject.kind == "description":
        return resolve_description(ctx, p, subject.text, subject.at), False
    if subject.kind == "campaign":      # "the Trump transition team said": the body, named by its owner's surname
        owner = resolve_pronoun(ctx, p, subject.at, subject.text) if subject.text in ("he", "she") \
            else ctx.table.resolve(subject.text) or subject.text
        return (campaign_name(owner, subject.body or "campaign"), True) if owner else (None, False)
    if subject.kind in ("document", "orgdesc"):
        return resolve_author(ctx, p, subject)
    if subject.kind == "org":
        holder = office_holder(ctx, subject.text)       # "the Archbishop of Canterbury said": who holds it
        return (holder, False) if holder else (fullest_org(ctx, without_descriptor(subject.text)), True)
    known = ctx.table.resolve(subject.text)
    if not known or _other_gender(ctx, p, subject.at, known):    # "Mrs Lee" when the bare "Lee" is her husband
        known = bearer_of(ctx, p, subject.at, subject.text) \
            or fuller_name(ctx, subject.text)     # "Shevchenko, a former …, added": 'Andriy Shevchenko' in the lede
    if known and not _other_gender(ctx, p, subject.at, known):
        return known, False
    return _unknown_surface(ctx, p, subject)


#: 'The' opening a one-word subject, or right before it: "The Times reports".
_THE_OPENS = re.compile(r"[Tt]he\s+[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _unknown_surface(ctx: ArticleContext, p: int, subject: Subject) -> tuple[Optional[str], bool]:
    """A capitalised subject the name table does not know: an acronym spelled out, a common noun, an epithet, or
    a name as written."""
    if ACRONYM_RE.fullmatch(subject.text):          # "Amsa said": the Australian Maritime Safety Authority
        full = spelled_out(ctx, subject.text)
        if full:
            return full, True
    if " " not in subject.text and not _right_after_a_quote(ctx.body[p], subject.at) \
            and _written_lowercase(ctx, subject.text.lower()):
        return None, False     # "Prosecutors" at a sentence start, "prosecutors" elsewhere: a common noun
    if " " not in subject.text and _EPITHET_BEFORE.search(ctx.masked[p], 0, subject.at):
        return _lede_subject(ctx), False    # "the 25-year-old Dubliner said": no name, the one the story is about
    full = org_in_full(ctx, subject.text) if " " not in subject.text else None
    masked = ctx.masked[p]
    if not full and " " not in subject.text and (_THE_OPENS.match(masked, subject.at)
                                                  or _THE_BEFORE.search(masked, max(0, subject.at - 4), subject.at)):
        full = org_named_before(ctx, p, subject.at, subject.text)   # "The Times reports": The New York Times named before
    return (full, True) if full else (canonical_name(subject.text), False)     # "Continental said": the airline


#: Before one capitalised word no one is named by: 'the' and an age or an adjective ('the 25-year-old Dubliner',
#: 'the experienced Scot'; never a plural noun: 'the banning of the accounts Valve said'): an epithet, not a name.
_EPITHET_BEFORE = re.compile(r"\b[Tt]he\s+(?:\d+-year-old\s+|[a-z][a-z-]+(?<!s)(?<!'s)\s+|[a-z-]+ous\s+){1,2}$")


def _lede_subject(ctx: ArticleContext) -> Optional[str]:
    """The person who opens the article's first sentence as its subject ('Richard Dunne is ready to …')."""
    if not ctx.masked:
        return None
    first = next(iter(ctx.table.in_paragraph(0, 0, sentence_bounds(ctx.masked[0], 0)[1])), None)
    return first.name if first is not None and first.start <= 4 and opens_as_subject(ctx, 0, first.start, first.end) \
        else None


def _other_gender(ctx: ArticleContext, p: int, at: int, name: str) -> bool:
    """'Mrs Obama said' where the article names only Barack Obama: the honorific is another person's."""
    honorific = re.search(r"\b(Mrs|Ms|Miss|Mr)\.?\s+$", ctx.masked[p][max(0, at - 6):at]) \
        or re.match(r"(Mrs|Ms|Miss|Mr)\.?\s", ctx.masked[p][at:at + 6])      # the subject may start at it
    want = {"Mr": "m"}.get(honorific.group(1), "f") if honorific else None
    have = ctx.table.gender(name)
    return want is not None and have is not None and want != have


def _right_after_a_quote(paragraph: str, at: int) -> bool:
    """The word at `at` follows a quote's comma and closing mark ('"…," Orange said'), where a capital is the
    word's own (a sentence's first word, 'Prosecutors said', is capitalised whatever it is)."""
    return paragraph[:at].rstrip().endswith((",\"", ",”", ",’", ",'"))


@per_article
def _written_lowercase(ctx: ArticleContext, lower: str) -> bool:
    return any(lower in para and re.search(rf"\b{re.escape(lower)}\b", para) for para in ctx.body)


def unnamed_role(subject: Subject) -> Optional[str]:
    """What the text calls an unnamed spokesperson ('IAAF spokesman', 'spokeswoman for the ministry'), shown
    beside the quote though nobody is named."""
    if subject.kind != "group" or not SPOKESPERSON_RE.search(subject.text):
        return None
    return re.sub(r"^(?:an?|the|one)\s+", "", subject.text.strip(), flags=re.I)


def role_of(ctx: ArticleContext, speaker: Optional[str]) -> Optional[str]:
    rec = ctx.table.people.get(speaker or "")
    return rec.role_in_text if rec else None
