"""The subject after an inverted reporting verb: "“…,” said Grushko", "said NATO Secretary General Jens
Stoltenberg", "according to the White House", "said the firm's researcher" (nobody named), "read a Liverpool
statement" (the body's document)."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.names import ORG_NOUN_PATTERN, ORG_NOUNS, WIRE_AGENCIES
from generator.lexicon.persons import KIN_NOUNS, PERSON_NOUNS, PERSON_OR_DESCRIPTION_NOUN
from generator.mentions.name_patterns import STAFF_AFTER
from generator.quotes.lexicon import (
    DESCRIPTION_RE,
    DESCRIPTOR_GAP_RE,
    DOCUMENT_AFTER_CUE_RE,
    DOCUMENT_OF_ORG_AFTER_CUE_RE,
    ENDS_INVERTED_SUBJECT,
    ORG_DESCRIPTION_RE,
    ORG_DOCUMENT_AFTER_CUE_RE,
    POSSESSIVE_GAP_RE,
    TITLE_GAP_RE,
)
from generator.quotes.speaker_context import ArticleContext, Subject
from generator.quotes.subject_phrases import possessed_after, surface_subject

#: Inverted subjects, tried in order: "according to the White House" (a capitalised name after "the", whole),
#: "said the group’s founder", "said the Ukraine captain" (past a capitalised word, up to where a subject may end),
#: "said Grushko".
_INVERTED_HEADS = [
    re.compile(r"[\s,]*((?:the|The)\s+[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w.&’'-]*){0,6})"
               r"(?=[\s,.;:]|$)(?=" + ENDS_INVERTED_SUBJECT.pattern + ")"),
    re.compile(r"[\s,]*((?:the|The)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
               r"(?=[\s,.;:]|$)(?=" + ENDS_INVERTED_SUBJECT.pattern + ")"),
]


#: Someone's kin or staff named right after the noun: "said her brother Craig", "said his wife, Ann Lee".
_KIN_NAMED_AFTER = re.compile(rf"[\s,]*(?:his|her|their|my|our)\s+(?:[a-z][\w-]*\s+)?(?:{KIN_NOUNS}|{PERSON_NOUNS}),?\s+"
                              r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?=" + ENDS_INVERTED_SUBJECT.pattern + ")")


#: A body named before the noun of its kind, after the cue: "the influential Edge magazine", "Xinhua news agency".
_NAMED_ORG_AFTER_CUE = re.compile(r"[\s,]*(?:(?:the|The)\s+(?:[a-z][\w-]*\s+)?)?(?!(?:Mr|Mrs|Ms|Dr)\b)([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+"
                                  r"(?:[a-z][\w-]*\s+){0,2}" + ORG_NOUN_PATTERN + r"(?=" + ENDS_INVERTED_SUBJECT.pattern + ")")


#: A description ending in a lower-case title, then a comma: "said RNID technology director, " (the name follows).
_TITLE_THEN_COMMA = re.compile(r"(.*[a-z][\w-]*),\s*$")


def _titled_before_comma(gap: str) -> bool:
    """'said Acme chief executive, Jo Ek': a body, its staff title and a comma before the name, as 'said the chief
    executive, Jo Ek' (a comma after a lower-case title does not end the subject); 'said BA director of commercial
    planning, Jo Ek': a title and its domain."""
    return any(head is not None and "," not in head.group(1) and bool(
        TITLE_GAP_RE.match(head.group(1) + " ") or DESCRIPTOR_GAP_RE.match(head.group(1) + " "))
        for head in (_TITLE_THEN_COMMA.match(gap), _TITLE_OF_DOMAIN.match(gap)))


#: A title, then 'of' or 'for' and its domain in lower case, before the name: "director of commercial planning, ".
_TITLE_OF_DOMAIN = re.compile(rf"(.*?\b{PERSON_OR_DESCRIPTION_NOUN})\s+(?:of|for)\s+(?:the\s+)?"
                              r"(?:[a-z][\w&-]*\s+){0,3}[a-z][\w&-]*(?:,\s*|\s+)$")


def subject_after(ctx: ArticleContext, p: int, cue_end: int, sent_end: int) -> Optional[Subject]:
    """Inverted subject: “…,” said Grushko / said NATO Secretary General Jens Stoltenberg / according to X."""
    masked = ctx.masked[p]
    org_document = ORG_DOCUMENT_AFTER_CUE_RE.match(masked, cue_end, sent_end)
    if org_document:                                                # "read a Liverpool statement"
        return Subject("org", org_document.group(1), cue_end + org_document.start(1))
    of_org = DOCUMENT_OF_ORG_AFTER_CUE_RE.match(masked, cue_end, sent_end)
    if of_org and of_org.group(1).split()[-1] in ORG_NOUNS:        # "said a statement on the club's website"
        return Subject("orgdesc", f"the {of_org.group(1)}", cue_end + of_org.start(1))
    document = DOCUMENT_AFTER_CUE_RE.match(masked, cue_end, sent_end)
    if document:
        cue_end = document.end()      # "according to a 2018 survey by Penelope Abernathy": the author
    blocked = False
    for m in ctx.table.in_paragraph(p, cue_end, sent_end):
        gap = masked[cue_end:m.start]
        if TITLE_GAP_RE.match(gap) or DESCRIPTOR_GAP_RE.match(gap):
            if ENDS_INVERTED_SUBJECT.match(masked[m.end:sent_end]):
                return Subject("person", m.name, m.start)
            if not re.match(r"[’']s\s", masked[m.end:m.end + 3]) and not STAFF_AFTER.match(masked, m.end):
                blocked = True      # "said Acme Bank chief executive Jo Ek": the bank's name, then its executive's;
                # "said Cobain biographer Charles Cross": a name used as an attribute, then the one speaking
        elif (POSSESSIVE_GAP_RE.match(gap) or _titled_before_comma(gap)) and ENDS_INVERTED_SUBJECT.match(masked[m.end:sent_end]):
            return Subject("person", m.name, m.start)       # “…,” said Smith's lawyer, John Doherty.
    if blocked:
        return None
    after = masked[cue_end:sent_end]
    named_org = _NAMED_ORG_AFTER_CUE.match(after)      # "wrote the influential Edge magazine", "said the Xinhua news agency"
    if named_org and named_org.group(1) not in WIRE_AGENCIES:     # a wire agency passes on others' words
        return Subject("org", named_org.group(1), cue_end + named_org.start(1))
    kin = _KIN_NAMED_AFTER.match(after)                 # "said her brother Craig": the brother the text names
    if kin:
        return surface_subject(kin.group(1), cue_end + kin.start(1))
    head = next((m for rx in _INVERTED_HEADS for m in [rx.match(after)] if m), None)
    if not head:
        return _unnamed_after(after, cue_end)
    words = re.sub(r"(?<=[A-Za-z&]{2})\.$", "", head.group(1))   # "says Doctor." -> "Doctor", "said M&S." -> "M&S"
    at = cue_end + head.start(1)
    desc = DESCRIPTION_RE.search(words)
    if desc:
        return Subject("description", desc.group(0), at)
    if ORG_DESCRIPTION_RE.fullmatch(words):       # "according to the magazine", "said the company": one named before
        return Subject("orgdesc", words, at)
    return surface_subject(words, at) if re.match(r"(?:the\s+|The\s+)?[A-Z]", words) else None


#: An unnamed person described by whose they are, after an inverted verb: "said the firm's researcher,".
_UNNAMED_POSSESSED = re.compile(r"[\s,]*((?:the\s+)?[A-Z][\w.&-]*[’']s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                                r"(?=\s*(?:[,.;]|$))")
def _unnamed_after(after: str, cue_end: int) -> Optional[Subject]:
    """“…,” said SRE's researcher, pointing out / said chairman of the ISM's survey committee: nobody named (or a
    possessed description: "said Smith's lawyer")."""
    unnamed = _UNNAMED_POSSESSED.match(after) or _TITLE_OF_BODY.match(after)
    return Subject("group", unnamed.group(1), cue_end + unnamed.start(1)) if unnamed else possessed_after(after, cue_end)


#: An office of a body with no one named, after an inverted verb: "said chairman of the ISM's survey committee".
_TITLE_OF_BODY = re.compile(rf"[\s,]*((?:[a-z][\w-]*\s+){{0,2}}{PERSON_OR_DESCRIPTION_NOUN}\s+(?:of|at|for)\s+"
                            rf"[^,.;:_]{{2,80}}?)(?=\s*(?:[,.;:]|$))")
