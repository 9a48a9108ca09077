"""Words about people: first names with gender (plus the US Census list), capitalised words that never
begin a name, and the last words of organisation names, which end an organisation's name and never a person's."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from generator.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from generator.lexicon.cues import VERB_FORMS
from generator.lexicon.function_words import CAPITALISED_FUNCTION_WORDS
from generator.lexicon.load import alternation, entries, keys, of_class, rows, words

#: Head nouns of organisations' names, one table with classes (data/org-heads.txt); each stage takes its class.
#: Speakers that are organisations or institutions ("NATO said", "the Kremlin said"): a regex alternation of the
#: speaker heads and the seats of government that speak.
SPEAKING_ORG_HEADS = of_class("org-heads", "speaker")
SPEAKER_ORG_HEADS = alternation(SPEAKING_ORG_HEADS + of_class("seats-of-government", "speaker"))
#: Last words that end an organisation's name, never a person's ("Swedish Prosecution Authority said").
ORG_HEAD_WORDS = frozenset(of_class("org-heads", "name-end"))
#: Last words of an institution's name: a run ending in one is no place ("Bank of England", "Army in Mali").
INSTITUTION_HEADS = of_class("org-heads", "institution")
#: Heads that name an institution even before a title ("Teachers Association President Jane Roe").
STRONG_ORG_HEADS = of_class("org-heads", "strong")
#: Words that end a sports club's name after a known place ('Leeds United', 'Derby County'), and those that end one
#: after any name ('Man Utd', 'Leeds FC'): data/org-heads.txt, classes club and club-short.
CLUB_WORDS = frozenset(of_class("org-heads", "club"))
CLUB_SHORT_WORDS = frozenset(of_class("org-heads", "club-short"))
#: Of those, the ones no place's name ends with ('United', not 'County': "San Diego County" is a place): class club-body.
CLUB_BODY_WORDS = frozenset(of_class("org-heads", "club-body"))
#: Seats of government and buildings that stand for a government ("the Kremlin", "Downing Street"): never a city
#: (data/seats-of-government.txt).
SEATS_OF_GOVERNMENT = keys("seats-of-government")

#: Courtesy titles before a name (data/honorifics.txt): (title, gender or '-', what it stands before, [abbreviation]).
_HONORIFIC_ROWS = rows("honorifics")
#: Honorifics before a surname ('Mr Putin', 'Dr. Tedros', 'Miss Smith') and before a given name ('Sir Mick',
#: 'Dame Judi'): these find a person on their own.
SURNAME_HONORIFICS: tuple[str, ...] = tuple(row[0] for row in _HONORIFIC_ROWS if row[2] == "surname")
GIVEN_NAME_HONORIFICS: tuple[str, ...] = tuple(row[0] for row in _HONORIFIC_ROWS if row[2] == "given-name")
HONORIFICS = SURNAME_HONORIFICS + GIVEN_NAME_HONORIFICS
#: Every courtesy title, also those written only before a whole name ('Lord', 'Datuk Seri'): left out of a name.
ALL_HONORIFICS: tuple[str, ...] = tuple(row[0] for row in _HONORIFIC_ROWS)
#: The gender an honorific that finds a person gives it ('Mr' -> 'm', 'Miss' -> 'f'; 'Dr' gives none).
HONORIFIC_GENDER: dict[str, str] = {row[0]: row[1] for row in _HONORIFIC_ROWS if row[0] in HONORIFICS and row[1] != "-"}
#: Of those, the ones before a surname ('Mr', 'Mrs', 'Ms', 'Miss'): what picks one of several people of a surname.
GENDERED_SURNAME_HONORIFICS: tuple[str, ...] = tuple(h for h in SURNAME_HONORIFICS if h in HONORIFIC_GENDER)
#: Letters after a name for a seat or an honour ('Jane Roe MP', 'John Doe QC'): data/post-nominals.txt.
POST_NOMINALS = words("post-nominals")
#: Words before a birth name: 'Ann Lee, born Ann Roe', 'the former Ann Roe', 'Ann Lee (née Roe)'.
BIRTH_NAME_CUES: tuple[str, ...] = ("born", "née", "nee", "the former", "formerly")
#: Titles and ranks as news abbreviates them before a name, whose full stop never ends a sentence ("the Rev. Al
#: Green", "Mr. Putin"): data/title-abbreviations.txt and the abbreviated honorifics.
ABBREVIATED_TITLES = words("title-abbreviations") | {row[0] for row in _HONORIFIC_ROWS if row[3:] == ("abbreviation",)}
#: Common nouns for an organisation (data/org-nouns.txt): "the company said" (one named earlier), "Insurer Allianz
#: said" (a descriptor), "research firm Strategy Analytics" (no person).
ORG_NOUNS = frozenset(of_class("org-nouns", "descriptor"))
#: The same nouns as one regex group, in alphabetical order: what the name rules and quote speakers match.
ORG_NOUN_PATTERN = "(?:" + "|".join(sorted(ORG_NOUNS)) + ")"
#: Common nouns that say what kind of body a name is: "the research firm Oanda", "Nissin, an instant noodle
#: maker, said" (data/org-nouns.txt, class 'kind').
ORG_KINDS = of_class("org-nouns", "kind")
#: Lower-case nouns after a place or name that make it a body that speaks: "the Dutch government", "the US navy"
#: (data/org-nouns.txt, class 'institution'), one regex group.
INSTITUTION_NOUN_PATTERN = alternation(of_class("org-nouns", "institution"))

#: Titles, ranks and honorifics before a name, never part of it: the abbreviated ones and those before a given
#: name ('Sir', 'Dame'), which are never abbreviated.
TITLE_ABBREVIATIONS = ABBREVIATED_TITLES | set(GIVEN_NAME_HONORIFICS)
#: News agencies a wire dateline names ('WASHINGTON (AP) —'), as each writes itself (data/wire-agencies.txt).
WIRE_AGENCIES = entries("wire-agencies")
#: Titles that make one given name a full name ("Pope Leo", "King Charles"): the title stays with the name
#: (data/sovereign-titles.txt).
SOVEREIGN_TITLES = frozenset(row[0] for row in rows("sovereign-titles"))
#: The gender each gives, by the title in lower case ('queen' -> 'f').
SOVEREIGN_GENDER: dict[str, str] = {row[0].lower(): row[1] for row in rows("sovereign-titles")}
#: Particles inside a name, before the surname they belong to ('von der Leyen', 'bin Zayed'): data/name-particles.txt.
NAME_PARTICLES = entries("name-particles")
#: Titles written as capitals ("the Malaysian PM said"): a description of a person, never an organisation
#: (data/title-acronyms.txt).
TITLE_ACRONYMS = words("title-acronyms")

#: Capitalised words that open a sentence or clause ('It', 'This', 'However'): data/sentence-starters.txt.
SENTENCE_STARTERS = words("sentence-starters")
#: A reporting verb in -s opening an inverted sentence ('Says Donald, “…”', 'Adds Ms Lee:'): never a name's first
#: word (not the -ed forms: 'Said' is a name, 'Said Kouachi').
INVERTED_VERB_OPENERS = frozenset(f.capitalize() for forms in VERB_FORMS.values() for f in forms
                                  if " " not in f and f.endswith("s") and not f.endswith("ss"))
#: Sentence starters and other capitalised words that never begin a person's name: data/not-name-words.txt, the
#: month and weekday names, the honorifics, the title acronyms and the function words ('The', 'In', 'While').
NOT_NAME_WORDS = set(SENTENCE_STARTERS) | set(words("not-name-words")) | set(MONTH_NAMES) | set(WEEKDAY_NAMES) | set(HONORIFICS) \
    | set(TITLE_ACRONYMS) | set(CAPITALISED_FUNCTION_WORDS) | INVERTED_VERB_OPENERS
#: First names with their gender beside the Census list (data/first-names-*.txt).
MALE_NAMES = set(words("first-names-male"))
FEMALE_NAMES = set(words("first-names-female"))


@lru_cache(maxsize=1)
def _census_first_lists() -> tuple[dict[str, float], dict[str, float]]:
    """(male, female) US Census first-name frequencies shipped by the `names` package (MIT); empty without it."""
    try:
        from importlib.resources import files
        return (census_file(files("names").joinpath("dist.male.first").read_text()),
                census_file(files("names").joinpath("dist.female.first").read_text()))
    except (ImportError, OSError, ModuleNotFoundError):
        return {}, {}


@lru_cache(maxsize=1)
def census_first_names() -> dict[str, Optional[str]]:
    """US Census first names: name -> "m" | "f" | None (used for both).

    A name counts for one gender when it is at least three times as frequent for it as for the other."""
    male, female = _census_first_lists()
    out: dict[str, Optional[str]] = {}
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < _RARE_NAME_PERCENT:
            continue        # Honey, Page, Diamond, Star, Echo: rare as names, common as words
        out[name] = "m" if m >= 3 * f else "f" if f >= 3 * m else None
    return out


@lru_cache(maxsize=1)
def census_both_genders() -> frozenset[str]:
    """US Census first names given to both men and women ('Robin', 'Kim', 'Sandy'; not 'Tom'): a gender guessed
    from them the text's own words may overrule."""
    male, female = _census_first_lists()
    return frozenset(n for n in set(male) & set(female) if male[n] > 0 and female[n] > 0)


#: Census first names rarer than this (percent of people) are left out.
_RARE_NAME_PERCENT = 0.004
#: A census surname rarer than this (percent of people) is, as a surname, next to never met ('Ann', 'Jane').
_RARE_SURNAME_PERCENT = 0.001


@lru_cache(maxsize=1)
def census_surnames() -> dict[str, float]:
    """US Census surnames shipped by the `names` package (MIT): name -> percent of people (empty without it)."""
    try:
        from importlib.resources import files
        return census_file(files("names").joinpath("dist.all.last").read_text())
    except (ImportError, OSError, ModuleNotFoundError):
        return {}


def only_a_given_name(word: str) -> bool:
    """A census first name that is next to never a surname ('Ann', 'Elizabeth'; not 'Paul', 'Lee', 'Scott')."""
    surnames = census_surnames()
    return bool(surnames) and word in census_first_names() and surnames.get(word, 0.0) < _RARE_SURNAME_PERCENT


def census_file(text: str) -> dict[str, float]:
    rows = (line.split() for line in text.splitlines() if line.strip())
    return {row[0].capitalize(): float(row[1]) for row in rows if len(row) >= 2}


#: First words of a street's or a venue's name ('Boulevard Voltaire', 'Café Bonne Bière'): never a person.
VENUE_STARTS = frozenset("Boulevard Avenue Rue Place Street Square Bridge Cafe Café Restaurant Bar Hotel Stadium "
                         "Stade Theatre Theater Gate".split())
#: Articles that begin a venue's name of three or more words ('Le Petit Cambodge', 'La Belle Equipe').
VENUE_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il"})
#: Last words of a group's name besides organisations' ('Islamic State', 'Defence Force': data/org-heads.txt, class
#: group-end) and of a place's or a venue's ('Ho Chi Minh City'): never a person's surname.
GROUP_ENDS = frozenset(of_class("org-heads", "group-end")) | {"City", "County", "Province", "Island", "Islands",
                                                              "Airport", "Square", "Cathedral", "Palace", "Museum",
                                                              "Mosque"}
#: Last words of a newspaper's or magazine's name ('Wall Street Journal', 'Korea Herald'): never a surname
#: (data/org-heads.txt, class publication-end).
PUBLICATION_ENDS = frozenset(of_class("org-heads", "publication-end"))


def not_a_person_name(name: str) -> bool:
    """A street, a venue, a place, an organisation, a publication or a group written like a name ('Boulevard
    Voltaire', 'Islamic State', 'Ho Chi Minh City', 'Defence Force', 'Wall Street Journal', 'Notre Dame Cathedral',
    'Marsh & Co Specialty')."""
    words = name.strip(" '’").split()
    return bool(words) and (words[0] in VENUE_STARTS or (words[0] in VENUE_ARTICLES and len(words) >= 3)
                            or words[-1] in ORG_HEAD_WORDS or words[-1] in GROUP_ENDS or words[-1] in PUBLICATION_ENDS
                            or name.strip(" '’").isupper() or "&" in name or _glued_to_a_publication(words))


def article_and_one_name(name: str) -> bool:
    """'Le Carillon', 'La Capitale', 'Les Bleus': an article and one capitalised word, the name of a bar, a paper
    or a team, or a surname with its particle ('Le Drian', 'Le Pen') -- a person only when the text gives it a
    role or a fuller name.  'Les' is a given name too, before a surname ('Les Ferdinand'; 'Bleus' is none)."""
    words = name.split()
    return len(words) == 2 and words[0] in VENUE_ARTICLES and (words[0] not in census_first_names()
                                                               or words[1] not in census_surnames())


def honorific_and_given_name(name: str) -> bool:
    """'Miss Ann', 'Mr. John': an honorific that stands before a surname ('Miss Smith'), here before a word that
    is only ever a given name -- a form of address or a stock figure, not a person's name as news writes it."""
    words = name.replace(".", " ").split()
    return len(words) == 2 and words[0] in SURNAME_HONORIFICS and only_a_given_name(words[1])


def _glued_to_a_publication(words: list[str]) -> bool:
    """A publication's name run into a person's or a company's ('told the Korea Herald Samsung would …',
    'the Telegraph Hadfi …'): a publication's last word inside the name, which opens on no first name ('Jane
    Herald Smith' is a person)."""
    first = words[0]
    return any(w in PUBLICATION_ENDS for w in words[:-1]) and not (
        first in MALE_NAMES or first in FEMALE_NAMES or first in census_first_names())
