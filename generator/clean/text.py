"""Main-content extraction for flat text: a page's lines -> headline, body, notes and removals.

Two passes.  First, pattern families (`clean_rules`) label the lines whose shape gives them away:
comment prompts, share rows, credits, tweets, corrections.  Then structure decides the rest: the
article is the highest-scoring contiguous run of lines, where sentence-like lines dense in function
words score by their length and short, unpunctuated, repeated or link-like lines cost a penalty.
This is what separates body from furniture in a select-all copy of a page, where no markup is left.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional, cast

from generator.clean import rules
from generator.clean.inline import cut_inline, verdict_box
from generator.clean.lang import WORD, guess_stoplist
from generator.clean.lines import LineInfo, label_tweet_card, mark_note, mark_removed
from generator.model.briefing import CleanedText, Note, Removed
from generator.model.kinds import NoteKind, RemovedKind

_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]。！？]$")
_CJK = re.compile("[\u3040-\u9fff]")
_URLISH = re.compile(r"https?://|www\.|\.(com|org|net)\b|@\w", re.I)

# Structural scoring (tuned on half the text-dump pages, checked on the other half).
GOOD_WORDS = 10           # a sentence-like line with at least this many words counts fully
GOOD_DENSITY = 0.18       # share of function words for a line to read as prose
SHORT_PENALTY = 40        # cost of a short or menu-like line inside a run
HEADLINE_SIMILARITY = 0.75  # word overlap (Jaccard) for a line to count as the headline shown again
PROSE_BEFORE_CUT = 600    # prose (characters) to have seen before a section header can end the article
BROKEN_UP = 0.4           # share of short/furniture lines above which a block reads as a thread or a listing
UNKNOWN_LANGUAGE_DENSITY = 0.05  # below this share of function words page-wide, the stoplist does not fit
LIST_ITEM_WORDS = 20      # longest line taken as an item of a list announced by a colon
BREAK_PENALTY = 100       # cost of a comment/related/newsletter header inside a run
UNPUNCTUATED_WEIGHT = 0.5 # long prose-like line without sentence punctuation (headline lists)
LOW_DENSITY_WEIGHT = 0.5  # long line with few function words (link lists, tables)
SHORT_SENTENCE_WEIGHT = 0.3  # short sentence ("He declined to comment.")


def _describe(number: int, text: str, tokens: list[str], stoplist: frozenset[str]) -> LineInfo:
    """Word count, function-word density and closing punctuation: what the scoring looks at."""
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    words = len(tokens) + cjk // 2
    stops = sum(map(stoplist.__contains__, tokens))
    density = stops / len(tokens) if tokens else 0.0
    if cjk > len(text) / 3:
        density = GOOD_DENSITY   # no spaces, no stoplist: let length and punctuation decide
    return LineInfo(number, text, words, density, bool(_SENTENCE_END.search(text)))


def _label_by_pattern(lines: list[LineInfo], flat_text: bool = True) -> None:
    """First pass: lines whose own shape says what they are."""
    for pos, info in enumerate(lines):
        if info.label:
            continue
        if label_tweet_card(lines, pos):
            continue
        signature = rules.tweet_signature(info.text)
        if signature:
            mark_note(info, "tweet-signature", author=signature.author, handle=signature.handle, date=signature.date)
            start = pos - 1
            while start >= 0 and not lines[start].label and _tweet_text_like(lines[start], first=start == pos - 1):
                mark_note(lines[start], "tweet-text", signature=info.number)
                start -= 1
            continue
        note_kind = rules.match_note(info.text)
        if note_kind:
            mark_note(info, note_kind)
            continue
        rule = rules.match_furniture(info.text, info.words, flat_text)
        if rule:
            mark_removed(info, rule.kind, rule.reason)
            info.extra["ends_article"] = rule.ends_article
            continue
        stamp = rules.date_stamp(info.text, info.words) if flat_text else None
        if stamp == "stamp":
            mark_removed(info, "other", "date and time stamp")
            continue
        if stamp == "byline" or rules.is_byline(info.text, info.words):
            mark_note(info, "byline")
            continue
        caption = rules.split_caption(info.text, info.words)
        if caption:
            mark_note(info, "caption", caption=caption[0], credit=caption[1])


_TWEET_MARKS = re.compile(r"#\w|@\w|pic\.twitter\.com|t\.co/|https?://")
_GUIDELINE = re.compile(r"^[A-Z][\w'’]+(?: [\w'’]+){0,3}[.!] +\S+(?: \S+){2,}")


def _label_guideline_blocks(lines: list[LineInfo]) -> None:
    """A comment header followed by short "Rule. Explanation." lines: the site's commenting rules."""
    header: Optional[LineInfo] = None
    for info in lines:
        if info.kind == "comments":
            header = info
        elif header is not None and not info.label and info.words <= 30 and _GUIDELINE.match(info.text):
            mark_removed(info, "community-guidelines", f"commenting rule after the comment header “{header.text[:40]}”")
        elif not info.label:
            header = None


def _tweet_text_like(info: LineInfo, first: bool) -> bool:
    """The line(s) right above a tweet signature: the tweet itself, not the writer's intro ("X tweeted,")."""
    if info.text.rstrip().endswith((",", ":")):
        return False
    return first or bool(_TWEET_MARKS.search(info.text))


def _repeated(lines: list[LineInfo]) -> set[str]:
    """Lines that occur more than once on the page: menus, teasers and widgets repeat, paragraphs do not."""
    counts = Counter(info.text for info in lines if not info.label)
    return {text for text, n in counts.items() if n > 1}


def _later_copies(lines: list[LineInfo]) -> set[int]:
    """Positions of the second and later copies of a long line (pull quotes, teasers shown twice)."""
    seen: set[str] = set()
    later: set[int] = set()
    for pos, info in enumerate(lines):
        if info.text in seen:
            later.add(pos)
        seen.add(info.text)
    return later


def _mark_wrapped_sentences(lines: list[LineInfo]) -> None:
    """A line that starts in lower case right after a line with no closing punctuation continues it."""
    for before, after in zip(lines, lines[1:]):
        if not before.label and not after.label and not before.sentence and after.text[:1].islower() \
                and before.words >= 3 and after.words >= 3:
            before.extra["wrapped"] = after.extra["wrapped"] = True


def _line_score(info: LineInfo, repeated: set[str]) -> float:
    """Positive for prose, negative for furniture; the article is the best-scoring run."""
    if info.label == "note" or info.extra.get("tweet_card"):
        return 0.0
    if info.label == "removed":
        return -BREAK_PENALTY if info.extra.get("ends_article") else -SHORT_PENALTY
    chars = len(info.text)
    if info.text in repeated:
        return -SHORT_PENALTY
    prose = info.density >= GOOD_DENSITY and (info.words >= 15 or not _URLISH.search(info.text))
    if info.extra.get("wrapped") and info.density > 0:
        return float(chars)        # one sentence hard-wrapped over several lines
    if info.words >= GOOD_WORDS and prose and info.sentence:
        return float(chars)
    if info.words >= GOOD_WORDS and prose:
        return chars * UNPUNCTUATED_WEIGHT
    if info.words >= GOOD_WORDS:
        return -chars * LOW_DENSITY_WEIGHT
    if info.sentence and info.words >= 4 and prose:
        return chars * SHORT_SENTENCE_WEIGHT
    return -SHORT_PENALTY


def _best_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: the contiguous span [start, end) with the largest total score."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span if best > 0 else (0, 0)


def _words_of(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _headline_position(lines: list[LineInfo], title: Optional[str]) -> Optional[int]:
    """Where the page shows the article's own headline again (its <h1>); the article starts after it.

    A select-all copy puts the page's first heading on line 1 and then the whole page, menus first,
    so the headline's second appearance marks where the article begins.
    """
    if not title:
        return None
    wanted = _words_of(title)
    if len(wanted) < 2:
        return None
    for pos, info in enumerate(lines):
        found = _words_of(info.text)
        if found and len(found & wanted) / len(found | wanted) >= HEADLINE_SIMILARITY:
            return pos
    return None


def _cut_at_section_end(lines: list[LineInfo], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """End the article run at a comments/related/newsletter header when a broken-up block follows it.

    Comment threads and teaser listings are prose too, and long ones outweigh any single-header
    penalty.  But they come in pieces: names, dates, vote counts and headlines between the sentences.
    An inline "Related" box inside an article is followed by solid prose again, so the run goes on past it.
    """
    prose = 0.0
    for pos in range(start, end):
        if lines[pos].extra.get("ends_article") and prose >= PROSE_BEFORE_CUT:
            after = scores[pos + 1:end]
            broken_up = sum(1 for score in after if score < 0) / max(len(after), 1)
            if broken_up >= BROKEN_UP:
                return start, pos
            # solid prose again: an inline box, not the end of the article; look for a later header
        prose += max(scores[pos], 0.0)
    return start, end


def _extend_over_announced_list(lines: list[LineInfo], end: int) -> int:
    """A run that ends on (or just before) "… tour dates:" goes on over the list that line announces."""
    intro = end - 1
    if end < len(lines) and not lines[end].label and lines[end].text.endswith(":"):
        intro = end
    if intro < 0 or lines[intro].label or not lines[intro].text.endswith(":") or lines[intro].words < 4:
        return end
    pos = intro + 1
    while pos < len(lines) and not lines[pos].label and lines[pos].words <= LIST_ITEM_WORDS:
        pos += 1
    if pos - intro <= 2:
        return end
    for item in lines[intro + 1:pos]:
        item.extra["list_item"] = True
    return pos


@dataclass(frozen=True)
class _CoreRun:
    """Where the article is among a page's lines: lines before `first` stand above its headline, and
    [start, end) is its best run of prose; `repeated` and `later` are the lines shown twice on the page."""

    headline: Optional[int]
    first: int
    start: int
    end: int
    repeated: set[str]
    later: set[int]


def _core_run(lines: list[LineInfo], title: Optional[str]) -> _CoreRun:
    """The article's best run of prose, after its headline, cut at a section end and stretched over a list
    its last line announces; the whole page when no line reads as prose (keep what the patterns left)."""
    repeated = {text for text in _repeated(lines) if len(text.split()) <= 8 or not _SENTENCE_END.search(text)}
    _mark_wrapped_sentences(lines)
    later = _later_copies(lines)
    scores = [-SHORT_PENALTY if pos in later else _line_score(info, repeated) for pos, info in enumerate(lines)]
    headline = _headline_position(lines, title)
    first = headline + 1 if headline is not None else 0
    start, end = _best_run(scores[first:])
    if start == end:
        start, end = 0, len(lines)
    else:
        start, end = _cut_at_section_end(lines, scores, start + first, end + first)
        end = _extend_over_announced_list(lines, end)
    return _CoreRun(headline, first, start, end, repeated, later)


def _short_kind(info: LineInfo, long_kind: str = "other") -> str:
    """A short line outside the prose is navigation; a longer one is `long_kind`."""
    return "navigation" if info.words <= 8 else long_kind


def _structural_removal(pos: int, info: LineInfo, run: _CoreRun, section: Optional[LineInfo]) -> Optional[tuple[str, str]]:
    """(kind, reason) for an undecided line the structure takes out, or None when it is body.  The first
    rule that holds decides: above the headline, in a section block after the article, outside the run,
    a headline-like line repeated, a copy of an earlier line."""
    if pos < run.first:
        return _short_kind(info), "page furniture above the article's headline"
    if pos >= run.end and section is not None:
        return section.kind, f"in the {section.kind} block after “{section.text[:40]}” (line {section.number})"
    if pos < run.start or pos >= run.end:
        return _short_kind(info), f"outside the article's main run of prose ({'before' if pos < run.start else 'after'} it)"
    if info.text in run.repeated and not info.sentence:
        return _short_kind(info, "related"), "headline-like line repeated on the page"
    if pos in run.later:
        return _short_kind(info, "related"), "repeats a line shown earlier on the page"
    return None


def _label_by_structure(lines: list[LineInfo], title: Optional[str]) -> None:
    """Second pass: keep the article's core run; everything undecided outside it is furniture."""
    run = _core_run(lines, title)
    if run.headline is not None and not lines[run.headline].label:
        mark_removed(lines[run.headline], "other", "the headline repeated where the article starts")
    section: Optional[LineInfo] = None     # the last section header seen after the article
    for pos, info in enumerate(lines):
        if pos >= run.end and info.extra.get("ends_article"):
            section = info
        if info.label:
            continue
        removal = _structural_removal(pos, info, run, section)
        if removal:
            mark_removed(info, *removal)
        else:
            info.label = "body"
    _drop_menu_runs(lines[run.start:run.end])


def _drop_menu_runs(core: list[LineInfo]) -> None:
    """Inside the article, three or more short unpunctuated lines in a row are a menu, not subheads."""
    run: list[LineInfo] = []
    for info in [*core, None]:
        if info is not None and info.label == "body" and info.words <= 6 and not info.sentence \
                and not info.extra.get("list_item"):
            run.append(info)
            continue
        if len(run) >= 3:
            for short in run:
                mark_removed(short, "navigation", "short line in a run of menu-like lines")
        run = []


def _dateline_notes(lines: list[LineInfo]) -> list[Note]:
    """The place of the first paragraph's inline dateline; the paragraph itself stays in the body."""
    for info in lines:
        if info.label == "body":
            place = rules.dateline(info.text)
            return [Note(kind="dateline", text=place)] if place else []
    return []


def clean_lines(text_lines: list[str], title: Optional[str] = None, structural: bool = True) -> CleanedText:
    """Clean a page given as lines; the first non-empty line is the headline unless `title` is given.

    `structural=False` trusts that the lines are already the article (trafilatura's output) and only
    applies the pattern families, so body text is never lost to a structural guess.
    """
    numbered = [(n, line.strip()) for n, line in enumerate(text_lines, 1) if line.strip()]
    if title is None and numbered:
        title = numbered[0][1]
        numbered = numbered[1:]
    line_tokens = [WORD.findall(line.lower()) for _, line in numbered]
    tokens = [t for words in line_tokens for t in words] if structural else []
    stoplist = guess_stoplist(tokens) if structural else frozenset()
    lines = [_describe(n, line, words, stoplist) for (n, line), words in zip(numbered, line_tokens)]
    if tokens and sum(t in stoplist for t in tokens[:2000]) < UNKNOWN_LANGUAGE_DENSITY * min(len(tokens), 2000):
        for info in lines:      # a language we have no function words for: let length and punctuation decide
            info.density = GOOD_DENSITY
    _label_by_pattern(lines, flat_text=structural)
    _label_guideline_blocks(lines)
    if structural:
        _label_by_structure(lines, title)
    else:
        for info in lines:
            info.label = info.label or "body"
    return _assemble(title, lines)


def _assemble(title: Optional[str], lines: list[LineInfo]) -> CleanedText:
    """Labelled lines -> CleanedText; a tweet's text and signature become one note, a caption loses its credit."""
    body: list[str] = []
    notes: list[Note] = []
    removed: list[Removed] = []
    in_box = verdict_box(info.text for info in lines if info.label == "body")
    for info in lines:
        if info.label == "body":
            text, cuts = cut_inline(info.text, in_box)
            body.append(text)
            removed += [Removed(kind=c.kind, text=c.text, reason=f"{c.reason} (line {info.number})") for c in cuts]
        elif info.label == "removed":
            removed.append(Removed(kind=cast(RemovedKind, info.kind), text=info.text, reason=f"{info.reason} (line {info.number})"))
        elif info.kind == "tweet-signature":
            texts = [other.text for other in lines if other.kind == "tweet-text" and other.extra.get("signature") == info.number]
            notes.append(Note(kind="tweet", text="\n".join(texts) or info.text, author=info.extra["author"],
                              handle=info.extra["handle"], date=info.extra["date"]))
        elif info.kind == "caption":
            notes.append(Note(kind="caption", text=info.extra["caption"]))
            if info.extra.get("credit"):
                removed.append(Removed(kind="image-credit", text=info.extra["credit"],
                                       reason=f"photo credit at the end of a caption (line {info.number})"))
        elif info.kind != "tweet-text":
            notes.append(Note(kind=cast(NoteKind, info.kind), text=info.text))
    notes = _dateline_notes(lines) + notes
    return CleanedText(title=title, body=body, notes=notes, removed=removed)
