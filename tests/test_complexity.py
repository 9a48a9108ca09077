"""No function above cyclomatic complexity 25 (radon).

A long chain of `if ...: continue` is one tuned exception per branch; past 25 it becomes a table of named
rules (as `clean.rules.LineRule`, `facts.resolve._RELATIVE_RULES` and `mentions.name_rules.CANDIDATE_RULES`) or
helpers named for what they decide.  Issue 17 brought every function under the limit; there are no exceptions.
"""
from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity", reason="radon is a dev tool: `make` installs it")

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
LIMIT = 25


def complexities(root: Path = GENERATOR) -> dict[str, int]:
    """'path::function' (methods as Class.method) -> cyclomatic complexity, for every function of `root`."""
    out: dict[str, int] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
            for item in [block, *getattr(block, "methods", [])]:
                name = getattr(item, "fullname", item.name)
                out[f"{rel}::{name}"] = max(out.get(f"{rel}::{name}", 0), item.complexity)
    return out


def test_no_function_is_more_complex_than_the_limit() -> None:
    too_complex = {name: cc for name, cc in complexities().items() if cc > LIMIT}
    assert too_complex == {}, f"above {LIMIT}: split into named rules or helpers"


def test_the_check_sees_a_complex_function(tmp_path: Path) -> None:
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(30))
    (tmp_path / "m.py").write_text(f"def f(x):\n{branches}\n    return -1\n")
    assert complexities(tmp_path) == {"m.py::f": 31}
