"""The consolidated summary must not depend on PYTHONHASHSEED: set and frozenset iteration order changes with
it from one process to the next, and an order that leaks into grouping, ids or ordering rewrites summary.yaml
and the pages on a build where nothing changed.  Each check consolidates the same briefings in fresh
interpreters with different seeds and compares the serialised summaries byte for byte."""
from __future__ import annotations

import importlib.util
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build.pipeline import extract_bytes
from generator.facts import stage as facts
from generator.model.briefing import Briefing

pytestmark = pytest.mark.slow     # whole builds under several hash seeds

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("0", "1", "2")
_CHILD = """
import pickle, sys
from generator.store import roundtrip
from generator.consolidate.stage import consolidate
with open(sys.argv[1], "rb") as fh:
    briefings = pickle.load(fh)
sys.stdout.write(roundtrip.new_document(consolidate(briefings, None)))
"""


def _extract(paths: list[Path]) -> list[Briefing]:
    out = []
    for path in paths:
        b = extract_bytes(path.name, path.read_bytes())
        b.source.id = path.stem
        out.append(b)
    return facts.finish_corpus(out)


def _summaries_by_seed(briefings: list, tmp_path: Path) -> dict[str, str]:
    """Serialised summary of `briefings` per hash seed, the interpreters running side by side."""
    data = tmp_path / "briefings.pickle"
    data.write_bytes(pickle.dumps(briefings))
    procs = {}
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        procs[seed] = subprocess.Popen([sys.executable, "-c", _CHILD, str(data)], cwd=ROOT, env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = {}
    for seed, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        out[seed] = stdout
    return out


def _assert_same(summaries: dict[str, str]) -> None:
    first = summaries[SEEDS[0]]
    assert "entities:" in first and "facts:" in first          # a real summary, not an empty document
    for seed in SEEDS[1:]:
        if summaries[seed] != first:
            diff = [f"{a!r} != {b!r}" for a, b in zip(first.splitlines(), summaries[seed].splitlines()) if a != b]
            pytest.fail(f"PYTHONHASHSEED={seed} gives another summary than {SEEDS[0]}; first lines that differ: "
                        + "; ".join(diff[:3]))


def test_demo_corpus_summary_is_the_same_under_every_hash_seed(tmp_path, corpus_dir):
    briefings = _extract(sorted(corpus_dir.glob("*.txt")))
    _assert_same(_summaries_by_seed(briefings, tmp_path))


def _load_corpus_maker():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_200_source_summary_is_the_same_under_every_hash_seed(tmp_path):
    """The benchmark's synthetic coverage (demo sentences recombined, numbers varied, generated officials):
    many near-identical sentences, so which group a sentence joins is decided by candidate order."""
    folder = _load_corpus_maker().write_corpus(200, tmp_path / "corpus")
    briefings = _extract(sorted(folder.glob("*.txt")))
    assert len(briefings) == 200
    _assert_same(_summaries_by_seed(briefings, tmp_path))
