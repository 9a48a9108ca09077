"""YAML front matter on `.txt` and `.md` articles: the way a plain-text file says its title, outlet and date.

The convention of Jekyll, Hugo and MkDocs' Markdown meta: the file opens with a line `---`, YAML follows,
and a second `---` (or `...`) line closes the block.  The block is never article text: it is replaced by
empty lines, so every later line keeps its line number (removal reasons and errors still point into the file).
A block that does not parse, or holds something other than a mapping, gives one problem line naming the
line ("line 3: front matter is not valid YAML …"; the build's warning puts the file name before it); the
article is read all the same.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Optional

import yaml

#: The keys a user may give; anything else is kept out and named in a problem note.
KEYS = ("title", "outlet", "url", "published", "author", "language")
_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_KEY_LINE = re.compile(r"^\s*[\"']?(?:" + "|".join(KEYS) + r")[\"']?\s*:", re.M | re.I)
MAX_LINES = 200           # a front matter block longer than this is not one (a Markdown rule opening the text)


@dataclass
class FrontMatter:
    """What the block said (only the known keys, as strings), the text without it, and what was wrong."""

    values: dict[str, str] = field(default_factory=dict)
    text: str = ""
    problems: list[str] = field(default_factory=list)


def _as_text(key: str, value: Any) -> Optional[str]:
    """A front-matter value as the string the YAML `source:` keeps; dates as ISO days."""
    if value is None or value == "":
        return None
    if key == "published":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        found = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
        return found[1] if found else None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v not in (None, ""))or None
    if isinstance(value, dict):
        return None
    return " ".join(str(value).split()) or None


def split_front_matter(text: str) -> FrontMatter:
    """The front matter of `text` (if it opens with one) and the text with the block blanked out."""
    opening = _OPEN.match(text)
    if not opening:
        return FrontMatter(text=text)
    closing = _CLOSE.search(text, opening.end())
    if not closing or text.count("\n", 0, closing.start()) > MAX_LINES:
        return FrontMatter(text=text)          # a lone '---' rule, not a block
    block = text[opening.end():closing.start()]
    if not _KEY_LINE.search(block):
        return FrontMatter(text=text)          # two '---' rules around text: no key of ours, so not metadata
    end = closing.end()
    blank = "\n" * text.count("\n", 0, end)
    rest = blank + text[end:]
    result = FrontMatter(text=rest)
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2      # +1 for 1-based, +1 for the opening '---'
        what = getattr(exc, "problem", None) or "not valid YAML"
        result.problems.append(f"line {line}: front matter is not valid YAML ({what}); its values were not used")
        return result
    if data is None:
        return result
    if not isinstance(data, dict):
        result.problems.append("line 2: front matter must be 'key: value' lines (title, outlet, url, published, "
                               "author, language); its values were not used")
        return result
    for key, value in data.items():
        name = str(key).strip().lower()
        if name not in KEYS:
            result.problems.append(f"line {_line_of(block, key)}: unknown front matter key '{key}' ignored "
                                   f"(known: {', '.join(KEYS)})")
            continue
        converted = _as_text(name, value)
        if name == "published" and value not in (None, "") and converted is None:
            result.problems.append(f"line {_line_of(block, key)}: front matter 'published: {value}' is not a date "
                                   f"(write it as YYYY-MM-DD); not used")
            continue
        if converted is not None:
            result.values[name] = converted
    return result


def _line_of(block: str, key: Any) -> int:
    """The file line of `key:` in the block (the opening '---' is line 1)."""
    for number, line in enumerate(block.split("\n"), start=2):
        if line.split(":", 1)[0].strip() == str(key):
            return number
    return 2
