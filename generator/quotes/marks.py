"""Quote-mark spans: pair opening and closing marks by direction, paragraph by paragraph.

Never gives up on a text because the marks do not balance (textacy does): an opening mark that is
not closed runs to the end of its paragraph (flagged `unclosed`), or on into the next paragraph when
that one opens with a quote mark (the newspaper convention for multi-paragraph quotes).  A left mark
“ met inside an open “…” quote is read as a mis-directed closing mark (machine-translated dumps write
`meetings “.`), unless a capital letter follows it after a space, where it opens a new quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.lexicon.cues import CUE_RE
from generator.text.scan import Covered
from generator.text.spans import ParagraphSpan

#: opening mark -> marks that close it
_DOUBLE_CLOSERS = {"“": "”“\"", "„": "“”", "«": "»", "\"": "\"”", "”": "”"}
_SINGLE_OPEN = "‘'‚‹"
_SINGLE_CLOSE = {"‘": "’'", "'": "'’", "‚": "‘’", "‹": "›"}
#: An opening quote mark after spaces: a quote starts here (the sentence after a lead-in begins with one).
QUOTE_OPENS_NEXT = re.compile(r"\s*[“\"‘']")


@dataclass
class QuoteSpan(ParagraphSpan):
    """One run of quoted words: `start`/`end` are the offsets of the words (marks excluded)."""

    open_at: int              # offset of the opening mark
    close_at: int             # offset just after the closing mark (== len(paragraph) when unclosed)
    unclosed: bool = False
    single: bool = False      # in single quote marks
    more: list["QuoteSpan"] = field(default_factory=list)   # continuation paragraphs of a multi-paragraph quote


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace() or ch in "([{—–-/"


def _opens_straight(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else ""
    after = para[i + 1] if i + 1 < len(para) else ""
    return (_is_space(before) or before == ":") and after != "" and not after.isspace()   # 'told the BBC:"The …"'


def _span(p: int, para: str, open_at: int, close_mark_at: int | None, single: bool = False) -> QuoteSpan | None:
    inner_start = open_at + 1
    inner_end = close_mark_at if close_mark_at is not None else len(para)
    raw = para[inner_start:inner_end]
    text = raw.strip()
    if not text:
        return None
    start = inner_start + (len(raw) - len(raw.lstrip()))
    close_at = close_mark_at + 1 if close_mark_at is not None else len(para)
    return QuoteSpan(p, start, start + len(text), text, open_at, close_at,
                     unclosed=close_mark_at is None, single=single)


def _doubled_apostrophe(para: str, i: int) -> bool:
    """Two apostrophes typed as a closing double mark (’’ or ''), directly after a word or punctuation."""
    return para[i:i + 2] in ("’’", "''") and i > 0 and not para[i - 1].isspace() \
        and (i + 2 == len(para) or not para[i + 2].isalnum())


#: Every character the double-quote pairing reacts to: openers, closers and the apostrophes of ’’ closings.
_DOUBLE_MARK_RE = re.compile("[" + re.escape("".join(sorted(set("".join(_DOUBLE_CLOSERS) + "".join(
    _DOUBLE_CLOSERS.values()) + "’'")))) + "]")


#: A reporting verb soon after a closing mark, in the same sentence: the attribution of the quote before it.
_ATTRIBUTION_AFTER = re.compile(r"[^.!?“”\"]{0,60}?" + CUE_RE.pattern)


def _lost_opening(p: int, para: str) -> tuple[list[QuoteSpan], int]:
    """'It would take off on its own,” he said.': a paragraph whose first mark closes a quote that opens the
    paragraph (its opening mark lost in copying), before an attribution.  Returns that span (or none) and where
    the pairing of the other marks starts."""
    first = _DOUBLE_MARK_RE.search(para)
    i = first.start() if first else 0
    if not first or first.group() not in "”\"" or i <= 10 or not para[0].isupper() or para[i - 1] not in ",.?!" \
            or _ATTRIBUTION_AFTER.match(para, i + 1) is None:
        return [], 0
    return [QuoteSpan(p, 0, i, para[:i], 0, i + 1)], i + 1


def _double_spans(p: int, para: str) -> list[QuoteSpan]:
    spans, after_lost = _lost_opening(p, para)
    opener, open_at = "", -1
    head: QuoteSpan | None = None       # the first piece of a quote running on over lost paragraph breaks
    for mark in _DOUBLE_MARK_RE.finditer(para, after_lost):     # only the marks, not every character
        i, ch = mark.start(), mark.group()
        before = para[i - 1] if i > 0 else ""
        after = para[i + 1] if i + 1 < len(para) else ""
        if not opener:
            if ch in "“„«" or (ch == "\"" and _opens_straight(para, i)) or \
                    (ch == "”" and _is_space(before) and after.isalpha()):
                opener, open_at = ch, i
            continue
        if ch not in _DOUBLE_CLOSERS[opener]:
            if _doubled_apostrophe(para, i) and opener in "“\"":      # “It was,’’ he said (AP style)
                span = _span(p, para, open_at, i)
                if span:
                    span.close_at = i + 2
                    spans.append(span)
                opener = ""
            continue
        run_on = _runs_on(para, open_at, i, opener)
        if run_on or _opens_again(para, open_at, i, opener):
            # a new quote opens before the last one was closed: the last one ends here, unclosed
            span = _span(p, para, open_at, None)
            if span:
                span.end = span.start + len(para[span.start:i].rstrip())
                span.text = para[span.start:span.end]
                span.close_at = i
                _add(spans, span, head)
            head = (head or span) if run_on else None
            open_at = i
            continue
        span = _span(p, para, open_at, i)
        if span:
            _add(spans, span, head)
        opener, head = "", None
    if opener:
        span = _span(p, para, open_at, None)
        if span:
            _add(spans, span, head)
    return spans


def _opens_again(para: str, open_at: int, i: int, opener: str) -> bool:
    """'“A “B': a left mark before a capital after a space, inside an open “…” quote, opens a new quote."""
    return para[i] == "“" and opener == "“" and para[i - 1].isspace() and para[i + 1:i + 2].isupper() and i - open_at > 1


def _runs_on(para: str, open_at: int, i: int, opener: str) -> bool:
    """'"A. "B."': an opening mark again after a full sentence, inside an open quote, no closing mark between: a
    quote run on over paragraphs whose breaks were lost (a text that joins a story's paragraphs into one line)."""
    before = para[i - 1] if i > 0 else ""
    after = para[i + 1] if i + 1 < len(para) else ""
    return para[i] == opener and opener in "“\"" and before.isspace() and after.isupper() \
        and para[open_at + 1:i].rstrip()[-1:] in ".!?" and len(para[open_at + 1:i].split()) > 2


def _add(spans: list[QuoteSpan], span: QuoteSpan, head: QuoteSpan | None) -> None:
    """A span of its own, or the next piece of the run-on quote `head`."""
    if head is None:
        spans.append(span)
        return
    head.more.append(span)
    head.unclosed = span.unclosed


_SINGLE_MARK_RE = re.compile("[" + re.escape(_SINGLE_OPEN + "".join(_SINGLE_CLOSE.values())) + "]")


def _single_spans(p: int, para: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Closed ‘…’ / '…' quotes outside any double-quoted span (apostrophes are not closers)."""
    inside = Covered((s.open_at, s.close_at) for t in taken for s in [t] + t.more)
    spans: list[QuoteSpan] = []
    opener, open_at = "", -1
    for mark in _SINGLE_MARK_RE.finditer(para):       # only the marks, not every character
        i, ch = mark.start(), mark.group()
        if i in inside:
            continue
        before = para[i - 1] if i > 0 else ""
        after = para[i + 1] if i + 1 < len(para) else ""
        if not opener:
            if ch in _SINGLE_OPEN and _is_space(before) and (after.isalnum()):
                opener, open_at = ch, i
            continue
        if ch in _SINGLE_CLOSE[opener] and not before.isspace() and not after.isalnum():
            span = _span(p, para, open_at, i, single=True)
            if span:
                spans.append(span)
            opener = ""
    if opener and not taken and _OPENS_RUNNING_QUOTE.match(para, max(0, open_at - 2)) \
            and para.rstrip()[-1:] in ".!?…":        # 'The Government has given us assurances. ¶ 'Now …' (UK style)
        span = _span(p, para, open_at, None, single=True)
        if span:
            spans.append(span)
    return spans


def _outside_singles(para: str, doubles: list[QuoteSpan], singles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Double-marked spans not inside a closed single-marked one: ‘In 1995 we wrote that “…” and …’ (UK style, a
    quote within a quote) is one quote, its inner words part of the outer speaker's.  Only a curly outer mark: a
    straight one may pair an apostrophe ('90s … the players' union)."""
    outer = Covered((s.open_at, s.close_at) for s in singles if not s.unclosed and para[s.open_at] == "‘")
    return [d for d in doubles if d.open_at not in outer]


#: Where a single-quoted paragraph of speech opens: the paragraph's start or after a colon, then a capital.
_OPENS_RUNNING_QUOTE = re.compile(r"(?:^|(?<=:)\s|:\s)?['‘][A-Z]")


def find_spans(body: list[str]) -> list[QuoteSpan]:
    """All quote spans of an article in reading order, multi-paragraph quotes joined into their first span."""
    per_para = []
    for p, para in enumerate(body):
        doubles = _double_spans(p, para)
        singles = _single_spans(p, para, doubles)
        per_para.append(sorted(_outside_singles(para, doubles, singles) + singles, key=lambda s: s.start))
    out: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    bridged = 0
    for p, spans in enumerate(per_para):
        if not spans:       # a heading or a pull quote's lines inside a quote running over paragraphs keep it open;
            bridged += 1    # a longer run of them is a box set into the page (a table of TV slots), which ends it
            carry = carry if carry is not None and is_furniture(body[p]) and bridged <= _FURNITURE_LINES else None
            continue
        bridged = 0
        for k, span in enumerate(spans):
            if carry is not None and k == 0 and span.open_at == 0 and span.single == carry.single:
                carry.more += [span] + span.more
                carry.unclosed, span.more = span.unclosed, []
                if not carry.unclosed:
                    carry = None
                continue
            out.append(span)
        last = spans[-1] if spans else None
        carry = carry if carry is not None and carry.more and any(m is last for m in carry.more) else None
        if carry is None and last is not None and last.unclosed:
            carry = last
    return out


#: At most this many furniture lines (a heading, a pull quote and its credit) inside one quote running over paragraphs.
_FURNITURE_LINES = 3
#: Lines between two paragraphs of one quote that are not the story's text: no quote mark, no sentence end.
_FURNITURE_RE = re.compile(r"[^“”\"]*[^\s.!?…“”\"’']")


def is_furniture(para: str) -> bool:
    """A heading ("606: DEBATE"), a pull quote set without marks or its credit line ("Newcastle chairman Ann Lee")."""
    return _FURNITURE_RE.fullmatch(para.strip()) is not None


def full_text(span: QuoteSpan) -> str:
    """The words of a span and its continuation paragraphs, joined with a space."""
    return " ".join([span.text] + [m.text for m in span.more])


