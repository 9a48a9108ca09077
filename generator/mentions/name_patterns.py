"""Patterns for people in news text: titles ("US Under Secretary of State"), name words, appositives,
honorifics and the apposition/age conventions that mark a person whatever their given name.

Kept apart from `names` (which builds the per-article name table from them) so both stay short.
"""
from __future__ import annotations

import re

from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.lexicon.load import alternation
from generator.lexicon.names import HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, SOVEREIGN_GENDER
from generator.lexicon.persons import (
             NAMED_NOUNS,
             PERSON_NOUNS,
             STAFF_NOUNS,
             TITLE_NOUN_GENDER,
)
from generator.lexicon.titles import PORTFOLIO_HEADS, RANKS, TITLE_HEADS, TITLE_MODIFIERS

_ORG = r"[A-Z]{2,6}|the (?:European Union|United Nations|African Union|alliance)"
_COUNTRY = "|".join(sorted((re.escape(c) for c in COUNTRIES), key=len, reverse=True))
_AFF_PREFIX = "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True)) + "|" + _ORG

#: A portfolio word in front of a minister-like head: "Agriculture Minister", "Transport Secretary".
_PORTFOLIO = (rf"(?!(?:{'|'.join(sorted(NOT_NAME_WORDS))}|{_AFF_PREFIX})\b)[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+"
              rf"(?:{PORTFOLIO_HEADS})")
#: An office not taken up yet: "President-elect", "Prime Minister-designate".
_NOT_YET = r"(?:-(?:elect|designate)\b)?"
_TITLE = rf"(?:(?:{TITLE_MODIFIERS})[\s-]+)*(?:{_PORTFOLIO}|{TITLE_HEADS}){_NOT_YET}(?:\s+to\s+(?:the\s+)?(?:{_COUNTRY}|{_ORG}))?"

_WORD = r"(?:(?:[A-Z][’'](?=[A-Z]))?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-Z][a-zß-öø-ÿ]+)?(?:[-’'](?!s\b)[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*)"
#: A middle initial: 'W.', or 'W' without its dot as British style writes it ('George W Bush'), not 'I'.
INITIAL = r"(?:[A-Z]\.|[A-HJ-Z](?=\s+[A-Z][a-z]))"
_PARTICLE = alternation(NAME_PARTICLES)
#: One to three name words, optional middle initial, particles allowed before the last word.
_NAME = rf"{_WORD}(?:\s+{INITIAL})?(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,2}}"
_FULL_NAME = rf"{_WORD}(?:\s+{INITIAL})?(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,2}}"

# "US Under Secretary of State Wendy Sherman", "The Secretary General of NATO – Jens Stoltenberg",
# "the Deputy Secretary of State, U.S. – Wendy Sherman", "Russian Deputy Defence Minister Colonel-General Alexander Fomin"
TITLED_RE = re.compile(
    rf"(?:\b(?P<aff>{_AFF_PREFIX})\s+)?\b(?P<title>{_TITLE})"
    rf"(?:\s+of\s+(?P<of>{_COUNTRY}|{_ORG}))?"
    rf"(?:\s*,\s*(?P<aff2>{_AFF_PREFIX}))?"
    rf"(?:\s*[–—-]\s*|\s+)(?:(?P<rank>{RANKS})\s+)?(?P<name>{_NAME})\b")
# "Wendy R. Sherman, the Assistant Secretary of State", "Julianne Smith, the new US Ambassador to NATO"
APPOSITIVE_RE = re.compile(
    rf"\b(?P<name>{_FULL_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:(?:new|current|former|then|outgoing|incoming|top)\s+)*"
    rf"(?:(?P<aff>{_AFF_PREFIX})(?:’s|'s)?\s+)?(?P<title>{_TITLE})(?:\s+of\s+(?P<of>{_COUNTRY}|{_ORG}))?\b")
#: News conventions that mark a person whatever their given name: "The minister, Kofi Mensah," / "One witness,
#: Margot Schmorak," (apposition to a description), "Gloria Mendes, 45," (age) and "Etsuko Oyama, who was rescued"
#: (a sentence opening with a name and a relative "who"), "a Belgian man named Farouk Ben Abbes".
APPOSED_PERSON_RE = re.compile(
    rf"(?:\b(?:the|The|his|her|their|its|a|A|an|An|one|One|another|Another)\s+(?:[A-Za-z][\w’'-]*\s+){{0,3}}"
    rf"(?:{PERSON_NOUNS}),\s+(?P<name>{_FULL_NAME})(?=[,.;]))"
    rf"|(?:\b(?P<aged>{_FULL_NAME}),\s+\d{{1,3}},)"
    rf"|(?:(?:^|(?<=[.!?]\s))(?P<who>{_FULL_NAME}),\s+who\s)"
    rf"|(?:\b{NAMED_NOUNS}\s+named\s+(?P<named>{_FULL_NAME})\b)")
HONORIFIC_RE = re.compile(rf"\b(?P<hon>{'|'.join(HONORIFICS)})\.?\s+(?P<name>{_NAME})\b")
NAME_RUN_RE = re.compile(rf"\b{_WORD}(?:\s+(?:{INITIAL}\s+)?(?:{_PARTICLE}\s+)*{_WORD})+\b")
TITLE_WORDS = set(re.findall(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", TITLE_MODIFIERS + " " + TITLE_HEADS + " " + RANKS))

#: A company's staff noun between a capitalised run and a name: "Standard Chartered chief executive Mervyn Davies".
#: The run before it names the company, never the one speaking.
STAFF_NOUN = r"(?:[a-z][\w-]*\s+){0,2}" + STAFF_NOUNS + r"\s+"
STAFF_AFTER = re.compile(r"\s+" + STAFF_NOUN + r"(?=[A-Z])")

#: The gender a title gives ('spokeswoman' -> 'f', 'king' -> 'm'): the sovereigns' and these.
TITLE_GENDER = SOVEREIGN_GENDER | TITLE_NOUN_GENDER

#: A capitalised run right after a preposition (or 'the journal') is an object, not someone speaking: "in the
#: journal Nature Medicine", "published in JAMA Psychiatry argued", "for European Policy Studies".
AFTER_PREPOSITION_RE = re.compile(r"\b(?:in|of|from|by|with|at|on|for|to|into|about|against|under|over|journal|"
                                  r"newspaper|magazine)\s+(?:the\s+)?$", re.I)
