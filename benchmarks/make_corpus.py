"""Write a synthetic corpus of N articles for benchmarking (never into corpus/).

A season of coverage of one event, as text dumps: each article recombines sentences of the demo
corpus (the event) and of the public benchmark's true article bodies (../shared/eval/text-dumps/
ground-truth.json when present: other news, some in other languages), re-grouped into paragraphs,
with some numbers changed (sources disagree), 1-4 attributed quotes (mostly from two dozen
recurring officials, some from one-off voices, all generated names with titles), an outlet in the headline, sometimes a dateline and a byline, and page
furniture (comment prompts, share and affiliate lines) above and below, so the cleaner, the
quote and fact extractors and the consolidation all have real work.  Exact paragraphs rarely
repeat, as in real coverage.  Deterministic for a given N and seed; about 6 KB per article.

    python benchmarks/make_corpus.py 1000 --out /tmp/corpus-1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.eval_data import SHARED  # noqa: E402

FURNITURE = [
    "Leave a Comment", "Share this article", "Press play to listen to this article", "Advertisement",
    "As an Amazon Associate I earn from qualifying purchases.", "Recommended for you", "(3) comments",
    "Sign up for our newsletter", "Your email address will not be published. Required fields are marked *",
    "Share on Facebook", "Share on Twitter", "Copy link", "Read more:", "Most popular", "Subscribe now",
]
OUTLETS = ["POLITICO", "Reuters", "The Guardian", "Deutsche Welle", "Euronews", "Al Jazeera", "France 24",
           "The Kyiv Independent", "Associated Press", "BBC News", "Le Monde", "The Moscow Times",
           "Financial Times", "NPR", "Radio Free Europe", "The Hindu", "ABC News", "Sky News"]
FIRST = ["Anna", "Tomas", "Maria", "Olena", "David", "Sofia", "Kenji", "Ahmed", "Laura", "Pavel", "Ingrid",
         "Carlos", "Fatima", "Jan", "Elena", "Michael", "Aisha", "Pierre", "Yuki", "Oleksandr", "Grace",
         "Viktor", "Nadia", "Samuel", "Irina", "Lukas", "Amara", "Henrik", "Sergei", "Chloe"]
LAST = ["Keller", "Novak", "Lopez", "Petrenko", "Okafor", "Rossi", "Watanabe", "Haddad", "Schmidt", "Ivanov",
        "Larsen", "Mendes", "Kowalski", "Dubois", "Tanaka", "Kovalenko", "Osei", "Lindqvist", "Morozov",
        "Brennan", "Varga", "Nilsson", "Ferreira", "Adeyemi", "Sokolova", "Bauer", "Moreau", "Hughes"]
ROLES = ["Deputy Foreign Minister", "NATO Secretary General", "Deputy Secretary of State", "Defence Minister",
         "spokesperson for the foreign ministry", "Prime Minister", "ambassador to NATO", "senior US official",
         "Kremlin spokesman", "analyst at the Carnegie Endowment", "Foreign Minister", "EU foreign policy chief"]
QUOTES = [
    "We will keep talking, but we will not compromise on the core principles",
    "There is a real risk of a new armed conflict in Europe",
    "The door remains open for dialogue, and we expect an answer within days",
    "Nobody should be surprised that the talks ended without a breakthrough",
    "We are ready to discuss arms control and transparency, not spheres of influence",
    "The ball is now in their court",
    "These demands are simply non-starters for the alliance",
    "We came here to listen, and we heard very little that was new",
    "A diplomatic solution is still possible if troops are pulled back",
    "Our security cannot be guaranteed at the expense of our neighbours",
]
CUES = ["said", "told reporters", "said on {day}", "told a news conference in Brussels", "added"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"А-Я])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 30]


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.9


def sentence_pools() -> tuple[list[str], list[str], list[str]]:
    """(event sentences, other English news sentences, other-language sentences)."""
    event: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n")]
        for ln in lines[1:]:
            if len(ln) > 80:
                event.extend(sentences(ln))
    other, foreign = [], []
    truth = SHARED / "eval" / "text-dumps" / "ground-truth.json"
    if truth.exists():
        for item in json.loads(truth.read_text(encoding="utf-8")).values():
            for para in item["articleBody"].split("\n\n"):
                for s in sentences(para):
                    (other if _latin(s) else foreign).append(s)
    return event, other or event, foreign or other or event


def _vary_numbers(rng: random.Random, text: str) -> str:
    """Change some numbers a little, as sources that disagree (or update) do."""
    def change(m: re.Match) -> str:
        n = int(m.group().replace(",", ""))
        if n < 10 or 1900 <= n <= 2100 or rng.random() < 0.5:
            return m.group()
        return f"{max(1, round(n * rng.uniform(0.8, 1.2))):,}"
    return re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b", change, text)


def make_article(rng: random.Random, pools: tuple[list[str], list[str], list[str]], n: int,
                 regulars: list[tuple[str, str]]) -> str:
    event, other, foreign = pools
    outlet = rng.choice(OUTLETS)
    cast = [rng.choice(regulars) if rng.random() < 0.7 else (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES))
            for _ in range(rng.randint(1, 4))]      # mostly the event's recurring officials, some one-off voices
    day = dt.date(2022, 1, 3) + dt.timedelta(days=n % 120)
    title = rng.choice(["{who} says talks on {topic} will go on", "NATO and Russia: {topic} after {day}'s talks",
                        "{topic}: what {who} said", "Live: {topic}, day {k}", "Analysis: the {topic} deadlock"])
    title = title.format(who=cast[0][0], topic=rng.choice(["security", "Ukraine", "arms control", "troops"]),
                         day=rng.choice(DAYS), k=n % 90 + 1) + f" – {outlet}"
    lines = [title, ""]
    if rng.random() < 0.4:
        lines += [rng.choice(FURNITURE), ""]
    if rng.random() < 0.5:
        lines += [f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
    paras, used = [], set()
    for _ in range(rng.randint(5, 14)):
        pool = rng.choices([event, other, foreign], weights=[70, 27, 3])[0]
        picked = {rng.choice(pool) for _ in range(rng.randint(1, 3))} - used   # no sentence twice in one article
        used |= picked
        if not picked:
            continue
        para = " ".join(sorted(picked, key=pool.index))
        paras.append(_vary_numbers(rng, para) if rng.random() < 0.3 else para)
    paras = paras or [rng.choice(event)]
    if rng.random() < 0.4:
        paras[0] = f"BRUSSELS, {day:%b} {day.day} ({outlet}) – " + paras[0]
    for (name, role), said in zip(cast, rng.sample(QUOTES, k=len(cast))):
        cue = rng.choice(CUES).format(day=rng.choice(DAYS))
        quote = f"“{said},” {role} {name} {cue}."
        paras.insert(rng.randrange(1, len(paras) + 1), quote)
    for p in paras:
        lines += [p, ""]
    lines += [rng.choice(FURNITURE) for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) + "\n"


def write_corpus(n: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    pools = sentence_pools()
    regulars = [(f"{first} {rng.choice(LAST)}", rng.choice(ROLES)) for first in rng.sample(FIRST, k=24)]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (out / f"synthetic_{i:05d}.txt").write_text(make_article(rng, pools, i, regulars), encoding="utf-8")
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
