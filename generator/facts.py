"""Headline facts: people and roles, organisations, places, numbers, dates.

(v1: minimal; see issue 5 for the full extractor.)
"""
from __future__ import annotations

import re

from .ids import short_hash
from .models import CleanedText, Fact, Facts, Quote

_NUMBER = re.compile(r"\b(around|nearly|more than|at least|about|over)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z-]+(?: [a-z]+)?)")


def extract_facts(cleaned: CleanedText, quotes: list[Quote] | None = None) -> Facts:
    out = Facts()
    for i, para in enumerate(cleaned.body, start=1):
        for m in _NUMBER.finditer(para):
            value = int(m.group(2).replace(",", ""))
            if 1900 <= value <= 2100 and "," not in m.group(2):
                continue
            unit = m.group(3).split()[-1]
            statement = m.group(0).strip()
            out.facts.append(Fact(id="f-" + short_hash(f"count|{value}|{unit}"), kind="count", statement=statement,
                                  value=value, unit=unit, qualifier=m.group(1), paragraph=i, evidence=para))
    return out
