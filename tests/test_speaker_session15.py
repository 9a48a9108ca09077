"""Quotes and speakers (issue 16, session 15): general forms of news English seen among the misses of bbc-dev13.
Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes


def test_a_lower_case_modifier_in_a_reported_clause_is_the_speakers_word():
    body = ["The Nordland central bank raised its main rate to 3% on Tuesday.",
            "Governor Ann Lee has said that the bank will go on raising rates in a \"measured\" way."]
    found = find_quotes(body, [])
    assert [(q.text, q.speaker, q.partial) for q in found] == [("measured", "Ann Lee", True)]


def test_an_apology_word_after_saying_is_the_speakers():
    body = ["Tom Hale, the MP suspended for a month, denied the claims, saying the ban was \"unjust\" but he "
            "made an \"unreserved\" apology to the House."]
    assert quotes(body) == {"unjust": "Tom Hale", "unreserved": "Tom Hale"}


def test_a_modifier_with_no_reporting_verb_before_it_stays_a_term():
    body = ["Negotiators now expect a \"skinny\" budget deal before the holidays, a second official said.",
            "Ann Lee said the group had built what is called a \"cold room\" for the samples."]
    assert quotes(body) == {}


def test_a_day_between_a_body_and_its_verb_is_no_part_of_its_name():
    body = ["The Electoral Commission on Thursday said: \"The question is clear and easy to understand.\"",
            "\"We are ready,\" Ann Lee on Monday night said."]
    assert quotes(body) == {"The question is clear and easy to understand.": "Electoral Commission",
                            "We are ready,": "Ann Lee"}


def test_a_participle_after_a_tag_is_the_tags_speaker_and_agreed_leads_in_the_next_quote():
    body = ["Ann Lee is a lawyer for the savers. \"A lot of them invested in good faith,\" she said. On occasion, the "
            "Supreme Court has ruled against the people she represents, she says, insisting that the system cannot "
            "be trusted. \"People have to keep their money at home.\" Mr Tom Roe, who grew up in Lima, agreed. "
            "\"I will think twice before I deposit dollars in a bank.\""]
    assert quotes(body) == {"A lot of them invested in good faith,": "Ann Lee",
                            "People have to keep their money at home.": "Ann Lee",
                            "I will think twice before I deposit dollars in a bank.": "Tom Roe"}


def test_words_in_a_claim_by_someone_are_theirs_even_in_anothers_sentence():
    body = ["Tom Hale has said a claim by Ann Lee that the party leader is acting like an \"angry terrier\" shows "
            "the government is \"rattled\"."]
    assert quotes(body) == {"angry terrier": "Ann Lee", "rattled": "Tom Hale"}


def test_a_firm_named_by_its_first_word_takes_the_name_the_article_spells_out():
    body = ["Shares in Pelham Airlines fell 7% after the carrier warned it could run out of cash.",
            "\"Without cuts to wage costs we will struggle to raise money,\" Pelham said in its filing."]
    assert quotes(body) == {"Without cuts to wage costs we will struggle to raise money,": "Pelham Airlines"}


def test_a_bodys_own_document_with_its_possessive_is_the_body_the_article_names():
    body = ["The Reserve Bank of Nordland kept its main rate at 3% this month, minutes have shown.",
            "The Bank's minutes said that risks were \"sufficiently to the downside\" to keep rates on hold.",
            "The Bank's report said growth would be \"modest\" next year."]
    assert quotes(body) == {"sufficiently to the downside": "Reserve Bank of Nordland",
                            "modest": "Reserve Bank of Nordland"}


def test_an_unclosed_apposition_with_head_of_before_the_verb_is_the_names():
    body = ["\"You started off with young male users,\" Paul Dorn, head of Halvard told the BBC News website. "
            "\"Now we are seeing real people.\""]
    assert quotes(body) == {"You started off with young male users, Now we are seeing real people.": "Paul Dorn"}


def test_continued_to_is_no_reporting_verb():
    body = ["\"There is darkness in the story, and it was a dream for me to land this part,\" said Kate Ross.",
            "\"I loved every day of it.\" Actress Ann Dee continues to live in Los Angeles."]
    assert quotes(body) == {"There is darkness in the story, and it was a dream for me to land this part,": "Kate Ross",
                            "I loved every day of it.": "Kate Ross"}


def test_a_stance_of_the_sentences_subject_leads_in_the_quote_after_it():
    body = ["\"The guys want game time,\" captain Jo Ek told BBC Wales. \"It would remind the coach.\" Tom Roe, "
            "though, is keen to protect his players from injury. \"At this stage there is nothing more they can do.\""]
    assert quotes(body) == {"The guys want game time, It would remind the coach.": "Jo Ek",
                            "At this stage there is nothing more they can do.": "Tom Roe"}


def test_a_quote_of_several_pieces_after_a_cue_stays_the_speakers_before_a_sentence_of_another_body():
    body = ["\"The losers will be the most vulnerable workers,\" Ann Lee said. \"They will be hard-pressed to cope. "
            "\"We are deeply concerned.\" The Trade Council said there was no consensus among its members."]
    assert quotes(body) == {"The losers will be the most vulnerable workers,": "Ann Lee",
                            "They will be hard-pressed to cope. We are deeply concerned.": "Ann Lee"}


def test_a_he_after_a_tagged_clause_is_the_tags_speaker_not_who_the_clause_names():
    body = ["Labour's campaign chief Alan Hurst spoke in Leeds. The party would fight on the record, he said. "
            "And Tony Baird would be in the very front line of that campaign, he said. \"Between now and the "
            "election the prime minister will be out of London,\" he promised."]
    assert quotes(body) == {"Between now and the election the prime minister will be out of London,": "Alan Hurst"}


def test_a_person_brought_in_with_an_apposition_speaks_the_quote_after():
    body = ["\"Vote Lee, get Roe,\" said Graham Lane, leader of the Labour group. His friend, Saxon Hale, leader of "
            "the county Labour group, lays the blame on one issue above all others. \"You cannot underestimate the "
            "war.\""]
    assert quotes(body) == {"Vote Lee, get Roe,": "Graham Lane", "You cannot underestimate the war.": "Saxon Hale"}


def test_a_description_then_a_person_named_in_full_opening_the_next_sentence_is_that_person():
    body = ["The dollar fell to a new low against the euro.",
            "Meanwhile, Nordland's finance minister has said the world faced \"economic catastrophe\" unless the US "
            "acted. Marc Delorme said he would seek action at the next meeting of the G7."]
    assert quotes(body) == {"economic catastrophe": "Marc Delorme"}


def test_a_person_brought_in_later_takes_no_quote_before_them():
    body = ["\"The voters are keener on the government than the members,\" is the dry assessment of Graham Lane, "
            "leader of the Labour group on the council. The problem, according to Mr Lane, is the leader himself. "
            "His friend, Saxon Hale, leader of the county Labour group, lays the blame on one issue. \"We lost "
            "people from our local party.\""]
    assert quotes(body) == {"The voters are keener on the government than the members,": "Graham Lane",
                            "We lost people from our local party.": "Saxon Hale"}


def test_an_office_of_a_body_with_no_one_named_after_the_verb_is_nobody():
    body = ["US factory output rose, according to the Institute for Supply Management (ISM). The ISM said the "
            "growth was driven by a \"significant\" rise in new orders. \"This completes a strong year for "
            "manufacturing,\" said chairman of the ISM's survey committee."]
    assert quotes(body) == {"significant": "Institute for Supply Management",
                            "This completes a strong year for manufacturing,": None}


def test_unnamed_men_or_women_as_a_subject_are_nobody_named():
    body = ["\"It is no good having the new gallery if you have no money for the fee,\" said Terry Tolland. But "
            "when asked about the speech, the men agreed he was \"brilliant\"."]
    assert quotes(body) == {"It is no good having the new gallery if you have no money for the fee,": "Terry Tolland",
                            "brilliant": None}


def test_a_passive_verbs_agent_after_the_quote_is_who_said_it():
    body = ["Plans to store foreign nuclear waste have been branded \"deeply irresponsible\" by the Liberal Democrats.",
            "The show has been criticised for \"incessant sleaze\" by television campaigners in the US.",
            "Reports of a snap poll were described as \"idle speculation\" by Downing Street."]
    assert quotes(body) == {"deeply irresponsible": "Liberal Democrats", "incessant sleaze": None,
                            "idle speculation": "Downing Street"}


def test_a_name_before_its_description_and_the_verb_speaks_even_beside_another_of_that_title():
    body = ["\"The new service is a key trend across Europe, \" Eric Abel, Wanadoo's chief executive told the BBC.",
            "\"We can help mass-market adoption,\" said AOL chief executive Jon Mills."]
    assert quotes(body) == {"The new service is a key trend across Europe,": "Eric Abel",
                            "We can help mass-market adoption,": "Jon Mills"}


def test_international_given_names_name_people_and_a_possessor_is_not_the_subject():
    body = ["Sale director of rugby Philippe Sarrazin has reopened the club-versus-country debate.",
            "\"It's an important game but we've just the one full session,\" he told BBC Sport.",
            "Kostas Kenteris ran. Kenteris' lawyer Grigoris Ioannou described the decision as \"not unexpected\" but "
            "told BBC Sport he did not expect more."]
    assert quotes(body) == {"It's an important game but we've just the one full session,": "Philippe Sarrazin",
                            "not unexpected": "Grigoris Ioannou"}
