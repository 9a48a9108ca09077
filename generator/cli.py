"""`briefing` command line: new, add, build, extract, render, clean, quotes, check, serve."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import traceback
from dataclasses import asdict
from pathlib import Path

from generator.build.dependencies import ADDING, MissingDependency
from generator.build.dependencies import require as require_dependencies
from generator.build.pipeline import BuildError, Project, build, extract, render
from generator.build.project import find_project, new_project
from generator.clean import stage as clean_stage
from generator.quotes import stage as quotes_stage
from generator.read import sources
from generator.store import files as store
from generator.store import machine
from generator.store.lock import project_lock


def _project(args: argparse.Namespace) -> Project:
    """The project at --root (relative or absolute): a folder holding a mkdocs.yml."""
    return find_project(args.root)


def _print_notices(lines: list[str]) -> None:
    for line in lines:
        print(f"briefing: {line}", file=sys.stderr)


def _print_warnings(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)


def _read_one(path: str):
    p = Path(path)
    if not p.is_file():
        raise BuildError(f"{path}: no such file; give the path of an article (.txt, .md, .html, .htm, .html.gz)")
    return sources.decode(p.name, sources.read_bytes(p))


def cmd_new(args: argparse.Namespace) -> int:
    for line in new_project(args.folder).lines():
        print(line)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    report = build(_project(args), site=not args.no_site, jobs=args.jobs)
    _print_notices(report.extract.notices)
    _print_warnings(report.extract.warnings + report.extract.skipped + report.extract.review)
    print(report.line())
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Pages, feed items or files into corpus/ (each once), then extract what was added."""
    if not args.inputs and not args.feed:
        raise BuildError("briefing add: give URLs or files to add, or --feed URL")
    require_dependencies(ADDING)
    from generator.build.add import add_all  # here: no other command needs an HTTP client
    from generator.read.fetch import DEFAULT_LIMITS, Limits
    project = _project(args)
    limits = Limits(timeout=args.timeout) if args.timeout else DEFAULT_LIMITS
    # One command at a time: a build listing corpus/ while pages land in it, or two adds picking one free
    # name, would each see half of the other's work.  The lock covers fetching and the extraction after it.
    with project_lock(project.root, "add"):
        report = add_all(project.corpus, project.cache / "add", args.inputs, args.feed, args.match, limits)
        for line in report.duplicates:
            print(f"skipped: {line}", file=sys.stderr)
        for line in report.failed:
            print(f"error: {line}", file=sys.stderr)
        for name in report.added:
            print(f"added: corpus/{name}")
        if report.added:
            extracted = extract(project, only=[project.corpus / name for name in report.added], jobs=args.jobs)
            _print_warnings(extracted.warnings + extracted.skipped + extracted.review)
            if extracted.errors:
                raise BuildError("\n".join(extracted.errors))
    print(report.line())
    return 1 if report.failed and not report.added else 0


def cmd_extract(args: argparse.Namespace) -> int:
    project = _project(args)
    report = extract(project, only=[Path(f) for f in args.files] or None, jobs=args.jobs)
    _print_notices(report.notices)
    _print_warnings(report.warnings + report.skipped + report.review)
    if report.errors:
        raise BuildError("\n".join(report.errors))
    print(f"briefing extract: {report.read} read, {report.new} new, {report.changed} changed, "
          f"{report.unchanged} unchanged")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    rendered, briefings, summary = render(_project(args))
    print(f"briefing render: {len(briefings)} briefings, {len(rendered.written)} pages written, "
          f"{rendered.unchanged} unchanged")
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    doc = _read_one(args.file)
    cleaned = clean_stage.clean(doc)
    _print_warnings([f"{args.file}: {n.text}" for n in cleaned.notes if n.kind == "problem"])
    print("\n\n".join(cleaned.body))
    if args.removed:
        print("\n--- removed ---")
        for r in cleaned.removed:
            print(f"[{r.kind}] {r.text}" + (f"  ({r.reason})" if r.reason else ""))
        print("--- notes ---")
        for n in cleaned.notes:
            print(f"[{n.kind}] {n.text}")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    doc = _read_one(args.file)
    cleaned = clean_stage.clean(doc)
    found = quotes_stage.find_quotes(cleaned.body, cleaned.notes)
    if args.json:
        print(json.dumps([asdict(q) for q in found], ensure_ascii=False, indent=2))
    else:
        for q in found:
            print(f"“{q.text}” — {q.speaker or 'unattributed'}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    folder = _project(args).briefings
    checked = store.check_all(folder)
    briefings, errors = checked.briefings, checked.errors
    warnings = checked.warnings + machine.check_machine(folder) + store.waiting_resolutions(checked.summary)
    _print_warnings(warnings)
    for e in errors:
        print(e, file=sys.stderr)
    print(f"briefing check: {len(briefings)} briefings ok, {len(errors)} with errors, {len(warnings)} warnings")
    return 1 if errors else 0


def cmd_serve(args: argparse.Namespace) -> int:
    project = _project(args)
    render(project)
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project.root / "mkdocs.yml")]
    if args.dev_addr:
        cmd += ["--dev-addr", args.dev_addr]
    return subprocess.call(cmd, cwd=project.root)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="briefing", description="Turn a folder of articles into a briefing site.")
    ap.add_argument("--root", default=os.environ.get("BRIEFING_ROOT", "."),
                    help="the project folder, the one holding mkdocs.yml (default: .)")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("new", help="make a briefing project in FOLDER (mkdocs.yml, corpus/, briefings/, ...)")
    p.add_argument("folder", help="a new or empty folder (or one holding only corpus/)")
    p.set_defaults(func=cmd_new)
    p = sub.add_parser("build", help="extract new/changed sources, render, build the site")
    p.add_argument("--no-site", action="store_true", help="stop after writing docs/ (skip mkdocs build)")
    p.add_argument("--jobs", type=int, default=None, help="extraction processes (default: number of cores)")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("add", help="fetch web pages (or copy files) into corpus/, once each, and extract them")
    p.add_argument("inputs", nargs="*", metavar="URL|FILE", help="web pages (http/https) or local article files")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed: add its items")
    p.add_argument("--match", action="append", default=[], metavar="WORDS",
                   help="only feed items whose title or summary has all these words (repeat for alternatives)")
    p.add_argument("--timeout", type=float, default=None, help="seconds to wait for a server (default 15)")
    p.add_argument("--jobs", type=int, default=None, help="extraction processes (default: number of cores)")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("extract", help="corpus -> briefings/<id>.yaml")
    p.add_argument("files", nargs="*", help="only these corpus files")
    p.add_argument("--jobs", type=int, default=None, help="extraction processes (default: number of cores)")
    p.set_defaults(func=cmd_extract)
    sub.add_parser("render", help="briefings/*.yaml -> docs/*.md").set_defaults(func=cmd_render)
    p = sub.add_parser("clean", help="print the cleaned body of one article")
    p.add_argument("file")
    p.add_argument("--removed", action="store_true", help="also list what was removed and why")
    p.set_defaults(func=cmd_clean)
    p = sub.add_parser("quotes", help="print the quotes of one article")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_quotes)
    sub.add_parser("check", help="validate every YAML file in briefings/").set_defaults(func=cmd_check)
    p = sub.add_parser("serve", help="mkdocs serve with live regeneration")
    p.add_argument("--dev-addr", default=None)
    p.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command in ("clean", "quotes"):     # build and extract check in pipeline.extract
            require_dependencies()
        return args.func(args)
    except (BuildError, MissingDependency, store.BriefingFileError, sources.SourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; files already written are complete (writes are atomic)", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"error: {exc.filename or args.root}: {exc.strerror or exc}; check that it exists and that "
              "you may read and write it", file=sys.stderr)
        return 1
    except Exception as exc:        # a bug: one line saying where, the traceback only on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        where = traceback.extract_tb(exc.__traceback__)[-1]
        print(f"error: internal error, {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno}); "
              "please report it (BRIEFING_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 2
