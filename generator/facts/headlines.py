"""Headline facts: typed facts built from mentions, and their ranking (1 = what a reader needs first).

Rank follows what makes a fact worth a glance: it carries a number, names a person, sits in the lede,
echoes the headline, and (across sources, `rerank_by_corroboration`) is told by other sources too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import AbstractSet

from generator.facts.counts import NumberMention
from generator.lexicon.numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS
from generator.model.briefing import Briefing, Fact, Note, Person
from generator.model.ids import short_hash, slugify
from generator.text.clauses import in_writers_voice, short_clause
from generator.text.sentences import split_sentences

#: Not `text.matching.STOPWORDS`, on purpose: these words make each text fact's id (`key` in `sentence_facts`) and
#: weigh the lede, so the longer list would rename the demo's text facts (and orphan a person's corrections to them)
#: and reorder their ranks.
_STOPWORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
              "is", "are", "was", "were", "be", "been", "that", "this", "it", "its", "but", "not", "no", "more",
              "after", "over", "about", "into", "than", "their", "they", "has", "have", "had", "will", "would"}
#: A figure or a number word (lexicon.numbers) but 'one', which is a pronoun as often ('one of the', 'no one').
_STATES_A_NUMBER = re.compile(r"\d|\b(?:" + "|".join(w for w in (*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS) if w != "one")
                              + r")\b")
_KIND_WEIGHT = {"event": 5.0, "count": 4.0, "duration": 3.5, "person": 2.5, "text": 2.0, "title": 1.0,
                "date": 1.0}
#: Facts whose id names a person or a year rather than a finding: shared ids say nothing about agreement.
_BACKGROUND = ("title", "date")
_TITLE_IN_CORRECTION = re.compile(
    r"(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w’'-]+)+)\s+(?:is|was|serves as)\s+(?:the\s+)?"
    r"(?P<role>(?:[A-Z][a-z-]+\s+)*?[A-Z][a-z-]+(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<aff>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*))?(?=[,.;]|\s+(?:and|not|rather)\b)")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS and len(w) > 2}


def has_words(text: str | None) -> bool:
    """A statement says something: at least one word of two letters in any script (not '.', '— — —', '1 2 3')."""
    return bool(text and re.search(r"[^\W\d_]{2,}", text))


def statement_of(sentence: str, phrase: str, max_words: int = 35) -> str:
    """One readable sentence around `phrase`: the sentence itself, or when it is long its shortest start that
    ends at a clause boundary and carries the phrase; never a clause out of its middle, which has no subject
    ('Earning 18 seats.' of '…, while Golden Dawn had 6.9 per cent of the vote, earning 18 seats')."""
    text = sentence.strip()
    if len(text.split()) > max_words:
        text = short_clause(text, phrase, max_words) or text
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith((".", "!", "?", "”", "\"")) else text + "."


#: A sentence that opens inside a quote and does not close it: a quote's words, not the writer's statement.
_INSIDE_A_QUOTE = re.compile(r"\s*[“\"][^”\"]*$")


def number_facts(numbers: list[NumberMention]) -> list[Fact]:
    """Count and duration facts with stable ids ("count-troops-100000"); one per value and unit."""
    out: dict[str, Fact] = {}
    for n in numbers:
        if _INSIDE_A_QUOTE.match(n.sentence):
            continue        # '“As far as we are aware, the family, which controls at least 30% …': someone's words
        value = int(n.value) if float(n.value).is_integer() else n.value
        fact_id = slugify(f"{n.kind} {n.unit} {value}", max_words=12)
        if fact_id in out:
            continue
        out[fact_id] = Fact(id=fact_id, kind=n.kind, statement=statement_of(n.sentence, n.text), value=value,
                            unit=n.unit, qualifier=n.qualifier, paragraph=n.paragraph, evidence=n.sentence,
                            subject=n.subject)
    return list(out.values())


def _mention_sentence(body: list[str], needles: list[str]) -> tuple[int | None, str | None]:
    for i, para in enumerate(body, start=1):
        for sent in split_sentences(para):
            if all(n in sent.text for n in needles if n):
                return i, sent.text
    return None, None


def title_facts(people: list[Person], body: list[str], notes: list[Note]) -> list[Fact]:
    """A title fact per person with a role, plus titles that a correction notice states."""
    out: list[Fact] = []
    for person in people:
        if not person.role:
            continue
        surname = person.name.split()[-1]
        paragraph, evidence = _mention_sentence(body, [person.role, surname])
        aff = f" ({person.affiliation})" if person.affiliation else ""
        out.append(Fact(id="title-" + slugify(person.name), kind="title", value=person.role, subject=person.name,
                        statement=f"{person.name} is {person.role}{aff}.", paragraph=paragraph,
                        evidence=evidence))
    for note in notes:
        if note.kind != "correction":
            continue
        for m in _TITLE_IN_CORRECTION.finditer(note.text):
            name, role = m.group("name").strip(), m.group("role").strip()
            name = re.sub(r"^(?:.*\s)?(?:that|show|shows)\s+", "", name)
            if len(role.split()) < 2 and not m.group("aff"):
                continue
            aff = f" ({m.group('aff').strip()})" if m.group("aff") else ""
            out.append(Fact(id="title-" + slugify(name) + "-correction", kind="title", value=role, subject=name,
                            qualifier="correction", statement=f"{name} is {role}{aff} (correction).",
                            evidence=note.text))
    return out


#: A sentence cut inside a quote: its first quote mark closes one ('Xhosa works brilliantly," said Charles Hazlewood.').
_QUOTE_TAIL = re.compile(r"[^“”\"]*?(?:”|(?<=\S)\"(?=[\s.,;:!?]|$))")


def sentence_facts(body: list[str], title: str | None, people: list[Person], limit: int = 5,
                   cited: AbstractSet[str] = frozenset()) -> list[Fact]:
    """The sentences a reader should see first: the lede, numbers, named people, words of the headline.
    Sentences in `cited` are already the evidence of a typed fact and are not repeated."""
    title_words = _words(title or "")
    surnames = {p.name.split()[-1] for p in people}
    scored: list[tuple[float, int, str]] = []
    for i, para in enumerate(body, start=1):
        for sent in split_sentences(para):
            text = sent.text
            words = _words(text)
            if len(text.split()) < 8 or text.startswith(("“", "\"")) or text in cited or not has_words(text) \
                    or _QUOTE_TAIL.match(text) or in_writers_voice(text):
                continue        # fragments, bare quotes, a quote's tail ('… language," said X.'), rules (— — —), the writer's 'I'
            score = 3.0 / i
            score += 2.0 if _STATES_A_NUMBER.search(text) else 0.0
            score += 1.0 * sum(1 for s in surnames if s in text)
            score += 3.0 * len(words & title_words) / max(1, len(title_words))
            scored.append((score, i, text))
    scored.sort(key=lambda s: (-s[0], s[1]))
    out = []
    for _score, i, text in scored[:limit]:
        # a sentence in Cyrillic, Greek … has no ASCII words: hash all its words, or every such sentence gets one id
        key = " ".join(sorted(_words(text))[:6]) or " ".join(re.findall(r"\w+", text.lower()))
        slug = slugify(text, max_words=6)
        out.append(Fact(id="text-" + (slug + "-" if slug else "") + short_hash(key, 6), kind="text",
                        statement=statement_of(text, text, max_words=60), paragraph=i, evidence=text))
    return out


def _score(fact: Fact, title_words: set[str], surnames: set[str]) -> float:
    evidence = fact.evidence or fact.statement
    score = _KIND_WEIGHT.get(fact.kind, 1.0)
    score += 2.0 / fact.paragraph if fact.paragraph else 0.0
    score += 1.0 if fact.kind not in _BACKGROUND and any(s in evidence for s in surnames) else 0.0
    score += 2.0 * len(_words(evidence) & title_words) / max(1, len(title_words))
    if fact.kind == "text" and re.search(r"\d", evidence):
        score += 1.0
    return score


def rank_facts(facts: list[Fact], title: str | None, people: list[Person],
               bonus: dict[str, float] | None = None) -> list[Fact]:
    """Facts sorted by importance with `rank` filled (1 = first); `bonus` adds per fact id (corroboration)."""
    title_words = _words(title or "")
    surnames = {p.name.split()[-1] for p in people}
    bonus = bonus or {}
    ordered = sorted(facts, key=lambda f: (-(_score(f, title_words, surnames) + bonus.get(f.id, 0.0)),
                                           f.paragraph or 999, f.id))
    return [replace(f, rank=r) for r, f in enumerate(ordered, start=1)]


def rerank_by_corroboration(briefings: list[Briefing]) -> list[Briefing]:
    """Re-rank each source's facts, raising those whose id other sources also report."""
    seen: Counter = Counter()
    for b in briefings:
        seen.update({f.id for f in b.facts})
    out = []
    for b in briefings:
        bonus = {f.id: 1.5 * (seen[f.id] - 1) for f in b.facts if f.kind not in _BACKGROUND}
        out.append(replace(b, facts=rank_facts(b.facts, b.source.title, b.people, bonus)))
    return out
