"""Who a speaker phrase stands for, over one article: joint speakers, titles, organisations, a surname or given
name alone (pronouns and unnamed people: `pronouns`; a surname several people bear: `surnames`).

The Gender Gap Tracker resolves these with a parser and a coreference model; news conventions carry most of it
without one: a title alone names the person it introduced ("Malaysian PM Najib Razak" ... "the Malaysian PM
said"), "the authority said" is the one Authority named before, "Sens. A, B and C said" is three speakers, and
"Shevchenko added" is the Andriy Shevchenko of the lede.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.countries import DEMONYMS
from generator.lexicon.load import alternation
from generator.lexicon.names import (
    HONORIFICS,
    INSTITUTION_HEADS,
    NOT_NAME_WORDS,
    ORG_HEAD_WORDS,
    SPEAKING_ORG_HEADS,
    STRONG_ORG_HEADS,
    TITLE_ACRONYMS,
)
from generator.lexicon.persons import PLURAL_DESCRIPTION_NOUNS
from generator.mentions.name_patterns import TITLE_WORDS
from generator.mentions.name_words import is_first_name
from generator.mentions.names import NameMention
from generator.quotes.speaker_context import (
    ArticleContext,
    Subject,
    events_before,
    per_article,
    sentence_bounds,
)

#: Between two speakers of one list: "A, B and C", "A and B", "A, B, and C".
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}(?:leader\s+)?)?")   # and a
# title before the next name: "House Speaker Tim Moore and Senate leader Phil Berger"
#: What may open a sentence before a list of speakers: an introductory phrase, then titles ("Sens.", "Reps.").
#: Or what they reported, then who they are: "Their first move was to shoot …, witnesses A, B and C told Liberation".
_LIST_LEAD = re.compile(r"\s*(?:[^_]*_[_.,!?…]*[”\"’»]?,?\s*)?(?:[^,_]{0,60},\s*|[^_]{0,160},\s*(?=[a-z]+\s+$))?"
                        r"(?:(?:the|The)\s+|[a-z]+\s+$)?(?:[A-Z][\w.’'-]*\s+)*")


def joint_subject(ctx: ArticleContext, p: int, start: int, end: int, opens: bool = True) -> Optional[Subject]:
    """'Sens. Gary Peters, Debbie Stabenow and Sherrod Brown' / 'DeLauro and Granger' right before the verb:
    two or more people named in one coordination that opens the sentence speak together.  `opens=False`: the
    coordination may stand anywhere (the head of ', who observed': 'fellow students Ann Roe and Jo Ek, who')."""
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
    if len(names) < 2 or opens and not _LIST_LEAD.fullmatch(masked[start:first.start]):
        return None
    return Subject("people", "\t".join(names), first.start)


def joint_opening(ctx: ArticleContext, p: int, start: int, at: int) -> Optional[Subject]:
    """The people named in one coordination from `at` (a mention opening the clause that starts at `start`):
    "House Speaker Tim Moore and Senate leader Phil Berger issued a statement, saying they …"."""
    mentions = ctx.table.in_paragraph(p, at)
    last = 0
    while last + 1 < len(mentions) and _LIST_GAP.fullmatch(ctx.masked[p], mentions[last].end, mentions[last + 1].start):
        last += 1
    return joint_subject(ctx, p, start, mentions[last].end) if last else None


#: Joint speakers again by their number: "The trio had been watching … and recalled", "the pair said".
_GROUP_SIZES = {"pair": 2, "duo": 2, "couple": 2, "two": 2, "trio": 3, "three": 3, "quartet": 4, "four": 4}
_GROUP_BACK = (r"(?:the|The)\s+(" + "|".join(_GROUP_SIZES) + r")(?:\s+(?:men|women|friends|brothers|sisters|witnesses|"
               r"survivors|students|officers|" + PLURAL_DESCRIPTION_NOUNS + r"))?")
_GROUP_OPENING = re.compile(r"\s*(?:[^,_]{0,40},\s*)?" + _GROUP_BACK + r"\b")
_GROUP_AT_END = re.compile(r"(?:^|(?<=[\s,_”\"]))" + _GROUP_BACK + r"\s*$")
#: How many paragraphs back "the trio" looks for the speakers it counts.
_GROUP_BACK_PARAGRAPHS = 2


def group_named_before(ctx: ArticleContext, p: int, text: str, offset: int, opening: bool = False) -> Optional[Subject]:
    """'witnesses Gregoire, Thomas and Nicolas told Liberation … ¶ The trio … recalled “…”': 'the trio' (opening the
    clause, or ending `text` right before the verb) are the joint speakers of that number who spoke last, in the
    paragraphs just before or this one; 'the judges' ending `text` are the joint speakers, of any number, who spoke
    last there."""
    m = (_GROUP_OPENING.match if opening else _GROUP_AT_END.search)(text)
    found = m or (None if opening else _PLURAL_AT_END.search(text))
    if found is None:
        return None
    at = offset + found.start(1)
    for ev in reversed(events_before(ctx, p - _GROUP_BACK_PARAGRAPHS, p, at)):
        size = len(ctx.joint.get(ev.speaker, ()))
        if size == _GROUP_SIZES[m.group(1)] if m else size >= 2:
            return Subject("people", "\t".join(ctx.joint[ev.speaker]), at)
    return _counted_named_before(ctx, p, at, _GROUP_SIZES[m.group(1)] if m else None)


def _counted_named_before(ctx: ArticleContext, p: int, at: int, size: Optional[int]) -> Optional[Subject]:
    """'Sens. A and B joined calls by C and D … ¶ “…,” the four senators said': the people named in the nearest
    paragraph that names anyone before the cue (this one, else the one before), when they are as many as counted
    (`size`; uncounted, 'the senators': two or more, all named in one sentence of it)."""
    for q in (p, p - 1):
        mentions = [m for m in ctx.table.in_paragraph(q, 0, at if q == p else len(ctx.masked[q]))
                    if ctx.masked[q][m.start:m.start + 1] != "_"                  # not inside a quote,
                    and ctx.masked[q][m.start - 1:m.start] != "-"] if q >= 0 else []  # nor 'anti-Trump
        named = list(dict.fromkeys(m.name for m in mentions))
        if not named:
            continue
        one_sentence = len({sentence_bounds(ctx.masked[q], m.start) for m in mentions}) == 1
        fits = len(named) == size if size else len(named) >= 2 and one_sentence
        return Subject("people", "\t".join(named), at) if fits else None
    return None


#: People named by the plural of a description right before the verb: "the judges said".
_PLURAL_AT_END = re.compile(r"(?:^|(?<=[\s,_”\"]))(?:the|The)\s+(" + PLURAL_DESCRIPTION_NOUNS + r")\s*$")


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


#: Abbreviated last words of company names and what they stand for ("Tokyo Electric Power Co").
_ORG_ABBREVIATIONS = {"Co": "Company", "Corp": "Corporation", "Intl": "International", "Assn": "Association"}


@per_article
def fullest_org(ctx: ArticleContext, name: str) -> str:
    """'Tokyo Electric Power Co' -> 'Tokyo Electric Power Company' when the article spells it out somewhere;
    'Amsa' / 'DHS' -> the one name in the article whose initials they are ('Australian Maritime Safety
    Authority', 'Department of Homeland Security')."""
    if name.endswith(".") and name.count(".") == 1:
        name = name[:-1]                        # "…,” said M&S.": the sentence's full stop, not the name's
    words = name.split()
    full = _ORG_ABBREVIATIONS.get(words[-1]) if len(words) > 1 else None
    if full and any(" ".join(words[:-1] + [full]) in para for para in ctx.body):
        return " ".join(words[:-1] + [full])
    if len(words) == 1 and ACRONYM_RE.fullmatch(name):
        return spelled_out(ctx, name) or org_in_full(ctx, name) or name
    return org_in_full(ctx, name) or name if len(words) == 1 else name


@per_article
def org_in_full(ctx: ArticleContext, word: str) -> Optional[str]:
    """'Continental' -> 'Continental Airlines': the one name in the article that opens with the word and ends, at
    most two capitalised words on, on a head that names a speaking body ('Airlines', 'Corporation'), or names
    the firm's arm right after it ('Lycos' -> 'Lycos Europe', 'Daiwa' -> 'Daiwa Securities'), or runs on with
    capitals ('Exxon' -> 'ExxonMobil'); an institution's head alone -> the one 'Bank of England' the article names."""
    if word in INSTITUTION_HEADS:       # "the Bank's report said": the 'Bank of England' the article names
        return _institution_in_full(ctx, word)
    if word in ORG_HEAD_WORDS:
        return None
    rx = re.compile(rf"\b{re.escape(word)}(?:(?:\s+[A-Z][\w&’'-]*){{0,2}}?\s+({_ORG_END})|\s+(?:{_ARM}))\b")
    found = {m.group(0) for para in ctx.body for m in rx.finditer(para)}
    return found.pop() if len(found) == 1 else _compound_name(ctx, word) or _clipped_name(ctx, word)


def _compound_name(ctx: ArticleContext, word: str) -> Optional[str]:
    """'Exxon said' -> 'ExxonMobil': the one name the article writes as the word with a capitalised word run on
    ('GlaxoSmithKline' for 'Glaxo'), the firm's full name after a merger."""
    rx = re.compile(rf"\b{re.escape(word)}[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")
    found = {m.group(0) for para in ctx.body for m in rx.finditer(para)}
    return found.pop() if len(found) == 1 else None


#: The longest clipped first word of a name ('Fed' for 'Federal Reserve').
_CLIPPED_LETTERS = 4


def _clipped_name(ctx: ArticleContext, word: str) -> Optional[str]:
    """'the Fed said' -> 'US Federal Reserve': a short word that opens the first word of the one name of two or three
    capitalised words the article writes with it (its longest form: every other form found is inside it)."""
    if not (2 < len(word) <= _CLIPPED_LETTERS and word[:1].isupper() and word[1:].islower()):
        return None
    rx = re.compile(rf"\b(?:(?!The\b)[A-Z][\w-]*\s+)?{re.escape(word)}[a-z]+(?:\s+[A-Z][\w&-]*[a-z]){{1,2}}\b")
    forms = {re.sub(r"[’']s$", "", m.group(0)) for para in ctx.body for m in rx.finditer(para)}
    longest = max(forms, key=len, default=None)
    return longest if longest and all(f in longest for f in forms) else None


def _institution_in_full(ctx: ArticleContext, head: str) -> Optional[str]:
    """'Bank' -> the one 'Bank of England' the article names, one that opens on the head first ('Royal Bank of
    Scotland' is another bank), else the one 'Reserve Bank of Nordland'."""
    rx = re.compile(rf"((?:(?!The\b)[A-Z][\w-]*\s+)*){re.escape(head)}\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
    names = {(m.group(1) == "", m.group(0)) for para in ctx.body for m in rx.finditer(para)}
    opening = {name for first, name in names if first}
    found = opening or {name for _, name in names}
    return found.pop() if len(found) == 1 else None


#: Heads that end an organisation that speaks and name one on their own ('Airlines', 'Corporation', 'Council'); not
#: 'Party': a party goes by its short name ('Labour'), nor a head that may name a parent company ('Group').
_ORG_END = alternation(sorted(set(STRONG_ORG_HEADS) & set(SPEAKING_ORG_HEADS) - {"Party"}))
#: After a firm's first word, the arm of it the article is about: a region ('Lycos Europe', 'Sony UK') or its
#: brokerage ('Daiwa Securities').
_ARM = "Europe|Asia|Africa|America|International|UK|Securities"



def named_opening_next(ctx: ArticleContext, p: int, at: int) -> Optional[NameMention]:
    """A person named in full for the first time as the opener of the sentence after `at`'s ('France's finance
    minister has said … Herve Gaymard said he would …')."""
    masked = ctx.masked[p]
    start, end = sentence_bounds(masked, sentence_bounds(masked, at)[1] + 1)
    first = next(iter(ctx.table.in_paragraph(p, start, end)), None)
    if first is None or masked[start:first.start].strip() or " " not in masked[first.start:first.end]:
        return None
    return first if first_mention(ctx, first) else None


def first_mention(ctx: ArticleContext, mention: NameMention) -> bool:
    """No mention of the same person before this one in the article."""
    return not any(m.name == mention.name for m in ctx.table.between((0, 0), (mention.paragraph, mention.start)))


#: An acronym: capitals ('DHS'), a capital and lower case ('Amsa'), or capitals with small letters or '&' between
#: ('DrKW', 'M&S'), whose capitals are the initials.
ACRONYM_RE = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{1,5}|[A-Z](?:[a-z&]{0,2}[A-Z]){1,5}")
#: A capitalised run with connectors: where an acronym's long form is looked for.
_LONG_NAME_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'-]*)+")
_CONNECTORS = {"of", "for", "and", "on", "the", "&"}


@per_article
def spelled_out(ctx: ArticleContext, acronym: str) -> Optional[str]:
    """The one capitalised name in the article whose significant words' initials spell `acronym` (its capitals
    when it mixes cases: 'DrKW' is Dresdner Kleinwort Wasserstein, 'M&S' Marks & Spencer)."""
    capitals = re.sub(r"[^A-Z]", "", acronym)
    want = capitals if len(capitals) >= 2 else acronym.upper()
    found = set()
    for para in ctx.body:
        for m in _LONG_NAME_RE.finditer(para):
            words = m.group(0).split()
            for i, w in enumerate(words):
                end = _spelled_end(words, i, want) if w not in _CONNECTORS else None
                if end is not None:
                    found.add(" ".join(words[i:end]))
    return found.pop() if len(found) == 1 else None


def _spelled_end(words: list[str], i: int, want: str) -> Optional[int]:
    """Where the words from i end once their initials spell `want` (a hyphenated word gives one for each capitalised
    part: 'Anti-Defamation League' is ADL), or None."""
    spelled = ""
    for j in range(i, len(words)):
        if words[j] in _CONNECTORS:
            continue
        spelled += "".join(part[0] for part in words[j].split("-") if part[:1].isupper())
        if not want.startswith(spelled):
            return None
        if spelled == want:
            return j + 1
    return None


@per_article
def fuller_name(ctx: ArticleContext, word: str) -> Optional[str]:
    """'Samaras' -> 'Antonis Samaras' when the article writes the one word after a capitalised given name
    somewhere ("Antonis Samaras's New Democracy", "striker Andriy Shevchenko"), a name the name table missed (an
    unlisted given name, a name only in a caption line); a given name alone -> the one surname the article gives
    it, also shared ("her mother, Marian" after "Marian and Fraser Robinson")."""
    if " " in word or not re.fullmatch(r"[A-Z][a-z][\w’'-]+", word) or word in NOT_NAME_WORDS or word in TITLE_WORDS:
        return None
    rx = re.compile(rf"\b([A-Z][a-z]+)\)?\s+{re.escape(word)}\b(?!\s+[A-Z])")     # also "Coach (Frank) Vogel"
    found = {f"{m.group(1)} {word}" for para in ctx.body for m in rx.finditer(para)
             if m.group(1) not in NOT_NAME_WORDS and m.group(1) not in TITLE_WORDS
             and m.group(1) not in HONORIFICS and not _runs_on_before(para, m.start())
             and (is_first_name(m.group(1)) or not _opens_sentence(para, m.start()))}    # not "Developer Valve said"
    if not found and is_first_name(word):
        given = re.compile(rf"\b{re.escape(word)}\s+(?:and\s+[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b(?!\s+[A-Z])")
        found = {f"{word} {m.group(1)}" for para in ctx.body for m in given.finditer(para)
                 if m.group(1) not in NOT_NAME_WORDS and m.group(1) not in TITLE_WORDS}
    return found.pop() if len(found) == 1 else None


def _runs_on_before(para: str, at: int) -> bool:
    """A capitalised word other than a title right before `at`: the two words end a longer name ('The New York
    Times': 'York Times' is no person)."""
    before = re.search(r"(?<![\w’'-])([A-Z][a-z]+)\s+$", para[max(0, at - 40):at])
    return before is not None and not any(before.group(1) in words for words in (TITLE_WORDS, HONORIFICS,
                                                                                  NOT_NAME_WORDS, DEMONYMS))


def _opens_sentence(para: str, at: int) -> bool:
    """Only spaces between `at` and the start of the paragraph or a sentence's or quote's end (read backwards
    from `at`, not by a search of the whole prefix)."""
    before = para[max(0, at - 200):at].rstrip()
    return (not before and at <= 200) or before[-1:] in (".", "!", "?", ":", "“", "”", '"')
