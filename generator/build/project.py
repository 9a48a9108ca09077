"""A briefing project: any folder whose `mkdocs.yml` uses the `briefing` plugin; `briefing new` makes one.

The project holds only the user's things (articles, reviewed YAML, optional template overrides) and the
site's settings; the generator, its templates and its MkDocs plugin come from the installed package, so
the same `briefing` command serves any number of projects.  Problems are one line naming the file and
what to do.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from generator.build.pipeline import BuildError, Project
from generator.site.theme import DOCS_GITIGNORE
from generator.store.atomic import WriteError, write_atomic

SKELETON_DIR = Path(__file__).resolve().parent / "skeleton"
CONFIG = "mkdocs.yml"
PLUGIN = "briefing"

#: What `briefing new` writes: path in the project -> file in skeleton/ (dot files are stored without
#: the dot, so that packaging tools do not leave them out), or None for docs/.gitignore, which the
#: renderer also writes (`theme.DOCS_GITIGNORE`).
SKELETON = {
    CONFIG: "mkdocs.yml",
    "corpus/README.md": "corpus-README.md",
    ".gitignore": "gitignore",
    "docs/.gitignore": None,
    ".github/workflows/pages.yml": "pages.yml",
}
#: Folders a new project starts with (briefings/ fills on the first build).
FOLDERS = ("corpus", "briefings", "docs")
#: What may already be in a folder that `briefing new` turns into a project (your articles, a git repository).
KEPT = {"corpus", "briefings", ".git"}
_OLD_HOOK = re.compile(r"mkdocs_hooks\.py$")


class _Lenient(yaml.SafeLoader):
    """Reads mkdocs.yml as plain data: tags such as `!!python/name:` or `!ENV` become None."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict:
    """mkdocs.yml as a dict; a syntax error is one line with its position."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient)   # noqa: S506 (safe loader subclass)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise BuildError(f"{path}{where}: {exc.problem or exc}; fix the YAML syntax") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    if not isinstance(data, dict):
        raise BuildError(f"{path}: not an MkDocs configuration (expected `key: value` lines)")
    return data


def _names(entries: object) -> list[str]:
    """Plugin or hook names of a `plugins:`/`hooks:` value (a list of names or one-key dicts, or a dict)."""
    if isinstance(entries, dict):
        return [str(k) for k in entries]
    names: list[str] = []
    for item in entries if isinstance(entries, list) else []:
        names.extend(str(k) for k in item) if isinstance(item, dict) else names.extend([str(item)])
    return names


def uses_plugin(config: dict) -> bool:
    return PLUGIN in _names(config.get("plugins"))


def find_project(root: str | Path) -> Project:
    """The project at `root` (relative to the current folder or absolute): it must hold a mkdocs.yml."""
    folder = Path(root).expanduser().resolve()
    if not folder.is_dir():
        what = "is a file" if folder.exists() else "does not exist"
        raise BuildError(f"{folder}: {what}; give --root a project folder, or make one with `briefing new {root}`")
    config_path = folder / CONFIG
    if not config_path.is_file():
        raise BuildError(f"{config_path}: not found, so {folder} is not a briefing project; "
                         f"run `briefing new {root}` to make one (articles already in corpus/ stay)")
    config = read_config(config_path)
    old = [h for h in _names(config.get("hooks")) if _OLD_HOOK.search(h)]
    if old:
        raise BuildError(f"{config_path}: `hooks: {old[0]}` is from an older Briefing; delete it (and its "
                         f"`watch:` lines) and list `- {PLUGIN}` under `plugins:`")
    return Project(root=folder)


@dataclass
class NewReport:
    """What `briefing new` did."""

    root: Path
    existed: bool = False                       # already a briefing project
    written: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        where = self.root
        if self.existed:
            added = f"; added the missing {', '.join(self.written)}" if self.written else "; nothing changed"
            return [f"briefing: {where} is already a briefing project{added}"]
        return [f"briefing: made a briefing project in {where} ({', '.join(self.written)})",
                f"next: put your articles into {where / 'corpus'} (see its README.md), then run "
                f"`briefing build` there (or `briefing --root {where} build`)"] + self.notes


def site_name(folder: Path) -> str:
    """A site title from the folder's name: `my-story` -> `My story`."""
    words = re.sub(r"[-_.]+", " ", folder.name).strip()
    return (words[:1].upper() + words[1:]) if words else "Briefing"


def install_spec() -> str:
    """How CI can install the Briefing installed here (PEP 610 direct_url.json): a git URL at its commit,
    an archive URL, or a release; "" when it came from a local folder that CI cannot see."""
    try:
        dist = metadata.distribution("briefing")
    except metadata.PackageNotFoundError:
        return ""
    raw = dist.read_text("direct_url.json")
    if not raw:
        return f"briefing=={dist.version}"
    try:
        info = json.loads(raw)
    except ValueError:
        return ""
    url = str(info.get("url", ""))
    vcs = info.get("vcs_info")
    if vcs and url.startswith(("https://", "http://", "ssh://", "git@")):
        commit = vcs.get("commit_id")
        return f"briefing @ {vcs.get('vcs', 'git')}+{url}" + (f"@{commit}" if commit else "")
    if "archive_info" in info and url.startswith(("https://", "http://")):
        return f"briefing @ {url}"
    return ""


def _plain_yaml(text: str) -> bool:
    """Whether `text` reads back as itself written unquoted after `key: ` (not `Yes`, `null`, `a: b`)."""
    if not re.fullmatch(r"\w[\w ,.'()&-]*", text):
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def skeleton_text(name: str, dest: str, spec: str) -> str:
    """The contents `briefing new` writes at `dest` (a key of SKELETON) for a site called `name`."""
    source = SKELETON[dest]
    text = (SKELETON_DIR / source).read_text(encoding="utf-8") if source else DOCS_GITIGNORE
    if dest == CONFIG:
        value = name if _plain_yaml(name) else json.dumps(name, ensure_ascii=False)
        text = re.sub(r"^site_name: .*$", lambda _: f"site_name: {value}", text, count=1, flags=re.M)
    return text.replace("@BRIEFING_PACKAGE@", spec.replace('"', ""))


def _refusal(folder: Path) -> str | None:
    """Why `folder` cannot become a project, or None."""
    if folder.exists() and not folder.is_dir():
        return f"{folder}: is a file; give `briefing new` a new or empty folder"
    extra = sorted(p.name for p in folder.iterdir() if p.name not in KEPT) if folder.is_dir() else []
    if not extra:
        return None
    shown = ", ".join(extra[:3]) + (f" and {len(extra) - 3} more" if len(extra) > 3 else "")
    return (f"{folder}: not empty ({shown}) and not a briefing project; give `briefing new` a new or "
            "empty folder (or one holding only corpus/)")


def new_project(target: str | Path) -> NewReport:
    """Make a briefing project in `target` (new, empty, or holding only corpus/ and briefings/).

    A folder that already is one gets only its missing skeleton files; nothing is ever overwritten."""
    folder = Path(target).expanduser().resolve()
    config = folder / CONFIG
    report = NewReport(root=folder)
    if config.is_file():
        if not uses_plugin(read_config(config)):
            raise BuildError(f"{config}: an MkDocs site that does not use the `{PLUGIN}` plugin; give "
                             "`briefing new` a new or empty folder")
        report.existed = True
    elif (why := _refusal(folder)) is not None:
        raise BuildError(why)
    spec = install_spec()
    try:
        for name in FOLDERS:
            (folder / name).mkdir(parents=True, exist_ok=True)
        for dest in SKELETON:
            path = folder / dest
            if path.exists():
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, skeleton_text(site_name(folder), dest, spec))
            report.written.append(dest)
    except OSError as exc:                     # a folder we could not make
        raise BuildError(f"{exc.filename or folder}: cannot make this folder ({exc.strerror or exc}); "
                         "check the permissions of the folder above it") from None
    except WriteError as exc:
        raise BuildError(str(exc)) from None
    if not spec and ".github/workflows/pages.yml" in report.written:
        report.notes.append(f"note: {folder / '.github/workflows/pages.yml'}: set BRIEFING_PACKAGE to where "
                            "GitHub's runner can pip-install Briefing from (it was installed here from a "
                            "local folder)")
    return report
