"""Organisations a sentence names by their kind: "Chipmaker Intel welcomed the ruling, saying …", "Telecom analysts
Ovum backed the plan, saying …" (the kind before the name, opening the sentence as its subject).

A participle cue's speaker is its clause's subject; a capitalised run after a noun of what kind of body it is
names that body, not a person, though no organisation word ends it.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.countries import COMPASS_POINTS, COUNTRIES, DEMONYMS
from generator.lexicon.names import NOT_NAME_WORDS, ORG_NOUNS
from generator.mentions.gazetteer import gazetteer
from generator.mentions.name_words import is_first_name
from generator.mentions.organizations import find_organizations
from generator.quotes.speaker_context import ArticleContext, Subject, per_article, sentence_bounds

#: Plural or collective nouns a firm of experts is called by in British news ("analysts Ovum", "pollsters Mori").
_EXPERT_FIRM_NOUNS = frozenset({"analysts", "consultants", "consultancy", "pollsters"})
_KINDS = sorted(ORG_NOUNS | _EXPERT_FIRM_NOUNS, key=len, reverse=True)
_KIND = "(?:" + "|".join(_KINDS) + ")"
#: Alone and capitalised, only an agent noun ("Chipmaker Intel", "Insurer Allianz") or a firm of experts: "Network
#: Rail", "Group Lotus" are names whose first word is a kind.
_KIND_CAPITALISED = "(?:" + "|".join(k.capitalize() for k in _KINDS if k.endswith(("er", "or")) or k in _EXPERT_FIRM_NOUNS) + ")"

#: The sentence opens (after a short introductory phrase) with a kind of body, then its name, then a lowercase word:
#: "Chipmaker Intel welcomed", "Internet service provider (ISP) Plus.net also backed", "Telecom analysts Ovum".
_BODY_BY_KIND_OPENING = re.compile(
    r"\s*(?:[^,_]{0,40},\s*)?(?:[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,3}" + _KIND + "|" + _KIND_CAPITALISED + r")"
    r"\s+(?:\([A-Z][A-Za-z]{1,7}\)\s+)?((?:[A-Z][\w.&’'-]*)(?:\s+[A-Z][\w.&’'-]*){0,3})(?=\s+[a-z])")


#: The sentence opens with a country's name or adjective and a noun or two for what follows, then its name: "US
#: behemoth General Electric has posted …", "French carmaker Renault said" (the country is an attribute, not the
#: subject).
_BODY_AFTER_COUNTRY = re.compile(
    r"\s*(?:The\s+)?(?:" + "|".join(sorted(map(re.escape, {*COUNTRIES, *DEMONYMS}), key=len, reverse=True)) + r")"
    r"\s+(?:[a-z][\w-]*\s+){1,2}((?:[A-Z][\w.&’'-]*)(?:\s+[A-Z][\w.&’'-]*){0,3})(?=\s+[a-z])")


def body_by_kind_opening(ctx: ArticleContext, p: int, start: int, end: int) -> Optional[Subject]:
    """The body a sentence opens with, named after its kind ("Rating agency Moody's") or its country ("US
    behemoth General Electric"), unless the name is a person's (a given name, someone of the name table) or a
    sentence word."""
    m = _BODY_BY_KIND_OPENING.match(ctx.masked[p], start, end) or _BODY_AFTER_COUNTRY.match(ctx.masked[p], start, end)
    if m is None:
        return None
    name = m.group(1)
    first = name.split()[0]
    if first in NOT_NAME_WORDS or is_first_name(first) or ctx.table.resolve(name):
        return None
    return Subject("org", name, m.start(1))


#: Words that make the noun after them someone else's ("the head of the airline", "a pilot for the carrier").
_NOT_IN_KIND_GAP = r"(?!(?:of|for|at|in|with|to|from|by|and|or)\b)"
#: How many paragraphs, the cue's own included, are searched for a body the text gave a kind.
_KIND_BACK = 5
#: Characters of each paragraph searched, back from the cue (as `coreference.org_named_before`): more than any news
#: paragraph, and a bound, so one huge paragraph costs linear time, not a scan of its prefix per cue.
_LOOKBACK = 4000


def _window(ctx: ArticleContext, q: int, p: int, at: int) -> tuple[str, int]:
    """The text of paragraph q searched for a cue at (p, at), and the offset it starts at."""
    masked = ctx.masked[q]
    end = at if q == p else len(masked)
    return masked[max(0, end - _LOOKBACK):end], max(0, end - _LOOKBACK)


#: Kinds a text uses for one body in turn: 'game firm Bioware … the company says', 'the media watchdog … said the
#: group'.
_SAME_KINDS = (("company", "firm"), ("group", "watchdog", "charity"))


def _kind_patterns(head: str, synonyms: bool) -> tuple[re.Pattern[str], ...]:
    """A name, then its kind in apposition ("Skyline Air, the third-largest Canadian airline,"), a kind, then
    its name ("budget airline Skyline Air", "the carrier Skyline Air", "the media watchdog, Reporters Without
    Borders"), and a name with its kind right after it ("China’s Daily Courier newspaper", "the Acme company")."""
    name = r"((?:[A-Z][\w&.’'-]*\s+|&\s+){0,4}[A-Z][\w&’'-]*(?<!’s)(?<!'s))"       # "Marsh & McLennan"
    kinds = next((g for g in _SAME_KINDS if head in g), (head,)) if synonyms else (head,)
    kind = "(?:" + "|".join(re.escape(k) for k in kinds) + ")"
    after = re.compile(name + r",\s+(?:the|a|an|[A-Z][\w.-]*[’']s)\s+(?:" + _NOT_IN_KIND_GAP + r"[\w’'-]+\s+){0,4}?"
                       + kind + r"(?![\w’'-])")
    before = re.compile(r"(?<![A-Z][\w-])(?<!’s )\b" + kind + r",?\s+" + name + r"(?=[\s,.;:]|$)")
    named = re.compile(r"(?:\b(?:the|The)\s+|[A-Z][\w.-]*[’']s\s+)" + name + r"\s+" + kind + r"(?![\w’'-])")
    return after, before, named


def org_of_kind(ctx: ArticleContext, p: int, at: int, head: str, synonyms: bool = True) -> Optional[str]:
    """'the airline said' -> the one body the text called an airline, in apposition or before its name ('Skyline
    Air, the third-largest Canadian airline', 'budget airline Skyline Air'), in the cue's paragraph before it or
    in the paragraphs before: the kind a text gives a body is how it refers to it afterwards.  None when two bodies
    fit in the nearest paragraph that has one, or the name is a person's.  `synonyms`: a kind of the same sense
    counts too ('game firm Bioware … the company says'), the weaker sign, for when no body spoke lately."""
    patterns = _kind_patterns(head, synonyms)
    for q in range(p, max(-1, p - _KIND_BACK), -1):
        text, _ = _window(ctx, q, p, at)
        names = {m.group(1) for rx in patterns for m in rx.finditer(text)}
        names = {n for n in names if n.split()[0] not in NOT_NAME_WORDS and not is_first_name(n.split()[0])
                 and not _place_like(n) and not ctx.table.resolve(n)}        # 'the Australian authority': no name
        if names:
            return names.pop() if len(names) == 1 else None
    return None


def _place_like(name: str) -> bool:
    """'the Australian authority', 'the Texas company', 'The South Yorkshire company': a nationality or a place
    before a kind describes the body, it is no name of it."""
    words = name.split()
    return name in DEMONYMS or name in gazetteer() or (len(words) == 2 and words[0] in COMPASS_POINTS)


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


_PLURAL_KINDS = "(?:" + "|".join(sorted({_plural(n) for n in ORG_NOUNS}, key=len, reverse=True)) + ")"
#: Bodies in the plural as a subject, right before the verb: "the two firms", "The companies", "both banks".
_BODIES_AT_END = re.compile(r"(?:^|(?<=[\s,_”\"]))(?:the|The|both|Both)\s+(two\s+|three\s+|four\s+|both\s+)?"
                            + _PLURAL_KINDS + r"\s*$")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: Bodies the text names in the plural of their kind somewhere in a sentence: "the firms", "Technology firms".
_PLURAL_KIND_WORD = re.compile(r"\b" + _PLURAL_KINDS + r"\b")
#: Capitalised names joined by commas and "and": "Elan and Biogen Idec", "Sony, Philips and Samsung".
_NAME = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}"
_NAME_LIST = re.compile(rf"(?<![\w’'-]){_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}(?![\w’'-])")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def joint_bodies(ctx: ArticleContext, p: int, text: str, offset: int) -> Optional[Subject]:
    """'Shares in Elan and Biogen Idec fell as the firms … ¶ “…,” the two firms said': bodies in the plural, right
    before the verb, are the bodies the text named together last in a sentence that calls them by the plural of
    a kind (in this paragraph before them, or up to four paragraphs back): joint speakers, as 'the pair' is for
    people.  Names of people, countries and sentence words are no bodies; 'the two firms' wants two."""
    m = _BODIES_AT_END.search(text)
    if m is None:
        return None
    at, want = offset + m.start(), _COUNTS.get((m.group(1) or "").strip())
    for q in range(p, max(-1, p - _KIND_BACK), -1):
        text, shift = _window(ctx, q, p, at)
        lists = [names for found in _NAME_LIST.finditer(text) if _called_bodies(ctx.masked[q], shift + found.start())
                 for names in [[_body_name(n) for n in _LIST_SEPARATOR.split(found.group(0))]]
                 if all(names) and len(set(names)) == len(names) and not any(_is_person(ctx, n) for n in names)]
        if lists and (want is None or len(lists[-1]) == want):
            return Subject("people", "\t".join(n for n in lists[-1] if n), at)
        if lists:
            return None
    return None


def _called_bodies(masked: str, at: int) -> bool:
    """The sentence at `at` calls something by the plural of a kind of body ('as the firms suspended sales')."""
    start, end = sentence_bounds(masked, at)
    return _PLURAL_KIND_WORD.search(masked, start, end) is not None


def _body_name(words: str) -> Optional[str]:
    """The name without sentence words before it ('Meanwhile Elan'); none if a country or a demonym."""
    parts = words.split()
    while parts and parts[0] in NOT_NAME_WORDS:
        parts = parts[1:]
    name = " ".join(parts)
    return name if name and name not in COUNTRIES and parts[0] not in DEMONYMS else None


def _is_person(ctx: ArticleContext, name: Optional[str]) -> bool:
    return name is None or is_first_name(name.split()[0]) or ctx.table.resolve(name) is not None


#: Short names British parties go by and the names they speak under ('The Tories dismissed the plan as "…"').
_PARTY_SHORT_NAMES = {"Tories": "Conservatives", "Tory Party": "Conservative Party", "Lib Dems": "Liberal Democrats",
                      "LibDems": "Liberal Democrats"}


def party_by_short_name(words: str) -> Optional[str]:
    """The party a short name stands for ('Tories' -> 'Conservatives'), as the body a reader looks it up by."""
    return _PARTY_SHORT_NAMES.get(words)
@per_article
def abbreviated_body(ctx: ArticleContext, name: str) -> bool:
    """'Deutsche Boerse's (DB) shares … Deutsche Boerse said …. “…,” it said': a run the table holds as a person
    (for speaking), with no given name, no gender and no title, that the text abbreviates by its initials, is a
    body."""
    rec = ctx.table.people.get(name)
    if rec is None or rec.gender is not None or rec.role or is_first_name(name.split()[0]):
        return False
    initials = re.compile(rf"\b{re.escape(name)}(?:[’']s)?\s+\({''.join(w[0] for w in name.split())}\)")
    return any(initials.search(para) for para in ctx.body)




@per_article
def lede_body(ctx: ArticleContext) -> Optional[str]:
    """'AztraZeneca has appointed a director. … The company said Mr Patterson would make “…”': the one organisation the
    first paragraph names is the company a description means when no organisation spoke and none was given that
    kind (a business story is about the firm its lede names)."""
    found = [re.sub(r"(?<=[a-z])\.$", "", name) for name in find_organizations(ctx.body[:1])] if ctx.body else []
    return found[0] if len(found) == 1 and not ctx.table.resolve(found[0]) else None     # never a person; not
    # the sentence's full stop ('… by the watchdog Reporters Without Borders.')
