"""Issue 19: every stage is linear in paragraph length.

Each stage runs on one paragraph of 250 KB and of 1 MB made of article sentences (quotes, names, titles,
pronouns, numbers, dates, acronyms): one passage repeated, sentences that all differ, and one speaker's
transcript; the whole source and its consolidation too.  Four times the text must cost less than eight times the CPU time: a linear
scan costs about four times, a quadratic one (a prefix copied or searched per hit, a walk over every mention per
reporting verb) sixteen.  CPU time of this process, not wall time, so a loaded machine does not decide; an alarm
turns a scan that hangs into a failure.  The seconds themselves are printed by benchmarks/hostile_bench.py.
"""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from generator.facts.budget import ANALYSED_CHARS, analysed_part

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from hostile_bench import SHAPES, STAGES, consolidate_seconds, cpu_seconds, paragraph  # noqa: E402

pytestmark = pytest.mark.slow          # about 60 s of CPU in all


def _hang(signum, frame):
    raise TimeoutError("a stage took over 120 s on a 1 MB paragraph: a quadratic scan is back")


def _assert_linear(name: str, seconds, make) -> None:
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(120)
    try:
        seconds(make(20_000))          # warm up: gazetteer, compiled patterns
        t_small = seconds(make(250_000))
        t_large = seconds(make(1_000_000))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert t_large < 8 * max(t_small, 0.05), f"{name}: 250 KB {t_small:.2f} s, 1 MB {t_large:.2f} s CPU"


_WHOLE = "whole source (clean, quotes, facts)"
_VARYING = [shape for shape in SHAPES if shape != "bench sentences"]
#: Each stage on the repeated passage; the whole source (every stage at once) on the texts whose sentences all
#: differ.  benchmarks/hostile_bench.py prints every stage on every shape.
_CASES = [(stage, "bench sentences") for stage in STAGES if stage != _WHOLE] + [(_WHOLE, shape) for shape in _VARYING]


@pytest.mark.parametrize(("stage", "shape"), _CASES)
def test_four_times_the_paragraph_costs_about_four_times_the_work(stage: str, shape: str) -> None:
    _assert_linear(f"{stage} on {shape}", lambda text: cpu_seconds(STAGES[stage], text), SHAPES[shape])


@pytest.mark.parametrize("shape", _VARYING)
def test_consolidating_four_times_the_text_costs_about_four_times_the_work(shape: str) -> None:
    """Consolidation sees what extraction found: thousands of distinct readings, or of one speaker's quotes."""
    _assert_linear(f"consolidate on {shape}", consolidate_seconds, SHAPES[shape])


def test_a_long_source_is_searched_up_to_the_budget_and_says_what_was_not() -> None:
    body = ["Short first paragraph.", paragraph(ANALYSED_CHARS), "A last paragraph."]
    searched, note = analysed_part(body)
    assert len(searched) == len(body) and searched[0] == body[0] and searched[2] == ""
    assert sum(map(len, searched)) <= ANALYSED_CHARS
    assert searched[1] and body[1].startswith(searched[1]) and searched[1].rstrip().endswith((".", "”"))
    assert note is not None and note.kind == "problem" and "not analysed" in note.text and "of 3" in note.text
    assert analysed_part(body[:1]) == (body[:1], None)
