"""The same statement by the same speaker in several sources, also when translated differently.

Quotes are blocked by (merged) speaker, and within a speaker by shared words through an inverted index,
so each quote is compared with a few candidate statements, never with every other quote.  Two quotes are
one statement when (a) most content words of the shorter appear in the longer (two translations of one
sentence: at least three shared and 70% of the shorter, or five and half), (b) they share a verbatim clause or the shorter is contained in the longer (a fragment quoted
by one source, the full sentence by another), or (c) both are fragments completing the same lead-in
("some of Putin's demands “are simply in vain”" / "… “are simply non-starters”").
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from generator.consolidate.entities import EntityIndex, name_parts
from generator.lexicon.cues import REPORTING_VERBS
from generator.model.briefing import Briefing, Quote, QuoteGroup, QuoteRef, joint_name
from generator.text.matching import STOPWORDS, content_tokens, fold, overlap, words

_LEAD_WORDS = 8
_TAIL_CHARS = 160           # enough for the lead-in's words in almost any paragraph (else: the whole text)


@dataclass
class _Item:
    source: str
    quote: Quote
    words: list[str]
    tokens: frozenset[str]
    lead: frozenset[str]


@dataclass
class _Statement:
    items: list[_Item] = field(default_factory=list)
    wordings: dict[tuple, _Item] = field(default_factory=dict)   # distinct wordings, compared once each


def lead_in(q: Quote, body: list[str], speaker: str | None) -> frozenset[str]:
    """Content words just before a quote in its paragraph, without the speaker's name or the reporting verb."""
    if not q.paragraph or q.paragraph > len(body):
        return frozenset()
    para = body[q.paragraph - 1]
    at = para.find(q.text[: max(8, len(q.text) // 2)])
    if at <= 0:
        return frozenset()
    name = {fold(w) for w in (" ".join(name_parts(speaker)[0]) + " " + name_parts(speaker)[1]).split()} if speaker else set()
    tail = [w for w in last_words(para[:at], _LEAD_WORDS) if w not in REPORTING_VERBS and w not in name]
    return frozenset(content_tokens(" ".join(tail)))


def last_words(text: str, n: int) -> list[str]:
    """`words(text)[-n:]`, tokenising only the end of a long text.  Cutting the text can change only the
    words made from the word it cuts ("can not" -> "cannot", "it's" -> "it is": at most two), so the last
    `n` of a tail that yields `n + 3` or more are the text's own."""
    tail = text[-_TAIL_CHARS:]
    found = words(tail) if len(tail) < len(text) else []
    if len(found) < n + 3:
        found = words(text)
    return found[-n:]


def _translation(a: _Item, b: _Item) -> bool:
    """(a) The same content words, mostly: one statement translated or paraphrased by two sources."""
    shared = len(a.tokens & b.tokens)
    return (shared >= 3 and overlap(a.tokens, b.tokens) >= 0.7) or (shared >= 5 and overlap(a.tokens, b.tokens) >= 0.5)


def _shared_clause(a: _Item, b: _Item, align_always: bool = False) -> bool:
    """(b) One quote inside the other (two or more words with content, unless short quotes after different
    lead-ins), or a verbatim run of five words with three content words.  The alignment is skipped when no
    run of the shorter quote's words that the longer one holds is long enough (`align_always` does it anyway:
    the tests compare the two)."""
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    present = _longest_present_run(short.words, set(long_.words))
    if not (align_always or present == len(short.words) or present >= 5):
        return False
    match = SequenceMatcher(None, short.words, long_.words, autojunk=False).find_longest_match(
        0, len(short.words), 0, len(long_.words))
    run = short.words[match.a: match.a + match.size]
    run_content = [w for w in run if w not in STOPWORDS]
    leads_differ = bool(a.lead and b.lead and not a.lead & b.lead)
    if match.size == len(short.words) and match.size >= 2 and run_content and not (match.size <= 3 and leads_differ):
        return True
    return match.size >= 5 and len(run_content) >= 3


def _fragments_of_one_lead(a: _Item, b: _Item) -> bool:
    """(c) Short or partial quotes after the same lead-in ('the president warned that …') that start alike
    or share a content word."""
    fragments = min(len(a.words), len(b.words)) <= 6 or (a.quote.partial and b.quote.partial)
    return (fragments and len(a.lead & b.lead) >= 2 and overlap(a.lead, b.lead) >= 0.6
            and (a.words[:1] == b.words[:1] or bool(a.tokens & b.tokens)))


def same_statement(a: _Item, b: _Item) -> bool:
    """(a) translation, (b) shared clause or containment, (c) fragments completing the same lead-in."""
    return _translation(a, b) or _shared_clause(a, b) or _fragments_of_one_lead(a, b)


def _longest_present_run(words_: list[str], present: set[str]) -> int:
    """The most consecutive words of `words_` found in `present`: an upper bound on the longest run that
    two word lists share, got without aligning them."""
    best = run = 0
    for w in words_:
        run = run + 1 if w in present else 0
        if run > best:
            best = run
    return best


def _speaker_key(q: Quote, entities: EntityIndex) -> tuple[str, list[str] | None]:
    """A quote's merged speaker ("" for none), and for people speaking together each one's merged name."""
    names = q.speaker_names()
    if len(names) > 1:
        merged = [entities.canonical(n, "person") or n for n in names]
        return joint_name(merged), merged
    known_org = q.speaker and ("organization", fold(q.speaker).strip()) in entities.names
    return entities.canonical(q.speaker, "organization" if known_org else "person") or "", None


def _items(briefings: list[Briefing], entities: EntityIndex) -> dict[str, list[_Item]]:
    """Quotes by merged speaker.  Lead-ins are only ever compared between quotes of one named speaker, so
    only those are worked out."""
    by_speaker: dict[str, list[tuple[_Item, list[str]]]] = defaultdict(list)
    for b in briefings:
        for q in b.quotes:
            speaker, _ = _speaker_key(q, entities)
            item = _Item(b.source.id, q, words(q.text), frozenset(content_tokens(q.text)), frozenset())
            by_speaker[speaker].append((item, b.body))
    for speaker, items in by_speaker.items():
        if speaker and len(items) > 1:
            for item, body in items:
                item.lead = lead_in(item.quote, body, item.quote.speaker)
    return {speaker: [item for item, _ in items] for speaker, items in by_speaker.items()}


#: A word in more of one speaker's statements than this says nothing about which one a quote repeats; it
#: is left out of the candidate search (all 220 WikiRef articles as one corpus: no word in more than 12).
_COMMON_WORD = 64
#: Comparisons one quote may make before it is taken as a new statement: the candidates sharing most words
#: come first.  The 220 WikiRef articles as one corpus need at most 41; a transcript of one speaker saying thousands of
#: different things would otherwise compare every quote with every statement.
_MAX_COMPARISONS = 64


def _candidates(item: _Item, index: dict[str, set[int]]) -> list[int]:
    """Statements that share a word with `item`, in the order they were first seen: those sharing most
    words, when there are more than can be compared."""
    shared: Counter[int] = Counter()
    for t in item.tokens | item.lead:
        if len(index[t]) <= _COMMON_WORD:
            shared.update(index[t])
    if len(shared) > _MAX_COMPARISONS:
        return sorted(sid for sid, _ in shared.most_common(_MAX_COMPARISONS))
    return sorted(shared)


def _first_match(item: _Item, statements: list[_Statement], candidates: list[int]) -> int | None:
    """The first candidate statement one of whose wordings `item` repeats, within the comparison budget."""
    budget = _MAX_COMPARISONS
    for sid in candidates:
        for other in statements[sid].wordings.values():
            if budget == 0:
                return None
            budget -= 1
            if same_statement(item, other):
                return sid
    return None


def _cluster(items: list[_Item], fuzzy: bool) -> list[_Statement]:
    statements: list[_Statement] = []
    exact: dict[tuple, int] = {}
    index: dict[str, set[int]] = defaultdict(set)
    for item in items:
        key = tuple(item.words)
        if key in exact:
            statements[exact[key]].items.append(item)
            continue
        found = _first_match(item, statements, _candidates(item, index)) if fuzzy else None
        if found is None:
            found = len(statements)
            statements.append(_Statement())
        statements[found].items.append(item)
        statements[found].wordings[key] = item
        exact[key] = found
        for t in item.tokens | item.lead:
            index[t].add(found)
    return statements


def group_quotes(briefings: list[Briefing], entities: EntityIndex) -> list[QuoteGroup]:
    """One group per speaker and statement, each source's wording kept; shared statements first."""
    groups: list[QuoteGroup] = []
    for speaker, items in _items(briefings, entities).items():
        for st in _cluster(items, fuzzy=bool(speaker)):
            roles = Counter(i.quote.role for i in st.items if i.quote.role)
            groups.append(QuoteGroup(
                speaker=speaker or None, speakers=_speaker_key(st.items[0].quote, entities)[1],
                role=roles.most_common(1)[0][0] if roles else None,
                sources=[QuoteRef(i.source, i.quote.id, i.quote.text, i.quote.paragraph)
                         for i in st.items]))
    groups.sort(key=lambda g: (-len({s.source for s in g.sources}), g.speaker or "~", g.sources[0].source))
    return groups
