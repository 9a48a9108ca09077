"""Huge paragraphs (issue 19): what one paragraph of 1 MB and of 5 MB costs, and how each stage grows with it.

Two tables:
  1. `briefing extract` on a project whose corpus is one page holding one paragraph of 1 MB or 5 MB, each as its
     own process as a user runs it: wall seconds, CPU seconds (the command and its pool workers), quotes found
     and whether the source says part of it was not analysed (text past `budget.ANALYSED_CHARS`).  Target:
     under 10 s each.  Shapes: article sentences written for this bench (quotes, titles, pronouns, numbers,
     dates, acronyms) and, when the WikiRef articles are here, their text run together.
  2. CPU seconds of each stage (and of the whole source, and of consolidating it) on one paragraph of 250 KB
     and of 1 MB, for each text shape, and the ratio: about 4 is linear, 16 quadratic (tests/test_linear_scans.py
     asserts under 8).  A repeated passage hides scans whose cost grows with distinct hits, so the shapes
     include sentences that all differ and one speaker's transcript.

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
from functools import partial
from pathlib import Path
from typing import Callable

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wikiref  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator.build.pipeline import extract_bytes  # noqa: E402
from generator.consolidate.stage import consolidate  # noqa: E402
from generator.facts.counts import find_numbers  # noqa: E402
from generator.facts.date_mentions import find_dates  # noqa: E402
from generator.mentions import names  # noqa: E402
from generator.mentions.organizations import find_organizations  # noqa: E402
from generator.mentions.places import find_places  # noqa: E402
from generator.model.briefing import Briefing  # noqa: E402
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


_VARYING = ("“The {w} plan will cost {n} million dollars,” Finance Minister {first} {last} said on {day}.",
            "At least {n} people were killed and {m} injured in {place}, the {w} agency said on {day} {d} {month}.",
            "A {age}-year-old man from {place} died in hospital, police said, and the {w} toll rose to {m}.",
            "{first} {last} told reporters: “We will not accept the {w} deal before {month} {d}.”")
_NAMES = ("Anna", "Omar", "Lena", "Ravi", "Marta", "Kofi", "Ines", "Tomas")
_SURNAMES = ("Berg", "Haddad", "Novak", "Iyer", "Costa", "Mensah", "Silva", "Keller")
_PLACES = ("Lyon", "Porto", "Gdansk", "Madurai", "Accra", "Leeds", "Bergen", "Tucson")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "May", "July", "September", "November")


def _word(i: int) -> str:
    """A made-up lowercase word per number, so no two sentences of the varying text say the same thing."""
    out = ""
    while True:
        i, r = divmod(i, 20)
        out += "bdfgklmnprstvz"[r % 14] + "aeiou"[r % 5]
        if not i:
            return out + "n"


def varying_paragraph(size: int, speakers: int = 64) -> str:
    """One paragraph of `size` characters whose sentences all differ: quotes, tolls, ages, days and speakers
    that change every sentence, so consolidation has as many distinct readings and statements as the text
    can hold (a repeated text collapses into one of each).  `speakers=1`: a transcript of one person."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        k = i // len(_VARYING)
        sentence = _VARYING[i % len(_VARYING)].format(
            w=_word(k), n=k % 900 + 10, m=k % 700 + 20, age=k % 70 + 18, d=k % 28 + 1,
            first=_NAMES[k % speakers % 8], last=_SURNAMES[k % speakers // 8 % 8],
            place=_PLACES[(k // 3) % len(_PLACES)],
            day=_DAYS[k % 7], month=_MONTHS[k % 6])
        parts.append(sentence)
        total += len(sentence) + 1
        i += 1
    return " ".join(parts)[:size]


def dated_paragraph(size: int) -> str:
    """One paragraph of `size` characters of dates that all differ, and of 'this week' meetings whose place no
    weekday sentence shares: every date asks for its own sentence, every 'this week' for a weekday to take."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        sentence = (f"The {_word(i)} council met in {_PLACES[i % 8]} on {i % 28 + 1} {_MONTHS[i % 6]} {1900 + i // 168}. "
                    f"A {_word(i + 1)} panel met in {_word(i)}ville earlier this week, and a board in "
                    f"{_PLACES[(i + 1) % 8]} on {_DAYS[i % 7]}.")
        parts.append(sentence)
        total += len(sentence) + 1
        i += 1
    return " ".join(parts)[:size]


def unnamed_paragraph(size: int) -> str:
    """One paragraph of `size` characters of quotes that differ and name nobody: quotes with no cue, and 'it',
    'they' and 'he' as speakers, so every quote looks back for whom it belongs to."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        w = _word(i)
        sentence = (f"It said the {w} plan had failed. “We will not accept the {w} deal,” it said. “They lied "
                    f"about the {w} vote,” he added. “The {w} count is wrong.” “So is the {w} map.”")
        parts.append(sentence)
        total += len(sentence) + 1
        i += 1
    return " ".join(parts)[:size]


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
    "whole source (clean, quotes, facts)": lambda text: source_of(text),
}

#: The texts the stages are timed on: one passage repeated (cheap to make, many identical hits) and sentences
#: that all differ (as many distinct names, quotes, tolls and days as the text holds), also as one speaker's
#: transcript, where consolidation has thousands of statements by one person to group, and as dates that all
#: differ (each date's sentence looked up, each 'this week' linked to a weekday), and quotes whose speaker is
#: a pronoun or nobody (each looks back through the paragraph).
SHAPES: dict[str, Callable[[int], str]] = {
    "bench sentences": paragraph,
    "varying sentences": varying_paragraph,
    "one speaker's transcript": lambda size: varying_paragraph(size, speakers=1),
    "dates that all differ": dated_paragraph,
    "quotes that name nobody": unnamed_paragraph,
}


def source_of(text: str) -> Briefing:
    """The briefing `briefing extract` makes of a page holding `text` as its one paragraph."""
    return extract_bytes("huge.txt", ("A very long page\n\n" + text + "\n").encode("utf-8"))


def consolidate_seconds(text: str) -> float:
    """CPU seconds of consolidating the one source made of `text` (extracted before the clock starts)."""
    source = source_of(text)
    started = time.process_time()
    consolidate([source])
    return time.process_time() - started


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
    shapes = {"bench sentences": " ".join(SENTENCES), "varying sentences": varying_paragraph(5_000_000)}
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
    print("\n# CPU seconds per stage on one paragraph (ratio ~4: linear, ~16: quadratic)")
    print("| stage | text | 250 KB | 1 MB | ratio |\n|---|---|---|---|---|")
    timed: dict[str, Callable[[str], float]] = {name: partial(cpu_seconds, stage) for name, stage in STAGES.items()}
    timed["consolidate (one source)"] = consolidate_seconds
    for name, seconds in timed.items():
        for shape, make in SHAPES.items():
            seconds(make(20_000))
            small, large = seconds(make(250_000)), seconds(make(1_000_000))
            print(f"| {name} | {shape} | {small:.2f} | {large:.2f} | {large / max(small, 1e-3):.1f} |", flush=True)


if __name__ == "__main__":
    main()
