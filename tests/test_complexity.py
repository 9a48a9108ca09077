"""No function above cyclomatic complexity 25 (radon), except the ones listed here, which may only get simpler.

A long chain of `if ...: continue` is one tuned exception per branch; past 25 it becomes a table of named
rules (as `clean.rules.LineRule` and `facts.resolve._RELATIVE_RULES`).  The list below is what is still to
do (issue 17): each entry is the function's complexity today, a ceiling.  When one drops to 25 or below the
test asks for its entry to be removed, so the list only shrinks.
"""
from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity", reason="radon is a dev tool: `make` installs it")

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
LIMIT = 25
STILL_TOO_COMPLEX: dict[str, int] = {
}


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


def test_no_function_is_more_complex_than_the_limit_or_its_ceiling() -> None:
    found = complexities()
    too_complex = {name: cc for name, cc in found.items() if cc > STILL_TOO_COMPLEX.get(name, LIMIT)}
    assert too_complex == {}, f"above {LIMIT} (or above its ceiling): split into named rules"


def test_the_list_of_exceptions_only_names_functions_that_still_need_it() -> None:
    found = complexities()
    stale = {name for name in STILL_TOO_COMPLEX if found.get(name, 0) <= LIMIT}
    assert stale == set(), "now simple enough (or gone): remove from STILL_TOO_COMPLEX"


def test_the_check_sees_a_complex_function(tmp_path: Path) -> None:
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(30))
    (tmp_path / "m.py").write_text(f"def f(x):\n{branches}\n    return -1\n")
    assert complexities(tmp_path) == {"m.py::f": 31}
