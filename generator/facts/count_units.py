"""What a number counts: the noun after it ("100,000 combat-ready troops" -> troops), read over up to three
modifiers, normalised (deaths, killed and fatalities count the dead; a time unit in the plural), or None when
no countable noun follows ("30 to one")."""
from __future__ import annotations

import re
from typing import Literal, Optional, cast

from generator.facts.money import INVARIABLE_CURRENCIES

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
#: Abbreviated measures, counted though they take no plural "s" ("55 mph", "12 km").
MEASURE_ABBREVIATIONS = {"mph", "kph", "km", "kmh", "kg", "mm", "cm", "ft", "lb", "lbs", "mw", "gw", "kw", "kwh",
                         "mg", "ml", "sq"}

#: What a count of deaths is called, all read as "dead".
_DEATH_WORDS = {"dead", "killed", "deaths", "fatalities", "died", "lives"}
#: Words right after a number that are no counted noun ("30 to one", "2019 is").
NOT_UNITS = {
    "to", "and", "or", "of", "in", "on", "at", "by", "for", "from", "with", "percent", "per", "the", "a", "an",
    "is", "are", "was", "were", "have", "has", "had", "will", "would", "that", "which", "who", "as", "than",
    "them", "it", "they", "we", "you", "he", "she", "his", "her", "those", "these",
}
_IRREGULAR_PLURAL = re.compile(r"(?:men|people|police|personnel|staff|children|cattle|sheep|aircraft|crew|"
                               r"dead|troops)$")

#: What a count of people is called: when they were killed ("killed 346 people"), they count the dead.
PEOPLE_WORDS = {"people", "civilians", "soldiers", "persons", "protesters", "migrants", "residents"}

#: Words allowed between a number and its noun: "combat-ready", "Russian", "#NATO", "sovereign" …
_MODIFIER = re.compile(r"#?[A-Z][\w'’-]*|[a-z]+-[a-z-]+|[a-z]+(?:ed|ing|ian|ese|al|ive)|"
                       r"combat|sovereign|new|more|other|armed|civilian|foreign|separate|regular|reserve|"
                       r"first|last|straight|full|further|extra|fresh")

_PASSIVE_DEATHS = re.compile(r"^\s+(?:people\s+|civilians\s+|soldiers\s+)?(?:have\s+|had\s+)?(?:been\s+)?"
                             r"(?:killed|died)\b", re.IGNORECASE)
#: "300 people were injured": what is counted is the injured (as "killed" counts the dead).
_PASSIVE_CASUALTY = re.compile(r"^\s+(?:have\s+|had\s+)?(?:been\s+|were\s+|are\s+|was\s+)?"
                               r"(injured|wounded|arrested|detained|evacuated|displaced|missing|hospitali[sz]ed)\b",
                               re.IGNORECASE)
_CASUALTY_WORDS = {"injured", "wounded"}
#: Words that turn a time unit into a date: "one last month" is not a month-long anything.
_DEICTIC = {"last", "next", "this", "past", "previous", "coming"}

_MODEL_NUMBER = re.compile(r"\d{2,4}(?:-\d+)?[A-Za-z]?|[A-Z]{1,3}\d{2,4}(?:-\d+)?[A-Za-z]?")


def is_time_unit(unit: str) -> bool:
    """'hours', 'decade', 'centuries': a span of time (a duration), not a thing counted."""
    return unit.rstrip("s") in TIME_UNITS or unit == "centuries"


def plural(word: str) -> str:
    """The plural of a unit noun as counts write it ('century' -> 'centuries', 'hour' -> 'hours')."""
    word = word.lower()
    if word.endswith("s") and not word.endswith("ss"):
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word == "century":
        return "centuries"
    if word.endswith(("ch", "sh", "x", "z", "ss")):
        return word + "es"
    return word + "s"

#: The token shapes `unit_after` tests for each of the (up to five) words after a number, compiled once.
_TOKEN, _WORD_TOKEN, _OWNER_TOKEN = re.compile(r"\S+"), re.compile(r"#?[\w'’-]+"), re.compile(r"[a-z](?:’s|'s)$")
_NOUN_TOKEN, _LOWER_WORD = re.compile(r"#?[a-z][a-z’'-]*|[A-Z][a-z][a-z’'-]+"), re.compile(r"[a-z]+")

def _unit_of(unit_word: str, after: str) -> Optional[str]:
    """Normalise the counted noun; None when the word after the number is not a countable noun."""
    word = unit_word.lower()
    if word in NOT_UNITS:
        return None
    if word in _DEATH_WORDS:
        return "dead"
    if word in PEOPLE_WORDS:
        if _PASSIVE_DEATHS.match(after):
            return "dead"
        casualty = _PASSIVE_CASUALTY.match(after)
        if casualty:
            return casualty.group(1).lower()
    if word in _CASUALTY_WORDS:
        return word
    if word in MEASURE_ABBREVIATIONS or word in INVARIABLE_CURRENCIES:
        return word
    singular = word[:-1] if word.endswith("s") else word
    if singular in TIME_UNITS or word in ("centuries",):
        return plural(singular)
    if not (word.endswith("s") and not word.endswith("ss") or _IRREGULAR_PLURAL.search(word)):
        return None                                           # "30 to one", "80 business units": no plural here
    return word


#: How a word that is not the counted noun bears on the search for it (see `_modifier_step`).
_Step = Literal["skip", "stop", "plain", "modifier"]


def _modifier_step(bare: str, word: str, index: int, nxt: str) -> _Step:
    """A word between the number and its noun, by the first rule that holds: an adverb before an adjective
    ('two highly critical reports') and a model number first ('400 737 Max jets') are skipped; punctuation,
    a word that is no unit or another adverb stop the search; a plain lower-case noun may modify once
    ('member states'); capitalised words, compounds and adjective endings are modifiers."""
    if bare == word and bare.endswith("ly") and re.fullmatch(r"[a-z]+(?:al|ed|ing|ive|ic|ous|ble|ful|er)", nxt):
        return "skip"
    if bare != word or bare.lower() in NOT_UNITS or bare.endswith("ly"):
        return "stop"
    if index == 0 and _MODEL_NUMBER.fullmatch(bare):
        return "skip"
    if not _MODIFIER.fullmatch(bare):
        return "plain" if _LOWER_WORD.fullmatch(bare) else "stop"
    return "modifier"


def _next_word(tokens: list[re.Match], index: int) -> str:
    return tokens[index + 1].group(0) if index + 1 < len(tokens) else ""


def _noun_found(after: str, tokens: list[re.Match], index: int, unit: str) -> Optional[tuple[str, int]]:
    """(unit, end) once token `index` reads as a countable noun, or None: 'one last month' is a date, not a
    month's duration; a capitalised noun may be a brand before the real noun ('50 Airbus jets'); a plural
    used as a modifier gives way to the agent noun it modifies ('police officers', 'aid workers')."""
    tok = tokens[index]
    word = tok.group(0)
    bare = word.rstrip(",.;:!?)”\"’'")
    if unit.rstrip("s") in TIME_UNITS and any(t.group(0).lower() in _DEICTIC for t in tokens[:index]):
        return None
    if bare[0].isupper() and bare == word:
        later = unit_after(after[tok.end():])
        if later is not None:
            return later[0], tok.end() + later[1]
    nxt = _next_word(tokens, index)
    if (bare == word and unit.rstrip("s") not in TIME_UNITS and unit != "dead"
            and re.fullmatch(r"[a-z]+(?:ers|ists|ians|ees|ors|ants|ents|ives|ers|ces|ops)[,.;:]?", nxt)):
        return cast(str, _unit_of(nxt.rstrip(",.;:"), "")), tokens[index + 1].start() + len(nxt.rstrip(",.;:"))
    return unit, tok.start() + len(bare)


def unit_after(after: str) -> Optional[tuple[str, int]]:
    """The counted noun after a number, skipping modifiers; (unit, end offset in `after`) or None.

    Up to three modifiers may stand before the noun ("combat-ready", "Russian", "member"), and a plural
    noun used as a modifier gives way to the noun it modifies ("police officers", "aid workers")."""
    tokens = list(_TOKEN.finditer(after[:160]))
    generic = 0
    window = 5 if any(t.group(0) in ("and", "or") for t in tokens[1:3]) else 4
    for index, tok in enumerate(tokens[:window]):
        word = tok.group(0)
        bare = word.rstrip(",.;:!?)”\"’'")
        if word in ("and", "or") and 0 < index < window - 1:
            generic = 0                                    # "maintenance and cleaning workers": two modifiers
            continue
        if not bare or not _WORD_TOKEN.fullmatch(bare):
            return None
        if _OWNER_TOKEN.search(bare):
            continue                                       # "25 of the company's bonds": an owner, not the unit
        unit = _unit_of(bare.lstrip("#"), after[tok.start() + len(bare):]) if _NOUN_TOKEN.fullmatch(bare) else None
        if unit is not None:                               # "US", "80’s" count nothing
            return _noun_found(after, tokens, index, unit)
        step = _modifier_step(bare, word, index, _next_word(tokens, index))
        generic += step == "plain"
        if step == "stop" or generic > 1:
            return None
    return None
