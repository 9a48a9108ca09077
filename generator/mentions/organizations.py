"""Organisations, named as the source writes them.

Without a model, an organisation is recognised by structure: acronyms (NATO, OSCE, TV3), names ending in an
institution word ("NATO-Russia Council", "European Union", "Tempus Inc"), "Organization for ..." names,
"<Surname> administration", seats of government used for governments ("the Kremlin", "the White House"),
brand-like spellings (SoftBank, AT&T, Edmunds.com) and the cues news writing puts around a company name
("Commerzbank analyst Jane Roe", "the research firm Oanda").
"""
from __future__ import annotations

import re
from typing import Container, Iterable, Sequence

from generator.lexicon.calendar import WEEKDAY_NAMES
from generator.lexicon.countries import DEMONYMS
from generator.lexicon.cues import REPORTING_VERBS
from generator.lexicon.load import alternation
from generator.lexicon.names import CLUB_BODY_WORDS, NOT_NAME_WORDS, ORG_KINDS, SEATS_OF_GOVERNMENT, STRONG_ORG_HEADS
from generator.lexicon.persons import STAFF_NOUNS
from generator.lexicon.titles import ORG_TITLE_WORDS
from generator.mentions.gazetteer import ORG_HEADS, URL_PATTERN, club_names, gazetteer, strip_run
from generator.mentions.org_evidence import listed_beside
from generator.text.dateline import find_dateline
from generator.text.scan import ends_at

#: Heads that name an institution even before a title ("Teachers Association President Jane Roe").
_STRONG_HEADS = re.compile(alternation(STRONG_ORG_HEADS) + "$")
#: Brand-like names: inner capitals ("SoftBank", "InfoNation"), ampersand acronyms ("AT&T"), site names.
_INNER_CAPITALS = re.compile(r"(?<![\w.@#/-])(?!Mac|Mc|De|Di|La|Le|Du)(?=\w{5})[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![\w-])")
#: After a name, what shows it is a company: "Commerzbank analyst Jane Roe", "Amazon founder Jeff Bezos".
_STAFF_CUE = re.compile(r"(?<![\w’'-])([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})\s+"
                        + STAFF_NOUNS + r"\b")
#: Kinds of body a common noun names ('firm', 'manufacturer', 'newspaper'): lexicon.names.ORG_KINDS.
_KINDS = alternation(ORG_KINDS)
#: Before a name, the kind of body it is: "the research firm Oanda", "fact-checking website Full Fact", or set
#: off by commas as an apposition of its own: "the international police organisation, Velpol, said" (the name closed by a
#: comma: in "the company, Smith said," the name runs on into its verb and is no apposition).
_KIND_CUE = re.compile(rf"\b(?:{_KINDS})(?:\s+|,\s+(?=[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}},))"
                       rf"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})")
#: After a name, the kind of body it is: "Xinhua news agency said", "the Velto group" (a person's name is never
#: followed by 'agency' or 'firm' without a possessive).
_KIND_AFTER_CUE = re.compile(rf"(?<![\w’'-])(?!(?:The|A|An)\s)([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){{0,2}})\s+(?:news\s+)?(?:{_KINDS})\b")
#: After a name, an apposition that says what kind of body it is: "Nissin, an instant noodle maker, said", "Velto,
#: the Dutch stock exchange that is bidding for ...".
_APPOSITION_CUE = re.compile(r"(?<![\w’'-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),\s+(?:an?|the)\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?(?:{_KINDS})(?=\s*[,;.)]|\s+(?:that|which)\s)")
#: A name whose own clause goes on with 'its' ("Acme is holding its annual event"): a thing, not a person.
#: Reporting verbs and conjunctions between start another clause ("Smith said its ...", "Lee and its ...").
_ITS_CUE = re.compile(r"(?<![\w’'-])([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})\s+((?:[a-z]+\s+){1,3}?)its\b")
#: A capitalised word run into a lower-case one by a hyphen is a modifier, not a name: 'a Turkish-based carrier',
#: 'MIL-spec', 'NATO-led' (NATO is found where it stands alone).
_COMPOUND_MODIFIER = re.compile(r"\w-[a-z]+$")
_COMPOUND_AFTER = re.compile(r"-[a-z]")
#: A full stop after a word of two or more letters inside a run of capitalised words ends a sentence ('NYAG. The').
_SENTENCE_END = re.compile(r"[A-Za-z]{2,}\.\s")
_NEW_CLAUSE = REPORTING_VERBS | {"that", "which", "who", "whom", "when", "while", "because", "if", "as", "than",
                                 "but", "and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "from",
                                 "about", "over", "into", "against"}
#: Capitalised words that open a sentence before a cue without being a name ("Former employees said").
_NOT_NAMES = {"Former", "Many", "Some", "Other", "Senior", "Top", "Its", "Their", "Our", "His", "Her", "Several",
              "Most", "All", "Both", "New", "Local", "Foreign", "Independent", "Private", "Leading", "Chief",
              "Lead", "Market", "Company", "Two", "Three", "Four", "Five", "Ten", "Bank", "Industry", "Wall"}
_WEEKDAY_NAME = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r")\b")
_AMPERSAND_ACRONYM = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])")
_SITE_NAME = re.compile(r"(?<![\w.@/-])[A-Z][\w-]*\.(?:com|net|org)(?![\w/.])")
_MEDIA = ("Associated Press", "Reuters", "Getty Images", "Bloomberg", "Agence France-Presse",
          "Tribune News Service", "Al Jazeera")
_PLATFORMS = ("Twitter", "Facebook", "Instagram", "YouTube", "Telegram", "TikTok", "WhatsApp")
# Acronyms for things, not organisations.
_NOT_ACRONYMS = {"US", "U.S", "UK", "U.K", "USA", "I", "A", "OK", "AM", "PM", "GMT", "UTC", "CEO", "CFO", "COO",
                 "CTO", "TV", "II", "III", "IV", "VI", "ID", "PS", "NB", "FAQ", "PDF", "URL", "BST", "EST", "CET",
                 "LED", "USB", "SUV", "HVAC", "GDP", "GPS", "DNA", "RNA", "ATM", "VIP", "HTML", "API", "AWD", "RWD",
                 "FWD", "ICU", "COVID", "AIDS", "HIV", "UFO", "ASAP", "RSVP", "DIY", "LOL", "OMG", "ICYMI", "MVP",
                 "AI", "IT", "HD", "MP", "PC", "EV", "WLTP", "NYC", "LGBT", "LGBTQ", "BREAKING", "UPDATE", "VIDEO",
                 "PHOTOS", "WATCH", "READ", "MORE", "NEW", "THE", "AND", "FOR", "IPO",
                 # devices and networks: 'an LTE network', 'a SIM card', 'an OLED screen'
                 "LTE", "SIM", "NFC", "OLED", "AMOLED", "LCD", "CPU", "GPU", "RAM", "SSD", "HDMI", "MHL", "VPN", "OS",
                 "UI", "HDR", "GB", "MB", "TB", "GHZ", "MHZ", "RPM", "MPH", "KPH"}
#: Bodies whose name is letters and a number: a group of countries, a service.
_NUMBERED_BODIES = {"G7", "G20", "MI5", "MI6"}
_SHORT_ACRONYMS = {"EU", "UN", "AP", "UA", "WB"} | _NUMBERED_BODIES
#: Letters and a number name a model, a rating, a flight or a compound ('GS5', 'IP67', 'PS4', 'MH17', 'CO2'); a body
#: only as a channel ('TV3', 'ITV2') or one of `_NUMBERED_BODIES`.
_CODE_NOT_BODY = re.compile(r"(?![A-Z]*TV\d)[A-Z]{1,4}\d{1,2}")
_ACRONYM = re.compile(r"(?<![\w#@.-])(?:[A-Z]{2,8}\d?|[A-Z]{1,4}\d{1,2})(?![\w/]|\.\w)")
_PARTY_GROUP = re.compile(r"\b(?:Senate|House|Congressional|Parliamentary)\s+(?:Democrats|Republicans|Conservatives|"
                          r"Labour|Liberals)\b")
_ADMINISTRATION = re.compile(r"\b(?!The\b|This\b|That\b|Previous\b|Current\b|New\b)[A-Z][a-z]+ administration\b")
#: A name followed by one of these is a title's first half ("White House Press Secretary"), not an organisation.
_TITLE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Officer|Director|Chair|Chairman|Chairwoman|President|"
                          r"[Ss]pokes(?:man|woman|person)|Secretary-General|[Oo]fficials?|Correspondent)\b")
#: Fixed names found by a word-bounded search (seats of government and media case-sensitively, platforms in
#: any case), compiled once: the search runs only when a cheap substring test finds the name in the text.
_NAMED = tuple((name, re.compile(rf"\b{re.escape(name)}\b")) for name in (*SEATS_OF_GOVERNMENT, *_MEDIA))
_PLATFORM_NAMES = tuple((name, name.casefold(), re.compile(rf"\b{re.escape(name)}\b", re.I)) for name in _PLATFORMS)
_POSSESSIVE_END = re.compile(r"(?:’s|'s)$")
_DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|ch)$")
_SHOUTED_AFTER = re.compile(r"[ -][A-Z]{2,}\b")
_SHOUTED_BEFORE = re.compile(r"\b[A-Z]{2,}[ -]$")
_TICKER_ACRONYM = re.compile(r"[A-Z]{4,}\d")
_FIGURE_AFTER = re.compile(r" \d")
_SURNAME_PAIR = re.compile(r"(?=\b[A-Z][a-z]+ ([A-Z][a-z]+)\b)")
_LEADING_ARTICLE_OR_OWNER = re.compile(r"^(?:the|The)\s+|^.*?(?:’s|'s)\s+")
_TWO_BODIES = re.compile(rf"(.*\b{ORG_HEADS}) and (.+)$")
_LEAD_OF = re.compile(r"((?:(?:[A-Z][\w’'-]*|and)\s+){1,4})of\s+(?:the\s+)?(.+)$")
_HAS_ORG_HEAD = re.compile(rf"\b{ORG_HEADS}\b")
_TREATY = re.compile(r"(?:Treaty|Agreement|Convention|Accord|Pact|Act)\b")
#: A run of capitalised words ending in an institution word, opened by a country's initials when it has them
#: ('U.S. Securities and Exchange Commission').
_ORG_RUN = re.compile(rf"(?:(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)\s+)?(?:[A-Z][\w’'–-]*\s+(?:(?:of|for|on|in|the|and(?! the))\s+)*)*?(?:[A-Z][\w–-]*\s+)?{ORG_HEADS}"
                      rf"(?:(?:\s+[A-Z][\w–-]*)*?\s+{ORG_HEADS})?"
                      rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and|in|of)?\s*[A-Z][\w-]*)*)?\b")


def _its_of_another(m: re.Match) -> bool:
    """The 'its' after a name belongs to another clause or noun ('Smith said its …', 'the Ghanaian government
    ahead of its …'; an infinitive keeps the name's clause: 'Acme plans to sell its …'), or the name runs over a full stop ('… by the NYAG. The company … its')."""
    name = m.group(1)
    words = name.split()
    between = m.group(2).split()
    infinitive = {i for i, w in enumerate(between) if w == "to" and 0 < i < len(between) - 1}
    return bool({w for i, w in enumerate(between) if i not in infinitive} & _NEW_CLAUSE or words[0] in NOT_NAME_WORDS or _SENTENCE_END.search(name)
                or len(words) == 1 and _DEMONYM_ENDING.search(name))


def _cued_names(text: str, known_places: Container[str], surnames: set[str]) -> list[tuple[int, str]]:
    """Company names the sentence marks as such: by the staff after them or the kind of body before them."""
    out = []
    inside_sentence: dict[str, bool] = {}       # a name's whole-text search, once per name, not once per cue

    def seen_inside_sentence(name: str) -> bool:
        if name not in inside_sentence:
            inside_sentence[name] = re.search(rf"[a-z,] {re.escape(name)}\b", text) is not None
        return inside_sentence[name]

    for rx in (_STAFF_CUE, _KIND_CUE, _KIND_AFTER_CUE, _APPOSITION_CUE, _ITS_CUE):
        for m in rx.finditer(text):
            if rx is _ITS_CUE and _its_of_another(m):
                continue
            name = _POSSESSIVE_END.sub("", _WEEKDAY_NAME.split(m.group(1))[0].strip())
            words = name.split()
            before = m.start(1)
            while before > 0 and text[before - 1].isspace():
                before -= 1
            opens_sentence = before == 0 or text[before - 1] in ".!?:“\""
            if (not words or _COMPOUND_MODIFIER.search(words[-1]) or _SENTENCE_END.search(name)
                    or words[0] in _NOT_NAMES or words[0] in _NOT_ACRONYMS
                    or words[0] in ORG_TITLE_WORDS
                    or name in known_places or name in surnames or name in DEMONYMS
                    or rx is _STAFF_CUE and (_DEMONYM_ENDING.search(words[-1])
                                             or opens_sentence and len(words) == 1
                                             and not seen_inside_sentence(name))):
                continue    # "Russian analysts", "a Trump spokesman", "Aviation analysts said" name no company
            out.append((m.start(1), name))
    return out


class _KnownPlaces:
    """The article's places and the gazetteer, tested in turn (a union would copy 38,000 names per article)."""

    def __init__(self, places: Iterable[str]) -> None:
        self.places = frozenset(places)
        self.gazetteer = gazetteer()

    def __contains__(self, name: object) -> bool:
        return name in self.places or name in self.gazetteer


Spans = list[tuple[int, str]]


def _acronyms(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """NATO, OSCE, TV3 - but not shouting ("GET OUT THE VOTE"), things ("EV", "PC"), tickers ("XAU="), modifiers
    ("MIL-spec"), a dateline, a place in capitals, or anything in an all-capitals headline."""
    words_of_text = text.split()
    if sum(w.isupper() for w in words_of_text) / max(1, len(words_of_text)) >= 0.5:
        return []                                       # an all-capitals headline is not a row of acronyms
    spans: Spans = []
    opening = find_dateline(text)
    dateline_end = opening.end if opening else 0     # 'WASHINGTON (AP) —': the place, not an organisation
    for m in _ACRONYM.finditer(text):
        word = m.group(0)
        shouted = _SHOUTED_AFTER.match(text, m.end()) or ends_at(_SHOUTED_BEFORE, text, m.start())
        dateline = m.start() < dateline_end
        ticker_or_modifier = (text[m.end():m.end() + 1] == "=" or text[m.start() - 1:m.start()] == "."
                              or _TICKER_ACRONYM.fullmatch(word) or _FIGURE_AFTER.match(text, m.end())
                              or _COMPOUND_AFTER.match(text, m.end()))
        if not (word in _NOT_ACRONYMS or word.title() in known_places or shouted or dateline or ticker_or_modifier
                or (len(word) < 3 and word not in _SHORT_ACRONYMS) or _CODE_NOT_BODY.fullmatch(word) and word not in _NUMBERED_BODIES):
            spans.append((m.start(), word))
    return spans


def _brand_names(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """SoftBank, AT&T, Edmunds.com (not a place, not a figure's label)."""
    return [(m.start(), m.group(0)) for rx in (_INNER_CAPITALS, _AMPERSAND_ACRONYM, _SITE_NAME)
            for m in rx.finditer(text) if m.group(0) not in known_places and not _FIGURE_AFTER.match(text, m.end())]


def _institution_runs(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """Names ending in an institution word ("NATO-Russia Council", "Organization for ... in Europe")."""
    spans: Spans = []
    for m in _ORG_RUN.finditer(text):
        if _TITLE_AFTER.match(text, m.end()) and not _STRONG_HEADS.search(m.group(0)):
            continue                                    # "White House Press Secretary": a title
        name = strip_run(m.group(0))
        name = _LEADING_ARTICLE_OR_OWNER.sub("", name)           # "Indiana's Richmond High School"
        pair = _TWO_BODIES.match(name)
        if pair:                                    # "United Nations and European Union": two bodies
            spans.append((m.start(), pair.group(1)))
            name = pair.group(2)
        if name in known_places or " ".join(name.split()[-2:]) in known_places:
            continue                                # "West Bank" is a place
        lead = _LEAD_OF.match(name)
        if lead and not _HAS_ORG_HEAD.search(lead.group(1)):
            name = lead.group(2)            # "Meetings of the X Council", "Jane Roe of the Daily Post"
        if _TREATY.match(name):
            continue                                                # a treaty is not an organisation
        if (len(name.split()) >= 2 or "-" in name) and not _WEEKDAY_NAME.search(name):
            spans.append((m.start(), name))
    return spans


def _groups_and_administrations(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """"Senate Democrats", "the Biden administration"."""
    return [(m.start(), m.group(0)) for rx in (_PARTY_GROUP, _ADMINISTRATION) for m in rx.finditer(text)]


def _fixed_names(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """Seats of government and media (case-sensitive) and platforms (any case), each by a cheap substring
    test first."""
    spans: Spans = []
    for name, rx in _NAMED:
        if name in text:
            spans.extend((m.start(), name) for m in rx.finditer(text))
    folded = text.casefold() if text.isascii() else None    # re.I also matches "ı", "ſ", "K" (Kelvin)
    for name, folded_name, rx_any_case in _PLATFORM_NAMES:
        if folded is None or folded_name in folded:
            spans.extend((m.start(), name) for m in rx_any_case.finditer(text))
    return spans


def _clubs(text: str, known_places: Container[str], surnames: set[str]) -> Spans:
    """Sports clubs: a known place and a club word no place's name ends with ('Leeds United', not 'San Diego County'),
    any name and 'Utd' or 'FC'."""
    return [(start, f"{place} {word}") for start, place, word in club_names(text) if word in CLUB_BODY_WORDS]


#: Each finder gives (offset, name) spans of one kind of organisation name in one text.
_FINDERS = (_acronyms, _brand_names, _cued_names, _institution_runs, _groups_and_administrations, _fixed_names, _clubs)


def find_organizations(texts: list[str], places: Sequence[str] = ()) -> list[str]:
    """Organisations in the texts, as written, each once, in order of first mention."""
    known_places = _KnownPlaces(places)
    surnames = {m.group(1) for m in _SURNAME_PAIR.finditer("\n".join(texts))}
    found: list[tuple[int, int, str]] = []
    for t_index, raw in enumerate(texts):
        text = URL_PATTERN.sub(lambda u: " " * len(u.group(0)), raw.replace("–", "-"))
        spans = [span for finder in _FINDERS for span in finder(text, known_places, surnames)]
        spans += listed_beside(text, (name for _, name in spans), known_places, surnames)   # 'AT&T, Velto and …'
        found.extend((t_index, start, name) for start, name in spans)
    return _first_mentions(found)


def _first_mentions(found: list[tuple[int, int, str]]) -> list[str]:
    """Each name once, in reading order; a name inside a longer one found at the same place is left out."""
    longest: dict[tuple[int, int], str] = {}
    for t, start, name in found:
        if len(name) > len(longest.get((t, start), "")):
            longest[t, start] = name
    out: dict[str, None] = {}                           # ordered, and a set for the test
    for t, start, name in sorted(found):
        if longest[t, start] != name and longest[t, start].startswith(name + " "):
            continue                                    # "Bloomberg" inside "Bloomberg News"
        out.setdefault(name)
    return list(out)
