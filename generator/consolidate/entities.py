"""The same person, organisation or place under different names across sources.

Sources transliterate (Aleksandr/Alexander), add middle initials (Vladimir V. Putin), honorifics (Mr/Mr.),
double letters (Donbas/Donbass), dashes (NATO–Russia/NATO-Russia) and acronyms (OSCE).  Names are merged by
rules per kind, with rapidfuzz for spelling variants, and every merge is recorded with its reason so a person
can undo it (`undo: true` on a `merges` entry in summary.yaml keeps that name apart on the next build).
People are only merged when their surnames match: two people who share a first name or a title never merge.

Here: which names each source uses (people, speakers, tweet authors, organisations, places), the forms of a
name grouped by kind, and one entity per group.  The keys names are compared by are in `name_keys`, the
merge rules per kind in `name_merges`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.consolidate.clusters import Clusters, TextCount
from generator.consolidate.name_evidence import NameTexts
from generator.consolidate.name_keys import LEADING_TITLES, looks_like_name, name_parts, translit_key
from generator.consolidate.name_merges import cluster_orgs, cluster_people, cluster_places
from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.lexicon.names import GIVEN_NAME_HONORIFICS, SURNAME_HONORIFICS, census_first_names, not_a_person_name
from generator.mentions.names import named_as_a_body
from generator.mentions.places import nouns_not_places
from generator.model.briefing import Briefing, Entity, EntityMerge
from generator.model.kinds import ENTITY_KINDS, EntityKind
from generator.text.matching import fold

_SURNAME_HONORIFICS = frozenset(h.lower() for h in SURNAME_HONORIFICS)


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
        if len(tokens) == 2 and tokens[0] in GIVEN_NAME_HONORIFICS and given[:1] == tokens[1:]:
            continue        # 'Sir Alan' for Alan Budd: his given name, no surname form another Alan could share
        for start in range(len(tokens)):
            tail = tokens[start:]
            g, s = name_parts(" ".join(tail))
            keys = {translit_key(w) for w in g + s.split()}
            if (s and keys <= wanted and translit_key(s.split()[-1]) in wanted and tail[0][:1].isupper()
                    and tail[0] not in LEADING_TITLES and tail[0] not in DEMONYMS):     # the name, untitled
                prev = fold(tokens[start - 1]).rstrip(".") if start else ""
                out.append(" ".join(tokens[start - 1:]) if prev in _SURNAME_HONORIFICS else " ".join(tail))
                break
    return tuple(out)


def _speaker_kind(name: str, orgs: set[str]) -> EntityKind:
    """A speaker named as an organisation anywhere ('the Kremlin said') is indexed as one, and so is one whose name
    only a body's, a publication's or a place's can be ('The Wall Street Journal reported', 'Derby County said'), or
    a country's ('the United States said': its government)."""
    return "organization" if fold(name) in orgs or not_a_person_name(name) or name in COUNTRIES else "person"


#: How often a one-word name must open a longer name for it to be a maker's or an owner's name.
_OPENS_NAMES = 2
_OPENS_A_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+(?=[A-Z][\w-])")


def _maker_speakers(briefings: list[Briefing]) -> set[str]:
    """Folded one-word speakers that are a maker's or an owner's name, not a person's: no source names them
    among its people, they are no given name, and the texts write them opening longer names at least
    `_OPENS_NAMES` times ('Acme Rover X2', 'Acme Rover Mini' -- a product carries its maker's name; a person's
    surname stands after a given name, not before another name)."""
    people = {fold(w) for b in briefings for p in b.people for n in (p.name, *p.mentions) for w in n.split()}
    candidates = {s for b in briefings for q in b.quotes for s in q.speaker_names()
                  if len(s.split()) == 1 and s[:1].isupper() and fold(s) not in people
                  and s not in census_first_names()}
    if not candidates:
        return set()
    opens = Counter(m.group(1) for b in briefings for p in b.body for m in _OPENS_A_NAME.finditer(p)
                    if m.group(1) in candidates)
    return {fold(name) for name, n in opens.items() if n >= _OPENS_NAMES}


def _observe(briefings: list[Briefing]) -> dict[EntityKind, dict[str, dict[str, set[str]]]]:
    """kind -> surface form -> source id -> roles (empty set when the source gives none)."""
    seen: dict[EntityKind, dict[str, dict[str, set[str]]]] = {k: defaultdict(lambda: defaultdict(set))
                                                               for k in ENTITY_KINDS}
    orgs = {fold(o) for b in briefings for o in b.organizations}    # a speaker named as an organisation anywhere
    orgs |= _maker_speakers(briefings)
    bodies = {o for b in briefings for o in b.organizations}     # a person no source names as more than a body's name
    for b in briefings:
        sid = b.source.id
        for p in b.people:
            if named_as_a_body(p.name, p.role, p.mentions, bodies):
                seen["organization"][p.name][sid]           # 'Deutsche Boerse' where another source marks it a body
                continue
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
    _drop_nouns(seen["place"], briefings)
    return seen


def _drop_nouns(places: dict[str, dict[str, set[str]]], briefings: list[Briefing]) -> None:
    """One source's 'the Halifax has …' says what another's 'Halifax' is: no place in any source."""
    for noun in nouns_not_places([p for b in briefings for p in b.body]):
        places.pop(noun, None)


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
    use them, and read the texts for the gender of a bare surname and a woman's birth name."""
    if kind == "person":
        return cluster_people(sorted(by_form), TextCount(briefings), NameTexts.of(briefings, by_form))
    return {"organization": cluster_orgs, "place": cluster_places}[kind](sorted(by_form))


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


def _join_linked_aliases(clusters: Clusters, briefings: list[Briefing], forms: dict[str, dict[str, set[str]]]) -> None:
    """'Mr Blair' where two Blairs are named across the sources: every source that writes it names one of them,
    Tony Blair, and links it to him (its own 'Tony Blair … Mr Blair', no other Blair in it), so it is his form,
    not a third person."""
    links: dict[str, set[str]] = defaultdict(set)
    for b in briefings:
        for p in b.people:
            for alias in _alias_forms(p.name, p.mentions):
                if fold(alias.split()[0]).rstrip(".") not in _SURNAME_HONORIFICS:
                    continue        # a bare 'Abdeslam' may be a brother the source names without a full name
                bearers = {q.name for q in b.people if q.name.split()[-1] == alias.split()[-1]}
                links[alias].update(bearers)     # a source naming two Abdeslams links the form to neither alone
    for alias, names in links.items():
        name = next(iter(names), "")
        if len(names) != 1 or alias == name or alias not in forms or name not in forms:
            continue
        root = clusters.find(alias)
        if root != clusters.find(name) and not any(name_parts(f)[0] for f in forms if clusters.find(f) == root):
            clusters.union(name, alias, "the same person in every source that writes this form")   # not yet anyone's


def _without_ambiguous_surnames(groups: list[list[str]], briefings: list[Briefing]) -> list[list[str]]:
    """Drop a bare surname left on its own that no source names as a person, a speaker or a title's holder, only
    as another mention of someone ('Obama' beside 'Mrs. Obama' and 'Mr. Obama'), when two people bear it: it is
    one of them, not a third person with a page."""
    named = {p.name for b in briefings for p in b.people}
    named |= {s for b in briefings for q in b.quotes for s in q.speaker_names()}
    named |= {f.subject for b in briefings for f in b.facts if f.kind == "title" and f.subject}
    bearers = Counter(w for group in groups if len(group) > 1 or len(group[0].split()) > 1
                      for w in {f.split()[-1] for f in group})      # people whose forms end in each surname

    def ambiguous(group: list[str]) -> bool:
        return len(group) == 1 and len(group[0].split()) == 1 and group[0] not in named and bearers[group[0]] >= 2

    return [g for g in groups if not ambiguous(g)]


def build_entities(briefings: list[Briefing], previous_merges: list[EntityMerge] | None = None) -> EntityIndex:
    """All entities across sources, merged by name rules per kind; merges recorded for undo."""
    seen = _observe(briefings)
    vetoed = _vetoes(previous_merges)
    index = EntityIndex()
    for kind, by_form in seen.items():
        if kind == "person":
            by_form = {f: v for f, v in by_form.items() if looks_like_name(f)}
        clusters = _clusters(kind, by_form, briefings)
        if kind == "person":
            _join_linked_aliases(clusters, briefings, by_form)
        groups = _unvetoed_groups(kind, clusters, vetoed)
        if kind == "person":
            groups = _without_ambiguous_surnames(groups, briefings)
        for group in groups:
            _add_entity(index, kind, group, by_form, clusters)
    index.merges.extend(replace(m) for m in previous_merges or [] if m.undo)
    index.entities.sort(key=lambda e: (-len(e.sources), e.kind, e.name))
    index.merges.sort(key=lambda m: (m.kind, m.name, m.merged))
    return index
