"""Who a description stands for: "the Malaysian leader" (the person whose title fits), "the singer and guitarist"
(the person a sentence before opens with), "the First Lady" (the one woman named before), never a guess for a
spokesperson or an office not taken up yet."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.countries import DEMONYMS
from generator.lexicon.names import ABBREVIATED_TITLES, NOT_NAME_WORDS
from generator.lexicon.persons import SPEAKS_FOR_NOUNS, TITLE_NOUN_GENDER
from generator.lexicon.titles import ANY_TITLE_HEADS, LEADER_ROLES
from generator.mentions.name_words import canonical_name
from generator.quotes.coreference import named_opening_next
from generator.quotes.lexicon import DESCRIPTION_RE, UNGUESSED_DESCRIPTION_RE, UNTITLED_DESCRIPTION_RE
from generator.quotes.pronouns import LOOK_BACK_SENTENCES, opens_as_subject
from generator.quotes.speaker_context import (
    ArticleContext,
    Subject,
    events_between,
    per_article,
    sentence_bounds,
    sentence_starts_within,
)

#: Words in a description that say nothing about which person it is ("the alliance's top official").
_PLAIN_MODIFIERS = {"the", "top", "senior", "new", "current", "then", "outgoing", "incoming", "most", "country",
                    "nation", "government", "state", "its", "his", "her", "their", "our"}


def _fits(word: str, title: str) -> bool:
    """A telling word of a description is in the title, or names the country the title belongs to ("Malaysian")."""
    return word in title or DEMONYMS.get(word.capitalize(), "\0").lower() in title


#: After a title's head: not an office still to be taken up ('the president' is not 'President-elect Trump').
_NOT_TO_BE = r"(?!\s+(?:elect|designate)\b)"


@per_article
def description_by_role(ctx: ArticleContext, text: str) -> Optional[str]:
    """The one person whose title ends with the description's head noun ("the secretary-general")."""
    head = DESCRIPTION_RE.search(text)
    noun = head.group(1).lower().replace("-", " ") if head else ""
    if head is None or not noun:
        return None
    # "Greece's victorious conservative leader" is not the "PASOK leader": every telling word must fit the title
    telling = [w for w in re.findall(r"\b[a-z]{3,}\b", head.group(0)[:head.start(1) - head.start()])
               if w not in _PLAIN_MODIFIERS]
    heads = _title_heads(noun)
    by_role = [r.name for r in ctx.table.people.values()
               if r.role and re.search(rf"\b(?:{heads})(?:\b|\.|$){_NOT_TO_BE}", r.role.lower().replace("-", " "))
               and all(_fits(w, f"{r.role_in_text} {r.affiliation}".lower()) for w in telling)]
    if not by_role:     # "The minister, Kofi Mensah, rejected …", "Gov. Helen Marsh": the text names who it is
        linked = re.compile(rf"\b(?:{heads})\.?,?\s+$", re.I)
        by_role = list(dict.fromkeys(m.name for m in ctx.table.mentions for before in
                                     [ctx.masked[m.paragraph][max(0, m.start - 40):m.start]]
                                     if linked.search(before) and all(w in before.lower() for w in telling)))
    if noun == "leader":     # "the Pasok leader": the one person linked to Pasok, before any prime minister
        party = _leader_of_named_party(ctx, head.group(0)[:head.start(1) - head.start()])
        by_role = party if len(party) == 1 else by_role
    return by_role[0] if len(by_role) == 1 else None


def _title_heads(noun: str) -> str:
    """A pattern for the titles a description's head noun stands for: the noun itself ("secretary general"), the
    head of government or state for "leader", and the abbreviations the noun begins with ("Gov." for "governor",
    "Sen." for "senator")."""
    if noun == "leader":
        return LEADER_ROLES        # "the Malaysian leader": its prime minister
    shortened = sorted(a.lower() for a in ABBREVIATED_TITLES if len(a) >= 3 and noun.startswith(a.lower()))
    ministerial = [_SECRETARY_OF_STATE] if noun == "minister" else []
    return "|".join([r"[ -]".join(map(re.escape, noun.split()))] + shortened + ministerial)


#: A department's secretary is a minister in British usage ('Education Secretary Ann Lee … the minister said'); not
#: a union's, a press or private secretary, a civil servant or a secretary-general.
_SECRETARY_OF_STATE = r"(?<!general )(?<!press )(?<!private )(?<!permanent )(?<!cabinet )(?<!executive )(?<!company )" \
                      r"(?<=\w )secretary(?! general)"


#: A description of a past role ('the former presidential candidate'), which a person's present title does not rule out.
_FORMER = re.compile(r"\b(?:former|ex-)", re.I)


def role_fits(ctx: ArticleContext, name: str, text: str) -> bool:
    """The person has no title in the article, or one the description's head noun fits ('the governor' is not
    'Attorney General Victor Lindqvist'); a past role fits any ('the former presidential candidate')."""
    rec = ctx.table.people.get(name)
    head = DESCRIPTION_RE.search(text)
    if rec is None or not rec.role or head is None or head.group(1).lower() in ANY_TITLE_HEADS or _FORMER.search(text):
        return True
    return re.search(rf"\b(?:{_title_heads(head.group(1).lower().replace('-', ' '))})(?:\b|\.|$)",
                     rec.role.lower().replace("-", " ")) is not None


def _leader_of_named_party(ctx: ArticleContext, before_noun: str) -> list[str]:
    """'the Pasok leader' -> the person introduced as "Evangelos Venizelos, whose socialist Pasok party …" or
    "…, the leader of Pasok": the one person the article links to that capitalised name."""
    party = [w for w in re.findall(r"\b[A-Z][\w-]+\b", before_noun) if w not in ("The", "A", "An")]
    if len(party) != 1:
        return []
    org = re.escape(party[0])
    linked = re.compile(rf"\b((?:[A-Z][\w’'-]+\s+){{1,2}}[A-Z][\w’'-]+),\s+(?:whose\s+(?:[\w-]+\s+){{0,2}}{org}\b|"
                        rf"(?:the\s+)?(?:[\w-]+\s+)?leader\s+of\s+(?:the\s+)?{org}\b)")
    named = [ctx.table.resolve(m.group(1)) or canonical_name(m.group(1)) for para in ctx.masked
             for m in linked.finditer(para) if m.group(1).split()[0] not in NOT_NAME_WORDS]
    return list(dict.fromkeys(named))     # a name the table may miss ("Evangelos" is in no list)


def resolve_description(ctx: ArticleContext, p: int, text: str, at: int) -> Optional[str]:
    """The person a description fits by title, else the person who spoke last in its own paragraph (a second
    quote of one speaker, varied), else the first person the next sentence or the next paragraph has speaking
    (the news-lede convention), else the one person named so far who has no other title."""
    by_role = description_by_role(ctx, text)
    if by_role:
        return by_role
    if UNGUESSED_DESCRIPTION_RE.search(text):
        return None         # "Mr Blair's official spokesman said", "the president-elect"
    if UNTITLED_DESCRIPTION_RE.search(text):       # "Osei, 19, was making his debut. “…,” the teenager said"
        return _untitled_bearer(ctx, p, at, text)
    earlier = [ev for ev in events_between(ctx, (p, 0), (p, at)) if not ev.is_org and not ev.maybe_org]
    if earlier and role_fits(ctx, earlier[-1].speaker, text):    # "“…,” he said. “…,” said the Wigan manager"
        return earlier[-1].speaker
    went_on = _speaker_going_on(ctx, p, at, text)
    if went_on:
        return went_on
    named_next = named_opening_next(ctx, p, at)
    nearby = [[ev for ev in events_between(ctx, (p, named_next.start), (p, named_next.end + 200))
               if ev.speaker == named_next.name][:1] if named_next else [],
              [ev for ev in events_between(ctx, (p + 1, 0), (p + 2, 0)) if not ev.is_org]]
    following = [group[0] for group in nearby if group]
    fitting = next((ev.speaker for ev in following if role_fits(ctx, ev.speaker, text)), None)
    if fitting:         # the description, then its person named speaking in the next sentence or the next paragraph
        return fitting  # (the lede's convention; when no other title is theirs)
    if _SPOKESPERSON.search(text):
        return None
    head = DESCRIPTION_RE.search(text)
    gender = TITLE_NOUN_GENDER.get(head.group(1).lower()) if head else None     # "the first lady": a woman
    return _only_person_before(ctx, p, at, former=_FORMER.search(text) is not None) \
        or (_bearer_by_gender(ctx, p, at, gender) if gender else None) or _story_subject(ctx, p, at, text)


#: A description in a paragraph this far into the article or further may go on with the speaker before it; nearer
#: the top it is the lede's, whose person is named after it.
_GOING_ON_FROM = 2
#: Before the description: only the quote that opens the paragraph.
_QUOTE_ALONE_BEFORE = re.compile(r"\s*[\"“‘']?_+[,.!?]?[\"”’']?,?\s*")


def _speaker_going_on(ctx: ArticleContext, p: int, at: int, text: str) -> Optional[str]:
    """'Priebus said, “…” ¶ “…,” the party's national chairman added.': past the lede, a description right after a
    quote that opens its paragraph is the person who spoke last in the paragraph before, when their title (if
    any) fits it."""
    if p < _GOING_ON_FROM or _SPOKESPERSON.search(text) or not _QUOTE_ALONE_BEFORE.fullmatch(ctx.masked[p], 0, at):
        return None
    spoke = [ev for ev in events_between(ctx, (p - 1, 0), (p, 0)) if not ev.is_org and not ev.maybe_org]
    return spoke[-1].speaker if spoke and role_fits(ctx, spoke[-1].speaker, text) else None


def _untitled_bearer(ctx: ArticleContext, p: int, at: int, text: str) -> Optional[str]:
    """Who a description by age, standing or party is: the last person named in its paragraph, else the only person
    named before, else the person who spoke just before ("“…,” he said. ¶ The Republican insisted"), else the
    story's subject."""
    named = [m.name for m in ctx.table.in_paragraph(p, 0, at) if ctx.masked[p][m.start:m.start + 1] != "_"]
    if named:
        return named[-1]
    return _only_person_before(ctx, p, at) or _person_spoke_just_before(ctx, p, at) or _story_subject(ctx, p, at, text)


def _person_spoke_just_before(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """The latest person (no body) who spoke in this paragraph before `at` or in the one before it."""
    spoke = [ev.speaker for ev in events_between(ctx, (max(0, p - 1), 0), (p, at)) if not ev.is_org and not ev.maybe_org]
    return spoke[-1] if spoke else None


#: How far back in a paragraph _story_subject looks for the description's noun given as someone's title.
_LINKED_BACK = 600


def _story_subject(ctx: ArticleContext, p: int, at: int, text: str) -> Optional[str]:
    """'Simmons teased the tour … ¶ After the encore, the singer and guitarist told the audience, “…”': a description
    that fits nobody's title, when several people are named before it, is the person who opens the latest sentence
    opening with a person, in its paragraph before it or in the paragraph before (who 'he' would be), when the
    article gives that person no other title."""
    head = DESCRIPTION_RE.search(text)
    linked = re.compile(rf"\b{re.escape(head.group(1))},?\s+[A-Z]", re.I) if head else None
    for q in range(p, max(-1, p - 2), -1):
        masked = ctx.masked[q]
        end = sentence_bounds(masked, at)[0] if q == p else len(masked)
        if linked is None or linked.search(masked, max(0, end - _LINKED_BACK), end):
            return None     # "The minister, Helen Mensah, met the minister, Anna Owusu": a title the text gives
        for start in reversed(sentence_starts_within(masked, 0, end, LOOK_BACK_SENTENCES)):
            first = next(iter(ctx.table.in_paragraph(q, start, sentence_bounds(masked, start)[1])), None)
            if first is not None and opens_as_subject(ctx, q, first.start, first.end):
                return first.name if role_fits(ctx, first.name, text) else None
    return None


#: A spokesperson or an official speaks for someone else: never the person the story is about.
_SPOKESPERSON = re.compile(rf"\b{SPEAKS_FOR_NOUNS}\s*$")
#: How many paragraphs back a description with no title in the article looks for the one person named.
_DESCRIBED_BACK = 3


#: A paragraph that is prose (a verb-like lowercase word and a full stop), not a caption credit ("© Ann Lee").
_SENTENCE_LIKE = re.compile(r"\b[a-z]{2,}\b.*[.!?…]")


def _only_person_before(ctx: ArticleContext, p: int, at: int, gender: Optional[str] = None,
                        former: bool = False) -> Optional[str]:
    """'Chelsea signed striker Ann Lee from Milan. ¶ The 29-year-old … ¶ “…,” said the Ukraine captain': a
    description that fits no title of the article is the one person named in the paragraphs before it, outside
    quotes, when the article gives that person no other title (of the gender the description gives, if any), or
    when it describes a past role (`former`)."""
    names = {m.name for m in ctx.table.between((max(0, p - _DESCRIBED_BACK), 0), (p, at))
             if ctx.masked[m.paragraph][m.start:m.start + 1] != "_" and _SENTENCE_LIKE.search(ctx.masked[m.paragraph])
             and (gender is None or ctx.table.gender(m.name) == gender)}
    rec = ctx.table.people.get(names.pop()) if len(names) == 1 else None
    return rec.name if rec and (former or not rec.role) else None


def gendered_title_bearer(ctx: ArticleContext, p: int, subject: Subject) -> Optional[str]:
    """'Barack Obama and his wife … Michelle Obama's … ¶ “…,” the First Lady said': a title nobody in the article
    bears that gives a gender is the one person of that gender named in the paragraphs before it."""
    title = re.sub(r"^(?:the|The)\s+", "", subject.text).lower()
    gender = TITLE_NOUN_GENDER.get(title) or TITLE_NOUN_GENDER.get(title.split()[-1]) if title else None
    return _bearer_by_gender(ctx, p, subject.at, gender) if gender else None


def _bearer_by_gender(ctx: ArticleContext, p: int, at: int, gender: str) -> Optional[str]:
    """The one person of the gender named in the paragraphs before, else the person who spoke just before when of
    that gender ("Ann Lee, with Oprah Winfrey, called it … ¶ The first lady said")."""
    spoke = _person_spoke_just_before(ctx, p, at)
    return _only_person_before(ctx, p, at, gender) or (spoke if spoke and ctx.table.gender(spoke) == gender else None)
