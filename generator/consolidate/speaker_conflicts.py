"""Who said a statement: the same words put in the mouths of two different people by two sources.

Quotes are keyed by their folded words (at least `_MIN_WORDS`, so a stock phrase is never a statement); a key
whose named speakers (merged by the entity index, people only) differ between sources is a conflict about
the speaker.  A quote with no speaker, or an organisation speaking, says nothing about who said it.  One
dictionary pass: linear in the quotes."""
from __future__ import annotations

from collections import defaultdict

from generator.consolidate.entities import EntityIndex
from generator.consolidate.name_keys import looks_like_name, name_parts, translit_key
from generator.lexicon.names import not_a_person_name
from generator.model.briefing import Briefing, Conflict, ConflictValue, Evidence
from generator.text.matching import slug, words

_MIN_WORDS = 8        # shorter quotes ('we will respond') are said by many people
_SHOWN_WORDS = 12     # the statement as the conflict's subject


def _surname(name: str) -> str:
    """'Omar al-Baljiki' and 'Baljiki' share one: one person under two names, never a disagreement."""
    surname = name_parts(name)[1].split()[-1] if name_parts(name)[1] else name
    return translit_key(surname.split("-")[-1])


def speaker_conflicts(briefings: list[Briefing], entities: EntityIndex) -> list[Conflict]:
    people = {e.name for e in entities.entities if e.kind == "person" and looks_like_name(e.name)
              and not not_a_person_name(e.name)}
    said: dict[tuple[str, ...], dict[str, list[tuple[str, str, int | None]]]] = defaultdict(lambda: defaultdict(list))
    for b in briefings:
        for q in b.quotes:
            key = tuple(words(q.text))
            speaker = entities.canonical(q.speaker, "person") if q.speaker else None
            if len(key) >= _MIN_WORDS and speaker in people:
                said[key][speaker].append((b.source.id, q.text, q.paragraph))
    out = []
    for key, by_speaker in said.items():
        sources = [{sid for sid, _, _ in items} for items in by_speaker.values()]
        if (len(by_speaker) < 2 or not any(a != b for i, a in enumerate(sources) for b in sources[:i])
                or len({_surname(s) for s in by_speaker}) < 2):
            continue
        subject = "“" + " ".join(key[:_SHOWN_WORDS]) + ("…" if len(key) > _SHOWN_WORDS else "") + "”"
        values = [ConflictValue(value=speaker, sources=sorted({sid for sid, _, _ in items}),
                                evidence=[Evidence(sid, paragraph, text) for sid, text, paragraph in items])
                  for speaker, items in by_speaker.items()]
        values.sort(key=lambda v: (-len(v.sources), str(v.value)))
        out.append(Conflict(id="speaker-" + slug(" ".join(key[:6])), subject=subject, attribute="who said it",
                            values=values))
    return out
