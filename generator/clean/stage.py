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
        result = clean_lines(doc.text.split("\n"))
    problems = [Note(kind="problem", text=p) for p in doc.problems]
    if not result.body and not doc.problems:
        problems.append(Note(kind="problem", text="no article text found in this file; nothing extracted"))
    result.notes = problems + result.notes
    return result
