"""Where the story happened: the place its titles and leads put the event in (see `event_where`)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from generator.consolidate.event_nouns import EVENT_NOUN, event_lemma, lead_text
from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.lexicon.calendar import WEEKDAYS
from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.lexicon.events import CAPITALISED_EVENT_HEADS
from generator.lexicon.persons import NATIONALITY_NOUNS
from generator.mentions.gazetteer import city_country
from generator.model.briefing import Briefing
from generator.text.dateline import find_dateline
from generator.text.matching import fold

#: A dateline opens one of the first paragraphs (after a standfirst) or none.
DATELINE_PARAGRAPHS = 2
#: After a place: a person it gives the nationality of ('US tycoon', 'Irish horseracing tycoons'), not where the
#: story is (a body's nationality still names the place: 'an American retailer sold out of the dress').
_NATIONALITY = re.compile(r"\s+(?:[a-z-]+\s+)?" + NATIONALITY_NOUNS + r"\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?$")
_COUNTRIES = frozenset(COUNTRIES.values()) | frozenset(DEMONYMS.values())
_DEMONYM = re.compile(r"\b(" + "|".join(map(re.escape, sorted((d for d in DEMONYMS if d[:1].isupper() and not d.isupper()
                                                                 and "." not in d), key=len, reverse=True))) + r")\b")


def event_where(briefings: list[Briefing], place_names: dict[str, str], what: Optional[str] = None) -> Optional[str]:
    """The place the titles and leads put the event in (`place_names`: every name and alias -> the place).

    A lead that puts the event itself in a place ('bought … at auction in Moscow', 'the attacks in Paris': the
    event noun of `what`, then in/at/near and the place in the same clause) says where better than the places
    the leads name most: a story about an auction in Moscow fought over in a US court happened in Moscow.

    A source that puts something in or at a place ('talks in Brussels', a 'PARIS —' dateline) counts three
    times, one that only names it once (a country that is a party, 'NATO-Russia talks', is named, not a venue).
    A place one lead names is borne out by another source that names it further down (two opinion pieces on
    one cover story: one puts it in 'the U.S.' in its lead, the other names the country later on): that source
    counts for the place being the story's (two sources), not for choosing between the places leads name."""
    place_names = with_country_forms(place_names)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(place_names, key=len, reverse=True))) + r")(?!\w)")
    by_fold = {fold(n): p for n, p in place_names.items()}
    named: Counter[str] = Counter()
    located: Counter[str] = Counter()
    later: Counter[str] = Counter()
    first: dict[str, int] = {}
    for b in briefings:
        text = lead_text(b)
        inside = set()
        place = dateline_place(b)
        if place and fold(place) in by_fold:
            inside.add(by_fold[fold(place)])
        for m in pattern.finditer(text):
            if _NATIONALITY.match(text, m.end()):
                continue                # 'US tycoon Malcolm Glazer': where he is from, not where the story is
            place = place_names[m.group(1)]
            first[place] = min(first.get(place, m.start()), m.start())
            if _LOCATIVE.search(text[max(0, m.start() - 25):m.start()]) and not _other_event_place(text, m.start(), what):
                inside.add(place)
        seen = _places_named(text, pattern, place_names, by_fold) | inside
        named.update(seen)
        located.update(inside)
        later.update(_places_named("\n".join(b.body[LEAD_PARAGRAPHS:]), pattern, place_names, by_fold) - seen)
    if not named:
        return None
    score = {p: named[p] + 2 * located[p] for p in named}
    for p, n in _event_placed(briefings, what, pattern, place_names).items():
        if named[p] >= 2:               # borne out by another lead: not one article's aside
            score[p] += EVENT_PLACE_WEIGHT * n
    best = max(score, key=lambda p: (score[p], located[p], -first.get(p, 0), p))
    return best if named[best] + later[best] + _country_named(best, named, place_names) >= 2 or len(briefings) == 1 else None


def _country_named(city: str, named: Counter[str], place_names: dict[str, str]) -> int:
    """The sources whose leads name the country `city` is in: they bear the city out ('in London' in one lead,
    'Britain' in two others)."""
    country = city_country(city)
    place = place_names.get(country) if country else None
    return named[place] if place and place != city else 0


#: Between an event noun and the place it happened in ('auction in Moscow', 'attacks in the capital', 'the final
#: on Sunday in Cardiff': the day it falls on may come between).
_EVENT_PLACE_GAP = re.compile(r"\s+(?:(?:on\s+|this\s+|next\s+|last\s+)?(?:" + "|".join(WEEKDAYS) + r"|week|weekend)\s+)?"
                              r"(?:in|at|near|outside|off)\s+(?:the\s+)?", re.I)
#: A named event of a kind that is only an event capitalised ('FA Cup', 'US Open'), a noun, and 'at' or 'in' right
#: before a place: the place of that event's game ('the FA Cup defeat at Newcastle').
_NAMED_EVENT_BEFORE = re.compile(r"\b((?:[A-Z][\w'’-]*\s+)+)(?:" + "|".join(sorted(CAPITALISED_EVENT_HEADS)) +
                                 r")s?(?:\s+[a-z]+)?\s+(?:in|at)\s+(?:the\s+)?$")


def _other_event_place(text: str, start: int, what: Optional[str]) -> bool:
    """The place at `start` is where another named event was held than the story's ('the FA Cup defeat at
    Newcastle' in a story of the Carling Cup final): the name before the event's kind is none of `what`'s words."""
    m = _NAMED_EVENT_BEFORE.search(text[max(0, start - 60):start])
    return m is not None and not set(fold(m.group(1)).split()) <= set(fold(what or "").split())


def _same_event(text: str, noun: re.Match[str], what_words: list[str]) -> bool:
    """An event noun that is one only capitalised is the story's when the name before it is `what`'s ('Carling
    Cup', not 'FA Cup'); any other ('the auction') always is."""
    if noun.group(1) not in CAPITALISED_EVENT_HEADS or len(what_words) < 2:
        return True
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, noun.start() - 30):noun.start()])
    return not before or fold(before.group(1)) in what_words


#: How much a source putting the event itself in a place weighs against one that names the place in its lead.
EVENT_PLACE_WEIGHT = 6


def _event_placed(briefings: list[Briefing], what: Optional[str], pattern: re.Pattern[str],
                  place_names: dict[str, str]) -> Counter[str]:
    """Per place, the sources whose title or lead put the event noun of `what` in it ('auction in Moscow')."""
    head = [m for m in EVENT_NOUN.finditer(what or "") if m.end() == len(what or "")]    # 'Carling Cup' keeps its case
    if not head:
        return Counter()
    lemma = event_lemma(head[0].group(0))
    what_words = fold(what or "").split()
    placed: Counter[str] = Counter()
    for b in briefings:
        text = lead_text(b)
        found = set()
        for m in EVENT_NOUN.finditer(text):
            if event_lemma(m.group(0)) != lemma or not _same_event(text, m, what_words):
                continue
            p = pattern.search(text, m.end(), m.end() + 60)
            if p and _EVENT_PLACE_GAP.fullmatch(text, m.end(), p.start()) and not _NATIONALITY.match(text, p.end()):
                found.add(place_names[p.group(1)])
        placed.update(found)
    return placed


def _places_named(text: str, pattern: re.Pattern[str], place_names: dict[str, str],
                  by_fold: dict[str, str]) -> set[str]:
    """The places `text` names: by a name or an alias (`pattern` matches them), or by a country's adjective
    ('the Korean company' names South Korea)."""
    found = {place_names[m.group(1)] for m in pattern.finditer(text) if not _NATIONALITY.match(text, m.end())}
    return found | {by_fold[fold(DEMONYMS[m.group(1)])] for m in _DEMONYM.finditer(text)
                    if fold(DEMONYMS[m.group(1)]) in by_fold and not _NATIONALITY.match(text, m.end())}


def with_country_forms(place_names: dict[str, str]) -> dict[str, str]:
    """`place_names` and every way news writes a country ('US', 'the U.S.', 'United States' are one place, the
    entity's when the entities keep one form): a country written as an attribute ('a U.S. first lady', 'U.S.
    retailers') is a place even when the entities did not keep it as one."""
    country = {COUNTRIES.get(n, DEMONYMS.get(n, n)): p for n, p in place_names.items()}
    country.update({c: c for c in _COUNTRIES if c not in country})
    forms = {n: country[c] for n, c in [*COUNTRIES.items(), *((c, c) for c in _COUNTRIES)]
             if n not in place_names and not n.startswith("the ")}
    return {**place_names, **forms}


def dateline_place(b: Briefing) -> Optional[str]:
    """The place of the dateline that opens one of the first paragraphs (a standfirst may come before it:
    'BARCELONA, SPAIN—We're live …' after a one-line summary), in title case ('Barcelona')."""
    for para in b.body[:DATELINE_PARAGRAPHS]:
        found = find_dateline(para)
        if found:
            return found.place.split(",")[0].strip().title()
    return None


def names_place(text: str, place: str) -> bool:
    """`text` names `place`, in any form news writes it ('… English Premier League in US' names the United
    States)."""
    names = with_country_forms({place: place})
    return fold(place) in fold(text) or any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)
                                            for n, p in names.items() if p == place)


__all__ = ["DATELINE_PARAGRAPHS", "EVENT_PLACE_WEIGHT", "dateline_place", "event_where", "names_place",
           "with_country_forms"]
