"""Article text made literal wherever a page puts it: Markdown text, HTML attributes, links, front matter.

`md_escape` is the Jinja `finalize` of every template (`render.environment`), so a string from an article
shows as text: it cannot run as Jinja, break Markdown structure or inject HTML.  `safe_url` lets only http(s)
links through; `front_matter_title` gives a page a `title:` that Material prints unescaped.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any, Optional
from urllib.parse import urlsplit

from markupsafe import Markup

from generator.text.controls import DELETE_TABLE

# Characters with meaning anywhere in a line (Markdown inline syntax, its extensions, HTML, link
# titles), replaced by numeric entities.  Prose punctuation (. - : ( ) ' %) only has meaning at the
# start of a line (lists, headings, setext rules), so only a leading one is escaped: every entity
# costs Python-Markdown an inline-pattern match, and escaping every full stop doubled page build time.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]<>#+!|~^=$&\""}
_MD_TABLE = str.maketrans({**_MD_SPECIAL, **DELETE_TABLE})   # control and bidi-override characters: gone
# A value can land at the start of a Markdown line: escape a leading non-word character, and the
# `.`/`)` after leading digits (an ordered-list marker).
_LINE_START = re.compile(r"^(?:\d+[.)]|[!-%'-/:-@\[-`{-~])")   # ASCII punctuation but &, already an entity
_URL_SCHEMES = ("http", "https")
# Control characters and whitespace never belong in a link we emit.
_URL_BAD = re.compile(r"[\x00-\x20\x7f-\x9f]")


def md_escape(value: Any) -> str:
    """Literal text in Markdown/HTML context; `Markup` passes through untouched."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(str(value).translate(_MD_TABLE).split())   # no newlines: never starts a Markdown block
    return _LINE_START.sub(lambda m: m[0][:-1] + f"&#{ord(m[0][-1])};", text, count=1)


def attr_escape(value: Any) -> Markup:
    return Markup(html.escape(str(value or "").translate(DELETE_TABLE), quote=True))


def safe_url(value: Any) -> Optional[Markup]:
    """An article's URL as an attribute value, only when it is http(s); `javascript:` etc. give None."""
    text = str(value or "").strip()
    if not text or _URL_BAD.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.netloc:
        return None
    return attr_escape(text)


def front_matter_title(value: Any) -> Markup:
    """YAML front matter `title:` for a page whose heading comes from an article.

    MkDocs derives a page's <title> from its first heading and Material prints it unescaped
    (after `striptags`, which also decodes entities), so a headline containing
    `</title><script>` would run.  A `title:` in the front matter is printed as given: here it
    is HTML-escaped text, quoted as a JSON string (valid YAML).
    """
    text = " ".join(str(value or "").split()) or "Untitled"
    return Markup("---\ntitle: " + json.dumps(html.escape(text, quote=True)) + "\n---\n")
