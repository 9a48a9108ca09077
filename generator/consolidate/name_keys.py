"""One key per spelling family of a name, so that sources' spellings of one name compare equal.

A person's name splits into given names and surname (initials, honorifics and leading titles dropped); names
key by transliteration family (Aleksandr/Alexander), organisations by spelling (Organisation/Organization,
dashes, 'the'), places by doubled letters and region words (Donbas/Donbass).  `entities` and the merge rules
(`name_merges`) compare these keys; `looks_like_name` tells a person's name from a description.
"""
from __future__ import annotations

import re
from functools import lru_cache

from generator.lexicon.countries import DEMONYMS
from generator.lexicon.names import ABBREVIATED_TITLES, ALL_HONORIFICS, NAME_PARTICLES, TITLE_ACRONYMS
from generator.lexicon.titles import LEADING_TITLE_WORDS
from generator.mentions.name_patterns import TITLE_WORDS
from generator.text.matching import fold

#: Courtesy titles and abbreviated ranks, folded ('mr', 'datuk', 'lt', 'rev'): left out wherever they stand in a
#: name ('Lt. Gen. Ben Hodges', 'Datuk Seri Najib Razak').
HONORIFICS = frozenset(fold(t) for t in (*ALL_HONORIFICS, *ABBREVIATED_TITLES))
#: Title words that may stand before a name ('Prime Minister', 'Air Chief Marshal', 'Committee Chairman', 'PM',
#: 'Lt').
LEADING_TITLES = frozenset(TITLE_WORDS | TITLE_ACRONYMS | ABBREVIATED_TITLES | LEADING_TITLE_WORDS)
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?\.?", re.UNICODE)
_PARTICLES = frozenset(NAME_PARTICLES)
#: Transliteration families (Russian/Ukrainian names through English, French, German spellings).
_TRANSLIT = [(re.compile(p), r) for p, r in [
    (r"ks", "x"), (r"ndr$", "nder"), (r"(?<=[aeiou])j", "y"), (r"^ye", "e"), (r"(?<=[aeiou])yi", "i"),
    (r"iy$|yy$|ij$|yi$|ii$", "y"), (r"ey$|ej$", "ei"), (r"(?<=[^aeiouy])y$", "i"), (r"kh", "h"), (r"ph", "f"),
    (r"w", "v"), (r"tch", "ch"), (r"^c(?=[aoulr])", "k"),     # Costas/Kostas, Constantin/Konstantin
]]
#: Ukrainian and Russian forms of one given name (Volodymyr Zelensky is also written Vladimir Zelensky).
_GIVEN_NAME_FORMS = [("Volodymyr", "Vladimir"), ("Oleksandr", "Alexander"), ("Oleksiy", "Alexei"),
                     ("Mykola", "Nikolai"), ("Andriy", "Andrei"), ("Serhiy", "Sergei"), ("Dmytro", "Dmitry"),
                     ("Yuriy", "Yuri"), ("Petro", "Pyotr"), ("Mykhailo", "Mikhail"), ("Oleh", "Oleg"),
                     ("Ihor", "Igor"), ("Hryhoriy", "Grigory"), ("Vasyl", "Vasily"), ("Anatoliy", "Anatoly"),
                     ("Olena", "Elena"), ("Kateryna", "Ekaterina"), ("Yuliya", "Yulia"), ("Tetiana", "Tatiana"),
                     ("Heorhiy", "Georgy"), ("Pavlo", "Pavel"), ("Valeriy", "Valery"), ("Viktor", "Victor")]
_ORG_SPELLING = [(re.compile(p), r) for p, r in [
    (r"isation", "ization"), (r"defence", "defense"), (r"^the ", ""), (r"^\d+[- ](?:nation|member|country) ", ""),
    (r"[-/]", " "), (r"\s+", " "),
]]
_GEO_WORDS = frozenset("region peninsula province oblast republic the".split())
_ACRONYM_SKIP = frozenset("of for and in on the to".split())


_NOT_LETTER = re.compile(r"[^a-z]")
_LETTERS = re.compile(r"[A-Za-z]+")
_LOWER_LETTERS = re.compile(r"[a-z]+")
_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=1 << 18)
def translit_key(word: str) -> str:
    """One spelling per transliteration family: Aleksandr, Alexander and Alexandr give the same key."""
    key = _NOT_LETTER.sub("", fold(word))
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def name_parts(name: str) -> tuple[list[str], str]:
    """(given names without initials or honorifics, surname) of a person's name as written."""
    given, surname = _name_parts(name)
    return list(given), surname


@lru_cache(maxsize=1 << 18)
def _name_parts(name: str) -> tuple[tuple[str, ...], str]:
    tokens = [t for t in _NAME_TOKEN.findall(name.replace("–", "-")) if t]
    tokens = [t for t in tokens if fold(t).rstrip(".") not in HONORIFICS]
    while len(tokens) > 1 and (tokens[0].rstrip(".") in LEADING_TITLES or tokens[0] in DEMONYMS):
        tokens = tokens[1:]                  # 'Malaysian Prime Minister Razak', 'Chairman Mohamad Nor Yusof'
    full = [t for t in tokens if not (len(t.rstrip(".")) == 1 or (t.endswith(".") and len(t) <= 3))]
    if not full:
        return (), ""
    surname_start = len(full) - 1
    while surname_start > 0 and fold(full[surname_start - 1]) in _PARTICLES:
        surname_start -= 1
    return tuple(full[:surname_start]), " ".join(full[surname_start:])


def surname_key(surname: str) -> str:
    """One key for a surname written with or without its particles, which sources often leave out: 'al-Assad',
    'al Assad' and 'Assad'; 'von der Leyen' and 'Leyen'."""
    return translit_key(" ".join(_without_particles(surname)))


def _without_particles(surname: str) -> list[str]:
    """The words of a surname after its particles ('al-Assad' -> ['Assad'], 'von der Leyen' -> ['Leyen'])."""
    words = surname.replace("-", " ").split()
    while len(words) > 1 and fold(words[0]) in _PARTICLES:
        words = words[1:]
    return words


_VOWEL = re.compile(r"[aeiouy]")


def spelling_skeleton(key: str) -> str:
    """What a transliteration or a typing slip keeps of a name's key: its first letter and its consonants in order,
    a doubled letter once, a final 'h' dropped ('abaaoud', 'abaoud', 'abbaoud' -> 'abd'; 'attou', 'attouh' -> 'at';
    'georges', 'gorges' -> 'grgs')."""
    key = _DOUBLED.sub(r"\1", key)
    key = key[:-1] if len(key) > 2 and key.endswith("h") else key
    return key[:1] + _VOWEL.sub("", key[1:])


def org_key(name: str) -> str:
    key = fold(name).strip()
    for pattern, repl in _ORG_SPELLING:
        key = pattern.sub(repl, key)
    return key.strip()


def acronym_of(name: str) -> str:
    """Initials of the capitalised words: Organization for Security and Cooperation in Europe -> OSCE."""
    words = [w for w in _LETTERS.findall(name) if w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def place_key(name: str) -> str:
    words = [w for w in _LOWER_LETTERS.findall(fold(name)) if w not in _GEO_WORDS]
    return _DOUBLED.sub(r"\1", " ".join(words))


def given_key(name: str) -> str:
    """Transliteration key of a given name, Ukrainian forms mapped to the Russian ones."""
    key = translit_key(name)
    return _given_pairs().get(key, key)


@lru_cache(maxsize=1)
def _given_pairs() -> dict[str, str]:
    return {translit_key(uk): translit_key(ru) for uk, ru in _GIVEN_NAME_FORMS}


def looks_like_name(form: str) -> bool:
    """A person's name as written, not a description ('the alliance's top official') or a pronoun."""
    if form.startswith("@"):
        return len(form) > 2
    given, surname = name_parts(form)
    if all(t.rstrip(".") in LEADING_TITLES or t in DEMONYMS or fold(t).rstrip(".") in HONORIFICS
           for t in form.split()):
        return False                         # a bare title: 'Rev', 'Chairman', 'Prime Minister'
    if surname.isupper() and len(surname) <= 3:
        return False                         # 'Malaysian PM', 'the company's CEO': an office's letters
    if len(given) >= 2 and all(fold(w) in _PARTICLES for w in surname.split()):
        return False                         # 'Abdel Fattah Al': cut before the surname its particle begins
    return bool(surname) and all(w[:1].isupper() for w in given + _without_particles(surname)[-1:])
