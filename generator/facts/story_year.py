"""The year of a story whose sources carry no date and never write the story's year.

"The bailout, first requested in June 2012, was delayed" dates the story after June 2012, so its "March 12"
is March 2013, not March 2012.  A month or day the text puts in the past (its clause is not about the future,
"elections due in June 2016") is a floor: a day the leads write without its year falls on or after it.  A goal or
a deadline set by a month ("intends to ship three million by March 2005") is a ceiling: the story lies before it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from generator.facts.date_mentions import date_sentence
from generator.facts.dates import _is_future
from generator.facts.resolve import corpus_anchor
from generator.lexicon.function_words import FUNCTION_WORDS
from generator.lexicon.verbs import IRREGULAR_PASTS, MODALS
from generator.model.briefing import Briefing, DateMention

_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")
#: A date after these words bounds a span from above ('until June 2016'), it does not date the past.
_UPPER_BOUND = re.compile(r"\b(?:until|till|by|before|through)\s+(?:the\s+end(?:\s+of)?\s+|early\s+|late\s+|mid-?)?"
                          r"(?:in\s+|on\s+)?$", re.I)       # 'before the end of February': the mention may be 'end of …'
#: The words around a span's ends: 'between <first> and <second>', 'from <first> to|until <second>'.
_SPAN_OPENER = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_SPAN_JOINER = re.compile(r"\s*(?:and|to|until|till|through)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\b)")
#: A day written as the end of a range of days ('polled on 16-18 December'): the range bounds a period (a poll's
#: fieldwork, a festival's run), its last day is no happening of the story.
_DAY_RANGE_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*$")
_SPAN_SECOND_END = re.compile(r"\b(?:between|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+"
                              r"(?:and|to|until|till|through)\s+(?:the\s+)?$", re.I)
#: A clause opened by 'before', 'until' or 'till' with a pronoun subject and its verb, up to the mention ('before
#: we enter the 2016 election cycle').  In the present tense such a clause tells what is still to come.
_BEFORE_CLAUSE = re.compile(r"\b(?:before|until|till)\s+(?:we|I|you|they|he|she|it)(?P<contracted>['’](?:re|s|m))?"
                            r"\s+(?P<verb>[a-z]+)\b[^,;:.!?]*$")


def past_mention(b: Briefing, paragraph: int, text: str) -> bool:
    """The mention `text` in that paragraph speaks of the past (not of the future, not as an upper bound)."""
    if not 1 <= paragraph <= len(b.body):
        return False
    sentence = date_sentence(b.body[paragraph - 1], text)
    if sentence is None:
        return False
    start = sentence.find(text)         # the mention's own preposition ('in June 2018', 'until May') counts too
    lead = _own_word(text)
    return not (_is_future(sentence, start + lead, start + len(text)) or _UPPER_BOUND.search(sentence[:start + lead])
                or present_before(sentence[:start + lead]))


def _own_word(mention: str) -> int:
    """How far the mention's own lowercase first word reaches ('in June 2018', 'until May', 'since'), with its
    space: the part of the mention that belongs to the clause before it."""
    return len(mention.split()[0]) + 1 if mention[:1].islower() else 0


def present_before(text: str) -> bool:
    """`text` ends inside a 'before' clause in the present tense ('… before we enter the '): what it dates is
    still to come.  A past verb ('before he took office in'), an '-ed' form or a modal tell nothing."""
    m = _BEFORE_CLAUSE.search(text)
    if not m:
        return False
    verb = m.group("verb")
    if m.group("contracted"):
        return True                                   # 'before we're in', 'until it's over in'
    return not (verb.endswith("ed") or verb in IRREGULAR_PASTS or verb in MODALS or verb in FUNCTION_WORDS)


def span_end(b: Briefing, paragraph: int, text: str) -> bool:
    """The mention is an end of a span of time ('an option to sell between January 2004 and July 2009',
    'from May to June 2016', 'on 16-18 December'): it bounds a period, it does not date a happening of the story."""
    found = _in_sentence(b, paragraph, text)
    if found is None:
        return False
    sentence, start = found
    before, after = sentence[:start], sentence[start + len(text):]
    return bool((_SPAN_OPENER.search(before) and _SPAN_JOINER.match(after)) or _SPAN_SECOND_END.search(before)
                or _DAY_RANGE_END.search(before) or _OPEN_END.search(before + text[:_own_word(text)]))


#: A span's end with no start: 'the government has until June 2006 to hold an election' (a deadline, not a day of
#: the story).
_OPEN_END = re.compile(r"\b(?:until|till|no\s+later\s+than)\s+$", re.I)


def _in_sentence(b: Briefing, paragraph: int, text: str) -> Optional[tuple[str, int]]:
    """The sentence of the mention `text` in that paragraph and where the mention starts in it, if found."""
    if not 1 <= paragraph <= len(b.body):
        return None
    sentence = date_sentence(b.body[paragraph - 1], text)
    start = sentence.find(text) if sentence else -1
    return (sentence, start) if sentence is not None and start >= 0 else None


#: A date after 'since', or after 'after' / 'following' and a short noun phrase with 'on', 'in' or 'of' ('laws
#: introduced after the US terror attacks on 11 September 2001', 'held since December 2001'), is the day of an
#: earlier happening the story follows: a floor, not the story's own day.
_EARLIER_HAPPENING = re.compile(r"\b(?:since|(?:after|following)(?:\s+[\w'’-]+){1,5}\s+(?:on|in|of))\s+$", re.I)


def earlier_happening(b: Briefing, paragraph: int, text: str) -> bool:
    """The mention dates a happening the story comes after (`_EARLIER_HAPPENING`)."""
    found = _in_sentence(b, paragraph, text)
    if found is None:
        return False
    sentence, start = found
    lead = _own_word(text)              # the mention's own 'on' / 'since'
    return bool(_EARLIER_HAPPENING.search(sentence[:start + lead]))


def dates_story(b: Briefing, m: DateMention) -> bool:
    """A written month or day that may give an undated story its year or its day: not the end of a span
    (`span_end`), not the day of a happening the story comes after (`earlier_happening`)."""
    return m.paragraph is None or not (span_end(b, m.paragraph, m.text) or earlier_happening(b, m.paragraph, m.text))


def past_floor(briefings: list[Briefing]) -> Optional[dt.date]:
    """The first day of the latest month (with its year) that the sources put in the past, or None."""
    floor: Optional[dt.date] = None
    for b in briefings:
        for m in b.dates:
            hit = _MONTH_OR_DAY.fullmatch(m.date or "") if m.relative is None else None
            if (hit and m.paragraph is not None and past_mention(b, m.paragraph, m.text)
                    and not span_end(b, m.paragraph, m.text)):      # an earlier happening's day is a floor too
                first = dt.date(int(hit.group(1)), int(hit.group(2)), 1)
                floor = first if floor is None or first > floor else floor
    return floor


#: An aim or a plan up to the mention: 'intends to ship three million … by', 'the goal is to sell … by'.
_AIM_BEFORE = re.compile(r"\bto\s+[a-z]+\b[^,;:.!?]*$")


def future_ceiling(briefings: list[Briefing]) -> Optional[dt.date]:
    """The last day of the earliest month (with its year) the sources set a goal or a deadline by ('intends to
    ship three million by March 2005', 'will be finished before June 2016'): the story lies before it, so a day
    written without its year is not put after it."""
    ceiling: Optional[dt.date] = None
    for b in briefings:
        for m in b.dates:
            hit = _MONTH_OR_DAY.fullmatch(m.date or "") if m.relative is None else None
            found = _in_sentence(b, m.paragraph, m.text) if hit and m.paragraph is not None else None
            if hit is None or found is None:
                continue
            sentence, start = found
            lead = _own_word(m.text)
            before = sentence[:start + lead]
            if _UPPER_BOUND.search(before) and (_AIM_BEFORE.search(before)
                                                or _is_future(sentence, start + lead, start + len(m.text))):
                year, month = int(hit.group(1)), int(hit.group(2))
                last = dt.date(year, month, calendar.monthrange(year, month)[1])
                ceiling = last if ceiling is None or last < ceiling else ceiling
    return ceiling


def story_anchor(briefings: list[Briefing], dated: bool = True) -> tuple[Optional[str], str]:
    """`resolve.corpus_anchor` with the floor the past-tense months give and the ceiling the goals and deadlines
    give (see the module's docstring)."""
    return corpus_anchor(briefings, past_floor(briefings), dated, dates_story, future_ceiling(briefings))


__all__ = ["dates_story", "future_ceiling", "past_floor", "past_mention", "present_before", "span_end", "story_anchor"]
