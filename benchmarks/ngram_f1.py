"""The article-extraction benchmark's measure: overlapping 4-word shingles, averaged over pages.

Per page both texts become word tokens (runs of Unicode word characters, case kept) and then
multisets of 4-token shingles; precision and recall are averaged over pages (an empty prediction
is left out of the precision mean and scores recall 0); F1 is the harmonic mean of the averages.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(len(tokens) - n + 1, 0)))


@dataclass
class PageScore:
    precision: float | None   # None when the prediction is empty
    recall: float


def score_page(predicted: str, gold: str) -> PageScore:
    pred, true = shingles(predicted), shingles(gold)
    matched = sum((pred & true).values())
    precision = matched / sum(pred.values()) if pred else None
    recall = matched / sum(true.values()) if true else (1.0 if not pred else 0.0)
    return PageScore(precision, recall)


@dataclass
class Aggregate:
    precision: float
    recall: float
    f1: float
    pages: int


def aggregate(scores: list[PageScore]) -> Aggregate:
    precisions = [s.precision for s in scores if s.precision is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Aggregate(p, r, f1, len(scores))
