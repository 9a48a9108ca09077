"""Numbers with what they count: "around 100,000 combat-ready troops" -> 100000 troops, qualifier around.

A reader trusts a number only with its unit and its hedge, so each mention keeps both, plus the exact
sentence it came from.  Years are dates of events (see `dates`), never counts; "seven years ago" is a
date too.  Number words ("nearly four hours", "Thirty sovereign nations") are read like digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence, cast

from generator.facts.count_units import NOT_UNITS, PEOPLE_WORDS, TIME_UNITS, is_time_unit, plural, unit_after
from generator.facts.money import Money, find_money
from generator.lexicon.calendar import MONTH_WORDS
from generator.lexicon.events import LASTING_PATTERN
from generator.lexicon.numbers import MATURITY_NOUNS, NUMBER_WORD, SCALE_WORDS, TENS_WORDS, UNITS_WORDS
from generator.model.kinds import FactKind
from generator.text.numerals import (
    DIGITS,
    NUMBER,
    QUALIFIER_PATTERN,
    QUALIFIERS,
    parse_number,
)
from generator.text.sentences import split_sentences

__all__ = ["NumberMention", "find_numbers", "parse_number", "year_used_as_count", "NUMBER", "QUALIFIERS"]

#: Hedges after the unit: "an hour longer than expected".
_POST_QUALIFIER = r"(?:longer|shorter|more|less|later|earlier) than (?:expected|planned|scheduled|anticipated|usual)"

#: Emergency telephone numbers: "911 calls" are calls to a number, not 911 of them.
_PHONE_NUMBERS = {911, 999, 112}
_ANAPHORIC_DETERMINERS = {"the", "these", "those", "both", "its", "their"}

_COUNT = re.compile(rf"(?<![\w,.$/-])(?:(?P<qual>(?i:{QUALIFIER_PATTERN}))\s+)?(?P<num>(?i:{NUMBER}|an?))(?![\w,’'-])")
#: The scales in the plural ('hundreds', 'millions'), as a regex alternation.
_SCALES = "|".join(SCALE_WORDS)
_PLURAL_SCALES = "|".join(f"{w}s" for w in SCALE_WORDS)
#: Round magnitudes without a figure: "hundreds of thousands of people", "several thousand teachers", "a dozen".
_MAGNITUDE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>(?i:{QUALIFIER_PATTERN}))\s+)?(?:"
    rf"(?P<few>(?i:several|a few|a couple of|many))\s+(?P<scale>{_SCALES})"
    rf"|(?P<plural>(?i:{_PLURAL_SCALES}|dozens|tens|scores))\s+of"
    rf"(?:\s+(?P<plural2>{_PLURAL_SCALES})(?:\s+of)?)?"
    r"|(?P<dozens>(?i:a|half a|two|three|four|five|several))\s+dozen)(?![\w-])")
#: One of these is in every text `_MAGNITUDE` matches (lowercased).
_MAGNITUDE_WORDS = (*SCALE_WORDS, "dozen", "tens", "scores")
_MAGNITUDE_VALUES = {**SCALE_WORDS, **{f"{w}s": v for w, v in SCALE_WORDS.items()},
                     "dozens": 12, "tens": 10, "scores": 20, "a": 12, "half a": 6, "two": 24, "three": 36,
                     "four": 48, "five": 60, "several": 12}
#: "242 to 330 passengers", "between 5 and 10 percent", "10-15 people".
_RANGE = re.compile(rf"(?<![\w,.$-])(?:(?P<qual>{QUALIFIER_PATTERN})\s+)?(?:(?P<between>[Bb]etween|[Ff]rom)\s+)?(?P<lo>{DIGITS}|{NUMBER_WORD})"
                    rf"(?P<sep>\s+to\s+|\s+and\s+|\s*[-–]\s*)(?P<hi>(?i:{NUMBER}))(?![\w,’'-])", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|these|those|[A-Z][\w-]*\s?(?:’s|'s))\s+")
_KILLED_BEFORE = re.compile(r"\bkill(?:ed|ing|s)?\s+(?:a total of\s+)?$", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(?:%|percent\b|per cent\b)")
_COMPOUND = re.compile(rf"(?<![\w.$€£/-])(?P<num>{DIGITS}|{NUMBER_WORD})-(?P<unit>[a-z]+)(?P<suffix>-(?:long|old))?\b",
                       re.IGNORECASE)


@dataclass
class NumberMention:
    """One number in the text with what it counts; `kind` is count or duration."""

    value: int | float
    unit: str
    kind: FactKind              # count | duration
    qualifier: Optional[str]
    text: str                   # the exact phrase: "around 100,000 combat-ready troops"
    sentence: str               # the exact sentence it sits in
    paragraph: Optional[int]    # 1-based body index; None for a note (tweet, caption)
    subject: Optional[str] = None
    upper: Optional[int | float] = None   # a range's high end ("242 to 330 passengers"); `value` is the low end


_FOUR_DIGITS = re.compile(r"\d{4}")


def _is_year(num_text: str, value) -> bool:
    return bool(_FOUR_DIGITS.fullmatch(num_text)) and 1000 <= value <= 2199


def year_used_as_count(before: str, after: str) -> bool:
    """'sent 2000 troops' counts troops; 'the 2014 annexation' and 'in 2014 troops' are years."""
    prev = before.split()[-1].lower() if before.split() else ""
    if prev in YEAR_CONTEXT_WORDS or prev.endswith(("’s", "'s")):
        return False
    noun = re.match(r"\s+(?:[a-z]+-[a-z]+\s+)?([a-z]+(?:s|people|men|police|personnel))\b", after)
    return noun is not None and noun.group(1) not in NOT_UNITS              # "2019 is": a year as a subject


#: Words before a bare four-digit number that make it a year ("in 2014", "the 2014 vote").
YEAR_CONTEXT_WORDS = {"in", "since", "by", "until", "before", "after", "from", "to", "of", "during", "the", "a",
                      "an", "its", "their", "his", "her", "our", "this", "that", "early", "late", "mid", "between",
                      "and", "or", "through", "circa", "around", "year", "season", "class"}


def _model_number(before: str) -> bool:
    """A number right after a capitalised word mid-sentence is part of a name (a model, an address)."""
    m = re.search(r"(\S+)\s+(\S+)\s*$", before)
    if not m:
        return False
    prev_word, word = m.group(1), m.group(2)
    if not re.fullmatch(r"[A-Z][\w-]*|[a-z]+[A-Z][\w-]*", word) or word.lower() in MONTH_WORDS or word in ("All", "Some", "Only"):
        return False
    return not prev_word.endswith((".", "!", "?", ":", "“", "\""))


#: Words that open no noun group: 'and assets of $600bn' belongs to 'assets'.
_NOT_SUBJECT_WORDS = {"the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "by", "for", "with", "its",
                      "their", "his", "her", "our", "has", "have", "had", "is", "was", "are", "were"}
#: Quantity phrases before 'of' that name no owner: 'a turnover in excess of $270bn' belongs to the turnover.
_QUANTITY_OF = re.compile(r"(?:(?:^|\s+)in\s+excess|(?:^|\s+)upwards|(?:^|\s+)(?:a|an|the)\s+(?:total|maximum|minimum|average|sum|"
                          r"tune))$")


def _subject_before(sentence: str, start: int) -> Optional[str]:
    """What the number belongs to: 'the military alliance of 30 countries', 'NATO has 30 members', 'an
    annual turnover in excess of $270bn'."""
    before = sentence[:start].rstrip()
    if before.endswith(" of"):
        head = before[:-3]
        quantity = _QUANTITY_OF.search(head)
        if quantity:        # 'an annual turnover in excess of': the noun group the phrase follows, past its article
            owner = re.search(r"\b(?:a|an|the|its|their|his|her|our)\s+((?:[a-z-]+\s+)?[a-z-]+)$",
                              head[:quantity.start()])
            return owner.group(1) if owner else None
        m = re.search(r"(?<![\w’'])((?:[a-z-]+\s+)?[a-z-]+)$", head)
        words = m.group(1).split() if m else []
        if words and words[0] in _NOT_SUBJECT_WORDS:
            words = words[1:]
        if words and words[-1] not in _NOT_SUBJECT_WORDS | {"one", "some", "all", "most", "each"}:
            return " ".join(words)
    m = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:has|have|had|counts|numbers)$", before)
    if m:
        return re.sub(r"^The\s+", "", m.group(1))
    return None


def _subject_after(sentence: str, end: int) -> Optional[str]:
    """'the 57-nation Organization for Security and Cooperation in Europe' -> the organisation."""
    m = re.match(r"\s+([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|in))*)", sentence[end:])
    if m:
        return re.sub(r"(?:\s+(?:of|for|and|in))+$", "", m.group(1))
    return None


def _kind(unit: str) -> FactKind:
    return "duration" if is_time_unit(unit) else "count"


def _magnitudes(sentence: str, paragraph: Optional[int]) -> list[NumberMention]:
    """'hundreds of thousands of people' -> 100000 people, qualifier 'hundreds of'; 'a dozen', 'several thousand'."""
    out: list[NumberMention] = []
    if sentence.isascii() and not any(w in sentence.lower() for w in _MAGNITUDE_WORDS):
        return out                                  # no magnitude word: skip the regex (re.I is lowercase on ASCII)
    for m in _MAGNITUDE.finditer(sentence):
        unit_found = unit_after(sentence[m.end():])
        if unit_found is None:
            continue                                       # "hundreds of them": what is counted is elsewhere
        unit, unit_end = unit_found
        qualifier = m.group("qual").lower() if m.group("qual") else None
        if m.group("few"):
            value, qualifier = _MAGNITUDE_VALUES[m.group("scale").lower()], m.group("few").lower()
        elif m.group("plural"):
            value = _MAGNITUDE_VALUES[m.group("plural").lower()] * _MAGNITUDE_VALUES.get(m.group("plural2") or "", 1)
            qualifier = f"{m.group('plural').lower()} of"
        else:
            value = _MAGNITUDE_VALUES[m.group("dozens").lower()]
            qualifier = "several" if m.group("dozens").lower() == "several" else qualifier
        text = sentence[m.start():m.end() + unit_end]
        out.append(NumberMention(value, unit, _kind(unit), qualifier, text, sentence, paragraph))
    return out


def _ranges(sentence: str, paragraph: Optional[int]) -> list[NumberMention]:
    """'242 to 330 passengers' -> 242 (upper 330) passengers; a range of years is a date, a score counts nothing."""
    out = []
    for m in _RANGE.finditer(sentence):
        sep = m.group("sep").strip()
        if (sep == "and") != bool(m.group("between") and m.group("between").lower() == "between"):
            continue
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if lo is None or hi is None or _is_year(m.group("lo"), lo) or hi <= lo:
            continue
        scale = re.search(r"(million|billion|thousand)$", m.group("hi"), re.IGNORECASE)
        if scale and lo < hi / SCALE_WORDS[scale.group(1).lower()]:
            lo = cast(float, parse_number(f"{m.group('lo')} {scale.group(1).lower()}"))   # "1.5 to 2 million" = 1.5 million on
        percent = _PERCENT.match(sentence[m.end():])
        found = ("percent", percent.end()) if percent else unit_after(sentence[m.end():])
        if found is None or re.match(r"\s+(?:old|ago)\b", sentence[m.end() + found[1]:]):
            continue                                       # "3-1", "aged 18 to 25 years old"
        unit, unit_end = found
        qualifier = m.group("qual").lower() if m.group("qual") else None
        out.append(NumberMention(lo, unit, _kind(unit), qualifier, sentence[m.start():m.end() + unit_end], sentence,
                                 paragraph, upper=hi))
    return out


def _counts_in_sentence(sentence: str, paragraph: Optional[int]) -> list[NumberMention]:
    """Every count in one sentence, in four passes whose earlier finds take their text out of later ones:
    magnitudes and ranges, compounds ("a 5,000-strong force"), money, then plain counts and percentages."""
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for mention in _magnitudes(sentence, paragraph) + _ranges(sentence, paragraph):
        start = sentence.find(mention.text)
        if not any(s < start + len(mention.text) and start < e for s, e in taken):
            found.append(mention)
            taken.append((start, start + len(mention.text)))
    for m in _COMPOUND.finditer(sentence):
        compound = _compound(sentence, paragraph, m)
        if compound is not None:
            found.append(compound)
            taken.append(m.span())
    for money in _without_conversions(find_money(sentence), sentence):
        found.append(NumberMention(money.value, money.unit, "count", money.qualifier, money.text, sentence,
                                   paragraph, _subject_before(sentence, money.start)))
        taken.append((money.start, money.start + len(money.text)))
    for m in _COUNT.finditer(sentence):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        percent = _PERCENT.match(sentence[m.end():])
        value = parse_number(m.group("num")) if percent else None
        if percent and value is not None:
            qualifier = m.group("qual").lower() if m.group("qual") else None
            text = sentence[m.start():m.end() + percent.end()]
            found.append(NumberMention(value, "percent", "count", qualifier, text.strip(),
                                       sentence, paragraph, None))
            taken.append((m.start(), m.end() + percent.end()))
            continue
        count = _plain_count(sentence, paragraph, m)
        if count is not None:
            found.append(count)
            taken.append(m.span())
    return found


#: Between a sum and its conversions: '4bn euros (£2.8bn; $4.8bn)', '1.55bn euros ($2bn)'.
_CONVERSION_GAP = re.compile(r"\s*[(;,]\s*(?:or\s+|about\s+|around\s+)?$")


def _without_conversions(sums: list[Money], sentence: str) -> list[Money]:
    """The sums as written, not their conversions into other currencies in brackets right after them ('4bn euros
    (£2.8bn; $4.8bn)'): one amount, in the currency the news gives it in first."""
    kept: list[Money] = []
    seen_end = -1
    for money in sums:
        if kept and money.unit != kept[-1].unit and _CONVERSION_GAP.fullmatch(sentence[seen_end:money.start]):
            between = sentence[kept[-1].start + len(kept[-1].text):money.start]
            if between.count("(") > between.count(")"):
                seen_end = money.start + len(money.text)
                continue
        kept.append(money)
        seen_end = money.start + len(money.text)
    return kept


def _compound(sentence: str, paragraph: Optional[int], m: re.Match) -> Optional[NumberMention]:
    """'a 5,000-strong force' (the force has 5,000), 'a 10-day visit'; None for ages ('a 20-year-old man')."""
    value = parse_number(m.group("num"))
    unit_word = m.group("unit").lower()
    if (value is None or _is_year(m.group("num"), value) or (m.group("suffix") or "").lower() == "-old"
            or unit_word in NOT_UNITS or unit_word in ("old", "odd")
            or unit_word in UNITS_WORDS or unit_word in TENS_WORDS):
        return None                                        # "a 20-year-old man" is an age
    if unit_word == "strong":                          # "a 5,000-strong force": the force has 5,000
        following = re.match(r"\s+([a-z]+)", sentence[m.end():])
        if following is None:
            return None
        return NumberMention(value, following.group(1), "count", None, m.group(0) + following.group(0),
                             sentence, paragraph, following.group(1))
    kind: FactKind = "duration" if unit_word in TIME_UNITS else "count"
    if kind == "duration" and _names_a_security(sentence[m.end():]):
        return None                                        # "10-year bonds": the bonds' maturity
    return NumberMention(value, plural(unit_word), kind, None, m.group(0), sentence, paragraph,
                         _subject_after(sentence, m.end()))


def _names_a_security(after: str) -> bool:
    """'N-year' before a security's name ('10-year bonds', '10-year Spanish government bond yields'): up to two
    modifiers, no preposition between."""
    for word in re.findall(r"[\w'’-]+", after)[:3]:
        if word.lower() in MATURITY_NOUNS:
            return True
        if word.lower() in NOT_UNITS:
            return False
    return False


def _not_a_figure(sentence: str, m: re.Match, value: Optional[float], qualifier: Optional[str],
                  words_before: list[str]) -> bool:
    """A number that is a year, a model number or part of a date, not a count."""
    num_text = m.group("num")
    if value is None or (_is_year(num_text, value)
                         and not year_used_as_count(sentence[:m.start()], sentence[m.end():])):
        return True
    if not qualifier and _model_number(sentence[:m.start()]):
        return True                                        # "AirPods 2 Wireless", "Corso Monforte 15"
    return bool(words_before and (words_before[-1].lower().rstrip(".") in MONTH_WORDS
                                  or re.fullmatch(r"[\w.,]*\w", words_before[-1])
                                  and parse_number(words_before[-1]) is not None
                                  and words_before[-1].lower() not in ("a", "an")))
                                                       # "September 11": a date; "400 737 jets": a model


def _counted_unit(sentence: str, m: re.Match) -> Optional[tuple[str, int]]:
    """(counted noun, its end after the number), also after a partitive ("123 of the planes")."""
    found_unit = unit_after(sentence[m.end():])
    partitive = _PARTITIVE.match(sentence[m.end():]) if found_unit is None else None
    if partitive:                                      # "123 of the planes", "30 of Boeing's jets"
        found_unit = unit_after(sentence[m.end() + partitive.end() - 1:])
        if found_unit is not None:
            found_unit = (found_unit[0], found_unit[1] + partitive.end() - 1)
    return found_unit


def _not_an_amount(value: float, num_text: str, unit: str, qualifier: Optional[str], post: Optional[re.Match],
                   after: str, words_before: list[str]) -> bool:
    """A number with a noun that still counts nothing: 'one of them', 'a week of meetings', 'two days ago',
    'the two sides'."""
    if value == 1 and not (qualifier or post) and unit.rstrip("s") not in TIME_UNITS:
        return True                                        # "one knows", "one of them": not a figure
    if num_text.lower() in ("a", "an") and (not (qualifier or post) or unit not in {plural(u) for u in TIME_UNITS}):
        return True                                        # "a week of meetings" is not a count
    if not post and re.match(r"\s+(?:ago|old)\b|\s+(?:earlier|before|later)\b(?!\s+(?:this|last|next|in|on|at|"
                             r"that|today|than)\b)", after):
        return True                                        # dates and ages, not amounts
    return bool(not qualifier and words_before and words_before[-1].lower() in _ANAPHORIC_DETERMINERS
                and not num_text[0].isdigit())             # "the two sides": refers back, counts nothing new


def _plain_count(sentence: str, paragraph: Optional[int], m: re.Match) -> Optional[NumberMention]:
    """'1,500 troops', 'about 30 of the planes', 'two hours of talks'; None when the number counts nothing."""
    num_text = m.group("num")
    qualifier = m.group("qual").lower() if m.group("qual") else None
    value = parse_number(num_text)
    words_before = sentence[:m.start()].split()
    if _not_a_figure(sentence, m, value, qualifier, words_before):
        return None
    assert value is not None                               # `_not_a_figure` rejects an unreadable number
    found_unit = _counted_unit(sentence, m)
    if found_unit is None:
        return None
    unit, unit_end = found_unit
    if value in _PHONE_NUMBERS and unit.startswith("call"):
        return None                                        # "911 calls": calls to the emergency number
    if unit in PEOPLE_WORDS and _KILLED_BEFORE.search(sentence[:m.start()]):
        unit = "dead"
    after = sentence[m.end() + unit_end:]
    post = re.match(rf"\s+({_POST_QUALIFIER})", after, re.IGNORECASE)
    if _not_an_amount(value, num_text, unit, qualifier, post, after, words_before):
        return None
    if post:
        qualifier = post.group(1).lower()
    kind = _kind(unit)
    text = sentence[m.start():m.end() + unit_end].strip() + (post.group(0) if post else "")
    subject = _subject_before(sentence, m.start())
    if subject is None and kind == "duration":
        of = re.match(rf"\s+of\s+(?:[a-z-]+\s+){{0,3}}?({LASTING_PATTERN})\b", after)
        subject = of.group(1) if of else None
    return NumberMention(value, unit, kind, qualifier, text, sentence, paragraph, subject)


def find_numbers(body: list[str], extra: Sequence[str] = ()) -> list[NumberMention]:
    """Every counted or measured number in the body (then in `extra` texts such as tweets), in reading order."""
    out: list[NumberMention] = []
    numbered: list[tuple[Optional[int], str]] = [*enumerate(body, start=1), *((None, t) for t in extra)]
    for i, para in numbered:
        for sent in split_sentences(para):
            out.extend(sorted(_counts_in_sentence(sent.text, i), key=lambda n: sent.text.find(n.text)))
    return out
