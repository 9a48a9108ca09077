"""People, titles and affiliations from find_people / the name table, on sentences not in the demo corpus."""
from __future__ import annotations

import pytest

from generator.mentions.name_words import canonical_name
from generator.mentions.names import build_name_table, find_people


def person(body: list[str], name: str):
    people = {p.name: p for p in find_people(body)}
    assert name in people, sorted(people)
    return people[name]


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("US Under Secretary of State Victoria Nuland arrived in Kyiv on Tuesday.",
     "Victoria Nuland", "Under Secretary of State", "United States"),
    ("Russian Deputy Foreign Minister Sergei Ryabkov warned of a new arms race.",
     "Sergei Ryabkov", "Deputy Foreign Minister", "Russia"),
    ("Latvian Prime Minister Evika Silina said the border would stay closed.",
     "Evika Silina", "Prime Minister", "Latvia"),
    ("NATO Secretary General Mark Rutte opened the summit in The Hague.",
     "Mark Rutte", "Secretary General", "NATO"),
    ("The talks were led by French Foreign Minister Catherine Colonna.",
     "Catherine Colonna", "Foreign Minister", "France"),
    ("British Ambassador Nigel Casey met the delegation.", "Nigel Casey", "Ambassador", "United Kingdom"),
])
def test_title_in_front_of_name(text, name, role, affiliation):
    p = person([text], name)
    assert (p.role, p.affiliation) == (role, affiliation)
    assert any(name in m for m in p.mentions)


def test_title_of_country_dash_name():
    p = person(["Later, the Foreign Minister of France – Catherine Colonna said talks would continue."],
               "Catherine Colonna")
    assert (p.role, p.affiliation) == ("Foreign Minister", "France")


def test_title_comma_country_dash_name():
    p = person(["Post the summit, the Deputy Secretary of State, U.S. – Kurt Campbell said more was needed."],
               "Kurt Campbell")
    assert (p.role, p.affiliation) == ("Deputy Secretary of State", "United States")


def test_appositive_title_after_name():
    body = ["The delegation was led by Antony J. Blinken, the Secretary of State, and Linda Thomas-Greenfield, "
            "the US Ambassador to the United Nations."]
    assert person(body, "Antony Blinken").role == "Secretary of State"
    lt = person(body, "Linda Thomas-Greenfield")
    assert (lt.role, lt.affiliation) == ("Ambassador to the United Nations", "United States")


def test_rank_between_title_and_name_is_not_the_role():
    p = person(["Ukrainian Deputy Defence Minister Colonel-General Ivan Petrenko toured the front."], "Ivan Petrenko")
    assert p.role == "Deputy Defence Minister"


def test_lowercase_descriptor_title():
    assert person(["The war began under dictator Saddam Hussein in 1980."], "Saddam Hussein").role == "dictator"


def test_variants_of_one_name_are_one_person():
    body = ["Chinese President Xi Jinping met Emmanuel J. Macron on Monday.",
            "Emmanuel Macron said the visit was useful, and Mr Macron later flew home.",
            "Mr. Xi did not comment."]
    people = {p.name: p for p in find_people(body)}
    assert set(people) == {"Xi Jinping", "Emmanuel Macron"}
    assert {"Mr Macron", "Emmanuel J. Macron"} <= set(people["Emmanuel Macron"].mentions)
    assert "Mr. Xi" in people["Xi Jinping"].mentions


def test_surname_resolution_and_ambiguity():
    table = build_name_table(["Finance Minister Anna Berg and Defence Minister Lars Berg met Olaf Scholz."])
    assert table.resolve("Scholz") == "Olaf Scholz"
    assert table.resolve("Mr. Scholz") == "Olaf Scholz"
    assert table.resolve("Berg") is None          # two Bergs: never guess
    assert table.resolve("Anna Berg") == "Anna Berg"


def test_gender_from_first_name_and_honorific():
    table = build_name_table(["Prime Minister Jacinda Ardern met Foreign Minister Nanaia Mahuta.",
                              "Ms. Mahuta said little."])
    assert table.gender("Jacinda Ardern") == "f"
    assert table.gender("Nanaia Mahuta") == "f"


def test_miss_is_an_honorific_not_part_of_the_name():
    """'Miss' is a courtesy title like 'Ms' (lexicon/data/honorifics.txt): 'Miss Whitcombe' is the headteacher
    named before, not a second person called 'Miss Whitcombe', and she is a woman."""
    table = build_name_table(["The headteacher, Eleanor Whitcombe, opened the new library on Tuesday.",
                              "Miss Whitcombe said the school had waited ten years for it."])
    assert list(table.people) == ["Eleanor Whitcombe"]
    assert table.people["Eleanor Whitcombe"].mentions == ["Eleanor Whitcombe", "Miss Whitcombe"]
    alone = build_name_table(["Miss Ashworth, who teaches the reception class, said the pupils loved it."])
    assert list(alone.people) == ["Ashworth"] and alone.gender("Ashworth") == "f"


def test_places_countries_and_sentence_words_are_not_people():
    body = ["The United States and New Zealand said on Wednesday that Eastern Europe needed help.",
            "In Brussels, Foreign Affairs officials met."]
    assert find_people(body) == []


def test_untitled_person_is_found_when_speaking_or_with_a_known_first_name():
    body = ["Residents were evacuated, Harald Quist said.", "Maria Lopez runs the shelter."]
    names = {p.name for p in find_people(body)}
    assert names == {"Harald Quist", "Maria Lopez"}
    assert all(p.role is None for p in find_people(body))


def test_canonical_name_drops_middle_initials():
    assert canonical_name("Wendy R. Sherman") == "Wendy Sherman"
    assert canonical_name("Ursula von der Leyen") == "Ursula von der Leyen"


def test_multiword_place_names_are_not_people():
    body = ["Hong Kong officials said on Monday that the port would reopen.",
            "Police in Kuala Lumpur said traffic was normal."]
    assert {p.name for p in find_people(body)} == set()


def test_surname_only_name_after_a_title_is_kept():
    body = ["President Lula met reporters on Monday.", "Mr. Lula said the plan was ready."]
    people = {p.name: p for p in find_people(body)}
    assert people["Lula"].role == "President"
    assert "Mr. Lula" in people["Lula"].mentions


def test_generational_suffix_is_not_the_surname():
    table = build_name_table(["Robert F. Kennedy Jr., the Health Secretary, spoke first.", "Kennedy said little."])
    assert "Robert Kennedy" in table.people
    assert table.resolve("Kennedy") == "Robert Kennedy"


def test_title_case_headlines_and_product_names_are_not_people():
    body = ["Senator Denies Ripping Up The Budget Deal On Live Radio",
            "Our Honey Pear Jam and Star Fruit Tea are back in stock."]
    assert find_people(body) == []


def test_compound_given_name_after_an_of_phrase_title():
    people = find_people(["Head of Emergency Planning Jean-Pierre Moreau will brief the council on Monday."])
    assert [p.name for p in people] == ["Jean-Pierre Moreau"]


def test_organisation_speaking_is_not_a_person():
    people = find_people(["The Swiss Competition Authority said the merger could go ahead.",
                          "Rural Power Cooperative Group said it would appeal."])
    assert people == []


@pytest.mark.parametrize("text, name", [
    ("The minister, Kofi Mensah, rejected the report on Tuesday.", "Kofi Mensah"),
    ("Adebayo Okafor, 45, said the water rose within minutes.", "Adebayo Okafor"),
])
def test_apposition_and_age_mark_a_person_without_a_known_given_name(text, name):
    assert [p.name for p in find_people([text])] == [name]


def test_apposition_to_a_non_person_noun_is_no_person():
    assert find_people(["The label that owns her early albums, Blue Lantern, said it would not comment."]) == []


def test_a_sovereign_title_after_a_given_name_is_a_surname():
    """'King' after 'Martin Luther' is his surname: no person 'King Jr' with the title King."""
    body = ["The pastor said the vote could fulfil Martin Luther King Jr.’s dream, and Saudi King Salman sent a message."]
    names = {p.name: p.role for p in find_people(body)}
    assert "King Jr" not in names and names.get("King Salman") == "King"


def test_an_ex_title_is_a_former_office_not_the_present_one():
    """'Ex-Home Secretary Dana Lyle' no longer holds the office: the role keeps its 'Ex-', as 'Former' keeps its word."""
    assert person(["Ex-Home Secretary Dana Lyle has given fresh clues about the vote."], "Dana Lyle").role == \
        "Ex-Home Secretary"
    assert person(["Former Home Secretary Dana Lyle spoke."], "Dana Lyle").role == "Former Home Secretary"
