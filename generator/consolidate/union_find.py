"""Union-find (disjoint sets with path halving): which items end up in one group after pairwise joins."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Groups over `items`.  `union(a, b)` puts b's group under a's root, so the root of a group is the
    first item its joins were anchored on; `groups()` lists groups in order of their first item."""

    def __init__(self, items: Iterable[T]):
        self.parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> bool:
        """Join the groups of a and b; False when they were one group already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        return True

    def groups(self) -> list[list[T]]:
        out: dict[T, list[T]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return list(out.values())
