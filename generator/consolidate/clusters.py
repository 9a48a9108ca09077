"""Union-find over the surface forms of names, remembering why each pair was joined, and which of several
people a bare surname means (the one the texts name far more often).  Used by `entities`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from generator.consolidate.union_find import UnionFind
from generator.model.briefing import Briefing

#: A bare surname means the person sources name this many times as often as all others with it.
DOMINANT = 3


class Clusters(UnionFind[str]):
    """Union-find over surface forms, remembering why each pair was joined."""

    def __init__(self, forms: list[str]):
        super().__init__(forms)
        self.why: dict[str, str] = {}

    def union(self, a: str, b: str, why: str = "") -> bool:
        joined = super().union(a, b)
        if joined:
            self.why.setdefault(b, why)
            self.why.setdefault(a, why)
        return joined


class TextCount(Mapping[str, int]):
    """How many sources' text names a form, counted only when asked (a surname two people share)."""

    def __init__(self, briefings: list[Briefing]):
        self.texts = [" ".join(b.body) for b in briefings]
        self.counts: dict[str, int] = {}

    def __getitem__(self, form: str) -> int:
        if form not in self.counts:
            self.counts[form] = sum(form in t for t in self.texts)
        return self.counts[form]

    def get(self, form, default=None):      # noqa: D102 (Mapping.get, without the KeyError round-trip)
        return self[form]

    def __iter__(self):
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


def dominant(roots: set[str], full: list[tuple[str, list[str]]], clusters: Clusters,
              weights: Mapping[str, int]) -> str | None:
    """The person a bare surname means: the only one with that surname, or one that sources name
    `DOMINANT` times as often as all the others together ('Abaaoud' is the suspect, not his young brother)."""
    if len(roots) == 1:
        return next(iter(roots))
    count: Counter[str] = Counter()
    for f, _ in full:
        count[clusters.find(f)] += weights.get(f, 1)
    ranked = count.most_common()
    if len(ranked) >= 2 and ranked[0][1] > 0 and ranked[0][1] >= DOMINANT * sum(n for _, n in ranked[1:]):
        return ranked[0][0]
    return None
