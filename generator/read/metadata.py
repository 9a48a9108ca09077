"""What a plain-text article says about itself: headline, outlet, dateline place, publication day, byline.

A select-all copy of a web page keeps no <head>, but the page showed its metadata as text: the headline
(the page's first heading, unless that is a navigation link), a date line near it ("Nov. 20, 2019 5:52 AM
EST", "Published 10:14 a.m. ET Oct. 31, 2016"), a byline ("By Kevin Johnson, USA TODAY"), a wire dateline
("WASHINGTON (AP) —") and a copyright line.  Each rule below is a general shape of news pages, not a list of
the pages we measured on (benchmarks/metadata_bench.py scores it on pages it was not tuned on).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from generator.lexicon.names import WIRE_AGENCIES
from generator.lexicon.titles import BYLINE_ROLES
from generator.text.days import find_day

#: Lines above the headline's second showing or after the article start that are searched for a date/byline.
WINDOW_BEFORE = 12
WINDOW_AFTER = 30
MAX_META_WORDS = 25        # a date line or byline is short
MAX_TITLE_WORDS = 40

#: First lines that are a page's navigation, not its headline ("Skip to main content").
_NAVIGATION = re.compile(
    r"^(skip (to|navigation)\b|jump to\b|(main |site )?menu$|search$|sign ?in\b|log ?in\b|subscribe\b|home$|close$"
    r"|open (menu|navigation)|toggle\b|advertisement$|accessibility\b|we use cookies|cookie|breaking news$|share$"
    r"|sections?$|navigation$|top stories$|latest news$|trending$|you are here|currently reading$)", re.I)
#: Words that mark a date as the publication ("Published 10:14 a.m. ET Oct. 31, 2016") or as a later update.
_PUBLISHED = re.compile(r"\b(published|posted|publicado|publicada|pubblicato|publié|veröffentlicht|опубликовано|"
                        r"diterbitkan|dipublikasikan|erschienen|first published)\b", re.I)
_UPDATED = re.compile(r"\b(updated|modified|last updated|atualizado|actualizado|aggiornato|mis à jour|"
                      r"aktualisiert|обновлено|diperbarui)\b", re.I)
#: A line that is only a date stamp or a byline can carry at most this many other words.
_STAMP_WORDS = 12

#: Wire agencies named in a dateline "(AP)"; the well-known ones spelled out, any other short name kept as written.
WIRES = {agency.lower(): agency for agency in WIRE_AGENCIES}
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4})\s*"
    r"(?:\((?P<wire>[A-Za-z][A-Za-z. ]{1,24})\))?\s*[–—-]{1,2}\s*(?=\S)")
_WIRE_ALONE = re.compile(rf"^\((?P<wire>{'|'.join(map(re.escape, WIRE_AGENCIES))})\)\s*[–—-]")
_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                        r"(?:by\s+)?(?P<owner>[A-Z][\w&.'’ -]{1,60}?)(?:[.,]|\s+all rights reserved|\s*$)", re.I)
_BYLINE = re.compile(r"^(?i:by|von|por|di|par|door|oleh|от)\s+(?P<names>[A-Z][^\n]{1,120})$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?:[|–—-]|::)\s+(?P<site>[^|–—]{2,40})$")
#: Job titles after a byline's name ("By Jane Doe, Staff Writer"): a role, not an outlet.
_ROLE = re.compile(rf"\b({BYLINE_ROLES})\b", re.I)


@dataclass
class Detected:
    """Metadata found in the text, with the line each value came from (1-based, for the YAML's reader)."""

    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None      # ISO day
    author: Optional[str] = None
    place: Optional[str] = None          # the dateline's place ("WASHINGTON")
    lines: dict[str, int] = field(default_factory=dict)


def _words(text: str) -> int:
    return len(text.split())


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def is_navigation(line: str) -> bool:
    """A link of the page's chrome, never a headline."""
    return bool(_NAVIGATION.match(line.strip()))


def looks_like_name(text: str) -> bool:
    """An outlet or person's name: few words, each capitalised, a number or a joiner ("USA TODAY", "The Verge")."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= 6 or text.rstrip().endswith((".", "?", "!", ":")):
        return False
    joiners = {"of", "the", "and", "&", "de", "da", "di", "du", "la", "le", "del", "for", "on", "in", "-"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in joiners or "." in w for w in words)


def split_title_suffix(title: str) -> tuple[str, Optional[str]]:
    """'NATO and Russia deadlock after talks – POLITICO' -> (headline, 'POLITICO'); else (title, None)."""
    found = _TITLE_SUFFIX.match(title.strip())
    if found and looks_like_name(found["site"]) and _words(found["title"]) >= 3:
        return found["title"].strip(), found["site"].strip()
    return title.strip(), None


def _headline(lines: list[tuple[int, str]]) -> Optional[int]:
    """Index of the headline: the first line, unless it is navigation; then the first line that reads as one
    and that the page shows again or follows with a date or byline."""
    if not lines:
        return None
    if not is_navigation(lines[0][1]) and _words(lines[0][1]) <= MAX_TITLE_WORDS:
        return 0
    counts: dict[str, int] = {}
    for _, text in lines:
        counts[_key(text)] = counts.get(_key(text), 0) + 1
    fallback = None
    for i, (_, text) in enumerate(lines[:150]):
        if is_navigation(text) or not 3 <= _words(text) <= MAX_TITLE_WORDS or find_day(text) or _BYLINE.match(text):
            continue
        fallback = i if fallback is None else fallback
        near = [t for _, t in lines[i + 1:i + 6]]
        if counts[_key(text)] > 1 or any(_BYLINE.match(t) or _date_line(t) for t in near):
            return i
    return fallback


_TWEET_HANDLE = re.compile(r"\(@\w{1,30}\)")


def _date_line(text: str) -> Optional[str]:
    """The ISO day of a short line that is a date stamp (possibly with a label, time or byline); an embedded
    tweet's "— Name (@handle) January 13, 2022" dates the tweet, not the article."""
    if _words(text) > MAX_META_WORDS or _TWEET_HANDLE.search(text):
        return None
    found = find_day(text)
    if not found:
        return None
    day, span = found
    rest = (text[:span[0]] + " " + text[span[1]:]).split()
    return day if len(rest) <= _STAMP_WORDS or _PUBLISHED.search(text) else None


def _article_start(lines: list[tuple[int, str]], title_at: Optional[int]) -> int:
    """Where the article begins: the headline's second showing (its <h1> after the menus), else the headline."""
    if title_at is None:
        return 0
    wanted = _key(lines[title_at][1])
    for i in range(title_at + 1, len(lines)):
        if _key(lines[i][1]) == wanted:
            return i
    return title_at


_Rule = Callable[[str], Optional[str]]


def _first(lines: list[tuple[int, str]], order: list[int], rule: _Rule) -> tuple[Optional[str], Optional[int]]:
    for i in order:
        value = rule(lines[i][1])
        if value:
            return value, lines[i][0]
    return None, None


#: How a date line's shape and place count towards being the publication stamp (named, so each can be weighed).
DATE_SCORES = {
    "labelled published": 4,     # "Published …", "Posted on …"
    "only updated": -1,          # "Updated …" without a first-published day: a later day, if any
    "has a time": 2,             # "5:52 AM EST": stamps carry times, citations and listings do not
    "next to the headline": 3,   # within 5 lines of where the headline shows
    "near the headline": 2,      # within 15
    "in the article's head": 1,  # within 40
    "in a list of dates": -3,    # three or more date lines close together: comments, related links, archives
    "citation word": -3,         # "retrieved …", "accessed …": a reference list
}
_TIME = re.compile(r"\d{1,2}[:.h]\d\d|\b\d{1,2}\s?[ap]\.?m\b", re.I)
_CITATION = re.compile(r"\b(retrieved|accessed|archived|cited|interview|report(ed)? by|via)\b", re.I)
LIST_SPAN = 12             # lines within which three date lines make a list


def _date_candidates(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(i, day) for i, (_, text) in enumerate(lines) if (day := _date_line(text))]


def _date_score(lines: list[tuple[int, str]], i: int, anchors: list[int], listed: set[int]) -> int:
    text = lines[i][1]
    reasons = []
    if _PUBLISHED.search(text):
        reasons.append("labelled published")
    elif _UPDATED.search(text):
        reasons.append("only updated")
    if _TIME.search(text):
        reasons.append("has a time")
    distance = min((abs(i - a) for a in anchors), default=999)
    if distance <= 5:
        reasons.append("next to the headline")
    elif distance <= 15:
        reasons.append("near the headline")
    elif distance <= 40:
        reasons.append("in the article's head")
    if i in listed:
        reasons.append("in a list of dates")
    if _CITATION.search(text):
        reasons.append("citation word")
    return sum(DATE_SCORES[r] for r in reasons)


def _publication_day(lines: list[tuple[int, str]], title_at: int) -> tuple[Optional[str], Optional[int]]:
    """The best-scoring date line: labelled, timed, close to where the headline shows, not in a list."""
    candidates = _date_candidates(lines)
    if not candidates:
        return None, None
    wanted = _key(lines[title_at][1])
    shows = [i for i, (_, text) in enumerate(lines) if _key(text) == wanted]
    anchors = [i for i in shows if i > 0] or [title_at]
    positions = [i for i, _ in candidates]
    listed = {p for n, p in enumerate(positions)
              if sum(1 for q in positions[max(0, n - 2):n + 3] if abs(q - p) <= LIST_SPAN) >= 3}
    best = max(candidates, key=lambda c: (_date_score(lines, c[0], anchors, listed), -c[0]))
    return best[1], lines[best[0]][0]


def _byline(text: str) -> Optional[str]:
    found = _BYLINE.match(text.strip())
    if not found or _words(text) > MAX_META_WORDS:
        return None
    return found["names"]


def _window(lines: list[tuple[int, str]], start: int) -> list[int]:
    """Indexes near the article start, nearest first after it, then the few above it."""
    after = list(range(start, min(len(lines), start + WINDOW_AFTER)))
    before = list(range(start - 1, max(-1, start - WINDOW_BEFORE - 1), -1))
    return after + before


def _author_and_outlet(names: str) -> tuple[Optional[str], Optional[str]]:
    """'Kevin Johnson, USA TODAY' -> ('Kevin Johnson', 'USA TODAY'); a trailing role is dropped."""
    dated = find_day(names)
    names = names[:dated[1][0]] if dated and dated[1][0] > 0 else names
    parts = [p.strip(" ,|·•-–—") for p in re.split(r"\s*[,|·•]\s*|\s+[-–—]\s+", names) if p.strip(" ,|·•-–—")]
    if not parts:
        return None, None
    author_parts, outlet = [parts[0]], None
    for part in parts[1:]:
        if _ROLE.search(part):
            continue
        if outlet is None and looks_like_name(part) and not re.match(r"^(and|&)\b", part):
            if part.isupper() or _words(part) > 1 or part[:1].isupper() and not author_parts[-1].endswith(" and"):
                outlet = part
                continue
        author_parts.append(part)
    author = ", ".join(author_parts).strip() or None
    return author, outlet


def _dateline(lines: list[tuple[int, str]], start: int) -> tuple[Optional[str], Optional[str], Optional[int]]:
    """(place, wire, line) of a dateline opening one of the first paragraphs ("WASHINGTON (AP) — ...").

    Not `text.dateline.find_dateline`, on purpose: this one states the place and the agency as facts about the
    source, so it takes only the dash form (a line opening 'FILE PHOTO:', 'PUBLISHED:' or 'WSJ:' is a label as
    often as a dateline; 'SYDNEY:' is left out), reads the agency (`WIRES`, or '(AP) —' with no place) and skips
    short lines.  The cleaner's note and the labels, which only mark or drop a dateline, take the colon form too."""
    for number, text in lines[start:start + WINDOW_AFTER]:
        if _words(text) < 8:
            continue
        alone = _WIRE_ALONE.match(text)
        if alone:
            return None, WIRES.get(alone["wire"].lower(), alone["wire"]), number
        found = _DATELINE.match(text)
        if not found:
            continue
        place = found["place"].strip(" ,")
        wire = (found["wire"] or "").strip()
        head = re.sub(r"[^\w]", "", place.split()[0].split(",")[0])
        if not (len(head) >= 3 and head.isupper() or wire and wire.lower() in WIRES):
            continue
        return place, (WIRES.get(wire.lower(), wire) if wire else None), number
    return None, None, None


def _copyright_owner(lines: list[tuple[int, str]]) -> tuple[Optional[str], Optional[int]]:
    for number, text in reversed(lines[-80:]):
        if _words(text) > 20:
            continue
        found = _COPYRIGHT.match(text.strip())
        if found and looks_like_name(found["owner"].strip()):
            return found["owner"].strip(), number
    return None, None


SHORT_FIRST_LINE = 4      # a first line this short may be the site's or section's name rather than the headline


def _headline_above(lines: list[tuple[int, str]], stamp: int, title: str) -> Optional[int]:
    """The headline printed above a date line or byline: the top of the run of headline-like lines (headline,
    then its standfirst) right above it.  None when the page's first line shows there (it is the headline)."""
    if any(_key(text) == _key(title) for _, text in lines[max(0, stamp - 10):stamp]):
        return None
    i = stamp - 1
    while i >= 0 and stamp - i <= 3 and (_byline(lines[i][1]) or _date_line(lines[i][1])):
        i -= 1
    top = None
    while i >= 0 and stamp - i <= 8:
        text = lines[i][1]
        if is_navigation(text) or not SHORT_FIRST_LINE < _words(text) <= MAX_TITLE_WORDS or text.endswith((".", ":")):
            break
        top, i = i, i - 1
    return top


def shown_metadata(text_lines: list[str]) -> dict[str, str]:
    """`detect` as the plain mapping a source document carries (only what was found)."""
    found = detect(text_lines)
    values = {key: getattr(found, key) for key in ("title", "outlet", "published", "author", "place")}
    return {key: value for key, value in values.items() if value}


def detect(text_lines: list[str]) -> Detected:
    """Headline, outlet, publication day, author and dateline place of one plain-text page."""
    lines = [(n, line.strip()) for n, line in enumerate(text_lines, 1) if line.strip()]
    found = Detected()
    title_at = _headline(lines)
    if title_at is None:
        return found
    title, suffix = split_title_suffix(_MARKDOWN_HEADING.sub("", lines[title_at][1]))
    found.title, found.lines["title"] = title, lines[title_at][0]
    start = _article_start(lines, title_at)
    order = _window(lines, start)
    published, line = _publication_day(lines, title_at)
    if published:
        found.published, found.lines["published"] = published, line or 0
        stamp = next(i for i, (n, _) in enumerate(lines) if n == line)
        better = _headline_above(lines, stamp, lines[title_at][1]) \
            if title_at > 0 or _words(lines[0][1]) <= SHORT_FIRST_LINE else None
        if better is not None:
            title_at = better
            title, suffix = split_title_suffix(_MARKDOWN_HEADING.sub("", lines[title_at][1]))
            found.title, found.lines["title"] = title, lines[title_at][0]
    names, line = _first(lines, order, _byline)
    byline_outlet = None
    if names:
        found.author, byline_outlet = _author_and_outlet(names)
        found.lines["author"] = line or 0
    place, wire, line = _dateline(lines, start)
    if place:
        found.place, found.lines["place"] = place, line or 0
    owner, owner_line = _copyright_owner(lines)
    for outlet, where in ((suffix, found.lines["title"]), (wire, line), (byline_outlet, found.lines.get("author")),
                          (owner, owner_line)):
        if outlet:
            found.outlet, found.lines["outlet"] = outlet, where or 0
            break
    return found

