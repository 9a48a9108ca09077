"""Cleaner benchmark: our cleaner vs trafilatura alone vs all text, on three data sets, one table.

Data sets (in <repo>/../shared/eval, or $BRIEFING_SHARED/eval):
  demo corpus  corpus/*.txt against seeds-gold/ (gold body lines kept, boilerplate removed)
  html         article-extraction/html/*.html.gz against its ground-truth.json
  text-dumps   text-dumps/txt/*.txt (whole-page select-all text) against the same ground truth
ms/page is CPU time of this process (decode included), so other jobs on the machine do not skew it.
Scores are the benchmark's own 4-gram precision/recall/F1 averaged over pages (see ngram_f1.py).
Text-dump pages are also scored in two halves (even/odd position in id order): rules were tuned
while looking at one half, so the other half shows whether they generalise.

    .venv/bin/python benchmarks/clean_bench.py [--only demo|html|text-dumps]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ngram_f1 import Aggregate, aggregate, score_page  # noqa: E402

from benchmarks.eval_data import SHARED  # noqa: E402
from generator.clean.stage import clean  # noqa: E402
from generator.read.sources import decode  # noqa: E402

EVAL = SHARED / "eval"


@dataclass
class Page:
    name: str
    data: bytes          # raw file bytes
    gold: str


@dataclass
class Row:
    dataset: str
    method: str
    score: Aggregate
    ms_per_page: float


def _paragraph_html(text: str) -> str:
    from html import escape
    return "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line.strip()) + "</body></html>"


def ours(page: Page) -> str:
    return "\n\n".join(clean(decode(page.name, page.data)).body)


def trafilatura_alone(page: Page) -> str:
    import trafilatura
    text = decode(page.name, page.data).text
    markup = text if page.name.endswith((".html", ".html.gz")) else _paragraph_html(text)
    return trafilatura.extract(markup, include_comments=False) or ""


def all_text(page: Page) -> str:
    text = decode(page.name, page.data).text
    if page.name.endswith((".html", ".html.gz")):
        from bs4 import BeautifulSoup
        return BeautifulSoup(text, "lxml").get_text("\n")
    return text


METHODS: dict[str, Callable[[Page], str]] = {"ours": ours, "trafilatura alone": trafilatura_alone, "all text": all_text}


def demo_pages() -> list[Page]:
    import yaml
    pages = []
    for gold_file in sorted((EVAL / "seeds-gold").glob("0*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        source = ROOT / "corpus" / gold["source"]
        lines = source.read_text(encoding="utf-8").split("\n")
        body = "\n\n".join(lines[n - 1].strip() for n in gold["body_line_nos"])
        pages.append(Page(source.name, source.read_bytes(), body))
    return pages


def benchmark_pages(folder: str, pattern: str) -> list[Page]:
    truth = json.loads((EVAL / folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((EVAL / folder).glob(pattern)):
        page_id = path.name.split(".")[0]
        if page_id in truth:
            pages.append(Page(path.name, path.read_bytes(), truth[page_id]["articleBody"]))
    return pages


def run(dataset: str, pages: list[Page]) -> dict[str, tuple[Row, list]]:
    """Score every method on every page; methods take turns page by page so load spikes hit all alike."""
    outputs: dict[str, list[str]] = {method: [] for method in METHODS}
    seconds = dict.fromkeys(METHODS, 0.0)
    names = list(METHODS)
    for extract in METHODS.values():      # warm up: imports and lazy tables are not per-page costs
        extract(pages[0])
    for turn, page in enumerate(pages):
        for method in names[turn % len(names):] + names[:turn % len(names)]:
            extract = METHODS[method]
            started = time.process_time()
            outputs[method].append(extract(page))
            seconds[method] += time.process_time() - started
    results = {}
    for method in METHODS:
        scores = [score_page(out, page.gold) for out, page in zip(outputs[method], pages)]
        row = Row(dataset, method, aggregate(scores), 1000 * seconds[method] / max(len(pages), 1))
        results[method] = (row, scores)
    return results


def demo_targets() -> str:
    """Line-level targets on the demo corpus: gold boilerplate removed, body kept, notes labelled."""
    import yaml
    removed_ok = boiler = lost = labelled = labels = 0
    for gold_file in sorted((EVAL / "seeds-gold").glob("0*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        source = ROOT / "corpus" / gold["source"]
        lines = source.read_text(encoding="utf-8").split("\n")
        result = clean(decode(source.name, source.read_bytes()))
        body = set(result.body)
        lost += sum(lines[n - 1].strip() not in body for n in gold["body_line_nos"])
        removed = {r.text for r in result.removed}
        boiler += len(gold["boilerplate"])
        removed_ok += sum(b["line"] in removed for b in gold["boilerplate"])
        for item in gold.get("keep_but_label", []):
            kind = {"image-caption": "caption"}.get(item["kind"], item["kind"])
            labels += 1
            labelled += any(n.kind == kind and (item["line"] in (n.text, f"{n.text} {item.get('embedded_credit', '')}".strip())
                                                or n.text in item["line"] or item["line"].startswith("—"))
                            for n in result.notes)
    return (f"demo targets: boilerplate removed {removed_ok}/{boiler}, gold body lines lost {lost}, "
            f"keep_but_label in notes with the right kind {labelled}/{labels}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("demo", "html", "text-dumps"))
    args = parser.parse_args()
    if not EVAL.exists():
        sys.exit(f"{EVAL} not found: the evaluation data lives in ../shared/eval beside the clone")
    datasets = {
        "demo": ("demo corpus", demo_pages),
        "html": ("article-extraction HTML", lambda: benchmark_pages("article-extraction", "html/*.html.gz")),
        "text-dumps": ("text-dumps", lambda: benchmark_pages("text-dumps", "txt/*.txt")),
    }
    rows: list[Row] = []
    for key, (label, load) in datasets.items():
        if args.only and key != args.only:
            continue
        pages = load()
        for method, (row, scores) in run(label, pages).items():
            rows.append(row)
            if key == "text-dumps" and method == "ours":
                for half in (0, 1):
                    part = aggregate(scores[half::2])
                    rows.append(Row(f"text-dumps half {'AB'[half]}", method, part, row.ms_per_page))
    print(f"{'data set':<26}{'method':<19}{'pages':>6}{'P':>8}{'R':>8}{'F1':>8}{'ms/page':>10}")
    for row in rows:
        s = row.score
        print(f"{row.dataset:<26}{row.method:<19}{s.pages:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{row.ms_per_page:>10.1f}")
    if not args.only or args.only == "demo":
        print(demo_targets())


if __name__ == "__main__":
    main()
