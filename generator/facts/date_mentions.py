"""Date mentions of a source and where each stands: every date its body states (`dates.hits_in_sentence`), the
phrase for what happened then, the weekday a 'this week' takes from a sentence naming the same place, and the
sentence a mention comes from (facts, the story's year, the timeline and place conflicts cite it).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from generator.facts.budget import ANALYSED_CHARS
from generator.facts.dates import LOCATIVE, MEETING_NOUN, Hit, hits_in_sentence
from generator.lexicon.calendar import WEEKDAYS
from generator.model.briefing import DateMention
from generator.model.relative import RelativeDate
from generator.text.sentences import split_sentences


def date_sentence(paragraph: str, text: str) -> Optional[str]:
    """The sentence of `paragraph` a date mention with this text comes from: the first that states that date,
    else (a date typed into the YAML by hand) the first that contains the text; None when none does.  Facts,
    the story's year, the timeline and place conflicts all ask it for every date mention."""
    stated = _first_dated_sentences(paragraph).get(text)
    if stated:
        return stated
    return next((s.text for s in split_sentences(paragraph) if text in s.text), None)


@lru_cache(maxsize=64)
def _first_dated_sentences(paragraph: str) -> dict[str, str]:
    """Each date text of the paragraph -> the first of its sentences that states that date.  Memoised per
    paragraph: a search of the sentences per mention makes one long paragraph of many dates quadratic."""
    out: dict[str, str] = {}
    for sent in split_sentences(paragraph):
        if sent.start >= ANALYSED_CHARS:       # no mention comes from text past what extraction analysed
            break
        for hit in hits_in_sentence(sent.text):
            out.setdefault(hit.text, sent.text)
    return out


def _event_phrase(sentence: str, hit: Hit) -> str:
    """A short phrase for what happened on the date, taken from the clause around it."""
    m = re.search(r"(?:’s|'s) (\w+)$", hit.text) or re.search(rf"\b({MEETING_NOUN})$", hit.text)
    if m:
        where = LOCATIVE.search(sentence[hit.end:hit.end + 60])
        return m.group(1) + (f" in {where.group(1)}" if where and where.group(1) not in WEEKDAYS else "")
    spans = [(c.start(), c.end()) for c in re.finditer(r"[^,;:()–—]+", sentence)]
    clause = next((sentence[s:e] for s, e in spans if s <= hit.start < e), sentence)
    clause = clause.replace(hit.text, " ")
    words = re.sub(r"^\s*(?:and|but|while|as|which|who|that|with|after|before)\b", "", clause).split()
    phrase = " ".join(words[:10]).strip(" .“”\"")
    return phrase or sentence[:60]


def _places_of(sentence: str) -> set[str]:
    """The named locations a sentence places its events in ("in Geneva"; a weekday is no place)."""
    return {m.group(1) for m in LOCATIVE.finditer(sentence)} - {d.capitalize() for d in WEEKDAYS}


def find_dates(body: list[str], extra: Sequence[str] = ()) -> list[DateMention]:
    """Every date mention of the body (then of `extra` texts such as tweets), unresolved where relative."""
    found: list[tuple[DateMention, str]] = []
    numbered: list[tuple[Optional[int], str]] = [*enumerate(body, start=1), *((None, t) for t in extra)]
    for i, para in numbered:
        for sent in split_sentences(para):
            for hit in hits_in_sentence(sent.text):
                mention = DateMention(text=hit.text, date=hit.date, event=_event_phrase(sent.text, hit),
                                      paragraph=i, granularity=hit.granularity, relative=hit.relative)
                found.append((mention, sent.text))
    return _link_week_mentions(found)


_THIS_WEEK_PARTS = (RelativeDate("week", 0, "before"), RelativeDate("week", 0, "after"))


def _link_week_mentions(found: list[tuple[DateMention, str]]) -> list[DateMention]:
    """'a meeting in Geneva earlier this week' takes the day of the first weekday mention whose sentence names
    the same place ('the Monday session in Geneva').  An index from place to that mention, so a source of many
    such mentions costs time linear in their number."""
    first_weekday_in: dict[str, tuple[int, RelativeDate]] = {}
    for n, (other, other_sentence) in enumerate(found):
        if other.relative and other.relative.kind == "weekday":
            for place in _places_of(other_sentence):
                first_weekday_in.setdefault(place, (n, other.relative))
    out: list[DateMention] = []
    for mention, sentence in found:
        if mention.relative in _THIS_WEEK_PARTS:
            linked = min((first_weekday_in[p] for p in _places_of(sentence) if p in first_weekday_in),
                         key=lambda hit: hit[0], default=None)
            if linked:
                mention = replace(mention, relative=linked[1], granularity="day")
        out.append(mention)
    return out
