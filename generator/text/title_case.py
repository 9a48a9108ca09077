"""A headline written in Title Case, read as a sentence: its common words in lower case.

'Carriers Are Blocking One Of The Best Features Of Samsung's New Galaxy Phone' capitalises every word, so a
rule that finds names as capitalised runs followed by a lower-case noun ('Galaxy S5 sales') sees one long
name.  The article's own body tells names from common words: a word it writes in lower case and never
capitalised inside a sentence ('phone', 'best') is no name; 'Samsung' and 'Galaxy' stay.
"""
from __future__ import annotations

import re

#: A headline is Title Case when at least this share of its words of four letters or more are capitalised.
TITLE_CASE_SHARE = 0.8
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: A word inside a sentence: after a lower-case letter, a digit or a comma and a space.
_MID_SENTENCE = re.compile(r"(?<=[a-z0-9,;] )([A-Z][\w’'-]*)")


def _stem(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def is_title_case(title: str) -> bool:
    long = [w for w in _WORD.findall(title) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def sentence_case(title: str, body: list[str]) -> str:
    """`title` with the words `body` writes as common words in lower case, when it is in Title Case; else
    unchanged.  The first word keeps its capital (a sentence's first word)."""
    if not is_title_case(title):
        return title
    text = "\n".join(body)
    lower = {w for w in _WORD.findall(text) if w[0].islower()}
    names = capitalised_words(text)

    def plain(m: re.Match) -> str:
        word = m.group(0)
        if m.start() == 0 or not word[0].isupper() or word.isupper() or _stem(word) in names:
            return word
        return word.lower() if _stem(word).lower() in lower else word

    return _WORD.sub(plain, title)


def capitalised_words(text: str) -> set[str]:
    """The words `text` capitalises inside a sentence (names: 'Samsung', 'Vogue'), without a possessive 's."""
    return {_stem(m.group(1)) for m in _MID_SENTENCE.finditer(text)}


__all__ = ["TITLE_CASE_SHARE", "capitalised_words", "is_title_case", "sentence_case"]
