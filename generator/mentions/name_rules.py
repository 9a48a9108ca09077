"""The rules that find people named in one paragraph, each a function in `CANDIDATE_RULES`.

A title before the name ("Russian Deputy Foreign Minister Sergei Ryabkov"), an appositive title after it
("Wendy R. Sherman, the Assistant Secretary of State"), a name set off by commas or an age, an honorific
("Mr. Putin") and a capitalised run that opens with a first name or speaks ("Roe said").  What the whole article
says about single words (`ArticleNames`: surnames seen speaking alone, knights' given names) lets a run count.
`names` turns the candidates into the article's name table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.lexicon.cues import STRONG_CUE_RE
from generator.lexicon.function_words import FUNCTION_WORDS
from generator.lexicon.names import (
    HONORIFIC_GENDER,
    ORG_NOUN_PATTERN,
    ORG_NOUNS,
    SOVEREIGN_TITLES,
    SURNAME_HONORIFICS,
    census_first_names,
)
from generator.lexicon.persons import (
    APPOSED_TITLES,
    PERSON_OR_DESCRIPTION_NOUN,
    SURNAME_KIN_NOUNS,
    TITLE_NOUN_GENDER,
)
from generator.lexicon.verbs import AUXILIARIES
from generator.lexicon.works import WORK_NOUNS
from generator.mentions.gazetteer import club_names
from generator.mentions.name_patterns import (
    AFTER_PREPOSITION_RE,
    APPOSED_PERSON_RE,
    APPOSITIVE_RE,
    HONORIFIC_RE,
    NAME_RUN_RE,
    STAFF_AFTER,
    STAFF_NOUN,
    TITLE_GENDER,
    TITLED_RE,
)
from generator.mentions.name_words import (
    KNIGHTED_RE,
    is_first_name,
    is_plausible_name,
    name_at_end,
    name_words,
    not_name_word,
    trim_name,
)
from generator.text.scan import ends_at


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
    """Spaces normalised; a modifier hyphenated to the title as some style guides write it ('former-President',
    BBC) is a word of its own ('former President'); 'ex-' and 'Vice-President' stay as they are."""
    return re.sub(r"\b(?!ex-)([a-z]+)-(?=[A-Z])", r"\1 ", re.sub(r"\s+", " ", title)).strip()


#: A lowercase descriptor word before a name ("said farmer Helen Boyd"), never a preposition or article.
_DESCRIPTOR = r"(?:(?!(?:the|a|an|in|on|at|of|inside|outside|with|for|to|from|by|and|or|that|near|into)\b)[a-z][\w’'-]*\s+)"
#: "Heyward said": a capitalised word that is the subject of a reporting verb on its own.
#: What follows or precedes a capitalised run when it names someone speaking ("Roe said", "said farmer Roe").
_SPEAKING_AFTER = re.compile(r"(?:,[^,]{0,80},)?\s*(?:\w+\s+)?" + STRONG_CUE_RE.pattern)
_SPEAKING_BEFORE = re.compile(STRONG_CUE_RE.pattern + r",?\s+(?:(?:the|a|an)\s+)?" + _DESCRIPTOR + r"{0,2}$")
#: A work's noun right after a capitalised run: the run is the work's title ("the Wright Stuff show").
_WORK_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(WORK_NOUNS, key=len, reverse=True)) + r")\b")
#: "said Standard Chartered chief executive Mervyn Davies", "added Ernst and Young's Sanjay Mehta": the company, its
#: staff noun (a comma may follow it: "said RNID technology director, Guido Gybels") or a possessive, then the one
#: speaking.
_SPEAKING_BEFORE_STAFF = re.compile(STRONG_CUE_RE.pattern + r",?\s+(?:the\s+)?(?:(?:[A-Z][\w&.’'-]*\s+){1,4}"
                                    + STAFF_NOUN.removesuffix(r"\s+") + r",?\s+|(?:[A-Z][\w&.-]*\s+(?:(?:and|&|of)\s+)?){0,3}[A-Z][\w&.-]*[’']s\s+"
                                    + _DESCRIPTOR + r"{0,3})$")      # "added Ernst and Young's Sanjay Mehta"
_PARA_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SENTENCE_END = re.compile(r"[.!?…:;,”\"’)]\s*$")
#: A capitalised word and a particle before a run: the run ends a longer proper noun ("High Commissioner for Human
#: Rights"), unless the word is a conjunction or adverb opening the sentence ("But for Allen Weiner, …").
_PROPER_NOUN_TAIL = re.compile(r"\b(?!(?:But|And|Or|Yet|So|Then|Now|Even|Only|Except|Save)\s)[A-Z][\w.’']*\s+(?:of|for|on|the|de)\s+$")
_VERB_ENDING = re.compile(r"(?:ing|ed)$")
_HONORIFIC_SURNAME_RE = re.compile(rf"\b(?:{'|'.join(SURNAME_HONORIFICS)})\.?\s+((?:[A-Z][’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?)\b(?!\s+[A-Z])")
#: One capitalised word that can be a surname, accents allowed ('Gélinas', 'McAllister').
_SURNAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-Z][a-zß-öø-ÿ]+)?"
#: A common noun for an organisation right before a capitalised run: what follows is its name, not a person's.
_ORG_NOUN_BEFORE = re.compile(r"\b" + ORG_NOUN_PATTERN + r"\s+$")
#: 'the' right before a capitalised run: a body, a group or a thing ("the Lib Dems say", "the Law Lords ruled", "the
#: Royal Prerogative"), which a person's name never has before it without a title or description between, even
#: when its first word is a given name.
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A lower-case noun for a person right before a run: "Arsenal manager Arsene Wenger", "Chelsea striker Didier
#: Drogba" name a person whatever the given name (one no list of first names holds).
_PERSON_NOUN_BEFORE = re.compile(rf"\b{PERSON_OR_DESCRIPTION_NOUN}\s+$")
#: The same nouns in the plural ('industry analysts Screen Digest', 'Researchers Mintel'): the staff of a firm, so
#: the name after them is the firm's (a person's name opens with a given name: 'fellow MPs Diane Abbott').
_STAFF_PLURAL = re.compile(rf"(?i:{PERSON_OR_DESCRIPTION_NOUN})s")
_LONE_SPEAKER_RE = re.compile(r"\b(" + _SURNAME + r")\s+(?:also\s+)?(?:said|says|told|added|noted|stressed)\b")
#: A single word opening a sentence, set off by a description, then speaking: "Shevchenko, a former European
#: Footballer of the Year, added".
#: A single word given an age in apposition: "Osei, 19, was making his third appearance".
_AGED_SURNAME_RE = re.compile(r"\b(" + _SURNAME + r"),\s+\d{1,3},")
_APPOSED_SPEAKER_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s))(" + _SURNAME + r"),\s+[^,.;:“”\"]{2,80},\s+"
                                 r"(?:also\s+)?(?:said|says|told|added|noted|stressed)\b")


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _described_org(para: str, start: int) -> bool:
    """'research firm Strategy Analytics', 'the Lib Dems say': a body's noun or 'the' right before the run."""
    return ends_at(_ORG_NOUN_BEFORE, para, start) is not None or ends_at(_ARTICLE_BEFORE, para, start) is not None \
        or re.search(rf"\b{_STAFF_PLURAL.pattern}\s+$", para[max(0, start - 40):start]) is not None


def _thing_after_the(para: str, start: int, end: int) -> bool:
    """'the Royal Prerogative', 'the Marshall Plan was': a run after 'the' that is the noun itself, not a name
    modifying the next one ('the Ray Charles biopic')."""
    return ends_at(_ARTICLE_BEFORE, para, start) is not None and not _modifies_next_word(para, end)


def _modifies_next_word(para: str, end: int) -> bool:
    """'the Ray Charles biopic', 'the Graeme Souness era': a name before a noun it modifies is still a person's."""
    nxt = _NEXT_LOWER_WORD.match(para, end)
    return nxt is not None and nxt.group(1) not in FUNCTION_WORDS and nxt.group(1) not in AUXILIARIES


def _reported_subject(para: str, end: int) -> bool:
    """'said Big Brother had behaved': a run after a cue with an auxiliary after it is the subject of what was
    said, not who said it."""
    nxt = _NEXT_LOWER_WORD.match(para, end)
    return nxt is not None and nxt.group(1) in AUXILIARIES


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_LOOK_BACK = 40


def _surname_of_given_names(m: re.Match, title: str) -> bool:
    """A sovereign's title right after a given name is that person's surname ('Martin Luther King Jr.', 'Billie
    Jean King said'), not a title over the words after it."""
    if m.group("aff") or title not in SOVEREIGN_TITLES:
        return False
    end = m.start("title")          # a bounded look back: a search from 0 per title is quadratic on long paragraphs
    before = _WORD_BEFORE.search(m.string, max(0, end - _LOOK_BACK), end)
    return before is not None and is_first_name(before.group(1))


def _titled(p: int, m: re.Match) -> Optional[_Found]:
    """A person named after their title ("US Under Secretary of State Wendy Sherman"), with role and affiliation."""
    name = trim_name(m.group("name"))
    if not name or not is_plausible_name(name):
        return None
    title = _clean_title(m.group("title"))
    if title[0].islower() and len(name.split()) < 2 or _surname_of_given_names(m, title):
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


def _titled_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'Secretary-General Jens Stoltenberg', 'Russian Deputy Foreign Minister Sergei Ryabkov'."""
    return [f for m in TITLED_RE.finditer(para) for f in [_titled(p, m)] if f]


def _appositive_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'Wendy R. Sherman, the Assistant Secretary of State': a capitalised title (or a spokesman, a leader)
    after a name of two words or more."""
    found: list[_Found] = []
    for m in APPOSITIVE_RE.finditer(para):
        name = trim_name(m.group("name"))
        if len(name.split()) < 2 or not is_plausible_name(name):
            continue
        title = _clean_title(m.group("title"))
        if title[0].islower() and title.split()[-1] not in APPOSED_TITLES:
            continue
        found.append(_Found(p, m.start("name"), m.start("name") + len(name), m.group(0), name, role=title,
                            role_in_text=title, affiliation=_affiliation(m.group("of"), m.group("aff"))))
    return found


def _apposed_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """A full name set off by a description or an age: 'The minister, Kofi Mensah,', 'Gloria Mendes, 45,', or
    introduced by 'named'."""
    found: list[_Found] = []
    for m in APPOSED_PERSON_RE.finditer(para):
        group = m.lastgroup or "name"     # the one named group of the alternative that matched
        name = trim_name(m.group(group))
        name = name if group == "named" else name_at_end(name)     # "a man named Farouk Ben Abbes": all of it
        if len(name.split()) >= 2 and is_plausible_name(name):
            start = m.end(group) - len(name)
            found.append(_Found(p, start, start + len(name), name, name))
    return found


def _honorific_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'Mr. Putin', 'Ms O'Sullivan': an honorific names a person and gives the gender."""
    found: list[_Found] = []
    for m in HONORIFIC_RE.finditer(para):
        name = trim_name(m.group("name"))
        if name and is_plausible_name(name):
            found.append(_Found(p, m.start("name"), m.start("name") + len(name), m.group(0), name,
                                gender=HONORIFIC_GENDER.get(m.group("hon"))))
    return found


def _run_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """A capitalised run of two words or more that starts with a known first name, or that speaks ('Roe
    said', or a surname seen speaking alone elsewhere) and reads as neither a verb nor an object."""
    found: list[_Found] = []
    for m in NAME_RUN_RE.finditer(para):
        name = name_at_end(m.group(0))
        words = name_words(name)
        if len(words) < 2:
            name = _place_given_name(para, m, seen) or name
            words = name_words(name)
        if len(words) < 2 or not is_plausible_name(name):
            continue
        start = m.end() - len(name)
        if start == m.start() and ends_at(_PROPER_NOUN_TAIL, para, m.start()):
            continue      # the tail of a longer proper noun ("High Commissioner for Human Rights"), unless a
            # first name starts a name inside the run ("Director of Public Prosecution Eva-Marie Persson")
        speaking = _SPEAKING_AFTER.match(para, m.end()) is not None or (
            ends_at(_SPEAKING_BEFORE, para, start) is not None and not _reported_subject(para, m.end())) \
            or ends_at(_SPEAKING_BEFORE_STAFF, para, start) is not None
        verb_like = _VERB_ENDING.search(words[0]) is not None and not is_first_name(words[0])
        object_like = ends_at(AFTER_PREPOSITION_RE, para, start) is not None \
            or ends_at(AFTER_PREPOSITION_RE, para, m.start()) is not None     # "for European Policy Studies"
        given = is_first_name(words[0]) or words[0] in seen.given
        if not given and _names_a_thing(para, m.end(), words[0]):
            continue
        described_org = _described_org(para, start)
        described = ends_at(_PERSON_NOUN_BEFORE, para, start) is not None and not described_org
        if (given and not _thing_after_the(para, start, m.end())) or ((speaking or described or words[-1] in seen.surnames) and not verb_like and not object_like
                     and not described_org):
            found.append(_Found(p, start, m.end(), name, name))
    return found


def _names_a_thing(para: str, end: int, first: str) -> bool:
    """The company of "said Acme Bank chief executive Jo Ek"; "told Five's Wright Stuff show"; a body's noun
    capitalised at a sentence's start, then its name: "Bookmaker Ladbrokes said"."""
    return bool(STAFF_AFTER.match(para, end) or _WORK_AFTER.match(para, end) or first.lower() in ORG_NOUNS
                or _STAFF_PLURAL.fullmatch(first))


#: A lowercase descriptor right before a name ("health critic", "eighth-grader"): not a preposition or an article.
_DESCRIPTOR_BEFORE = re.compile(_DESCRIPTOR + "$")


def _place_given_name(para: str, m: re.Match, seen: "ArticleNames") -> Optional[str]:
    """'NDP health critic France Gélinas' when 'Gélinas said' elsewhere: a given name that is also a place, between a
    lowercase descriptor and a surname the article has speaking alone, is a given name (the place rule had cut it)."""
    parts = m.group(0).split()
    if len(parts) < 2 or parts[-1] not in seen.surnames or not (parts[-2] in COUNTRIES or parts[-2] in census_first_names()):
        return None
    start = m.end() - len(parts[-2]) - 1 - len(parts[-1])
    return f"{parts[-2]} {parts[-1]}" if ends_at(_DESCRIPTOR_BEFORE, para, start) else None


#: "Barack Obama's wife Michelle", "Tom Lee's daughter, Ann,": a person's name in the possessive, a kin noun, then
#: one given name that no other capitalised word follows.
_KIN_NAMED_RE = re.compile(r"\b(?P<surname>" + _SURNAME + r")[’']s\s+(?:(?:late|former|eldest|youngest|elder|younger|"
                           r"only)\s+)?(?P<kin>" + SURNAME_KIN_NOUNS + r")(?:,\s*|\s+)(?P<given>[A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _kin_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'President Tom Lee's wife Ann': kin named by a known given name alone carry the surname of the person before
    them, so 'Mrs Lee' and 'Ann Lee' later are her, not him."""
    found: list[_Found] = []
    for m in _KIN_NAMED_RE.finditer(para):
        given, surname = m.group("given"), m.group("surname")
        if is_first_name(given) and not not_name_word(surname) and is_plausible_name(f"{given} {surname}"):
            found.append(_Found(p, m.start("given"), m.end("given"), given, f"{given} {surname}",
                                gender=TITLE_NOUN_GENDER.get(m.group("kin").lower())))
    return found


#: Two capitals as given names before a surname ('JP McManus', 'JK Rowling'), no capitalised word after it.
_INITIALLED_RE = re.compile(r"(?<![\w.&’'-])(?P<initials>[A-Z]{2})\s+(?P<surname>" + _SURNAME + r")\b(?![ \t]+[A-Z])")


#: A person named in full right after initials and a surname, or right before them: 'JP McManus and John Magnier'.
_BESIDE_A_PERSON = re.compile(r"\s+and\s+([A-Z][a-z]+)\s+" + _SURNAME + r"\b")
_A_PERSON_BESIDE = re.compile(r"\b([A-Z][a-z]+)\s+" + _SURNAME + r"\s+and\s+$")


def _initialled_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'JP McManus' where the article also writes 'Mr McManus', or beside a person named in full ('JP McManus and
    John Magnier'): initials that are given names, before a surname -- unless the capitals stand alone elsewhere in the article (an acronym: 'UN',
    'BP') or are a country's or a title's ('US', 'PM')."""
    found: list[_Found] = []
    for m in _INITIALLED_RE.finditer(para):
        initials, surname = m.group("initials"), m.group("surname")
        coordinated = _BESIDE_A_PERSON.match(para, m.end()) or ends_at(_A_PERSON_BESIDE, para, m.start())
        if (surname in seen.honoured or coordinated and is_first_name(coordinated.group(1))) \
                and initials not in seen.acronyms and not not_name_word(initials) and not not_name_word(surname):
            name = m.group(0)
            found.append(_Found(p, m.start(), m.end(), name, name))
    return found


#: A given name, a nickname in quote marks, a surname: 'Antonio "LA" Reid', 'Ann ‘Nan’ Lee'.
_NICKNAMED_RE = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+[“\"‘'][A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?[”\"’']\s+(?P<surname>"
                           + _SURNAME + r")\b")


def _nicknamed_people(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """'Antonio "LA" Reid, chairman of …, said': a known given name and a surname around a nickname in quote marks
    name one person, by the given name and the surname."""
    return [_Found(p, m.start(), m.end(), name, name) for m in _NICKNAMED_RE.finditer(para)
            if is_first_name(m.group("given")) and not not_name_word(m.group("surname"))
            for name in [f"{m.group('given')} {m.group('surname')}"]]


#: The rules that find people in a paragraph, in the order their finds are listed.
CANDIDATE_RULES = (_titled_people, _appositive_people, _apposed_people, _honorific_people, _run_people, _kin_people,
                   _initialled_people, _nicknamed_people)


def find_candidates(p: int, para: str, seen: "ArticleNames") -> list[_Found]:
    """Every titled, appositive, honorific, first-name or speaking person named in one paragraph (not a sports
    club's name cut short, 'Man United' where the article names 'Manchester United')."""
    if _title_case_line(para):
        return []
    return [f for rule in CANDIDATE_RULES for f in rule(p, para, seen) if not _shortened_club(f.name, seen.clubs)]


def _shortened_club(name: str, clubs: frozenset[tuple[str, str]]) -> bool:
    """'Man United' where the article names 'Manchester United': the first word of the place cut short, the club
    word kept."""
    words = name.split()
    return len(words) == 2 and any(word == words[1] and len(words[0]) >= 3 and place != words[0]
                                   and place.startswith(words[0]) for place, word in clubs)


@dataclass(frozen=True)
class ArticleNames:
    """What the whole article tells about single name words: surnames that speak on their own ("Roe said") or
    carry an honorific ("Ms O'Sullivan"), and given names a knight or dame goes by ("Sir Mick", "Dame Judi"): a
    capitalised run elsewhere that ends with such a surname, or opens with such a given name, names a person."""

    surnames: frozenset[str]
    given: frozenset[str]
    honoured: frozenset[str] = frozenset()            # surnames after an honorific ('Mr McManus')
    acronyms: frozenset[str] = frozenset()            # capitals that stand alone, before no capitalised word
    clubs: frozenset[tuple[str, str]] = frozenset()   # (place, club word) of each club named in full


#: Capitals standing alone: no capitalised word after them ('the UN said', 'BP shares').
_LONE_CAPITALS = re.compile(r"\b([A-Z]{2,})\b(?!\s+[A-Z])")


def article_names(body: tuple[str, ...]) -> ArticleNames:
    surnames = frozenset(w for para in body for rx in (_LONE_SPEAKER_RE, _APPOSED_SPEAKER_RE, _AGED_SURNAME_RE, _HONORIFIC_SURNAME_RE) for w in rx.findall(para)
                         if not not_name_word(w))
    given = frozenset(w for para in body for w in KNIGHTED_RE.findall(para) if not not_name_word(w))
    honoured = frozenset(w for para in body for w in _HONORIFIC_SURNAME_RE.findall(para))
    acronyms = frozenset(w for para in body for w in _LONE_CAPITALS.findall(para))
    clubs = frozenset((place, word) for para in body for _, place, word in club_names(para))
    return ArticleNames(surnames, given, honoured, acronyms, clubs)
