"""Two-way merge for a source whose merge base is missing or damaged (issue 19).

Without the machine's last output nobody can tell which values the person changed, so nothing of
theirs is given up: every value in the person's file that differs from the fresh extraction is
kept, with a `review:` entry naming it.  The fresh extraction contributes only what is new in the
source: items and paragraphs the person's file cannot have known.  An item the machine finds in
text the person's file already had (their body) is one they deleted: it stays out, with a review
entry.  Pure functions over `model` data; no I/O.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from generator.model.briefing import Briefing
from generator.store.merge import (
    KEYED_SECTIONS,
    MACHINE_FIELDS,
    MergeResult,
    _aligned,
    _insert_additions,
    _show,
    _words,
    keyed,
)

NO_BASE = "no merge base"


class _TwoWay:
    def __init__(self, old_text: str) -> None:
        self.kept = 0
        self.review: list[str] = []
        self.old_text = old_text          # the person's body: text the source already had

    def value(self, where: str, user: Any, new: Any) -> Any:
        if user == new:
            return new
        self.kept += 1
        self.review.append(f"{where}: {NO_BASE}, kept your {_show(user)}; the machine now finds {_show(new)}")
        return user

    def fields(self, where: str, user: Any, new: Any, machine_only=frozenset()) -> Any:
        if not dataclasses.is_dataclass(user):
            return self.value(where, user, new)
        merged = {f.name: getattr(new, f.name) if f.name in machine_only
                  else self.value(f"{where} {f.name}", getattr(user, f.name), getattr(new, f.name))
                  for f in dataclasses.fields(user)}
        return type(user)(**merged)  # type: ignore[misc]  # a dataclass item: rebuilt with merged fields

    def items(self, section: str, user: list, new: list) -> list:
        u, n = keyed(user), keyed(new)
        out: dict[tuple, Any] = {}
        for key, mine in u.items():
            label = f"{section} {key[0] if isinstance(key[0], str) else key}"
            if key in n:
                out[key] = self.fields(label, mine, n[key])
            else:
                out[key] = mine
                self.kept += 1
                self.review.append(f"{label}: {NO_BASE}, kept; the machine does not find this item")
        left_out = set()
        for key, theirs in n.items():
            if key not in u and _words(theirs) in self.old_text:
                left_out.add(key)         # in text your file already had: you deleted it
                self.kept += 1
                self.review.append(f"{section} {_show(_words(theirs))}: {NO_BASE}, left out because your file "
                                   "does not have it; add it back if you want it")
        return _insert_additions(out, n, skip=set(u) | left_out)

    def body(self, user: list[str], new: list[str]) -> list[str]:
        """Paragraphs aligned by content: yours kept where they differ, new ones added."""
        if user == new:
            return list(new)
        theirs, added = _aligned(user, new)
        out = list(added.get(-1, []))
        for i, mine in enumerate(user):
            if theirs[i] is None or theirs[i] != mine:
                self.kept += 1
                what = "the machine does not find it" if theirs[i] is None else "the machine's text differs"
                self.review.append(f"body paragraph {len(out) + 1}: {NO_BASE}, kept your text; {what}")
            out.append(mine)
            out += added.get(i, [])
        count = sum(len(a) for a in added.values())
        if count:
            self.review.append(f"body: {NO_BASE}, {count} paragraph(s) the machine found and your file does not "
                               "have were added; if you had deleted them, delete them again")
        return out


def merge_two_way(user: Briefing, new: Briefing) -> MergeResult:
    """The person's file and the fresh extraction, without a base: the person's values win everywhere."""
    m = _TwoWay("\n".join(user.body))
    source = m.fields("source", user.source, new.source, MACHINE_FIELDS)
    sections = {name: m.items(name, getattr(user, name), getattr(new, name)) for name in KEYED_SECTIONS}
    body = m.body(user.body, new.body)
    fresh = [r for r in m.review if r not in user.review]
    merged = Briefing(source=source, body=body, review=list(user.review) + fresh, **sections)
    return MergeResult(briefing=merged, kept=m.kept, review=fresh)

