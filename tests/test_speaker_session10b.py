"""Who said it (issue 16, session 10b): general forms of news English seen among the misses of the weakest dev
batches.  Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from tests.stories import quote_speakers as quotes


def test_an_institution_in_lower_case_after_its_place_speaks_through_a_participle():
    body = ["The Danish navy dismissed the report, saying the sonar readings were “inconclusive at best”.",
            "The Peruvian government rejected the figures on Tuesday and said they were “deeply misleading”.",
            "“We have no further comment,” the Danish navy said."]
    found = quotes(body)
    assert found.get("inconclusive at best") == "Danish navy"
    assert found.get("deeply misleading") == "Peruvian government"
    assert found.get("We have no further comment,") == "Danish navy"


def test_the_institution_by_its_noun_alone_is_no_name():
    body = ["Officials from the Ministry of Fisheries met the trawler crews on Monday.",
            "The ministry dismissed the report, saying it was “inconclusive at best”."]
    assert quotes(body).get("inconclusive at best") != "ministry"


def test_a_lede_fragment_takes_the_speaker_who_says_those_words_later():
    body = ["The rebuilding of the old pier has been described as a “costly shambles” as engineers warned the bill "
            "could double.",
            "Work stopped in March when divers found the piles had rotted.",
            "Harbour master Ola Brenner said the project was “a costly shambles”."]
    found = quotes(body)
    assert found.get("costly shambles") == "Ola Brenner"
    assert found.get("a costly shambles") == "Ola Brenner"


def test_an_unattributed_fragment_takes_the_speaker_of_a_longer_quote_holding_its_words():
    body = ["Residents say the new bus timetable “leaves whole villages stranded” on Sundays.",
            "The county's transport chief, Noor Haddad, defended the changes at a meeting on Monday.",
            "“I accept that the new timetable leaves whole villages stranded on a Sunday, and we will fix it,” "
            "Haddad said."]
    assert quotes(body).get("leaves whole villages stranded") is None    # 'Residents say': unnamed people
    body[0] = "The new bus timetable “leaves whole villages stranded” on Sundays, campaigners fear."
    assert quotes(body).get("leaves whole villages stranded") == "Noor Haddad"


def test_a_fragment_said_by_unnamed_people_stays_theirs():
    body = ["Angry commuters described the cancellation of the late train as a “kick in the teeth”.",
            "“It is a kick in the teeth for every shift worker,” said Rhona Vale, who runs a bakery in the town."]
    assert quotes(body).get("kick in the teeth") is None


def test_unnamed_kin_or_staff_as_subject_is_not_the_person_named_before():
    body = ["Marco Ferri told the court he had never seen the documents. “He did not know what he was signing,” "
            "his brother said. “Nobody explained it,” said his lawyer.",
            "My friend Greta Lund wrote to me from the coast on Friday. “The ferries have stopped,” my aunt wrote me.",
            "Marco Ferri left the court with his sister, Paola Ferri. “We will appeal,” his sister, Paola Ferri, said."]
    found = quotes(body)
    assert found.get("He did not know what he was signing,") is None
    assert found.get("Nobody explained it,") is None
    assert found.get("The ferries have stopped,") is None
    assert found.get("We will appeal,") == "Paola Ferri"


def test_an_uncued_quote_takes_the_one_speaker_later_in_its_paragraph():
    body = ["Nadia Okafor, the chief executive of Lumen Bank, spoke at the summit on Tuesday.",
            "Among the bank's rules is privacy, which the firm treats as “a right and not a perk” for every customer. "
            "Another is care for the planet, Okafor said."]
    assert quotes(body).get("a right and not a perk") == "Nadia Okafor"


def test_an_uncued_quote_is_not_guessed_among_several_later_speakers():
    body = ["Nadia Okafor and Piet Vos spoke at the summit on Tuesday.",
            "Privacy is something the bank treats as “a right and not a perk” for every customer. Okafor said the bank "
            "would open ten branches. Vos said he would retire in June."]
    assert quotes(body).get("a right and not a perk") is None


def test_an_answer_under_a_speaker_label_is_the_labelled_person_saying_i():
    body = ["Dana Whitcombe has run the village shop for thirty years. We asked her about the new bypass.",
            "Gazette: Did you talk to your husband about selling?",
            "Dana Whitcombe: I told him, “We stay until the roof falls in.” He laughed, but he agreed.",
            "I told him, “We stay until the floods come.”"]
    found = quotes(body)
    assert found.get("We stay until the roof falls in.") == "Dana Whitcombe"
    assert found.get("We stay until the floods come.") is None     # no label: the writer's 'I'


def test_the_company_of_several_that_spoke_is_the_one_named_last():
    body = ["“We have honoured every request,” Ridgeway Records said in a statement on Monday.",
            "“No agreement was ever made,” Northgate Productions said in a separate statement.",
            "On Thursday, the singer Ana Velez accused Ridgeway Records of blocking her television special.",
            "The company denied the allegations in a statement on its website.",
            "“At no point did we block her special,” the statement read."]
    assert quotes(body).get("At no point did we block her special,") == "Ridgeway Records"
    body[2] = "On Thursday, the singer Ana Velez left for a tour of Asia."
    assert quotes(body).get("At no point did we block her special,") is None     # neither named since
