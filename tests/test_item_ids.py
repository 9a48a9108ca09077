"""Item ids within one briefing are unique as extracted (the loader would otherwise warn and rename)."""
from __future__ import annotations

from collections import Counter

from generator.build import pipeline
from generator.model.briefing import Fact
from generator.model.ids import make_ids_unique

# Two list lines that differ by one item hash to one id (the id keys on the leading words).
KITS = """Recipe box sales climb as families cook at home

By Dana Whitfield, Staff Writer

Sales of meal kits rose 12 percent in the first quarter, the company said on Tuesday.

Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 Yellow, 1 tsp.

Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.

“People want to know exactly what goes on the plate,” chief executive Maria Ortega said.
"""


def test_extracted_fact_and_quote_ids_are_unique_within_a_source() -> None:
    b = pipeline.extract_bytes("kits.txt", KITS.encode())
    ids = [f.id for f in b.facts] + [q.id for q in b.quotes]
    assert len(ids) >= 3 and not [i for i, n in Counter(ids).items() if n > 1]
    container_ids = [f.id for f in b.facts if "portion" in f.id]
    assert len(container_ids) == 2 and container_ids[1] == container_ids[0] + "-2"


def test_make_ids_unique_suffixes_later_repeats_and_reports_them() -> None:
    facts = [Fact(id=i, kind="text", statement=s) for i, s in
             [("a", "Port reopened."), ("a", "Port reopened again."), ("a-2", "Ships left."), ("a", "Tugs idle.")]]
    renamed = list(make_ids_unique(facts))
    assert [f.id for f in facts] == ["a", "a-2", "a-2-2", "a-3"]
    assert renamed == [(1, "a", "a-2"), (2, "a-2", "a-2-2"), (3, "a", "a-3")]
