"""Direct quotes with their speakers.

Pipeline: quote-mark spans (`marks`) -> join quotes broken by their attribution (“A,” she said, “B.”) ->
speaker, role and cue (`attribution`, through the article's name table from `names`) -> flags (partial,
unclosed) -> drop quote marks around words nobody says (`not_speech`: scare quotes, terms, titles).
Embedded tweets come from the cleaner's tweet notes; when a tweet is still in the body (its
`— Name (@handle) date` line follows it) it is read from there, and neither line is ever taken as
the speaker of a later quote.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.clean.rules import TWEET_CARD_HEADER, TWEET_CARD_TIME
from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.mentions.name_words import canonical_name
from generator.mentions.names import build_name_table
from generator.model.briefing import Note, Quote
from generator.model.ids import short_hash
from generator.quotes.attribution import attribute
from generator.quotes.echoes import attribute_echoes
from generator.quotes.framing import framed_views
from generator.quotes.genders import genders_from_pronouns
from generator.quotes.marks import QuoteSpan, find_spans, full_text
from generator.quotes.not_speech import (
    in_term_pair,
    listed_titles,
    not_speech,
    quote_words,
    repeated_terms,
    side_by_side,
)
from generator.quotes.pronouns import anonymous_subjects, apposed_names
from generator.quotes.protagonist import same_person
from generator.quotes.resolution import role_of
from generator.quotes.speaker_context import ArticleContext, mask_quotes, sentence_bounds, sentence_starts
from generator.quotes.speakers import collect_events

TWEET_ATTRIBUTION_RE = re.compile(r"^[—–-]\s*(?P<author>[^()]+?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.*)$")
_END_PUNCT = ",.!?…;:—–-"


def quote_id(text: str, occurrence: int = 1) -> str:
    """Hash of the quote's words, so the id survives re-extraction; the n-th repeat of the same words in one
    source hashes them with '#n', so ids stay unique within the source (merge keys) and stable."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return "q-" + short_hash(words if occurrence == 1 else f"{words}#{occurrence}")


def _number_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quote whose words an earlier quote of this source already has gets the id of its occurrence."""
    seen: dict[str, int] = {}
    for q in quotes:
        seen[q.id] = seen.get(q.id, 0) + 1
        if seen[q.id] > 1:
            q.id = quote_id(q.text, seen[q.id])
    return quotes


def body_tweets(body: list[str]) -> dict[int, re.Match]:
    """Tweets the cleaner left in the body: text paragraph index -> its attribution line's match."""
    found = {}
    for i, para in enumerate(body):
        m = TWEET_ATTRIBUTION_RE.match(para.strip())
        if m and i > 0:
            found[i - 1] = m
        card = TWEET_CARD_HEADER.match(body[i - 2].strip()) if i > 1 and TWEET_CARD_TIME.match(para.strip()) else None
        if card:
            found[i - 1] = card
    return found


def _tweet_speaker(table, author: Optional[str], handle: Optional[str]) -> Optional[str]:
    """A tweet's speaker: the author as the article names them, else the display name, else the handle."""
    if author:
        return table.resolve(author) or canonical_name(author.strip())
    return handle.lstrip("@") if handle else None


_SPACES = re.compile(r"\s*")
_LOWER_WORD = re.compile(r"([a-z]\w*)")
#: A reporting verb and its subject right after a quote ("“…” said the minister"): the quote is not partial.
#: Matched at an offset after a closing mark or a space, so the cue's lookbehind sees what it saw in a copy.
_CUE_THEN_SUBJECT = re.compile(CUE_RE.pattern + r",?\s+(?:[A-Z]|the\b|he\b|she\b|they\b)")


def is_partial(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """True when the quoted words are part of a sentence the writer completes."""
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    prefix = masked[start:span.open_at].rstrip()
    if not prefix:
        spaces = _SPACES.match(masked, span.close_at)           # offsets, not a copy of the paragraph's rest
        after = spaces.end() if spaces else span.close_at
        continues = _LOWER_WORD.match(masked, after)
        return bool(span.text[-1] not in _END_PUNCT and continues
                    and not re.fullmatch(r"he|she|they|it|according", continues.group(1))
                    and not _CUE_THEN_SUBJECT.match(masked, after))
    if prefix.endswith(":") or prefix.endswith("_"):
        return False
    if prefix.endswith(","):
        prefix = prefix[:-1]
    last = re.search(r"(\w+)(?:\s+(?:reporters|journalists|me|us|him|her|them))?$", prefix)
    return not (last and CUE_RE.fullmatch(last.group(1)) and last.group(1).lower() not in WEAK_CUES)


def _broken_pair(ctx: ArticleContext, a: QuoteSpan, b: QuoteSpan) -> bool:
    """“A,” she said. “B.” — two spans of one utterance around a one-clause attribution."""
    if a.paragraph != b.paragraph or a.unclosed or a.more or a.single or b.single or is_partial(ctx, a) \
            or any(m.paragraph == b.paragraph for m in b.more):      # “B. “C.: B opened a paragraph of its own
        return False
    gap = ctx.masked[a.paragraph][a.close_at:b.open_at]
    inner = gap.strip()
    if not inner or inner[-1] not in ".,:;" or len(quote_words(inner)) > 30 or len(sentence_starts(inner[:-1])) > 1:
        return False
    cues = [c for c in CUE_RE.finditer(inner) if c.group(1).lower() not in WEAK_CUES]
    if not cues or _answered(ctx, a, inner) or a.text[-1:] in ".?!" and _REPORTED_CLAUSE.search(inner, cues[0].end()):
        return False    # “… A.” Ian Pell said the council was raising money. “B”: his indirect speech, not A's cue
    masked = ctx.masked[b.paragraph]
    _, end = sentence_bounds(masked, b.open_at, max(b.close_at - 1, b.open_at))
    return CUE_RE.search(masked[b.close_at:end]) is None or SAME_SPEAKER_AGAIN.fullmatch(masked, b.close_at, end) is not None


#: A finite verb after the cue: the cue reports a clause of its own ('said the council was raising money').
_REPORTED_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|did)\b")


def _answered(ctx: ArticleContext, a: QuoteSpan, inner: str) -> bool:
    """She asked, “A?” He said, “B.” — a whole sentence quoted after its own lead-in cue, then a clause that ends in a
    comma or a colon: that clause is the next quote's lead-in (a reply), not a break inside one utterance.  A colon
    after a quote that ends its sentence always leads in a new one (“… in order.” Interrupting him, the judge said:
    “…”)."""
    return a.text[-1:] in ".?!" and (inner[-1] == ":" or inner[-1] == "," and _led_in(ctx, a))


def _led_in(ctx: ArticleContext, span: QuoteSpan) -> bool:
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    return re.search(r"[,:]\s*$", masked[start:span.open_at]) is not None and \
        CUE_RE.search(masked, max(start, span.open_at - 40), span.open_at) is not None


#: After the second span, the first span's speaker again as a pronoun: “A,” Lee told the paper. “B,” she said.
SAME_SPEAKER_AGAIN = re.compile(r"\s*(?:he|she)\s+(?:said|added|says|adds)\s*[.!?]?\s*")


def _group_spans(ctx: ArticleContext, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    groups: list[list[QuoteSpan]] = []
    for span in spans:
        if groups and _broken_pair(ctx, groups[-1][-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


#: A photo caption's credit or a bare photo label: "… in Athens on Sunday. Credit John Doe/Reuters", "Photo".
_PHOTO_CREDIT = re.compile(r"(?:\bCredit:?\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s*/\s*[\w&.-]+(?:\s+[\w&.-]+){0,3})?"
                           r"|^(?:Photo|Image|Picture|Photograph)s?(?:\s+credit)?:?)\s*$")


def is_photo_credit(para: str) -> bool:
    """A caption line with a photographer's credit: read neither for quotes nor for people (the photographer is never
    the 'he' of the next paragraph)."""
    return len(para) < 400 and _PHOTO_CREDIT.search(para.strip()) is not None and not any(m in para for m in "“”\"")


#: A list item's number glued to its first word when the list lost its layout ('4He said …', '17“Hillary …'):
#: blanked (offsets kept) so the word opens the paragraph; not '3D' or '4G'.
_LIST_NUMBER = re.compile(r"^\d{1,3}(?=[A-Z][a-z]|[“\"])")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def find_quotes(body: list[str], notes: list[Note] | None = None) -> list[Quote]:
    """Direct quotes of one article, in reading order, then its tweets (from notes)."""
    notes = notes or []
    tweets_in_body = body_tweets(body)
    skip = set(tweets_in_body) | {i + 1 for i in tweets_in_body}
    visible = ["" if i in skip or is_photo_credit(para) else _LIST_NUMBER.sub(_blank, para) for i, para in enumerate(body)]
    spans = find_spans(visible)
    table = build_name_table(visible)
    by_para: dict[int, list[QuoteSpan]] = {}
    for s in spans:
        by_para.setdefault(s.paragraph, []).append(s)
        for more in s.more:
            by_para.setdefault(more.paragraph, []).append(more)
    masked = [mask_quotes(para, by_para.get(i, [])) for i, para in enumerate(visible)]
    ctx = ArticleContext(body=visible, masked=masked, table=table, skip=skip)
    ctx.table = genders_from_pronouns(ctx)
    ctx.anonymous = anonymous_subjects(ctx)
    ctx.apposed = apposed_names(ctx)
    collect_events(ctx)
    framed_views(ctx)

    out: list[Quote] = []
    first_spans: dict[int, QuoteSpan] = {}
    previous: Optional[Quote] = None
    titles = listed_titles(ctx, spans) | repeated_terms(ctx, spans)
    neighbours = side_by_side(spans)
    for group in _group_spans(ctx, spans):
        if len(group) == 1 and id(group[0]) in titles:
            continue
        first, last = group[0], group[-1]
        text = " ".join(full_text(s) for s in group)
        who, has_cue = attribute(ctx, first, previous)
        if not_speech(ctx, group, text, has_cue) or (len(group) == 1 and in_term_pair(ctx, first, neighbours[id(first)])):
            continue
        quote = Quote(id=quote_id(text), text=text, speaker=same_person(ctx, who.speaker), speakers=ctx.joint.get(who.speaker or ""),
                      role=who.role, cue=who.cue,
                      paragraph=first.paragraph + 1, partial=is_partial(ctx, first), unclosed=last.unclosed)
        out.append(quote)
        previous = quote
        first_spans[id(quote)] = first
    attribute_echoes(ctx, out, first_spans)
    for i, m in sorted(tweets_in_body.items()):
        speaker = _tweet_speaker(table, m.group("author"), m.group("handle"))
        if body[i].strip() and not any(n.kind == "tweet" and n.text.strip() == body[i].strip() for n in notes):
            out.append(Quote(id=quote_id(body[i]), text=body[i].strip(), speaker=speaker,
                             role=role_of(ctx, speaker), cue="tweeted", paragraph=i + 1, kind="tweet"))
    for n, note in enumerate(notes, start=1):
        if note.kind == "tweet" and note.text.strip():
            speaker = _tweet_speaker(table, note.author, note.handle)
            out.append(Quote(id=quote_id(note.text), text=note.text.strip(), speaker=speaker,
                             role=role_of(ctx, speaker), cue="tweeted", kind="tweet", note=n))
    return _number_repeats(out)
