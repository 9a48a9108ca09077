"""Countries and demonyms as news text writes them ("the U.S.", "Russian"), and first words of place names."""
from __future__ import annotations

DEMONYMS = {
    "US": "United States", "U.S.": "United States", "American": "United States", "Russian": "Russia",
    "Latvian": "Latvia", "Lithuanian": "Lithuania", "Estonian": "Estonia", "Ukrainian": "Ukraine",
    "British": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom", "French": "France",
    "German": "Germany", "Polish": "Poland", "Italian": "Italy", "Spanish": "Spain", "Chinese": "China",
    "Japanese": "Japan", "Indian": "India", "Turkish": "Turkey", "Belarusian": "Belarus", "Georgian": "Georgia",
    "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Dutch": "Netherlands",
    "Belgian": "Belgium", "Canadian": "Canada", "Australian": "Australia", "Israeli": "Israel",
    "Iranian": "Iran", "Syrian": "Syria", "Libyan": "Libya", "Hungarian": "Hungary", "Romanian": "Romania",
    "Czech": "Czech Republic", "Slovak": "Slovakia", "Austrian": "Austria", "Swiss": "Switzerland",
    "Greek": "Greece", "Irish": "Ireland", "Mexican": "Mexico", "Brazilian": "Brazil", "Kenyan": "Kenya",
    "Nigerian": "Nigeria", "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Pakistani": "Pakistan",
    "Korean": "South Korea", "South Korean": "South Korea", "North Korean": "North Korea", "Taiwanese": "Taiwan",
}
COUNTRIES = {
    "Russia": "Russia", "the Russian Federation": "Russia", "Russian Federation": "Russia",
    "the United States": "United States", "United States": "United States", "the U.S.": "United States",
    "U.S.": "United States", "US": "United States", "Ukraine": "Ukraine", "Latvia": "Latvia", "Estonia": "Estonia",
    "Lithuania": "Lithuania", "France": "France", "Germany": "Germany", "Poland": "Poland", "China": "China",
    "the United Kingdom": "United Kingdom", "Britain": "United Kingdom", "Belarus": "Belarus", "Georgia": "Georgia",
    "Libya": "Libya", "Japan": "Japan", "India": "India", "Turkey": "Turkey", "Canada": "Canada", "Italy": "Italy",
    "Spain": "Spain", "Finland": "Finland", "Sweden": "Sweden", "Norway": "Norway", "Israel": "Israel",
    "Iran": "Iran", "Syria": "Syria", "Hungary": "Hungary", "Romania": "Romania", "Ireland": "Ireland",
}

#: First words of place names that a capitalised run might otherwise pass off as a person.
PLACE_STARTS = {"United", "New", "North", "South", "East", "West", "Saint", "San", "Santa", "Los", "Las", "Port",
                 "Fort", "Mount", "Lake", "Cape", "Gulf", "Red", "Black", "White", "Middle", "Central", "Greater"}
