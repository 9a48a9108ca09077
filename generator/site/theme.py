"""Where the page templates come from: built into the package, overridden file by file by a project.

The built-in Jinja templates and stylesheet ship inside the package (`generator/site/templates/`), so an
installed `briefing` works in any folder.  A project's own `templates/` folder overrides any of them file
by file, the way a Material `custom_dir` overrides theme partials: copy one file there and change it.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from generator.store.cache import code_fingerprint

DEFAULT_TEMPLATES = Path(__file__).resolve().parent / "templates"


def template_files(overrides: Path | None) -> dict[str, Path]:
    """Every template and asset by its path relative to the templates folder: the project's file where
    `overrides` has one, else the built-in one.  Hidden files (editor swap files) are left out."""
    files: dict[str, Path] = {}
    for folder in (DEFAULT_TEMPLATES, overrides):
        if folder is None or not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            rel = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                files[rel.as_posix()] = path
    return dict(sorted(files.items()))


def templates_stamp(files: dict[str, Path]) -> str:
    """Hash of the templates in use and the generator code: a change to either renders every page again."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for rel, path in files.items():
        digest.update(rel.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


#: docs/ is generated: git keeps only this file, so docs/ exists in every clone (MkDocs checks that
#: docs_dir exists before any plugin runs, so plain `mkdocs build` could not render it otherwise).
DOCS_GITIGNORE = """# docs/ is generated from briefings/ (by `briefing build`, or by MkDocs through the briefing plugin).
# Git keeps only this file, so that docs/ exists in every clone (MkDocs needs it before any plugin runs).
*
!.gitignore
"""
