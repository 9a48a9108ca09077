"""People: names, titles (roles) and affiliations, and a per-article name table.

Shared by `quotes` (who is speaking) and `facts` (people with their roles).  Rule-based: a title
lexicon (with nationality or organisation words in front, `of <country>` behind), appositives,
Mr./Ms. forms, a first-name list and capitalised-name runs.  The table maps every surface form of
a person (surname only, middle initial, Mr Putin) to one canonical "First Last" name, so that a
quote attributed to "Stoltenberg" is given to "Jens Stoltenberg".

Here: the table and how it is built from the candidates of `name_rules` (one record per person, partial names
joined, surname-only, honorific and family-name-first mentions added); what a word can be is `name_words`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Container, Optional, Sequence, cast

from generator.lexicon.load import alternation
from generator.lexicon.names import (
    FEMALE_NAMES,
    HONORIFIC_GENDER,
    MALE_NAMES,
    SOVEREIGN_TITLES,
    SURNAME_HONORIFICS,
    census_both_genders,
    census_first_names,
)
from generator.lexicon.persons import KIN_NOUNS
from generator.mentions.kin_names import kin_given_names
from generator.mentions.lede_caps import lede_cased
from generator.mentions.name_patterns import HONORIFIC_RE
from generator.mentions.name_rules import article_names, find_candidates
from generator.mentions.name_words import (
    HONORIFIC_PREFIX,
    KNIGHTED_RE,
    canonical_name,
    gender_of,
    is_first_name,
    name_words,
    unaccented,
)
from generator.mentions.organizations import find_organizations
from generator.model.briefing import Person
from generator.text.spans import ParagraphSpan


@dataclass
class NameMention(ParagraphSpan):
    """One place a person is named: `start`/`end` cover the name words (not the title)."""

    name: str               # canonical name it resolves to


@dataclass
class PersonRecord:
    name: str
    role: Optional[str] = None            # bare title ("Secretary General")
    role_in_text: Optional[str] = None    # title as the article gives it, nationality word dropped
    affiliation: Optional[str] = None
    gender: Optional[str] = None          # "m" | "f" | None when unknown
    mentions: list[str] = field(default_factory=list)
    given_only: bool = False              # named only by a given name after a relative noun ("her daughter Nora")


@dataclass
class NameTable:
    """Everyone named in one article, and where."""

    people: dict[str, PersonRecord] = field(default_factory=dict)
    mentions: list[NameMention] = field(default_factory=list)
    surnames: dict[str, Optional[str]] = field(default_factory=dict)   # surname -> name (None when ambiguous)
    bearers: dict[str, list[str]] = field(default_factory=dict)        # surname -> every name that ends with it
    _keys: Optional[tuple[list[tuple[int, int]], dict[tuple[int, int], str]]] = field(
        default=None, init=False, repr=False, compare=False)

    def resolve(self, surface: str) -> Optional[str]:
        """Canonical name for a surface form ("Stoltenberg", "Mr. Putin", "Vladimir V. Putin"), or None."""
        bare = HONORIFIC_PREFIX.sub("", surface.strip())
        words = name_words(bare)
        if not words:
            return None
        key = canonical_name(" ".join(words))
        if key in self.people:
            return key
        if len(words) != 1:
            return None
        if words[0] in self.surnames:
            found = self.surnames[words[0]]
            if found is None or _other_gender(surface, self.gender(found)):     # "Mrs Funnye": not the rabbi
                found = self._of_honorific_gender(surface, words[0])
            return None if found and _other_gender(surface, self.gender(found)) else found   # "Mrs Obama" is not Barack
        if bare != surface.strip():     # "Mr. Xi": family name first (Chinese, Korean, Hungarian order); "Sir
            knight = KNIGHTED_RE.match(surface.strip()) is not None     # Mick": a knight's given name
            first = [n for n in self.people if n.split()[0] == words[0] and (knight or gender_of(words[0]) is None)]
            return first[0] if len(first) == 1 else None
        return None

    def _of_honorific_gender(self, surface: str, surname: str) -> Optional[str]:
        """'Mrs Obama' where the article names Barack and Michelle Obama: the one person of the surname whose gender
        the honorific gives."""
        honorific = _GENDERED_HONORIFIC.match(surface)
        want = HONORIFIC_GENDER.get(honorific.group(1)) if honorific else None
        fits = [n for n in self.bearers.get(surname, []) if want and self.gender(n) == want]
        return fits[0] if len(fits) == 1 else None

    def gender(self, name: str) -> Optional[str]:
        rec = self.people.get(name)
        return rec.gender if rec else None

    def in_paragraph(self, p: int, lo: int = 0, hi: Optional[int] = None) -> list[NameMention]:
        """The mentions of paragraph `p` that start in [lo, hi), in reading order, found by bisection: a
        speaker rule that asks about one sentence does not walk every mention of the article (quadratic in
        a long paragraph)."""
        return self.between((p, lo), (p + 1, 0) if hi is None else (p, hi))

    def between(self, first: tuple[int, int], last: tuple[int, int]) -> list[NameMention]:
        """The mentions whose (paragraph, start) lies in [first, last), in reading order."""
        keys, _ = self._index()
        return self.mentions[bisect_left(keys, first):bisect_left(keys, last)]

    def ending_at(self, p: int, end: int) -> Optional[str]:
        """The name of the first mention of paragraph `p` that ends at offset `end`, if any."""
        return self._index()[1].get((p, end))

    def _index(self) -> tuple[list[tuple[int, int]], dict[tuple[int, int], str]]:
        """(paragraph, start) of each mention and the first name ending at each (paragraph, end); made on first
        use, again if mentions were added (the table is built by appending, then sorted, then only read)."""
        if self._keys is None or len(self._keys[0]) != len(self.mentions):
            ends: dict[tuple[int, int], str] = {}
            for m in self.mentions:
                ends.setdefault((m.paragraph, m.end), m.name)
            self._keys = ([(m.paragraph, m.start) for m in self.mentions], ends)
        return self._keys


def build_name_table(body: list[str]) -> NameTable:
    """The article's name table: canonical names with roles, every mention, and surname lookups.

    Memoised on the body: quotes (speakers) and facts (people) both need it for the same article, so
    the second stage reuses the first one's table.  The table is shared: callers must only read it."""
    return _name_table_of(tuple(lede_cased(body)))


def _new_record(key: str, words: list[str], gender: Optional[str]) -> PersonRecord:
    """A person first seen, gender from the title else the given name ("Pope Leo": Leo)."""
    given = words[1] if words[0] in SOVEREIGN_TITLES else words[0]
    return PersonRecord(name=key, gender=gender or gender_of(given))


@lru_cache(maxsize=4)
def _name_table_of(body: tuple[str, ...]) -> NameTable:
    table = NameTable()
    names = article_names(body)
    candidates = [c for p, para in enumerate(body) for c in find_candidates(p, para, names)]
    honorific_only = []
    spellings: dict[str, str] = {}
    seen: set[tuple[int, int]] = set()
    for c in sorted(candidates, key=lambda c: (c.paragraph, c.start, -len(c.surface))):
        words = name_words(c.name)
        if (c.paragraph, c.start) in seen and len(words) > 1:
            continue
        seen.add((c.paragraph, c.start))
        if len(words) == 1:
            honorific_only.append(c)
            continue
        key = spellings.setdefault(unaccented(canonical_name(c.name)), canonical_name(c.name))  # one François/Francois
        rec = table.people.get(key)
        if rec is None:
            rec = table.people[key] = _new_record(key, words, c.gender)
        if c.role and not rec.role:
            rec.role, rec.role_in_text = c.role, c.role_in_text
        rec.affiliation = rec.affiliation or c.affiliation
        rec.gender = rec.gender or c.gender
        if c.surface not in rec.mentions:
            rec.mentions.append(c.surface)
        table.mentions.append(NameMention(c.paragraph, c.start, c.end, c.surface, key))
    _merge_partial_names(table)
    for name in table.people:
        surname = name_words(name)[-1]
        table.surnames[surname] = name if surname not in table.surnames else None
        table.bearers.setdefault(surname, []).append(name)
    _surnames_past_kin(table, body)
    _add_honorific_only(table, honorific_only)
    _add_kin_given_names(table, body)
    _add_surname_mentions(table, body)
    table.mentions.sort(key=lambda m: (m.paragraph, m.start))
    return table


#: How far before a full name its kin apposition ("Lee's younger half-brother, ") may start.
_KIN_BACK = 60


def _surnames_past_kin(table: NameTable, body: Sequence[str]) -> None:
    """'Funnye's mother, Verdelle Robinson Funnye, …': a surname two people bear is the one of them who is not
    named in apposition to that bare surname's kin; the writer calls the other person by it in the same breath.
    One pass over the mentions, each read at most _KIN_BACK characters back."""
    shared = {n: s for s, name in table.surnames.items() if name is None for n in table.bearers[s]}
    introduced: dict[str, set[str]] = {}
    for m in table.mentions:
        surname = shared.get(m.name)
        before = body[m.paragraph][max(0, m.start - _KIN_BACK):m.start] if surname else ""
        if surname and re.search(rf"\b{re.escape(surname)}[’']s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{KIN_NOUNS}),\s*$", before):
            introduced.setdefault(surname, set()).add(m.name)
    for surname, kin in introduced.items():
        others = [n for n in table.bearers[surname] if n not in kin]
        if len(others) == 1:
            table.surnames[surname] = others[0]


#: A capitalised word a surname follows somewhere ("Nora Varga", "Marian and Fraser Robinson"): no name of its own.
_BEFORE_SURNAME = re.compile(r"\b([A-Z][a-z]+)(?=\s+(?:and\s+[A-Z][a-z]+\s+)?[A-Z][a-z])")


def _add_kin_given_names(table: NameTable, body: Sequence[str]) -> None:
    """'her daughter Nora', 'his sons Ivo and Luka': a given name set after a relative noun, that opens nobody's full
    name in the article and is nobody's surname, is a person of that one name, of the gender the relative noun
    gives, looked up alone like a surname (so 'Nora said' and a later 'she said' are her)."""
    kin = kin_given_names(body)
    fuller = {w for para in body if kin for w in _BEFORE_SURNAME.findall(para)}    # "Marian and Fraser Robinson"
    for given, gender in kin.items():
        if given in table.surnames or given in fuller:
            continue        # 'Thomas' when Ann Thomas is named: her surname; 'Nora Varga' named in full: her
        table.people[given] = PersonRecord(name=given, gender=gender or gender_of(given), given_only=True)
        table.surnames[given] = given


def _add_honorific_only(table: NameTable, honorific_only: Sequence[Any]) -> None:
    """"Mr. Xi", "President Trump": a surname with only an honorific or title is the person of that surname, or,
    with no full name anywhere in the article, a person of its own."""
    for c in honorific_only:
        resolved = table.resolve(c.name) or table.resolve(c.surface)
        if resolved and _other_gender(c.surface, table.gender(resolved)):
            resolved = _census_guess_bearer(table, c.name, c.surface)
        if resolved and _other_gender(c.surface, table.gender(resolved)):
            continue        # "Mrs Obama" in an article that names only Barack Obama: not him
        if resolved is None and c.name not in table.surnames:
            # "President Trump", "Mr. Xi" with no full name anywhere in the article: the surname is the name
            resolved = c.name
            table.people[resolved] = PersonRecord(name=resolved, role=c.role, role_in_text=c.role_in_text,
                                                  affiliation=c.affiliation, gender=c.gender)
            table.surnames[resolved] = resolved
        if resolved:
            rec = table.people[resolved]
            rec.gender = rec.gender or c.gender
            rec.role, rec.role_in_text = rec.role or c.role, rec.role_in_text or c.role_in_text
            if c.surface not in rec.mentions:
                rec.mentions.append(c.surface)


def _merge_partial_names(table: NameTable) -> None:
    """'Hawk Sawyer' is 'Kathleen Hawk Sawyer' named again without the first name, and 'Juan Carlos' (given names
    only) is 'Juan Carlos Ferrero' named by them: one person."""
    names = sorted(table.people, key=lambda n: -len(n.split()))
    for short in names:
        words = short.split()
        given = all(is_first_name(w) for w in words)
        longer = [n for n in names if len(n.split()) > len(words)
                  and (n.split()[-len(words):] == words or given and n.split()[:len(words)] == words)]
        if len(longer) != 1:
            continue
        rec, into = table.people.pop(short), table.people[longer[0]]
        into.role, into.role_in_text = into.role or rec.role, into.role_in_text or rec.role_in_text
        into.affiliation, into.gender = into.affiliation or rec.affiliation, into.gender or rec.gender
        into.mentions += [m for m in rec.mentions if m not in into.mentions]
        for m in table.mentions:
            if m.name == short:
                m.name = longer[0]


def _add_surname_mentions(table: NameTable, body: Sequence[str]) -> None:
    """Record every surname-only or honorific mention ("Stoltenberg said", "Mr Putin") of a known person."""
    covered = {(m.paragraph, i) for m in table.mentions for i in range(m.start, m.end)}
    known = [s for s, name in table.surnames.items() if name]
    if known:
        _add_lone_surnames(table, body, covered, known)
    family_first = _family_first_names(table)
    if family_first:
        rx_first = re.compile(r"\b(" + "|".join(map(re.escape, family_first)) + r")\b(?!\s+[A-Z][a-z])")
        named = {(x.paragraph, i) for x in table.mentions for i in range(x.start, x.end)}  # a set, not a scan per hit
        for p, para in enumerate(body):
            for m in rx_first.finditer(para):
                if (p, m.start(1)) not in named:
                    mention = NameMention(p, m.start(1), m.end(1), m.group(0), family_first[m.group(1)])
                    _record_mention(table, mention)
                    named.update((p, i) for i in range(mention.start, mention.end))
    for p, para in enumerate(body):
        for m in HONORIFIC_RE.finditer(para):
            resolved = table.resolve(m.group(0))
            if resolved and (p, m.start("name")) not in covered and not table.surnames.get(m.group("name")):
                _record_mention(table, NameMention(p, m.start("name"), m.end("name"), m.group(0), resolved))


def _add_lone_surnames(table: NameTable, body: Sequence[str], covered: set[tuple[int, int]], known: list[str]) -> None:
    """'Stoltenberg said', 'Mr Putin': a surname only one person of the article bears."""
    rx = re.compile(rf"\b(?:(?:{'|'.join(SURNAME_HONORIFICS)})\.?\s+)?(" + "|".join(map(re.escape, known)) + r")\b(?!\s+[A-Z][a-z])")
    for p, para in enumerate(body):
        for m in rx.finditer(para):
            if (p, m.start(1)) in covered:
                continue
            name = cast(str, table.surnames[m.group(1)])   # `rx` spells only the surnames of one person
            _record_mention(table, NameMention(p, m.start(1), m.end(1), m.group(0), name))


def _family_first_names(table: NameTable) -> dict[str, str]:
    """'Liu' for 'Liu Xiaming': a first word that is no known given name and belongs to one person only
    is taken as a family name written first (Chinese, Korean, Hungarian order)."""
    firsts: dict[str, list[str]] = {}
    for name in table.people:
        words = name_words(name)
        if len(words) == 2 and not is_first_name(words[0]) and words[0] not in table.surnames:
            firsts.setdefault(words[0], []).append(name)
    return {w: names[0] for w, names in firsts.items() if len(names) == 1}


#: An honorific that gives a gender, at the start of a name as written ('Mrs Obama', 'Sir Mick').
_GENDERED_HONORIFIC = re.compile(rf"\s*({alternation(frozenset(HONORIFIC_GENDER))})\b")


def _other_gender(surface: str, gender: Optional[str]) -> bool:
    """'Mrs Obama' for a man, 'Mr Clinton' for a woman: the honorific names another person of that surname."""
    honorific = _GENDERED_HONORIFIC.match(surface)
    want = HONORIFIC_GENDER.get(honorific.group(1)) if honorific else None
    return want is not None and gender is not None and want != gender


def _census_guess_bearer(table: NameTable, surname: str, surface: str) -> Optional[str]:
    """'Mr Cook' where the article names only Robin Cook, whom the census list guesses a woman (more Robins are):
    the text's honorific outranks the guess, so he is that person, now a man.  Only for a given name the census
    gives both genders, not one in the lexicon's lists, and not when the title gave the gender."""
    bearers = table.bearers.get(surname, [])
    honorific = _GENDERED_HONORIFIC.match(surface)
    if len(bearers) != 1 or honorific is None:
        return None
    rec, first = table.people[bearers[0]], bearers[0].split()[0]
    if first in MALE_NAMES or first in FEMALE_NAMES or rec.gender != census_first_names().get(first) \
            or first not in census_both_genders():
        return None     # 'Mrs Hale' beside Tom Hale: his wife (no Tom is a woman in the census)
    rec.gender = HONORIFIC_GENDER.get(honorific.group(1), rec.gender)
    return rec.name


def _record_mention(table: NameTable, mention: NameMention) -> None:
    if _other_gender(mention.text, table.gender(mention.name)):
        return
    table.mentions.append(mention)
    rec = table.people[mention.name]
    if mention.text not in rec.mentions:
        rec.mentions.append(mention.text)


def find_people(body: list[str]) -> list[Person]:
    """People named in the body, each once under their longest name, with role and affiliation (not those named
    only by a given name after a relative noun: who speaks, for the quotes, not a person of the story's facts), nor
    a body the article marks as one ('Deutsche Boerse, the German stock exchange, ...' -- `named_as_a_body`)."""
    table = build_name_table(body)
    records = [r for r in table.people.values() if not r.given_only]    # a child named in passing: no person of the story
    doubtful = {r.name for r in records if named_as_a_body(r.name, r.role, r.mentions, {r.name})}
    near = [para for para in body if any(name in para for name in doubtful)] if doubtful else []
    bodies = set(find_organizations(near)) & doubtful if near else set()   # sought only where a doubtful name is
    return [Person(name=r.name, role=r.role, affiliation=r.affiliation, mentions=list(r.mentions))
            for r in records if r.name not in bodies]


def named_as_a_body(name: str, role: Optional[str], mentions: Sequence[str], bodies: Container[str]) -> bool:
    """A name the text also gives as an organisation's ('Deutsche Boerse, the German stock exchange', 'Halden Capital
    analysts'), that opens on no given name and has no role or honorific anywhere ('Mr Halden'): a body, not a
    person.  A name that opens on a given name stays a person ('Jane Roe spokesman' makes no body of Jane Roe)."""
    return (name in bodies and not role and not is_first_name(name.split()[0])
            and not any(HONORIFIC_PREFIX.match(m) for m in mentions))
