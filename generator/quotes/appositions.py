"""Who speaks when a name stands in apposition before the reporting verb.

'Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water told CBS', '"…," Laah
Chong-gyu, executive director of Korea Development Bank - one of the firm's creditors - said': the name opening
the clause speaks, not the last capitalised words before the verb.  'Mayor of Molenbeek, Ann Lee, said', 'The
actor, whose films include X, Y and Z, said': the person in apposition to a description, or the head of a
relative clause.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE
from generator.lexicon.persons import DESCRIPTION_NOUNS, PERSON_NOUNS
from generator.mentions.name_patterns import TITLE_WORDS
from generator.mentions.name_words import canonical_name
from generator.quotes.speaker_context import ArticleContext, Subject
from generator.quotes.subject_phrases import subject_at_end, surface_subject


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
#: news writes it: ", executive director of …"; or, with no comma at all, a title and its body: "Dr Mark Tuffy
#: games systems director at digital content firm THX told") up to the verb.
_OPEN_APPOSITION = re.compile(r"(?:[^_]*_[_.,!?…]*\s?[”\"’»]?,?\s*)?(?:[^,_]{0,60},\s*)?"
                              r"((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)(?:,\s+(?:(?:a|an|the|[A-Z]\w*[’']s)\s+|"
                              rf"(?=(?:[a-z][\w-]*\s+){{0,2}}(?:(?:{PERSON_NOUNS})\s|(?:{DESCRIPTION_NOUNS})\s+(?:at|of|for)\s)))|"
                              # ", executive director of", ", head of Preventon"
                              rf"\s+(?=(?:[a-z][\w-]*\s+){{0,3}}(?:{PERSON_NOUNS})\s+(?:at|of|for)\s))[^_]*$")


#: A description a name stands in apposition to: "his predecessor", "the group’s founder", "Apple’s chief",
#: "One witness", "Another spectator", "Sweden’s deputy director of public prosecutions" (an office of a domain),
#: "the choir's conductor in Bradford" (an office in a place).
_DESCRIBED_BEFORE = re.compile(r"\b(?:the|his|her|their|its|our|[A-Z]\w*[’']s|(?:^|(?<=\s))(?:A|An|One|Another|one|another))\s+"
                               r"(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*(?:\s+(?:of|for|in|at|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)?$")


#: A title alone before a name in apposition: "Mayor of Molenbeek", "Health Minister".
_TITLE_BEFORE = re.compile(r"\s*(?:[^,_]{0,60},\s*)?(?:(?:[A-Z][\w.-]*\s+){0,3}(?:(?:[a-z]+\s+){0,2}(?i:"
                           + "|".join(sorted(w for w in TITLE_WORDS if " " not in w))
                           + r"))(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?)\s*")
#   "Premier League chief executive", "Later, shadow chief secretary to the Treasury"


def before_commas(ctx: ArticleContext, p: int, stripped: str, sent_start: int, cue_start: int) -> Optional[Subject]:
    """The subject of a clause that ends in a comma before the verb: the head of its first relative clause, a
    named person before one of its last commas, a name in apposition, or the head before a clause."""
    cuts = [i for i, ch in enumerate(stripped[:-1]) if ch == ","][::-1][:6]
    relative = [cut for cut in cuts if _RELATIVE_CLAUSE.match(stripped, cut)]
    if relative:        # the head of the first relative clause: "The actor, whose films include X, Y and Z, said",
        # "The actor, who was born in the Lebanese capital Beirut, also spoke" (not the place ending the clause)
        head = subject_at_end(ctx, p, stripped[:min(relative)], sent_start)
        if head and head.kind in ("org", "surface", "person", "description"):
            return head
    for cut in cuts:    # "Patrick Carlineo Jr., 55, of Addison, a village near Ithaca, said": a named person first
        name = ctx.table.ending_at(p, sent_start + len(stripped[:cut].rstrip(". ")))
        if name:
            return Subject("person", name, sent_start + cut)
    return (_named_in_apposition(ctx, p, stripped, cuts[0], sent_start) if cuts else None) \
        or _head_before_clause(ctx, p, stripped, cuts, sent_start, cue_start)


#: The quote a sentence opens with, masked, before the description of its speaker.
_QUOTE_BEFORE = re.compile(r"^\s*[“\"‘']_+[,.!?]?[”\"’']\s*")


def _named_in_apposition(ctx: ArticleContext, p: int, stripped: str, cut: int, sent_start: int) -> Optional[Subject]:
    """'Mayor of Molenbeek, Ann Lee, said', 'The company that runs the AMAs, Dick Clark Productions, denies', 'his
    predecessor, Fiona Hill, had dubbed': the name in apposition to a description speaks; after a description with
    capitalised words ('The Nevada Democrat, Sen. Rosa Tillman, told') only a person of the name table does."""
    lead = _QUOTE_BEFORE.sub("", stripped[:cut])      # '“…,” the chair of the Internet Engineering Task Force, Ann Lee'
    plain = re.match(r"\s*(?:the|The)\s+[a-z]", lead) or _DESCRIBED_BEFORE.search(lead) or _TITLE_BEFORE.fullmatch(lead) \
        or _COMPANY_ROLE.fullmatch(lead)
    if not plain and not _DESCRIPTION_OPENING.fullmatch(lead):
        return None
    named = subject_at_end(ctx, p, stripped[:-1], sent_start)
    kinds = ("org", "surface", "person") if plain else ("person",)
    return named if named and named.kind in kinds and named.at > sent_start + cut else None


#: A company and a person's role in it, opening the sentence: "James Hardie chairwoman", "Acme Bank chief economist".
_COMPANY_ROLE = re.compile(r"\s*(?:[A-Z][\w&.’'-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2}" + PERSON_NOUNS)
#: A description opening the sentence, capitalised words allowed: "The Nevada Democrat", "Calder's colleague from
#: Ohio" (the person named in apposition after it speaks).
_DESCRIPTION_OPENING = re.compile(r"\s*(?:[^,_]{0,60},\s*)?(?:the|The|his|His|her|Her|their|Their|[A-Z]\w*[’']s)\s+[^,_]{1,60}")


#: A relative clause set off by commas after its head: ", which occupies …", ", who …".
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b")


def _head_before_clause(ctx: ArticleContext, p: int, stripped: str, cuts: list[int], sent_start: int,
                        cue_start: int) -> Optional[Subject]:
    """"Angus Reid, the retired air marshal in charge of the search, said": a person, though 'Angus' is in no
    list; else the subject before the last comma, or a document, a description or a body before an earlier one
    (a relative clause's head is found before: "Spain, which borders Portugal, insisted")."""
    for cut in cuts:
        found = subject_at_end(ctx, p, stripped[:cut], sent_start)
        if found and found.kind == "surface" and PERSON_APPOSITION.match(ctx.masked[p], sent_start + cut, cue_start):
            return Subject("person", canonical_name(found.text), found.at)
        if found and (cut == cuts[0] or found.kind in ("document", "orgdesc", "description", "org")):
            return found
    return None


__all__ = ["PERSON_APPOSITION", "before_commas", "unclosed_apposition"]
