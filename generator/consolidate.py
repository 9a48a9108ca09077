"""Consolidation across sources.  (v1: minimal; see issue 6.)"""
from __future__ import annotations

from .models import Briefing, QuoteGroup, Summary, SummaryFact


def consolidate(briefings: list[Briefing], previous: Summary | None = None) -> Summary:
    summary = Summary()
    facts: dict[tuple, SummaryFact] = {}
    for b in briefings:
        for f in b.facts:
            key = (f.kind, f.value, f.unit)
            sf = facts.setdefault(key, SummaryFact(id=f.id, statement=f.statement, value=f.value, unit=f.unit))
            if b.source.id not in sf.sources:
                sf.sources.append(b.source.id)
                sf.qualifiers[b.source.id] = f.qualifier
                sf.evidence[b.source.id] = {"paragraph": f.paragraph, "text": f.evidence}
    summary.facts = sorted(facts.values(), key=lambda f: -len(f.sources))
    groups: dict[str, QuoteGroup] = {}
    for b in briefings:
        for q in b.quotes:
            g = groups.setdefault(q.speaker or "", QuoteGroup(speaker=q.speaker, role=q.role))
            g.sources.append({"source": b.source.id, "quote": q.id, "text": q.text, "paragraph": q.paragraph})
    summary.quotes = list(groups.values())
    return summary
