"""What a word, or a run of words, can be in a person's name.

The canonical form of a name (middle initials and Jr/Sr dropped), honorific prefixes, first names (the
lexicons' and the census list, hyphenated and accented forms too) and the gender they give, and the words that
never belong to a name (sentence words, titles, countries, demonyms), which cut a capitalised run down to the
name in it.  Used by the rules that find people (`name_rules`) and the article's name table (`names`).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from generator.lexicon.calendar import MONTH_NAMES
from generator.lexicon.countries import COUNTRIES, DEMONYMS, PLACE_STARTS
from generator.lexicon.load import of_class
from generator.lexicon.names import (
    FEMALE_NAMES,
    GIVEN_NAME_HONORIFICS,
    HONORIFICS,
    MALE_NAMES,
    NOT_NAME_WORDS,
    ORG_HEAD_WORDS,
    PUBLICATION_ENDS,
    SOVEREIGN_TITLES,
    TITLE_ABBREVIATIONS,
    census_first_names,
    census_surnames,
)
from generator.lexicon.titles import LEADING_TITLE_WORDS, ORG_TITLE_WORDS
from generator.mentions.gazetteer import is_club_name, multiword_places
from generator.mentions.name_patterns import TITLE_WORDS

_SUFFIX_RE = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
_INITIAL_RE = re.compile(r"[A-Z]\.?")          # a word of a name that is an initial, with or without its dot
HONORIFIC_PREFIX = re.compile(rf"^(?:{'|'.join(HONORIFICS)})\.?\s+")
#: "Sir Mick", "Dame Judi": a knight or dame goes by the given name.
KNIGHTED_RE = re.compile(rf"\b(?:{'|'.join(GIVEN_NAME_HONORIFICS)})\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def name_words(text: str) -> list[str]:
    return [w for w in _SUFFIX_RE.sub("", text).split() if not _INITIAL_RE.fullmatch(w)]


def canonical_name(text: str) -> str:
    """'Vladimir V. Putin' -> 'Vladimir Putin': middle initials dropped, spaces normalised."""
    return " ".join(name_words(text))


_NOT_NAME_EXTRA = {"Muslim", "Christian", "Jewish", "Catholic", "Islamic", "Democratic", "Republican", "Democrat",
                   "Tory", "Labour", "Conservative",
                   "Staff", "Officer", "Superintendent", "Attorney", "Agent", "Detective", "Inspector", "Professor",
                   "Justice"} | TITLE_ABBREVIATIONS


def is_plausible_name(name: str) -> bool:
    words = name_words(name)
    return bool(words) and words[0] not in NOT_NAME_WORDS and words[0] not in PLACE_STARTS \
        and " ".join(words) not in COUNTRIES and " ".join(words) not in multiword_places() and not any(w.isupper() and len(w) > 1 for w in words) \
        and (words[-1] not in NOT_NAME_WORDS or _month_surname(words, len(words) - 1)
             or _title_surname(words, len(words) - 1)) \
        and (words[-1] not in DEMONYMS or _demonym_surname(words, len(words) - 1)) and words[-1] not in COUNTRIES \
        and words[-1] not in ORG_HEAD_WORDS and words[-1] not in PUBLICATION_ENDS and not is_club_name(words) \
        and not _abstract_noun(words[-1])


#: Endings of English abstract nouns ('Prerogative', 'Constitution', 'Settlement'), which a surname next to never has.
_ABSTRACT_NOUN_END = re.compile(r"(?:tion|sion|ment|ism|ative|itive)$")


def _abstract_noun(word: str) -> bool:
    """'Royal Prerogative' is no person: an abstract noun's ending, and no census surname."""
    surnames = census_surnames()
    return bool(surnames) and _ABSTRACT_NOUN_END.search(word) is not None and word not in surnames


#: A capitalised compound whose later parts are lower case, "Man-of-the-match Duff": a description, no name word
#: (two lower-case parts at least: "Park Ji-sung" has one).
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*(?:-[a-z]+){2,}")


def not_name_word(word: str) -> bool:
    return word in NOT_NAME_WORDS or word in _NOT_NAME_EXTRA or word in DEMONYMS or word in COUNTRIES or word in TITLE_WORDS \
        or word.endswith(("-born", "-based", "-bred", "-style", "-like", "-led", "-backed", "-owned", "-era", "-educated")) \
        or _LOWER_COMPOUND.fullmatch(word) is not None      # "Tunisian-born Abdellatif Kechiche"


_MONTHS = frozenset(MONTH_NAMES)
#: Capitalised titles and descriptions that stand before a name and are no part of it ('Chairman', 'Founder',
#: 'Inspector', 'Farmer Geoff Brooks', 'Actor Keanu Reeves', 'Striker Jo Ek').
_TITLES_BEFORE_NAMES = ORG_TITLE_WORDS | LEADING_TITLE_WORDS | frozenset(
    w.capitalize() for w in of_class("person-nouns", "person") + of_class("person-nouns", "description")
    if " " not in w and w != "head")


def _month_surname(words: list[str], i: int) -> bool:
    """'Theresa May', 'Brian May': a month's name right after a given name is a surname (a date's month follows
    a weekday or a number, never a given name)."""
    return words[i] in _MONTHS and i > 0 and is_first_name(words[i - 1])


def _sovereign_surname(words: list[str], i: int) -> bool:
    """'Mervyn King', 'Carole King': a sovereign's title ending a run after a capitalised word is a surname (the
    title stands before the name it is given: 'King Charles')."""
    return words[i] in SOVEREIGN_TITLES and i == len(words) - 1 and i > 0 and not not_name_word(words[i - 1])


def _title_surname(words: list[str], i: int) -> bool:
    """'Bill Bishop', 'John Major': a title word ending a run right after a given name is a surname (a title stands
    before the name it is given: 'Bishop Desmond Tutu', 'Major Tom Hart')."""
    return words[i] in TITLE_WORDS and _last_after_given_name(words, i)


def _demonym_surname(words: list[str], i: int) -> bool:
    """'Mike German', 'Paul English': a nationality word ending a run right after a given name is a surname (a
    nationality stands before the noun it describes: 'German officials')."""
    return words[i] in DEMONYMS and _last_after_given_name(words, i) and words[i] in census_surnames()


def _last_after_given_name(words: list[str], i: int) -> bool:
    """Word i ends the run, right after a given name."""
    return i == len(words) - 1 and i > 0 and is_first_name(words[i - 1]) and not not_name_word(words[i - 1])


def _not_in_name(words: list[str], i: int) -> bool:
    return not_name_word(words[i]) and not _month_surname(words, i) and not _sovereign_surname(words, i) \
        and not _title_surname(words, i) and not _demonym_surname(words, i)


def trim_name(name: str) -> str:
    """Cut a name run at the first word that cannot belong to a name ('Jens Stoltenberg Wednesday')."""
    words = name.split()
    cut = next((i for i in range(len(words)) if _not_in_name(words, i)), len(words))
    return " ".join(words[:cut])


def name_at_end(run: str) -> str:
    """The name words after the last title or sentence word of a capitalised run ('State Wendy Sherman')."""
    words = run.split()
    last_bad = max((i for i in range(len(words)) if _not_in_name(words, i)), default=-1)
    words = words[last_bad + 1:][-4:]
    if len(words) >= 3 and words[0] in _TITLES_BEFORE_NAMES:
        words = words[1:]             # "Founder Stelios Haji-Ioannou has pledged": a title opening the sentence
    firsts = [i for i, w in enumerate(words[:-1]) if is_first_name(w)]
    if firsts and firsts[0] > 0 and gender_of(words[0]) is None:
        words = words[firsts[0]:]     # "Coach Peter Lindqvist", "Lt Col Alexander Vindman": descriptor, then name
    return " ".join(words)


def is_first_name(word: str) -> bool:
    """A given name from the lexicons or the census list (hyphenated compounds too)."""
    if "-" in word:     # compound first names: Eva-Marie, Jean-Pierre, Frank-Walter
        parts = word.split("-")
        return word in MALE_NAMES or all(len(w) > 1 and is_first_name(w) for w in parts)
    if not word.isascii() and unaccented(word) != word:      # "André", "José": the lists spell them plain
        return is_first_name(unaccented(word))
    return word in MALE_NAMES or word in FEMALE_NAMES or (word in census_first_names() and not not_name_word(word))


def unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def gender_of(first: str) -> Optional[str]:
    if "-" in first and first not in MALE_NAMES:
        return gender_of(first.split("-")[0])
    if not first.isascii() and unaccented(first) != first:
        return gender_of(unaccented(first))
    if first in FEMALE_NAMES and first in MALE_NAMES:
        return None         # "Alexis", "Jean": either
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return census_first_names().get(first)
