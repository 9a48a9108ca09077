"""Countries and demonyms as news text writes them ("the U.S.", "Russian"), and first words of place names
(data/demonyms.txt, countries.txt, place-starts.txt)."""
from __future__ import annotations

from generator.lexicon.load import pairs, words

#: A country's adjective or short name -> the country ('Russian': 'Russia', 'U.K.': 'United Kingdom').
DEMONYMS: dict[str, str] = pairs("demonyms")
#: A country's name as written -> the country ('the U.S.': 'United States', 'Britain': 'United Kingdom').
COUNTRIES: dict[str, str] = pairs("countries")
#: First words of place names that a capitalised run might otherwise pass off as a person.
PLACE_STARTS = words("place-starts")
#: The compass points that open a region's name ('South Yorkshire', 'West Midlands').
COMPASS_POINTS = frozenset({"North", "South", "East", "West"})
