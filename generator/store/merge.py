"""Three-way merge of a re-extracted source: the machine's old output, the user's file, the machine's new output.

People correct `briefings/<id>.yaml` by hand; when the source (or the extractor) changes, the machine
extracts again.  Merging per item and per field, keyed by stable ids, keeps every correction:

- a field the user changed keeps the user's value, even when the machine's value changes too;
  when both changed it differently the user's value wins and a `review:` entry says so;
- an item the user deleted stays deleted; an item the user added stays;
- everything the user did not touch follows the machine.

Items are matched by `item_key`: `id` for quotes and facts, the natural key (name, text) for the
rest; body paragraphs by position once aligned by content.  Pure functions over `models` data; no I/O.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Hashable, cast

from rapidfuzz import fuzz

from generator.model.briefing import Briefing, SourceInfo
from generator.model.fields import MACHINE, MERGE, TextForm, names_with

#: SourceInfo fields that record what the machine read; always the machine's (declared with `fields.machine`).
MACHINE_FIELDS = frozenset(names_with(SourceInfo, MACHINE))

#: Briefing list sections merged item by item (body is aligned by content, review is the user's):
#: the fields declared with `fields.keyed`.
KEYED_SECTIONS = names_with(Briefing, MERGE, "keyed")


@dataclass
class MergeResult:
    briefing: Briefing
    kept: int = 0                                  # user changes carried over
    review: list[str] = field(default_factory=list)  # new `review:` entries (user and machine disagree)


def item_key(item: Any) -> Hashable:
    """What identifies an item across extractions: its id, else its name or text, else its whole value."""
    if isinstance(item, str):
        return item
    if dataclasses.is_dataclass(item):
        names = {f.name for f in dataclasses.fields(item)}
        for name in ("id", "name", "text"):
            if name in names:
                return getattr(item, name)
    return repr(item)


def keyed(items: list) -> dict[tuple, Any]:
    """Items by (key, n): the n-th item with that key, so repeated texts ("Wednesday") stay distinct."""
    out: dict[tuple, Any] = {}
    counts: dict[Hashable, int] = {}
    for item in items:
        key = item_key(item)
        counts[key] = counts.get(key, 0) + 1
        out[(key, counts[key])] = item
    return out


def _show(value: Any, at: int = 0) -> str:
    """A value for a review entry; long text is cut to the part around `at` (where it differs)."""
    if value is None:
        return "nothing"
    if isinstance(value, TextForm):
        value = str(value)
    if not isinstance(value, str):
        return repr(value)
    if len(value) <= 80:
        return f"“{value}”"
    start = max(0, at - 30)
    return "“" + ("…" if start else "") + value[start:start + 80] + ("…" if start + 80 < len(value) else "") + "”"


def _first_difference(a: Any, b: Any) -> int:
    if not (isinstance(a, str) and isinstance(b, str)):
        return 0
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


class _Merger:
    """Accumulates the counts and review entries while merging one briefing."""

    def __init__(self) -> None:
        self.kept = 0
        self.review: list[str] = []

    def value(self, where: str, base: Any, user: Any, new: Any) -> Any:
        """One field: the user's change wins, otherwise the machine's value."""
        if user == base:
            return new
        self.kept += 1
        if new != base and new != user:
            at = _first_difference(user, new)
            self.review.append(f"{where}: kept your {_show(user, at)}; the machine now finds {_show(new, at)} "
                               f"(it found {_show(base, at)} before)")
        return user

    def fields(self, where: str, base: Any, user: Any, new: Any, machine_only=frozenset()) -> Any:
        """Field by field for one dataclass item present in all three."""
        if not dataclasses.is_dataclass(user):
            return self.value(where, base, user, new)
        merged = {}
        for f in dataclasses.fields(user):
            b, u, n = (getattr(x, f.name) for x in (base, user, new))
            merged[f.name] = n if f.name in machine_only else self.value(f"{where} {f.name}", b, u, n)
        return cast(Any, type(user))(**merged)

    def items(self, section: str, base: list, user: list, new: list) -> list:
        """One list section, item by item; keeps the user's order and slots machine additions in."""
        b, u, n = keyed(base), keyed(user), keyed(new)
        out: dict[tuple, Any] = {}
        for key, mine in u.items():
            label = f"{section} {key[0] if isinstance(key[0], str) else key}"
            if key not in b:
                out[key] = mine                       # the user added it (or both did): the user's version
                self.kept += key not in n
            elif key in n:
                out[key] = self.fields(label, b[key], mine, n[key])
            elif mine != b[key]:
                out[key] = mine                       # the machine dropped an item the user corrected
                self.kept += 1
                self.review.append(f"{label}: the machine no longer finds this item; kept because you edited it")
            # else: the machine dropped an item the user left alone -> dropped
        deleted = [b[key] for key in b if key not in u]
        self.kept += len(deleted)                          # user deletions, which stay deleted
        # A deleted item whose words changed slightly comes back under a new key: it stays deleted too.
        reborn = {key for key in n if key not in b and key not in u and _resembles_any(n[key], deleted)}
        return _insert_additions(out, n, skip=set(b) | set(u) | reborn)

    def body(self, base: list[str], user: list[str], new: list[str]) -> list[str]:
        """Paragraphs aligned by content (a paragraph added at the top shifts no correction): an
        edited paragraph keeps the user's text, a deleted one stays deleted, added ones stay."""
        if user == base:
            return list(new)
        user_text, user_added = _aligned(base, user)
        new_text, new_added = _aligned(base, new)
        out = new_added.get(-1, []) + user_added.get(-1, [])
        for i, old in enumerate(base):
            mine, theirs = user_text[i], new_text[i]
            if mine is None:
                self.kept += theirs is not None           # the user deleted it: stays deleted
            elif theirs is None:
                if mine != old:                           # the machine lost a paragraph the user edited
                    out.append(mine)
                    self.kept += 1
                    self.review.append(f"body paragraph {len(out)}: the machine no longer finds it; kept your text")
            else:
                out.append(self.value(f"body paragraph {len(out) + 1}", old, mine, theirs))
            out += new_added.get(i, []) + user_added.get(i, [])
        self.kept += sum(len(added) for added in user_added.values())
        return out


#: Similarity (rapidfuzz ratio, 0-100) above which an item is a deleted item with a few words changed.
SAME_ITEM = 80


def _words(item: Any) -> str:
    """The words that identify an item to a reader: a quote's text, a fact's statement, a name."""
    if isinstance(item, str):
        return item
    for name in ("text", "statement", "name"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    return repr(item)


def _resembles_any(item: Any, tombstones: list) -> bool:
    if not tombstones:
        return False
    words = _words(item)
    return any(fuzz.ratio(words, _words(t), score_cutoff=SAME_ITEM) for t in tombstones)


#: Word overlap (difflib ratio) above which a rewritten paragraph counts as the same paragraph.
SAME_PARAGRAPH = 0.6


def _similar_pairs(base: list[str], other: list[str], i1: int, i2: int, j1: int, j2: int) -> list[tuple[int, int]]:
    """Within a replaced run, pair each base paragraph with its most similar successor in `other`."""
    pairs, j = [], j1
    for i in range(i1, i2):
        scored = [(SequenceMatcher(None, base[i].split(), other[k].split(), autojunk=False).ratio(), k)
                  for k in range(j, j2)]
        if scored and max(scored)[0] >= SAME_PARAGRAPH:
            k = max(scored)[1]
            pairs.append((i, k))
            j = k + 1
    return pairs


def _aligned(base: list[str], other: list[str]) -> tuple[list[str | None], dict[int, list[str]]]:
    """Each base paragraph's counterpart in `other` (None when removed), and the paragraphs `other`
    added after base paragraph i (-1: before the first)."""
    version: list[str | None] = [None] * len(base)
    added: dict[int, list[str]] = {}
    for op, i1, i2, j1, j2 in SequenceMatcher(None, base, other, autojunk=False).get_opcodes():
        pairs = (list(zip(range(i1, i2), range(j1, j2))) if op == "equal"
                 else _similar_pairs(base, other, i1, i2, j1, j2) if op == "replace" else [])
        anchor, j = i1 - 1, j1
        for i, k in pairs + [(None, j2)]:
            if k > j:
                added.setdefault(anchor, []).extend(other[j:k])
            if i is not None:
                version[i], anchor, j = other[k], i, k + 1
    return version, added


def _insert_additions(kept: dict[tuple, Any], new: dict[tuple, Any], skip: set) -> list:
    """`kept` in its order, with each machine addition placed after its predecessor in `new`."""
    order = list(kept)
    anchor = -1
    for key in new:
        if key in skip:
            anchor = order.index(key) if key in kept else anchor
            continue
        anchor += 1
        order.insert(anchor, key)
    values = {**{k: v for k, v in new.items() if k not in skip}, **kept}
    return [values[k] for k in order]


def merge_briefing(base: Briefing, user: Briefing, new: Briefing) -> MergeResult:
    """Three-way merge of one source: `base` is what the machine wrote last time, `user` the file as
    the person left it, `new` the fresh extraction.  Review entries are added to `review`."""
    m = _Merger()
    source: SourceInfo = m.fields("source", base.source, user.source, new.source, MACHINE_FIELDS)
    sections = {name: m.items(name, getattr(base, name), getattr(user, name), getattr(new, name))
                for name in KEYED_SECTIONS}
    body = m.body(base.body, user.body, new.body)
    review = list(user.review) + [r for r in m.review if r not in user.review]
    merged = Briefing(source=source, body=body, review=review, **sections)
    return MergeResult(briefing=merged, kept=m.kept, review=[r for r in m.review if r not in user.review])
