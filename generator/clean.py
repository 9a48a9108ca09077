"""Cleaning: decoded source -> body paragraphs, labelled notes and audited removals.

(v1: minimal rules; see issue 3 for the full cleaner.)
"""
from __future__ import annotations

import re

from .models import CleanedText, Note, Removed, SourceDocument

_REMOVE = [
    ("comments", re.compile(r"^(leave a (comment|reply)|\(\d+\) comments|welcome to the discussion\.?)", re.I)),
    ("comments", re.compile(r"^your email address will not be published", re.I)),
    ("affiliate", re.compile(r"^as an amazon associate", re.I)),
    ("audio", re.compile(r"^press play to listen", re.I)),
    ("related", re.compile(r"^(recommended for you|related( articles| stories)?)$", re.I)),
    ("image-credit", re.compile(r"^credit…|^picture$", re.I)),
    ("signature", re.compile(r"^tribune wire$", re.I)),
    ("community-guidelines", re.compile(r"^(keep it clean|don't threaten|be truthful|be nice|be proactive|share with us)\.", re.I)),
]
_NOTES = [
    ("correction", re.compile(r"^this (version|article|story) has been corrected", re.I)),
    ("update", re.compile(r"^this (version|article|story) has been updated", re.I)),
    ("contributors", re.compile(r"contributed to this report\.?$", re.I)),
]


def clean_text_lines(lines: list[str]) -> CleanedText:
    title = None
    body: list[str] = []
    notes: list[Note] = []
    removed: list[Removed] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if title is None:
            title = line
            continue
        for kind, rx in _REMOVE:
            if rx.search(line):
                removed.append(Removed(kind=kind, text=line, reason=f"matches {kind} pattern"))
                break
        else:
            for kind, rx in _NOTES:
                if rx.search(line):
                    notes.append(Note(kind=kind, text=line))
                    break
            else:
                body.append(line)
    return CleanedText(title=title, body=body, notes=notes, removed=removed)


def clean(doc: SourceDocument) -> CleanedText:
    """Clean one decoded source."""
    if doc.format == "html":
        import trafilatura
        text = trafilatura.extract(doc.text, include_comments=False) or ""
        meta = trafilatura.extract_metadata(doc.text)
        result = clean_text_lines(([meta.title] if meta and meta.title else ["Untitled"]) + text.split("\n"))
        if meta:
            result.outlet, result.url, result.published, result.author = meta.sitename, meta.url, meta.date, meta.author
    else:
        result = clean_text_lines(doc.text.split("\n"))
    result.notes.extend(Note(kind="problem", text=p) for p in doc.problems)
    return result
