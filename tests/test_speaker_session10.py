"""Who said it (issue 16, session 10): conventions seen on WikiRef dev12 and the open classes of the issue.  Every
sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.mentions.names import find_people
from tests.stories import quote_speakers as quotes


def test_a_religious_title_before_a_name_is_not_part_of_it():
    body = ["Rabbi Oriel Kessaban, who leads a small congregation in Leeds, opened the new library on Sunday.",
            "“Books are how we remember,” Kessaban said."]
    assert [p.name for p in find_people(body)] == ["Oriel Kessaban"]
    assert quotes(body).get("Books are how we remember,") == "Oriel Kessaban"


def test_a_shared_surname_is_not_the_relative_named_in_apposition_to_it():
    body = ["Pastor Tomas Ekwueme runs a food bank in east Manchester. Ekwueme’s father, Daniel Obi Ekwueme, "
            "founded it in 1988.",
            "“My father taught me that nobody should queue for bread,” Ekwueme said.",
            "Ekwueme said the food bank would open a second site next year."]
    assert quotes(body).get("My father taught me that nobody should queue for bread,") == "Tomas Ekwueme"


def test_an_honorific_still_picks_the_relative_of_its_gender():
    body = ["Pastor Tomas Ekwueme runs a food bank in east Manchester. Ekwueme’s wife, Grace Adaeze Ekwueme, "
            "founded it in 1988.",
            "“Nobody should queue for bread,” Mrs Ekwueme said.",
            "“We will open a second site,” Ekwueme said."]
    found = quotes(body)
    assert found.get("Nobody should queue for bread,") == "Grace Adaeze Ekwueme"
    assert found.get("We will open a second site,") == "Tomas Ekwueme"


def test_an_inverted_subject_may_be_followed_by_where_or_when_it_was_said():
    body = ["The ban was agreed after a meeting of club secretary Alan Breck and chairman Ian Moss.",
            "“It is now up to the clubs to act,” said Mr Breck outside the town hall.",
            "“We need time to get this right,” said Ian Moss last week."]
    found = quotes(body)
    assert found.get("It is now up to the clubs to act,") == "Alan Breck"
    assert found.get("We need time to get this right,") == "Ian Moss"



def test_a_relative_clause_whose_verb_is_the_cue_is_its_heads_words():
    body = ["The profile ran to six pages and included a quote from Tomas Ekwueme, who told the magazine, "
            "“Nobody should have to queue for bread.”",
            "Its editor met the founder, Grace Obi, who said: “We open a second site next year.”"]
    found = quotes(body)
    assert found.get("Nobody should have to queue for bread.") == "Tomas Ekwueme"
    assert found.get("We open a second site next year.") == "Grace Obi"


def test_according_to_the_magazine_is_the_publication_that_spoke_before():
    body = ["In naming her to its list, Vanguard wrote that Ann Lee “never wears the same thing twice,” praise it "
            "gives few.",
            "Jo Roe made the list because “she wears colour like armour,” according to the magazine.",
            "Tess Oyelaran was picked for her hats, which “belong in a gallery,” according to the mag."]
    found = quotes(body)
    assert found.get("she wears colour like armour,") == "Vanguard"
    assert found.get("belong in a gallery,") == "Vanguard"


def test_an_inverted_company_is_the_company_that_spoke_before():
    body = ["Harbor Line Records said on Thursday that it would delay the album.",
            "“We need more time to get it right,” said the company."]
    assert quotes(body).get("We need more time to get it right,") == "Harbor Line Records"


def test_a_quoted_title_before_who_made_it_and_their_name_is_not_a_quote():
    body = ["“Harbour Lights” director and co-producer Ann Lee said she felt she was “sort of dreaming” on stage.",
            "“Night Shift” star Jo Roe told reporters, “It was a very long night.”"]
    assert quotes(body) == {"sort of dreaming": "Ann Lee", "It was a very long night.": "Jo Roe"}
