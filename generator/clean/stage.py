"""Cleaning: decoded source -> body paragraphs, labelled notes and audited removals.

Text dumps go straight to the line cleaner (`clean_text`); HTML goes through trafilatura first
(`clean_html`) and then the same line cleaner, which may only take furniture out of its output.
Bad input never raises: it yields an empty body and a `problem` note saying what happened.
"""
from __future__ import annotations

from generator.clean.text import clean_lines
from generator.model.briefing import CleanedText, Note, SourceDocument


def clean(doc: SourceDocument) -> CleanedText:
    """Clean one decoded source."""
    if not doc.text.strip():
        result = CleanedText(title=None, body=[])
    elif doc.format == "html":
        from generator.clean.html import clean_html
        result = clean_html(doc.text)
    else:
        lines = doc.text.split("\n")
        result = clean_lines(lines, title=_headline_hint(doc, lines))
    _take_metadata(result, doc)
    problems = [Note(kind="problem", text=p) for p in doc.problems]
    if not result.body and not doc.problems:
        problems.append(Note(kind="problem", text="no article text found in this file; nothing extracted"))
    result.notes = problems + result.notes
    return result


#: The source fields the front matter (and, for plain text, the page's own lines) may give.
METADATA = ("title", "outlet", "url", "published", "author", "language")


def _headline_hint(doc: SourceDocument, lines: list[str]) -> str | None:
    """The headline when it is not the file's first line: the front matter's title, or the one `read` found
    below a navigation line ("Skip to main content").  None lets the cleaner take the first line."""
    if doc.given.get("title"):
        return doc.given["title"]
    shown = doc.shown.get("title")
    first = next((line.strip() for line in lines if line.strip()), "")
    return shown if shown and not first.lstrip("# ").startswith(shown) else None


def _take_metadata(result: CleanedText, doc: SourceDocument) -> None:
    """What the file says about itself wins (front matter), then what its text shows, then the cleaner's guess."""
    for key in METADATA:
        value = doc.given.get(key) or doc.shown.get(key) or getattr(result, key)
        setattr(result, key, value)
