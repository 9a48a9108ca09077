"""Write a synthetic corpus of N articles for benchmarking (never into corpus/).

Articles recombine paragraphs of the demo corpus and of the public benchmark's true article
bodies (../shared/eval/text-dumps/ground-truth.json when present), swap in names, and mix
in page furniture (comment prompts, share lines, affiliate lines) so the cleaner has work.
Deterministic for a given N and seed.

    python benchmarks/make_corpus.py 1000 --out /tmp/corpus-1000
"""
from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))

FURNITURE = [
    "Leave a Comment", "Share this article", "Press play to listen to this article", "Advertisement",
    "As an Amazon Associate I earn from qualifying purchases.", "Recommended for you", "(3) comments",
    "Sign up for our newsletter", "Your email address will not be published. Required fields are marked *",
]
NAMES = ["Anna Keller", "Tomas Novak", "Maria Lopez", "Jens Stoltenberg", "Wendy Sherman", "Alexander Grushko",
         "Olena Petrenko", "David Okafor", "Sofia Rossi", "Kenji Watanabe"]


def paragraph_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n")]
        pool.extend(ln for ln in lines[1:] if len(ln) > 80)
    truth = SHARED / "eval" / "text-dumps" / "ground-truth.json"
    if truth.exists():
        for item in json.loads(truth.read_text(encoding="utf-8")).values():
            pool.extend(p.strip() for p in item["articleBody"].split("\n\n") if len(p.strip()) > 80)
    return pool


def make_article(rng: random.Random, pool: list[str], n: int) -> str:
    name = rng.choice(NAMES)
    title = f"{rng.choice(['Talks', 'Report', 'Update', 'Analysis', 'Briefing'])} {n}: {name} on the summit"
    paras = rng.sample(pool, k=min(len(pool), rng.randint(6, 18)))
    paras.insert(rng.randrange(len(paras)), f"“We will keep talking,” {name} told reporters on Tuesday.")
    lines = [title, ""]
    if rng.random() < 0.3:
        lines += [rng.choice(FURNITURE), ""]
    for p in paras:
        lines += [p, ""]
    lines += [rng.choice(FURNITURE) for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) + "\n"


def write_corpus(n: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    pool = paragraph_pool()
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (out / f"synthetic_{i:05d}.txt").write_text(make_article(rng, pool, i), encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    out = args.out or Path(f"/tmp/briefing-corpus-{args.n}")
    if out.resolve() == (ROOT / "corpus").resolve():
        raise SystemExit("refusing to write synthetic articles into the project's corpus/")
    write_corpus(args.n, out, args.seed)
    print(f"wrote {args.n} articles to {out}")


if __name__ == "__main__":
    main()
