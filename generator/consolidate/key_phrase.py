"""The story's key phrase, for a story that is not one happening: what its titles and leads are about.

A business story over months ('Galaxy S5 sales stronger than Galaxy S4', 'Top job shake up possible after
Galaxy S5 sales disappoint') shares no event noun: its titles share a name with the common noun it is about.
The key phrase is a run of capitalised words (one to three, no month, weekday or function word) and the
lower-case word after it ('Galaxy S5 sales'), as the titles and leads of at least two sources write it, one
of them a title; a title counts twice (it says what the article is about), then the longer phrase wins.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.lexicon.events import NOT_MODIFIERS
from generator.lexicon.persons import PERSON_OR_DESCRIPTION_NOUN
from generator.model.briefing import Briefing
from generator.text.matching import STOPWORDS, fold
from generator.text.title_case import sentence_case

_PHRASE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3})([a-z][a-z-]{2,})\b((?:\s+[a-z][a-z-]{2,}\b){0,2})")
_MAX_NAME_WORDS = 3
#: A person's role ('leader', 'chancellor', 'spokesman'), singular or plural.
_ROLE = re.compile(rf"(?:{PERSON_OR_DESCRIPTION_NOUN})s?")


def _plain(word: str) -> str:
    return re.sub(r"['’]s$", "", fold(word)).strip(".")


def _key(surface: str) -> str:
    """What two spellings of one phrase share ('Galaxy S5’s sales' / 'galaxy s5 sales')."""
    return fold(surface).replace("’", "'").replace("'s ", " ")


def _phrases(text: str) -> set[tuple[str, str]]:
    """(key, surface) of each name + noun phrase in `text`, the name's tails included ('Galaxy S5 sales',
    'S5 sales')."""
    out = set()
    for m in _PHRASE.finditer(text):
        noun = m.group(2)
        if noun in STOPWORDS or noun in NOT_MODIFIERS or _ROLE.fullmatch(noun):
            continue        # 'Tory leader' names a person, not what the story is about
        name = m.group(1).split()
        for k in range(len(name)):
            tail = name[k:]
            if any(_plain(w) in STOPWORDS or _plain(w) in NOT_MODIFIERS for w in tail):
                continue
            surface = " ".join([*tail, noun])
            out.add((_key(surface), surface))
    return out


def _compounds(text: str) -> set[tuple[str, str]]:
    """(key, surface) of each name + two or three lower-case words ('EU software patent law'): the longer forms
    a key phrase may take when titles share them."""
    out = set()
    for m in _PHRASE.finditer(text):
        more = m.group(3).split()
        words = [m.group(2)]
        for w in more:
            if w in STOPWORDS or w in NOT_MODIFIERS:
                break
            words.append(w)
            surface = " ".join([*m.group(1).split(), *words])
            out.add((_key(surface), surface))
    return out


def key_phrase(briefings: list[Briefing]) -> tuple[Optional[str], list[str]]:
    """(the phrase most titles and leads share, the sources that write it), or (None, [])."""
    sources: dict[str, set[str]] = {}
    titles: Counter[str] = Counter()
    surfaces: dict[str, Counter] = {}
    for b in briefings:
        title = _phrases(sentence_case(b.source.title or "", b.body))      # Title Case read as a sentence
        for key, surface in title | _phrases("\n".join(b.body[:LEAD_PARAGRAPHS])):
            sources.setdefault(key, set()).add(b.source.id)
            surfaces.setdefault(key, Counter())[surface] += 1
        titles.update({key for key, _ in title})
    shared = [k for k in sources if len(sources[k]) >= 2 and titles[k]]
    if not shared:
        return _title_words_phrase(briefings, titles, surfaces)
    best = max(shared, key=lambda k: (len(sources[k]) + titles[k], len(k.split()), k))
    return _longest_shared(briefings, best, surfaces[best].most_common(1)[0][0]), sorted(sources[best])


def _title_words_phrase(briefings: list[Briefing], titles: Counter[str],
                        surfaces: dict[str, Counter]) -> tuple[Optional[str], list[str]]:
    """A phrase one title writes whose every word at least two titles carry, when no phrase is shared ('Howard
    dismisses Tory tax fears', 'Tory leader unveils spending plan', 'Howard and Blair tax pledge clash': 'Tory
    tax'); the one whose words the most titles carry.  Its sources: the titles that carry all of its words."""
    words = [set(fold(sentence_case(b.source.title or "", b.body)).split()) for b in briefings]
    count = Counter(w for title in words for w in title)
    fits = [k for k in titles if len(k.split()) > 1 and all(count[w] >= 2 for w in k.split())]
    if not fits:
        return None, []
    best = max(fits, key=lambda k: (sum(count[w] for w in k.split()), len(k.split()), k))
    carriers = sorted(b.source.id for b, title in zip(briefings, words) if set(best.split()) <= title)
    return surfaces[best].most_common(1)[0][0], carriers


def _longest_shared(briefings: list[Briefing], key: str, surface: str) -> str:
    """The phrase grown by the words after it that at least two titles write with it ('EU software' -> 'EU
    software patent law'), else the phrase."""
    longer: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for b in briefings:
        for k, s in _compounds(sentence_case(b.source.title or "", b.body)):
            if k.startswith(key + " "):
                longer[k] += 1
                spelled[k] = s
    grown = [k for k, n in longer.items() if n >= 2]
    return spelled[max(grown, key=lambda k: (len(k.split()), k))] if grown else surface


_NAME_RUN = re.compile(r"(?<![\w-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2}")
_CAPITALISED = re.compile(r"(?<![\w-])([A-Z][\w’'-]*[A-Za-z0-9])")


def title_name(briefings: list[Briefing], people_words: frozenset[str], share: float = 1 / 3) -> Optional[str]:
    """The name most titles carry ('Oscars' in 'Hollywood ready for Oscars night', 'Briton wins short film Oscar';
    'Veritas', 'MH370'): a capitalised word of at least two titles and `share` of them, no person's name (people
    are no event's name), no sentence or function word; its most common spelling."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter] = {}
    titles = [sentence_case(b.source.title or "", b.body) for b in briefings]
    inside = {_plain(m.group(1)) for title in titles for m in _CAPITALISED.finditer(title) if m.start() > 0}
    for title in titles:    # a title's first word is capitalised whatever it is: a name only if another title
        words = {m.group(1) for m in _CAPITALISED.finditer(title) if m.start() > 0 or m.group(1).isupper()  # has it
                 or any(ch.isdigit() for ch in m.group(1)) or _plain(m.group(1)) in inside}     # inside ('WorldCom')
        keys = {_plain(w).rstrip("s"): w for w in words if _plain(w) not in STOPWORDS and _plain(w) not in NOT_MODIFIERS
                and w not in people_words and re.sub(r"['’]s$", "", w) not in people_words}
        counts.update(keys.keys())
        for key, word in keys.items():
            spellings.setdefault(key, Counter())[re.sub(r"['’]s$", "", word)] += 1
    if not counts:
        return None
    key, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if n < 2 or n < share * len(briefings):
        return None
    word = spellings[key].most_common(1)[0][0]
    return _run_with(titles, word, people_words) or word


def _run_with(titles: list[str], word: str, people_words: frozenset[str]) -> Optional[str]:
    """The capitalised run of names around `word` that at least two titles write ('Man Utd' for 'Utd')."""
    runs: Counter[str] = Counter()
    for title in titles:
        for m in _NAME_RUN.finditer(title):
            words = [w for w in m.group(0).split() if w not in people_words]
            if len(words) > 1 and any(re.sub(r"['’]s$", "", w) == word for w in words):
                runs[" ".join(re.sub(r"['’]s$", "", w) for w in words)] += 1
    shared = [(n, len(run), run) for run, n in runs.items() if n >= 2]
    return max(shared)[2] if shared else None


__all__ = ["key_phrase", "title_name"]
