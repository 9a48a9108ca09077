"""The stage packages import only downward, and no module takes part in an import cycle.

Every module of `generator/` is parsed (ast, nothing imported), its imports of `generator.*` resolved to
modules, and two rules checked: a module imports only from its own package or a lower layer, and the
module graph has no cycle (imports inside functions count too: a lazy import is still a dependency).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
#: Lowest first.  `cli` and `__main__` (top-level modules) sit above every package.
LAYERS = ["lexicon", "text", "model", "mentions", "read", "clean", "quotes", "facts", "consolidate", "store",
          "site", "build"]
TOP = len(LAYERS)


def module_name(path: Path, root: Path = GENERATOR) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules(root: Path = GENERATOR) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The generator modules `name` imports (relative imports resolved; `from pkg import sub` is `pkg.sub`)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "generator")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "generator":
                continue
            subs = {f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known}
            out.update(subs if subs and len(subs) == len(node.names) else subs | {target})
    return {m for m in out if m in known and m != name}


def layer(name: str) -> int:
    parts = name.split(".")
    if len(parts) == 1:
        return TOP + 1                               # the `generator` package itself: only a version string
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else TOP


def problems(root: Path = GENERATOR) -> list[str]:
    """Upward or sideways-up imports, unknown packages and cycles, one line each."""
    found = modules(root)
    known = set(found)
    graph = {name: imports_of(name, path, known) for name, path in found.items()}
    out = []
    for name in found:
        parts = name.split(".")
        if len(parts) > 2 and parts[1] not in LAYERS:
            out.append(f"{name}: package {parts[1]!r} is not in LAYERS")
    for name, deps in sorted(graph.items()):
        for dep in sorted(deps):
            if dep == "generator":
                continue
            if layer(dep) > layer(name):
                out.append(f"{name} imports {dep}: upward")
    out.extend(f"import cycle: {' -> '.join(c)}" for c in cycles(graph))
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One example path for each strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group) + [min(group)])
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_generator_imports_only_downward_and_has_no_cycle() -> None:
    assert problems() == []


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / "generator" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for pkg in {p.parent for p in (root / "generator").rglob("*.py")}:
        (pkg / "__init__.py").touch()
    return root / "generator"


@pytest.mark.parametrize("files,expected", [
    # a lower layer reaching up to a stage
    ({"text/matching.py": "from generator.facts.counts import x\n", "facts/counts.py": "x = 1\n"},
     ["generator.text.matching imports generator.facts.counts: upward"]),
    # the same through a relative import, inside a function
    ({"text/matching.py": "def f():\n    from ..facts import counts\n", "facts/counts.py": "x = 1\n"},
     ["generator.text.matching imports generator.facts.counts: upward"]),
    # two modules of one package that import each other (what organizations <-> places was)
    ({"mentions/places.py": "from .organizations import y\n",
      "mentions/organizations.py": "def f():\n    from generator.mentions.places import x\n"},
     ["import cycle: generator.mentions.organizations -> generator.mentions.places -> "
      "generator.mentions.organizations"]),
    # a package nobody placed in the order
    ({"extras/thing.py": "x = 1\n"}, ["generator.extras.thing: package 'extras' is not in LAYERS"]),
    # downward and top-level imports are fine
    ({"facts/counts.py": "from generator.text import matching\n", "text/matching.py": "x = 1\n",
      "cli.py": "from generator.facts import counts\n"}, []),
])
def test_the_check_catches_upward_imports_and_cycles(tmp_path: Path, files: dict[str, str],
                                                     expected: list[str]) -> None:
    assert problems(write(tmp_path, files)) == expected
