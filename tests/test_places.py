"""Places and organisations on sentences written for these tests (not the demo corpus)."""
from __future__ import annotations

import pytest

from generator.mentions.organizations import find_organizations
from generator.mentions.places import find_places


@pytest.mark.parametrize("sentence,expected", [
    ("The Ohio-based chain will close 40 stores.", ["Ohio"]),
    ("Crews fought the blaze in Sonoma County and Lake County overnight.", ["Sonoma County", "Lake County"]),
    ("Rescuers reached Los Angeles County by noon.", ["Los Angeles County"]),
    ("The deal covers Peru's Pacific ports.", ["Peru"]),
])
def test_compounds_divisions_and_owners_name_places(sentence, expected):
    assert find_places([sentence]) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Singer Paris Hilton arrived in Paris on Monday.", ["Paris"]),       # the person is not the city
    ("Refugees fled to Jordan and Lebanon.", ["Jordan", "Lebanon"]),
    ("Madison said the bill would fail.", []),                           # a name, no locative
    ("Coach Bill Austin praised the defence; Austin said they were ready.", []),   # a surname that is a city
    ("Nearly 200 Nigerians and two Ghanaians were repatriated.", []),    # demonyms stay demonyms
])
def test_ambiguous_names_need_a_locative(sentence, expected):
    assert find_places([sentence]) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Shares of DoorDash and AT&T fell after the report by Bloomberg News.", ["DoorDash", "AT&T", "Bloomberg News"]),
    ("The figures come from Autotrader.com, a listings site.", ["Autotrader.com"]),
    ("Ohio Nurses Association President Jane Roe spoke first.", ["Ohio Nurses Association"]),
    ("Students at Kenya's Nairobi High School sat the exam.", ["Nairobi High School"]),
    ("Sen. Ron DeSantis met McDonald at LaGuardia before the IPO.", []),   # names and things, not organisations
])
def test_organisations_by_structure(sentence, expected):
    assert find_organizations([sentence], find_places([sentence])) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("“Demand is soft,” said Rabobank analyst Tom Price.", ["Rabobank"]),
    ("The gift came from Nike founder Phil Knight.", ["Nike"]),
    ("Figures from the consultancy firm Kpler show exports fell.", ["Kpler"]),
    ("The fact-checking website Snopes rated the claim false.", ["Snopes"]),
    ("Shares of SpaceX rival Rocket Lab rose.", ["SpaceX"]),
    ("Russian analysts doubt the figures.", []),                        # a demonym, not a company
    ("A Biden spokesman said President Joe Biden would sign.", []),      # a person's spokesman
    ("Energy analysts expect prices to rise.", []),                     # a sentence-initial common noun
    ("Brent LCOc1 fell while spot gold XAU= rose and the FTSE 100 slipped.", []),   # tickers and indexes
    ("CEO Jane Roe of the retail chain Lidl spoke.", ["Lidl"]),
])
def test_organisations_named_by_cues(sentence, expected):
    assert find_organizations([sentence], find_places([sentence])) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Talks stalled after Canada walked out with the UK over fishing rights.", ["Canada", "UK"]),
    ("The UK government said nothing.", []),                             # adjectival
])
def test_uk_and_us_as_nouns(sentence, expected):
    assert find_places([sentence]) == expected


def test_a_surname_after_a_middle_initial_is_no_place():
    assert find_places(["U.S. Attorney James P. Kennedy spoke; Kennedy said the case was closed."]) == []


def test_a_town_name_after_a_noun_for_a_person_is_that_person():
    # 'Bono' and 'Kano' are towns in the gazetteer; after 'frontman' or 'rapper' they are people
    assert find_places(["Fans across the Atlantic know U2 frontman Bono and UK rapper Kano.",
                        "The tour ends in Dublin."]) == ["Dublin"]
    assert "Tottenham" in find_places(["Santini resigns as Spurs manager\nTottenham said he had resigned."])
