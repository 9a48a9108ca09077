"""Verb forms (data/irregular-pasts.txt): what tells a clause's tense when no auxiliary does."""
from __future__ import annotations

from generator.lexicon.load import words

#: 'was', 'took', 'began' …: irregular pasts (forms that are also present, 'put', 'set', are not in it).
IRREGULAR_PASTS: frozenset[str] = words("irregular-pasts")
#: 'began', 'ended' …: verbs whose object is a stretch of time ('began 2005 with a win'): data/period-verbs.txt.
PERIOD_VERBS: frozenset[str] = words("period-verbs")
#: Modals: a clause led by one tells no plain present ('before they would enter').
MODALS: frozenset[str] = frozenset("will would shall should can could may might must".split())
#: Auxiliaries: the modals and the forms of 'be', 'have' and 'do' that carry a clause's tense ('the Royal Prerogative
#: is', 'the Marshall Plan had'): after a name, a verb, not the noun the name modifies ('the Ray Charles biopic').
AUXILIARIES: frozenset[str] = MODALS | frozenset("is was are were be been has have had does did".split())
#: Words of a stance that frame a person's view as a reporting verb would ('Ruddock, though, is keen to protect his
#: players. “…”': the quote after it is his).
STANCE_WORDS: frozenset[str] = frozenset("keen determined eager adamant confident convinced desperate anxious".split())
#: Verbs of opinion that a sentence may end on, inverted before the person who holds the view ('… will grow with 3G,
#: thinks Paolo Pescatore of IDC.'): that person is who the sentence is about, as after 'says'.
OPINION_VERBS: frozenset[str] = frozenset("thinks believes reckons feels suspects fears".split())
