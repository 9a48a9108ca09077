"""The same person, organisation or place under different names across sources.

Sources transliterate (Aleksandr/Alexander), add middle initials (Vladimir V. Putin), honorifics (Mr/Mr.),
double letters (Donbas/Donbass), dashes (NATO–Russia/NATO-Russia) and acronyms (OSCE).  Names are merged by
rules per kind, with rapidfuzz for spelling variants, and every merge is recorded with its reason so a person
can undo it (`undo: true` on a `merges` entry in summary.yaml keeps that name apart on the next build).
People are only merged when their surnames match: two people who share a first name or a title never merge.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from generator.consolidate.clusters import Clusters, TextCount, dominant
from generator.lexicon.countries import DEMONYMS
from generator.mentions.name_patterns import TITLE_WORDS
from generator.model.briefing import Briefing, Entity, EntityMerge
from generator.model.kinds import ENTITY_KINDS, EntityKind
from generator.text.matching import fold

HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof gen col lt sgt capt president rev reverend fr "
                       "datuk dato datin seri tun".split())
#: Title words that may stand before a name ('Prime Minister', 'Air Chief Marshal', 'Committee Chairman').
_LEADING_TITLES = frozenset(TITLE_WORDS | {"Air", "Chairman", "Chairwoman", "Committee", "Inspector", "Police",
                                           "Superintendent", "Chief", "Party", "Opposition", "Leader", "PM", "MP",
                                           "Cmdr", "Cdr", "Lt", "Col", "Maj", "Sgt", "Adm", "Gen", "Capt", "Insp"})
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?\.?", re.UNICODE)
_PARTICLES = frozenset("von van de der den da di du la le al el bin ibn".split())
#: Transliteration families (Russian/Ukrainian names through English, French, German spellings).
_TRANSLIT = [(re.compile(p), r) for p, r in [
    (r"ks", "x"), (r"ndr$", "nder"), (r"(?<=[aeiou])j", "y"), (r"^ye", "e"), (r"(?<=[aeiou])yi", "i"),
    (r"iy$|yy$|ij$|yi$|ii$", "y"), (r"ey$|ej$", "ei"), (r"(?<=[^aeiouy])y$", "i"), (r"kh", "h"), (r"ph", "f"),
    (r"w", "v"), (r"tch", "ch"),
]]
#: Ukrainian and Russian forms of one given name (Volodymyr Zelensky is also written Vladimir Zelensky).
_GIVEN_NAME_FORMS = [("Volodymyr", "Vladimir"), ("Oleksandr", "Alexander"), ("Oleksiy", "Alexei"),
                     ("Mykola", "Nikolai"), ("Andriy", "Andrei"), ("Serhiy", "Sergei"), ("Dmytro", "Dmitry"),
                     ("Yuriy", "Yuri"), ("Petro", "Pyotr"), ("Mykhailo", "Mikhail"), ("Oleh", "Oleg"),
                     ("Ihor", "Igor"), ("Hryhoriy", "Grigory"), ("Vasyl", "Vasily"), ("Anatoliy", "Anatoly"),
                     ("Olena", "Elena"), ("Kateryna", "Ekaterina"), ("Yuliya", "Yulia"), ("Tetiana", "Tatiana"),
                     ("Heorhiy", "Georgy"), ("Pavlo", "Pavel"), ("Valeriy", "Valery"), ("Viktor", "Victor")]
_GIVEN_NAME_RATIO = 90     # Daniel/Danielle (86) are two people; Mikhail/Mikhael (92) one spelling
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


#: Given names in another order match at this spelling ratio (Ismael/Ismail: 83).
_REORDERED_RATIO = 80


@dataclass
class EntityIndex:
    """Entities across sources, the merges that made them, and surface form -> canonical name per kind."""

    entities: list[Entity] = field(default_factory=list)
    merges: list[EntityMerge] = field(default_factory=list)
    names: dict[tuple[str, str], str] = field(default_factory=dict)   # (kind, folded surface) -> canonical

    def canonical(self, name: str | None, kind: str = "person") -> str | None:
        """The merged name for `name` (as any source wrote it), or `name` itself when unknown."""
        if not name:
            return name
        return self.names.get((kind, fold(name).strip()), name)

    def canonical_any(self, name: str | None) -> str | None:
        """Like `canonical`, for a name of unknown kind (a fact's subject): person, then organisation, then place."""
        if not name:
            return name
        key = fold(name).strip()
        return next((self.names[(k, key)] for k in ("person", "organization", "place") if (k, key) in self.names), name)


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
    while len(tokens) > 1 and (tokens[0].rstrip(".") in _LEADING_TITLES or tokens[0] in DEMONYMS):
        tokens = tokens[1:]                  # 'Malaysian Prime Minister Razak', 'Chairman Mohamad Nor Yusof'
    full = [t for t in tokens if not (len(t.rstrip(".")) == 1 or (t.endswith(".") and len(t) <= 3))]
    if not full:
        return (), ""
    surname_start = len(full) - 1
    while surname_start > 0 and fold(full[surname_start - 1]) in _PARTICLES:
        surname_start -= 1
    return tuple(full[:surname_start]), " ".join(full[surname_start:])


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
    score = fuzz.ratio(ka[0], kb[0]) if ka and kb else 0
    if score >= _GIVEN_NAME_RATIO and ka[0][0] == kb[0][0] and abs(len(ka[0]) - len(kb[0])) <= 1:
        return f"spelling variant of the first name (rapidfuzz {score:.0f})"
    return None


def _cluster_people(forms: list[str], weights: Mapping[str, int] | None = None) -> Clusters:
    clusters = Clusters(forms)
    by_surname: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    handles = {translit_key(f): f for f in forms if f.startswith("@")}
    for form in forms:
        if form.startswith("@"):
            continue
        given, surname = name_parts(form)
        if surname:
            by_surname[translit_key(surname)].append((form, given))
    for members in by_surname.values():
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
    _join_given_name_forms(forms, clusters)
    return clusters


def _join_given_name_forms(forms: list[str], clusters: Clusters) -> None:
    """'Mr Hishammuddin' for 'Hishammuddin Hussein': where people are called by their given name, a lone
    name (with or without an honorific) that is a given name of exactly one full name, and no one's surname,
    is that person."""
    surnames, given_of = set(), defaultdict(set)
    for f in forms:
        given, surname = name_parts(f)
        if surname and given:
            surnames.add(translit_key(surname))
            for g in given:
                given_of[translit_key(g)].add(clusters.find(f))
    for f in forms:
        given, surname = name_parts(f)
        if surname and not given and not f.startswith("@"):
            key = translit_key(surname)
            roots = given_of.get(key, set())
            if len(roots) == 1 and key not in surnames and clusters.find(f) != next(iter(roots)):
                clusters.union(next(iter(roots)), f, "given name of the only person who has it")


def _cluster_orgs(forms: list[str]) -> Clusters:
    clusters = Clusters(forms)
    by_key: dict[str, str] = {}
    for form in forms:
        key = org_key(form.lstrip("@"))
        if key in by_key:
            clusters.union(by_key[key], form, "same name up to case, dashes, spelling or handle")
        else:
            by_key[key] = form
    for form in forms:
        acro = acronym_of(form)
        if acro and len(acro) >= 3 and acro.lower() in by_key and by_key[acro.lower()] != form:
            clusters.union(form, by_key[acro.lower()], f"acronym {acro}")
    return clusters


def _cluster_places(forms: list[str]) -> Clusters:
    clusters = Clusters(forms)
    by_key: dict[str, str] = {}
    acronyms = {acronym_of(f).lower(): f for f in forms if len(f.split()) >= 2 and acronym_of(f)}
    for form in forms:
        key = place_key(form)
        short = key.replace(" ", "")
        if len(short) <= 3 and form.replace(".", "").isupper() and short in acronyms:   # U.S. -> United States
            clusters.union(acronyms[short], form, f"abbreviation {form}")
            continue
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


def _alias_forms(name: str, mentions: list[str]) -> list[str]:
    """Mentions that are the name itself in another form (Mr. Putin, Vladimir V. Putin), not pronouns or titles."""
    return list(_alias_forms_cached(name, tuple(mentions)))


@lru_cache(maxsize=1 << 16)
def _alias_forms_cached(name: str, mentions: tuple[str, ...]) -> tuple[str, ...]:
    given, surname = name_parts(name)
    wanted = {translit_key(w) for w in given + surname.split()}
    out = []
    for m in mentions:
        tokens = m.split()
        for start in range(len(tokens)):
            tail = tokens[start:]
            g, s = name_parts(" ".join(tail))
            keys = {translit_key(w) for w in g + s.split()}
            if (s and keys <= wanted and translit_key(s.split()[-1]) in wanted and tail[0][:1].isupper()
                    and tail[0] not in _LEADING_TITLES and tail[0] not in DEMONYMS):     # the name, untitled
                prev = fold(tokens[start - 1]).rstrip(".") if start else ""
                out.append(" ".join(tokens[start - 1:]) if prev in {"mr", "mrs", "ms", "dr"} else " ".join(tail))
                break
    return tuple(out)


def looks_like_name(form: str) -> bool:
    """A person's name as written, not a description ('the alliance's top official') or a pronoun."""
    if form.startswith("@"):
        return len(form) > 2
    given, surname = name_parts(form)
    if all(t.rstrip(".") in _LEADING_TITLES or t in DEMONYMS or fold(t).rstrip(".") in HONORIFICS
           for t in form.split()):
        return False                         # a bare title: 'Rev', 'Chairman', 'Prime Minister'
    if surname.isupper() and len(surname) <= 3:
        return False                         # 'Malaysian PM', 'the company's CEO': an office's letters
    return bool(surname) and all(w[:1].isupper() for w in given + surname.split()[-1:])


def _speaker_kind(name: str, orgs: set[str]) -> EntityKind:
    """A speaker named as an organisation anywhere ('the Kremlin said') is indexed as one."""
    return "organization" if fold(name) in orgs else "person"


def _observe(briefings: list[Briefing]) -> dict[EntityKind, dict[str, dict[str, set[str]]]]:
    """kind -> surface form -> source id -> roles (empty set when the source gives none)."""
    seen: dict[EntityKind, dict[str, dict[str, set[str]]]] = {k: defaultdict(lambda: defaultdict(set))
                                                               for k in ENTITY_KINDS}
    orgs = {fold(o) for b in briefings for o in b.organizations}    # a speaker named as an organisation anywhere
    for b in briefings:
        sid = b.source.id
        for p in b.people:
            seen["person"][p.name][sid].update([p.role] if p.role else [])
            for alias in _alias_forms(p.name, p.mentions):
                seen["person"][alias][sid]
        for q in b.quotes:
            for speaker in q.speaker_names():      # people speaking together: each one, never "A, B and C"
                seen[_speaker_kind(speaker, orgs)][speaker][sid]
        for f in b.facts:
            if f.kind == "title" and f.subject:
                seen["person"][f.subject][sid]
        for note in b.notes:
            if note.kind == "tweet" and note.author and note.handle:
                kind = _speaker_kind(note.author, orgs)
                seen[kind][note.author][sid]
                if translit_key(note.handle) == translit_key(note.author):
                    seen[kind]["@" + note.handle.lstrip("@")][sid]
        for o in b.organizations:
            seen["organization"][o][sid]
        for pl in b.places:
            seen["place"][pl][sid]
    return seen


def _vetoes(previous_merges: list[EntityMerge] | None) -> set[tuple[str, str]]:
    """(kind, folded alias) pairs a person asked to keep apart by marking the merge `undo: true`."""
    return {(m.kind, fold(str(alias))) for m in previous_merges or [] if m.undo for alias in m.merged}


def _canonical_form(forms: list[str], sources: dict[str, dict[str, set[str]]], kind: str) -> str:
    def score(f: str) -> tuple:
        given, surname = name_parts(f) if kind == "person" else ([], f)
        plain = kind != "person" or (bool(given) and f.strip() == " ".join(given + [surname]))
        return (plain, len(sources[f]), not f.startswith("@"), len(f), f)
    return max(forms, key=score)


def _clusters(kind: EntityKind, by_form: dict[str, dict[str, set[str]]], briefings: list[Briefing]) -> Clusters:
    """The forms of one kind joined by that kind's name rules; people weigh forms by how often the texts
    use them."""
    if kind == "person":
        return _cluster_people(sorted(by_form), TextCount(briefings))
    return {"organization": _cluster_orgs, "place": _cluster_places}[kind](sorted(by_form))


def _unvetoed_groups(kind: str, clusters: Clusters, vetoed: set[tuple[str, str]]) -> list[list[str]]:
    """The clusters, with each form a person split off (an undone merge) standing as a group of its own."""
    groups = []
    for group in clusters.groups():
        groups.append([f for f in group if (kind, fold(f)) not in vetoed])
        groups.extend([f] for f in group if (kind, fold(f)) in vetoed)
    return [g for g in groups if g]


def _add_entity(index: EntityIndex, kind: EntityKind, group: list[str], by_form: dict[str, dict[str, set[str]]],
                clusters: Clusters) -> None:
    """One group of forms -> one entity under its canonical name, every form indexed, each merge recorded
    with why (so the person can undo it)."""
    name = _canonical_form(group, by_form, kind)
    srcs = Counter(s for f in group for s in by_form[f])
    roles = {s: sorted(r)[0] for f in group for s, r in by_form[f].items() if r}
    aliases = sorted({f for f in group if f != name and fold(f) != fold(name)} if len(group) > 1 else set())
    index.entities.append(Entity(name=name, kind=kind, aliases=aliases, sources=sorted(srcs), roles=roles))
    for f in group:
        index.names[(kind, fold(f).strip())] = name
        if f != name:
            index.merges.append(EntityMerge(name, kind, [f], clusters.why.get(f, "joined through another alias")))


def build_entities(briefings: list[Briefing], previous_merges: list[EntityMerge] | None = None) -> EntityIndex:
    """All entities across sources, merged by name rules per kind; merges recorded for undo."""
    seen = _observe(briefings)
    vetoed = _vetoes(previous_merges)
    index = EntityIndex()
    for kind, by_form in seen.items():
        if kind == "person":
            by_form = {f: v for f, v in by_form.items() if looks_like_name(f)}
        clusters = _clusters(kind, by_form, briefings)
        for group in _unvetoed_groups(kind, clusters, vetoed):
            _add_entity(index, kind, group, by_form, clusters)
    index.merges.extend(replace(m) for m in previous_merges or [] if m.undo)
    index.entities.sort(key=lambda e: (-len(e.sources), e.kind, e.name))
    index.merges.sort(key=lambda m: (m.kind, m.name, m.merged))
    return index
