"""Stopword density per line, with the page's language guessed from justext's stoplists.

Prose is dense in function words ("the", "of", "que", "и"); menus, headlines and credits are not.
That is justext's observation, and it holds in every language it ships a stoplist for, so the
page's language is guessed first (the stoplist covering most of its tokens) and then used per line.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain

#: Languages considered; small or exotic stoplists are left out because they match English noise.
LANGUAGES = (
    "English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Russian", "Ukrainian", "Polish",
    "Czech", "Slovak", "Swedish", "Danish", "Norwegian_Bokmal", "Finnish", "Turkish", "Indonesian", "Malay",
    "Korean", "Greek", "Hungarian", "Romanian", "Vietnamese", "Arabic", "Persian", "Hindi", "Bulgarian", "Serbian",
    "Croatian", "Catalan", "Hebrew", "Tagalog",
)
WORD = re.compile(r"\w+", re.U)
_SAMPLE_TOKENS = 800


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext  # a dependency: missing, it is an error (checked at start), not English only

    return {name: frozenset(justext.get_stoplist(name)) for name in LANGUAGES}


@lru_cache(maxsize=1)
def _word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, words in _stoplists().items():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def guess_stoplist(tokens: list[str]) -> frozenset[str]:
    """The stoplist of the language whose function words cover most of `tokens` (lower-cased)."""
    index = _word_languages()
    hits = Counter(chain.from_iterable(index.get(token, ()) for token in tokens[:_SAMPLE_TOKENS]))
    if not hits:
        return _stoplists().get("English", frozenset())
    return _stoplists()[hits.most_common(1)[0][0]]
