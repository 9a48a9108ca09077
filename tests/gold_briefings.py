"""Briefing objects made from the hand-annotated per-source gold files (`seeds-gold/00*.yaml`).

Consolidation is built and scored against these, so its quality is measured apart from the extractors'.
Mapping: body = the corpus lines listed in `body_line_nos` (paragraph = position in that list), notes =
`keep_but_label`, quotes -> Quote, people -> Person, facts -> Fact (kind = type), a `correction_value` -> an
extra title Fact with qualifier "correction", dates -> DateMention.  Gold fact ids are NOT copied into facts
(they are the annotators' shared vocabulary); `with_subjects=True` puts them in `subject` to simulate an
extractor that names what every fact is about, `False` leaves `subject` empty except for titles.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.model.briefing import Briefing, DateMention, Fact, Note, Person, Quote, SourceInfo

_NOTE_KIND = {"image-caption": "caption"}
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$|^\d{3}0s$")


def _title_subject(fact: dict, people: list[dict]) -> str | None:
    for p in people:
        if p.get("role") == fact.get("value"):
            if any(m in fact.get("evidence", "") for m in [p["name"], *p.get("mentions", [])] if len(m) > 3):
                return p["name"]
    return None


def gold_briefing(path: Path, corpus: Path | None = None, with_subjects: bool = False) -> Briefing:
    """One gold file as the Briefing a perfect extractor would produce."""
    g = yaml.safe_load(path.read_text(encoding="utf-8"))
    sid = g["source"]
    lines = (corpus / sid).read_text(encoding="utf-8").split("\n") if corpus and (corpus / sid).exists() else []
    body_nos = g.get("body_line_nos", [])
    para = {n: i for i, n in enumerate(body_nos, start=1)}
    body = [lines[n - 1].strip() for n in body_nos] if lines else []
    notes: list[Note] = []
    for k in g.get("keep_but_label", []):
        if k["kind"] == "tweet" and k.get("part") == "attribution":
            continue
        notes.append(Note(kind=_NOTE_KIND.get(k["kind"], k["kind"]), text=k["line"], author=k.get("tweet_author"),
                          handle=(k.get("tweet_handle") or "").lstrip("@") or None, date=k.get("tweet_date")))
    quotes = [Quote(id=q["id"], text=q["text"], speaker=q.get("speaker"), role=q.get("speaker_role"),
                    cue=q.get("cue"), paragraph=para.get(q["line_no"]), partial=bool(q.get("partial")),
                    unclosed=bool(q.get("unclosed")), kind="tweet" if q.get("form") == "tweet" else "quote")
              for q in g.get("quotes", [])]
    people = [Person(name=p["name"], role=p.get("role"), affiliation=p.get("affiliation"),
                     mentions=list(p.get("mentions", []))) for p in g.get("people", [])]
    facts: list[Fact] = []
    for n, f in enumerate(g.get("facts", []), start=1):
        kind = f["type"]
        subject = _title_subject(f, g.get("people", [])) if kind == "title" else (f["id"] if with_subjects else None)
        facts.append(Fact(id=f"{kind}-{n}", kind=kind, statement=f["statement"], value=f.get("value"),
                          unit=f.get("unit"), qualifier=f.get("qualifier"), subject=subject,
                          paragraph=None if f.get("from_caption") else para.get(f.get("line_no")),
                          evidence=f.get("evidence")))
        if f.get("correction_value"):
            facts.append(Fact(id=f"{kind}-{n}-correction", kind="title", statement=f["statement"],
                              value=f["correction_value"], qualifier="correction", subject=subject,
                              evidence=f.get("correction_evidence")))
    dates = [DateMention(text=d["text"], date=d["resolves_to"] if _ISO.match(str(d["resolves_to"])) else None,
                         event=d.get("event"), paragraph=para.get(d.get("line_no")),
                         granularity=d.get("granularity", "day")) for d in g.get("dates", [])]
    return Briefing(source=SourceInfo(id=sid, file=sid, title=g.get("title"), outlet=g.get("outlet")),
                    notes=notes, body=body, quotes=quotes, people=people, facts=facts,
                    places=list(g.get("places", [])), organizations=list(g.get("organizations", [])), dates=dates)


def gold_briefings(gold: Path, corpus: Path | None = None, with_subjects: bool = False) -> list[Briefing]:
    """All per-source gold files in `gold` (000_….yaml …), in file order."""
    return [gold_briefing(p, corpus, with_subjects) for p in sorted(gold.glob("0*.yaml"))]


def load_consolidated(gold: Path) -> dict:
    return yaml.safe_load((gold / "consolidated.yaml").read_text(encoding="utf-8"))


# ---- scoring against consolidated.yaml (shared by tests/test_consolidate.py and benchmarks/consolidate_bench.py)

def _texts_match(a: str | None, b: str | None) -> bool:
    from generator.text.matching import content_tokens, overlap
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return overlap(set(content_tokens(a)), set(content_tokens(b))) >= 0.6


def _value_matches(mine, gold_value: dict) -> bool:
    return any(e.source == g["source"] and _texts_match(e.text, g.get("text"))
               for e in mine.evidence for g in gold_value.get("evidence", []))


def conflict_found(summary, gold_conflict: dict) -> bool:
    """Two of the gold values appear as two different values of one of our conflicts (matched by evidence);
    a qualifier-only gold conflict is also satisfied by an agreed fact that shows every source's qualifier."""
    gv = gold_conflict["values"]
    for c in summary.conflicts:
        hits = [{i for i, v in enumerate(c.values) if _value_matches(v, g)} for g in gv]
        if any(i != j for n, a in enumerate(hits) for b in hits[:n] for i in a for j in b):
            return True
    if gold_conflict.get("severity") == "qualifier-only":
        wanted = {s for v in gv for s in v["sources"]}
        number = gv[0].get("normalized", {}).get("value")
        return any(f.value == number and wanted <= set(f.sources) and wanted <= set(f.qualifiers) for f in summary.facts)
    return False


def shared_quote_grouped(summary, gold_group: dict) -> bool:
    """Every quoted (not indirect) wording of the gold statement sits in one of our quote groups."""
    wanted = [s for s in gold_group["sources"] if s.get("quote_id")]
    for g in summary.quotes:
        if all(any(x.source == w["source"] and _texts_match(x.text, w["text"]) for x in g.sources) for w in wanted):
            return True
    return False


def timeline_event_dated(summary, gold_event: dict) -> bool:
    """Our timeline has this event on the gold date: same date, a shared source, two shared event words."""
    from generator.consolidate.timeline import event_tokens
    gold_tokens = event_tokens(gold_event["event"])
    return any(str(e.date) == str(gold_event["date"]) and set(e.sources) & set(gold_event["sources"])
               and len(event_tokens(e.event) & gold_tokens) >= 2 for e in summary.timeline)


def false_person_merges(summary, gold: dict) -> list[str]:
    """Pairs of different gold entities (and must_not_merge pairs) that one of our entities joins."""
    from generator.text.matching import fold
    gold_names = {fold(n): e["name"] for e in gold["entities"] for n in [e["name"], *e.get("aliases", [])]
                  if len(n) > 3 and not n.lower().startswith("the ")}
    bad = []
    for e in summary.entities:
        members = {gold_names[fold(n)] for n in [e.name, *e.aliases] if fold(n) in gold_names}
        if len(members) > 1:
            bad.append(" + ".join(sorted(members)))
    for pair in gold.get("must_not_merge", []):
        for e in summary.entities:
            names = {fold(n) for n in [e.name, *e.aliases]}
            if fold(pair["a"]) in names and fold(pair["b"]) in names:
                bad.append(f"{pair['a']} + {pair['b']}")
    return sorted(set(bad))


def gold_fact_evidence(gold_dir: Path) -> dict[tuple[str, str], list[str]]:
    """(source, gold fact id) -> the evidence sentences the annotators gave for it."""
    out: dict[tuple[str, str], list[str]] = {}
    for path in sorted(gold_dir.glob("0*.yaml")):
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        for f in g.get("facts", []):
            texts = [f.get("evidence")] + [a["text"] for a in f.get("also_evidence", [])]
            out[(g["source"], f["id"])] = [t for t in texts if t]
    return out


def agreed_fact_found(summary, gold_fact: dict, evidence: dict[tuple[str, str], list[str]]) -> bool:
    """One of our agreed facts stands on this gold fact's evidence in at least two of its sources."""
    for f in summary.facts:
        hits = [s for s in gold_fact["sources"] if s in f.evidence and any(
            _texts_match(f.evidence[s].get("text"), t) for t in evidence.get((s, gold_fact["id"]), []))]
        if len(hits) >= 2:
            return True
    return False


def alias_merges(summary, gold: dict) -> tuple[int, int]:
    """(merged, comparable): gold aliases that we also saw, joined to the same entity as the gold name."""
    from generator.text.matching import fold
    where = {(e.kind, fold(n)): id(e) for e in summary.entities for n in [e.name, *e.aliases]}
    merged = comparable = 0
    for e in gold["entities"]:
        home = where.get((e["kind"], fold(e["name"])))
        for alias in e.get("aliases", []):
            other = where.get((e["kind"], fold(alias)))
            if home is not None and other is not None:
                comparable += 1
                merged += home == other
    return merged, comparable


def score_summary(summary, gold: dict, evidence: dict | None = None) -> dict:
    conflicts = {c["id"]: conflict_found(summary, c) for c in gold["conflicts"]}
    quotes = {q["id"]: shared_quote_grouped(summary, q) for q in gold["shared_quotes"]}
    timeline = [timeline_event_dated(summary, t) for t in gold["timeline"]]
    return {"conflicts": conflicts, "core": {c["id"]: conflicts[c["id"]] for c in gold["conflicts"] if c.get("core")},
            "quotes": quotes, "timeline": sum(timeline), "timeline_total": len(timeline),
            "timeline_missed": [t["date"] + " " + t["event"] for t, ok in zip(gold["timeline"], timeline) if not ok],
            "false_merges": false_person_merges(summary, gold), "alias_merges": alias_merges(summary, gold),
            "unmatched_conflicts": [c.id for c in summary.conflicts if not any(
                _value_matches(v, gv) for v in c.values for gc in gold["conflicts"] for gv in gc["values"])],
            "agreed": {f["id"]: agreed_fact_found(summary, f, evidence or {}) for f in gold["facts"]
                       if f["status"] == "agree" and len(f["sources"]) >= 2}}
