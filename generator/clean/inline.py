"""Furniture run into a line of the article: what a select-all copy glues onto a sentence.

Line rules (`rules.py`) judge whole lines; these take a piece out of a body line and keep the rest, each piece
audited as a `Removed` entry: a shop's price box run into a product's name ('Galaxy S4$199.88 at Amazon and …'),
and the labels of a review's verdict box run into their sentences ('The Good Samsung's phone has …', 'The
Bottom Line …'), taken out only when the page has at least two of them (one 'The Good …' may be prose).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from generator.model.kinds import RemovedKind

#: A price glued to the word before it, then the shop: '…S4$199.88 at Amazon'.  The missing space is the tell; a
#: capital before the sign is a currency's prefix ('US$5 at Tesco').
_GLUED_PRICE = re.compile(r"(?<=[a-z0-9])[$£€]\d[\d,]*(?:\.\d\d)? at (?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})")
#: A review's verdict label run into its sentence: 'The Good Samsung's …', 'The Bottom Line This phone …'.
_VERDICT_LABEL = re.compile(r"^(?:The Good|The Bad|The Bottom Line|The Verdict|The Ugly)(?=\s+[A-Z0-9“\"'])\s+")


@dataclass(frozen=True)
class InlineCut:
    """A piece taken out of a body line: its kind and text, and why (shown by `briefing clean --removed`)."""

    kind: RemovedKind
    text: str
    reason: str


def verdict_box(lines: Iterable[str]) -> bool:
    """Two or more lines open with a verdict label: the page carries a review's verdict box."""
    return sum(1 for line in lines if _VERDICT_LABEL.match(line)) >= 2


def cut_inline(line: str, in_verdict_box: bool) -> tuple[str, list[InlineCut]]:
    """The line without the furniture run into it, and what was taken out."""
    cuts: list[InlineCut] = []
    label = _VERDICT_LABEL.match(line) if in_verdict_box else None
    if label:
        cuts.append(InlineCut("other", label.group(0).strip(), "label of a review's verdict box run into its sentence"))
        line = line[label.end():]
    for m in reversed(list(_GLUED_PRICE.finditer(line))):
        cuts.append(InlineCut("affiliate", m.group(0), "shop's price box run into the text"))
        line = line[:m.start()] + " " + line[m.end():].lstrip()
    return line.strip(), cuts
