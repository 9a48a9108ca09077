"""Verb forms (data/irregular-pasts.txt): what tells a clause's tense when no auxiliary does."""
from __future__ import annotations

from generator.lexicon.load import words

#: 'was', 'took', 'began' …: irregular pasts (forms that are also present, 'put', 'set', are not in it).
IRREGULAR_PASTS: frozenset[str] = words("irregular-pasts")
#: Modals: a clause led by one tells no plain present ('before they would enter').
MODALS: frozenset[str] = frozenset("will would shall should can could may might must".split())
