"""The `briefing` MkDocs plugin (`plugins: [search, briefing]`): plain MkDocs renders the briefing itself.

`mkdocs build` and `mkdocs gh-deploy` render docs/ from briefings/ when it is missing or stale (a fresh
clone, an edit since the last render; `pipeline.render_if_stale`), so nobody has to run `briefing build`
first.  MkDocs checks that docs_dir exists before any plugin runs, so a project keeps a committed
docs/.gitignore.  `mkdocs serve` watches briefings/ and templates/ and re-renders only what changed: an
edited `briefings/<id>.yaml` that source's page and the summary, a template everything; the rebuild our
own writes to docs/ cause renders nothing.  A broken YAML stops `mkdocs build` with one line, while
`mkdocs serve` logs it and keeps serving the last good pages.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.build.pipeline import BuildError, Project, render, render_if_stale
from generator.site.theme import DEFAULT_TEMPLATES
from generator.store.atomic import BriefingFileError

log = logging.getLogger("mkdocs.plugins.briefing")
Signatures = dict[Path, tuple[int, int]]


class BriefingConfig(base.Config):
    #: auto: render docs/ when it is missing or stale; always: on every build; never: use docs/ as it is.
    render = c.Choice(("auto", "always", "never"), default="auto")
    #: Re-render while `mkdocs serve` runs (watching briefings/ and templates/).
    live = c.Type(bool, default=True)


def _signatures(folders: list[tuple[Path, str]]) -> Signatures:
    out = {}
    for folder, pattern in folders:
        for path in folder.glob(pattern):
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
                st = path.stat()
                out[path] = (st.st_mtime_ns, st.st_size)
    return out


def pages_to_render(before: Signatures, now: Signatures) -> set[str] | None:
    """Source ids whose page must be re-rendered (the summary always is); None means every page
    (the first render, or a template or stylesheet changed)."""
    changed = {p for p in before.keys() | now.keys() if before.get(p) != now.get(p)}
    if not before or any(p.suffix != ".yaml" for p in changed):
        return None
    return {p.stem for p in changed if p.name != "summary.yaml"}


def _first_line(exc: Exception) -> str:
    lines = str(exc).splitlines() or [type(exc).__name__]
    more = f" and {len(lines) - 1} more (run `briefing check`)" if len(lines) > 1 else ""
    return lines[0] + more


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Renders docs/ from briefings/ for `mkdocs build`, `gh-deploy` and `serve` (see the module)."""

    def __init__(self) -> None:
        self.serving = False
        self.project: Project | None = None
        self.seen: Signatures = {}              # watched file -> (mtime_ns, size) when last rendered

    # Defining on_startup also keeps this instance across the rebuilds of `mkdocs serve`.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.project = Project(root=root, docs=Path(config.docs_dir))
        return config

    def _watched(self) -> list[tuple[Path, str]]:
        assert self.project is not None
        return [(self.project.briefings, "*.yaml"), (self.project.templates, "**/*"), (DEFAULT_TEMPLATES, "**/*")]

    def on_pre_build(self, *, config) -> None:
        if self.config.render == "never" or self.project is None:
            return
        if self.serving and self.config.live:
            self._rerender()
            return
        try:
            report = render_if_stale(self.project, force=self.config.render == "always")
        except (BuildError, BriefingFileError) as exc:
            raise PluginError(f"briefing: docs/ not rendered: {_first_line(exc)}") from None
        if report is not None:
            log.info("briefing: rendered docs/ from briefings/ (%d pages written, %d unchanged)",
                     len(report.written), report.unchanged)

    def _rerender(self) -> None:
        assert self.project is not None
        now = _signatures(self._watched())
        if self.seen and now == self.seen:
            return                                  # a rebuild for docs/ we wrote ourselves
        try:
            report, _, _ = render(self.project, only=pages_to_render(self.seen, now))
        except (BuildError, BriefingFileError) as exc:
            # INFO, not ERROR: under `strict: true` an error would abort the rebuild, and the server
            # would hang instead of serving the last good pages.
            log.info("briefing: not re-rendered: %s; still serving the last good pages", _first_line(exc))
            return
        self.seen = _signatures(self._watched())   # includes the summary.yaml render just wrote
        if report.written:
            log.info("briefing: re-rendered %s", ", ".join(report.written))

    def on_serve(self, server, *, config, builder):
        if self.config.live and self.project is not None:
            for folder, _ in self._watched():
                if folder.is_dir():
                    server.watch(str(folder))
        return server
