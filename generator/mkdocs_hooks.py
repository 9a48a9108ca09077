"""MkDocs hooks for the live loop: `mkdocs serve` re-renders docs/ from briefings/ and templates/.

`mkdocs.yml` lists `briefings` and `templates` under `watch:`, so MkDocs itself notices an edit
and rebuilds; this hook re-renders the Markdown first.  It remembers each file's (mtime, size):
an edited `briefings/<id>.yaml` re-renders that source's page and the summary, an edited
summary.yaml only the summary, a template edit everything; rebuilds caused by our own writes to
docs/ render nothing.  `mkdocs build` does not render (the generator has already written docs/),
so the same docs/ also builds with other tools.  A broken YAML logs one line and the last good
pages keep being served.
"""
from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.briefing")
_serving = False
_seen: dict[Path, tuple[int, int]] = {}     # file -> (mtime_ns, size) when last rendered


def _signatures(root: Path) -> dict[Path, tuple[int, int]]:
    out = {}
    for folder, pattern in (("briefings", "*.yaml"), ("templates", "*")):
        for path in (root / folder).glob(pattern):
            if path.is_file() and not path.name.startswith("."):
                st = path.stat()
                out[path] = (st.st_mtime_ns, st.st_size)
    return out


def pages_to_render(before: dict[Path, tuple[int, int]], now: dict[Path, tuple[int, int]]) -> set[str] | None:
    """Source ids whose page must be re-rendered (the summary always is); None means every page."""
    changed = {p for p in before.keys() | now.keys() if before.get(p) != now.get(p)}
    if not before or any(p.parent.name == "templates" for p in changed):
        return None
    return {p.stem for p in changed if p.name != "summary.yaml"}


def on_startup(command: str, dirty: bool = False, **_: object) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config, **_: object) -> None:
    if not _serving:
        return
    from generator.build.pipeline import BuildError, Project, render
    from generator.store.atomic import BriefingFileError

    root = Path(config["config_file_path"]).parent
    now = _signatures(root)
    if _seen and now == _seen:
        return                                  # a rebuild for docs/ we wrote ourselves
    only = pages_to_render(_seen, now)
    try:
        report = render(Project(root=root), only=only)[0]
    except (BuildError, BriefingFileError) as exc:
        # INFO, not ERROR: under `strict: true` an error would abort the rebuild, and the server
        # would hang instead of serving the last good pages.
        lines = str(exc).splitlines()
        more = f" and {len(lines) - 1} more (run `briefing check`)" if len(lines) > 1 else ""
        log.info("briefing: not re-rendered: %s%s; still serving the last good pages", lines[0], more)
        return
    _seen.clear()
    _seen.update(_signatures(root))             # includes the summary.yaml render just wrote
    if report.written:
        log.info("briefing: re-rendered %s", ", ".join(report.written))
