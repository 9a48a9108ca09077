"""The measured size of the event itself: an earthquake's magnitude ('an 8.9-magnitude tremor', 'measured at
8.9', 'upgraded the magnitude … to 9.0').  A magnitude is written as an attribute ('8.9-magnitude'), which no
count reading takes, and it is revised as the measurements come in: `slots` compares it as a slot of its own,
and shows it as an update when a source marks a value revised.

Only the story's own event: a sentence that dates what it measures (a year, a day of a month, 'ago') is about
another quake ('the 2004 magnitude-9.1 Sumatra quake'), and values more than `SAME_EVENT` apart are two quakes
(a 7.1 aftershock); a forecast ('magnitude 7 or greater') carries no decimal.  General words only.
"""
from __future__ import annotations

import re

from generator.consolidate.readings import Reading
from generator.lexicon.calendar import MONTH_NAMES
from generator.model.briefing import Briefing
from generator.text.sentences import split_sentences

#: Magnitudes further apart than this are two events (a main shock and an aftershock).
SAME_EVENT = 0.5
_VALUE = r"(\d\.\d)\b(?!\s*(?:%|per|times|metres|meters|km|kilometres|miles|million|billion))"
_MAGNITUDE = re.compile(
    rf"\b{_VALUE}[\s-]magnitude"
    rf"|\bmagnitude(?:[\s-]|\s+of\s+){_VALUE}"
    rf"|\bmagnitude\s+of\s+[^.;,]{{0,60}}?\s+to\s+{_VALUE}"
    rf"|\b(?:quake|earthquake|tremor)\s+(?:at|to)\s+{_VALUE}"
    rf"|\b(?:upgraded|revised|raised|downgraded|lowered)\s+(?:it\s+)?(?:from|to)\s+{_VALUE}"
    rf"|\b(?:[Mm]easured|registered)\s+(?:at\s+)?{_VALUE}", re.I)
_ABOUT = re.compile(r"\b(?:magnitude|quake|earthquake|tremor)", re.I)
_ELSEWHERE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\bago\b|\b(?:\d{1,2}\s+(?:" + "|".join(MONTH_NAMES) + r")|(?:"
                        + "|".join(MONTH_NAMES) + r")\s+\d{1,2})\b", re.I)
_REVISED = re.compile(r"\b(?:upgrade[sd]|revise[sd]|raise[sd]|downgrade[sd]|lower(?:ed|s)|now)\b[^.;]{0,60}$", re.I)
_EARLIER = re.compile(r"\b(?:originally|initially|first|from|earlier)\b[^.;]{0,30}$", re.I)

SLOT = ("measure", "magnitude")
SUBJECT = "magnitude of the earthquake"


def _stage(before: str) -> int:
    """-1 for a value the sentence calls the earlier one ('originally put at 8.9', 'upgraded from 8.9'),
    +1 for the revised one ('upgraded the magnitude … to 9.0'), else 0."""
    if _EARLIER.search(before[-40:]):
        return -1
    return 1 if _REVISED.search(before[-80:]) else 0


def magnitude_readings(briefings: list[Briefing]) -> list[Reading]:
    """Each source's magnitudes of the story's quake, as slot readings."""
    out = []
    for b in briefings:
        published = str(b.source.published)[:10] if b.source.published else None
        for i, para in enumerate(b.body, start=1):
            if not _ABOUT.search(para):
                continue
            for sentence in split_sentences(para):
                text = sentence.text
                if _ELSEWHERE.search(text):
                    continue
                for m in _MAGNITUDE.finditer(text):
                    shown = next(g for g in m.groups() if g)
                    value = float(shown)
                    out.append(Reading(b.source.id, SLOT, SUBJECT, value, value, value, f"magnitude {shown}", text,
                                       i, published, _stage(text[:m.start(m.lastindex or 0)]), False))
    return out


def is_measure(r: Reading) -> bool:
    return r.slot[0] == SLOT[0]


__all__ = ["SAME_EVENT", "SLOT", "is_measure", "magnitude_readings"]
