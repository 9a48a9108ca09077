"""Writers: briefings + summary -> Markdown pages in `docs/` through Jinja templates.

Every string that came from an article goes through `md_escape` (Jinja `finalize`), so it
shows as literal text: it cannot run as Jinja (templates are never built from data), break
Markdown structure, or inject HTML.  Trusted markup built here is wrapped in `Markup`.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .models import Briefing, Summary
from .store import write_atomic

# Characters with meaning in Markdown, its extensions or HTML, replaced by numeric entities.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()<>#+-.!|~^=:$%&\"'@"}


def md_escape(value: Any) -> str:
    """Literal text in Markdown/HTML context; `Markup` passes through untouched."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = str(value)
    text = "".join(_MD_SPECIAL.get(c, c) for c in text)
    return " ".join(text.split())      # no newlines: a value never starts a Markdown block


def attr_escape(value: Any) -> Markup:
    return Markup(html.escape(str(value or ""), quote=True))


def environment(templates: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates)), finalize=md_escape, undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_attr"] = attr_escape
    env.filters["pct"] = lambda n, d: f"{n} of {d}"
    return env


@dataclass
class RenderReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)


def _write_if_changed(path: Path, text: str, report: RenderReport, docs: Path) -> None:
    rel = path.relative_to(docs).as_posix()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        report.unchanged += 1
        return
    write_atomic(path, text)
    report.written.append(rel)


def source_page(env: Environment, b: Briefing) -> str:
    return env.get_template("source.md.j2").render(b=b, src=b.source)


def summary_page(env: Environment, summary: Summary, briefings: list[Briefing]) -> str:
    titles = {b.source.id: (b.source.title or b.source.id) for b in briefings}
    return env.get_template("summary.md.j2").render(s=summary, briefings=briefings, titles=titles,
                                                    total=len(briefings))


def render_site(briefings: list[Briefing], summary: Summary, templates: Path, docs: Path,
                only: set[str] | None = None) -> RenderReport:
    """Write index.md and sources/<id>.md; `only` limits source pages re-rendered (live loop)."""
    env = environment(templates)
    report = RenderReport()
    docs.mkdir(parents=True, exist_ok=True)
    _write_if_changed(docs / "index.md", summary_page(env, summary, briefings), report, docs)
    _write_if_changed(docs / "sources" / "index.md",
                      env.get_template("sources.md.j2").render(briefings=briefings), report, docs)
    wanted = {f"{b.source.id}.md" for b in briefings}
    for b in briefings:
        if only is not None and b.source.id not in only:
            continue
        _write_if_changed(docs / "sources" / f"{b.source.id}.md", source_page(env, b), report, docs)
    for stale in (docs / "sources").glob("*.md"):
        if stale.name != "index.md" and stale.name not in wanted:
            stale.unlink()
            report.deleted.append(f"sources/{stale.name}")
    return report
