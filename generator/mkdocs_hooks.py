"""MkDocs hooks for the live loop: `mkdocs serve` re-renders docs/ from briefings/ and templates/.

`mkdocs.yml` lists `briefings` and `templates` under `watch:`, so MkDocs itself notices the
edit and rebuilds; this hook re-renders the Markdown first.  `mkdocs build` does not render
(the generator has already written docs/), so the same docs/ also builds with other tools.
A broken YAML logs one line and the last good pages keep being served.
"""
from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.briefing")
_serving = False


def on_startup(command: str, dirty: bool = False, **_: object) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config, **_: object) -> None:
    if not _serving:
        return
    from generator.pipeline import BuildError, Project, render
    from generator.store import BriefingFileError

    root = Path(config["config_file_path"]).parent
    try:
        report, _, _ = render(Project(root=root))
    except (BuildError, BriefingFileError) as exc:
        first = str(exc).splitlines()[0]
        log.error("briefing: %s (keeping the last good pages)", first)
        return
    if report.written:
        log.info("briefing: re-rendered %s", ", ".join(report.written))
