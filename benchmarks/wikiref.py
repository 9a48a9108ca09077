"""WikiRef220 events for the issue-15 benchmarks: where the articles are, which gold files exist, and a project
folder that holds one event's articles as its corpus.

The articles (public repository `dpacassi/dynamic-event-detection-in-data-streams`, folder
`app/data_processing/test_data/wikiref/WikiRef220/`) carry no licence, so they are never committed: they are read
from env `BRIEFING_WIKIREF` (the folder holding `WikiRef220/`, or that folder itself) or `<repo>/../wikiref`.
When they are absent (CI, a fresh clone) `skip_reason()` says so and the benchmarks stop with that line.
Only our own annotations live in the repository: `benchmarks/data/events/<event>.yaml` (CC0, no article text).

A second public corpus serves the same way (`corpus: bbc` in an event's gold or a speaker batch's page): the BBC
News dataset of Greene and Cunningham (2006; 2,225 articles of 2004-2005 in five topic folders, title on the first
line; fetched from the public repository `dejanbatanjac/bbc-article-classify-bert`, folder `bbc/`), read from env
`BRIEFING_BBC` (the folder holding `bbc/`, or that folder itself) or `<repo>/../bbc`, never committed either.

A third (`corpus: horne`) is the US political news of Horne and Adali (2017, "This Just In", public repository
`BenjaminDHorne/fakenewsdata1`, `Horne2017_FakeNewsData.zip` unzipped): files such as `Random Poltical News
Dataset/Real/1000.txt` hold the body only (cp1252, no title line); the title is the same name under `Real_titles/`.
Read from env `BRIEFING_HORNE` (the folder holding `Public Data/`, or that folder itself) or `<repo>/../horne`.
"""
from __future__ import annotations

import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "data" / "events"
SUBFOLDER = "WikiRef220"
BBC_SUBFOLDER = "bbc"
HORNE_SUBFOLDER = "Public Data"
#: Corpora whose files open with their title on the first line (the Horne files keep titles in a sibling folder).
TITLE_FIRST = frozenset({None, "wikiref", "bbc"})


def articles_dir() -> Path:
    """The folder holding the WikiRef220 text files (it may not exist)."""
    base = Path(os.environ.get("BRIEFING_WIKIREF") or ROOT.parent / "wikiref")
    return base if base.name == SUBFOLDER or not (base / SUBFOLDER).is_dir() else base / SUBFOLDER


def bbc_dir() -> Path:
    """The folder holding the BBC News topic folders (business/, politics/ ...; it may not exist)."""
    base = Path(os.environ.get("BRIEFING_BBC") or ROOT.parent / "bbc")
    return base / BBC_SUBFOLDER if (base / BBC_SUBFOLDER).is_dir() else base


def horne_dir() -> Path:
    """The folder holding the Horne datasets (`Random Poltical News Dataset/` ...; it may not exist)."""
    base = Path(os.environ.get("BRIEFING_HORNE") or ROOT.parent / "horne")
    return base / HORNE_SUBFOLDER if (base / HORNE_SUBFOLDER).is_dir() else base


@dataclass(frozen=True)
class _Corpus:
    """Where one public corpus is read from, the files that show it is there, and how to fetch it."""

    folder: Callable[[], Path]
    files: str                  # a glob inside the folder
    what: str
    env: str
    holding: str
    source: str


_CORPORA = {
    "wikiref": _Corpus(lambda: articles_dir(), "*.txt", "WikiRef220 articles", "BRIEFING_WIKIREF", f"{SUBFOLDER}/",
                       "fetched from dpacassi/dynamic-event-detection-in-data-streams"),
    "bbc": _Corpus(lambda: bbc_dir(), "*/*.txt", "BBC News articles", "BRIEFING_BBC", f"{BBC_SUBFOLDER}/",
                   "fetched from dejanbatanjac/bbc-article-classify-bert"),
    "horne": _Corpus(lambda: horne_dir(), "*/Real/*.txt", "Horne political news", "BRIEFING_HORNE", f"'{HORNE_SUBFOLDER}/'",
                     "Horne2017_FakeNewsData.zip of BenjaminDHorne/fakenewsdata1, unzipped"),
}


def corpus_dir(corpus: Optional[str] = None) -> Path:
    """Where the files of `corpus` ('wikiref', the default, 'bbc' or 'horne') are."""
    return _CORPORA[corpus or "wikiref"].folder()


def title_of(path: Path) -> Optional[str]:
    """A Horne body file's title, from the sibling `<label>_titles/` folder (None when there is none)."""
    title = path.parent.parent / f"{path.parent.name}_titles" / path.name
    return title.read_bytes().decode("cp1252", errors="replace").strip() if title.is_file() else None


def skip_reason(corpus: Optional[str] = None) -> Optional[str]:
    """None when the corpus's articles are here, else one line saying why the benchmarks cannot run on it."""
    spec = _CORPORA[corpus or "wikiref"]
    folder = spec.folder()
    if folder.is_dir() and any(folder.glob(spec.files)):
        return None
    return f"{spec.what} not found at {folder}: set {spec.env} to the folder holding {spec.holding} ({spec.source})"


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.yaml"))


def load_gold(path: Path) -> dict:
    """One event's gold (see /work/notes/events-gold.md for the format); a missing key gets its empty value."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for key in ("what", "where", "developments", "conflicts", "updates", "people", "not_people"):
        gold[key] = gold.get(key) or []
    stems = [stem for group in gold["what"] for stem in group] + \
        [stem for dev in gold["developments"] for group in dev.get("match", []) for stem in group]
    if any(isinstance(stem, bool) for stem in stems):
        raise SystemExit(f"{path}: a match stem reads as true/false (YAML takes unquoted on, off, yes, no as "
                         "booleans): quote it, e.g. [\"no\", instructions]")
    return gold


def events(split: str = "dev", only: Optional[list[str]] = None) -> list[dict]:
    """The gold of every event in `split` ('dev', 'test', 'held' or 'all'; 'all' leaves out the held events, kept
    untouched for a later first look), or of the events named in `only`."""
    out = []
    for path in gold_files():
        gold = load_gold(path)
        if only is not None:
            if gold.get("event") in only:
                out.append(gold)
        elif gold.get("split", "dev") == split or split == "all" and gold.get("split") != "held":
            out.append(gold)
    return out


def event_files(gold: dict) -> list[Path]:
    """The event's article files, in a stable order (the gold's glob, or list of globs, inside its corpus's
    folder: a story cluster that is part of a topic folder names its files)."""
    patterns = gold["files"] if isinstance(gold["files"], list) else [gold["files"]]
    folder = corpus_dir(gold.get("corpus"))
    found = {p for pattern in patterns for p in folder.glob(pattern)}
    return sorted(found, key=lambda p: str(p.relative_to(folder)))


def project_name(path: Path) -> str:
    """A corpus file's name in a project: BBC files are numbered per topic folder ('business/001.txt'), so the
    folder goes into the name ('business-001.txt'); a Horne file gets its dataset's first word ('Random-1000.txt')."""
    if path.parent.parent.name == BBC_SUBFOLDER or path.parent.parent == bbc_dir():
        return f"{path.parent.name}-{path.name}"
    if path.parent.parent.parent == horne_dir():
        return f"{path.parent.parent.name.split()[0]}-{path.name}"
    return path.name


def copy_article(src: Path, dest: Path) -> None:
    """One article into a project's corpus, as a user would save it: a Horne body gets its title as first line."""
    title = title_of(src) if src.parent.parent.parent == horne_dir() else None
    if title is None:
        shutil.copyfile(src, dest)
    else:
        dest.write_bytes(title.encode("cp1252", errors="replace") + b"\r\n\r\n" + src.read_bytes())


def make_project(gold: dict, dest: Path) -> Path:
    """A project folder at `dest` whose corpus is the event's articles (copied), with the repository's
    templates and mkdocs.yml, as a new user would set one up."""
    if dest.exists():                   # a fresh project: an earlier run's briefings would not be re-extracted
        shutil.rmtree(dest)
    corpus = dest / "corpus"
    corpus.mkdir(parents=True)
    for f in event_files(gold):
        copy_article(f, corpus / project_name(f))
    for name in ("templates",):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name, dirs_exist_ok=True)
    if (ROOT / "mkdocs.yml").is_file():
        shutil.copyfile(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


# --- matching text against the gold (shared by event_bench and event_conflicts) ---------------------------------
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")


def fold(text: object) -> str:
    """Lower case without accents ('François' -> 'francois'), curly quotes straightened."""
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode() if text else ""
    return s.casefold().replace("’", "'")


def words(text: object) -> list[str]:
    return [w.replace(".", "").replace("'", "") for w in _WORD.findall(fold(text))]


def has_all(text: object, stems: list) -> bool:
    """Every gold word occurs in `text` as the start of a word ('kill' matches 'killed'; '129' matches '129')."""
    ws = words(text)
    return all(any(w.startswith(s) for w in ws) for x in stems for s in words(str(x)))


def matches_any(text: object, alternatives: list) -> bool:
    """A gold `match`/`what` list: any alternative whose words all occur."""
    return any(has_all(text, alt if isinstance(alt, list) else [alt]) for alt in alternatives)


def name_key(name: object) -> str:
    """A person's name for comparing pages: folded, titles' dots and spaces normalised."""
    return " ".join(words(name))


__all__ = ["articles_dir", "bbc_dir", "horne_dir", "title_of", "TITLE_FIRST", "corpus_dir", "copy_article", "project_name", "skip_reason", "gold_files", "load_gold", "events", "event_files", "make_project",
           "fold", "words", "has_all", "matches_any", "name_key"]
