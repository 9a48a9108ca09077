"""Who said it (issue 16, session 9): conventions seen on WikiRef dev11 and the open classes of the issue.  Every
sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from tests.stories import quote_speakers as quotes


def test_a_reply_after_a_question_with_its_own_lead_in_is_a_second_quote():
    body = ["Coach Daniel Ferreira recalled the night his team was relegated.",
            "His captain, Tomas Okafor, asked, “Do we still have a job?” Ferreira said, “We start again on Monday.”"]
    found = quotes(body)
    assert found.get("Do we still have a job?") == "Tomas Okafor"
    assert found.get("We start again on Monday.") == "Daniel Ferreira"


def test_a_sentence_broken_by_its_own_cue_is_still_one_quote():
    body = ["“We start again on Monday,” Ferreira said, “and nobody is leaving.”"]
    assert list(quotes(body)) == ["We start again on Monday, and nobody is leaving."]


def test_a_name_of_a_policy_between_a_determiner_and_its_noun_is_not_a_quote():
    body = ["The minister defended the “one in, one out” rule for new regulations, aides said.",
            "Critics have long opposed the “stop and search, no questions” policy of the city police."]
    assert quotes(body) == {}


def test_a_translation_of_a_name_is_not_a_quote():
    body = ["The movement, whose name roughly translates as “people of the valley”, has seized three towns.",
            "Its leaders reject the label Hizb al-Wadi, which literally means “the valley party”."]
    assert quotes(body) == {}


def test_a_statement_quoted_after_the_company_issued_it_is_the_companys():
    body = ["Harbor Line Records said on Thursday that it would not release the album this year.",
            "The singer accused the label of blocking her new tour.",
            "The company flat-out denied the allegations in a statement posted to its website.",
            "“We were shocked to see her claims, based on false information,” the statement read.",
            "“The truth is that she owes money to our company,” the statement continued."]
    found = quotes(body)
    assert found.get("We were shocked to see her claims, based on false information,") == "Harbor Line Records"
    assert found.get("The truth is that she owes money to our company,") == "Harbor Line Records"


def test_the_company_said_after_one_company_spoke_in_its_paragraph_is_that_company():
    body = ["Tallis Bank said the flaw was found by Norgate Security Labs, a research firm, on Monday.",
            "Norgate Security Labs said the attack took less than a minute.",
            "Kestrelpay said in a statement, “We take the findings very seriously.” A stolen card can be blocked at "
            "once, it said. In the event of fraud, the company said, “you are covered by our protection policy.”"]
    assert quotes(body).get("you are covered by our protection policy.") == "Kestrelpay"


def test_a_description_by_occupation_is_the_person_the_story_just_turned_to():
    body = ["Founding members Tom Harlan, Mike Dorsey, Pete Sorensen and John Wake will reunite for a tour next year.",
            "Sorensen teased the tour during the band’s set on Monday night at the Ryman Auditorium in Nashville.",
            "After the last chorus, the singer and guitarist told the audience, “that’s really good, maybe we should "
            "go on the road.”"]
    assert quotes(body).get("that’s really good, maybe we should go on the road.") == "Pete Sorensen"


def test_a_description_after_a_sentence_about_someone_else_is_not_guessed_from_an_object():
    body = ["Founding members Tom Harlan, Mike Dorsey, Pete Sorensen and John Wake will reunite for a tour next year.",
            "Fans cheered Sorensen during the band’s set on Monday night in Nashville.",
            "After the last chorus, the singer told the audience, “maybe we should go on the road.”"]
    assert quotes(body).get("maybe we should go on the road.") is None
