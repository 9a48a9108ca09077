"""Where sources agree and where they contradict each other, fact by fact.

Every extracted Fact becomes an `Observation` with a comparable value: a count in its unit family (countries,
nations, members and allies all count members), a duration in hours, a date, a title without its nationality
words, a set of people.  Agreement = the same value in several sources (qualifiers such as "around"/"nearly"
are shown per source, not a disagreement).  Conflict = the same attribute of the same subject with
incompatible values; only structured values are compared, because two free-text summaries that differ in
wording usually say the same thing (`claims` turns sentences into such structured values: since when a state has
held; `slots` compares counts, clock times and ages of one slot, and tells updates from conflicts).  Blocking
is by dictionary key, so the work grows linearly with sources.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Hashable, Optional

from generator.consolidate.entities import EntityIndex
from generator.consolidate.statements import STATEMENT_KINDS
from generator.lexicon.persons import SPOKESPERSON_FORMS, TITLE_KEY_NOUNS
from generator.lexicon.titles import OFFICES, RANKS_OF_OFFICE, TITLE_KEY_WORDS
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence, Fact, Passage, SummaryFact
from generator.model.kinds import EvidenceOrigin
from generator.text.matching import EVENT_NOUNS, content_tokens, slug, stem, words

_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760,
          "decade": 87600}
_COUNT_FAMILIES = {
    "members": {"country", "nation", "member", "ally", "state", "member state", "member country",
                "sovereign nation", "participating state", "participating nation"},
    "dead": {"dead", "death", "killed", "people killed", "fatality", "life", "people dead", "victim"},
    "troops": {"troop", "soldier", "serviceman", "servicemen", "service member", "combat-ready troop"},
    "attackers": {"attacker", "assailant", "gunman", "gunmen", "militant", "terrorist", "bomber", "suicide bomber",
                  "shooter", "hijacker"},
}
#: The words of an office's title, lower case, that `title_key` keeps (a nationality or organisation in front and
#: '… of NATO' behind are cut).  Not `mentions.name_patterns.TITLE_WORDS`, on purpose: that one finds titles
#: before a name in text (ranks, 'Coach', 'Pope'); this one compares two sources' titles of one person, so it
#: keeps the domain words ('security', 'national', 'defence') and leaves out ranks no office key needs.
_TITLE_KEY_WORDS = TITLE_KEY_NOUNS | TITLE_KEY_WORDS
#: Spellings of one title word: 'defence'/'defense', 'spokesman'/'spokeswoman'/'spokesperson'.
_SAME_TITLE_WORD = {"defence": "defense"} | {form: "spokesperson" for form in SPOKESPERSON_FORMS if form != "spokesperson"}
#: Two counts of one subject stay within this factor when sources disagree on one number; beyond it they count
#: different things (a part and a whole, one day's and one week's).  `slots` uses the same bound.
SAME_THING = 1.5
#: Two durations of one subject this many times apart time different things ('a personal best' of 52.98 s in the
#: 400m and of 7.13 s in the 60m), not one thing sources disagree on ('nearly 4 hours' against '1 hour longer').
DIFFERENT_DURATIONS = 5.0
_SHORT_SCALE_HOURS = 48      # durations up to two days describe an event; longer ones describe intervals


_PARENTHESES = re.compile(r"\([^)]*\)")
_NAME_SEPARATOR = re.compile(r";|,| and ")


@dataclass
class Observation:
    """One source's statement of one value, made comparable."""

    source: str
    fact: Fact
    family: str                 # what the value measures: title, members, time-short, date, people, text …
    value: Hashable             # normalised, comparable value
    display: str                # the value as a reader should see it
    subject: Optional[str]      # canonical subject, explicit or inferred; None = unknown
    origin: EvidenceOrigin = "body"


@lru_cache(maxsize=1 << 12)
def unit_family(unit: str | None) -> str:
    """Count unit -> family: '30 countries' and 'all 30 allies' both count members."""
    if not unit:
        return "count"
    u = " ".join(stem(w) for w in words(unit))
    for family, names in _COUNT_FAMILIES.items():
        if u in names or u.split()[-1:] and u.split()[-1] in names:
            return family
    return u.split()[-1] if u else "count"


def hours_of(value: Any, unit: str | None) -> float | None:
    """A duration in hours ('90 minutes' -> 1.5), or None when the unit is not a time unit."""
    u = stem(words(unit)[-1]) if unit and words(unit) else ""
    if u not in _HOURS or not isinstance(value, (int, float)):
        return None
    return round(float(value) * _HOURS[u], 4)


@lru_cache(maxsize=1 << 14)
def title_key(title: str) -> str:
    """One spelling per title: 'US Under Secretary of State' = 'Under Secretary of State', 'Minister of Foreign
    Affairs' = 'Foreign Minister', 'Secretary-General of NATO' = 'Secretary General'; 'Deputy …' stays apart."""
    tokens = [_SAME_TITLE_WORD.get(t, t) for t in words(title.replace("-", " ")) if t != "affairs"]
    while tokens and tokens[0] not in _TITLE_KEY_WORDS:          # nationality or organisation in front
        tokens.pop(0)
    cut = next((i for i, t in enumerate(tokens) if t not in _TITLE_KEY_WORDS), len(tokens))
    tokens = tokens[:cut]                                     # '… of NATO', '… of the United States'
    while tokens and tokens[-1] in {"of", "to", "for"}:
        tokens.pop()
    for i, t in enumerate(tokens):                            # '<office> of/for <domain>' -> '<domain> <office>'
        if t in OFFICES and tokens[i + 1:i + 2] in (["of"], ["for"]) and tokens[i + 2:]:
            domain = tokens[i + 2:]
            if not set(domain) & OFFICES:
                tokens = tokens[:i] + domain + [t]
            break
    return " ".join(tokens)


def people_set(value: Any, entities: EntityIndex) -> frozenset[str]:
    text = _PARENTHESES.sub(" ", str(value or ""))
    names = [n.strip() for n in _NAME_SEPARATOR.split(text) if n.strip()]
    return frozenset(entities.canonical(n) or n for n in names)


def _display_number(value: Any, qualifier: str | None, unit: str | None) -> str:
    """'nearly 4 hours', '1 hour longer than expected': comparative qualifiers read after the unit."""
    number = f"{value:,}" if isinstance(value, int) else str(value)
    if unit and value == 1 and unit.endswith("s"):
        unit = unit[:-1]
    if qualifier and qualifier.split()[0] in {"longer", "shorter", "later", "earlier", "more", "less"} \
            and " than " in f" {qualifier} " and not qualifier.endswith("than"):
        return " ".join(x for x in (number, unit, qualifier) if x)
    return " ".join(x for x in (qualifier, number, unit) if x)


def _origin(f: Fact, b: Briefing) -> EvidenceOrigin:
    if f.qualifier == "correction":
        return "correction"
    if f.paragraph is None and f.evidence:
        for n in b.notes:
            if (n.kind == "caption" or n.kind == "correction") and (f.evidence in n.text or n.text in f.evidence):
                return n.kind
    return "body"


def observe(b: Briefing, f: Fact, entities: EntityIndex, infer_subject) -> Observation | None:
    """Fact -> comparable observation, or None when the fact carries no value."""
    if f.value is None or f.value == "" or f.kind in STATEMENT_KINDS:   # sentences: see `statements`
        return None
    origin = _origin(f, b)
    if f.kind == "title":
        subject = entities.canonical(f.subject, "person") if f.subject else None
        return Observation(b.source.id, f, "title", title_key(str(f.value)), str(f.value), subject, origin)
    subject = entities.canonical_any(f.subject) if f.subject else None
    hours = hours_of(f.value, f.unit) if f.kind == "duration" else None
    if hours is not None:
        scale = "time-short" if hours <= _SHORT_SCALE_HOURS else "time-long"
        generic = subject is None or set(content_tokens(subject)) <= EVENT_NOUNS   # "talks", "the session"
        if generic and scale == "time-short":
            subject = infer_subject(b, f)
        return Observation(b.source.id, f, scale, hours, _display_number(f.value, f.qualifier, f.unit), subject, origin)
    if f.kind == "count" and isinstance(f.value, (int, float)):
        return Observation(b.source.id, f, unit_family(f.unit), f.value,
                           _display_number(f.value, f.qualifier, f.unit), subject, origin)
    if f.kind == "date":
        return Observation(b.source.id, f, "date", str(f.value), str(f.value), subject, origin)
    if f.kind == "person":
        return Observation(b.source.id, f, "people", people_set(f.value, entities), str(f.value), subject, origin)
    return Observation(b.source.id, f, f.kind, " ".join(words(str(f.value))), str(f.value), subject, origin)


def _agreement_key(o: Observation) -> tuple:
    """A number in its unit family, or a date, agrees by value alone; words agree only about one subject."""
    if o.family == "date" or isinstance(o.value, (int, float)):
        return (o.family, o.value)
    return (o.family, o.subject, o.value)


def _fact_id(o: Observation, taken: set[str]) -> str:
    """Readable and stable: 'troops-100000', 'duration-2-years', 'date-2022-01-12', 'wendy-sherman-…'."""
    if o.family.startswith("time-"):
        base = f"duration-{o.fact.value}-{o.fact.unit or ''}"
    elif isinstance(o.value, (int, float)):
        base = f"{o.family}-{o.value:g}"
    elif o.family == "date" and not o.subject:
        base = f"date-{o.value}"
    else:
        base = "-".join(x for x in (slug(o.subject or ""), slug(o.display)[:40]) if x) or o.family
    fid, n = slug(base) or "fact", 2
    while fid in taken:
        fid, n = f"{slug(base)}-{n}", n + 1
    taken.add(fid)
    return fid


def agreed_facts(observations: list[Observation]) -> list[SummaryFact]:
    """Facts that at least two sources state with the same value, most corroborated first."""
    groups: dict[tuple, list[Observation]] = defaultdict(list)
    for o in observations:
        if o.origin == "body":
            groups[_agreement_key(o)].append(o)
    out: list[SummaryFact] = []
    taken: set[str] = set()
    for group in groups.values():
        first_per_source: dict[str, Observation] = {}
        for o in group:
            first_per_source.setdefault(o.source, o)
        if len(first_per_source) < 2:
            continue
        lead = min(first_per_source.values(), key=lambda o: (o.fact.rank or 99, len(o.fact.statement or ""), o.source))
        out.append(SummaryFact(
            id=_fact_id(lead, taken), statement=lead.fact.statement, value=lead.fact.value, unit=lead.fact.unit,
            qualifiers={s: o.fact.qualifier for s, o in first_per_source.items()},
            sources=sorted(first_per_source),
            evidence={s: Passage(o.fact.paragraph, o.fact.evidence) for s, o in first_per_source.items()}))
    out.sort(key=lambda f: (-len(f.sources), f.id))
    return out


def _compatible(family: str, a: Any, b: Any) -> bool:
    """Values that can both be true: the same, a date and its month/year, a partial list of the same people."""
    if a == b:
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if family.startswith("time-"):      # durations far apart time different things
            low, high = sorted((abs(a), abs(b)))
            return low > 0 and high / low >= DIFFERENT_DURATIONS
        return not _close(a, b)          # counts far apart count different things (`slots._SAME_THING`)
    if family == "date" or family.endswith(" since"):      # a year and a month of that year agree
        return str(a).startswith(str(b)) or str(b).startswith(str(a))
    if family == "people":
        return bool(a <= b or b <= a)
    if family == "title":                # 'deputy defense minister' and '… colonel general': a rank added;
        ta, tb = str(a).split(), str(b).split()       # 'minister' and 'interior minister': one says less
        extra = set(ta) ^ set(tb)                      # but 'deputy …' is another office
        return (ta[:len(tb)] == tb or tb[:len(ta)] == ta
                or (set(ta) <= set(tb) or set(tb) <= set(ta)) and not extra & RANKS_OF_OFFICE)
    return False


_ATTRIBUTE = {"title": "title", "time-short": "duration", "time-long": "duration", "date": "date",
              "people": "people"}


def _close(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low < SAME_THING


def find_conflicts(observations: list[Observation]) -> list[Conflict]:
    """Same subject and attribute, incompatible values: each value with its sources and evidence."""
    blocks: dict[tuple, list[Observation]] = defaultdict(list)
    for o in observations:
        comparable = o.family in _ATTRIBUTE or o.family.endswith(" since") or isinstance(o.value, (int, float))
        if o.family == "date" and len(content_tokens(o.subject or "")) < 2:
            continue                          # a date of 'In' or 'it': no event to compare dates of
        if o.subject and comparable:
            blocks[(o.subject, o.family)].append(o)
    out: list[Conflict] = []
    for (subject, family), block in blocks.items():
        kept, seen = [], set()
        for o in block:                       # a source's first body statement, plus every correction
            if o.origin != "body":
                kept.append(o)
            elif o.source not in seen:
                kept.append(o)
                seen.add(o.source)
        by_value: dict[Hashable, list[Observation]] = defaultdict(list)
        for o in kept:
            by_value[o.value].append(o)
        values = list(by_value)
        if not any(not _compatible(family, a, b) for i, a in enumerate(values) for b in values[:i]):
            continue
        attribute = _ATTRIBUTE.get(family, family)         # '<state> since' (claims)
        conflict_values = []
        for obs in by_value.values():
            srcs = sorted({o.source for o in obs})
            evidence = [Evidence(o.source, o.fact.paragraph, o.fact.evidence, o.origin)
                        for o in obs]
            shown = min(obs, key=lambda o: (o.source, o.display)).display
            conflict_values.append(ConflictValue(value=shown, sources=srcs, evidence=evidence))
        conflict_values.sort(key=lambda v: (-len(v.sources), str(v.value)))
        cid = slug(subject) if slug(attribute.split()[-1]) in slug(subject) else f"{slug(attribute.split()[-1])}-{slug(subject)}"
        out.append(Conflict(id=cid, subject=subject, attribute=attribute, values=conflict_values))
    out.sort(key=lambda c: (-len({s for v in c.values for s in v.sources}), c.id))
    return out


def observations(briefings: list[Briefing], entities: EntityIndex, infer_subject) -> list[Observation]:
    out = []
    for b in briefings:
        for f in b.facts:
            o = observe(b, f, entities, infer_subject)
            if o is not None:
                out.append(o)
    return out


def main_event_subject(main_place: str | None, places: list[str]):
    """Subject for an event-length duration that names no subject: the corpus's meeting when its sentence speaks
    of a meeting (talks, session …), unless it names another place ('eight hours of talks in Geneva')."""
    others = [p for p in places if p and p != main_place and len(p) > 3]
    names = "|".join(re.escape(p) for p in sorted(others, key=len, reverse=True))
    pattern = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(" + names + r")\b") if others else None

    def infer(b: Briefing, f: Fact) -> str | None:
        text = f.evidence or ""
        if not set(content_tokens(text)) & (EVENT_NOUNS | {"met", "meet"}):   # not 'two hours in hospital'
            return None
        m = pattern.search(text) if pattern else None
        if m and not (main_place and main_place in text):
            return f"talks in {m.group(1)}"
        return "meeting"
    return infer

