"""Who issued a document whose words a quote gives: the body named with it ("A National Audit Office report on the
projects says", "The NAO's annual report", "In its report, the OECD ..."), and the "it" that goes on with it."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.documents import AUTHORED_DOCUMENTS
from generator.lexicon.names import NOT_NAME_WORDS, ORG_NOUNS
from generator.quotes.coreference import fullest_org
from generator.quotes.speaker_context import ArticleContext, sentence_bounds


def without_descriptor(words: str) -> str:
    """'Insurer Allianz …', 'Developer Valve', 'the Kremlin': the name without the article or descriptor before it."""
    parts = re.sub(r"^(?:the|The)\s+", "", words).split()
    while len(parts) > 1 and parts[0].lower() in ORG_NOUNS and parts[0].endswith(("er", "or")):
        parts = parts[1:]       # agent nouns only: "Network Rail", "Group Lotus" keep their first word
    return " ".join(parts)


#: The body named right before the document: "A National Audit Office report on …", "The NAO's annual report".
_ISSUER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&.’'-]*\s+){0,4}?[A-Z][\w&.’'-]*?)(?:[’']s)?\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}$")
#: "In its latest report, the OECD cut …": the document of the body the sentence goes on with.
_ITS_DOCUMENT = re.compile(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}$")
_SUBJECT_AFTER = re.compile(r"\w*\s*,\s*(?:the\s+)?((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)\s+[a-z]")


def named_issuer(ctx: ArticleContext, masked: str, start: int, hit: int) -> Optional[str]:
    """The body whose document a sentence names, when no one speaks in it: named before the noun ("A National
    Audit Office report on the projects says"), or the subject after "In its report," ("…, the OECD cut")."""
    before = _ISSUER_BEFORE.search(masked[start:hit])
    if before and before.group(1) not in NOT_NAME_WORDS:
        return fullest_org(ctx, without_descriptor(before.group(1)))
    after = _SUBJECT_AFTER.match(masked, hit) if _ITS_DOCUMENT.search(masked[start:hit]) else None
    return fullest_org(ctx, after.group(1)) if after and after.group(1) not in NOT_NAME_WORDS else None



#: A sentence whose subject is a document: "A National Audit Office report on the 20 biggest projects says …".
_OPENS_WITH_DOCUMENT = re.compile(r"\s*(?:A|An|The)\s+(?:[\w&.’'-]+\s+){0,5}?(?:" + AUTHORED_DOCUMENTS + r")s?\b")


def document_before(ctx: ArticleContext, p: int, at: int) -> Optional[str]:
    """"A National Audit Office report … says costs rose. It says …": an "it" that opens the sentence right after one
    whose subject is a document is that document, which speaks for the body named with it."""
    masked = ctx.masked[p]
    start, _ = sentence_bounds(masked, at)
    if start == 0 or masked[start:at].strip():
        return None
    prev, _ = sentence_bounds(masked, start - 1)
    doc = _OPENS_WITH_DOCUMENT.match(masked, prev, start)
    return named_issuer(ctx, masked, prev, masked.rindex(" ", prev, doc.end()) + 1) if doc else None
