"""Where the story's event ranks among its kind: 'The quake was the fifth-largest in the world since 1900'
against 'The Japan quake is now the fourth largest in the world since 1900'.  Two sources that rank the event
differently on one scale (largest, deadliest) over one span ('since 1900', 'on record') disagree.

Only the event itself: the sentence's subject names a happening (an event noun: quake, attack, crash …) and
the rank stands alone ('the fifth-largest in the world', not 'the third largest economy', which ranks a thing
the superlative names).  General words only.
"""
from __future__ import annotations

import re

from generator.consolidate.readings import Reading
from generator.lexicon.events import EVENT_KINDS
from generator.model.briefing import Briefing
from generator.text.matching import fold
from generator.text.sentences import split_sentences

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
#: Superlatives of one scale: a 'strongest' and a 'largest' quake rank on the same one.
_SCALES = {"largest": "largest", "biggest": "largest", "strongest": "largest", "most powerful": "largest",
           "deadliest": "deadliest", "worst": "deadliest", "most deadly": "deadliest", "costliest": "costliest",
           "most expensive": "costliest"}
_RANK = re.compile(r"^(?P<subject>[^,;]{3,80}?)\s+(?:is|was|has been|had been|became|becomes|ranks as)\s+(?:now\s+)?"
                   r"the\s+(?P<ord>" + "|".join(_ORDINALS) + r")[\s-](?P<sup>" + "|".join(_SCALES) + r")\b"
                   r"(?P<rest>[^;]{0,80})", re.I)
#: What the rank is counted over: from a year ('since 1900'), on record, in history, worldwide.
_SPAN = re.compile(r"\b(?:since\s+(?P<year>1[89]\d\d|20\d\d)|(?P<record>on record|in (?:recorded )?history|ever)|"
                   r"(?P<century>in the (?:past|last) century))\b", re.I)
#: After the superlative, words that keep it standing alone (a noun there would be the thing ranked).
_ALONE = re.compile(r"^\s*(?:$|[,.]|in\b|since\b|on\b|ever\b|worldwide\b|of\b|to\b|behind\b|after\b|and\b)", re.I)


def _names_event(subject: str) -> bool:
    return any(w.rstrip("s") in EVENT_KINDS or w in EVENT_KINDS for w in re.findall(r"[a-z]+", fold(subject)))


def _span(rest: str) -> str:
    m = _SPAN.search(rest)
    if not m:
        return ""
    return f"since {m.group('year')}" if m.group("year") else (m.group("record") or m.group("century")).lower()


def rank_readings(briefings: list[Briefing]) -> list[Reading]:
    """Each source's rank of the story's event on a scale over a span, as slot readings."""
    out = []
    for b in briefings:
        published = str(b.source.published)[:10] if b.source.published else None
        for i, para in enumerate(b.body, start=1):
            if " the " not in para:
                continue
            for sentence in split_sentences(para):
                m = _RANK.search(sentence.text)
                if not m or not _names_event(m.group("subject")) or not _ALONE.match(m.group("rest")):
                    continue
                scale, span = _SCALES[m.group("sup").lower()], _span(m.group("rest"))
                value = float(_ORDINALS[m.group("ord").lower()])
                subject = " ".join(x for x in ("rank among the", scale, span) if x)
                out.append(Reading(b.source.id, ("rank", scale, span), subject, value, value, value,
                                   m.group("ord").lower(), sentence.text, i, published, 0, False))
    return out


__all__ = ["rank_readings"]
