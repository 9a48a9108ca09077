"""What the words right before a reporting verb name, when they are its subject.

A phrase ending just before "said" may end with a person of the article's name table, poll respondents, a
pronoun, a description ("the alliance's top official"), an organisation's voice ("A White House statement"),
a document ("the statement"), an organisation or its description, a capitalised run not in the table
(`surface_subject`: a country or office speaks as an organisation, a demonym never speaks) or unnamed people
("two neighbours").  `speakers` decides where the subject of a verb stands and calls these.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.lexicon.documents import AUTHORED_DOCUMENTS, NAMED_VOICE_DOCUMENTS, OWN_PAGE_DOCUMENTS, PAGE_NOUNS
from generator.lexicon.load import alternation
from generator.lexicon.names import (
    HONORIFICS,
    INSTITUTION_NOUN_PATTERN,
    NOT_NAME_WORDS,
    ORG_NOUN_PATTERN,
    ORG_NOUNS,
    POST_NOMINALS,
    SOVEREIGN_TITLES,
    TITLE_ABBREVIATIONS,
    TITLE_ACRONYMS,
)
from generator.lexicon.persons import FOR_ORG_NOUNS, KIN_NOUNS, PERSON_NOUNS, SOMEONE_NOUNS, SPOKESPERSON
from generator.mentions.name_patterns import AFTER_PREPOSITION_RE, TITLE_WORDS
from generator.mentions.name_words import is_first_name
from generator.quotes.bodies import joint_bodies, party_by_short_name
from generator.quotes.campaigns import campaign_subject
from generator.quotes.coreference import group_named_before, is_title, spelled_out
from generator.quotes.epithets import epithet_at_end
from generator.quotes.issuers import without_descriptor
from generator.quotes.lexicon import (
    BETWEEN_SUBJECT_AND_CUE,
    DESCRIPTION_RE,
    DOCUMENT_BY_RE,
    DOCUMENT_SUBJECT_RE,
    GROUP_SPEAKERS,
    ORG_DESCRIPTION_RE,
    ORG_SPEAKER_RE,
    SPOKESPERSON_RE,
    SUBJECT_PRONOUN_RE,
)
from generator.quotes.protagonist import labelled_speaker, self_named_writer
from generator.quotes.speaker_context import ArticleContext, Subject
from generator.quotes.staff_voice import staff_subject

#: A capitalised phrase at the end of a subject, with connectors ("United Nations High Commissioner for Human Rights").
#: 'to' joins only after a body's noun ("Committee to Protect Journalists"; not "Secretary to the Treasury Paul …").
_UNKNOWN_NAME_RE = re.compile(r"(?:(?:[A-Z][\w’'.-]+\s+(?:(?:of|for|the|and|on|&)\s+)*|(?:"
                              + "|".join(sorted(w.capitalize() for w in ORG_NOUNS)) + r")\s+to\s+)){0,7}[A-Z][\w’'-]+$")

#: Someone speaking for a body, or its statement, the body's kind between ("a spokesman for distributor Toho").
_SPOKESPERSON_FOR = re.compile(r"\b(?:" + FOR_ORG_NOUNS + r"|statement)\s+(?:for|of|from)\s+"
                               r"(?:the\s+)?(?:(?!(?:the|a|an|and|of|for)\s)[a-z][\w-]*\s+){0,2}([A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w’'.&-]*)*)$")

#: An organisation's own statement or spokesperson, named before the noun: "A White House statement on Sunday".
_ORG_VOICE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)\s+(?:" + NAMED_VOICE_DOCUMENTS
                        + "|" + SPOKESPERSON + r")(?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+)?\s*$")
#: A statement on someone's own page: "A statement on Torres' official website", "the post on Ann Lee's account".
_STATEMENT_ON_PAGE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+" + OWN_PAGE_DOCUMENTS + r"\s+(?:on|from)\s+"
                                r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?:[’']s|(?<=s)[’'])\s+(?:official\s+)?"
                                + PAGE_NOUNS + r"\s*$")
#: Respondents as a subject: "Fifty-one percent", "70 percent of Americans", "a majority of voters".
_PERCENT_SUBJECT = re.compile(r"(?:\b(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)\s*(?:per\s?cent|percent|%)|\ba\s+majority)"
                              r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?$")
#: A generational suffix after a name ("Jesse Jackson Jr. said"): the name ends before it.
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.$")
#: Where a politician is from, after the name: "Rep. Lena Okafor of Michigan said", "Sen. Dan Price of New Mexico".
_HOME_AFTER_NAME = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}$")
#: A party and state in brackets after the name: "Rep. Jim Calder (R-Ohio) said".
_PARTY_AFTER_NAME = re.compile(r"\s*\([A-Z][^()_]{0,30}\)$")


def _person_ending(ctx: ArticleContext, p: int, text: str, end: int) -> Optional[str]:
    """The person named last in `text` (ending at offset `end`): "Jesse Jackson Jr." ends the mention "Jackson Jr"
    or, past the suffix, "Jackson"; "Lena Okafor of Michigan" ends "Lena Okafor"."""
    suffix = _NAME_SUFFIX.search(text)
    after = _HOME_AFTER_NAME.search(text) or _PARTY_AFTER_NAME.search(text)
    cuts: tuple[int, ...] = (0, 1, suffix.end() - suffix.start()) if text.endswith(".") and suffix else (0,)
    cuts += (after.end() - after.start(),) if after else ()
    return next((n for cut in cuts for n in [ctx.table.ending_at(p, end - cut)] if n), None)


#: The first person singular as the subject, right before the verb.
_FIRST_PERSON = re.compile(r"(?<![\w’'-])I$")


def _person_or_pronoun(ctx: ArticleContext, p: int, text: str, offset: int) -> Optional[Subject]:
    """A named person, poll respondents ("Fifty-one percent say") or a pronoun at the end of `text`."""
    end = offset + len(text)
    name = _person_ending(ctx, p, text, end)
    if name:
        return Subject("person", name, end)
    if _PERCENT_SUBJECT.search(text):
        return Subject("poll", text, end)
    pron = SUBJECT_PRONOUN_RE.search(text)
    if pron:
        return Subject("pronoun", pron.group(1).lower(), offset + pron.start(1))
    label = labelled_speaker(ctx, p) or self_named_writer(ctx) if _FIRST_PERSON.search(text) else None
    if label:       # "Ann Lee: I told him, “…”": the answer's 'I' is the labelled speaker, else the writer's own name
        return Subject("person", label, end)
    return epithet_at_end(text, offset)


#: A person's office speaking for them, or their own statement: "Justice Minister David Lametti's office said", "Mr
#: Tanzi's statement said" (a campaign or team is a body of its own: `campaigns`).
_PERSONS_OFFICE = re.compile(r"([’']s?)\s+(?:press\s+|written\s+|own\s+|official\s+)?(?:office|"
                             + NAMED_VOICE_DOCUMENTS + r")$")


def _persons_office(ctx: ArticleContext, p: int, text: str, offset: int) -> Optional[Subject]:
    office = _PERSONS_OFFICE.search(text)
    name = ctx.table.ending_at(p, offset + office.start(1)) if office else None
    return Subject("person", name, offset + office.start(1)) if office and name else None


def _description_or_voice(text: str, offset: int) -> Optional[Subject]:
    """A description ("the alliance's top official"), an organisation's voice ("A White House statement on
    Sunday": the body's words) or a document ("the statement") at the end of `text`.  A spokesperson nobody names
    ("A spokesperson for the Foreign Office", "an IAAF spokesman") is an unnamed person: the text gives the words
    to them, not to the body (issue 16: a body speaks only when the words are its own)."""
    desc = DESCRIPTION_RE.search(text)
    if desc:
        return Subject("description", desc.group(0).strip(), offset + desc.start())
    voice = _SPOKESPERSON_FOR.search(text) or next((m for m in [_ORG_VOICE.search(text)]
                                                     if m and _opens_clause(text[:m.start()])), None)
    if voice and SPOKESPERSON_RE.search(text, voice.start()):
        return Subject("group", text[voice.start():].strip(), offset + voice.start(), body=voice.group(1))
    if voice:       # "The Bank's report said": the body, without its possessive
        return Subject("org", re.sub(r"[’']s?$", "", voice.group(1)), offset + voice.start(1))
    page = _STATEMENT_ON_PAGE.search(text)
    if page and _opens_clause(text[:page.start()]):     # "A statement on Torres' official website said": his words
        return Subject("surface", page.group(1), offset + page.start(1))
    doc = DOCUMENT_SUBJECT_RE.search(text)
    if doc and _opens_clause(text[:doc.start()]):
        return Subject("document", doc.group(1).lower(), offset + doc.start())
    return None


#: Letters after a name at the end of a subject ("Jane Roe MP said"): the name's, left out.
_POST_NOMINAL_AT_END = re.compile(r"(?<=[a-z])(?:\s+" + alternation(POST_NOMINALS) + r")+\s*$")


#: An English judge's style: "Mr Justice Eady", "Lord Justice Leveson", "Mrs Justice Hogg"; judges sitting together
#: ("Lord Justice Rix and Mr Justice Forbes ruled").
_JUDGE = re.compile(rf"(?:{alternation(HONORIFICS)})\.?\s+Justice\s+([A-Z][\w’'-]+)")
_JUDGES = re.compile(rf"(?:^|(?<=[\s_,”\"])){_JUDGE.pattern}(?:\s+and\s+{_JUDGE.pattern})?$")


def subject_at_end(ctx: ArticleContext, p: int, text: str, offset: int) -> Optional[Subject]:
    """The subject phrase that `text` (a paragraph slice starting at `offset`) ends with, if any."""
    text = BETWEEN_SUBJECT_AND_CUE.sub("", text).rstrip()
    described = DESCRIPTION_RE.search(text)         # "The Glasgow Kelvin MP": a description, not "Ann Lee MP"
    text = text if described and described.group(0)[:4].lower() == "the " else _POST_NOMINAL_AT_END.sub("", text).rstrip()
    if not text or text.endswith("_") or text[-1] in "”\"»":
        return None
    judges = _JUDGES.search(text)       # "Mr Justice Eady said": the judge, named by his surname; two on the bench
    if judges:
        names = _JUDGE.findall(judges.group(0))
        return Subject("people", "\t".join(names), offset + judges.start()) if len(names) > 1 \
            else Subject("person", names[0], offset + judges.start())
    owned = _OWN_DOCUMENT.search(text)        # "Its statement said": the body 'it' is, whose document it is
    if owned:
        return Subject("pronoun", "it" if owned.group(1).lower() == "its" else "they", offset + owned.start(1))
    found = _spelled_title_acronym(ctx, text, offset) or _person_or_pronoun(ctx, p, text, offset) \
        or campaign_subject(ctx, text, offset) or _persons_office(ctx, p, text, offset) \
        or staff_subject(ctx, p, text, offset)      # "The Acme team reports"
    if found:
        return found
    found = _description_or_voice(text, offset) or _one_by_party(text, offset)
    if found:
        return found
    found = _body_by_description(text, offset) or _unknown_run(text, offset)
    if found:
        return found
    return group_named_before(ctx, p, text, offset) or joint_bodies(ctx, p, text, offset) \
        or _unnamed_subject(text, offset)     # "the trio said", "the two firms said"


#: A document of a body named by 'its' or 'their' as a subject: "Its statement said", "its submission, which states".
_OWN_DOCUMENT = re.compile(rf"(?:^|(?<=[\s,_”\"]))([Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:{AUTHORED_DOCUMENTS})s?"
                           r"(?:,?\s+(?:which|that))?$")
_ACRONYM_AT_END = re.compile(r"(?:^|(?<=[\s,_”\"]))([A-Z]{2,5})$")


def _spelled_title_acronym(ctx: ArticleContext, text: str, offset: int) -> Optional[Subject]:
    """'GM said' where the article names General Motors: capitals that can be a title ('Yankees GM Ann Lee') are the
    organisation whose name the article spells them out with, when they stand alone as the subject."""
    acronym = _ACRONYM_AT_END.search(text)
    if acronym is None or acronym.group(1) not in TITLE_ACRONYMS:
        return None
    full = spelled_out(ctx, acronym.group(1))
    return Subject("org", acronym.group(1), offset + acronym.start(1)) if full and not is_title(full.split()) else None


def _body_by_description(text: str, offset: int) -> Optional[Subject]:
    """A body named inside its description ('the Xinhua news agency said', 'Broadcast magazine said'), else a
    description of one named before ('the company said'), else a capitalised body ('the White House said')."""
    named_desc = _NAMED_ORG_DESCRIPTION_RE.search(text)
    if named_desc and named_desc.group(1) not in DEMONYMS and _opens_clause(text[:named_desc.start()]) \
            and named_desc.group(1).split()[0] not in NOT_NAME_WORDS and not named_desc.group(1).endswith(("'s", "’s")) \
            and not re.search(r"-[a-z]+$", named_desc.group(1)):
        # not "The company said", "But the firm", "Russia's foreign ministry", "The Canada-based company"
        return Subject("org", named_desc.group(1), offset + named_desc.start(1))
    org_desc = ORG_DESCRIPTION_RE.search(text)
    if org_desc and _opens_clause(text[:org_desc.start()]):
        return Subject("orgdesc", org_desc.group(0).strip(), offset + org_desc.start())
    org = ORG_SPEAKER_RE.search(text)
    if org and text[org.start(1) - 1:org.start(1)] in ("-", "‐"):
        org = None      # "the e-University project": the end of a compound, no body's name
    if org and _may_open_org(org.group(1).split()[0]) and (
            DOCUMENT_BY_RE.search(text[:org.start(1)]) or not AFTER_PREPOSITION_RE.search(text[:org.start()])):
        return Subject("org", org.group(1).strip(), offset + org.start(1))
    return None


def _unknown_run(text: str, offset: int) -> Optional[Subject]:
    """A capitalised run no list knows: the author of a document before it ('a report from Kotak Institutional
    Equities said'), else a surface name, never the object of a preposition nor the end of a compound ('the
    anti-Semitism claims')."""
    run = _UNKNOWN_NAME_RE.search(text)
    if run is None or text[run.start() - 1:run.start()] in ("-", "‐"):
        return None
    if DOCUMENT_BY_RE.search(text[:run.start()]):
        return Subject("org", run.group(0), offset + run.start())
    return None if AFTER_PREPOSITION_RE.search(text[:run.start()]) else surface_subject(run.group(0), offset + run.start())


def _unnamed_subject(text: str, offset: int) -> Optional[Subject]:
    """People nobody names at the end of `text`: "The girls responded … with “Hi, Dad!”", "he heard one of them tell
    the hostages:", "One Lakeside High student said" (not "Ann Lee, the wife of Tom Lee, a passenger said")."""
    institution = _UNNAMED_INSTITUTION.search(text)
    if institution and (_opens_clause(text[:institution.start()]) or _CONJUNCTION_AT_END.search(text, 0, institution.start())):
        return Subject("group", institution.group(0), offset + institution.start())
    group = _UNNAMED_GROUP_RE.search(text) or _POSSESSED_BEFORE.search(text)
    if group and _opens_clause(text[:group.start()]):
        return Subject("group", group.group(0), offset + group.start())
    one = _ONE_OF_RE.search(text)
    if one is None:
        one = next((m for m in [_ONE_UNNAMED_RE.search(text)] if m and not _apposed_to_names(text[:m.start()])), None)
    return Subject("group", one.group(0), offset + one.start()) if one else None


def _apposed_to_names(text: str) -> bool:
    """A capitalised word that may be a name before an unnamed subject set off by a comma ("Ann Lee, the wife of Tom
    Lee, a passenger"); sentence words do not count ("And as one Lee booster enthuses:", "But one Labour MP said"),
    nor names in another clause ("It lost a High Court action when a judge said")."""
    return text.rstrip().endswith(",") and any(w not in NOT_NAME_WORDS for w in re.findall(r"[A-Z][\w’'-]*", text))


#: An institution no name or place goes with, as a subject: "but the government said" (nobody named).
_UNNAMED_INSTITUTION = re.compile(rf"\b(?:the|The)\s+(?:{INSTITUTION_NOUN_PATTERN})$")
#: A conjunction that opens a second clause with its own subject: "… called it a waste but the government said".
_CONJUNCTION_AT_END = re.compile(r"\s(?:but|and|while|whereas)\s+$")
#: Unnamed people in the plural as a subject: "The girls", "two neighbours", "Many of the fans".
_UNNAMED_GROUP_RE = re.compile(r"\b(?:the|The|two|Two|three|Three|several|Several|many|Many|some|Some|both|Both)\s+"
                               r"(?:of\s+the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[a-z]+s|men|women|people|children)$")


#: Someone's kin or staff, unnamed, as the subject: "“…,” his brother said", "my aunt wrote me", "said her lawyer"
#: (not the person named before them; a name in apposition, "his brother, Ian Lee, said", is found before this).
_POSSESSED = (r"(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
              rf"(?:{PERSON_NOUNS}|{KIN_NOUNS}|{SOMEONE_NOUNS})s?")
_POSSESSED_BEFORE = re.compile(r"(?<![\w’'-])" + _POSSESSED + r"$")
_POSSESSED_AFTER = re.compile(r"[\s,]*(" + _POSSESSED + r")(?=\s*(?:[,.;]|$))")


#: One unnamed person after an inverted verb, whatever words describe them: "said a Fifa spokesman", "said one
#: local fan", "said a spokesman for the company" (never the speaker of the quote before).
_ONE_UNNAMED_AFTER = re.compile(r"[\s,]*((?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
                                rf"(?:{PERSON_NOUNS}|(?i:{SOMEONE_NOUNS}))"
                                r"(?:\s+(?:for|of|at|from|with)\s+[^,.;_]{1,60}?)?)(?=\s*(?:[,.;]|$))")


#: One unnamed member of a group: "one of them", "one of the gunmen", "one of his neighbours".
_ONE_OF = (r"(?:one|One)\s+of\s+(?:them|us|those|(?:the|these|his|her|their|its|our)\s+(?:[a-z][\w-]*\s+){0,2}"
           r"[a-z]+s)")
#: ... after an inverted verb: "said one of the fans", "said one of his aides".
_ONE_OF_AFTER = re.compile(r"[\s,]*(" + _ONE_OF + r")(?=\s*(?:[,.;]|$))")


def possessed_after(text: str, offset: int) -> Optional[Subject]:
    """After an inverted verb: "“…,” said his brother." or "said a club spokesman." (someone unnamed)."""
    m = _POSSESSED_AFTER.match(text) or _ONE_UNNAMED_AFTER.match(text) or _ONE_OF_AFTER.match(text)
    return Subject("group", m.group(1), offset + m.start(1)) if m else None


#: ... right before the verb, wherever the clause starts.
_ONE_OF_RE = re.compile(r"\b" + _ONE_OF + r"$")


#: One unnamed person right before the verb, whatever capitalised words describe them: "One Whitney Young
#: student", "a local resident", "another Lakeside High teacher".
_ONE_UNNAMED_RE = re.compile(r"(?:^|(?<=\s))(?:A|An|One|Another|a|an|one|another)\s+(?:[\w’'-]+\s+){0,4}?"
                             rf"(?:{PERSON_NOUNS}|{SOMEONE_NOUNS})$")


#: One unnamed person by a capitalised noun of the someone class: "another top Democrat", "a senior Tory".
_ONE_BY_PARTY = re.compile(rf"(?:^|(?<=\s))(?:A|An|One|Another|a|an|one|another)\s+(?:[a-z][\w’'-]*\s+){{0,3}}?"
                           rf"(?=[A-Z])(?i:{SOMEONE_NOUNS})$")


def _one_by_party(text: str, offset: int) -> Optional[Subject]:
    """'“…,” another top Democrat said': one person nobody names, not a person or party called 'Democrat'."""
    one = _ONE_BY_PARTY.search(text)
    return Subject("group", one.group(0), offset + one.start()) if one else None


#: An organisation's name inside its description: "the Xinhua state news agency", "the Reuters news agency",
#: "Broadcast magazine" opening its clause.
_NAMED_ORG_DESCRIPTION_RE = re.compile(r"(?:\b(?:the|The|[A-Z][\w-]*[’']s)\s+|^\s*|(?<=,)\s+)([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})\s+(?:[a-z][\w-]*\s+){0,2}"
                                       + ORG_NOUN_PATTERN + r"\s*$")


def _may_open_org(word: str) -> bool:
    """A sentence word never opens an organisation's name ("Meanwhile …"), a nationality adjective may
    ("European Union Aviation Safety Agency", "British Airways")."""
    return word not in NOT_NAME_WORDS or re.search(r"(?:an|ese|ish)$", word) is not None


def _opens_clause(before: str) -> bool:
    """Nothing but a quote, punctuation or an introductory phrase before: the words are the subject, not an object
    ("“…,” the statement continued" yes; "issued a notice warning" no)."""
    return re.fullmatch(r"[\s_,.!?…“”\"‘’«»:;—–-]*|.*,\s*", before) is not None


def _name_like_words(parts: list[str]) -> list[str]:
    """The words of a capitalised subject that can name someone: sentence words in front dropped, cut before
    a day or other sentence word ("Pope Leo on Sunday")."""
    he_surname = len(parts) == 2 and parts[0] == "He" and parts[1] not in NOT_NAME_WORDS \
        and parts[1] not in TITLE_WORDS      # "He Jianxiong": a pronoun is never followed by a capitalised name
    while parts and parts[0] in NOT_NAME_WORDS and not he_surname:
        parts = parts[1:]
    if len(parts) >= 3 and parts[0].endswith(("'s", "’s")):
        parts = parts[1:]       # "NPR’s Ofeibea Quist-Arcton reports": the outlet's reporter, named after it
    cut = next((i for i, w in enumerate(parts) if i and w in NOT_NAME_WORDS and not is_title([w])), len(parts))
    parts = parts[:cut]
    while parts and parts[-1] in ("on", "in", "at", "of", "for", "and", "the"):
        parts.pop()
    return parts


def _connected_org(words: list[str]) -> bool:
    """'Eagles of Death Metal', 'UN Office for the Co-ordination of …', 'Allianz Global Corporate & Specialty':
    three or more words joined by of/for/& that open with neither a given name nor a title; 'on' and 'to' join
    only after a body's noun ('Intergovernmental Panel on Climate Change', 'Committee to Protect Journalists'),
    never a person to a day or a place ('Smith on Sunday')."""
    return len(words) >= 3 and any(w in ("of", "for", "&") or w in ("on", "to") and words[i].lower() in ORG_NOUNS
                                   for i, w in enumerate(words[1:-1])) and words[-1][:1].isupper() \
        and not is_first_name(words[0]) and words[0] not in TITLE_WORDS and words[0] not in NOT_NAME_WORDS \
        and words[0].rstrip(".") not in TITLE_ABBREVIATIONS     # "Rep. Lena Okafor of Michigan": a person


#: Capitalised titles whose last word is no title on its own ("Lady Gaga"): "the First Lady said" names nobody.
_TITLE_PHRASES = frozenset({"First Lady", "First Gentleman", "Second Lady", "Second Gentleman"})


def surface_subject(words: str, at: int) -> Optional[Subject]:
    """A capitalised subject not in the name table: a country or an office speaks as an organisation, a
    demonym never speaks, and only a short run of name-like words counts as a person."""
    raw = without_descriptor(words).split()
    title = " ".join(w for w in raw if w not in ("the", "The"))
    if title in _TITLE_PHRASES:
        return Subject("title", title, at)      # 'the First Lady': not cut at 'Lady'
    party = party_by_short_name(" ".join(_name_like_words(raw)))
    if party:       # "The Tories dismissed …": the Conservatives
        return Subject("org", party, at)
    if _connected_org(raw):
        return Subject("org", " ".join(raw), at)
    parts = _name_like_words(raw)
    words = " ".join(parts)
    if not parts:
        return None
    if len(parts) == 2 and parts[0] in SOVEREIGN_TITLES:
        return Subject("surface", words, at)    # "Pope Leo": a person, not an office
    if is_title(parts) and not ORG_SPEAKER_RE.fullmatch(words):
        return Subject("title", words, at)      # "the Malaysian PM said": the person introduced with that title
    if words in COUNTRIES or ORG_SPEAKER_RE.fullmatch(words) or any(w in TITLE_WORDS for w in parts):
        return Subject("org", words, at)
    if any(w in DEMONYMS for w in parts) or len(parts) > 3 or any(w.islower() for w in parts) \
            or parts[-1] in GROUP_SPEAKERS:
        return None
    return Subject("surface", words, at)
