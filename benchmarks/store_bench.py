"""Cost of keeping corrections: YAML write, validated load, three-way merge and round-trip rewrite.

Briefings are the demo corpus's extractions copied under new ids (N of them), each with a person's
edits (a speaker fixed, a quote deleted, a comment) and a machine re-extraction to merge.  Prints
one table; times are for all N sources, the last column per source.

    python benchmarks/store_bench.py            # N = 100, 1000
    python benchmarks/store_bench.py 10 5000
"""
from __future__ import annotations

import copy
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build.pipeline import extract_bytes  # noqa: E402
from generator.read import sources  # noqa: E402
from generator.store import files as store  # noqa: E402
from generator.store.merge import merge_briefing  # noqa: E402


def demo_briefings() -> list:
    return [extract_bytes(p.name, sources.read_bytes(p)) for p in sorted((ROOT / "corpus").glob("*.txt"))]


def edited(b):
    """The person's version: one speaker corrected, one quote deleted, one body paragraph retyped."""
    mine = copy.deepcopy(b)
    if mine.quotes:
        mine.quotes[0].speaker = "Corrected Name"
        del mine.quotes[-1]
    if mine.body:
        mine.body[0] = mine.body[0] + " (checked)"
    return mine


def reextracted(b):
    """The machine's next output: a new paragraph and a changed cue."""
    new = copy.deepcopy(b)
    new.body.append("A paragraph the outlet added later.")
    for q in new.quotes:
        q.cue = "told reporters"
    new.source.sha256 = "0" * 64
    return new


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def run(n: int, base: list) -> dict[str, float]:
    machine = []
    for i in range(n):
        b = copy.deepcopy(base[i % len(base)])
        b.source.id = f"{b.source.id}-{i}"
        machine.append(b)
    users = [edited(b) for b in machine]
    fresh = [reextracted(b) for b in machine]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        row = {"write": timed(lambda: [store.save_briefing(folder, u) for u in users])}
        for path in store.briefing_files(folder):
            path.write_text("# a person's comment\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
        row["load"] = timed(lambda: store.check_all(folder))
        merged = []
        row["merge"] = timed(lambda: merged.extend(merge_briefing(m, u, f).briefing
                                                   for m, u, f in zip(machine, users, fresh)))
        row["rewrite"] = timed(lambda: [store.save_briefing(folder, b, previous=u) for b, u in zip(merged, users)])
        assert all(p.read_text(encoding="utf-8").startswith("# a person's comment") for p in store.briefing_files(folder))
    return row


def main(sizes: list[int]) -> None:
    base = demo_briefings()
    print(f"{'N':>6} | {'write s':>8} | {'load+check s':>12} | {'merge s':>8} | {'rewrite s':>9} | {'ms/source (all 4)':>17}")
    print("-" * 6 + "-|-" + "-" * 8 + "-|-" + "-" * 12 + "-|-" + "-" * 8 + "-|-" + "-" * 9 + "-|-" + "-" * 17)
    for n in sizes:
        r = run(n, base)
        per = 1000 * sum(r.values()) / n
        print(f"{n:>6} | {r['write']:>8.2f} | {r['load']:>12.2f} | {r['merge']:>8.3f} | {r['rewrite']:>9.2f} | {per:>17.1f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000])
