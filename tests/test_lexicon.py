"""The word lists: data files under generator/lexicon/data/, read once by one loader, one definition each."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest

from generator.lexicon import calendar
from generator.lexicon.load import DATA, MissingWordList, entries, rows

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"


def test_every_data_file_ships_as_package_data() -> None:
    line = re.search(r'^"generator\.lexicon" = \[(.*)\]$', (ROOT / "pyproject.toml").read_text(), re.M)
    assert line, "pyproject.toml ships no package data for generator.lexicon"
    shipped = re.findall(r'"([^"]+)"', line.group(1))
    data = sorted(p.relative_to(GENERATOR / "lexicon").as_posix() for p in (GENERATOR / "lexicon" / "data").iterdir())
    assert data and all(any(fnmatch(name, pattern) for pattern in shipped) for name in data), data


def test_a_missing_list_is_one_line_naming_the_file() -> None:
    with pytest.raises(MissingWordList) as err:
        entries("no-such-list")
    message = str(err.value)
    assert "no-such-list.txt" in message and "\n" not in message and message.startswith("error:")


def test_a_missing_list_at_import_prints_one_line_not_a_traceback(tmp_path: Path) -> None:
    """A broken install (a data file deleted) stops `briefing` with one line, whatever module reads it first."""
    copy = tmp_path / "generator"
    subprocess.run(["cp", "-r", str(GENERATOR), str(copy)], check=True)
    (copy / "lexicon" / "data" / "months.txt").unlink()
    run = subprocess.run([sys.executable, "-c", "import generator.cli"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip().startswith("error: the word list") and "months.txt" in run.stderr
    assert "Traceback" not in run.stderr


def test_entries_skip_comments_and_blank_lines_and_are_read_once() -> None:
    assert all(not e.startswith("#") and e == e.strip() and e for e in entries("months"))
    assert entries("months") is entries("months")            # cached: the file is read once
    assert DATA.joinpath("months.txt").is_file()


def test_calendar_words() -> None:
    assert len(calendar.MONTHS) == 12 and calendar.MONTHS[4] == "may"
    assert [calendar.month_number(w) for w in ("January", "jan.", "Sept.", "sep", "December", "May")] == [1, 1, 9, 9, 12, 5]
    with pytest.raises(KeyError):
        calendar.month_number("Mayday")
    assert calendar.WEEKDAYS[0] == "monday" and len(calendar.WEEKDAYS) == 7
    assert calendar.WEEKDAY_NAMES[6] == "Sunday"
    assert all(len(row) >= 1 for row in rows("weekdays"))


#: Lists of these words may only be written in lexicon/data/ (one definition each): a module whose code or
#: strings name four or more of them writes the list again.
_ONE_DEFINITION = {
    "month names": {m.capitalize() for m in calendar.MONTHS} - {"May"},
    "weekday names": {d.capitalize() for d in calendar.WEEKDAYS},
    "meeting nouns": {"Talks", "Summit", "Conference", "Negotiations", "Consultations", "Encounter", "Discussions"},
    "plain reporting verbs": {"Reiterate", "Insist", "Argue", "Explain", "Declare", "Stress", "Urge", "Reply", "Claim"},
    "honorifics": {"Mrs", "Ms", "Miss", "Dame", "Datuk", "Datin", "Lady"},
    "number words": {"Seven", "Nine", "Eleven", "Thirteen", "Seventeen", "Forty", "Sixty", "Ninety"},
    "sovereign titles": {"Pope", "Queen", "Princess", "Emperor", "Empress", "Sultan", "Sheikh"},
    "name particles": {"Von", "Van", "Der", "Den", "Ibn", "Bin", "Du", "Di"},
    "organisation heads": {"Secretariat", "Federation", "Foundation", "Assembly", "Pharmaceuticals", "Holdings",
                           "Exchange", "Senate"},
    "organisation nouns": {"Manufacturer", "Retailer", "Broadcaster", "Insurer", "Conglomerate", "Brokerage",
                           "Watchdog", "Lender"},
    "publication name ends": {"Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Examiner", "Inquirer"},
    "seats of government": {"Bundestag", "Knesset", "Politburo", "Vatican", "Elysee", "Kremlin", "Pentagon"},
    "document nouns": {"Memo", "Filing", "Survey", "Audit", "Assessment", "Forecast", "Notice", "Estimate"},
    "leading title words": {"Air", "Committee", "Inspector", "Superintendent", "Party", "Police"},
    "description heads any title fits": {"Official", "Head", "Chief", "Leader", "Officer"},
    "title heads": {"Ambassador", "Governor", "Mayor", "Commissioner", "Envoy", "Negotiator", "Sergeant", "Admiral"},
    "title modifiers": {"Brigadier", "Rear", "Supreme", "Presidential", "Lieutenant", "Economy", "Energy", "Trade"},
    "byline roles": {"Photographer", "Critic", "Intern", "Guest", "Opinion", "Columnist"},
    "ranks of office": {"Deputy", "Under", "Assistant", "Vice", "Acting", "Permanent", "Principal", "Associate", "Former"},
    "person nouns": {"Lawyer", "Daughter", "Neighbour", "Colleague", "Predecessor", "Successor", "Survivor", "Passenger",
                     "Youngster", "Diplomat", "Customer", "Pupil", "Strategist", "Shareholders"},
}


def _strings_and_code(path: Path) -> str:
    """A module's code and string constants without its comments and docstrings (which may give examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(getattr(node.body[0], "value", None), ast.Constant):
            node.body = node.body[1:] or [ast.Pass()]
    return ast.unparse(tree)


@pytest.mark.parametrize("what", sorted(_ONE_DEFINITION))
def test_word_lists_are_written_once(what: str) -> None:
    written = [p.relative_to(GENERATOR).as_posix() for p in sorted(GENERATOR.rglob("*.py"))
               if len({w.capitalize() for w in re.findall(r"[A-Za-z]+", _strings_and_code(p))} & _ONE_DEFINITION[what]) >= 4]
    assert written == [], f"{what} written out in {written}: import them from generator.lexicon"


def test_meeting_nouns() -> None:
    from generator.lexicon.events import DAY_EVENT_PATTERN, LASTING_PATTERN, MEETING_PATTERN, MEETING_STEMS
    from generator.text.matching import EVENT_NOUNS, content_tokens

    assert EVENT_NOUNS is MEETING_STEMS
    assert all(t in MEETING_STEMS for t in content_tokens("talks meetings negotiations consultations session"))
    assert re.fullmatch(MEETING_PATTERN, "meetings") and not re.fullmatch(MEETING_PATTERN, "exchange")
    assert re.fullmatch(DAY_EVENT_PATTERN, "vote") and re.fullmatch(DAY_EVENT_PATTERN, "talks")
    assert re.fullmatch(LASTING_PATTERN, "fighting") and not re.fullmatch(MEETING_PATTERN, "fighting")


def test_reporting_verbs_one_list_with_weak_forms_left_out_of_strong_cues() -> None:
    """Every weak form, 'criticised' too, is out of the speaker cues (the regex-class forms of the old table
    were compared with the weak list literally, so 'criticised Scooter Braun's company' made Braun a speaker)."""
    from generator.lexicon.cues import CUE_RE, REPORTING_VERBS, STRONG_CUE_RE, VERB_FORMS, WEAK_CUES

    assert VERB_FORMS["say"] == ("say", "says", "said", "saying")
    assert all(CUE_RE.fullmatch(w) for w in ("According to", "according to", "emphasized", "points out"))
    assert not CUE_RE.search("the United States") and not CUE_RE.search("the so-called deal")
    assert {"criticised", "criticized", "praised", "called"} <= WEAK_CUES
    assert all(CUE_RE.fullmatch(w) or w in {"call", "calls", "post", "confirm", "promise", "deny"} for w in WEAK_CUES)
    assert not any(STRONG_CUE_RE.fullmatch(w) for w in WEAK_CUES)
    assert STRONG_CUE_RE.fullmatch("said") and STRONG_CUE_RE.fullmatch("told")
    assert {"said", "saying", "told", "according"} <= REPORTING_VERBS and "to" not in REPORTING_VERBS


def test_lexicon_modules_read_their_word_lists_from_data_files() -> None:
    """A word list is a data file, not a Python literal: no string in lexicon/*.py holds 20 or more words."""
    long_literals = []
    for path in sorted((GENERATOR / "lexicon").glob("*.py")):
        tree = ast.parse(_strings_and_code(path))
        long_literals += [f"{path.name}: {node.value.split()[:3]}" for node in ast.walk(tree)
                          if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 20]
    assert long_literals == []


def test_countries_demonyms_and_names_tables() -> None:
    from generator.lexicon.countries import COUNTRIES, DEMONYMS, PLACE_STARTS
    from generator.lexicon.names import FEMALE_NAMES, MALE_NAMES, NOT_NAME_WORDS

    assert DEMONYMS["U.S."] == "United States" and COUNTRIES["the U.S."] == "United States" and "New" in PLACE_STARTS
    assert "Maria" in FEMALE_NAMES and "James" in MALE_NAMES and not MALE_NAMES & {"Angela", "Mette"}
    assert {"The", "January", "Monday", "Mr"} <= NOT_NAME_WORDS


def test_honorifics_one_table_with_named_subsets() -> None:
    """Every honorific is written once (data/honorifics.txt); the lists the stages need are filters of it."""
    from generator.lexicon.names import (
        ABBREVIATED_TITLES,
        ALL_HONORIFICS,
        GENDERED_SURNAME_HONORIFICS,
        GIVEN_NAME_HONORIFICS,
        HONORIFIC_GENDER,
        NOT_NAME_WORDS,
        SURNAME_HONORIFICS,
        TITLE_ACRONYMS,
    )

    assert SURNAME_HONORIFICS == ("Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Lady", "Baroness") \
        and GIVEN_NAME_HONORIFICS == ("Sir", "Dame")
    assert HONORIFIC_GENDER == {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Sir": "m", "Dame": "f", "Lord": "m",
                                "Lady": "f", "Baroness": "f"}
    assert GENDERED_SURNAME_HONORIFICS == ("Mr", "Mrs", "Ms", "Miss", "Lord", "Lady", "Baroness")
    assert {"Lady", "Datuk", "Seri"} <= set(ALL_HONORIFICS) and "Datuk" not in HONORIFIC_GENDER
    assert {"Mr", "Dr", "Rev", "Lt"} <= ABBREVIATED_TITLES and not {"Miss", "Sir"} & ABBREVIATED_TITLES
    assert {"Miss", "Dame", "PM", "CIO"} <= NOT_NAME_WORDS and "CIO" in TITLE_ACRONYMS


def test_organisation_heads_and_nouns_one_table_each_with_named_classes() -> None:
    """Organisation heads (data/org-heads.txt) and common nouns (data/org-nouns.txt) are each written once; the
    quote speakers, the name rules, the gazetteer and the organisation finder take classes of them."""
    from generator.lexicon.names import (
        GROUP_ENDS,
        INSTITUTION_HEADS,
        ORG_HEAD_WORDS,
        ORG_KINDS,
        ORG_NOUNS,
        PUBLICATION_ENDS,
        SEATS_OF_GOVERNMENT,
        SPEAKER_ORG_HEADS,
        STRONG_ORG_HEADS,
        not_a_person_name,
    )
    from generator.mentions.gazetteer import ORG_HEADS

    speaker = re.compile(rf"(?:{SPEAKER_ORG_HEADS})")
    assert all(speaker.fullmatch(w) for w in ("White House", "Ministry", "Inc.", "Inc", "Co.", "Airways"))
    assert not speaker.fullmatch("Navy") and "Navy" in INSTITUTION_HEADS
    assert set(STRONG_ORG_HEADS) <= set(INSTITUTION_HEADS) and {"Bank", "School"} <= set(STRONG_ORG_HEADS)
    assert re.fullmatch(ORG_HEADS, "Airline") and re.fullmatch(ORG_HEADS, "Airlines") and not re.fullmatch(ORG_HEADS, "Co")
    assert "Court" not in ORG_HEAD_WORDS and {"Centre", "Organization", "House"} <= ORG_HEAD_WORDS
    assert not_a_person_name("Swedish Prosecution Authority") and not not_a_person_name("Margaret Court")
    assert {"insurer", "club", "administration"} <= ORG_NOUNS and not {"website", "watchdog"} & ORG_NOUNS
    assert {"website", "start-up", "startup", "firm", "club", "stock exchange"} <= set(ORG_KINDS) and "exchange" not in ORG_KINDS
    assert {"State", "Brigades", "Front"} <= GROUP_ENDS and {"Times", "Herald"} <= PUBLICATION_ENDS
    assert not_a_person_name("Islamic State") and not_a_person_name("Korea Herald")
    assert "Downing Street" in SEATS_OF_GOVERNMENT and speaker.fullmatch("Kremlin") and not speaker.fullmatch("Vatican")


def test_document_nouns_one_table_with_named_classes() -> None:
    """Documents whose words are their author's are written once (data/document-nouns.txt); each quote rule takes
    a class of them."""
    from generator.lexicon.documents import (
        AUTHORED_DOCUMENTS,
        DOCUMENTS_BY_AUTHOR,
        NAMED_VOICE_DOCUMENTS,
        ORG_PAGE_DOCUMENTS,
        ORG_VOICE_DOCUMENTS,
        OWN_PAGE_DOCUMENTS,
    )
    from generator.quotes.lexicon import DOCUMENT_BY_RE, DOCUMENT_SUBJECT_RE

    assert all(re.fullmatch(rx, "statement") for rx in (AUTHORED_DOCUMENTS, DOCUMENTS_BY_AUTHOR, NAMED_VOICE_DOCUMENTS,
                                                       ORG_PAGE_DOCUMENTS, ORG_VOICE_DOCUMENTS, OWN_PAGE_DOCUMENTS))
    assert re.fullmatch(AUTHORED_DOCUMENTS, "e-mail") and not re.fullmatch(AUTHORED_DOCUMENTS, "poll")
    assert re.fullmatch(DOCUMENTS_BY_AUTHOR, "poll") and not re.fullmatch(OWN_PAGE_DOCUMENTS, "report")
    assert DOCUMENT_SUBJECT_RE.search("The text messages").group(1) == "message"
    assert DOCUMENT_BY_RE.search("according to a 2019 audit published by ") and not DOCUMENT_BY_RE.search("a post by ")


def test_page_and_medium_nouns_are_classes_of_the_document_table() -> None:
    """Pages ("on Torres' official website") and what a person speaks in ("in an op-ed") are classes of the one
    table of document nouns (data/document-nouns.txt); the organisation nouns are one regex (lexicon.names), which
    no quote or name rule rebuilds."""
    from generator.lexicon.documents import MEDIUM_DOCUMENTS, PAGE_NOUNS, WHICH_SAID_DOCUMENTS
    from generator.lexicon.names import ORG_NOUN_PATTERN, ORG_NOUNS

    pages = ("website", "site", "account", "page", "blog")
    assert all(re.fullmatch(PAGE_NOUNS, w) and re.fullmatch(WHICH_SAID_DOCUMENTS, w) for w in pages)
    assert re.fullmatch(WHICH_SAID_DOCUMENTS, "statement") and not re.fullmatch(PAGE_NOUNS, "statement")
    assert all(re.fullmatch(MEDIUM_DOCUMENTS, w) for w in ("statement", "interview", "op-ed", "email", "broadcast"))
    assert not re.fullmatch(MEDIUM_DOCUMENTS, "report") and not re.fullmatch(MEDIUM_DOCUMENTS, "website")
    assert all(re.fullmatch(ORG_NOUN_PATTERN, w) for w in ORG_NOUNS) and not re.fullmatch(ORG_NOUN_PATTERN, "website")
    sources = {path.relative_to(GENERATOR).as_posix(): path.read_text(encoding="utf-8") for path in GENERATOR.rglob("*.py")}
    assert [name for name, text in sources.items() if "sorted(ORG_NOUNS)" in text] == ["lexicon/names.py"]
    assert not [name for name, text in sources.items() if "website|site" in text or "interview|post" in text]


def test_person_nouns_one_table_with_named_classes() -> None:
    """Nouns for a person by role or title are written once (data/person-nouns.txt): the name rules, the quote
    speakers and the title keys take classes of them; no module spells 'spokes(?:man|woman|person)' again."""
    from generator.lexicon.persons import (
        APPOSED_TITLES,
        DESCRIPTION_NOUNS,
        PERSON_NOUNS,
        SPOKESPERSON,
        STAFF_NOUNS,
        TITLE_KEY_NOUNS,
    )
    from generator.mentions.name_patterns import TITLE_GENDER, TITLE_WORDS
    from generator.quotes.lexicon import DESCRIPTION_RE

    assert SPOKESPERSON == "spokes(?:man|woman|person)" and "Spokes" in TITLE_WORDS
    assert all(re.fullmatch(PERSON_NOUNS, w) for w in ("spokeswoman", "neighbor", "neighbour", "chair", "chairman"))
    assert re.fullmatch(DESCRIPTION_NOUNS, "first lady") and not re.fullmatch(PERSON_NOUNS, "first lady")
    assert re.fullmatch(STAFF_NOUNS, "co-founder") and re.fullmatch(STAFF_NOUNS, "analysts")
    assert APPOSED_TITLES == {"spokesman", "spokeswoman", "spokesperson", "leader"} and "counsel" in TITLE_KEY_NOUNS
    assert TITLE_GENDER["spokeswoman"] == "f" and TITLE_GENDER["chairman"] == "m"
    assert DESCRIPTION_RE.search("the club's new head coach").group(1) == "coach"
    assert DESCRIPTION_RE.search("the 19-year-old striker").group(1) == "19-year-old striker"
    spelled = [p.relative_to(GENERATOR).as_posix() for p in sorted(GENERATOR.rglob("*.py")) if p.parent.name != "lexicon"
               and any(isinstance(node, ast.Constant) and isinstance(node.value, str)
                       and re.search(r"spokes\(\?:|spokes(?:wo)?man\b", node.value, re.I)
                       for node in ast.walk(ast.parse(_strings_and_code(p))))]
    assert spelled == [], f"spokesperson nouns written out in {spelled}: import them from generator.lexicon.persons"


def test_title_words_one_table_with_named_classes() -> None:
    """Words of an office's title are written once (data/titles.txt and the office nouns of data/person-nouns.txt):
    title keys, leader descriptions, ministries' portfolios and leading titles take classes of them."""
    from generator.consolidate.agreement import title_key
    from generator.consolidate.name_keys import LEADING_TITLES
    from generator.lexicon.titles import (
        ANY_TITLE_HEADS,
        BYLINE_ROLES,
        LEADER_ROLES,
        OFFICES,
        ORG_TITLE_WORDS,
        PORTFOLIOS,
        RANKS_OF_OFFICE,
        TITLE_KEY_WORDS,
    )
    from generator.quotes.lexicon import ORG_SPEAKER_RE

    assert {"deputy", "chief", "former"} <= RANKS_OF_OFFICE and "prime" not in RANKS_OF_OFFICE
    assert {"minister", "chief"} <= OFFICES and {"security", "of"} <= TITLE_KEY_WORDS
    assert re.fullmatch(LEADER_ROLES, "prime minister") and re.fullmatch(LEADER_ROLES, "pm")
    assert ANY_TITLE_HEADS == {"official", "head", "chief", "leader", "officer"}
    assert {"Chairwoman", "Founder"} <= ORG_TITLE_WORDS and {"Inspector", "Air", "Leader"} <= LEADING_TITLES
    assert re.fullmatch(PORTFOLIOS, "defense") and re.fullmatch(PORTFOLIOS, "defence")
    assert ORG_SPEAKER_RE.search("the Kenyan interior ministry") and ORG_SPEAKER_RE.search("Ghana's Health Ministry")
    assert BYLINE_ROLES.startswith("chief|") and re.fullmatch(BYLINE_ROLES, "columnist")
    assert title_key("Minister of Finance") == "finance minister" != title_key("Deputy Finance Minister")
    spelled = [p.relative_to(GENERATOR).as_posix() for p in sorted(GENERATOR.rglob("*.py")) if p.parent.name != "lexicon"
               and re.search(r"prime minister\|pm|\(\?:foreign\|defen", _strings_and_code(p))]
    assert spelled == [], f"leader roles or portfolios written out in {spelled}: import them from generator.lexicon.titles"


def test_number_words_one_table() -> None:
    from generator.lexicon.numbers import LARGE_SCALE, NUMBER_WORD, SCALE_WORDS, TENS_WORDS, UNITS_WORDS
    from generator.text.numerals import parse_number

    assert UNITS_WORDS["nineteen"] == 19 and TENS_WORDS["ninety"] == 90 and SCALE_WORDS["million"] == 1_000_000
    assert len(UNITS_WORDS) == 19 and len(TENS_WORDS) == 8 and set(SCALE_WORDS) == {"hundred", "thousand", "million",
                                                                                     "billion"}
    assert re.fullmatch(f"(?:{NUMBER_WORD})", "seventeen") and "hundred" not in LARGE_SCALE.split("|")
    assert [parse_number(t) for t in ("seventy-two", "three hundred", "1.5 million", "sixty")] == [72, 300, 1_500_000, 60]


def test_function_words_by_class() -> None:
    """One table of function words; prepositions (text.clauses), sentence openers (mentions.works), leading words
    of a place run (mentions.gazetteer) and words that begin no name are its classes, not lists of their own."""
    from generator.lexicon.function_words import (
        ARTICLES,
        CAPITALISED_FUNCTION_WORDS,
        CONJUNCTIONS,
        PREPOSITIONS,
        SUBORDINATORS,
    )
    from generator.lexicon.names import NOT_NAME_WORDS
    from generator.mentions.gazetteer import LEADING_FUNCTION_WORDS

    assert ARTICLES == {"the", "a", "an"} and {"amid", "following", "like"} <= PREPOSITIONS
    assert {"since", "before"} <= PREPOSITIONS & SUBORDINATORS and {"and", "but"} <= CONJUNCTIONS
    assert LEADING_FUNCTION_WORDS == CAPITALISED_FUNCTION_WORDS and CAPITALISED_FUNCTION_WORDS <= NOT_NAME_WORDS
    assert "Nor" not in NOT_NAME_WORDS                      # 'Mohamad Nor Yusof'


def test_sovereign_titles_and_name_particles() -> None:
    from generator.consolidate.name_keys import name_parts
    from generator.lexicon.names import NAME_PARTICLES, SOVEREIGN_GENDER, SOVEREIGN_TITLES
    from generator.mentions.name_patterns import TITLE_GENDER

    assert {"Pope", "Empress"} <= SOVEREIGN_TITLES and SOVEREIGN_GENDER["empress"] == "f"
    assert TITLE_GENDER["queen"] == "f" and TITLE_GENDER["spokesman"] == "m"
    assert {"von", "der", "ibn"} <= set(NAME_PARTICLES)
    assert name_parts("Ursula von der Leyen") == (["Ursula"], "von der Leyen")


def test_no_word_list_names_the_demos_people_or_disputed_places() -> None:
    """Users bring their own events: the demo's (NATO-Russia, January 2022) regions and leaders are found by
    general rules or not at all, never by a list entry put there for the demo."""
    demo = {"Crimea", "Crimean Peninsula", "Donbas", "Donbass", "Sea of Azov", "Luhansk", "Donetsk", "Kharkiv",
            "Mariupol", "Krisjanis", "Karins", "Egils", "Gitanas", "Kaja", "Jens", "Stoltenberg", "Niinisto"}
    named = {name: sorted(demo & set(entries(name)))
             for name in (p.name[:-4] for p in DATA.iterdir() if p.name.endswith(".txt"))}
    assert {name: found for name, found in named.items() if found} == {}


def test_a_sentence_opening_on_any_preposition_or_subordinator_names_no_work() -> None:
    """'Following the film, …' opens on a preposition: no title 'Following' (the works rule takes the function
    word classes of the lexicon, not a list of its own that lacked 'following' and 'amid')."""
    from generator.mentions.works import work_titles

    assert work_titles(["Following the film, the director said little.", "Amid the book tour, she fell ill.",
                        "Critics praised the documentary Blue Harbour last spring."]) == {"Blue Harbour"}
