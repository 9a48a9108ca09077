"""Events: the meetings a source reports (what, where, when, who chaired), in calendar order.

A meeting is a dated day mention whose sentence carries a meeting word ("talks", "session", "meeting");
where = the place in a locative ("in Geneva", "at NATO headquarters in Brussels"); what = the named body
("a meeting of the NATO-Russia Council", "the NATO-Russia Council's meeting") when the source names one.
Event facts are derived from body + dates only, so they can be rebuilt after the corpus anchor resolves
the dates (`event_facts` is pure).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator.facts.date_mentions import date_sentence
from generator.lexicon.calendar import WEEKDAY_NAMES
from generator.lexicon.events import MEETING_PATTERN
from generator.model.briefing import DateMention, Fact, Person
from generator.model.ids import slugify
from generator.text.sentences import split_sentences

_MEETING = MEETING_PATTERN
_NAMED_BODY = re.compile(r"\b(?:[Mm]eetings?|[Ss]ession|[Ss]ummit|[Tt]alks) (?:of|at) the ((?:[A-Z][\w–-]*\s?)+)")
_CHAIR = re.compile(r"(?:chaired by|presided over by|hosted by) ((?:[A-Z][\w.-]*\s?){2,7})|"
                    r"((?:[A-Z][\w.-]*\s?){2,4}), who (?:chaired|presided over|hosted) the (?:meeting|talks|session)")


def sentence_with(body: list[str], paragraph: Optional[int], text: str) -> str:
    """The sentence of body paragraph `paragraph` (1-based) the date `text` comes from (`date_sentence`), else
    that paragraph."""
    if not paragraph or paragraph > len(body):
        return text
    return date_sentence(body[paragraph - 1], text) or body[paragraph - 1]


def _clause_at(sentence: str, text: str) -> str:
    """The clause of `sentence` that holds `text` (clauses split at commas, semicolons and "and")."""
    at = max(0, sentence.find(text))
    for m in re.finditer(r"[^,;:–—]+?(?=\s+and\s+|[,;:–—]|$)", sentence):
        if m.start() <= at < m.end() + 1:
            return m.group(0)
    return sentence


def _place_in(text: str, places: list[str]) -> Optional[str]:
    best: Optional[tuple[int, str]] = None
    for place in places:
        m = re.search(rf"\b(?:in|at) (?:[A-Z][\w-]* )*?{re.escape(place)}\b", text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), place)
    return best[1] if best else None


def _meeting_noun(clause: str, date_text: str) -> Optional[str]:
    """'Wednesday’s meeting' -> meeting; 'a U.S.-Russian meeting' -> U.S.-Russian meeting; 'bilateral talks'."""
    m = re.search(rf"(?:’s|'s) ({_MEETING})$", date_text) or re.search(rf"\b({_MEETING})$", date_text)
    if m:
        return m.group(1)
    at = max(0, clause.find(date_text))
    candidates = list(re.finditer(rf"((?:[\w.-]+\s)?){_MEETING}\b", clause))
    if not candidates:
        return None
    m = min(candidates, key=lambda c: abs(c.start() - at))
    noun = re.search(_MEETING, m.group(0))[0]  # type: ignore[index]  # m matched _MEETING
    modifier = m.group(1).strip()
    if (modifier and not modifier.endswith("ed") and modifier.lower() not in
            ("a", "an", "the", "its", "their", "his", "her", "of", "after", "and", "with", "in", "at", "for", "to",
             "these", "this", "that", "first", "second", "next", "during", "before")):
        return f"{modifier} {noun}"
    return noun


def meeting_chair(body: list[str], people: list[Person]) -> Optional[tuple[str, str, int]]:
    """(name, evidence sentence, paragraph) of whoever chaired the meeting, when the source says."""
    for i, para in enumerate(body, start=1):
        for sent in split_sentences(para):
            m = _CHAIR.search(sent.text)
            if m:
                name = (m.group(1) or m.group(2)).strip()
                name = re.sub(r"^(?:.* )?(?:Secretary General|General|President|Chairman|Minister) ", "", name)
                full = next((p.name for p in people if p.name.endswith(name.split()[-1])), name)
                return full, sent.text, i
    return None


def main_meeting(by_day: dict[str, dict]) -> str:
    """The meeting the story is about: the latest dated one that has already happened (news reports what just
    happened); when dates are not resolved yet, the one the lede mentions."""
    past = [k for k, e in by_day.items()
            if all(m.date for m, _ in e["mentions"]) and not all(m.relative is not None and m.relative.mode == "next"
                                                                  for m, _ in e["mentions"])]
    if past:
        return max(past, key=lambda k: by_day[k]["mentions"][0][0].date)
    return min(by_day, key=lambda k: (min(m.paragraph for m, _ in by_day[k]["mentions"]),
                                      -len(by_day[k]["mentions"])))


def is_event_fact(fact: Fact) -> bool:
    """Facts `event_facts` derives (rebuilt when dates are resolved later)."""
    return fact.kind == "event" or fact.id.startswith(("meeting-chair-", "meeting-location-"))


def event_facts(body: list[str], dates: list[DateMention], places: list[str],
                people: list[Person]) -> list[Fact]:
    """One event fact per meeting day the source reports, earliest first.  The main meeting is the one the
    lede dates; it takes the chair and, when its own sentences name no place, the source's usual meeting place."""
    by_day = _meeting_days(body, dates, places)
    if not by_day:
        return []
    chair = meeting_chair(body, people)
    main = main_meeting(by_day)
    if not by_day[main]["place"]:
        _add_usual_place(by_day[main], body, by_day, places)
    if not by_day[main]["named"]:
        _add_usual_body(by_day[main], body, by_day)
    facts: list[Fact] = []
    for key, entry in by_day.items():
        facts.append(_event_fact(entry, chair if key == main else None, facts))
    facts.sort(key=lambda f: (f.value is None, f.value or "", f.paragraph or 0))
    main_entry = by_day[main]
    if main_entry["place"]:
        paragraph, sentence = main_entry["place_at"]
        facts.append(Fact(id="meeting-location-" + slugify(main_entry["place"]), kind="place",
                          statement=f"The {main_entry['what']} took place in {main_entry['place']}.",
                          value=main_entry["place"], subject=main_entry["what"], paragraph=paragraph,
                          evidence=sentence))
    if chair:
        facts.append(Fact(id="meeting-chair-" + slugify(chair[0]), kind="person",
                          statement=f"{chair[0]} chaired the meeting.", value=chair[0], subject="meeting chair",
                          paragraph=chair[2], evidence=chair[1]))
    return facts


def _meeting_days(body: list[str], dates: list[DateMention], places: list[str]) -> dict[str, dict]:
    """Day mentions whose clause has a meeting word, grouped by day: their mentions, the place and body named
    around them (a body named in the sentence counts only when the sentence dates one day)."""
    by_day: dict[str, dict] = {}
    days_per_sentence: dict[str, set] = {}
    for mention in dates:
        if mention.paragraph:
            sentence = sentence_with(body, mention.paragraph, mention.text)
            days_per_sentence.setdefault(sentence, set()).add(_day_key(mention))
    for mention in dates:
        if mention.granularity != "day" or not mention.paragraph:
            continue
        sentence = sentence_with(body, mention.paragraph, mention.text)
        clause = _clause_at(sentence, mention.text)
        noun = _meeting_noun(clause, mention.text)
        if not noun:
            continue
        key = _day_key(mention)
        entry = by_day.setdefault(key, {"mentions": [], "place": None, "what": None, "named": False,
                                        "place_at": None})
        entry["mentions"].append((mention, sentence))
        if not entry["place"]:
            entry["place"] = _place_in(clause + sentence[sentence.find(clause) + len(clause):][:40], places)
            entry["place_at"] = (mention.paragraph, sentence) if entry["place"] else None
        only_day = len(days_per_sentence.get(sentence, ())) == 1
        named = _NAMED_BODY.search(clause) or (_NAMED_BODY.search(sentence) if only_day else None)
        if named and not entry["named"]:
            entry["what"], entry["named"] = named.group(1).strip() + " meeting", True
        entry["what"] = entry["what"] or noun
    return by_day


def _add_usual_place(main: dict, body: list[str], by_day: dict[str, dict], places: list[str]) -> None:
    """The place the source most often gives a meeting, unless another meeting day has it."""
    taken = {e["place"] for e in by_day.values()}
    usual = [(_place_in(_clause_at(sent.text, m.group(0)), places), i, sent.text)
             for i, para in enumerate(body, start=1) for sent in split_sentences(para)
             for m in re.finditer(rf"\b{_MEETING}\b", sent.text)]
    usual = [u for u in usual if u[0] and u[0] not in taken]
    if usual:
        names = [u[0] for u in usual]
        place = max(names, key=names.count)
        _, paragraph, sentence = next(u for u in usual if u[0] == place)
        main["place"], main["place_at"] = place, (paragraph, sentence)


def _add_usual_body(main: dict, body: list[str], by_day: dict[str, dict]) -> None:
    """The body the source most often names a meeting of, in sentences that date no meeting."""
    dated = {sentence for entry in by_day.values() for _, sentence in entry["mentions"]}
    bodies = [m.group(1).strip() for para in body for sent in split_sentences(para)
              if sent.text not in dated for m in _NAMED_BODY.finditer(sent.text)]
    if bodies:
        main["what"] = max(bodies, key=bodies.count) + " meeting"


def _day_key(mention: DateMention) -> str:
    """What tells two mentions' days apart: the date, else the relative form, else the words."""
    return mention.date or (str(mention.relative) if mention.relative else mention.text)


def _when(mention: DateMention) -> str:
    """'Wednesday 2022-01-12', or the weekday alone while the date is unresolved, or the text as written."""
    if mention.date:
        return f"{WEEKDAY_NAMES[_weekday(mention.date)]} {mention.date}"
    if mention.relative and mention.relative.kind == "weekday":
        return WEEKDAY_NAMES[mention.relative.amount - 1]
    return mention.text


def _event_fact(entry: dict, chair: Optional[tuple], facts: list[Fact]) -> Fact:
    """The fact of one meeting day ('Talks in Geneva, Monday 2022-01-10, chaired by ...'); its id gets the
    date text when another meeting of the same name and place has the plain one."""
    mention, sentence = entry["mentions"][0]
    what, where = entry["what"], entry["place"]
    statement = f"{what[0].upper() + what[1:]}{' in ' + where if where else ''}, {_when(mention)}"
    if chair:
        statement += f", chaired by {chair[0]}"
    fact_id = "event-" + slugify(f"{what} {where or ''}", max_words=8)
    if any(f.id == fact_id for f in facts):
        fact_id += "-" + slugify(mention.text)
    return Fact(id=fact_id, kind="event", statement=statement + ".", value=mention.date, unit="date",
                subject=what, paragraph=mention.paragraph, evidence=sentence)




def _weekday(iso: str) -> int:
    return dt.date.fromisoformat(iso[:10]).weekday()
