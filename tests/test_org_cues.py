"""Issue 15: a company named like a person ('Nissin said', 'Samsung tells us') is an organisation when the text
says what kind of body it is after its name, or goes on about it with 'its'; a newspaper's name is never a
person's, nor a quoted nickname.  Sentences written for these tests, not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.lexicon.names import not_a_person_name
from generator.mentions.organizations import find_organizations
from generator.mentions.works import work_titles


def test_an_apposition_naming_a_kind_of_body_makes_a_company():
    assert find_organizations(["Kelmor, a frozen-food maker, said it would send 20 lorries of supplies."]) == ["Kelmor"]


def test_an_apposition_about_someone_s_employer_is_not_the_person_s_kind():
    assert find_organizations(["Dana Ruiz, the airline's chief executive, said the search would go on."]) == []


def test_a_name_whose_own_clause_goes_on_with_its_is_a_thing():
    assert find_organizations(["Velto is holding its yearly showcase in Oslo."]) == ["Velto"]
    assert find_organizations(["Harlan said its reactors were safe."]) == []      # 'its' of another clause
    assert find_organizations(["Moscow accuses the East of threatening its borders."]) == []


def test_a_newspaper_is_not_a_person():
    assert not_a_person_name("Baltic Morning Herald") and not_a_person_name("Wall Street Journal")
    assert not not_a_person_name("Jane Herald Smith")
    # a publication run into the next name ('told the Baltic Herald Velto would …') is no person
    assert not_a_person_name("Baltic Herald Velto") and not_a_person_name("Gazette Marlowe")
    assert not not_a_person_name("Nora Gazette Marlowe")


def test_a_quotation_of_capitalised_words_only_is_a_title_or_a_nickname():
    text = "The critic was less sure about “Screen Time Tanaka”, the nickname of the show's host Jun Tanaka."
    assert work_titles([text]) == {"Screen Time Tanaka"}


def test_an_infinitive_keeps_the_name_s_clause_before_its():
    assert find_organizations(["Torvik loves to pack its routers with extra software."]) == ["Torvik"]
    assert find_organizations(["Harlan talked to its engineers on Monday."]) == []     # 'to its': a preposition


def test_a_quoted_name_after_as_is_a_role_or_a_nickname():
    text = ("The ads feature the comedian Dan Okafor as “Gus Whitley,” a hapless coach hired to run a "
            "Scottish club, and the fans knew the striker as “The Hammer.”")
    assert work_titles([text]) == {"Gus Whitley", "The Hammer"}
    assert work_titles(["She served as “acting director,” her office said."]) == set()


def test_a_kind_of_body_right_after_a_name_makes_a_company():
    assert find_organizations(["The ship was 40 miles offshore, the state-run Bellaport news agency said."]) == ["Bellaport"]
    assert find_organizations(["Senator Dana Ruiz said bank executives had misled savers."]) == []


def test_a_building_or_a_name_with_an_ampersand_is_not_a_person():
    assert not_a_person_name("Saint Vitus Cathedral") and not_a_person_name("Belvedere Palace")
    assert not_a_person_name("Harlow & Finch Marine")
    assert not not_a_person_name("Jane Palmer")


def test_a_kind_of_body_set_off_by_commas_before_a_name_makes_an_organisation():
    text = "The international maritime organisation, Velmar, said the two ships had been reported missing."
    assert find_organizations([text]) == ["Velmar"]
    # the name runs on into its verb: the speaker of a parenthetical, not an apposition
    assert find_organizations(["The company, Dana Ruiz said, would close two plants."]) == []


def test_a_programme_s_title_is_not_a_person():
    assert not_a_person_name("Jonas Brand Live") and not_a_person_name("Brand Tonight")
    assert not not_a_person_name("Jonas Brand")


def test_a_magazine_named_after_its_kind_is_an_organisation():
    text = "According to the website of the Belgian magazine, La Vitrine, the suspect had been seen in Namur."
    assert find_organizations([text]) == ["La Vitrine"]
    assert find_organizations(["The fashion magazine Velours said its March issue had sold out."]) == ["Velours"]


def test_a_name_run_into_a_lower_case_word_is_a_modifier_not_an_organisation():
    text = "The Velmar-based carrier said its LTE network and MIL-spec handsets would reach the KDPA members."
    assert find_organizations([text]) == ["KDPA"]
    # the same acronym standing alone elsewhere is still an organisation
    assert find_organizations(["A KDPA-led team arrived.", "KDPA said the team would stay."]) == ["KDPA"]


def test_a_country_s_initials_open_an_institution_s_name():
    text = "The U.S. Maritime Safety Commission said the ferry had passed its inspection."
    assert find_organizations([text]) == ["U.S. Maritime Safety Commission"]


def test_a_cued_name_never_runs_over_a_full_stop():
    text = "The deal was approved by the KMBA. The company said it would hire 300 people."
    assert find_organizations([text]) == ["KMBA"]


def test_a_one_word_name_listed_beside_an_organisation_is_one():
    text = "The regulator met executives from AT&T, Norcom/Veltafon, Korvanta and others on Monday."
    assert find_organizations([text]) == ["AT&T", "Norcom", "Veltafon", "Korvanta"]
    assert find_organizations(["Engineers from NASA and Brellix will test the lander."]) == ["NASA", "Brellix"]
    # an apposition is no list, and a surname of a person named in full stays a person
    assert find_organizations(["Harlan, NATO chief, said the talks would go on."]) == ["NATO"]
    assert find_organizations(["Dana Harlan met the minister. NATO and Harlan agreed."]) == ["NATO"]


def test_a_photo_credit_is_no_list_of_companies():
    assert find_organizations(["Photo: Dana Ruiz/Pool/AFP"]) == ["AFP"]
    assert find_organizations(["Photo: Olvar Brekke/Pool/AFP"]) == ["AFP"]


def test_letters_and_a_number_are_a_model_or_a_rating_unless_a_channel_or_a_group():
    text = ("The GS7 has an IP68 rating, the PS5 sold out and flight VX12 landed, TV4 and MI6 said at the G20 "
            "summit, where the G7 met.")
    assert find_organizations([text]) == ["TV4", "MI6", "G20", "G7"]
