"""Metadata detection on whole-page text dumps: is the headline and the publication day found in the text?

Data (in <repo>/../shared/eval, or $BRIEFING_SHARED/eval): the 121 select-all text dumps in
text-dumps/txt/, scored against the metadata of the same pages' HTML in article-extraction/html/ (the
ground truth there holds only the article body and URL, so the reference comes from the HTML itself):

  title  right when the detected headline equals, after case and punctuation are folded, the page's
         declared title (trafilatura's metadata), with or without a site-name part ("… | Site", "… – Site",
         "Site | …": a part equal to the declared site name), or its <h1> when that has three words or more
         and is not the site's name (some pages' <h1> is a section label: "Games").
  date   right when the detected day equals the page's publication day from the HTML (trafilatura's metadata
         date or htmldate's original date: the two differ on 4 pages, by time zone or a template date).
         Scored over pages whose dump shows that day in some written form (what a reader of the text
         could see); pages whose date exists only in the HTML's <head> are counted apart.

Pages are split into halves by position in id order, as the cleaning bench does (half A = even, B = odd):
rules were tuned looking at half A only; half B shows whether they generalise.  `--first-look` prints the
scores without the per-page lines (the numbers recorded before any tuning are in the README).

    .venv/bin/python benchmarks/metadata_bench.py [-v] [--half A|B]
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_data import SHARED  # noqa: E402
from generator.lexicon.calendar import MONTH_NUMBERS_ANY_LANGUAGE as MONTH_NAMES  # noqa: E402
from generator.read.metadata import detect  # noqa: E402

EVAL = SHARED / "eval"


@dataclass
class Reference:
    titles: set[str]          # folded forms that count as right
    days: set[str]            # ISO days that count as right
    shown: bool               # the dump shows one of the days in some written form


@dataclass
class Result:
    page: str
    half: str
    title: str | None
    title_ok: bool
    day: str | None
    day_ok: bool
    ref: Reference


def fold(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").replace("’", "'").lower()))


def _title_forms(title: str | None, h1: str | None, site: str | None) -> set[str]:
    """The declared title, without its site-name part, and the <h1> when it is a headline (not 'Games', not the
    site's name)."""
    forms = {fold(title)}
    if h1 and len(h1.split()) >= 3 and fold(h1) != fold(site):
        forms.add(fold(h1))
    if title and site:
        parts = [p for p in re.split(r"\s+[|–—-]\s+|\s*\|\s*", title) if p.strip()]
        kept = [p for p in parts if fold(p) != fold(site)]
        if kept and len(kept) < len(parts):
            forms.add(fold(" - ".join(kept)))
    return {f for f in forms if f}


def _written_forms(day: str) -> list[re.Pattern]:
    """Ways a page may print `day`: month names in any listed language, numeric orders, CJK."""
    y, m, d = day.split("-")
    mi, di = int(m), int(d)
    names = "|".join(re.escape(n) for n, number in MONTH_NAMES.items() if number == mi)
    return [re.compile(rf"(?<!\d)0?{di}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+)?(?:{names})\.?,?\s+(?:de\s+)?{y}", re.I),
            re.compile(rf"(?:{names})\.?\s+0?{di}(?:st|nd|rd|th)?,?\s+{y}", re.I),
            re.compile(rf"{y}[-/.年년]\s*0?{mi}[-/.月월]\s*0?{di}(?!\d)"),
            re.compile(rf"(?<![\d.])0?{di}[./]0?{mi}[./]{y}"), re.compile(rf"(?<![\d.])0?{mi}/0?{di}/(?:{y}|{y[2:]})(?!\d)")]


def references() -> dict[str, Reference]:
    """Title and day of each page from its HTML (trafilatura metadata, <h1>, htmldate)."""
    import trafilatura
    from htmldate import find_date
    from trafilatura.utils import load_html
    refs = {}
    for path in sorted((EVAL / "article-extraction" / "html").glob("*.html.gz")):
        page = path.name.split(".")[0]
        dump = EVAL / "text-dumps" / "txt" / f"{page}.txt"
        if not dump.exists():
            continue
        tree = load_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        meta = trafilatura.extract_metadata(tree)
        h1 = tree.find(".//h1")
        h1_text = " ".join(h1.text_content().split()) if h1 is not None else None
        days = {d[:10] for d in (getattr(meta, "date", None), find_date(tree, extensive_search=False, original_date=True)) if d}
        text = dump.read_text(encoding="utf-8")
        shown = any(p.search(text) for d in days for p in _written_forms(d))
        refs[page] = Reference(_title_forms(getattr(meta, "title", None), h1_text, getattr(meta, "sitename", None)),
                               days, shown)
    return refs


def evaluate(refs: dict[str, Reference]) -> tuple[list[Result], float]:
    results = []
    seconds = 0.0
    for position, (page, ref) in enumerate(sorted(refs.items())):
        lines = (EVAL / "text-dumps" / "txt" / f"{page}.txt").read_text(encoding="utf-8").split("\n")
        started = time.process_time()
        found = detect(lines)
        seconds += time.process_time() - started
        results.append(Result(page, "AB"[position % 2], found.title, fold(found.title) in ref.titles,
                              found.published, found.published in ref.days, ref))
    return results, 1000 * seconds / max(len(results), 1)


def _row(label: str, rows: list[Result]) -> str:
    titled = sum(r.title_ok for r in rows)
    shown = [r for r in rows if r.ref.shown and r.ref.days]
    hidden = [r for r in rows if not r.ref.shown and r.ref.days]
    dated = sum(r.day_ok for r in shown)
    wrong = sum(1 for r in rows if r.day and not r.day_ok)
    hidden_ok = sum(r.day_ok for r in hidden)
    return (f"{label:<10}{len(rows):>6}{titled:>7}/{len(rows):<4}{100 * titled / max(len(rows), 1):>6.1f}%"
            f"{dated:>7}/{len(shown):<4}{100 * dated / max(len(shown), 1):>6.1f}%{wrong:>8}"
            f"{hidden_ok:>8}/{len(hidden):<4}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", action="store_true", help="print every miss")
    parser.add_argument("--half", choices=("A", "B"), help="only this half's misses with -v")
    args = parser.parse_args()
    if not (EVAL / "text-dumps").exists():
        sys.exit(f"{EVAL} not found: the evaluation data lives in ../shared/eval beside the clone")
    results, ms = evaluate(references())
    print(f"{'pages':<10}{'n':>6}{'title right':>17}{'date right (shown)':>19}{'wrong':>8}{'date only in HTML':>19}")
    for label, rows in (("all", results), ("half A", [r for r in results if r.half == "A"]),
                        ("half B", [r for r in results if r.half == "B"])):
        print(_row(label, rows))
    print(f"{ms:.1f} ms/page (CPU, detection only); 'wrong' = a day given that is not the page's")
    if args.v:
        for r in results:
            if args.half and r.half != args.half:
                continue
            if not r.title_ok:
                print(f"{r.half} {r.page[:6]} title {r.title!r} want {sorted(r.ref.titles)[:2]}")
            if r.ref.days and (r.ref.shown or r.day) and not r.day_ok:
                print(f"{r.half} {r.page[:6]} date {r.day} want {sorted(r.ref.days)} shown={r.ref.shown}")


if __name__ == "__main__":
    main()
