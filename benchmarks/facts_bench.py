"""Headline-facts accuracy against the seed gold: one table, per file and in total.

Scores, as precision/recall:
  people  (name, role) pairs from `names.find_people`; gold people named only outside the body
          (contributors line, caption, photo credit: `mentioned_in`) are left out; a name matches on
          surname and first initial (the gold's canonical "Alexander" for the text's "Aleksandr"),
          a role must match exactly (case aside): titles are kept as each source states them.
  numbers gold facts of type count|duration against facts of kind count|duration: value, unit and
          qualifier must all match (unit compared singular; "killed"/"people killed" = "dead").
  places, orgs   names as written (dashes normalised).
  dates   gold `dates:` except granularity `vague`: same line, overlapping words and the same
          resolved calendar value (`resolves_to`); an unresolved mention counts as wrong.
  weekdays       gold date mentions naming a weekday that are resolved to the right day.
Dates are resolved as the build does: each source against its own publication day.  The seed texts show
none; the demo's reviewed briefings/*.yaml give each undated article the day it reports on ('published:
2022-01-12', as a person would write it), and the build resolves against that (`pipeline.extract_reviewed`).
Without it those articles' relative dates stay unresolved (see the README).

    python benchmarks/facts_bench.py        # table
    python benchmarks/facts_bench.py -v     # table, then every miss and false hit
"""
from __future__ import annotations

import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.eval_data import SHARED  # noqa: E402
from generator.build import pipeline  # noqa: E402
from generator.facts import stage as facts_stage  # noqa: E402
from generator.mentions import gazetteer  # noqa: E402

GOLD = SHARED / "eval" / "seeds-gold"
CORPUS = ROOT / "corpus"
WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
_DEAD = {"dead", "killed", "people killed", "deaths", "fatalities", "people dead"}


def unit_key(unit: str | None) -> str:
    u = (unit or "").lower().strip()
    if u in _DEAD:
        return "dead"
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in u.split())


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def pr(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


class Score:
    """True positives and counts for one measure; misses kept for -v."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0
        self.misses: list[str] = []

    def add(self, tp: int, pred: int, gold: int, misses: list[str] = ()) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold
        self.misses.extend(misses)

    def precision_recall(self) -> tuple[float, float]:
        return pr(self.tp, self.pred, self.gold)

    def cell(self) -> str:
        p, r = self.precision_recall()
        return f"{100 * p:5.1f}/{100 * r:5.1f}"


def match_multiset(gold: list, pred: list, label) -> tuple[int, list[str]]:
    left = Counter(pred)
    tp, misses = 0, []
    for g in gold:
        if left[g] > 0:
            left[g] -= 1
            tp += 1
        else:
            misses.append(f"missed {label(g)}")
    misses += [f"false {label(p)}" for p, n in left.items() for _ in range(n)]
    return tp, misses


def score_people(gold: dict, briefing) -> tuple[int, int, int, list[str]]:
    wanted = [(p["name"], p["role"]) for p in gold["people"] if p.get("role") and not p.get("mentioned_in")]
    found = [(p.name, p.role) for p in briefing.people if p.role]

    def same(g, p) -> bool:
        gn, pn = g[0].split(), p[0].split()
        return (gn[-1].lower() == pn[-1].lower() and gn[0][0].lower() == pn[0][0].lower()
                and g[1].lower() == p[1].lower())
    left = list(found)
    tp, misses = 0, []
    for g in wanted:
        hit = next((p for p in left if same(g, p)), None)
        if hit:
            left.remove(hit)
            tp += 1
        else:
            misses.append(f"missed person {g}")
    misses += [f"false person {p}" for p in left]
    return tp, len(found), len(wanted), misses


def score_numbers(gold: dict, briefing) -> tuple[int, int, int, list[str]]:
    wanted = [(f["value"], unit_key(f["unit"]), f.get("qualifier")) for f in gold["facts"]
              if f["type"] in ("count", "duration")]
    found = [(f.value, unit_key(f.unit), f.qualifier) for f in briefing.facts if f.kind in ("count", "duration")]
    tp, misses = match_multiset(wanted, found, lambda x: f"number {x}")
    return tp, len(found), len(wanted), misses


def score_names(wanted: list[str], found: list[str], what: str) -> tuple[int, int, int, list[str]]:
    norm = lambda s: s.replace("–", "-").strip()  # noqa: E731
    tp, misses = match_multiset(sorted({norm(w) for w in wanted}), sorted({norm(f) for f in found}),
                                lambda x: f"{what} {x}")
    return tp, len(set(found)), len(set(wanted)), misses


def score_dates(gold: dict, briefing, lines: list[str]) -> tuple[tuple, tuple, list[str]]:
    wanted = [d for d in gold["dates"] if d.get("granularity") != "vague"]
    found = [d for d in briefing.dates if d.granularity != "vague"]
    notes = " ".join(n.text for n in briefing.notes)

    def container(d) -> str:
        return briefing.body[d.paragraph - 1] if d.paragraph and d.paragraph <= len(briefing.body) else notes

    def same_place(g, d) -> bool:
        line = lines[g["line_no"] - 1].strip()
        box = container(d)
        if d.paragraph is None:
            return d.text in line or d.text in box and g["text"] in box
        return bool(line) and (line == box.strip() or line in box or box.strip() in line)

    left = list(found)
    tp = wk_right = wk_total = 0
    misses: list[str] = []
    for g in wanted:
        hit = next((d for d in left if same_place(g, d) and words(d.text) & words(g["text"])
                    and str(d.date) == str(g["resolves_to"])), None)
        is_weekday = bool(WEEKDAY.search(g["text"]))
        wk_total += is_weekday
        if hit:
            left.remove(hit)
            tp += 1
            wk_right += is_weekday
        else:
            near = next((d for d in found if same_place(g, d) and words(d.text) & words(g["text"])), None)
            got = f" (got {near.text!r} -> {near.date})" if near else ""
            misses.append(f"missed date {g['text']!r} -> {g['resolves_to']} line {g['line_no']}{got}")
    misses += [f"false date {d.text!r} -> {d.date} p{d.paragraph}" for d in left]
    return (tp, len(found), len(wanted)), (wk_right, wk_total), misses


MEASURES = ("people", "numbers", "places", "orgs", "dates")


@dataclass
class Evaluation:
    """Scores per file and in total, the weekday tally, the anchors relative dates used and seconds per source."""

    rows: list[tuple[str, dict, tuple[int, int]]] = field(default_factory=list)
    totals: dict = field(default_factory=lambda: {m: Score() for m in MEASURES})
    weekdays: list[int] = field(default_factory=lambda: [0, 0])
    anchor: str | None = None
    basis: str = ""
    seconds: dict = field(default_factory=dict)


def evaluate(gold_dir: Path = GOLD, corpus: Path = CORPUS, reviewed_days: bool = True) -> Evaluation:
    """Extract every seed source as the pipeline does and score it against its gold file."""
    ev = Evaluation()
    start = time.perf_counter()
    gazetteer.gazetteer(), gazetteer.city_names()
    ev.seconds["gazetteer load"] = time.perf_counter() - start
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("0*.yaml"))]
    briefings = []
    users = pipeline.reviewed(corpus.parent / "briefings") if reviewed_days else {}
    for gold in golds:
        data = (corpus / gold["source"]).read_bytes()
        start = time.perf_counter()
        briefings.append(pipeline.extract_reviewed(gold["source"], data, users.get(gold["source"])))
        ev.seconds[gold["source"]] = time.perf_counter() - start
    briefings = facts_stage.finish_corpus(briefings)
    anchors = sorted({str(d.anchor) for b in briefings for d in b.dates if d.anchor and d.relative})
    ev.anchor, ev.basis = ("; ".join(anchors) or None), "each source's own day"
    for gold, b in zip(golds, briefings):
        lines = (corpus / gold["source"]).read_text(encoding="utf-8").split("\n")
        row = {m: Score() for m in MEASURES}
        row["people"].add(*score_people(gold, b))
        row["numbers"].add(*score_numbers(gold, b))
        row["places"].add(*score_names(gold["places"], b.places, "place"))
        row["orgs"].add(*score_names(gold["organizations"], b.organizations, "org"))
        (tp, n_pred, n_gold), (wk_ok, wk_n), misses = score_dates(gold, b, lines)
        row["dates"].add(tp, n_pred, n_gold, misses)
        ev.weekdays[0] += wk_ok
        ev.weekdays[1] += wk_n
        for m in MEASURES:
            ev.totals[m].add(row[m].tp, row[m].pred, row[m].gold, row[m].misses)
        ev.rows.append((gold["source"], row, (wk_ok, wk_n)))
    return ev


def main() -> int:
    verbose = "-v" in sys.argv
    if not GOLD.exists():
        print(f"gold not found at {GOLD} (set BRIEFING_SHARED)")
        return 1
    ev = evaluate()
    header = f"{'file':6} " + " ".join(f"{m + ' P/R':>13}" for m in MEASURES) + f" {'weekdays':>9} {'ms/src':>7}"
    print(f"relative dates resolved against: {ev.anchor} ({ev.basis})")
    print(header)
    print("-" * len(header))
    for source, row, (wk_ok, wk_n) in ev.rows:
        ms = f"{1000 * ev.seconds[source]:.0f}"
        print(f"{source[:3]:6} " + " ".join(f"{row[m].cell():>13}" for m in MEASURES)
              + f" {f'{wk_ok}/{wk_n}':>9} {ms:>7}")
    print("-" * len(header))
    per_source = [v for k, v in ev.seconds.items() if k != "gazetteer load"]
    mean_ms = f"{1000 * sum(per_source) / len(per_source):.0f}"
    print(f"{'total':6} " + " ".join(f"{ev.totals[m].cell():>13}" for m in MEASURES)
          + f" {f'{ev.weekdays[0]}/{ev.weekdays[1]}':>9} {mean_ms:>7}")
    print(f"{'(n)':6} " + " ".join(f"{f'{ev.totals[m].tp}/{ev.totals[m].pred}/{ev.totals[m].gold}':>13}"
                                  for m in MEASURES) + "   tp/pred/gold")
    print(f"ms/src: whole extract_document (clean, quotes, facts) per source, after a one-off gazetteer load of "
          f"{1000 * ev.seconds['gazetteer load']:.0f} ms")
    if verbose:
        for m in MEASURES:
            for miss in ev.totals[m].misses:
                print(f"  {m}: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
