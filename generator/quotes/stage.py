"""Direct quotes with their speakers.

Pipeline: quote-mark spans (`quote_marks`) -> join quotes broken by their attribution (“A,” she said,
“B.”) -> speaker, role and cue (`speakers`, through the article's name table from `names`) -> flags
(partial, unclosed) -> drop scare quotes (one to three words with no reporting verb in the sentence).
Embedded tweets come from the cleaner's tweet notes; when a tweet is still in the body (its
`— Name (@handle) date` line follows it) it is read from there, and neither line is ever taken as
the speaker of a later quote.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.mentions.names import build_name_table, canonical_name
from generator.model.briefing import Note, Quote
from generator.model.ids import short_hash
from generator.quotes.coreference import anonymous_subjects, apposed_names, starts_sentence
from generator.quotes.marks import QuoteSpan, find_spans, full_text
from generator.quotes.speaker_context import (
    ArticleContext,
    Attribution,
    events_before,
    mask_quotes,
    sentence_bounds,
    sentence_starts,
)
from generator.quotes.speakers import add_event, collect_events, resolve_subject, role_of, subject_of_cue
from generator.text.scan import ends_at

TWEET_ATTRIBUTION_RE = re.compile(r"^[—–-]\s*(?P<author>[^()]+?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.*)$")
_END_PUNCT = ",.!?…;:—–-"
_SHORT_WORDS = 3


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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def body_tweets(body: list[str]) -> dict[int, re.Match]:
    """Tweets the cleaner left in the body: text paragraph index -> its attribution line's match."""
    found = {}
    for i, para in enumerate(body):
        m = TWEET_ATTRIBUTION_RE.match(para.strip())
        if m and i > 0:
            found[i - 1] = m
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


def _same_sentence(ctx: ArticleContext, span: QuoteSpan) -> tuple[Optional[Attribution], bool]:
    """Attribution from a reporting verb in the quote's own sentence, nearest first.

    Returns (attribution or None, whether a cue was found at all)."""
    p = span.paragraph
    masked = ctx.masked[p]
    sent = sentence_bounds(masked, span.open_at, max(span.close_at - 1, span.open_at))
    ranked = []
    for cue in CUE_RE.finditer(masked, sent[0], sent[1]):
        before = cue.end() <= span.open_at
        dist = span.open_at - cue.end() if before else cue.start() - span.close_at
        if dist < 0:
            continue
        if cue.group(1).lower() in WEAK_CUES and (not before or dist > 160):
            continue
        ranked.append((dist, cue.start(), cue))
    for _, _, cue in sorted(ranked):
        subject = subject_of_cue(ctx, p, cue, sent)
        if subject is None:
            continue
        name, is_org = resolve_subject(ctx, p, subject)
        if name:
            add_event(ctx, p, span.open_at, name, is_org, cue.group(1))
        return Attribution(name, role_of(ctx, name), cue.group(1)), True
    return None, bool(ranked)


def _following_sentence(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """“… on the Chinese part?” He Jianxiong, a former IMF director, said at an event: a quote that ends its
    sentence, attributed by the very next sentence, which opens with the speaker and quotes nothing itself."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    if span.unclosed or span.text[-1:] not in ".?!…":
        return None
    nxt = span.close_at + len(masked[span.close_at:]) - len(masked[span.close_at:].lstrip())
    if nxt >= len(masked) or nxt not in sentence_starts(masked):
        return None
    start, end = sentence_bounds(masked, nxt)
    if "_" in masked[start:end]:
        return None
    for cue in CUE_RE.finditer(masked, start, end):
        if cue.group(1).lower() in WEAK_CUES:
            continue
        subject = subject_of_cue(ctx, p, cue, (start, end))
        if subject is None or not re.fullmatch(r"(?:(?:The|the)\s+)?(?:[A-Z][\w.’'-]*\s*)*,?\s*",
                                               masked[start:subject.at]):      # the speaker opens the sentence
            return None
        name, is_org = resolve_subject(ctx, p, subject)
        return Attribution(name, role_of(ctx, name), cue.group(1)) if name else None
    return None


def _colon_introduced(ctx: ArticleContext, span: QuoteSpan) -> Optional[Attribution]:
    """'Okafor put it bluntly: “…”': a clause that opens with a named person and ends in a colon right before
    the quote introduces that person's words, even with no reporting verb."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    clause = masked[start:span.open_at]
    if not clause.rstrip().endswith(":") or "_" in clause or len(_words(clause)) > 12:
        return None
    for m in ctx.table.in_paragraph(p, start, span.open_at):
        if _outside(masked, m.start):
            lead = masked[start:m.start]
            if re.fullmatch(r"\s*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*", lead):
                return Attribution(m.name, role_of(ctx, m.name), None)
            return None
    return None


def _outside(masked: str, at: int) -> bool:
    return masked[at:at + 1] not in ("_", "")


def _fills_paragraph(ctx: ArticleContext, span: QuoteSpan) -> bool:
    masked = ctx.masked[span.paragraph]
    return not masked[:span.open_at].strip() and not re.sub(r"[\W_]", "", masked[span.close_at:])


def attribute(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> tuple[Attribution, bool]:
    """Speaker, role and cue of a quote, and whether the quote's own sentence has a reporting verb."""
    found, has_cue = _same_sentence(ctx, span)
    if found:
        return found, True
    if span.more:       # a quote over several paragraphs may be attributed at its end: … “C,” she said.
        found, more_cue = _same_sentence(ctx, span.more[-1])
        if found:
            return found, True
        has_cue = has_cue or more_cue
    following = _following_sentence(ctx, span.more[-1] if span.more else span) or _colon_introduced(ctx, span)
    if following:
        return following, has_cue
    p = span.paragraph
    earlier = events_before(ctx, p, p, span.open_at)
    if earlier:
        ev = earlier[-1]
        return Attribution(ev.speaker, role_of(ctx, ev.speaker), ev.cue), has_cue
    who = None
    if _fills_paragraph(ctx, span):
        if previous is not None and previous.speaker and previous.paragraph == p:
            return Attribution(previous.speaker, previous.role, None), has_cue
        who = _announced_before(ctx, span)
    elif not has_cue and not any(ev.paragraph == p for ev in ctx.events):
        who = _only_person_named(ctx, p)
    return (Attribution(who, role_of(ctx, who), None) if who else Attribution()), has_cue


_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|me|my|we|We|our|Our|us)\b")


def _only_person_named(ctx: ArticleContext, p: int) -> Optional[str]:
    """The one person a paragraph names outside its quotes, when nobody in it has a reporting verb and that
    person opens a sentence that quotes nothing: "“We hid behind the bar.” Mr Kemal Aydin, a waiter, then led
    six guests out" (not "The verdict on Helen Ortiz was harsh: “…”")."""
    masked = ctx.masked[p]
    names: set[str] = set()
    for m in ctx.table.in_paragraph(p):
        if _outside(masked, m.start):
            names.add(m.name)
            if len(names) > 1:
                return None     # two people: no need to read the rest of a long paragraph
    if len(names) != 1:
        return None
    subjects = [m for m in ctx.table.in_paragraph(p) if _outside(masked, m.start)
                and starts_sentence(masked, m.start) and "_" not in masked[slice(*sentence_bounds(masked, m.start))]]
    return subjects[0].name if subjects else None


def _announced_before(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """Who speaks a paragraph that is all quote, from the paragraph before: the last speaker when it ends
    announcing the quote ("Newsom said on Monday:"), else its one speaker ("Erekat said it was only the latest
    move."); several speakers: nobody, not a guess.  A first-person quote after a paragraph that quotes nobody
    and names one person ("Chris Morrow was staying five minutes away.") is that person's."""
    p = span.paragraph
    if p == 0 or p - 1 in ctx.skip:
        return None
    before = [ev for ev in ctx.events if ev.paragraph == p - 1]
    if before:
        announced = ctx.masked[p - 1].rstrip().endswith(":")
        return before[-1].speaker if announced or len({ev.speaker for ev in before}) == 1 else None
    if "_" not in ctx.masked[p - 1] and _FIRST_PERSON.search(span.text):
        names = {m.name for m in ctx.table.in_paragraph(p - 1)}
        return names.pop() if len(names) == 1 else None
    return None


def _broken_pair(ctx: ArticleContext, a: QuoteSpan, b: QuoteSpan) -> bool:
    """“A,” she said. “B.” — two spans of one utterance around a one-clause attribution."""
    if a.paragraph != b.paragraph or a.unclosed or a.more or a.single or b.single or is_partial(ctx, a):
        return False
    gap = ctx.masked[a.paragraph][a.close_at:b.open_at]
    inner = gap.strip()
    if not inner or inner[-1] not in ".,:;" or len(_words(inner)) > 30 or len(sentence_starts(inner[:-1])) > 1:
        return False
    cues = [c for c in CUE_RE.finditer(inner) if c.group(1).lower() not in WEAK_CUES]
    if not cues:
        return False
    masked = ctx.masked[b.paragraph]
    _, end = sentence_bounds(masked, b.open_at, max(b.close_at - 1, b.open_at))
    return CUE_RE.search(masked[b.close_at:end]) is None


def _group_spans(ctx: ArticleContext, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    groups: list[list[QuoteSpan]] = []
    for span in spans:
        if groups and _broken_pair(ctx, groups[-1][-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|this|that|such|[A-Z]\w*[’']s)\s*$", re.I)
_FUNCTION_WORDS = set("""of in on at for to from with by during because as and or but that which who whom when while
after before since than if over about into is was are were be been has have had will would could should can may might
not nor so yet until unless though although whether where""".split())


_NAMING_BEFORE = re.compile(r"\b(?:the (?:term|phrase|word|words|expression|label|slogan|name)|so-called|known as|"
                            r"what(?:[’']s| is| are| was) (?:\w+ly\s+)?called|"
                            r"nicknamed|titled|entitled|(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?"
                            r"(?:called|dubbed|termed|named|labell?ed)|the term (?:\w+\s+){0,2}(?:is|was))\s*$", re.I)


_ARTICLE_AT_END = re.compile(r"\s+(?:the|a|an)\s*$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")


def is_term(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """A short quoted phrase that is mentioned, not said: a modifier ("a “skinny” trade deal", "the ‘phase one’
    deal") or a named term ("never used the term “three amigos”", "known as the “Three Amigos”")."""
    masked = ctx.masked[span.paragraph]
    if len(_words(span.text)) <= 2 * _SHORT_WORDS:
        article = ends_at(_ARTICLE_AT_END, masked, span.open_at)            # "known as the “…”": past "the"
        if ends_at(_NAMING_BEFORE, masked, article.start() if article else span.open_at):
            return True
    if len(_words(span.text)) > _SHORT_WORDS:
        return False
    nxt = _NEXT_WORD.match(masked, span.close_at)
    return bool(ends_at(_DETERMINER_BEFORE, masked, span.open_at) and nxt and nxt.group(1).lower() not in _FUNCTION_WORDS)


_LIST_MARK = re.compile(r"\s*(?:\d+[.)]|[-•*])?\s*")


def is_heading(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """A paragraph that is only a short quote without final punctuation is a subheading ("“Alarming mortality
    rate”"), an excerpt of a quote given in full elsewhere; a video's running time may follow ("… 03:22")."""
    masked = ctx.masked[span.paragraph]
    if not _LIST_MARK.fullmatch(masked, 0, span.open_at):       # words before it: not alone (and no copy of the rest)
        return False
    tail = re.sub(r"\s\d{1,2}:\d{2}\s*$", "", masked[span.close_at:])
    return not re.sub(r"[\W_]", "", tail) and not span.more and len(_words(span.text)) <= 8 \
        and span.text[-1] not in ".!?…,;:"


def _is_scare_quote(text: str, has_cue: bool) -> bool:
    """Scare quotes, titles and slogans: short spans, ALL-CAPS spans, or Title Case spans, with no reporting verb."""
    words = _words(text)
    if text.isupper() and len(words) > 1:
        return True
    if has_cue:
        return False
    title_case = len(words) <= 10 and all(w[0].isupper() or len(w) <= 3 for w in words)
    return len(words) <= _SHORT_WORDS or title_case


def _is_title_case(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= 10 and all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words)


#: What a Title Case quote after it is the name of: a work, an operation, a show of someone's ("CNN's").
_WORK_BEFORE = re.compile(r"(?:\b[A-Z][\w.&]*[’']s|\b(?:book|novel|memoir|biography|film|movie|documentary|song|single|"
                          r"album|record|show|series|programme|program|play|musical|opera|painting|poem|operation|"
                          r"campaign|slogan|podcast|newsletter|column|hit|track|titled|entitled|performing|singing|"
                          r"playing|hitting|starring|starred in))\s*[,:]?\s*$", re.I)


def is_work_title(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'the film “Harbour Lights,”', 'CNN's “State of the Union”', 'Operation “Northern Shield”': a Title Case
    name right after a word for a work (or a possessive) is the work's title, not anyone's words."""
    return _is_title_case(span.text) and bool(ends_at(_WORK_BEFORE, ctx.masked[span.paragraph], span.open_at))


def _listed_titles(ctx: ArticleContext, spans: list[QuoteSpan]) -> set[int]:
    """Three or more Title Case quotes in one sentence are a list of works (songs, films, books), not speech:
    'hits including “Black Water,” “China Grove” and “Minute By Minute”'."""
    by_sentence: dict[tuple[int, int], list[QuoteSpan]] = {}
    for span in spans:
        if not span.more and _is_title_case(span.text):
            start, _ = sentence_bounds(ctx.masked[span.paragraph], span.open_at)
            by_sentence.setdefault((span.paragraph, start), []).append(span)
    return {id(s) for group in by_sentence.values() if len(group) >= 3 for s in group}


#: Two short quoted words joined by or/and/a comma: "a “handshake” or “ping”", "“severe” or “emergency” levels".
_PAIR_GAP = re.compile(r"\s*(?:,|or|and|,\s*or|,\s*and)\s*$")


def side_by_side(spans: list[QuoteSpan]) -> dict[int, list[QuoteSpan]]:
    """Each quote's neighbours in its paragraph (the one before and the one after): only they can be the other
    half of a term pair, and looking at them alone keeps a paragraph of many quotes linear (issue 19)."""
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        by_para.setdefault(span.paragraph, []).append(span)
    out: dict[int, list[QuoteSpan]] = {}
    for group in by_para.values():
        group.sort(key=lambda s: s.open_at)
        for i, span in enumerate(group):
            out[id(span)] = group[max(0, i - 1):i] + group[i + 1:i + 2]
    return out


def in_term_pair(ctx: ArticleContext, span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """A short quote joined to another short quote by or/and: two terms side by side, not speech.  `spans` are
    the quotes to compare with: its neighbours (`side_by_side`)."""
    if len(_words(span.text)) > _SHORT_WORDS or span.more:
        return False
    masked = ctx.masked[span.paragraph]
    for other in spans:
        if other is span or other.paragraph != span.paragraph or len(_words(other.text)) > _SHORT_WORDS:
            continue
        gap = masked[other.close_at:span.open_at] if other.close_at <= span.open_at else masked[span.close_at:other.open_at]
        if len(gap) < 12 and _PAIR_GAP.match(gap.strip("”\"’'“‘ ")):
            return True
    return False


def not_speech(ctx: ArticleContext, group: list[QuoteSpan], text: str, has_cue: bool) -> bool:
    """Quote marks around words nobody says here: scare quotes, terms, titles of works, subheadings."""
    single = len(group) == 1
    return _is_scare_quote(text, has_cue) or (single and (is_term(ctx, group[0]) or is_work_title(ctx, group[0]))) \
        or (not has_cue and is_heading(ctx, group[0]))


def find_quotes(body: list[str], notes: list[Note] | None = None) -> list[Quote]:
    """Direct quotes of one article, in reading order, then its tweets (from notes)."""
    notes = notes or []
    tweets_in_body = body_tweets(body)
    skip = set(tweets_in_body) | {i + 1 for i in tweets_in_body}
    visible = ["" if i in skip else para for i, para in enumerate(body)]
    spans = find_spans(visible)
    table = build_name_table(visible)
    by_para: dict[int, list[QuoteSpan]] = {}
    for s in spans:
        by_para.setdefault(s.paragraph, []).append(s)
        for more in s.more:
            by_para.setdefault(more.paragraph, []).append(more)
    masked = [mask_quotes(para, by_para.get(i, [])) for i, para in enumerate(visible)]
    ctx = ArticleContext(body=visible, masked=masked, table=table, skip=skip)
    ctx.anonymous = anonymous_subjects(ctx)
    ctx.apposed = apposed_names(ctx)
    collect_events(ctx)

    out: list[Quote] = []
    previous: Optional[Quote] = None
    titles = _listed_titles(ctx, spans)
    neighbours = side_by_side(spans)
    for group in _group_spans(ctx, spans):
        if len(group) == 1 and id(group[0]) in titles:
            continue
        first, last = group[0], group[-1]
        text = " ".join(full_text(s) for s in group)
        who, has_cue = attribute(ctx, first, previous)
        if not_speech(ctx, group, text, has_cue) or (len(group) == 1 and in_term_pair(ctx, first, neighbours[id(first)])):
            continue
        quote = Quote(id=quote_id(text), text=text, speaker=who.speaker, speakers=ctx.joint.get(who.speaker or ""),
                      role=who.role, cue=who.cue,
                      paragraph=first.paragraph + 1, partial=is_partial(ctx, first), unclosed=last.unclosed)
        out.append(quote)
        previous = quote
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
