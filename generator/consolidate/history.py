"""What changed in the briefing since the last build: a pure diff of two consolidated views.

A build that changes the briefing gets one `Entry`: new, updated and removed sources, new headline
facts, facts whose value changed (both values), new, changed and resolved conflicts, new speakers and
statements.  Each change is put in one of three lists by what caused it:

- `story`: it involves a source whose file is new, changed or gone (new coverage, a re-fetched page);
- `corrections`: none of its sources' files changed, so a person's edit of the YAML made it
  (or a conflict's `resolution:` was written);
- `machine`: its sources were only re-extracted by a newer extractor.

Everything here works on plain data (`Summary`, `SourceState`); reading and writing `history.yaml`
is `history_file`'s, showing it is the site's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from generator.facts.count_units import is_time_unit
from generator.lexicon.numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS
from generator.model.briefing import Briefing, Conflict, QuoteGroup, SourceRef, Summary, SummaryFact
from generator.model.kinds import ChangeKind
from generator.text.matching import fold

#: Evidence links kept per change: a fact carried by thousands of sources must not make an entry grow with them.
MAX_EVIDENCE = 10


@dataclass
class SourceState:
    """What the history remembers of a source between builds: enough to tell new bytes from a person's edit."""

    sha256: str = ""
    extractor: str = ""
    title: Optional[str] = None
    url: Optional[str] = None


@dataclass
class Change:
    kind: ChangeKind
    text: str                                  # what a reader sees: a title, a statement, a speaker's words
    id: Optional[str] = None                   # the source, fact or conflict id
    old: Any = None                            # the value before (fact-changed, conflict-*; a new count: the earlier one)
    new: Any = None                            # the value after
    speaker: Optional[str] = None
    url: Optional[str] = None                  # a source's address
    evidence: list[SourceRef] = field(default_factory=list)   # where to read it
    more: int = 0                              # evidence left out (see MAX_EVIDENCE)


@dataclass
class Entry:
    at: str                                    # when the build ran, ISO 8601 UTC
    sources: int = 0                           # how many sources the briefing had after it
    story: list[Change] = field(default_factory=list)
    corrections: list[Change] = field(default_factory=list)
    machine: list[Change] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.story or self.corrections or self.machine)


@dataclass
class State:
    """One side of the diff: the consolidated view and the sources it was made from."""

    summary: Summary
    sources: dict[str, SourceState]


def source_states(briefings: list[Briefing]) -> dict[str, SourceState]:
    return {b.source.id: SourceState(sha256=b.source.sha256, extractor=b.source.extractor, title=b.source.title,
                                     url=b.source.url) for b in briefings}


def _evidence(pairs: list[tuple[str, Any]]) -> tuple[list[SourceRef], int]:
    seen, out = set(), []
    for source, paragraph in pairs:
        if source in seen:
            continue
        seen.add(source)
        out.append(SourceRef(source, paragraph if isinstance(paragraph, int) else None))
    return out[:MAX_EVIDENCE], max(0, len(out) - MAX_EVIDENCE)


def _change(kind: ChangeKind, text: str, pairs: list[tuple[str, Any]], **kw) -> Change:
    evidence, more = _evidence(pairs)
    return Change(kind=kind, text=text, evidence=evidence, more=more, **kw)


def _fact_pairs(f: SummaryFact) -> list[tuple[str, Any]]:
    return [(s, _paragraph(f, s)) for s in f.sources]


def _paragraph(f: SummaryFact, sid: str) -> Optional[int]:
    passage = f.evidence.get(sid)
    return passage.paragraph if passage else None


def _conflict_pairs(c: Conflict) -> list[tuple[str, Any]]:
    return [(e.source, e.paragraph) for v in c.values for e in v.evidence if e.source] + \
           [(s, None) for v in c.values for s in v.sources]


def _group_pairs(g: QuoteGroup) -> list[tuple[str, Any]]:
    return [(q.source, q.paragraph) for q in g.sources if q.source]


def shown(value: Any, unit: Any = None) -> str:
    text = str(value) if value is not None else "—"
    return f"{text} {unit}" if unit and unit not in ("date",) else text


# -- sources -----------------------------------------------------------------------------------------------

def _source_changes(old: dict[str, SourceState], new: dict[str, SourceState]) -> list[Change]:
    out = []
    for sid, s in new.items():
        if sid not in old:
            out.append(_change("source-added", s.title or sid, [(sid, None)], id=sid, url=s.url))
        elif old[sid].sha256 != s.sha256:
            out.append(_change("source-updated", s.title or sid, [(sid, None)], id=sid, url=s.url))
    for sid, s in old.items():
        if sid not in new:
            out.append(Change(kind="source-removed", text=s.title or sid, id=sid, url=s.url))
    return out


# -- facts ---------------------------------------------------------------------------------------------------

#: A number in a statement, in digits or words (text.numerals' words: 'sixty', 'fourteen' too), or a vague one.
_NUMBERISH = re.compile(r"\d[\d,.]*|\b(" + "|".join([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS])
                        + r"|dozens?|hundreds|thousands)\b")


def _fact_keys(f: SummaryFact) -> list[tuple]:
    """What makes two facts with different values the same fact: one statement with its numbers masked,
    or one sentence of one source (a source updated, a value corrected by hand)."""
    keys: list[tuple] = [("statement", f.unit, _NUMBERISH.sub("#", fold(f.statement or "")))]
    keys += [("sentence", f.unit, s, _paragraph(f, s)) for s in f.sources if _paragraph(f, s)]
    return keys


def _fact_changes(old: list[SummaryFact], new: list[SummaryFact]) -> list[Change]:
    before = {f.id: f for f in old}
    after = {f.id: f for f in new}
    out = []
    for fid, f in after.items():
        was = before.get(fid)
        if was is not None and (was.value, was.unit) != (f.value, f.unit):
            out.append(_change("fact-changed", f.statement, _fact_pairs(f), id=fid, old=shown(was.value, was.unit),
                               new=shown(f.value, f.unit)))
    gone = [f for fid, f in before.items() if fid not in after]
    index: dict[tuple, SummaryFact] = {}
    for f in gone:
        for key in _fact_keys(f):
            index.setdefault(key, f)
    matched: set[str] = set()
    for fid, f in after.items():
        if fid in before:
            continue
        was = next((index[k] for k in _fact_keys(f) if k in index and index[k].id not in matched), None)
        if was is not None and (was.value, was.unit) != (f.value, f.unit):
            matched.add(was.id)
            out.append(_change("fact-changed", f.statement, _fact_pairs(f) + _fact_pairs(was), id=fid,
                               old=shown(was.value, was.unit), new=shown(f.value, f.unit)))
        else:
            out.append(_change("fact-new", f.statement, _fact_pairs(f), id=fid, new=shown(f.value, f.unit),
                               old=_earlier(f, old)))
    out += [_change("fact-removed", f.statement, _fact_pairs(f), id=f.id, old=shown(f.value, f.unit))
            for f in gone if f.id not in matched]
    return out




def _a_count(unit: Optional[str]) -> bool:
    """A unit that says what a number counts in a story ('dead', 'evacuated'); dates and spans of time do not."""
    return unit is not None and unit not in ("", "date") and not is_time_unit(unit)


def _earlier(f: SummaryFact, old: list[SummaryFact]) -> Optional[str]:
    """The value earlier sources agreed on for the same count ('12 dead' before '15 dead'), when exactly
    one earlier fact counts that unit: a developing story's rising toll reads as a change."""
    if not _a_count(f.unit) or not isinstance(f.value, (int, float)):
        return None
    same = [o for o in old if o.unit == f.unit and o.value != f.value and isinstance(o.value, (int, float))]
    return shown(same[0].value, same[0].unit) if len(same) == 1 else None


# -- conflicts -----------------------------------------------------------------------------------------------

def _values(c: Conflict) -> list[str]:
    return [str(v.value) for v in c.values]


def _conflict_text(c: Conflict) -> str:
    return f"{c.subject}: {c.attribute}"


def _conflict_changes(old: list[Conflict], new: list[Conflict]) -> list[Change]:
    before = {c.id: c for c in old}
    after = {c.id: c for c in new}
    out = []
    for cid, c in after.items():
        was = before.get(cid)
        if was is None:
            out.append(_change("conflict-new", _conflict_text(c), _conflict_pairs(c), id=cid, new=_values(c)))
            continue
        if sorted(_values(was)) != sorted(_values(c)):
            out.append(_change("conflict-changed", _conflict_text(c), _conflict_pairs(c), id=cid,
                               old=_values(was), new=_values(c)))
        if c.resolution not in (None, "") and c.resolution != was.resolution:
            out.append(_change("conflict-resolved", _conflict_text(c), _conflict_pairs(c), id=cid,
                               old=_values(was), new=str(c.resolution)))
    for cid, c in before.items():
        if cid not in after:
            out.append(_change("conflict-resolved", _conflict_text(c), _conflict_pairs(c), id=cid,
                               old=_values(c), new="the sources no longer disagree"))
    return out


# -- speakers and statements ---------------------------------------------------------------------------------

def _quote_keys(g: QuoteGroup) -> set[tuple]:
    return {(q.source, q.quote) for q in g.sources}


def _who(name: str) -> str:
    """One spelling of a speaker's name (case, accents and spacing ignored)."""
    return " ".join(fold(name).split())


def _statement_changes(old: list[QuoteGroup], new: list[QuoteGroup]) -> list[Change]:
    """New statements (no quote of theirs was grouped before), statements now given to another speaker,
    and the speakers heard for the first time."""
    said_by = {key: g.speaker for g in old for key in _quote_keys(g)}
    speakers = {_who(g.speaker) for g in old if g.speaker}
    out = []
    for g in new:
        if not g.speaker:
            continue
        before = {said_by[k] for k in _quote_keys(g) if k in said_by}
        moved = before and _who(g.speaker) not in {_who(s or "") for s in before}
        if before and not moved:
            continue
        text = next((q.text for q in g.sources if q.text), "")
        if _who(g.speaker) not in speakers:
            speakers.add(_who(g.speaker))
            out.append(_change("speaker-new", g.speaker, _group_pairs(g), speaker=g.speaker, new=g.role))
        if moved:
            out.append(_change("statement-changed", text, _group_pairs(g), speaker=g.speaker,
                               old=" / ".join(sorted(s or "unattributed" for s in before)), new=g.speaker))
        else:
            out.append(_change("statement-new", text, _group_pairs(g), speaker=g.speaker))
    return out


# -- the entry -----------------------------------------------------------------------------------------------

def _sources(change: Change) -> set[str]:
    return {e.source for e in change.evidence}


def _cause(change: Change, story: set[str], machine: set[str]) -> str:
    sources = _sources(change)
    if change.kind.startswith("source-") or sources & story:
        return "story"
    if change.kind == "conflict-resolved" and change.new != "the sources no longer disagree":
        return "corrections"               # a `resolution:` a person wrote
    if sources and sources <= machine:
        return "machine"
    return "corrections"


def diff(old: State, new: State, at: str) -> Entry:
    """The entry for going from `old` to `new` (empty when nothing a reader would see changed)."""
    story = {sid for sid, s in new.sources.items() if sid not in old.sources or old.sources[sid].sha256 != s.sha256}
    story |= set(old.sources) - set(new.sources)
    machine = {sid for sid, s in new.sources.items()
               if sid not in story and sid in old.sources and old.sources[sid].extractor != s.extractor}
    changes = (_source_changes(old.sources, new.sources) + _fact_changes(old.summary.facts, new.summary.facts)
               + _conflict_changes(old.summary.conflicts, new.summary.conflicts)
               + _statement_changes(old.summary.quotes, new.summary.quotes))
    entry = Entry(at=at, sources=len(new.sources))
    for change in changes:
        if _outranked(change, story, machine):
            continue
        getattr(entry, _cause(change, story, machine)).append(change)
    return entry


def _outranked(change: Change, story: set[str], machine: set[str]) -> bool:
    """A headline fact of unchanged sources gone in a build that brought new coverage: the new sources'
    developments outranked it (it is still on its sources' pages); no one edited or corrected it."""
    sources = _sources(change)
    return change.kind == "fact-removed" and bool(story) and not sources & (story | machine)
