"""Who a pronoun or an unnamed person stands for, over one article.

"he said" is the person named earlier in its sentence, else the one its paragraph is about, else the latest
speaker of that gender within a few paragraphs, else the person named last, else (a profile) the article's
protagonist; never a name from before an unnamed person who opens a sentence in between ("A passenger spoke to
local radio. ... he said"): that pronoun is nobody we can name.  "it"/"they" is an organisation.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from generator.lexicon.cues import CUE_RE
from generator.lexicon.load import alternation
from generator.lexicon.names import GENDERED_SURNAME_HONORIFICS, HONORIFICS, NOT_NAME_WORDS
from generator.lexicon.persons import TITLE_NOUN_GENDER
from generator.mentions.name_words import gender_of
from generator.quotes.bodies import abbreviated_body
from generator.quotes.framing import FOR_FRAME
from generator.quotes.lexicon import (
    ANONYMOUS_RE,
    ANONYMOUS_SPEAKER_RE,
    LEADING_ORG_RE,
    POSSESSED_SPOKESPERSON_RE,
    PRONOUN_GENDER,
    UNNAMED,
    UNNAMED_SPEAKING_RE,
)
from generator.quotes.pronoun_tags import answer_to_question, before_tagged_clause, chained_pronoun, tagged_sentence_end
from generator.quotes.protagonist import protagonist
from generator.quotes.speaker_context import (
    ArticleContext,
    SpeakerEvent,
    events_between,
    outside_quotes,
    per_article,
    sentence_bounds,
    sentence_starts,
    sentence_starts_before,
    sentence_starts_within,
)
from generator.quotes.surnames import bearer_of


def anonymous_subjects(ctx: ArticleContext) -> list[tuple[int, int]]:
    """(paragraph, offset) of every sentence whose subject is an unnamed person (for someone's spokesperson, the
    offset of that noun): a later he/she may be them, so no earlier name is given to it."""
    out = []
    for p, masked in enumerate(ctx.masked):
        out += [(p, start) for start in sentence_starts(masked)
                if ANONYMOUS_RE.match(masked, start) or ANONYMOUS_SPEAKER_RE.match(masked, start)]
        out += [(p, m.start("noun")) for m in (POSSESSED_SPOKESPERSON_RE.match(masked, start)
                                               for start in sentence_starts(masked)) if m]
        out += [(p, m.start()) for m in UNNAMED_SPEAKING_RE.finditer(masked)
                if not _names_role(ctx, m.group(0)) and not _apposition_of_name(ctx, p, m.start())]
    return sorted(out)


def _apposition_of_name(ctx: ArticleContext, p: int, at: int) -> bool:
    """'Neil Mawston, the firm's executive director,': the description after a name and a comma is that person."""
    comma = re.search(r",\s*$", ctx.masked[p][max(0, at - 3):at])
    return comma is not None and ctx.table.ending_at(p, at - len(comma.group(0))) is not None


#: A sentence opening with a description, then a name in apposition: "Another spectator, Fahmi, was in the crowd".
_APPOSED_NAME_RE = re.compile(r"(?:[^,_]{0,40},\s*)?(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*,\s+"
                              r"([A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?),")


def apposed_names(ctx: ArticleContext) -> dict[tuple[int, int], str]:
    """(paragraph, offset) of a sentence opening with an unnamed person who is then named in apposition ("Another
    spectator, Fahmi,") -> that name, often a single one the name table does not hold: a later he/she is them."""
    out = {}
    for p, masked in enumerate(ctx.masked):
        for start in sentence_starts(masked):
            named = _APPOSED_NAME_RE.match(masked, start)
            if named and named.group(1).split()[0] not in NOT_NAME_WORDS:
                out[(p, start)] = named.group(1)
    return out


def _names_role(ctx: ArticleContext, phrase: str) -> bool:
    """'the minister said' stands for a named person when someone's title has that noun."""
    noun = re.search(rf"{UNNAMED}", phrase.lower())
    return noun is not None and any(r.role and noun.group(0) in r.role.lower() for r in ctx.table.people.values())


#: How many paragraphs of text back a pronoun may find its person (headings and link lines between not counted).
_REACH = 4


def reach_start(ctx: ArticleContext, p: int, paragraphs: int) -> int:
    """The first paragraph within `paragraphs` paragraphs of text before p: news pages interleave headings,
    captions and related links with the story, and a pronoun reaches over them."""
    q, count = p, 0
    while q > 0 and count < paragraphs:
        q -= 1
        text = ctx.body[q].strip()
        count += bool(text) and (len(text.split()) >= 12 or text[-1] in ".!?…\"”’:")
    return q


def latest_anonymous(ctx: ArticleContext, p: int, at: int) -> tuple[int, int]:
    """The last unnamed person before (p, at) within the pronoun's reach, else (-1, -1)."""
    before = bisect_left(ctx.anonymous, (p, at))         # ctx.anonymous is in reading order
    latest = ctx.anonymous[before - 1] if before else None
    return latest if latest and latest[0] >= reach_start(ctx, p, _REACH) else (-1, -1)


def _compatible(ctx: ArticleContext, event: SpeakerEvent, pronoun: str) -> bool:
    want = PRONOUN_GENDER.get(pronoun)
    if want == "plural":        # "it" is never a person: also a one-word speaker the name table does not hold
        return event.is_org or event.maybe_org or (pronoun == "it" and (" " not in event.speaker and event.speaker
                                                    not in ctx.table.people or abbreviated_body(ctx, event.speaker)))
    if event.is_org or event.maybe_org:
        return False
    have = ctx.table.gender(event.speaker) if event.speaker in ctx.table.people else gender_of(event.speaker.split()[0])
    return have is None or have == want     # "her husband, Michael, said": a given name the table lacks still has one


def _outside_quotes(ctx: ArticleContext, p: int, at: int) -> bool:
    return outside_quotes(ctx.masked[p], at)


#: How far before a person named in the pronoun's sentence a pronoun of that gender is looked for (a bound).
_SAME_SUBJECT_BACK = 300


#: A name right before a quote: the subject of the quoted words, so not who the cue's pronoun after them is.
_QUOTED_PREDICATE = re.compile(r"\s*[\"“‘'«]?_")


def _same_sentence_antecedent(ctx: ArticleContext, p: int, at: int, pronoun: str) -> Optional[str]:
    """'When Afghan President Ashraf Ghani announced the exchange, he said …': the first compatible person
    named earlier in the pronoun's own sentence, outside quotes."""
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return None
    start, _ = sentence_bounds(ctx.masked[p], at)
    for m in ctx.table.in_paragraph(p, start, at):
        if _QUOTED_PREDICATE.match(ctx.masked[p], m.end):
            continue            # 'Mr Lee “made the decisions,” he told the court': Lee is what the quote is about
        if _outside_quotes(ctx, p, m.start) and _compatible(ctx, SpeakerEvent(p, m.start, m.name), pronoun):
            subject = re.compile(rf"\b{pronoun}\b", re.I)     # "she will take her daughter Nora …, though she
            said = subject.search(ctx.masked[p], max(start, m.start - _SAME_SUBJECT_BACK), m.start)
            return None if said else m.name     # says": Nora is named after the first she, who is the subject
    return None


def _paragraph_antecedent(ctx: ArticleContext, p: int, at: int, pronoun: str, block: tuple[int, int]) -> Optional[str]:
    """'Daniel Okafor, however, expects the opposite. “…,” he said.': the one compatible person who opens a
    sentence of the pronoun's paragraph before it (outside quotes) is who the paragraph is about."""
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return None
    starts, names, other = _sentence_openers(ctx, p, pronoun)
    last = bisect_left(starts, at) - 1                                   # the latest one before the pronoun
    first = bisect_right(starts, block[1]) if block[0] == p else 0       # the first one after the block
    if first > last:
        return None
    if other[last] < first:
        return names[last]
    own = sentence_bounds(ctx.masked[p], at)[0]     # several: the one opening the sentence right before the pronoun's
    before = sentence_starts_before(ctx.masked[p], own, 1)      # ("Ann Lee said … Health Minister Eva Berg agreed.
    return names[last] if before and before[0] <= starts[last] < own else None     # “…,” she said": Eva Berg)


@per_article
def _sentence_openers(ctx: ArticleContext, p: int, pronoun: str) -> tuple[list[int], list[str], list[int]]:
    """The people compatible with `pronoun` who open a sentence of paragraph p outside quotes: their offsets,
    names, and for each the index of the latest earlier one with another name (-1: none).  Made once per
    paragraph and pronoun, so "one person between here and there" is two bisections, not a walk over the
    paragraph per pronoun (quadratic in a long paragraph)."""
    starts: list[int] = []
    names: list[str] = []
    other: list[int] = []
    for m in ctx.table.in_paragraph(p):
        if _QUOTED_PREDICATE.match(ctx.masked[p], m.end):
            continue
        if opens_as_subject(ctx, p, m.start, m.end) and _compatible(ctx, SpeakerEvent(p, m.start, m.name), pronoun):
            other.append(-1 if not names else len(names) - 1 if names[-1] != m.name else other[-1])
            starts.append(m.start)
            names.append(m.name)
    return starts, names, other


def _named_in_paragraph(ctx: ArticleContext, p: int, at: int, pronoun: str, block: tuple[int, int]) -> Optional[str]:
    """'And later, when Ann Lee finished speaking, she hugged … “…,” she told the girls': the one compatible person
    the pronoun's paragraph names before it, as the subject of a subordinate clause, when nobody compatible speaks
    in it before: nearer than the speaker of an earlier paragraph (a person named as an object is not)."""
    if PRONOUN_GENDER.get(pronoun) not in ("m", "f"):
        return None
    start = block[1] if block[0] == p else 0
    if any(_compatible(ctx, ev, pronoun) for ev in events_between(ctx, (p, start), (p, at))):
        return None
    named = [m for m in ctx.table.in_paragraph(p, start, at) if _outside_quotes(ctx, p, m.start)
             and _compatible(ctx, SpeakerEvent(p, m.start, m.name), pronoun)]
    subjects = {m.name for m in named if _CLAUSE_SUBJECT.search(ctx.masked[p][max(0, m.start - 12):m.start])
                and not re.match(r"[’']s?\b", ctx.masked[p][m.end:m.end + 2])}
    return subjects.pop() if len(subjects) == 1 and len({m.name for m in named}) == 1 else None


#: What stands before the subject of a subordinate clause: "when Ann Lee finished".
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|as|after|while|before|because|since|once|until|although|though)\s+$")


def resolve_pronoun(ctx: ArticleContext, p: int, at: int, pronoun: str) -> Optional[str]:
    """A compatible person named earlier in the same sentence, else the one the paragraph is about, else the most
    recent speaker of compatible gender before (p, at), within the last few paragraphs; never a name from before
    an unnamed person who opens a sentence in between ("A passenger spoke to local radio. … he said")."""
    asked = answer_to_question(ctx, p, at)
    if asked:
        return asked
    at = chained_pronoun(ctx.masked[p], before_tagged_clause(ctx, p, at), pronoun)
    same = _same_sentence_antecedent(ctx, p, at, pronoun)
    if same:
        return same
    block = latest_anonymous(ctx, p, at)
    if _anonymous_goes_on(ctx, block, p, at, pronoun):
        return None
    about = _paragraph_antecedent(ctx, p, at, pronoun, block) or _named_in_paragraph(ctx, p, at, pronoun, block) \
        or _object_beside_other_subject(ctx, p, at, pronoun, block)
    if about:
        return _spoke_since(ctx, p, at, pronoun, about) or about
    first = reach_start(ctx, p, _REACH)
    for ev in reversed(events_between(ctx, (first, 0), (p, at))):     # by bisection: no walk over later events
        if (ev.paragraph, ev.at) < block:
            break
        if _compatible(ctx, ev, pronoun):
            if ev.paragraph < p and PRONOUN_GENDER.get(pronoun) == "plural":    # a body opening a sentence of the
                lead = _leading_org(ctx, p, at, (p,))     # pronoun's own paragraph is nearer than a past speaker
                if lead:
                    return lead
            return _subject_since(ctx, ev, p, at, pronoun) or ev.speaker
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return _leading_org(ctx, p, at)
    apposed = [a for a in ctx.apposed if max(block, (first, -1)) <= a < (p, at)]
    if apposed and PRONOUN_GENDER.get(pronoun) != "plural":
        return ctx.apposed[apposed[-1]]       # "Another spectator, Fahmi, … he told Liberation"
    return _named_lately(ctx, p, at, pronoun, block)


#: How many words of an unnamed person's opening phrase are read for the noun that gives its gender.
_OPENER_WORDS = 4


def _anonymous_goes_on(ctx: ArticleContext, block: tuple[int, int], p: int, at: int, pronoun: str) -> bool:
    """'A spokeswoman said Ann Lee would stay on. … “…,” she said': the unnamed person who opened a sentence of
    this paragraph, of the pronoun's gender, is who the pronoun is while no one else opens a sentence after hers;
    the people her sentence names are what she spoke of."""
    want = PRONOUN_GENDER.get(pronoun)
    if block[0] != p or want not in ("m", "f") or block[1] >= at:
        return False
    masked = ctx.masked[p]
    words = re.findall(r"[a-z]+", masked[block[1]:block[1] + 60].lower())[:_OPENER_WORDS]
    if not any(TITLE_NOUN_GENDER.get(w) == want for w in words):
        return False
    low = sentence_bounds(masked, block[1])[1]
    high = sentence_bounds(masked, at)[0]
    return not any(_sentence_subject(ctx, p, start, want)
                   for start in sentence_starts_within(masked, low, high, LOOK_BACK_SENTENCES))


def _spoke_since(ctx: ArticleContext, p: int, at: int, pronoun: str, about: str) -> Optional[str]:
    """'A day earlier, Mr Lee had said … , said Ann Roe of the X Unit. …, Ms Roe said. As a result, … “…,” she
    said': someone else compatible who spoke in the paragraph after its subject was last named is who the pronoun
    after the quote is."""
    named = [m.start for m in ctx.table.in_paragraph(p, 0, at) if m.name == about and _outside_quotes(ctx, p, m.start)]
    # a later sentence: not a verb inside the subject's own ('Mr Lee said he backed it when Mr Roe argued for it')
    since = tagged_sentence_end(ctx.masked[p], named[-1]) if named else 0
    spoke = [ev for ev in events_between(ctx, (p, since), (p, at)) if _compatible(ctx, ev, pronoun)]
    return spoke[-1].speaker if spoke and spoke[-1].speaker != about else None


#: How many sentences before a pronoun's own the rules about sentence openers read: a paragraph of news has a
#: handful; a megabyte-long one must not cost a walk over all its sentences per quote (issue 19).
LOOK_BACK_SENTENCES = 12


def _subject_since(ctx: ArticleContext, ev: SpeakerEvent, p: int, at: int, pronoun: str) -> Optional[str]:
    """'“…,” Ms. Lee recalled. ¶ Mrs. Park shrugs now. … “…,” she says': a compatible person who opens a sentence
    after the latest speaker's and before the pronoun's own sentence is who the story has turned to (in a later
    paragraph than the speaker's, also one whose gender the text never gives: 'Yuji Shimizu plays golf')."""
    if PRONOUN_GENDER.get(pronoun) not in ("m", "f"):
        return None
    latest = None
    for q in range(ev.paragraph, p + 1):
        masked = ctx.masked[q]
        low = sentence_bounds(masked, ev.at)[1] if q == ev.paragraph else 0
        high = sentence_bounds(masked, at)[0] if q == p else len(masked)
        for start in sentence_starts_within(masked, low, high, LOOK_BACK_SENTENCES):
            latest = _sentence_subject(ctx, q, start, PRONOUN_GENDER.get(pronoun), q > ev.paragraph) or latest
    return latest if latest != ev.speaker else None


#: A courtesy title and a surname opening a sentence ("Mrs. Park shrugs"), often not in the name table when the
#: article names several people of that surname.
_HONORIFIC_OPENER = re.compile(rf"\s*((?:{alternation(GENDERED_SURNAME_HONORIFICS)})\.?\s+[A-Z][\w’'-]+)(?![\w’'-])")


def _sentence_subject(ctx: ArticleContext, q: int, start: int, gender: Optional[str], unknown: bool = False) -> Optional[str]:
    """The person of `gender` (known, not guessed; or, with `unknown`, of no gender the text gives) who opens the
    sentence at `start` (not in the possessive), if any."""
    masked = ctx.masked[q]
    titled = _HONORIFIC_OPENER.match(masked, start)
    name = bearer_of(ctx, q, titled.start(1), titled.group(1)) if titled and not possessive(masked, titled.end()) \
        else None
    for m in [] if titled else ctx.table.in_paragraph(q, start, sentence_bounds(masked, start)[1]):
        if opens_as_subject(ctx, q, m.start, m.end):
            name = m.name
            break
    return name if name and ctx.table.gender(name) in ((gender, None) if unknown else (gender,)) else None


def _object_beside_other_subject(ctx: ArticleContext, p: int, at: int, pronoun: str,
                                 block: tuple[int, int]) -> Optional[str]:
    """'Mrs. Park spent hours in the office of Professor Lee Chan. “…,” he said': when a sentence of the
    pronoun's paragraph opens with a person of the other gender, the one person of the pronoun's gender the
    paragraph names before it is who speaks, though named as an object."""
    want = PRONOUN_GENDER.get(pronoun)
    other = {"m": "f", "f": "m"}.get(want or "")
    start = block[1] if block[0] == p else 0
    if other is None or any(_compatible(ctx, ev, pronoun) for ev in events_between(ctx, (p, start), (p, at))):
        return None
    own = sentence_bounds(ctx.masked[p], at)[0]
    looked = sentence_starts_within(ctx.masked[p], start, own, LOOK_BACK_SENTENCES)
    if not any(_sentence_subject(ctx, p, s, other) for s in looked):
        return None
    named = {m.name for m in ctx.table.in_paragraph(p, looked[0], at)
             if _outside_quotes(ctx, p, m.start) and ctx.table.gender(m.name) == want}
    return named.pop() if len(named) == 1 else None


def _named_lately(ctx: ArticleContext, p: int, at: int, pronoun: str, block: tuple[int, int]) -> Optional[str]:
    """Nobody has spoken yet: the most recent person named, sentence subjects before other mentions; else, in a
    profile ("she says" paragraphs after the lede), the article's protagonist of that gender."""
    recent = [m for m in reversed(ctx.table.between(max((reach_start(ctx, p, 2), 0), block), (p, at)))
              if block < (m.paragraph, m.start) and _outside_quotes(ctx, m.paragraph, m.start)
              and _compatible(ctx, SpeakerEvent(m.paragraph, m.start, m.name), pronoun)
              and not _coordinated(ctx.masked[m.paragraph], m.start, m.end)]
    subjects = [m for m in recent if opens_as_subject(ctx, m.paragraph, m.start, m.end)]
    plain = [m for m in recent if not possessive(ctx.masked[m.paragraph], m.end)]    # not "Mr Howard's stance"
    if subjects or plain or recent:
        return (subjects or plain or recent)[0].name
    gender = PRONOUN_GENDER.get(pronoun)
    return protagonist(ctx, p, gender) if gender in ("m", "f") and block < (0, 0) else None


#: Sentences looked back through for the organisation an 'it' refers to: far more than a news paragraph holds,
#: and a bound, so a paragraph of thousands of sentences is not read backwards for each 'it said'.
_LEADING_ORG_REACH = 50


def _leading_org(ctx: ArticleContext, p: int, at: int, paragraphs: Optional[tuple[int, ...]] = None) -> Optional[str]:
    """'In April, the Federal Aviation Administration ordered … It said …': with no organisation speaking before,
    'it'/'they' is the organisation opening the latest sentence of this paragraph or the one before (or of
    `paragraphs` only)."""
    for q in paragraphs or (p, p - 1):
        if q < 0:
            continue
        masked = ctx.masked[q]
        last = sentence_bounds(masked, at)[0] if q == p else len(masked) + 1
        for start in reversed(sentence_starts_before(masked, last, _LEADING_ORG_REACH)):
            m = LEADING_ORG_RE.match(masked, start)
            if m and m.group(1).split()[0] not in NOT_NAME_WORDS:
                return m.group(1)
    return None


def _coordinated(masked: str, start: int, end: int) -> bool:
    """'Nour Mohammad and Delawar stayed': one of two people named together is not a later he or she."""
    return re.match(r"\s+(?:and|&)\s+[A-Z]", masked[end:end + 8]) is not None \
        or re.search(r"\b[A-Z][\w’'-]*\s+(?:and|&)\s+$", masked[max(0, start - 40):start]) is not None


def opens_as_subject(ctx: ArticleContext, p: int, start: int, end: int) -> bool:
    """The mention at [start, end) of paragraph p opens its sentence, outside quote marks and not in the
    possessive: the sentence's subject, whom a later he or she can be."""
    masked = ctx.masked[p]
    return _outside_quotes(ctx, p, start) and starts_sentence(masked, start) and not possessive(masked, end)


def possessive(masked: str, end: int) -> bool:
    """'Watson's miss left Martinez disconsolate': a name in the possessive opens the sentence but is not its
    subject, so not who a later he or she is."""
    return re.match(r"[’']s?\s", masked[end:end + 3]) is not None


def starts_sentence(masked: str, at: int) -> bool:
    """True when a mention opens its sentence, after at most a short introductory phrase or its title."""
    start, _ = sentence_bounds(masked, at)
    lead = masked[start:at]
    return _OPENING_LEAD.fullmatch(lead) is not None


#: What may stand before a name that opens its sentence: a short introductory phrase or the 'For' that frames the
#: person's view ("But for Allen Weiner, the future …": `framing`), then a description it is in
#: apposition to ("In a statement on Sunday, the party's leader, Ana Ruiz,"), then a title, capitalised or not
#: ("Castleford boss Gary Lund", never a verb: "Fans booed Gary Lund").
_CAPITALISED = r"(?!(?:He|She|It|We|They)\s)[A-Z][\w.’'-]*\s+"
#: A lowercase title after a capitalised word ("Castleford boss", "United manager"): no verb, pronoun or function word.
_LOWER_TITLE = (r"(?!(?:and|or|but|of|to|in|on|at|for|with|by|from|who|whose|whom|which|that|is|was|has|had|will|would)\s|"
                + CUE_RE.pattern + r")[a-z][\w-]*(?<!ed)\s+")
_OPENING_LEAD = re.compile(r"\s*(?:[^,]{0,60},\s*|" + FOR_FRAME + r")?(?:(?:the|The|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s+)?"
                           rf"(?:(?:the|The)\s+)?(?:\d+-year-old\s+(?:{_LOWER_TITLE}){{0,2}})?(?:(?:{_CAPITALISED})+(?:{_LOWER_TITLE}){{1,2}}"
                           rf"(?:(?:{alternation(HONORIFICS)})\.?\s+)?|(?:{_CAPITALISED})*)")     # "CEA boss Mr Shapiro"
