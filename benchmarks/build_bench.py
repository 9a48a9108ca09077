"""Whole-build cost as the corpus grows: one table, one run.

For each N (default 10, 100, 1000, 10000) it writes a synthetic corpus (make_corpus.py) into a
temporary project and times, each as its own process as a user runs them:
extract (articles/s), render, `mkdocs build --strict`, a no-op rebuild and a rebuild after editing
one YAML (generator steps: `briefing build --no-site`), with peak memory (max RSS of any step,
pool workers included), Markdown pages written and site size.  The project gets a copy of the
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


def run(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB, this process and the children it waited for)."""
    with tempfile.TemporaryFile() as err:     # a file, not a pipe: thousands of warnings cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def make_project(n: int, base: Path) -> Path:
    proj = base / f"proj-{n}"
    proj.mkdir()
    shutil.copytree(ROOT / "templates", proj / "templates")
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
    t_extract, m1 = run(gen + ["extract"], proj)
    t_render, m2 = run(gen + ["render"], proj)
    t_mkdocs, m3 = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(proj / "mkdocs.yml")],
                       proj)
    pages = sum(1 for _ in (proj / "docs").rglob("*.md"))
    t_noop, _ = run(gen + ["build", "--no-site"], proj)
    edit_one_yaml(proj)
    t_edit, _ = run(gen + ["build", "--no-site"], proj)
    row = {"N": n, "extract/s": n / t_extract, "extract s": t_extract, "render s": t_render,
           "mkdocs s": t_mkdocs, "total s": t_extract + t_render + t_mkdocs, "peak MB": max(m1, m2, m3),
           "pages": pages, "site MB": du_mb(proj / "site"), "no-op s": t_noop, "1 edit s": t_edit}
    shutil.rmtree(proj)
    return row


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 100, 1000, 10000]
    cols = ["N", "extract/s", "extract s", "render s", "mkdocs s", "total s", "peak MB", "pages", "site MB",
            "no-op s", "1 edit s"]
    print(f"# build_bench on {os.cpu_count()} cores; each step a separate process, as a user runs it")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for n in sizes:
            row = bench(n, Path(tmp))
            print("| " + " | ".join(f"{row[c]:,.1f}" if isinstance(row[c], float) else f"{row[c]:,}"
                                    for c in cols) + " |", flush=True)


if __name__ == "__main__":
    main()
