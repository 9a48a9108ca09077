"""Site cost as the number of pages grows: render (Markdown) and `mkdocs build --strict`, one table.

The five demo articles are extracted once and copied N/5 times under new ids; each copy's
speakers get their own names, so person pages grow with the sources.  The summary is the
demo consolidation plus one quote group per copied speaker.  Only index pages are in the nav,
so build time per page should stay flat (a flat nav makes it quadratic; see NOTES.md).

    python benchmarks/site_bench.py              # 10 100 500 1000 sources
    python benchmarks/site_bench.py 50 200       # some sizes
"""
from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from site_helpers import copy_site_config, demo_briefings, demo_summary  # noqa: E402

from generator.model.briefing import QuoteGroup, QuoteRef  # noqa: E402
from generator.site.render import render_site  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def scaled(n: int):
    base = demo_briefings()
    summary = demo_summary(base)
    briefings = []
    for i in range(n):
        b = copy.deepcopy(base[i % len(base)])
        b.source.id = f"{b.source.id[:40]}-{i}"
        for q in b.quotes:
            if q.speaker:
                q.speaker = f"{q.speaker} {i // len(base)}"
        briefings.append(b)
        if i >= len(base):
            for q in b.quotes:
                summary.quotes.append(QuoteGroup(speaker=q.speaker, role=q.role, sources=[
                    QuoteRef(source=b.source.id, quote=q.id, text=q.text, paragraph=q.paragraph)]))
    return briefings, summary


def mkdocs_build(root: Path) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"], cwd=root, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(proc.stderr.read().decode()[-2000:])
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def measure(n: int) -> dict:
    briefings, summary = scaled(n)
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_site_config(Path(tmp))
        start = time.perf_counter()
        report = render_site(briefings, summary, root / "templates", root / "docs")
        render_s = time.perf_counter() - start
        start = time.perf_counter()
        again = render_site(briefings, summary, root / "templates", root / "docs")
        rerender_s = time.perf_counter() - start
        build_s, rss = mkdocs_build(root)
        pages = sum(1 for _ in (root / "site").rglob("index.html"))
        size = sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file()) / 1e6
        shutil.rmtree(root / "site")
    assert not again.written
    return {"sources": n, "pages": pages, "written": len(report.written), "render": render_s,
            "rerender": rerender_s, "build": build_s, "ms_page": 1000 * build_s / pages, "rss": rss, "mb": size}


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10, 100, 500, 1000]
    rows = [measure(n) for n in sizes]
    print(f"{'sources':>8} {'pages':>6} {'render s':>9} {'no-op s':>8} {'mkdocs s':>9} {'ms/page':>8} "
          f"{'peak MB':>8} {'site MB':>8}")
    for r in rows:
        print(f"{r['sources']:>8} {r['pages']:>6} {r['render']:>9.2f} {r['rerender']:>8.2f} {r['build']:>9.2f} "
              f"{r['ms_page']:>8.1f} {r['rss']:>8.0f} {r['mb']:>8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
