"""Titles of works written like people's names: 'Clinton Cash' in 'the book Clinton Cash' or 'Clinton Cash, a
book by …' is a book, and a quotation of capitalised words only ('“Giant Screen Obama”') a title or a
nickname, so it gets no person page (issue 15)."""
from __future__ import annotations

import re
from typing import Iterable

from generator.lexicon.function_words import PREPOSITIONS, SUBORDINATORS
from generator.lexicon.works import WORK_NOUNS

_NOUNS = "|".join(sorted(WORK_NOUNS, key=len, reverse=True))
_TITLE = r"[“\"‘']?([A-Z][\w’'-]*(?:\s+(?:(?:of|the|and)\s+)?[A-Z][\w’'-]*){0,5})[”\"’']?"
#: 'the book Clinton Cash', 'his 2015 documentary “X”', 'author of X' (a determiner before the noun: 'polls show
#: Clinton ahead' names no show)
_BEFORE = re.compile(rf"\b(?:(?:the|a|an|his|her|their|its|new|latest|\d{{4}})\s+(?:[\w-]+\s+)?(?:{_NOUNS})"
                     rf"(?:\s+(?:titled|called|entitled))?|author of|authored)\s+{_TITLE}")
#: 'Clinton Cash, a book by …', '“X”, the 2015 film' (not 'Jones, the newspaper's editor', 'a film director')
_AFTER = re.compile(rf"{_TITLE},?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:{_NOUNS})"
                    rf"(?=\s+(?:by|about|on|from|that|which|written|directed|published|released)\b|\s*[,.;)])")

#: A whole quotation that is only capitalised words ('less sure about “Giant Screen Obama”', '“South Side Girl”'):
#: a title or a nickname, not a person's name.
_QUOTED = re.compile(r"[“\"]([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,5})[”\"]")

#: A quoted name after 'as', its comma or full stop inside the quotation marks ('actor Jane Roe as “Tom Baxter,” a
#: coach', 'known as “The Butcher.”'): a role played or a nickname, not another person.
_QUOTED_ROLE = re.compile(r"\bas\s+[“\"]([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})[,.]?[”\"]")

#: A capitalised sentence opener, not a title ('In the documentary, Smith said', 'When the film opened'): a
#: preposition or a subordinator.
_OPENERS = PREPOSITIONS | SUBORDINATORS


def work_titles(texts: Iterable[str]) -> set[str]:
    """The titles the texts call a work (as written)."""
    out: set[str] = set()
    for text in texts:
        for rx in (_BEFORE, _AFTER, _QUOTED, _QUOTED_ROLE):
            out.update(m.group(1).strip() for m in rx.finditer(text)
                       if m.group(1)[:1].isupper() and m.group(1).split()[0].casefold() not in _OPENERS)
    return out


__all__ = ["work_titles"]
