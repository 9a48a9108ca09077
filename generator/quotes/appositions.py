"""A person named with an apposition that runs up to the reporting verb without its closing comma.

'Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water told CBS', '"…," Laah
Chong-gyu, executive director of Korea Development Bank - one of the firm's creditors - said': the name opening
the clause speaks, not the last capitalised words before the verb.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE
from generator.lexicon.persons import PERSON_NOUNS
from generator.mentions.name_words import canonical_name
from generator.quotes.speaker_context import ArticleContext, Subject
from generator.quotes.subject_phrases import surface_subject


def unclosed_apposition(ctx: ArticleContext, p: int, sent_start: int, cue_start: int) -> Optional[Subject]:
    """'Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water told CBS': the
    name opening the clause whose apposition runs up to the verb without its closing comma."""
    masked = ctx.masked[p]
    m = _OPEN_APPOSITION.match(masked, sent_start, cue_start)
    if not m or CUE_RE.search(masked, m.end(1), cue_start):
        return None
    name = ctx.table.ending_at(p, m.end(1))
    if name:
        return Subject("person", name, m.start(1))
    found = surface_subject(m.group(1), m.start(1))
    if found and found.kind == "surface" and PERSON_APPOSITION.match(masked, m.end(1), cue_start):
        return Subject("person", canonical_name(found.text), found.at)   # a person, though 'Angus' is in no list
    return found


#: An apposition that describes a person: ", the retired air chief marshal in charge of …".
PERSON_APPOSITION = re.compile(rf",\s+(?:a|an|the|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{PERSON_NOUNS}|marshal)s?\b",
                                re.I)


#: An optional quote and introductory phrase, a capitalised name, then ", a/the …" (or a bare title, as British
#: news writes it: ", executive director of …") up to the verb.
_OPEN_APPOSITION = re.compile(r"(?:[^_]*_[_.,!?…]*[”\"’»]?,?\s*)?(?:[^,_]{0,60},\s*)?"
                              r"((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),\s+(?:(?:a|an|the|[A-Z]\w*[’']s)\s+|"
                              rf"(?=(?:[a-z][\w-]*\s+){{0,2}}(?:{PERSON_NOUNS})\s))[^_]*$")   # ", executive director of"


__all__ = ["PERSON_APPOSITION", "unclosed_apposition"]
