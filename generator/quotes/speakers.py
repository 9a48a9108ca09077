"""Who said it: reporting verbs, their subjects, and pronoun resolution over one article.

Search order (as the Gender Gap Tracker and our measurements suggest): the quote's own sentence
(“Q,” S said / “Q,” said S / S said: “Q” / S, who …, said), then an earlier sentence of the same
paragraph, then inheritance (a paragraph that is all quote keeps the previous paragraph's speaker).
Subjects are resolved (`resolution`) through the article’s name table and `coreference` (joint speakers, titles,
organisations, pronouns); a definite description ("the alliance’s top official said") goes to the person
whose title matches it, or to the person the next paragraph names as speaking (the news-lede
convention).  Anything else stays unattributed: a wrong speaker is worse than none.

Here: where the subject of a verb stands (before it, inverted after it: `inverted`, the clause's subject for a participle,
a name in apposition); what a phrase in that place names is `subject_phrases`.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.lexicon.documents import AUTHORED_DOCUMENTS, MEDIUM_DOCUMENTS, WHICH_SAID_DOCUMENTS
from generator.lexicon.names import NOT_NAME_WORDS, ORG_NOUN_PATTERN
from generator.lexicon.persons import DESCRIPTION_NOUNS, PERSON_NOUNS, SOMEONE_NOUNS
from generator.mentions.name_patterns import STAFF_AFTER
from generator.mentions.name_words import is_first_name
from generator.quotes.appositions import before_commas, unclosed_apposition
from generator.quotes.bodies import body_by_kind_opening
from generator.quotes.campaigns import campaign_around, campaign_opening
from generator.quotes.coreference import fuller_name, group_named_before, joint_opening, joint_subject
from generator.quotes.described_after import described_after_cue
from generator.quotes.descriptions import description_by_role
from generator.quotes.epithets import nationality_opening
from generator.quotes.inverted import subject_after
from generator.quotes.lexicon import (
    ACRONYM_IN_BRACKETS,
    ADDRESSEE_CUES,
    BETWEEN_SUBJECT_AND_CUE,
    DASH_ASIDE,
    DESCRIBING_CUES,
    DESCRIPTION_RE,
    DOCUMENT_FROM_BEFORE_RE,
    LEADING_ORG_RE,
    PARTICIPLE_CUES,
)
from generator.quotes.marks import QUOTE_OPENS_NEXT
from generator.quotes.passive_agent import is_passive, passive_agent
from generator.quotes.resolution import resolve_subject
from generator.quotes.speaker_context import (
    ArticleContext,
    SpeakerEvent,
    Subject,
    sentence_bounds,
)
from generator.quotes.subject_phrases import subject_at_end, surface_subject
from generator.text.scan import blank, ends_at

#: A name opening the sentence, then where the words appeared, then the verb: "Ann Lee in a blog post on the
#: charity's website said", "Lee in an interview with the BBC on Sunday said".
_NAME_IN_MEDIUM = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+in\s+(?:an?|the|his|her|their)\s+"
                             r"(?:[a-z][\w-]*\s+){0,2}" + MEDIUM_DOCUMENTS
                             + r"(?:\s+(?:on|to|with|at|for)\s+(?:[\w.’'-]+\s+){1,5}?)?\s*$")

def _mention_ending_at(ctx: ArticleContext, p: int, end: int) -> Optional[str]:
    return ctx.table.ending_at(p, end)


#: An organisation or its page, then a relative clause whose verb is the cue: "welcomed by Amnesty International,
#: which said", "first reported by the club's website, which said in a statement".
_WHICH_SAID = re.compile(r"(?<![\w’'-])((?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}[A-Z][\w.&’'-]*)"
                         r"(?:[’']s?\s+(?:official\s+)?" + WHICH_SAID_DOCUMENTS + r")?\s*,\s*which\s*$")


#: A relative clause whose verb is the cue, after the person it is about: "a quote from Mr Lee, who told the
#: magazine", "Ann Roe, who has said".
_WHO_SAID = re.compile(r",\s*who\s*$")


def _subject_before(ctx: ArticleContext, p: int, sent_start: int, cue_start: int) -> Optional[Subject]:
    """Subject right before a reporting verb, looking past one parenthetical (", who chaired the meeting,")."""
    masked = ctx.masked[p]
    before = blank(DASH_ASIDE, blank(ACRONYM_IN_BRACKETS, masked[sent_start:cue_start]))
    joint = joint_subject(ctx, p, sent_start, sent_start + len(BETWEEN_SUBJECT_AND_CUE.sub("", before).rstrip()))
    if joint:
        return joint
    which = _WHICH_SAID.search(BETWEEN_SUBJECT_AND_CUE.sub("", before))
    if which and which.group(1).split()[0] not in NOT_NAME_WORDS:
        return Subject("org", which.group(1), sent_start + which.start(1))
    who = _WHO_SAID.search(BETWEEN_SUBJECT_AND_CUE.sub("", before))
    head = (joint_subject(ctx, p, sent_start, sent_start + who.start(), opens=False)
            or subject_at_end(ctx, p, before[:who.start()], sent_start)) if who else None
    if head and head.kind in ("person", "people", "surface", "description", "title"):
        return head     # "a quote from Mr Lee, who told the magazine, “…”": the relative's head speaks
    medium = _NAME_IN_MEDIUM.match(before)
    if medium:      # "Michelle in a blog post on the White House website said": the name, not the website
        named = subject_at_end(ctx, p, before[:medium.end(1)], sent_start)
        if named and named.kind in ("person", "surface"):
            return named
    found = subject_at_end(ctx, p, before, sent_start)
    if found and (found.kind in ("surface", "org", "description") or _object_person(ctx, p, found)):   # the tail of
        person = unclosed_apposition(ctx, p, sent_start, cue_start)   # "Ravi Menon, an economist at the Institute of
        # Labour … told", "Eric Abensur, Wanadoo's chief executive told" (his description, not another's title)
        return person if person and person.kind in ("person", "surface") else found
    if found:
        return found
    stripped = BETWEEN_SUBJECT_AND_CUE.sub("", before).rstrip()
    if not stripped.endswith(","):
        return unclosed_apposition(ctx, p, sent_start, cue_start)
    return before_commas(ctx, p, stripped, sent_start, cue_start)


def _object_person(ctx: ArticleContext, p: int, found: Subject) -> bool:
    """A person named right after a preposition ("Ann Lee, a resident living close to Café Marceau said"): the
    object of an apposition whose closing comma is missing, not the subject."""
    if found.kind != "person":
        return False
    named = [m for m in ctx.table.in_paragraph(p, max(0, found.at - 80), found.at) if m.end == found.at]
    if not named:
        return False
    before = _PREPOSITION_BEFORE_NAME if " " not in ctx.masked[p][named[0].start:named[0].end] else _PREPOSITION_RIGHT_BEFORE
    return ends_at(before, ctx.masked[p], named[0].start) is not None     # not "Ambassador to Ukraine William Taylor"


#: A preposition right before a full name ("having dinner with Helena Brandt").
_PREPOSITION_RIGHT_BEFORE = re.compile(r"\b(?:in|of|from|by|with|at|on|for|to|into|about|against|near|outside|inside)\s+"
                                       r"(?:the\s+)?$")
#: A preposition, then the capitalised words of a name before a one-word mention ("close to Le Petit Cambodge").
_PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:in|of|from|by|with|at|on|for|to|into|about|against|near|outside|inside)\s+"
                                      r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


#: A reporting verb right after a quote's closing mark: its subject comes after it ("“…?” asked Ann Lee").
_RIGHT_AFTER_QUOTE = re.compile(r"_[.!?…]?[”\"’»]\s*,?\s*$")

#: A document opening a clause (after an introductory phrase at most), its verb next: "Instead, that statement ripped".
_DOCUMENT_OPENING = re.compile(rf"\s*(?:[^,_]{{0,40}},\s*)?(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er)\s+({AUTHORED_DOCUMENTS})\s+[a-z]+")

#: A capitalised name opening a sentence, followed by a lowercase word (its verb or an adverb).
_OPENING_NAME_RE = re.compile(r"\s*(?:[^,_]{0,60},\s*)?(?:(?:The|the)\s+)?([A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w.&’'-]*){0,5})"
                              r"(?=\s+[a-z])")


def _first_named_outside_quotes(ctx: ArticleContext, p: int, start: int, end: int,
                                skip: tuple[int, int] = (0, 0)) -> Optional[Subject]:
    """The first person named in [start, end) outside quotes and not as a possessive: a name inside the quote is not
    who says it, nor is the owner of what is talked about ("The navy rejected the claim, saying Mr Dean's comments"),
    nor one in the verb's own clause before any quote (`skip`: "…, suggesting that Ann Lee may never have known")."""
    masked = ctx.masked[p]
    for m in ctx.table.in_paragraph(p, start, end):
        if masked[m.start] != "_" and not _POSSESSIVE_AFTER.match(masked, m.end) and not skip[0] <= m.start < skip[1] \
                and not STAFF_AFTER.match(masked, m.end):   # "Trump campaign manager Kellyanne Conway": Conway
            return Subject("person", m.name, m.start)
    return None


_POSSESSIVE_AFTER = re.compile(r"[’'](?:s\b|(?=\s))")      # 'Ann Lee's', 'Kenteris' lawyer'


#: A sentence that opens with someone's kin or staff ("His brother", "Her lawyers"): an unnamed person, not the he or
#: she later in it; "Her performance was polished … she … said" opens with a thing, and the pronoun is the subject.
_POSSESSED_PERSON = re.compile(rf"\s*((?:His|Her|Their)\s+(?:[a-z][\w-]*\s+)?(?:{PERSON_NOUNS}|{DESCRIPTION_NOUNS}|"
                               rf"{SOMEONE_NOUNS})s?)\b")


def _clause_subject(ctx: ArticleContext, p: int, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> Optional[Subject]:
    """First person (or leading pronoun) of a sentence: the subject of a participle or 'and said' cue."""
    masked = ctx.masked[p]
    pron = re.search(r"\b(he|she|they|He|She|They)\b", masked[start:end])
    pron_at = start + pron.start(1) if pron else end
    voice = _voice_opening(ctx, p, start, end, pron_at)
    if voice:
        return voice
    named_first = _first_named_outside_quotes(ctx, p, start, min(end, pron_at), skip) \
        or group_named_before(ctx, p, masked[start:pron_at], start, opening=True)   # "The trio … recalled"
    if named_first and named_first.kind == "person":    # "… and the Trump transition team disavowed …, saying":
        named_first = campaign_around(ctx, masked[start:end], start, named_first.at) or named_first     # the team
    if named_first:     # "Tim Moore and Phil Berger issued a statement, saying": both
        return (joint_opening(ctx, p, start, named_first.at) if named_first.kind == "person" else None) or named_first
    body = body_by_kind_opening(ctx, p, start, end)     # "Chipmaker Intel welcomed the ruling, saying"
    if body and body.at < pron_at:
        return body
    org = LEADING_ORG_RE.match(masked, start, end)
    named = _OPENING_NAME_RE.match(masked, start, end)
    if org and org.start(1) < pron_at:      # "The group, WeWorkers Coalition, … stating that they"
        whole = named is not None and named.start(1) == org.start(1) and named.end(1) > org.end(1)
        return Subject("org", (named or org).group(1) if whole else org.group(1), org.start(1))   # "Network Rail"
    opening = _opening_name_subject(ctx, p, named) if named and named.start(1) < pron_at else None
    if opening:
        return opening
    possessed = _POSSESSED_PERSON.match(masked[start:end])
    if possessed and start + possessed.start(1) < pron_at:   # "His brother told AFP … and said": someone unnamed
        return Subject("group", possessed.group(1), start + possessed.start(1))
    if pron:
        return Subject("pronoun", pron.group(1).lower(), pron_at)
    return _described_opening(masked, start, end)


def _voice_opening(ctx: ArticleContext, p: int, start: int, end: int, before: int) -> Optional[Subject]:
    """A campaign or an authored document opening the clause before any pronoun: "The Trump transition team
    disavowed …, saying", "Instead, that statement ripped the Obamas, calling" (its author, when it has one)."""
    masked = ctx.masked[p]
    campaign = campaign_opening(ctx, masked[start:end], start)
    if campaign and campaign.at < before:
        return campaign
    document = _DOCUMENT_OPENING.match(masked, start, end)
    authored = Subject("document", document.group(1).lower(), document.start(1)) if document else None
    return authored if authored and authored.at < before and resolve_subject(ctx, p, authored)[0] else None


def _opening_name_subject(ctx: ArticleContext, p: int, named: re.Match) -> Optional[Subject]:
    """The capitalised words opening a clause as its subject: "Islamic State released a statement saying",
    "Malaysia Airlines this week declared … and said", "Samaras received a mandate … and said"."""
    owner = ctx.table.in_paragraph(p, named.start(1), named.end(1))
    if owner:       # "Mr. Trump’s tweets came after …, and criticized": the table's person, not the surface
        return Subject("person", owner[0].name, owner[0].start)
    found = surface_subject(named.group(1), named.start(1))
    if found and (found.kind == "org" or found.kind == "surface" and " " in found.text):
        return found
    fuller = fuller_name(ctx, found.text) if found and found.kind == "surface" else None
    return Subject("person", fuller, found.at) if found and fuller else None


def _described_opening(masked: str, start: int, end: int) -> Optional[Subject]:
    """A description opening the sentence: a person's ("China’s ambassador to Britain accused … and warned") or an
    organisation's named before ("The club released a statement saying")."""
    desc = re.match(r"\s*((?:the|The|[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]*)\b", masked[start:end])
    if desc and DESCRIPTION_RE.search(desc.group(1)):
        return Subject("description", desc.group(1), start + desc.start(1))
    org = _ORG_OPENING.match(masked, start, end)
    return Subject("orgdesc", org.group(1), org.start(1)) if org else None


_ORG_OPENING = re.compile(r"\s*((?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?" + ORG_NOUN_PATTERN + r")\b")


#: A person, then "for" right before a participle cue: who is blamed or praised for saying it said it.
_PERSON_FOR_RE = re.compile(r"\s+for\s+(?:(?:recently|publicly|once|repeatedly)\s+)?$")


def _tag_before_participle(masked: str, start: int, at: int) -> Optional[re.Match]:
    """The finite reporting verb of a tag right before a participle (", he says, insisting"), if any."""
    last = None
    for cue in CUE_RE.finditer(masked, start, at):
        last = cue
    if last is None or last.group(1).lower() in WEAK_CUES or PARTICIPLE_CUES.search(last.group(1).lower()) \
            or not re.fullmatch(r"\s*,\s*", masked[last.end():at]):
        return None
    return last


#: An article and a word or two right before an -ing cue: the cue is a noun ('a government warning about “…”'), its
#: words those of nobody named.
_NOUN_CUE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+){1,2}$")
#: After such a noun, its complement ('warning about'), not the object of a participle ('a statement warning that').
_NOUN_COMPLEMENT = re.compile(r"\s+(?:about|of|over|against)\b")


def subject_of_cue(ctx: ArticleContext, p: int, cue: re.Match, sent: tuple[int, int]) -> Optional[Subject]:
    """Who the reporting verb `cue` (a match in the masked paragraph) belongs to."""
    word = cue.group(1).lower()
    if re.search(r"(?:\b(?:a|an|the|this|that|his|her|their|its|our)|\w[’']s?)\s+$",
                 ctx.masked[p][max(0, cue.start() - 8):cue.start()], re.I):
        return None         # "there's a saying that goes", "the statement", "ISIS' claims": a noun, not a verb
    if word.endswith("ing") and _NOUN_CUE_BEFORE.search(ctx.masked[p], max(0, cue.start() - 40), cue.start()) \
            and _NOUN_COMPLEMENT.match(ctx.masked[p], cue.end()):
        return Subject("group", word, cue.start())      # "after a government warning about “…”": nobody named
    if is_passive(ctx.masked[p], cue):      # "Smith was accused of “…”", "they were asked": the subject is not the
        return passive_agent(ctx, p, cue)   # speaker; "was described by Lee as “…”": the agent is
    if word == "according to":
        return subject_after(ctx, p, cue.end(), sent[1])
    aside = ctx.masked[p].rfind("(", sent[0], cue.start())
    if aside >= 0 and ")" not in ctx.masked[p][aside:cue.start()]:
        sent = (aside + 1, sent[1])     # "… laid off 60 staff (the company … but called it “immaterial”)": the aside's
    participle = PARTICIPLE_CUES.search(word) is not None     # 'saying', 'insisting': the clause's subject
    tag = _tag_before_participle(ctx.masked[p], sent[0], cue.start()) if participle else None
    if tag:             # "the court has ruled against them, he says, insisting that": the tag's speaker insists
        return subject_of_cue(ctx, p, tag, sent)
    native = nationality_opening(ctx.masked[p], sent[0], cue.start()) if participle else None
    found = native or _as_named_before(ctx, p, sent[0], cue.start()) \
        or _subject_before(ctx, p, sent[0], cue.start())     # "The Scot backed Beattie, saying": the Scot
    if found:
        return found
    named_for = _PERSON_FOR_RE.search(ctx.masked[p], sent[0], cue.start())
    if named_for and participle:      # "no ill will toward Ms. Palin for saying that …"
        name = _mention_ending_at(ctx, p, named_for.start())
        if name:
            return Subject("person", name, named_for.start())
    coordinated = re.search(r"\b(?:and|but|to)\s*$", ctx.masked[p][sent[0]:cue.start()])    # "… held a news
    # conference to declare that": the clause's subject, as for "and declared"
    sender = DOCUMENT_FROM_BEFORE_RE.search(ctx.masked[p], sent[0], cue.start()) if participle else None
    if sender:      # "a text message sent to families by the airline saying": the airline's words
        return subject_at_end(ctx, p, sender.group(1), sender.start(1))
    if participle or coordinated:
        quoted = ctx.masked[p].find("_", cue.end(), sent[1])      # the verb's own clause runs to its quote
        skip = (cue.end(), sent[1] if quoted < 0 else quoted)
        own = None if participle else _own_clause_subject(ctx, p, sent, cue.start(), skip)
        return own or _clause_subject(ctx, p, sent[0], sent[1], skip)
    return _after_the_verb(ctx, p, cue, sent)


#: 'as' and a name, then its description with no closing comma, right before the verb: "as Jack Goldsmith, one of
#: the top lawyers in the Bush administration explains,".
_AS_NAMED = re.compile(r"\b[Aa]s\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:a|an|the|one)\s+[^,_;]{3,160}?\s+$")


def _as_named_before(ctx: ArticleContext, p: int, start: int, end: int) -> Optional[Subject]:
    """The person named after 'as' whose description runs on to the verb without its closing comma ('as Ann Lee,
    a lawyer in the Bush administration explains'): the description's last words are not the subject."""
    m = _AS_NAMED.search(ctx.masked[p], start, end)
    named = ctx.table.in_paragraph(p, m.start(1), m.end(1) + 1) if m else []
    return Subject("person", named[0].name, named[0].start) if named else None


#: A clause of its own inside a sentence: after 'but', 'while', 'whereas' or a semicolon.
_CLAUSE_OPENER = re.compile(r"(?:\s(?:but|while|whereas)|;)\s+")


#: How far into its clause the subject of an 'and said' may start: 'but his lawyer, Antony Lee, told'.
_CLAUSE_SUBJECT_WITHIN = 40


def _own_clause_subject(ctx: ArticleContext, p: int, sent: tuple[int, int], at: int,
                        skip: tuple[int, int]) -> Optional[Subject]:
    """'Customs claimed Lee was a leader but his lawyer, Tom Roe, told … and added': the subject opening the last
    clause before the verb (after 'but', 'while', a semicolon) is the one an 'and said' goes on with; none when
    that clause opens on its verb ('… but conceded').  Nothing when the sentence has one clause."""
    openers = list(_CLAUSE_OPENER.finditer(ctx.masked[p], sent[0], at))
    if not openers:
        return None
    found = _clause_subject(ctx, p, openers[-1].end(), at, skip)
    return found if found and found.at - openers[-1].end() <= _CLAUSE_SUBJECT_WITHIN else None


def _after_the_verb(ctx: ArticleContext, p: int, cue: re.Match, sent: tuple[int, int]) -> Optional[Subject]:
    """The subject of a verb with none before it: after it, when the verb can be inverted."""
    word = cue.group(1).lower()
    if word in ADDRESSEE_CUES and _RIGHT_AFTER_QUOTE.search(ctx.masked[p], sent[0], cue.start()):
        return subject_after(ctx, p, cue.end(), sent[1])  # "“…?” asked Nancy Pelosi on MSNBC": inverted
    if word in ADDRESSEE_CUES or word in DESCRIBING_CUES:   # "told CBS News", "denounced the government as":
        return None                                         # who follows is the listener or the object
    described = described_after_cue(ctx, p, cue.end(), sent)      # "Federer … was happy. “…,” said the top seed"
    return Subject("person", described, cue.end()) if described else subject_after(ctx, p, cue.end(), sent[1])


#: Right after a verb, the end of its sentence and an opening quote mark: the verb leads in the quote ('agreed. “…').
_LEADS_IN_A_QUOTE = re.compile(r"\s*[.:]" + QUOTE_OPENS_NEXT.pattern)
#: Right after a sentence's end: an opening quote mark (the sentence leads in the quote after it).
_QUOTE_OPENS_AFTER = re.compile(r"[.:!?]?" + QUOTE_OPENS_NEXT.pattern)


def collect_events(ctx: ArticleContext) -> None:
    """Every subject of a reporting verb outside quotes, in reading order (pronouns resolved as we go)."""
    for p, masked in enumerate(ctx.masked):
        if p in ctx.skip:
            continue
        for cue in CUE_RE.finditer(masked):
            weak = cue.group(1).lower() in WEAK_CUES
            sent = sentence_bounds(masked, cue.start())
            subject = subject_of_cue(ctx, p, cue, sent)
            if subject is None:
                continue
            if subject.kind == "description":
                name, is_org = description_by_role(ctx, subject.text), False
            else:
                name, is_org = resolve_subject(ctx, p, subject)
            maybe_org = name is not None and subject.kind == "surface" and name not in ctx.table.people \
                and len(name.split()) > 1 and not is_first_name(name.split()[0])
            if name and (not weak or is_org or maybe_org or _LEADS_IN_A_QUOTE.match(masked, cue.end())
                         or subject.kind in ("person", "pronoun") and _QUOTE_OPENS_AFTER.match(masked, sent[1])):
                # "Big Machine have twice denied": an organisation; "Mr Roe agreed. “…”" or "He also accused the
                # government of waste. “…”": who speaks next
                ctx.events.append(SpeakerEvent(p, cue.start(), name, is_org, cue.group(1), maybe_org))
