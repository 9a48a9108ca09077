"""Word lists of quote attribution: addressee and participle cues, pronouns, words between a subject and its
reporting verb, descriptions of speakers ("the alliance's top official"), organisations and documents as speakers.

Kept apart from the logic in `speakers` so the lists can grow without touching it; the reporting verbs themselves
are shared with people detection and live in `generator.lexicon.cues`.
"""
from __future__ import annotations

import re

from generator.lexicon.calendar import WEEKDAY_NAMES
from generator.lexicon.cues import STRONG_CUE_RE, VERB_FORMS
from generator.lexicon.documents import (
    AUTHORED_DOCUMENTS,
    DOCUMENTS_BY_AUTHOR,
    ORG_PAGE_DOCUMENTS,
    ORG_VOICE_DOCUMENTS,
)
from generator.lexicon.names import INSTITUTION_NOUN_PATTERN, NOT_NAME_WORDS, ORG_NOUN_PATTERN, SPEAKER_ORG_HEADS
from generator.lexicon.persons import ANONYMOUS_NOUNS, DESCRIPTION_NOUNS, PERSON_NOUNS, SPOKESPERSON, UNTITLED_NOUNS
from generator.lexicon.titles import PORTFOLIOS

#: Reporting verbs whose object is the person spoken to ("told CBS News"): never followed by an inverted subject.
ADDRESSEE_CUES = {"tell", "tells", "told", "urges", "urged", "begs", "begged", "implores", "implored", "assures",
                  "assured", "reassures", "reassured", "asks", "asked", "warns", "warned", "reminded"}

#: Reporting verbs whose object is what they describe ("denounced the government as “…”", "branded it “…”",
#: "dismissed the plan as “…”"): the
#: words after them are never an inverted subject either.
DESCRIBING_CUES = frozenset(form for verb in ("deem", "denounce", "dismiss", "brand", "label") for form in VERB_FORMS[verb])

#: Cue forms that carry no subject of their own: the speaker is the subject of the clause they hang on.
PARTICIPLE_CUES = re.compile(r"ing\b|^according to$", re.I)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": "plural", "it": "plural",
                  "i": None, "we": None}
#: "it said" / "they added": an organisation speaking (a statement is its author's words).
SUBJECT_PRONOUN_RE = re.compile(r"\b(he|she|they|it)\s*$", re.I)

#: Adverbs, auxiliaries and a day between a subject and its reporting verb ("Sherman also said", "he has said",
#: "The Electoral Commission on Thursday said").
BETWEEN_SUBJECT_AND_CUE = re.compile(
    r"(?:\s+(?:also|then|later|meanwhile|again|always|often|further|previously|earlier|once|had|has|have|would|will|was|is|since|already|"
    r"herself|himself|itself|themselves|twice|never|not|just|still|even|[a-z]+ly|yesterday|today|"
    r"(?:on\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r")(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|night|month)|"
    r"and (?:his|her|their) (?:team|colleagues|co-?authors|co-?workers)|and (?:colleagues|co-?authors)|"
    r"(?:is|was|are|were)\s+(?:alleged|said|reported|reputed|understood|believed|thought)\s+to\s+have|"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+have))+\s*$")    # "Mr Brown is alleged to have told him: “…”"

#: Heads of definite descriptions that stand for a person ("the alliance’s top official said").
DESCRIPTION_RE = re.compile(
    r"(?:\b(?:the|The|[Oo]ur)|\b[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?((?:" + DESCRIPTION_NOUNS + r")(?:-(?:elect|designate))?|"
    + UNTITLED_NOUNS
    + r"|\d+-year-old(?:\s+[a-z]+)?)\s*$")
#: Descriptions by age or standing, no title: the person named just before them, not one named after ("the
#: teenager", "the 69-year-old singer").
UNTITLED_DESCRIPTION_RE = re.compile(r"(?:" + UNTITLED_NOUNS + r"|\d+-year-old(?:\s+[a-z]+)?)\s*$")

ORG_SPEAKER_RE = re.compile(
    r"(?:\b(?:the|The)\s+)?\b((?:[A-Z][\w.&’'-]*\s+|&\s+){0,4}(?:" + SPEAKER_ORG_HEADS + r")"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3})?|"
    r"(?:[A-Z][\w.&’'-]*\s+){1,3}(?:(?:" + PORTFOLIOS + r")\s+)?" + INSTITUTION_NOUN_PATTERN + "|"
    r"[A-Z]{2,6}(?:-[A-Z][a-z]+)?)\s*$")

#: An organisation opening a sentence (after at most a short introductory phrase), the subject of a participle
#: cue later in it: "The Electoral Commission, which regulates campaign finances, issued a statement warning …",
#: "The US navy rejected the claim, saying …" (an institution in lower case after its place, no possessive).
LEADING_ORG_RE = re.compile(
    r"\s*(?:[^,_]{0,40},\s*)?(?:the\s+|The\s+)?((?:[A-Z][\w.&’'-]*\s+){0,4}(?:" + SPEAKER_ORG_HEADS + r")"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3})?|"
    r"(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)(?:[A-Z][\w.&-]*\s+){1,3}(?:(?:" + PORTFOLIOS + r")\s+)?"
    + INSTITUTION_NOUN_PATTERN + r")\b")

#: "a 2018 survey by", "a study published by the": what follows is the author, whose words the document gives.
_DOCUMENT_BY = (DOCUMENTS_BY_AUTHOR + r"\s+(?:(?:published|released|conducted|commissioned|"
                r"written|issued)\s+)?(?:by|from)\s+(?:the\s+)?")
DOCUMENT_BY_RE = re.compile(r"\b" + _DOCUMENT_BY + "$")
#: After "according to": "a 2018 survey by " (matched from the cue's end).
DOCUMENT_AFTER_CUE_RE = re.compile(r"\s*(?:an?|the|[A-Z]\w*[’']s)\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENT_BY)

#: "the statement said", "the report concluded", "The text messages read": a document whose words are its author's.
DOCUMENT_SUBJECT_RE = re.compile(r"\b(?:the|The|its|their|his|her|a|A)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                 rf"({AUTHORED_DOCUMENTS})s?\s*$")
#: After an inverted verb, an organisation's document: "“…,” read a Liverpool statement", "said an Acme release".
ORG_DOCUMENT_AFTER_CUE_RE = re.compile(r"\s*(?:an?|the)\s+((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)\s+"
                                       + ORG_VOICE_DOCUMENTS + r"\b")
#: A document and its sender right before a participle cue: "a text message sent to families by the airline saying",
#: "a letter from Acme Corp to shareholders stating": the sender's words.
DOCUMENT_FROM_BEFORE_RE = re.compile(rf"\b(?:{AUTHORED_DOCUMENTS}|text)s?\s+(?:[a-z][\w-]*\s+){{0,4}}?(?:by|from)\s+"
                                     r"((?:the\s+)?(?:[a-z][\w-]*\s+)?(?:[A-Z][\w&.’'-]*\s+){0,4}[\w&.’'-]+)"
                                     r"(?:\s+(?:to|on|in)\s+(?:[\w’'-]+\s+){1,3}?)?\s*,?\s*$")
#: After a reporting verb: "said a statement on the organisation's website": an organisation named before speaks.
DOCUMENT_OF_ORG_AFTER_CUE_RE = re.compile(r"\s*(?:an?|the)\s+" + ORG_PAGE_DOCUMENTS + r"\s+"
                                          r"(?:on|from|by|in)\s+(?:the|its)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)[’']s?\b")
#: "the company said", "the production company said": an organisation named earlier (ORG_NOUN_PATTERN: lexicon.names).
#: A capitalised word that is no name may describe a body too: "the Communist party controlled newspaper"; two nouns
#: joined by 'and' are a person's ("the feminist writer and broadcaster said").
_NOT_NAME_MODIFIER = "|".join(sorted((w for w in NOT_NAME_WORDS if w.isalpha() and w[1:].islower()), key=len, reverse=True))
ORG_DESCRIPTION_RE = re.compile(r"\b(?:the|The)\s+(?:(?:(?!(?:and|or)\s)[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|(?:" + _NOT_NAME_MODIFIER
                                + r")(?![\w’'-]))\s+){0,3}?(" + ORG_NOUN_PATTERN + r")\s*$")      # "the Canada-based company"

#: Common nouns that head a sentence as speakers ("Prosecutors alleged …"): never a name.
GROUP_SPEAKERS = set("""
Officials Prosecutors Police Witnesses Analysts Experts Critics Residents Authorities Investigators Lawyers Sources
Researchers Scientists Doctors Teachers Officers Protesters Demonstrators Diplomats Lawmakers Legislators Activists
Observers Supporters Opponents Organizers Organisers Voters Workers Employees Staff Students Parents Neighbors
Neighbours Locals Villagers Survivors Victims Relatives Families Fans Players Members Leaders Ministers Senators
Democrats Republicans Economists Officers Troops Soldiers Rebels Militants Insurgents Negotiators Mediators Scholars
MPs MEPs MSPs Peers Councillors Councilors Campaigners
""".split())


#: What may follow an inverted subject ("said Grushko." / "said Grushko on Wednesday" / "said Mr Lee outside the
#: court" / "said Ann Lee last week"), unlike a clause object ("said Russia used the session").
ENDS_INVERTED_SUBJECT = re.compile(r"\s*(?:$|[,.;:!?()”\"]|(?:on|in|at|after|during|before|when|while|as|to|from|of|"
                                    r"outside|inside|near|with|by|following|ahead|via|through|yesterday|today|"
                                    r"tonight|last|this|earlier|later|afterwards|recently|again|once|"
                                    r"who|whose|told|according|adding|noting|saying)\b)")
#: Between an inverted reporting verb and the name: titles and up to three descriptor words
#: ("said farmer Helen Boyd", "said the group’s founder Ann Lee"), never a preposition phrase.
TITLE_GAP_RE = re.compile(r"^[\s,]*(?:(?:the|The|a|an)\s+)?"
                           r"(?:(?!(?:the|a|an|in|on|at|of|inside|with|for|to|from|by|and|that|about|after)\b)"
                           r"[a-z][\w’'-]*\s+){0,3}(?:(?:[A-Z][\w.’'-]*|of|to|the|[–—-])\s*"
                           r"(?:(?:and|&)\s+(?=[A-Z]))?)*$")                     # "added Ernst and Young's Jo Ek"
#: A longer description joined by "and" before the name: "says former RAF pilot and aerospace analyst Andrew Brookes",
#: "according to media and PR strategist Ann Lee".
DESCRIPTOR_GAP_RE = re.compile(r"^[\s,]*(?:(?:the|a|an)\s+)?(?:(?:(?!(?:the|a|an|in|on|at|of|inside|with|for|to|from|by|"
                                r"that|about|after|and)\b)[a-z][\w’'-]*|[A-Z][\w.’'-]*|and(?=\s+(?:[a-z]|[A-Z]{2,}\b)))\s+){2,7}$")

#: "said Smith's lawyer, " / "said the company’s founder, ": a possessive description, then the name.
POSSESSIVE_GAP_RE = re.compile(r"^\s*(?:the\s+)?(?:(?:[A-Z][\w.-]*|[a-z]+)[’']s|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}"
                                r"[a-z][\w-]*,\s*(?:(?:Sir|Dame|Lord|Lady|Dr|Professor|Prof)\.?\s+)?$")   # "said its head, Sir Jo Ek"

#: Asides blanked out (offsets kept) before the subject of a verb is read: a body's acronym in brackets after its
#: name ("The Broadcasting Authority (BA), the regulator, said") and an aside between dashes right before the verb
#: ("Gerry Conlon - who was wrongly convicted - said"): the name then ends where any subject does.
ACRONYM_IN_BRACKETS = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)(?=[\s,])")
DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—_]{1,150}?\s[-–—]\s*$")


UNNAMED = rf"(?:{PERSON_NOUNS}|{ANONYMOUS_NOUNS})"


#: An unnamed person opening a sentence: "A passenger who was on the flight", "An unnamed Iranian", "One witness".
ANONYMOUS_RE = re.compile(rf"(?:[^,_]{{0,40}},\s*)?(?:A|An|One|Another)\s+(?:[\w’'-]+\s+){{0,3}}?"
                           rf"(?:{UNNAMED}|[A-Z][a-z]+(?:an|ese|ish|i))\b")
#: An unnamed person of any description opening a sentence as the subject of a reporting verb: "One rescuer, who
#: asked not to be named, said", "A firefighter told".
ANONYMOUS_SPEAKER_RE = re.compile(r"(?:[^,_]{0,40},\s*)?(?:A|An|One|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*"
                                   r"(?:\s*,[^,_]{0,80},)?\s+(?:[a-z]+ly\s+)?" + STRONG_CUE_RE.pattern)
#: An unnamed person speaking anywhere in a sentence: "the friend said", "according to the witness".
UNNAMED_SPEAKING_RE = re.compile(rf"\b(?:[Aa]ccording to (?:the|a|an|one)|(?:the|The)) (?:[a-z][\w’'-]*\s+){{0,2}}?"
                                  rf"{UNNAMED}(?:,|\s+(?:also\s+)?(?:said|says|told|added|explained|recalled))")


#: Someone's spokesperson opening a sentence: "On Monday, Tony Blair's official spokesman declined to say", "The
#: prime minister's official spokesman said".
POSSESSED_SPOKESPERSON_RE = re.compile(r"(?:[^,_]{0,40},\s*)?(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|(?:The|the)\s+"
                                        r"(?:[a-z-]+\s+){0,2}[a-z]+)[’']s\s+"
                                        r"(?:[a-z]+\s+){0,2}(?P<noun>" + SPOKESPERSON + r")\b(?![ \t]*,?[ \t]+[A-Z])")
#: A spokesperson noun anywhere ('IAAF spokesman', 'spokeswoman for the ministry').
SPOKESPERSON_RE = re.compile(r"\b" + SPOKESPERSON + r"\b", re.I)
#: Descriptions no one is guessed for: a spokesperson ("Mr Blair's official spokesman": who speaks for him, never
#: the one spoken for) and an office not taken up yet ('the president-elect': its bearer only).
UNGUESSED_DESCRIPTION_RE = re.compile(r"\b" + SPOKESPERSON + r"\b|-(?:elect|designate)\s*$", re.I)
