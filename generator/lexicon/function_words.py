"""Function words by class (data/function-words.txt): articles, prepositions, conjunctions and subordinators.
Each stage that skips or stops at such words takes the classes it needs from here, not a list of its own."""
from __future__ import annotations

from generator.lexicon.load import rows

_ROWS = rows("function-words")


def _of_class(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _ROWS if name in row[1:])


#: 'the', 'a', 'an'.
ARTICLES = _of_class("article")
#: 'in', 'amid', 'following' …: a phrase opening on one leans on a noun ('In the search for the plane.').
PREPOSITIONS = _of_class("preposition")
#: 'and', 'or', 'but' …
CONJUNCTIONS = _of_class("conjunction")
#: 'when', 'while', 'although' …: a clause opening on one leans on a main clause.
SUBORDINATORS = _of_class("subordinator")
#: Every function word of the list, lower case.
FUNCTION_WORDS = ARTICLES | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS
#: The same as a sentence opens with them ('The', 'In', 'While'): never the first word of a name or a place.
CAPITALISED_FUNCTION_WORDS = frozenset(w.capitalize() for w in FUNCTION_WORDS)
