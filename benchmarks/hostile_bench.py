"""Huge paragraphs (issue 19): what one paragraph of 1 MB and of 5 MB costs, and how each stage grows with it.

Two tables:
  1. `briefing extract` on a project whose corpus is one page holding one paragraph of 1 MB or 5 MB, each as its
     own process as a user runs it: wall seconds, CPU seconds (the command and its pool workers), quotes found
     and whether the source says part of it was not analysed (text past `budget.ANALYSED_CHARS`).  Target:
     under 10 s each.  Shapes: article sentences written for this bench (quotes, titles, pronouns, numbers,
     dates, acronyms) and, when the WikiRef articles are here, their text run together.
  2. CPU seconds of each stage on one paragraph of 250 KB and of 1 MB, and the ratio: about 4 is linear,
     16 quadratic (tests/test_linear_scans.py asserts under 8).

    python benchmarks/hostile_bench.py
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wikiref  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.facts.counts import find_numbers  # noqa: E402
from generator.facts.dates import find_dates  # noqa: E402
from generator.mentions import names  # noqa: E402
from generator.mentions.organizations import find_organizations  # noqa: E402
from generator.mentions.places import find_places  # noqa: E402
from generator.quotes import speaker_context  # noqa: E402
from generator.quotes.stage import find_quotes  # noqa: E402

SENTENCES = ["“We can discuss many issues, but not the basic principles,” NATO Secretary General Jens Stoltenberg "
             "said on Wednesday.", "Russia moved 100,000 troops to the border, the OSCE said.",
             "Deputy Foreign Minister Alexander Grushko told reporters: “There is a NATO presence in Ukraine.”",
             "He said the talks lasted four hours and that the U.S. delegation (led by Wendy Sherman) would "
             "return to Geneva.", "The EU and the UN called for talks in Vienna on 13 January 2022.",
             "A spokesman for the Foreign Ministry, Maria Zakharova, said ‘no’ to the “phase one” plan.",
             "The statement said at least 12 people were killed in Kharkiv, according to the regional governor.",
             "She added that Mr Grushko had spoken to the Kremlin and the White House for 40 minutes."]


def paragraph(size: int, text: str = " ".join(SENTENCES)) -> str:
    """One paragraph of exactly `size` characters: `text` repeated."""
    return (text + " ") * (size // (len(text) + 1)) + text[:size % (len(text) + 1)]


def wikiref_text() -> str | None:
    """The first 24 Paris-attack and MH370 articles run together into one line (None when absent)."""
    if wikiref.skip_reason():
        return None
    folder = wikiref.articles_dir()
    files = sorted(folder.glob("ParisAttacks2015*.txt"))[:12] + sorted(folder.glob("malaysia*.txt"))[:12]
    lines = [" ".join(f.read_text(encoding="utf-8", errors="replace").split("\n")[1:]).split() for f in files]
    return " ".join(" ".join(words) for words in lines)


def _fresh() -> None:
    """Forget memoised name tables and sentence starts: each measurement pays for its own."""
    names._name_table_of.cache_clear()
    speaker_context._sentence_starts.cache_clear()


STAGES: dict[str, Callable[[str], object]] = {
    "people": lambda text: names.find_people([text]),
    "organisations": lambda text: find_organizations([text]),
    "places": lambda text: find_places([text]),
    "quotes and speakers": lambda text: find_quotes([text]),
    "numbers": lambda text: find_numbers([text]),
    "dates": lambda text: find_dates([text]),
    "sentence starts": lambda text: speaker_context.sentence_starts(text),
}


def cpu_seconds(stage: Callable[[str], object], text: str) -> float:
    """CPU seconds of this process for one stage on `text`, memos cleared first."""
    _fresh()
    started = time.process_time()
    stage(text)
    return time.process_time() - started


def extract_row(label: str, text: str, base: Path) -> str:
    proj = base / "proj"
    shutil.rmtree(proj, ignore_errors=True)
    (proj / "corpus").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    (proj / "corpus" / "huge.txt").write_text("A very long page\n\n" + text + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "--root", str(proj), "extract"], check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    data = yaml.load(next((proj / "briefings").glob("*.yaml")).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    cut = any("not analysed" in n["text"] for n in data.get("notes") or [] if n["kind"] == "problem")
    return f"| {label} | {len(text) / 1e6:.0f} MB | {wall:.1f} | {cpu:.1f} | {len(data.get('quotes') or [])} | " \
           f"{'yes' if cut else 'no'} |"


def main() -> None:
    shapes = {"bench sentences": " ".join(SENTENCES)}
    real = wikiref_text()
    if real:
        shapes["WikiRef articles"] = real
    else:
        print(f"({wikiref.skip_reason()})")
    print(f"# hostile_bench on {os.cpu_count()} cores (load {os.getloadavg()[0]:.1f}): `briefing extract` of one "
          "page holding one paragraph")
    print("| text | paragraph | wall s | CPU s | quotes | says what was not analysed |\n|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="briefing-hostile-") as tmp:
        for label, text in shapes.items():
            for size in (1_000_000, 5_000_000):
                print(extract_row(label, paragraph(size, text), Path(tmp)), flush=True)
    print("\n# CPU seconds per stage, one paragraph of bench sentences (ratio ~4: linear, ~16: quadratic)")
    print("| stage | 250 KB | 1 MB | ratio |\n|---|---|---|---|")
    for name, stage in STAGES.items():
        cpu_seconds(stage, paragraph(20_000))
        small, large = cpu_seconds(stage, paragraph(250_000)), cpu_seconds(stage, paragraph(1_000_000))
        print(f"| {name} | {small:.2f} | {large:.2f} | {large / max(small, 1e-3):.1f} |", flush=True)


if __name__ == "__main__":
    main()
