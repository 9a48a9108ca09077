"""People and organisations (session 12): sports clubs are no people, and initials as given names make a full name.
Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.mentions.names import find_people
from generator.mentions.organizations import find_organizations


def people(body: list[str]) -> dict[str, list[str]]:
    return {p.name: p.mentions for p in find_people(body)}


def test_a_place_and_a_club_word_is_a_club_not_a_person():
    body = ["Leeds United revealed on Friday that it had received a second offer for the club.",
            "The board of Bolton Wanderers said it would meet next week, while Derby County declined to comment.",
            "Chairman Peter Ridsdale said the offer undervalued the club."]
    assert set(people(body)) == {"Peter Ridsdale"}


def test_a_club_name_cut_short_is_no_person():
    body = ["Shares in Newcastle United rose 4% on Tuesday after the takeover approach.",
            "Newc United said the talks were at an early stage, and Newcastle Utd fans plan a march on Saturday.",
            "Alan Shepherd, the chairman, said the bid was welcome."]
    found = people(body)
    assert "Newc United" not in found and "Newcastle Utd" not in found and "Newcastle United" not in found
    assert "Alan Shepherd" in found


def test_a_place_and_a_club_word_that_are_one_place_stay_a_place():
    body = ["Kansas City welcomed the team on Monday, said mayor Sarah Linden."]
    assert "Kansas City" not in find_organizations(body)


def test_clubs_are_organisations():
    body = ["Leeds United revealed on Friday that it had received an offer, and rival club Bolton Wanderers said it "
            "would not bid."]
    orgs = find_organizations(body)
    assert "Leeds United" in orgs and "Bolton Wanderers" in orgs


def test_a_place_and_a_word_a_place_ends_with_is_no_club_organisation():
    body = ["Fire crews in San Diego County were on alert on Sunday as the winds picked up."]
    assert "San Diego County" not in find_organizations(body)


def test_initials_before_a_surname_given_with_mr_are_one_person():
    body = ["The racehorse owners JK Doyle and Mary Keane hold a fifth of the shares between them.",
            "Mr Doyle said on Sunday that he would not sell."]
    found = people(body)
    assert "JK Doyle" in found and "Doyle" not in found
    assert "Mr Doyle" in found["JK Doyle"]


def test_capitals_that_stand_alone_elsewhere_are_an_acronym_not_initials():
    body = ["The report from the EU said the rules were clear, and EU Barnes, the new head of the unit, agreed.",
            "Mr Barnes said the rules would stay."]
    assert "EU Barnes" not in people(body)


def test_initials_before_a_surname_nobody_gives_an_honorific_are_left_alone():
    body = ["Shares in BT Openreach fell 2% on Monday."]
    assert people(body) == {}


def test_a_publication_that_reports_is_no_person():
    body = ["The Daily Courier reported on Monday that the airline would cut 300 jobs.",
            "The Boston Herald said talks had broken down, chief executive Ruth Alder said."]
    found = people(body)
    assert "Daily Courier" not in found and "Boston Herald" not in found


def test_a_speaker_only_a_publication_can_be_is_indexed_as_an_organisation():
    from generator.consolidate.entities import build_entities
    from generator.model.briefing import Briefing, Quote, SourceInfo

    quote = Quote(id="q-1", text="The talks have collapsed", speaker="Evening Gazette", cue="reported", paragraph=0)
    brief = Briefing(source=SourceInfo(id="a", file="a.txt", title="Talks collapse"), quotes=[quote],
                     body=["The talks have collapsed, the Evening Gazette reported."])
    kinds = {e.name: e.kind for e in build_entities([brief]).entities}
    assert kinds.get("Evening Gazette") == "organization"


def test_it_said_is_the_body_opening_its_paragraph_not_a_paper_reporting_before():
    from generator.quotes import find_quotes

    body = ["This month the carrier's main shareholder was weighing a sale, the Evening Gazette reported.",
            "In May, the Civil Aviation Authority told airlines to avoid the region. It said the area posed "
            "\u201ca risk of confusion over air traffic control\u201d."]
    speakers = {q.text: q.speaker for q in find_quotes(body, [])}
    assert speakers == {"a risk of confusion over air traffic control": "Civil Aviation Authority"}


def test_a_body_in_apposition_with_a_relative_clause_is_no_person():
    body = ["Nordbanken Holding, the Swedish stock exchange that wants to buy its Danish rival, raised its offer.",
            "Nordbanken Holding said the new price was final, chief executive Lars Eklund said."]
    assert "Nordbanken Holding" in find_organizations(body)
    assert set(people(body)) == {"Lars Eklund"}


def test_a_fund_and_a_club_named_after_their_kind_are_organisations():
    body = ["A spokesman for the hedge fund Halvard Capital said the offer was too low.",
            "The rival club Sheffield Athletic said it would sell its stake."]
    orgs = find_organizations(body)
    assert "Halvard Capital" in orgs and "Sheffield Athletic" in orgs


def test_a_name_one_source_marks_as_a_body_is_no_person_in_another():
    from generator.consolidate.entities import build_entities
    from generator.model.briefing import Briefing, Person, SourceInfo

    one = Briefing(source=SourceInfo(id="a", file="a.txt", title="a"), organizations=["Nordbanken Holding"],
                   body=["Nordbanken Holding, the Swedish stock exchange that wants to buy its rival, said so."])
    two = Briefing(source=SourceInfo(id="b", file="b.txt", title="b"), body=["Nordbanken Holding said no."],
                   people=[Person(name="Nordbanken Holding", mentions=["Nordbanken Holding"]),
                           Person(name="Lars Eklund", mentions=["Lars Eklund", "Mr Eklund"])])
    kinds = {e.name: e.kind for e in build_entities([one, two]).entities}
    assert kinds["Nordbanken Holding"] == "organization" and kinds["Lars Eklund"] == "person"


def test_a_group_after_the_that_speaks_is_no_person():
    body = ["A judge should review the contract, the Green Dems say.",
            "The Home Secretary, Anne Corbett, said she would not resign."]
    assert "Green Dems" not in people(body)


def test_a_knights_given_name_is_no_second_person_across_sources():
    from generator.consolidate.entities import build_entities
    from generator.model.briefing import Briefing, Person, SourceInfo

    def source(sid: str, mentions: list[str], name: str = "Colin Weir") -> Briefing:
        return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=sid), body=["Sir Colin Weir spoke."],
                        people=[Person(name=name, mentions=mentions)])

    briefs = [source("a", ["Sir Colin Weir", "Sir Colin"]), source("b", ["Sir Colin Weir", "Sir Colin"]),
              source("c", ["Colin Smith"], name="Colin Smith")]
    people_pages = sorted(e.name for e in build_entities(briefs).entities if e.kind == "person")
    assert people_pages == ["Colin Smith", "Colin Weir"]


def test_an_olympic_adjective_and_an_occupation_before_a_name_are_no_part_of_it():
    body = ["Lisbon Olympic 400m champion Tomas Berg won again in Ghent on Sunday.",
            "Solicitor Rhian Pryce, who acts for two of the men, said they would appeal."]
    assert set(people(body)) == {"Tomas Berg", "Rhian Pryce"}


def test_a_name_ending_in_a_college_a_school_a_theatre_or_an_award_is_no_person():
    body = ["She is a fellow at Hart College, Oxford, and read to pupils at the Hans Christian Lund School.",
            "Peter Moss and Ann Lee will compete for the Eric Tallis Award at the Royal Dock Theatre."]
    assert set(people(body)) == {"Peter Moss", "Ann Lee"}


def test_initials_before_a_surname_beside_a_person_named_in_full_are_a_person():
    body = ["Racehorse owners JK Doyle and Mary Keane hold a fifth of the shares between them."]
    assert set(people(body)) == {"JK Doyle", "Mary Keane"}


def test_capitals_beside_a_company_are_no_initials():
    body = ["Shares in BT Openreach and Acme Group fell on Monday, said analyst Mary Keane."]
    assert set(people(body)) == {"Mary Keane"}


def test_a_familiar_form_of_a_given_name_is_the_same_person_across_sources():
    from generator.consolidate.entities import build_entities
    from generator.model.briefing import Briefing, Person, SourceInfo

    def source(sid: str, name: str) -> Briefing:
        return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=sid), body=[f"{name} spoke."],
                        people=[Person(name=name, mentions=[name])])

    briefs = [source("a", "Kenny Dalrow"), source("b", "Kenneth Dalrow"), source("c", "Tony Ferris"),
              source("d", "Tonya Ferris")]
    names = sorted(e.name for e in build_entities(briefs).entities if e.kind == "person")
    assert len(names) == 3 and "Tony Ferris" in names and "Tonya Ferris" in names


def test_a_middle_initial_without_its_dot_is_part_of_the_name():
    """British style drops the dot ('George W Bush'): one person, not a 'George' beside him; 'I' is no initial."""
    from generator.mentions.names import find_people
    people = find_people(["Ministers met US President George W Bush in Brussels.",
                          "Later, President George W. Bush spoke. When I Smith the metal, it bends."])
    assert [(p.name, p.role) for p in people] == [("George Bush", "President")]


def test_a_modifier_hyphenated_to_a_title_is_a_word_of_its_own():
    """'former-President' (BBC style) is the role 'former President'; 'Vice-President' keeps its hyphen."""
    from generator.mentions.names import find_people
    people = find_people(["The mill went to a son-in-law of former-President Ivan Petrenko.",
                          "Vice-President Olena Marchuk objected."])
    assert [(p.name, p.role) for p in people] == [("Ivan Petrenko", "former President"),
                                                  ("Olena Marchuk", "Vice-President")]


def test_one_vowel_of_a_given_name_spelled_otherwise_is_one_person_a_consonant_apart_two():
    """Sources spell one assembly member 'Damian' and 'Damien'; 'Mark' and 'Mary', or 'Daniel' and 'Danielle',
    stay two people."""
    from generator.consolidate.name_merges import cluster_people
    clusters = cluster_people(["Tobias Merrow", "Tobies Merrow", "Mark Lee", "Mary Lee", "Daniel Roe", "Danielle Roe"])
    assert clusters.find("Tobias Merrow") == clusters.find("Tobies Merrow")
    assert clusters.find("Mark Lee") != clusters.find("Mary Lee")
    assert clusters.find("Daniel Roe") != clusters.find("Danielle Roe")


def test_a_double_barrelled_surname_written_without_its_hyphen_is_one_person():
    from generator.consolidate.name_merges import cluster_people
    clusters = cluster_people(["Hugh Ashby-Venn", "Hugh Ashby Venn", "Mr Ashby-Venn"])
    assert len({clusters.find(f) for f in ["Hugh Ashby-Venn", "Hugh Ashby Venn", "Mr Ashby-Venn"]}) == 1


def test_given_names_spelled_with_c_or_k_are_one_person_and_games_are_no_person():
    from generator.consolidate.name_merges import cluster_people
    clusters = cluster_people(["Kostas Marinou", "Costas Marinou"])
    assert clusters.find("Kostas Marinou") == clusters.find("Costas Marinou")
    assert set(people(["He won gold at the Sydney Games, said Darren Campbell."])) == {"Darren Campbell"}


def test_a_programme_named_after_the_cue_is_no_person():
    """'told Five's Wright Stuff show', 'told the BBC's Politics Show': titles of programmes, not people."""
    assert set(people(["Mr Blair told Five's Wright Stuff show: \"Let us just apologise.\"",
                       "Deputy Mayor Nicky Gavron told the BBC's Politics Show she believed him."])) == {"Blair",
                                                                                               "Nicky Gavron"}


def test_a_description_opening_the_sentence_is_no_part_of_the_name():
    assert set(people(["Farmer Geoff Brooks, a senior member of the hunt, told BBC News it was over.",
                       "Frances Farmer said so."])) == {"Geoff Brooks", "Frances Farmer"}
