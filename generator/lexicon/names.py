"""Words about people: first names with gender (plus the US Census list), capitalised words that never
begin a name, and the last words of organisation names, which end an organisation's name and never a person's."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from generator.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from generator.lexicon.load import words

#: Speakers that are organisations or institutions ("NATO said", "the Kremlin said").
SPEAKER_ORG_HEADS = (r"Kremlin|White House|Pentagon|Ministry|Department|Commission|Council|Government|Office|Agency|Alliance|"
              r"Embassy|Police|League|Union|Organi[sz]ation|Committee|Court|Army|Authority|Bureau|Institute|Foundation|"
              r"Association|Service|Board|Federation|Society|Cent(?:er|re)|Coalition|Party|Productions|Records|Group|"
              r"Company|Corporation|Inc\.?|Corp\.?|Co\.?|Ltd|LLC|Network|University|Studios|Airlines|Administration|"
              r"Secretariat|Parliament|Brothers|Sisters|Partners|Associates|Holdings|Industries|Labs|Motors|Systems|"
              r"Technologies|Media|Entertainment|Pharmaceuticals|Ventures|Airways")
#: Last words that end an organisation's name, never a person's ("Swedish Prosecution Authority said").
ORG_HEAD_WORDS = frozenset(w for w in re.findall(r"[A-Z][a-z]+", SPEAKER_ORG_HEADS) if w not in {"Court", "White", "Cent", "Organi"}) \
    | {"Center", "Centre", "Organisation", "Organization"}

#: Titles, ranks and honorifics before a name, never part of it: the abbreviated ones ("the Rev. Al Green",
#: data/title-abbreviations.txt, whose full stop never ends a sentence) and "Sir", which is never abbreviated.
TITLE_ABBREVIATIONS = words("title-abbreviations") | {"Sir"}
#: Titles that make one given name a full name ("Pope Leo", "King Charles"): the title stays with the name.
SOVEREIGN_TITLES = frozenset({"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Sheikh"})
#: Titles written as capitals ("the Malaysian PM said"): a description of a person, never an organisation.
TITLE_ACRONYMS = frozenset({"PM", "CEO", "CFO", "COO", "CTO", "MP", "MEP", "VP", "GM"})

#: Sentence starters and other capitalised words that never begin a person's name.
NOT_NAME_WORDS = set("""
The A An In On At But And Or If As While When After Before During Since Although Though Because So Yet Still
This That These Those There Here It Its He She They We I You His Her Their Our My Your Who What Where Why How
Mr Mrs Ms Dr Sir Dame Madam Speaking Citing Post Among Other Others Throughout
Besides Taking Meanwhile However Moreover According Asked Last Next Earlier Later Former Both Each Every Some
Now Then Today Instead Also Even Only Just Once Again
To For From With By Of Into Onto Over Under About Against Than Via Without Within Upon
Another One Someone Somebody Everyone Anyone Many Few Several Most Neither Either Never Always Not
CEO CFO COO CTO CMO CIO VP SVP EVP MP MEP GM PM
Western Eastern Northern Southern European Senate Democrats Republicans Congress Parliament God Allies Allied
""".split()) | set(MONTH_NAMES) | set(WEEKDAY_NAMES)

MALE_NAMES = set("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick
Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith
Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert
Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny
Boris Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Aleksandr Aleksei Andrei Andrey Mikhail Nikolai Ivan Igor
Yuri Oleg Pavel Viktor Volodymyr Petro Oleksii Oleksiy Dmytro Vitali Vitaly Anatoly Valery Maxim Ramzan Yevgeny
Jens Emmanuel Olaf Angela Joe Barack Antony Lloyd Jake Ned Mark Krisjanis Egils Gitanas Kaja Andrzej Mateusz
Recep Mevlut Narendra Justin Rishi Keir Josep Charles Fumio Shinzo Muammar Bashar Hassan Ali Mohammed
Muhammad Ahmed Omar Abdullah Benjamin Naftali Yair Ehud Luiz Jair Hans Klaus Wolfgang Jurgen Frank-Walter Heiko
Annalena Pierre Jean Jacques Francois Nicolas Emmanuel Mario Matteo Giuseppe Pedro Pablo Carlos Miguel Jan Lars
Mette Nils Sauli Ulf Petteri Niinisto Viktor Alexis Kyriakos Edgars Artis Kristjan Jüri Toomas Gabrielius Ingrida
""".split()) - {"Angela", "Annalena", "Mette", "Kaja", "Ingrida"}
FEMALE_NAMES = set("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail
Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte
Rose Alexis Kayla Wendy Julianne Hillary Kamala Nancy Ursula Annalena Mette Kaja Ingrida Sanna Magdalena Liz Theresa
Jacinda Giorgia Marine Ségolène Christine Federica Kristalina Nicola Condoleezza Madeleine Samantha Linda Victoria
Karine Jen Dana Avril Gina Janet Marcia Kristi Elena Olga Irina Natalia Natalya Tatiana Svetlana Yulia Maria
Valentina Ekaterina Yekaterina Anastasia Iryna Olena Oksana Viktoria Ludmila Lyudmila Galina Marina Veronika
""".split())



@lru_cache(maxsize=1)
def census_first_names() -> dict[str, Optional[str]]:
    """US Census first names shipped by the `names` package (MIT): name -> "m" | "f" | None (used for both).

    A name counts for one gender when it is at least three times as frequent for it as for the other."""
    try:
        from importlib.resources import files
        male = census_file(files("names").joinpath("dist.male.first").read_text())
        female = census_file(files("names").joinpath("dist.female.first").read_text())
    except (ImportError, OSError, ModuleNotFoundError):
        return {}
    out: dict[str, Optional[str]] = {}
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < _RARE_NAME_PERCENT:
            continue        # Honey, Page, Diamond, Star, Echo: rare as names, common as words
        out[name] = "m" if m >= 3 * f else "f" if f >= 3 * m else None
    return out


#: Census first names rarer than this (percent of people) are left out.
_RARE_NAME_PERCENT = 0.004


def census_file(text: str) -> dict[str, float]:
    rows = (line.split() for line in text.splitlines() if line.strip())
    return {row[0].capitalize(): float(row[1]) for row in rows if len(row) >= 2}


#: First words of a street's or a venue's name ('Boulevard Voltaire', 'Café Bonne Bière'): never a person.
VENUE_STARTS = frozenset("Boulevard Avenue Rue Place Street Square Bridge Cafe Café Restaurant Bar Hotel Stadium "
                         "Stade Theatre Theater Gate".split())
#: Articles that begin a venue's name of three or more words ('Le Petit Cambodge', 'La Belle Equipe').
VENUE_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il"})
#: Last words of a group's name besides organisations' ('Islamic State'): never a person's surname.
GROUP_ENDS = frozenset({"State", "Front", "Brigade", "Brigades", "Movement", "Network", "Force", "Forces",
                        "City", "County", "Province", "Island", "Islands", "Airport", "Square"})


def not_a_person_name(name: str) -> bool:
    """A street, a venue, a place, an organisation or a group written like a name ('Boulevard Voltaire',
    'Islamic State', 'Ho Chi Minh City', 'Defence Force')."""
    words = name.strip(" '’").split()
    return bool(words) and (words[0] in VENUE_STARTS or (words[0] in VENUE_ARTICLES and len(words) >= 3)
                            or words[-1] in ORG_HEAD_WORDS or words[-1] in GROUP_ENDS or name.strip(" '’").isupper())
