"""Quotes and speakers (issue 16, session 17): forms of news English seen in bbc-dev18's misses after its first
look.  Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from tests.stories import quote_speakers as quotes


def test_a_person_an_opinion_verb_is_inverted_before_is_the_next_he():
    body = ["Ian Roe, of the operator Nordtel, said sign-ups had doubled. \"People like to see who they talk to,\" he said.",
            "Carriers will earn more as video calls spread, thinks Ann Lee mobile analyst for the consultancy Ovis. "
            "\"Chat is the first service people pay for,\" she said.",
            "Revenue will follow the users, reckons Tom Hale, an analyst at Brightline. \"It always has,\" he said."]
    assert quotes(body) == {"People like to see who they talk to,": "Ian Roe",
                            "Chat is the first service people pay for,": "Ann Lee",
                            "It always has,": "Tom Hale"}


def test_an_opinion_verb_that_is_no_inversion_brings_in_nobody():
    body = ["Ian Roe, of the operator Nordtel, said sign-ups had doubled.",
            "Tom Hale thinks the figures are too early to judge. \"We will see by summer,\" Mr Roe said."]
    assert quotes(body) == {"We will see by summer,": "Ian Roe"}


def test_a_firms_first_word_is_its_regional_arm_or_securities_house_the_article_spells_out():
    body = ["Nordsoft Europe has dropped its campaign against junk mail after a week of complaints.",
            "Nordsoft said the campaign \"had done what it set out to do\".",
            "Analysts at Kaito Securities were unimpressed.",
            "Kaito said the move was \"a sensible retreat\"."]
    assert quotes(body) == {"had done what it set out to do": "Nordsoft Europe", "a sensible retreat": "Kaito Securities"}


def test_the_group_is_the_body_the_text_called_a_watchdog_with_a_comma_before_its_name():
    body = ["Nordtel has been accused of hiding its fees by the consumer watchdog, Fair Tariffs Now.",
            "The London-based campaign group said the charges had doubled in a year.",
            "\"Nordtel is charging customers for calls they never made,\" said the group in a statement."]
    assert quotes(body) == {"Nordtel is charging customers for calls they never made,": "Fair Tariffs Now"}


def test_central_european_given_names_make_a_person_a_description_can_stand_for():
    body = ["Ian Roe won the final against Radek Vorel. \"It was great,\" Roe said. Vorel, ranked 158th in the world, "
            "pulled out of the qualifying draw to play. \"For me, this was a big success,\" said the 20-year-old."]
    assert quotes(body) == {"It was great,": "Ian Roe", "For me, this was a big success,": "Radek Vorel"}


def test_a_cue_ending_in_a_colon_after_a_quote_announces_the_next_quote_not_that_one():
    body = ["Former champion Ian Roe will help the federation. \"The country has the right attitude,\" said Roe. "
            "\"The more involved I can be, the better. \"The kids will ask: 'What am I doing here?'\" Chief executive, "
            "Tom Hale, added: \"We are delighted.\" Earlier Ann Lee sent him her \"warmest wishes\", saying: \"Good luck.\""]
    assert quotes(body) == {"The country has the right attitude,": "Ian Roe",
                            "The more involved I can be, the better. The kids will ask: 'What am I doing here?'": "Ian Roe",
                            "We are delighted.": "Tom Hale", "warmest wishes": "Ann Lee", "Good luck.": "Ann Lee"}
