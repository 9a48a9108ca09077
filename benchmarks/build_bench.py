"""Whole-build cost as the corpus grows: one table, one run.

For each N (default 10, 100, 1000, 10000) it writes a synthetic corpus (make_corpus.py) into a
temporary project and runs, each as its own process as a user runs them: a full `briefing build`
from scratch (extract, render, `mkdocs build --strict`; the step times are the ones the build
prints in its summary line, extract/s includes writing the YAML), a no-op rebuild and a rebuild
after editing one YAML (generator steps: `briefing build --no-site`), with peak memory (max RSS of
the build and of any process it waited for: pool workers, mkdocs), Markdown pages and site size.  The project gets a copy of the
generator taken when it is made, so the numbers are for one version of the code.

    python benchmarks/build_bench.py            # all sizes
    python benchmarks/build_bench.py 10 100     # some sizes
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS (MB, of the process and of the children it waited for) and its output."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:   # files: warnings cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err.read().decode(errors='replace')[-2000:]}")
        out.seek(0)
        return seconds, usage.ru_maxrss / 1024, out.read().decode(errors="replace")


def step_seconds(line: str) -> dict[str, float]:
    """{"extract": s, "render": s, "mkdocs": s} from the build's summary line."""
    times = re.search(r"\(((?:\w+ [\d.]+s(?:, )?)+)\)\s*$", line.strip())
    assert times, f"no step times in: {line}"
    return {name: float(sec) for name, sec in re.findall(r"(\w+) ([\d.]+)s", times[1])}


def make_project(n: int, base: Path) -> Path:
    proj = base / f"proj-{n}"
    proj.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    # A snapshot of the code: `python -m generator` run in proj imports this copy, so edits to the
    # working tree during a long run cannot change (or invalidate the caches of) later steps.
    shutil.copytree(ROOT / "generator", proj / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    write_corpus(n, proj / "corpus")
    return proj


def edit_one_yaml(proj: Path) -> None:
    """A person corrects one source's title in an editor (one line changes, the rest stays)."""
    path = next(p for p in sorted((proj / "briefings").glob("*.yaml")) if p.name != "summary.yaml")
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"^(  title: ['\"]?)", r"\1Edited ", text, count=1, flags=re.M)
    assert edited != text and yaml.safe_load(edited)["source"]["title"].startswith("Edited ")
    path.write_text(edited, encoding="utf-8")


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def bench(n: int, base: Path) -> dict:
    proj = make_project(n, base)
    gen = [sys.executable, "-m", "generator", "--root", str(proj)]
    t_build, peak, out = run(gen + ["build"], proj)
    steps = step_seconds(out)
    pages = sum(1 for _ in (proj / "docs").rglob("*.md"))
    t_noop, _, _ = run(gen + ["build", "--no-site"], proj)
    edit_one_yaml(proj)
    t_edit, _, _ = run(gen + ["build", "--no-site"], proj)
    row = {"N": n, "extract/s": n / steps["extract"], "extract s": steps["extract"], "render s": steps["render"],
           "mkdocs s": steps["mkdocs"], "total s": t_build, "peak MB": peak,
           "pages": pages, "site MB": du_mb(proj / "site"), "no-op s": t_noop, "1 edit s": t_edit}
    shutil.rmtree(proj)
    return row


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 100, 1000, 10000]
    cols = ["N", "extract/s", "extract s", "render s", "mkdocs s", "total s", "peak MB", "pages", "site MB",
            "no-op s", "1 edit s"]
    print(f"# build_bench on {os.cpu_count()} cores; each command a separate process, as a user runs it; "
          "extract/render/mkdocs s: the step times `briefing build` prints; total s: its wall time")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for n in sizes:
            row = bench(n, Path(tmp))
            print("| " + " | ".join(f"{row[c]:,.1f}" if isinstance(row[c], float) else f"{row[c]:,}"
                                    for c in cols) + " |", flush=True)


if __name__ == "__main__":
    main()
