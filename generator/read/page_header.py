"""The front matter block `briefing add` stores a fetched page behind: where and when it was fetched.

`---`, YAML with `url` and `fetched`, `---`, then the page's raw bytes, unchanged.  The reader takes the
values off before decoding the page (a block that is not valid YAML is left as it is: not ours).
"""
from __future__ import annotations

import datetime as dt
import re

import yaml

#: Front matter keys of a stored page (the same names as the `source:` fields they fill).
KEYS = ("url", "fetched")
_HEADER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*\r?\n", re.S)


def header(url: str, fetched: str) -> bytes:
    """The front matter block a fetched page is stored behind."""
    return ("---\n" + yaml.safe_dump({"url": url, "fetched": fetched}, sort_keys=False, allow_unicode=True)
            + "---\n").encode("utf-8")


def split_header(data: bytes) -> tuple[dict, bytes]:
    """(front matter values, the bytes after the block); ({}, data) when there is no valid block."""
    found = _HEADER.match(data)
    if not found:
        return {}, data
    try:
        values = yaml.safe_load(found[1].decode("utf-8", "replace"))
    except yaml.YAMLError:
        return {}, data
    return (values if isinstance(values, dict) else {}), data[found.end():]


def page_values(data: bytes) -> tuple[dict[str, str], bytes]:
    """The known keys of a page's block, as strings, and the page without it."""
    values, rest = split_header(data)
    return {k: _text(values[k]) for k in KEYS if values.get(k) not in (None, "")}, rest


def _text(value: object) -> str:
    """A value as the `source:` field keeps it; a time YAML read as a datetime back to ISO 8601 UTC."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.timezone.utc) if value.tzinfo else value
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return " ".join(str(value).split())
