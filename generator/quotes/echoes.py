"""Quoted words said again: a fragment with no speaker whose words another quote of the article gives with one.

News ledes quote a few words and attribute them further down ('The search has been described as a “tangled mess”'
… 'Ann Lee said the search was “a tangled mess”'; 'Ms Lee “looks forward to including” …' … '“… look forward to
including …,” Lee said'): the unattributed fragment takes the speaker of the quote that holds the same words, when
every such quote has one speaker, and no reporting verb in the active introduces the fragment in its sentence
(unnamed people who 'described the move as a “slap in the face”' stay unnamed though a named person said those
words; a passive, 'has been described as', names no one).  Words are compared lower-cased, without articles and a plural or third-person
's'; a fragment of one or two words must be the whole of the other quote, a longer one may lie inside it.
One pass over the article's quotes, with an index of word triples (no pairwise comparison).
"""
from __future__ import annotations

from generator.lexicon.cues import CUE_RE
from generator.model.briefing import Quote
from generator.quotes.marks import QuoteSpan
from generator.quotes.not_speech import quote_words
from generator.quotes.passive_agent import is_passive
from generator.quotes.speaker_context import ArticleContext, sentence_bounds

_ARTICLES = frozenset({"a", "an", "the"})
#: A fragment this long or longer may lie inside a longer quote; shorter, it must be the whole quote.
_INSIDE_FROM = 3


def _introduced(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """A reporting verb in the active before the quote in its sentence ('Families described it as “…”'): its
    subject, named or not, said the words."""
    masked = ctx.masked[span.paragraph]
    start = sentence_bounds(masked, span.open_at)[0]
    return any(not is_passive(masked, cue) for cue in CUE_RE.finditer(masked, start, span.open_at))


def _key(text: str) -> tuple[str, ...]:
    words = [w.lower() for w in quote_words(text)]
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                 for w in words if w not in _ARTICLES)


def _triples(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {key[i:i + _INSIDE_FROM] for i in range(len(key) - _INSIDE_FROM + 1)}


def _speaker_of_echo(key: tuple[str, ...], whole: dict, inside: dict, triples: list) -> set[int]:
    """Indexes of the attributed quotes that give the words of `key`."""
    if len(key) < _INSIDE_FROM:
        return set(whole.get(key, ()))
    candidates = inside.get(key[:_INSIDE_FROM], ())
    own = _triples(key)
    return {i for i in candidates if own <= triples[i]}


def attribute_echoes(ctx: ArticleContext, quotes: list[Quote], first_spans: dict[int, QuoteSpan]) -> None:
    """Give an unattributed quote no active verb introduces (its first span: `first_spans` by id() of the quote)
    the speaker of the quotes that hold its words, if they agree (in place)."""
    keys = [_key(q.text) for q in quotes]
    whole: dict[tuple[str, ...], list[int]] = {}
    inside: dict[tuple[str, ...], list[int]] = {}
    triples: list[set[tuple[str, ...]]] = [set() for _ in quotes]
    for i, (q, key) in enumerate(zip(quotes, keys)):
        if q.speaker and q.kind == "quote" and len(key) >= 2:
            whole.setdefault(key, []).append(i)
            triples[i] = _triples(key)
            for t in triples[i]:
                inside.setdefault(t, []).append(i)
    for q, key in zip(quotes, keys):
        if q.speaker or id(q) not in first_spans or len(key) < 2 or _introduced(ctx, first_spans[id(q)]):
            continue
        sources = [quotes[i] for i in _speaker_of_echo(key, whole, inside, triples)]
        if sources and len({(s.speaker, tuple(s.speakers or ())) for s in sources}) == 1:
            q.speaker, q.speakers, q.role = sources[0].speaker, sources[0].speakers, sources[0].role
