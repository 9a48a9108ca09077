"""People: names, titles (roles) and affiliations, and a per-article name table.

Shared by `quotes` (who is speaking) and `facts` (people with their roles).  Rule-based: a title
lexicon (with nationality or organisation words in front, `of <country>` behind), appositives,
Mr./Ms. forms, a first-name list and capitalised-name runs.  The table maps every surface form of
a person (surname only, middle initial, Mr Putin) to one canonical "First Last" name, so that a
quote attributed to "Stoltenberg" is given to "Jens Stoltenberg".
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence, cast

from generator.lexicon.countries import COUNTRIES, DEMONYMS, PLACE_STARTS
from generator.lexicon.cues import STRONG_CUE_RE
from generator.lexicon.names import (
    FEMALE_NAMES,
    MALE_NAMES,
    NOT_NAME_WORDS,
    ORG_HEAD_WORDS,
    SOVEREIGN_TITLES,
    TITLE_ABBREVIATIONS,
    census_first_names,
)
from generator.mentions.gazetteer import multiword_places
from generator.mentions.name_patterns import (
    APPOSED_PERSON_RE,
    APPOSITIVE_RE,
    HONORIFIC_GENDER,
    HONORIFIC_RE,
    INITIAL,
    NAME_RUN_RE,
    TITLE_GENDER,
    TITLE_WORDS,
    TITLED_RE,
)
from generator.model.briefing import Person
from generator.text.scan import ends_at
from generator.text.spans import ParagraphSpan

#: Common first names (Western, Slavic, Baltic, other) for person detection and he/she resolution.


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


@dataclass
class NameTable:
    """Everyone named in one article, and where."""

    people: dict[str, PersonRecord] = field(default_factory=dict)
    mentions: list[NameMention] = field(default_factory=list)
    surnames: dict[str, Optional[str]] = field(default_factory=dict)   # surname -> name (None when ambiguous)
    _keys: Optional[tuple[list[tuple[int, int]], dict[tuple[int, int], str]]] = field(
        default=None, init=False, repr=False, compare=False)

    def resolve(self, surface: str) -> Optional[str]:
        """Canonical name for a surface form ("Stoltenberg", "Mr. Putin", "Vladimir V. Putin"), or None."""
        bare = _HONORIFIC_PREFIX.sub("", surface.strip())
        words = _name_words(bare)
        if not words:
            return None
        key = canonical_name(" ".join(words))
        if key in self.people:
            return key
        if len(words) != 1:
            return None
        if words[0] in self.surnames:
            return self.surnames[words[0]]
        if bare != surface.strip():     # "Mr. Xi": family name first (Chinese, Korean, Hungarian order); "Sir
            knight = _KNIGHTED_RE.match(surface.strip()) is not None     # Mick": a knight's given name
            first = [n for n in self.people if n.split()[0] == words[0] and (knight or _gender_of(words[0]) is None)]
            return first[0] if len(first) == 1 else None
        return None

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


_SUFFIX_RE = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
_INITIAL_RE = re.compile(INITIAL)
_HONORIFIC_PREFIX = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+")


def _name_words(text: str) -> list[str]:
    return [w for w in _SUFFIX_RE.sub("", text).split() if not _INITIAL_RE.fullmatch(w)]


def canonical_name(text: str) -> str:
    """'Vladimir V. Putin' -> 'Vladimir Putin': middle initials dropped, spaces normalised."""
    return " ".join(_name_words(text))


_NOT_NAME_EXTRA = {"Muslim", "Christian", "Jewish", "Catholic", "Islamic", "Democratic", "Republican", "Democrat",
                   "Staff", "Officer", "Superintendent", "Attorney", "Agent", "Detective", "Inspector", "Professor",
                   "Justice"} | TITLE_ABBREVIATIONS


def _is_plausible_name(name: str) -> bool:
    words = _name_words(name)
    return bool(words) and words[0] not in NOT_NAME_WORDS and words[0] not in PLACE_STARTS \
        and " ".join(words) not in COUNTRIES and " ".join(words) not in multiword_places() and not any(w.isupper() and len(w) > 1 for w in words) \
        and words[-1] not in NOT_NAME_WORDS and words[-1] not in DEMONYMS and words[-1] not in COUNTRIES \
        and words[-1] not in ORG_HEAD_WORDS


def _not_name_word(word: str) -> bool:
    return word in NOT_NAME_WORDS or word in _NOT_NAME_EXTRA or word in DEMONYMS or word in COUNTRIES or word in TITLE_WORDS


def _trim_name(name: str) -> str:
    """Cut a name run at the first word that cannot belong to a name ('Jens Stoltenberg Wednesday')."""
    out = []
    for w in name.split():
        if _not_name_word(w):
            break
        out.append(w)
    return " ".join(out)


def _name_at_end(run: str) -> str:
    """The name words after the last title or sentence word of a capitalised run ('State Wendy Sherman')."""
    words = run.split()
    last_bad = max((i for i, w in enumerate(words) if _not_name_word(w)), default=-1)
    words = words[last_bad + 1:][-4:]
    firsts = [i for i, w in enumerate(words[:-1]) if _is_first_name(w)]
    if firsts and firsts[0] > 0 and _gender_of(words[0]) is None:
        words = words[firsts[0]:]     # "Coach Peter Lindqvist", "Lt Col Alexander Vindman": descriptor, then name
    return " ".join(words)



def is_first_name(word: str) -> bool:
    """A given name from the lexicons or the census list (hyphenated compounds too)."""
    return _is_first_name(word)


def _is_first_name(word: str) -> bool:
    if "-" in word:     # compound first names: Eva-Marie, Jean-Pierre, Frank-Walter
        parts = word.split("-")
        return word in MALE_NAMES or all(len(w) > 1 and _is_first_name(w) for w in parts)
    if not word.isascii() and _unaccented(word) != word:      # "André", "José": the lists spell them plain
        return _is_first_name(_unaccented(word))
    return word in MALE_NAMES or word in FEMALE_NAMES or (word in census_first_names() and not _not_name_word(word))


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _gender_of(first: str) -> Optional[str]:
    if "-" in first and first not in MALE_NAMES:
        return _gender_of(first.split("-")[0])
    if not first.isascii() and _unaccented(first) != first:
        return _gender_of(_unaccented(first))
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return census_first_names().get(first)


def _affiliation(*words: Optional[str]) -> Optional[str]:
    for w in words:
        if not w:
            continue
        if w in DEMONYMS:
            return DEMONYMS[w]
        if w in COUNTRIES:
            return COUNTRIES[w]
        return re.sub(r"^the\s+", "", w)
    return None


@dataclass
class _Found:
    paragraph: int
    start: int
    end: int
    surface: str
    name: str
    role: Optional[str] = None
    role_in_text: Optional[str] = None
    affiliation: Optional[str] = None
    gender: Optional[str] = None


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip()


#: A lowercase descriptor word before a name ("said farmer Helen Boyd"), never a preposition or article.
_DESCRIPTOR = r"(?:(?!(?:the|a|an|in|on|at|of|inside|outside|with|for|to|from|by|and|or|that|near|into)\b)[a-z][\w’'-]*\s+)"
#: A capitalised run right after a preposition is an object, not someone speaking ("in the journal Nature Medicine").
_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|from|by|with|at|on|for|to|into|about|against|journal|newspaper|magazine)"
                                r"\s+(?:the\s+)?$", re.I)
#: "Heyward said": a capitalised word that is the subject of a reporting verb on its own.
#: What follows or precedes a capitalised run when it names someone speaking ("Roe said", "said farmer Roe").
_SPEAKING_AFTER = re.compile(r"(?:,[^,]{0,80},)?\s*(?:\w+\s+)?" + STRONG_CUE_RE.pattern)
_SPEAKING_BEFORE = re.compile(STRONG_CUE_RE.pattern + r",?\s+(?:(?:the|a|an)\s+)?" + _DESCRIPTOR + r"{0,2}$")
_PARA_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SENTENCE_END = re.compile(r"[.!?…:;,”\"’)]\s*$")
_PROPER_NOUN_TAIL = re.compile(r"[A-Z][\w.’']*\s+(?:of|for|on|the|de)\s+$")
_VERB_ENDING = re.compile(r"(?:ing|ed)$")
_HONORIFIC_SURNAME_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+((?:[A-Z][’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?)\b(?!\s+[A-Z])")
_LONE_SPEAKER_RE = re.compile(r"\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:also\s+)?(?:said|says|told|added|noted|stressed)\b")


def _titled(p: int, m: re.Match) -> Optional[_Found]:
    """A person named after their title ("US Under Secretary of State Wendy Sherman"), with role and affiliation."""
    name = _trim_name(m.group("name"))
    if not name or not _is_plausible_name(name):
        return None
    title = _clean_title(m.group("title"))
    if title[0].islower() and len(name.split()) < 2:
        return None
    aff_word = m.group("aff")
    role_in_text = title if not aff_word or aff_word in DEMONYMS or aff_word in COUNTRIES else f"{aff_word} {title}"
    start = m.start("name")
    if title in SOVEREIGN_TITLES and len(name.split()) == 1:      # "Pope Leo": the title is part of the name
        name, start = f"{title} {name}", m.start("title")
    return _Found(p, start, start + len(name), m.group(0)[: start - m.start() + len(name)], name,
                  role=title, role_in_text=role_in_text, affiliation=_affiliation(m.group("of"), aff_word, m.group("aff2")),
                  gender=TITLE_GENDER.get(title.split()[-1].lower()))


def _title_case_line(para: str) -> bool:
    """A Title Case headline or menu line: every word looks like a name, so no rule may read one there."""
    words_in_para = _PARA_WORD.findall(para)
    return (len(words_in_para) >= 4 and sum(w[0].isupper() for w in words_in_para) > 0.6 * len(words_in_para)
            and not _SENTENCE_END.search(para))


def _titled_people(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """'Secretary-General Jens Stoltenberg', 'Russian Deputy Foreign Minister Sergei Ryabkov'."""
    return [f for m in TITLED_RE.finditer(para) for f in [_titled(p, m)] if f]


def _appositive_people(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """'Wendy R. Sherman, the Assistant Secretary of State': a capitalised title (or a spokesman, a leader)
    after a name of two words or more."""
    found: list[_Found] = []
    for m in APPOSITIVE_RE.finditer(para):
        name = _trim_name(m.group("name"))
        if len(name.split()) < 2 or not _is_plausible_name(name):
            continue
        title = _clean_title(m.group("title"))
        if title[0].islower() and title.split()[-1] not in ("spokesman", "spokeswoman", "spokesperson", "leader"):
            continue
        found.append(_Found(p, m.start("name"), m.start("name") + len(name), m.group(0), name, role=title,
                            role_in_text=title, affiliation=_affiliation(m.group("of"), m.group("aff"))))
    return found


def _apposed_people(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """A full name set off by a description or an age: 'The minister, Kofi Mensah,', 'Gloria Mendes, 45,', or
    introduced by 'named'."""
    found: list[_Found] = []
    for m in APPOSED_PERSON_RE.finditer(para):
        group = m.lastgroup or "name"     # the one named group of the alternative that matched
        name = _trim_name(m.group(group))
        name = name if group == "named" else _name_at_end(name)     # "a man named Farouk Ben Abbes": all of it
        if len(name.split()) >= 2 and _is_plausible_name(name):
            start = m.end(group) - len(name)
            found.append(_Found(p, start, start + len(name), name, name))
    return found


def _honorific_people(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """'Mr. Putin', 'Ms O'Sullivan': an honorific names a person and gives the gender."""
    found: list[_Found] = []
    for m in HONORIFIC_RE.finditer(para):
        name = _trim_name(m.group("name"))
        if name and _is_plausible_name(name):
            found.append(_Found(p, m.start("name"), m.start("name") + len(name), m.group(0), name,
                                gender=HONORIFIC_GENDER.get(m.group("hon"))))
    return found


def _run_people(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """A capitalised run of two words or more that starts with a known first name, or that speaks ('Roe
    said', or a surname seen speaking alone elsewhere) and reads as neither a verb nor an object."""
    found: list[_Found] = []
    for m in NAME_RUN_RE.finditer(para):
        name = _name_at_end(m.group(0))
        words = _name_words(name)
        if len(words) < 2 or not _is_plausible_name(name):
            continue
        start = m.end() - len(name)
        if start == m.start() and ends_at(_PROPER_NOUN_TAIL, para, m.start()):
            continue      # the tail of a longer proper noun ("High Commissioner for Human Rights"), unless a
            # first name starts a name inside the run ("Director of Public Prosecution Eva-Marie Persson")
        speaking = _SPEAKING_AFTER.match(para, m.end()) is not None or ends_at(_SPEAKING_BEFORE, para, start) is not None
        verb_like = _VERB_ENDING.search(words[0]) is not None and not _is_first_name(words[0])
        object_like = ends_at(_AFTER_PREPOSITION, para, start) is not None \
            or ends_at(_AFTER_PREPOSITION, para, m.start()) is not None     # "for European Policy Studies"
        given = _is_first_name(words[0]) or words[0] in seen.given
        if given or ((speaking or words[-1] in seen.surnames) and not verb_like and not object_like):
            found.append(_Found(p, start, m.end(), name, name))
    return found


#: The rules that find people in a paragraph, in the order their finds are listed.
_CANDIDATE_RULES = (_titled_people, _appositive_people, _apposed_people, _honorific_people, _run_people)


def _find_candidates(p: int, para: str, seen: "_ArticleNames") -> list[_Found]:
    """Every titled, appositive, honorific, first-name or speaking person named in one paragraph."""
    if _title_case_line(para):
        return []
    return [f for rule in _CANDIDATE_RULES for f in rule(p, para, seen)]


def build_name_table(body: list[str]) -> NameTable:
    """The article's name table: canonical names with roles, every mention, and surname lookups.

    Memoised on the body: quotes (speakers) and facts (people) both need it for the same article, so
    the second stage reuses the first one's table.  The table is shared: callers must only read it."""
    return _name_table_of(tuple(body))


def _new_record(key: str, words: list[str], gender: Optional[str]) -> PersonRecord:
    """A person first seen, gender from the title else the given name ("Pope Leo": Leo)."""
    given = words[1] if words[0] in SOVEREIGN_TITLES else words[0]
    return PersonRecord(name=key, gender=gender or _gender_of(given))


@dataclass(frozen=True)
class _ArticleNames:
    """What the whole article tells about single name words: surnames that speak on their own ("Roe said") or
    carry an honorific ("Ms O'Sullivan"), and given names a knight or dame goes by ("Sir Mick", "Dame Judi"): a
    capitalised run elsewhere that ends with such a surname, or opens with such a given name, names a person."""

    surnames: frozenset[str]
    given: frozenset[str]


_KNIGHTED_RE = re.compile(r"\b(?:Sir|Dame)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def _article_names(body: tuple[str, ...]) -> _ArticleNames:
    surnames = frozenset(w for para in body for rx in (_LONE_SPEAKER_RE, _HONORIFIC_SURNAME_RE) for w in rx.findall(para)
                         if not _not_name_word(w))
    given = frozenset(w for para in body for w in _KNIGHTED_RE.findall(para) if not _not_name_word(w))
    return _ArticleNames(surnames, given)


@lru_cache(maxsize=4)
def _name_table_of(body: tuple[str, ...]) -> NameTable:
    table = NameTable()
    names = _article_names(body)
    candidates = [c for p, para in enumerate(body) for c in _find_candidates(p, para, names)]
    honorific_only = []
    spellings: dict[str, str] = {}
    seen: set[tuple[int, int]] = set()
    for c in sorted(candidates, key=lambda c: (c.paragraph, c.start, -len(c.surface))):
        words = _name_words(c.name)
        if (c.paragraph, c.start) in seen and len(words) > 1:
            continue
        seen.add((c.paragraph, c.start))
        if len(words) == 1:
            honorific_only.append(c)
            continue
        key = spellings.setdefault(_unaccented(canonical_name(c.name)), canonical_name(c.name))  # one François/Francois
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
        surname = _name_words(name)[-1]
        table.surnames[surname] = name if surname not in table.surnames else None
    for c in honorific_only:
        resolved = table.resolve(c.name) or table.resolve(c.surface)
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
    _add_surname_mentions(table, body)
    table.mentions.sort(key=lambda m: (m.paragraph, m.start))
    return table


def _merge_partial_names(table: NameTable) -> None:
    """'Hawk Sawyer' is 'Kathleen Hawk Sawyer' named again without the first name: one person."""
    names = sorted(table.people, key=lambda n: -len(n.split()))
    for short in names:
        words = short.split()
        longer = [n for n in names if len(n.split()) > len(words) and n.split()[-len(words):] == words]
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
    if not known:
        return
    rx = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(" + "|".join(map(re.escape, known)) + r")\b(?!\s+[A-Z][a-z])")
    for p, para in enumerate(body):
        for m in rx.finditer(para):
            if (p, m.start(1)) in covered:
                continue
            name = cast(str, table.surnames[m.group(1)])   # `rx` spells only the surnames of one person
            _record_mention(table, NameMention(p, m.start(1), m.end(1), m.group(0), name))
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
            if resolved and (p, m.start("name")) not in covered and m.group("name") not in table.surnames:
                _record_mention(table, NameMention(p, m.start("name"), m.end("name"), m.group(0), resolved))


def _family_first_names(table: NameTable) -> dict[str, str]:
    """'Liu' for 'Liu Xiaming': a first word that is no known given name and belongs to one person only
    is taken as a family name written first (Chinese, Korean, Hungarian order)."""
    firsts: dict[str, list[str]] = {}
    for name in table.people:
        words = _name_words(name)
        if len(words) == 2 and not _is_first_name(words[0]) and words[0] not in table.surnames:
            firsts.setdefault(words[0], []).append(name)
    return {w: names[0] for w, names in firsts.items() if len(names) == 1}


def _record_mention(table: NameTable, mention: NameMention) -> None:
    table.mentions.append(mention)
    rec = table.people[mention.name]
    if mention.text not in rec.mentions:
        rec.mentions.append(mention.text)


def find_people(body: list[str]) -> list[Person]:
    """People named in the body, each once under their longest name, with role and affiliation."""
    table = build_name_table(body)
    return [Person(name=r.name, role=r.role, affiliation=r.affiliation, mentions=list(r.mentions))
            for r in table.people.values()]
