"""The one reader of the word lists in `lexicon/data/`: each file is read once, on first use, and a missing
file stops the program with one line naming it (a broken install, not an empty list that would quietly find
nothing)."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

#: The folder the word lists ship in (package data of `generator.lexicon`, see pyproject.toml).
DATA = files("generator.lexicon").joinpath("data")


class MissingWordList(SystemExit):
    """A word list file is missing or unreadable: the install is broken.  A SystemExit, so the message is all
    that is printed, even when the import of a module that builds its patterns from the list fails."""


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt` in file order: one a line (a word or a phrase), blank lines and
    lines starting with '#' left out, surrounding spaces stripped."""
    path = DATA.joinpath(f"{name}.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MissingWordList(f"error: the word list {path} cannot be read ({type(exc).__name__}); "
                              "reinstall briefing (`make` or `pip install -e .`)") from exc
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def words(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` as a set."""
    return frozenset(entries(name))


def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of `data/<name>.txt` split at white space: one row of words a line (a table)."""
    return tuple(tuple(line.split()) for line in entries(name))


def of_class(name: str, kind: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt` that have the class `kind`, in file order.  A line is the entry, then its
    classes, columns apart by two or more spaces (so an entry may be a phrase: 'White House  speaker')."""
    return tuple(cols[0] for cols in _classed(name) if kind in cols[1:])


def keys(name: str) -> tuple[str, ...]:
    """The entries of such a table of classes (see `of_class`) without their classes, in file order."""
    return tuple(cols[0] for cols in _classed(name))


@lru_cache(maxsize=None)
def _classed(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(re.split(r"\s{2,}", line)) for line in entries(name))


def pairs(name: str) -> dict[str, str]:
    """The entries of `data/<name>.txt` as a table, one 'key: value' a line (split at the first ': ')."""
    return {key.strip(): value.strip() for key, value in (line.split(": ", 1) for line in entries(name))}


def alternation(forms: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    """A regex group that matches any of `forms` literally, longest first (so 'Sept' is tried before 'Sep')."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"
