"""Words of an office's title, one table with classes each: lower-case title words (data/titles.txt, with the
person nouns of data/person-nouns.txt that name an office) and the capitalised titles before a name
(data/title-patterns.txt).  The name patterns, title keys, speaker rules, name keys and byline reader each take
the class they need, not a list of their own."""
from __future__ import annotations

import re

from generator.lexicon.load import of_class
from generator.lexicon.persons import CAPITALISED_SPOKESPERSON, LOWER_CASE_TITLES

_TABLE, _NOUNS = "titles", "person-nouns"


def _both(kind: str) -> tuple[str, ...]:
    """The words of one class in the person nouns, then in the other title words."""
    return of_class(_NOUNS, kind) + of_class(_TABLE, kind)


#: Words of an office's title besides the person nouns of class title-key ('deputy', 'foreign', 'security',
#: 'of'): what two sources' titles of one person are compared by.
TITLE_KEY_WORDS = frozenset(of_class(_TABLE, "key-word"))
#: Words that make a title another office ('Deputy Secretary of State' is not the Secretary of State).
RANKS_OF_OFFICE = frozenset(_both("rank"))
#: Offices that '<office> of/for <domain>' names ('Minister of Defence' = 'Defence Minister').
OFFICES = frozenset(of_class(_NOUNS, "office"))
#: Who "the leader" of a country is, its head of government or state, as a regex alternation in file order.
LEADER_ROLES = "|".join(re.escape(w) for w in of_class(_NOUNS, "leader-role"))
#: Description heads any title fits: "the alliance's top official" may be its Secretary General.
ANY_TITLE_HEADS = frozenset(of_class(_NOUNS, "any-title"))
#: A ministry's domain before its head noun ("the Russian foreign ministry"), a regex alternation in file order.
PORTFOLIOS = "|".join(re.escape(w) for w in of_class(_TABLE, "portfolio"))
#: A journalist's job after a byline's name ("By Jane Doe, Senior Staff Writer"): a role, not an outlet; a regex
#: alternation of whole words, in file order.
BYLINE_ROLES = "|".join(re.escape(w) for w in _both("byline"))
#: Titles before a name that never begin an organisation's name ("Chairman Jo Ek said"), capitalised.
ORG_TITLE_WORDS = frozenset(w.capitalize() for w in of_class(_NOUNS, "org-title"))
#: Title words that may stand before a name besides the name patterns' ('Air', 'Committee', 'Inspector'),
#: capitalised.
LEADING_TITLE_WORDS = frozenset(w.capitalize() for w in _both("leading"))

#: Titles as news writes them before or after a name (data/title-patterns.txt): each a regex fragment, in file
#: order; '<spokesperson>' and '<lower-case titles>' stand for those person nouns.
_PATTERNS = "title-patterns"
_PERSON_GROUPS = {"<spokesperson>": CAPITALISED_SPOKESPERSON, "<lower-case titles>": LOWER_CASE_TITLES}


def _patterns(kind: str) -> str:
    """The fragments of one class as one alternation, in file order."""
    return "|".join(_PERSON_GROUPS.get(p, p) for p in of_class(_PATTERNS, kind))


#: Words before a title's head: "Deputy", "Acting", "Foreign", "former".
TITLE_MODIFIERS = _patterns("modifier")
#: The office a title names: "Secretary of State", "Ambassador", "Spokeswoman", "Mayor".
TITLE_HEADS = _patterns("head")
#: Heads after a portfolio word: "Agriculture Minister", "Transport Secretary".
PORTFOLIO_HEADS = _patterns("portfolio")
#: Military ranks between a title and a name: "Colonel-General", "Major General".
RANKS = _patterns("rank")
