"""Who a speaker phrase stands for, over one article: joint speakers, titles, organisations and anonymous people.

The Gender Gap Tracker resolves these with a parser and a coreference model; news conventions carry most of it
without one: a title alone names the person it introduced ("Malaysian PM Najib Razak" ... "the Malaysian PM
said"), "the authority said" is the one Authority named before, "Sens. A, B and C said" is three speakers, and a
pronoun after an unnamed witness ("A passenger spoke to local radio. ... he said") is nobody we can name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from generator.lexicon.names import NOT_NAME_WORDS, TITLE_ACRONYMS
from generator.mentions.name_patterns import PERSON_NOUNS, TITLE_WORDS
from generator.mentions.name_words import is_first_name
from generator.quotes.lexicon import LEADING_ORG_RE, PRONOUN_GENDER
from generator.quotes.protagonist import protagonist
from generator.quotes.speaker_context import (
    ArticleContext,
    SpeakerEvent,
    Subject,
    per_article,
    sentence_bounds,
    sentence_starts,
)

#: Between two speakers of one list: "A, B and C", "A and B", "A, B, and C".
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
#: What may open a sentence before a list of speakers: an introductory phrase, then titles ("Sens.", "Reps.").
_LIST_LEAD = re.compile(r"\s*(?:[^_]*_[_.,!?…]*[”\"’»]?,?\s*)?(?:[^,_]{0,60},\s*)?(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*")


def joint_subject(ctx: ArticleContext, p: int, start: int, end: int) -> Optional[Subject]:
    """'Sens. Gary Peters, Debbie Stabenow and Sherrod Brown' / 'DeLauro and Granger' right before the verb:
    two or more people named in one coordination that opens the sentence speak together."""
    mentions = [m for m in ctx.table.in_paragraph(p, start, end) if m.end <= end]
    if len(mentions) < 2 or mentions[-1].end != end:
        return None
    masked = ctx.masked[p]
    names = [mentions[-1].name]
    first = mentions[-1]
    for m in reversed(mentions[:-1]):
        if not _LIST_GAP.fullmatch(masked[m.end:first.start]):
            break
        names.insert(0, m.name)
        first = m
    names = list(dict.fromkeys(names))
    if len(names) < 2 or not _LIST_LEAD.fullmatch(masked[start:first.start]):
        return None
    return Subject("people", "\t".join(names), first.start)


#: Title words that end a title only after "of" ("Secretary of State", "Chief of Staff"): "Islamic State" is no title.
_TITLE_OBJECTS = {"State", "Affairs", "Interior", "Finance", "Justice", "Health", "Defence", "Defense", "Staff"}


def is_title(parts: list[str]) -> bool:
    """'Portuguese Prime Minister', 'Malaysian PM': a run that ends in a title describes a person."""
    if len(parts) > 1 and parts[-1] in _TITLE_OBJECTS and parts[-2] != "of":
        return False
    return bool(parts) and (parts[-1] in TITLE_ACRONYMS or parts[-1] in TITLE_WORDS)


@per_article
def titled_person(ctx: ArticleContext, words: str) -> Optional[str]:
    """The one person the article introduces with these title words ("Malaysian PM Najib Razak"), or whose
    recorded title they are; else nobody (a title is never a name, and never an organisation)."""
    title = re.sub(r"^(?:the|The)\s+", "", words).strip()
    before = re.compile(rf"\b{re.escape(title)}[\s,]+$", re.I)
    named = {m.name for m in ctx.table.mentions if before.search(ctx.body[m.paragraph][max(0, m.start - 80):m.start])}
    if not named:
        named = {r.name for r in ctx.table.people.values()
                 if r.role_in_text and r.role_in_text.lower() == title.lower()}
    return named.pop() if len(named) == 1 else None


#: Characters before a cue searched for the organisation it calls by its head noun: more than any news
#: paragraph (the longest of the WikiRef and eval pages is 1.2 KB), and a bound, so a page that is one huge
#: paragraph costs time linear in its length rather than one scan of its whole prefix per cue.
_ORG_LOOKBACK = 4000


def org_named_before(ctx: ArticleContext, p: int, at: int, head: str) -> Optional[str]:
    """'the authority said': the one organisation whose name ends with that head noun ("Civil Aviation
    Authority"), named in this paragraph before `at` or in the four paragraphs before (each within
    `_ORG_LOOKBACK` characters)."""
    rx = re.compile(rf"\b((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{0,5}}{head.capitalize()})\b")
    for q in range(p, max(-1, p - 5), -1):
        text = ctx.masked[q][max(0, at - _ORG_LOOKBACK):at] if q == p else ctx.masked[q][-_ORG_LOOKBACK:]
        names = list(dict.fromkeys(re.sub(r"^The\s+", "", m.group(1)) for m in rx.finditer(text)))
        names = [n for n in names if len(n.split()) > 1]
        if names:
            return names[-1] if len(names) == 1 else None
    return None


_UNNAMED = rf"(?:{PERSON_NOUNS}|man|woman|passenger|person|source|relative)"
#: Abbreviated last words of company names and what they stand for ("Tokyo Electric Power Co").
_ORG_ABBREVIATIONS = {"Co": "Company", "Corp": "Corporation", "Intl": "International", "Assn": "Association"}


@per_article
def fullest_org(ctx: ArticleContext, name: str) -> str:
    """'Tokyo Electric Power Co' -> 'Tokyo Electric Power Company' when the article spells it out somewhere;
    'Amsa' / 'DHS' -> the one name in the article whose initials they are ('Australian Maritime Safety
    Authority', 'Department of Homeland Security')."""
    words = name.rstrip(".").split()
    full = _ORG_ABBREVIATIONS.get(words[-1]) if len(words) > 1 else None
    if full and any(" ".join(words[:-1] + [full]) in para for para in ctx.body):
        return " ".join(words[:-1] + [full])
    if len(words) == 1 and ACRONYM_RE.fullmatch(name):
        return spelled_out(ctx, name) or name
    return name


ACRONYM_RE = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{1,5}")
#: A capitalised run with connectors: where an acronym's long form is looked for.
_LONG_NAME_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'-]*)+")
_CONNECTORS = {"of", "for", "and", "on", "the", "&"}


@per_article
def spelled_out(ctx: ArticleContext, acronym: str) -> Optional[str]:
    """The one capitalised name in the article whose significant words' initials spell `acronym`."""
    want = acronym.upper()
    found = set()
    for para in ctx.body:
        for m in _LONG_NAME_RE.finditer(para):
            words = m.group(0).split()
            for i, w in enumerate(words):
                caps = [j for j in range(i, len(words)) if words[j] not in _CONNECTORS]
                if w not in _CONNECTORS and len(caps) >= len(want) \
                        and "".join(words[j][0] for j in caps[:len(want)]) == want:
                    found.add(" ".join(words[i:caps[len(want) - 1] + 1]))
    return found.pop() if len(found) == 1 else None


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")


def bearer_of(ctx: ArticleContext, p: int, at: int, word: str) -> Optional[str]:
    """'Michelle said' / 'Mrs. Obama said' / 'Obama writes' when the article names several Obamas: the one person
    whose given name it is, else, of those whose surname it is, the one named last before (matching Mrs./Mr.)."""
    titled = re.fullmatch(r"(Mr|Mrs|Ms|Miss)\.?\s+(\S+)", word)
    word = titled.group(2) if titled else word
    if " " in word or not word[:1].isupper():
        return None
    given = _most_named([n for n in ctx.table.people if n.split()[0] == word and len(n.split()) > 1], ctx)
    if len(given) == 1:
        return given[0]
    bearers = {n for n in ctx.table.people if len(n.split()) > 1 and n.split()[-1] == word
               and is_first_name(n.split()[0])}      # people, not "Boulevard Voltaire"
    honorific = titled or _HONORIFIC_BEFORE.search(ctx.masked[p][max(0, at - 6):at])
    want = {"Mr": "m"}.get(honorific.group(1), "f") if honorific else None
    if want:
        bearers = {n for n in bearers if ctx.table.gender(n) in (want, None)}
    if len(bearers) == 1:
        return bearers.pop()
    for m in reversed(ctx.table.mentions):
        if (m.paragraph, m.start) < (p, at) and m.name in bearers and m.paragraph >= p - 6:
            return m.name
    return None


def _most_named(names: list[str], ctx: ArticleContext) -> list[str]:
    """Of several people with one given name ("Michelle Obama" and her maiden name "Michelle Robinson"), the one
    the article names more than twice as often as any other, else all of them."""
    names = [n for n in names if not any(o != n and len(o) < len(n) and o.split()[0] == n.split()[0]
                                         and o.split()[-1] == n.split()[-1] for o in names)]   # middle names: one person
    if len(names) < 2:
        return names
    count = {n: sum(m.name == n for m in ctx.table.mentions) for n in names}
    names = sorted(names, key=count.__getitem__, reverse=True)
    return names[:1] if count[names[0]] > 2 * count[names[1]] else names


@per_article
def fuller_name(ctx: ArticleContext, word: str) -> Optional[str]:
    """'Samaras' -> 'Antonis Samaras' when the article writes the one word after a capitalised given name
    somewhere ("Antonis Samaras's New Democracy", "striker Andriy Shevchenko"), a name the name table missed (an
    unlisted given name, a name only in a caption line); a given name alone -> the one surname the article gives
    it, also shared ("her mother, Marian" after "Marian and Fraser Robinson")."""
    if " " in word or not re.fullmatch(r"[A-Z][a-z][\w’'-]+", word) or word in NOT_NAME_WORDS or word in TITLE_WORDS:
        return None
    rx = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(word)}\b(?!\s+[A-Z])")
    found = {f"{m.group(1)} {word}" for para in ctx.body for m in rx.finditer(para)
             if m.group(1) not in NOT_NAME_WORDS and m.group(1) not in TITLE_WORDS
             and m.group(1) not in ("Mr", "Ms", "Mrs", "Dr", "Sir")
             and (is_first_name(m.group(1)) or not _opens_sentence(para, m.start()))}    # not "Developer Valve said"
    if not found and is_first_name(word):
        given = re.compile(rf"\b{re.escape(word)}\s+(?:and\s+[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b(?!\s+[A-Z])")
        found = {f"{word} {m.group(1)}" for para in ctx.body for m in given.finditer(para)
                 if m.group(1) not in NOT_NAME_WORDS and m.group(1) not in TITLE_WORDS}
    return found.pop() if len(found) == 1 else None


def _opens_sentence(para: str, at: int) -> bool:
    return re.search(r"(?:^|[.!?:“”\"])\s*$", para[:at]) is not None


#: An unnamed person opening a sentence: "A passenger who was on the flight", "An unnamed Iranian", "One witness".
_ANONYMOUS_RE = re.compile(rf"(?:[^,_]{{0,40}},\s*)?(?:A|An|One|Another)\s+(?:[\w’'-]+\s+){{0,3}}?"
                           rf"(?:{_UNNAMED}|[A-Z][a-z]+(?:an|ese|ish|i))\b")
#: An unnamed person speaking anywhere in a sentence: "the friend said", "according to the witness".
_UNNAMED_SPEAKING_RE = re.compile(rf"\b(?:[Aa]ccording to (?:the|a|an|one)|(?:the|The)) (?:[a-z][\w’'-]*\s+){{0,2}}?"
                                  rf"{_UNNAMED}(?:,|\s+(?:also\s+)?(?:said|says|told|added|explained|recalled))")


def anonymous_subjects(ctx: ArticleContext) -> list[tuple[int, int]]:
    """(paragraph, offset) of every sentence whose subject is an unnamed person: a later he/she may be them, so
    no earlier name is given to it."""
    out = []
    for p, masked in enumerate(ctx.masked):
        out += [(p, start) for start in sentence_starts(masked) if _ANONYMOUS_RE.match(masked, start)]
        out += [(p, m.start()) for m in _UNNAMED_SPEAKING_RE.finditer(masked)
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
    noun = re.search(rf"{_UNNAMED}", phrase.lower())
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
        return event.is_org or event.maybe_org or (pronoun == "it" and " " not in event.speaker
                                                    and event.speaker not in ctx.table.people)
    if event.is_org or event.maybe_org:
        return False
    have = ctx.table.gender(event.speaker)
    return have is None or have == want


def _outside_quotes(ctx: ArticleContext, p: int, at: int) -> bool:
    return ctx.masked[p][at:at + 1] not in ("_", "")


def _same_sentence_antecedent(ctx: ArticleContext, p: int, at: int, pronoun: str) -> Optional[str]:
    """'When Afghan President Ashraf Ghani announced the exchange, he said …': the first compatible person
    named earlier in the pronoun's own sentence, outside quotes."""
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return None
    start, _ = sentence_bounds(ctx.masked[p], at)
    for m in ctx.table.in_paragraph(p, start, at):
        if _outside_quotes(ctx, p, m.start) and _compatible(ctx, SpeakerEvent(p, m.start, m.name), pronoun):
            return m.name
    return None


def _paragraph_antecedent(ctx: ArticleContext, p: int, at: int, pronoun: str, block: tuple[int, int]) -> Optional[str]:
    """'Daniel Okafor, however, expects the opposite. “…,” he said.': the one compatible person who opens a
    sentence of the pronoun's paragraph before it (outside quotes) is who the paragraph is about."""
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return None
    starts, names, other = _sentence_openers(ctx, p, pronoun)
    last = bisect_left(starts, at) - 1                                   # the latest one before the pronoun
    first = bisect_right(starts, block[1]) if block[0] == p else 0       # the first one after the block
    return names[last] if first <= last and other[last] < first else None


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
        if _outside_quotes(ctx, p, m.start) and starts_sentence(ctx.masked[p], m.start) \
                and _compatible(ctx, SpeakerEvent(p, m.start, m.name), pronoun):
            other.append(-1 if not names else len(names) - 1 if names[-1] != m.name else other[-1])
            starts.append(m.start)
            names.append(m.name)
    return starts, names, other


def resolve_pronoun(ctx: ArticleContext, p: int, at: int, pronoun: str) -> Optional[str]:
    """A compatible person named earlier in the same sentence, else the one the paragraph is about, else the most
    recent speaker of compatible gender before (p, at), within the last few paragraphs; never a name from before
    an unnamed person who opens a sentence in between ("A passenger spoke to local radio. … he said")."""
    same = _same_sentence_antecedent(ctx, p, at, pronoun)
    if same:
        return same
    block = latest_anonymous(ctx, p, at)
    about = _paragraph_antecedent(ctx, p, at, pronoun, block)
    if about:
        return about
    first = reach_start(ctx, p, _REACH)
    for ev in reversed(ctx.events):
        if (ev.paragraph, ev.at) >= (p, at):
            continue
        if ev.paragraph < first or (ev.paragraph, ev.at) < block:
            break
        if _compatible(ctx, ev, pronoun):
            return ev.speaker
    if PRONOUN_GENDER.get(pronoun) == "plural":
        return _leading_org(ctx, p, at)
    apposed = [a for a in ctx.apposed if max(block, (first, -1)) <= a < (p, at)]
    if apposed and PRONOUN_GENDER.get(pronoun) != "plural":
        return ctx.apposed[apposed[-1]]       # "Another spectator, Fahmi, … he told Liberation"
    # nobody has spoken yet: the most recent person named, sentence subjects before other mentions
    recent = [m for m in reversed(ctx.table.between(max((reach_start(ctx, p, 2), 0), block), (p, at)))
              if block < (m.paragraph, m.start) and _outside_quotes(ctx, m.paragraph, m.start)
              and _compatible(ctx, SpeakerEvent(m.paragraph, m.start, m.name), pronoun)
              and not _coordinated(ctx.masked[m.paragraph], m.start, m.end)]
    subjects = [m for m in recent if starts_sentence(ctx.masked[m.paragraph], m.start)]
    if subjects or recent:
        return (subjects or recent)[0].name
    gender = PRONOUN_GENDER.get(pronoun)
    return protagonist(ctx, p, gender) if gender in ("m", "f") and block < (0, 0) else None   # "she says", a profile


def _leading_org(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """'In April, the Federal Aviation Administration ordered … It said …': with no organisation speaking before,
    'it'/'they' is the organisation opening the latest sentence of this paragraph or the one before."""
    for q in (p, p - 1):
        if q < 0:
            continue
        masked = ctx.masked[q]
        starts = [s for s in sentence_starts(masked) if q < p or s < sentence_bounds(masked, at)[0]]
        for start in reversed(starts):
            m = LEADING_ORG_RE.match(masked, start)
            if m and m.group(1).split()[0] not in NOT_NAME_WORDS:
                return m.group(1)
    return None


def _coordinated(masked: str, start: int, end: int) -> bool:
    """'Nour Mohammad and Delawar stayed': one of two people named together is not a later he or she."""
    return re.match(r"\s+(?:and|&)\s+[A-Z]", masked[end:end + 8]) is not None \
        or re.search(r"\b[A-Z][\w’'-]*\s+(?:and|&)\s+$", masked[max(0, start - 40):start]) is not None


def starts_sentence(masked: str, at: int) -> bool:
    """True when a mention opens its sentence, after at most a short introductory phrase or its title."""
    start, _ = sentence_bounds(masked, at)
    lead = masked[start:at]
    return _OPENING_LEAD.fullmatch(lead) is not None


#: What may stand before a name that opens its sentence: a short introductory phrase, then a description it is in
#: apposition to ("In a statement on Sunday, the party's leader, Ana Ruiz,"), then a title.
_OPENING_LEAD = re.compile(r"\s*(?:[^,]{0,60},\s*)?(?:(?:the|The|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s+)?"
                           r"(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*")
