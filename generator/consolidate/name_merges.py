"""Which names of one kind are one entity, and why: the merge rules per kind.

People merge only when their surnames match (then by given names: the same, a transliteration, a spelling
variant, the same names in another order), a bare surname goes to the only (or by far the most named)
person with it (or to the only one of the gender the sources use it with), a lone given name to the only
person who has it, and a woman's birth name to her where a text says so (`name_evidence`); organisations by spelling key and
acronym; places by key, abbreviation, adjective form and one-edit transliteration.  Each union records its
reason in `Clusters.why`, which `entities` writes into the merges a person can undo.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from generator.consolidate.clusters import Clusters, dominant
from generator.consolidate.name_evidence import NameTexts, join_birth_names, join_other_names
from generator.consolidate.name_keys import (
    acronym_of,
    given_key,
    name_parts,
    org_key,
    place_key,
    spelling_skeleton,
    surname_key,
    translit_key,
)
from generator.lexicon.countries import COUNTRIES
from generator.mentions.name_words import gender_of
from generator.text.matching import fold

_GIVEN_NAME_RATIO = 90     # Daniel/Danielle (86) are two people; Mikhail/Mikhael (92) one spelling
#: Given names in another order match at this spelling ratio (Ismael/Ismail: 83).
_REORDERED_RATIO = 80
#: Surnames of one spelling family (same consonants) are at least this close (Abaaoud/Abaoud 92, Abbaoud/Abaaoud
#: 86, Attou/Attouh 91, Abdeslam/Adbeslam 88) and this long; Hassan/Hussein (62) are two names.
_SURNAME_RATIO = 80
_MIN_VARIANT_LENGTH = 5


def _given_compatible(a: list[str], b: list[str]) -> str | None:
    """Why two given-name lists name the same person, or None."""
    ka, kb = [given_key(x) for x in a], [given_key(x) for x in b]
    if ka == kb:
        return "same given name" if [fold(x) for x in a] == [fold(x) for x in b] else "transliteration variant"
    if ka and kb and ka[0] == kb[0]:
        return "same first name, middle names differ"
    short, long_ = sorted((ka, kb), key=len)
    if short and len(long_) >= 2 and long_[-len(short):] == short:
        return "the same last given names"                         # 'Abdul Rahman', 'Azharuddin Abdul Rahman'
    if len(ka) == len(kb) >= 2 and all(fuzz.ratio(x, y) >= _REORDERED_RATIO
                                       for x, y in zip(sorted(ka), sorted(kb))):
        return "the same given names in another order"          # 'Ismael Omar …' and 'Omar Ismail …'
    return _first_name_variant(a, b, ka, kb) if ka and kb else None


def _first_name_variant(a: list[str], b: list[str], ka: list[str], kb: list[str]) -> str | None:
    """Why two first names (as written, and their keys) are one name spelled two ways, or None."""
    score = fuzz.ratio(ka[0], kb[0])
    if score >= _GIVEN_NAME_RATIO and ka[0][0] == kb[0][0] and abs(len(ka[0]) - len(kb[0])) <= 1 \
            and not _genders_differ(a[0], b[0]):                     # 'Robert' and 'Roberta' are two people
        return f"spelling variant of the first name (rapidfuzz {score:.0f})"
    if len(a) == len(b) == 1 and (_diminutive_of(a[0], b[0]) or _diminutive_of(b[0], a[0])):
        return "a familiar form of the first name"                  # 'Bernie Ebbers' and 'Bernard Ebbers'
    if _one_vowel_apart(ka[0], kb[0]) and not _genders_differ(a[0], b[0]):
        return "one vowel of the first name spelled otherwise"     # 'Damian Hockney' and 'Damien Hockney'
    return None


_VOWELS = frozenset("aeiou")


def _one_vowel_apart(a: str, b: str) -> bool:
    """'damian' and 'damien': as long, one letter apart, and that letter a vowel in both (a spelling slip between
    sources; 'Mark' and 'Mary', a consonant apart, are two names)."""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) >= 4 and len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _genders_differ(a: str, b: str) -> bool:
    ga, gb = gender_of(a), gender_of(b)
    return bool(ga and gb and ga != gb)


#: The endings of a familiar form of a given name: 'Bernie', 'Kenny', 'Kathy'.
_FAMILIAR_ENDING = re.compile(r"(?:ie|y)$")


def _diminutive_of(short: str, full: str) -> bool:
    """'Bernie' of 'Bernard', 'Kenny' of 'Kenneth', 'Freddie' of 'Frederick': the familiar form's stem (its ending
    and a doubled consonant before it dropped), three letters or more, opens the full name, and no gender the two
    names give differs ('Tony' is not 'Tonya')."""
    if not _FAMILIAR_ENDING.search(short) or len(full) <= len(short) - 1 or _FAMILIAR_ENDING.search(full):
        return False
    stem = _FAMILIAR_ENDING.sub("", short)
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    ga, gb = gender_of(short), gender_of(full)
    return len(stem) >= 3 and full.startswith(stem) and full != stem and not (ga and gb and ga != gb)


def cluster_people(forms: list[str], weights: Mapping[str, int] | None = None,
                   texts: NameTexts | None = None) -> Clusters:
    """People's forms joined by the rules above; `weights` (how often texts name a form) and `texts` (the
    sources' texts and people) decide what spelling alone cannot: which person a shared surname means, and a
    woman's birth name."""
    clusters = Clusters(forms)
    if texts is not None:
        _join_given_name_slips(forms, clusters, texts)      # first: a bare surname then has one person to join
    handles = {translit_key(f): f for f in forms if f.startswith("@")}
    for members in _by_surname(forms).values():
        full = [(f, g) for f, g in members if g]
        bare = [f for f, g in members if not g]
        for i, (fa, ga) in enumerate(full):
            for fb, gb in full[:i]:
                why = _given_compatible(ga, gb)
                if why:
                    clusters.union(fb, fa, why)
        for f, g in full:   # a social-media handle spelled as the full name: @jensstoltenberg
            handle = handles.get(translit_key("".join(g) + f.split()[-1]))
            if handle:
                clusters.union(f, handle, "handle spells the full name")
        roots = {clusters.find(f) for f, _ in full}
        main = dominant(roots, full, clusters, {} if weights is None else weights)
        if main:
            for f in bare:
                clusters.union(main, f, "surname or honorific form of the only (or by far the most named) "
                                        "person with that surname")
        elif not roots and bare:
            for f in bare[1:]:
                clusters.union(bare[0], f, "same surname")
        else:
            _join_gendered_honorifics(bare, full, clusters, texts)
    _join_surname_variants(forms, clusters, {} if weights is None else weights)
    _join_given_name_forms(forms, clusters)
    if texts is not None:
        join_birth_names(forms, clusters, texts)
        join_other_names(forms, clusters, texts)
        _join_surname_slips(forms, clusters, texts)
    return clusters


#: A surname at least this long may lose or gain a letter in one source's spelling.
_MIN_SLIP_LENGTH = 6


def _join_surname_slips(forms: list[str], clusters: Clusters, texts: NameTexts) -> None:
    """'Robert Peston' and 'Robert Preston', 'Remy Korchemny' and 'Remy Korchemy', 'Douglas Carswell' and 'Mr
    Carsell': a long surname one letter longer or shorter in another source is a slip of that source, when the
    given names are the same (or one form has none and names nobody else) and no source writes both forms."""
    slots: dict[tuple[str, int], list[tuple[str, list[str], str]]] = defaultdict(list)
    for f in forms:
        given, surname = name_parts(f)
        key = surname_key(surname) if surname and not f.startswith("@") else ""
        if len(key) >= _MIN_SLIP_LENGTH - 1:
            slots[(key[0], len(key))].append((f, [given_key(g) for g in given], key))
    for (first, length), shorter in slots.items():
        for fa, ga, ka in shorter:
            for fb, gb, kb in slots.get((first, length + 1), []):
                if max(len(ka), len(kb)) < _MIN_SLIP_LENGTH or Indel.distance(ka, kb) != 1 \
                        or set(texts.users.get(fa, ())) & set(texts.users.get(fb, ())) \
                        or clusters.find(fa) == clusters.find(fb) or not _slip_compatible(ga, gb, fa, fb, clusters, forms):
                    continue
                clusters.union(fb, fa, "a letter more or less in the surname, in sources that never write both forms")


def _join_given_name_slips(forms: list[str], clusters: Clusters, texts: NameTexts) -> None:
    """'William Gallas' and 'Willian Gallas': a long given name one letter off in another source, with the same
    surname, is that source's slip when no source writes both forms and the two names are of no two genders
    ('Robert' and 'Roberta' are two people)."""
    for members in _by_surname(forms).values():
        single = [(f, g[0]) for f, g in members if len(g) == 1 and len(g[0]) >= _MIN_SLIP_LENGTH]
        for i, (fa, ga) in enumerate(single):
            for fb, gb in single[:i]:
                if Levenshtein.distance(given_key(ga), given_key(gb)) == 1 and not _genders_differ(ga, gb) \
                        and clusters.find(fa) != clusters.find(fb) \
                        and not set(texts.users.get(fa, ())) & set(texts.users.get(fb, ())):
                    clusters.union(fb, fa, "a letter off in the given name, in sources that never write both forms")


def _slip_compatible(ga: list[str], gb: list[str], fa: str, fb: str, clusters: Clusters, forms: list[str]) -> bool:
    """The same given names; or one form bare ('Mr Carsell') and joined to no one named in full."""
    if ga and gb:
        return ga == gb
    root = clusters.find(fa if not ga else fb)
    return not any(name_parts(m)[0] for m in forms if clusters.find(m) == root)


def _by_surname(forms: list[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """Surname key -> (form, given names) of the forms with that surname, with or without its particles
    ('Bashar al-Assad', 'Bashar Assad'); a full name also under its particles run into the surname ('Ahmad Al
    Hassan' is 'Ahmad Alhassan')."""
    by_surname: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for form in forms:
        given, surname = name_parts(form)
        if not surname or form.startswith("@"):
            continue
        by_surname[surname_key(surname)].append((form, given))
        if given and translit_key(surname) != surname_key(surname):
            by_surname[translit_key(surname)].append((form, given))
        if len(given) >= 2:              # 'Robert Kilroy Silk' is 'Robert Kilroy-Silk' with its hyphen left out
            by_surname[translit_key(given[-1] + surname)].append((form, given[:-1]))
    return by_surname


def _one_spelling_family(a: str, b: str) -> float:
    """The rapidfuzz ratio of two surname keys that may be one spelling family, else 0: the same first letter,
    long enough, the same consonants in order (or two neighbours swapped: 'Abdeslam', 'Adbeslam') and close."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < _MIN_VARIANT_LENGTH:
        return 0
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    if sa != sb and not _neighbours_swapped(sa, sb):
        return 0
    score = fuzz.ratio(a, b)
    return score if score >= _SURNAME_RATIO else 0


def _neighbours_swapped(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def _join_surname_variants(forms: list[str], clusters: Clusters, weights: Mapping[str, int]) -> None:
    """A transliteration or a typing slip in a surname across sources ('Abdelhamid Abaaoud', 'Abdelhamid
    Abaoud', 'Mr. Abbaoud'): full names with the same given names and a surname of one spelling family are one
    person; a bare surname no full name has (as surname or given name) goes to the only (or by far the most
    named) person whose surname is of its family.  Forms are bucketed by their surname's consonants, so each is
    compared with a few."""
    full: dict[tuple, list[tuple[str, str]]] = defaultdict(list)     # (given keys, consonants) -> (key, form)
    by_consonants: dict[str, list[tuple[str, str]]] = defaultdict(list)
    bare, held = [], set()
    for f in forms:
        given, surname = name_parts(f)
        if not surname or f.startswith("@"):
            continue
        key = surname_key(surname)
        consonants = "".join(sorted(spelling_skeleton(key)))
        if given:
            full[(tuple(given_key(g) for g in given), consonants)].append((key, f))
            by_consonants[consonants].append((key, f))
            held |= {key, *(given_key(g) for g in given)}
        else:
            bare.append((key, consonants, f))
    for members in full.values():
        for i, (ka, fa) in enumerate(members):
            for kb, fb in members[:i]:
                score = _one_spelling_family(ka, kb)
                if score and clusters.find(fa) != clusters.find(fb):
                    clusters.union(fb, fa, f"spelling variant of the surname (rapidfuzz {score:.0f})")
    for key, consonants, f in bare:
        if key not in held:         # not someone's surname, nor given name ('Place' beside 'Place Voltaire')
            kin: list[tuple[str, list[str]]] = [(fb, []) for kb, fb in by_consonants[consonants]
                                                if _one_spelling_family(key, kb)]
            main = dominant({clusters.find(fb) for fb, _ in kin}, kin, clusters, weights)
            if main:
                clusters.union(main, f, "spelling variant of the surname of the only (or by far the most named) "
                                        "person with one like it")


#: Honorifics that say a person's gender ('Mrs. Obama' is the woman of two people named Obama).
_GENDERED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _join_gendered_honorifics(bare: list[str], full: list[tuple[str, list[str]]], clusters: Clusters,
                              texts: NameTexts | None = None) -> None:
    """'Mrs. Obama' where the texts name a woman and a man with that surname: the only one of them whose first
    given name is of the honorific's gender.  A bare 'Obama' goes by the gender the sources that write it use
    it with ('Mrs Obama' in its text, or the person it names there)."""
    for f in bare:
        gender = _GENDERED.get(fold(f.split()[0]).rstrip("."))
        why = "honorific of the only person of that gender with that surname"
        if not gender and texts is not None:
            gender = texts.surname_gender(f)
            why = "the only person with that surname of the gender the sources that write it use it with"
        if not gender:
            continue
        roots = {clusters.find(form) for form, given in full if given and gender_of(given[0]) == gender}
        if len(roots) == 1:
            clusters.union(roots.pop(), f, why)


def _join_given_name_forms(forms: list[str], clusters: Clusters) -> None:
    """'Mr Hishammuddin' for 'Hishammuddin Hussein': where people are called by their given name, a lone
    name (with or without an honorific) that is a given name of exactly one full name, and no one's surname,
    is that person."""
    surnames, given_of = set(), defaultdict(set)
    for f in forms:
        given, surname = name_parts(f)
        if surname and given:
            surnames.add(surname_key(surname))
            for g in given:
                given_of[translit_key(g)].add(clusters.find(f))
    for f in forms:
        given, surname = name_parts(f)
        if surname and not given and not f.startswith("@"):
            key = surname_key(surname)
            roots = given_of.get(key, set())
            if len(roots) == 1 and key not in surnames and clusters.find(f) != next(iter(roots)):
                clusters.union(next(iter(roots)), f, "given name of the only person who has it")


def cluster_orgs(forms: list[str]) -> Clusters:
    clusters = Clusters(forms)
    by_key: dict[str, str] = {}
    for form in forms:
        key = org_key(COUNTRIES.get(form, form).lstrip("@"))       # 'US' and 'United States' speak for one country
        if key in by_key:
            one_country = COUNTRIES.get(form, form) != form or COUNTRIES.get(by_key[key], by_key[key]) != by_key[key]
            clusters.union(by_key[key], form, "names of one country" if one_country
                           else "same name up to case, dashes, spelling or handle")
        else:
            by_key[key] = form
    for form in forms:
        acro = acronym_of(form)
        if acro and len(acro) >= 3 and acro.lower() in by_key and by_key[acro.lower()] != form:
            clusters.union(form, by_key[acro.lower()], f"acronym {acro}")
    _join_first_words(forms, clusters)
    return clusters


def _join_first_words(forms: list[str], clusters: Clusters) -> None:
    """'Cairn' and 'Cairn Energy', 'Lycos' and 'Lycos Europe': one word that opens exactly one longer name of the
    story is that organisation named short, unless it names a country ('China' is not 'China Mobile') or the longer
    name is a body of it ('UN Office for the Co-ordination of Humanitarian Affairs')."""
    opening: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        if len(words) >= 2 and words[0][:1].isupper() and not any(w.islower() for w in words[1:]):
            opening[fold(words[0])].append(form)        # not 'UN Office for the …' (a body of the UN)
    for form in forms:
        longer = opening.get(fold(form), []) if " " not in form and form not in COUNTRIES else []
        if len(longer) == 1:
            clusters.union(longer[0], form, "the first word of the only longer name that opens with it")


def cluster_places(forms: list[str]) -> Clusters:
    clusters = Clusters(forms)
    by_key: dict[str, str] = {}
    acronyms = {acronym_of(f).lower(): f for f in forms if len(f.split()) >= 2 and acronym_of(f)}
    for form in forms:
        key = place_key(form)
        short = key.replace(" ", "")
        abbreviation = len(short) <= 3 and form.replace(".", "").isupper()
        if abbreviation and short in acronyms:                                      # U.S. -> United States
            clusters.union(acronyms[short], form, f"abbreviation {form}")
            continue
        key = short if abbreviation else key                       # 'U.S.' and 'US' are one abbreviation
        if key in by_key:
            clusters.union(by_key[key], form, "same place up to doubled letters, 'the' or a region word")
        else:
            by_key[key] = form
    neighbours: dict[str, list[str]] = defaultdict(list)   # one-letter deletions: candidates within one edit
    for key, form in by_key.items():
        stem_form = by_key.get(key[:-1]) if key.endswith("n") else None   # Crimean (Peninsula) -> Crimea
        if stem_form:
            clusters.union(stem_form, form, "adjective form of the place name")
            continue
        if len(key) < 6 or " " in key:
            continue
        variants = {key[:i] + key[i + 1:] for i in range(len(key))}
        for other in dict.fromkeys(o for v in sorted(variants) for o in neighbours[v]):   # not hash order
            score = fuzz.ratio(key, other)
            if other[0] == key[0] and score >= 85:
                clusters.union(by_key[other], form, f"transliteration variant (rapidfuzz {score:.0f})")
                break
        for v in variants:
            neighbours[v].append(key)
    return clusters
