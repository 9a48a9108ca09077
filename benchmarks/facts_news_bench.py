"""Facts on general news, not the demo corpus: precision/recall per family on benchmarks/data/heldout_facts.yaml.

The set annotates English pages of ../shared/eval/article-extraction (numbers with unit and qualifier, dates
resolved to the calendar, places, organisations) by offsets only; the article texts are read at run time from
ground-truth.json.  The extractors run on the gold paragraphs (no cleaner in between), dates resolved against
the page's publication date, as `facts.extract_facts` does.  Dev pages tuned the rules; test pages did not.

Matching, per article:
  numbers  (value, unit, qualifier) as a multiset; units compared singular, case aside, "killed" = "dead".
  dates    same paragraph, overlapping span, same resolved value (ISO day, YYYY-MM, YYYY, decade or A/B week).
  places, orgs   names as written, case and a leading "the" aside.

    python benchmarks/facts_news_bench.py        # table
    python benchmarks/facts_news_bench.py -v     # table, then every miss and false hit of the dev pages
    python benchmarks/facts_news_bench.py --dev  # dev pages only (while tuning: test pages stay unseen)
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from facts_bench import match_multiset  # noqa: E402

from benchmarks.eval_data import SHARED  # noqa: E402
from generator.facts.counts import find_numbers  # noqa: E402
from generator.facts.date_mentions import find_dates  # noqa: E402
from generator.facts.resolve import resolve_dates  # noqa: E402
from generator.mentions.organizations import find_organizations  # noqa: E402
from generator.mentions.places import find_places  # noqa: E402

GROUND_TRUTH = SHARED / "eval" / "article-extraction" / "ground-truth.json"
ANNOTATIONS = ROOT / "benchmarks" / "data" / "heldout_facts.yaml"
FAMILIES = ("numbers", "dates", "places", "orgs")
_DEAD = {"dead", "killed", "deaths", "fatalities"}


def paragraphs(article_body: str) -> list[str]:
    """The annotation's paragraphs: blank-line blocks, stripped, empty ones dropped."""
    return [p.strip() for p in article_body.split("\n\n") if p.strip()]


def unit_key(unit: str | None) -> str:
    u = (unit or "").lower().strip()
    if u in _DEAD:
        return "dead"
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in u.split())


def value_key(value) -> object:
    if isinstance(value, (list, tuple)):
        return tuple(value_key(v) for v in value)
    return round(float(value), 6) if value is not None else None


def name_key(name: str) -> str:
    n = name.replace("–", "-").strip()
    return (n[4:] if n.lower().startswith("the ") else n).lower()


def place_key(name: str) -> str:
    """'eastern Indiana' is compared as 'Indiana': the set names places, not parts of them."""
    return re.sub(r"^(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?\w+ern)?\s+", "",
                  name_key(name)) if name[:1].islower() else name_key(name)


class Tally:
    """True positives, predictions and gold counts of one family on one split; misses kept for -v."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0
        self.misses: list[str] = []

    def add(self, tp: int, pred: int, gold: int, misses: list[str]) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold
        self.misses += misses

    def cells(self) -> str:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f} {self.gold:4d}"


def multiset_match(gold: list, pred: list, label: str, article: str) -> tuple[int, int, int, list[str]]:
    tp, misses = match_multiset(gold, pred, lambda item: f"{label} {item}")
    return tp, len(pred), len(gold), [f"{article} {m}" for m in misses]


def score_numbers(art: dict, paras: list[str]) -> tuple[int, int, int, list[str]]:
    gold = [(value_key(n["value"]), unit_key(n["unit"]), n["qualifier"]) for n in art["numbers"]]
    found = [(value_key([n.value, n.upper] if n.upper is not None else n.value), unit_key(n.unit), n.qualifier)
             for n in find_numbers(paras)]
    return multiset_match(gold, found, "number", art["id"][:8])


def _spans(mentions, paras: list[str]) -> list[tuple[int, int, int]]:
    """Where each extracted mention sits: its text searched from the previous one's start, per paragraph."""
    cursor: dict[int, int] = {}
    out = []
    for m in mentions:
        text = paras[m.paragraph - 1]
        start = text.find(m.text, cursor.get(m.paragraph, 0))
        start = text.find(m.text) if start < 0 else start
        cursor[m.paragraph] = start + len(m.text)
        out.append((m.paragraph, start, start + len(m.text)))
    return out


def score_dates(art: dict, paras: list[str]) -> tuple[int, int, int, list[str]]:
    anchor = art["anchor"]["date"]
    mentions = [m for m in resolve_dates(find_dates(paras), anchor, art["anchor"]["basis"])
                if m.granularity != "vague"]
    found = list(zip(_spans(mentions, paras), mentions))
    tp, misses = 0, []
    for g in art["dates"]:
        p, s, e = g["span"]
        hit = next((f for f in found
                    if f[0][0] == p and f[0][1] < e and s < f[0][2] and str(f[1].date) == str(g["date"])), None)
        if hit:
            found.remove(hit)
            tp += 1
        else:
            near = next((f[1] for f in found if f[0][0] == p and f[0][1] < e and s < f[0][2]), None)
            got = f" (got {near.text!r} -> {near.date})" if near else ""
            misses.append(f"{art['id'][:8]} missed date p{p} {paras[p - 1][s:e]!r} = {g['date']}{got}")
    misses += [f"{art['id'][:8]} false  date p{m.paragraph} {m.text!r} -> {m.date}" for _, m in found]
    return tp, len(mentions), len(art["dates"]), misses


def score_names(art: dict, gold: list[str], found: list[str], label: str) -> tuple[int, int, int, list[str]]:
    key = place_key if label == "place" else name_key
    return multiset_match(sorted({key(g) for g in gold}), sorted({key(f) for f in found}), label, art["id"][:8])


def check_offsets(art: dict, paras: list[str]) -> list[str]:
    """Spans whose text no longer hashes as annotated (a changed ground truth): reported, not scored silently."""
    bad = []
    for row in art["numbers"] + art["dates"]:
        p, s, e = row["span"]
        text = paras[p - 1][s:e] if p <= len(paras) else ""
        if hashlib.sha1(text.encode()).hexdigest()[:12] != row["text_sha1"]:
            bad.append(f"{art['id'][:8]} span {row['span']} does not match its hash")
    return bad


def extraction_ms(pages: list[tuple[list[str], str]]) -> float:
    """Milliseconds per page for the four extractors (best of three passes; the gazetteer is already loaded)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for paras, anchor in pages:
            places = find_places(paras)
            find_organizations(paras, places)
            find_numbers(paras)
            resolve_dates(find_dates(paras), anchor, "timing")
        best = min(best, time.perf_counter() - started)
    return 1000 * best / max(1, len(pages))


def main() -> int:
    if not GROUND_TRUTH.exists():
        print(f"skipped: {GROUND_TRUTH} not found (set BRIEFING_SHARED)")
        return 0
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    data = yaml.safe_load(ANNOTATIONS.read_text(encoding="utf-8"))
    splits = ("dev",) if "--dev" in sys.argv else ("dev", "test")
    tallies = {(s, f): Tally() for s in splits for f in FAMILIES}
    pages = Counter()
    problems: list[str] = []
    timed: list[tuple[list[str], str]] = []
    for art in (a for a in data["articles"] if a["split"] in splits):
        paras = paragraphs(truth[art["id"]]["articleBody"])
        problems += check_offsets(art, paras)
        split = art["split"]
        pages[split] += 1
        timed.append((paras, art["anchor"]["date"]))
        places = find_places(paras)
        tallies[split, "numbers"].add(*score_numbers(art, paras))
        tallies[split, "dates"].add(*score_dates(art, paras))
        tallies[split, "places"].add(*score_names(art, art["places"], places, "place"))
        tallies[split, "orgs"].add(*score_names(art, art["organizations"], find_organizations(paras, places), "org"))
    print(f"Facts on held-out news ({ANNOTATIONS.name}): dev {pages['dev']} pages, test {pages['test']} pages")
    print(f"{'family':<8} | {'dev  P     R    F1  gold':<24} | {'test P     R    F1  gold':<24}")
    print("-" * 62)
    for fam in FAMILIES:
        test = tallies["test", fam].cells() if "test" in splits else "(not run)"
        print(f"{fam:<8} | {tallies['dev', fam].cells():<24} | {test:<24}")
    print("-" * 62)
    print(f"extraction: {extraction_ms(timed):.1f} ms/page (numbers, dates, places, orgs; gazetteer loaded once)")
    for line in problems:
        print("WARNING", line)
    if "-v" in sys.argv:
        for split in ("dev",):
            for fam in FAMILIES:
                for miss in tallies[split, fam].misses:
                    print(f"[{split}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
