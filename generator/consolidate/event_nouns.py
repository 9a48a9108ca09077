"""The nouns that name what happened ('attacks', 'auction', 'trial'), as text writes them, and the lead a
source names the event in: shared by what happened (`story`) and where (`story_place`)."""
from __future__ import annotations

import re

from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.lexicon.events import CAPITALISED_EVENT_HEADS, DISPUTE, DISPUTE_NOUNS, EVENT_KINDS
from generator.model.briefing import Briefing

#: An event noun, singular or plural (group 2: the plural ending).
EVENT_NOUN = re.compile(r"\b(" + "|".join(sorted(EVENT_KINDS, key=len, reverse=True))
                        + "".join(rf"|(?<=[A-Za-z] )(?-i:{h})" for h in sorted(CAPITALISED_EVENT_HEADS)) + r")(s|es)?\b", re.I)


def lead_text(b: Briefing) -> str:
    """A source's title and first paragraphs: where news states the event."""
    return "\n".join([b.source.title or "", *b.body[:LEAD_PARAGRAPHS]])


def event_lemma(noun: str) -> str:
    """The event noun's singular as the lexicon lists it ('attacks' -> 'attack', 'launches' -> 'launch'); one lemma
    for the nouns of a dispute ('rift', 'feud' -> 'dispute')."""
    n = noun.lower()
    if noun in CAPITALISED_EVENT_HEADS:
        return n
    lemma = n if n in EVENT_KINDS else n.rstrip("s") if n.rstrip("s") in EVENT_KINDS else n[:-2]
    return DISPUTE if lemma in DISPUTE_NOUNS else lemma


__all__ = ["EVENT_NOUN", "event_lemma", "lead_text"]
