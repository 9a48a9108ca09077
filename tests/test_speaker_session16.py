"""Quotes and speakers (issue 16, session 16): forms of news English seen in a random sample of unannotated BBC
pages.  Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes


def test_a_match_reports_label_with_a_knights_honorific_names_the_speaker():
    body = ["- Nordport coach Sir Ian Roe: \"It was a fine performance by us. We kept going to the end.\""]
    assert quotes(body) == {"It was a fine performance by us. We kept going to the end.": "Ian Roe"}


def test_a_clipped_first_word_names_the_body_the_article_spells_out():
    body = ["The Nordic Mercantile Exchange raised its trading fees for the second time this year.",
            "In a statement, the Merc said its costs had grown \"well beyond what we expected\"."]
    assert quotes(body) == {"well beyond what we expected": "Nordic Mercantile Exchange"}


def test_a_clipped_word_that_opens_two_names_names_neither():
    body = ["The Nordic Mercantile Exchange and the Mercantile Trust both raised their fees.",
            "In a statement, the Merc said its costs had grown \"well beyond what we expected\"."]
    assert quotes(body) != {"well beyond what we expected": "Nordic Mercantile Exchange"}


def test_the_minister_is_the_one_department_secretary_of_the_article():
    body = ["Schools could get more powers to exclude pupils, Education Secretary Ann Lee has suggested.",
            "The minister also said parents were \"rightly worried\" about classroom behaviour."]
    assert quotes(body) == {"rightly worried": "Ann Lee"}


def test_a_unions_general_secretary_is_no_minister():
    body = ["Schools could get more powers to exclude pupils, union General Secretary Tom Vale has warned.",
            "The minister also said parents were \"rightly worried\" about classroom behaviour."]
    assert quotes(body) == {"rightly worried": None}


def test_a_nickname_in_quote_marks_between_given_name_and_surname_is_part_of_no_quote():
    body = ["Antonio \"Tono\" Varga, chairman of the label group, said: \"No-one is better placed to lead us.\""]
    assert quotes(body) == {"No-one is better placed to lead us.": "Antonio Varga"}


def test_a_body_word_ending_a_hyphened_compound_names_no_body():
    body = ["But the ministry said the e-College project had \"improved understanding\" of online teaching."]
    assert quotes(body) == {"improved understanding": None}


def test_the_plural_of_a_description_is_the_people_named_together_just_before():
    body = ["Lord Justice Hale and Mr Justice Orme ruled that the law did not reach \"the whole territory of another "
            "state\".",
            "The inquiry so far \"has not been open or effective\", the judges said."]
    found = {q.text: sorted(q.speakers or []) for q in find_quotes(body, [])}
    assert found == {"the whole territory of another state": ["Hale", "Orme"],
                     "has not been open or effective": ["Hale", "Orme"]}


def test_the_plural_of_a_description_with_nobody_named_together_stays_unnamed():
    body = ["Ann Lee said the court had ruled.", "The inquiry \"has not been effective\", the judges said."]
    assert quotes(body) == {"has not been effective": None}


def test_a_body_that_is_the_subject_of_an_earlier_clause_does_not_speak_after_but():
    body = ["The Commons health committee called the scheme \"a waste\" but the government said the project had "
            "\"improved understanding\"."]
    assert quotes(body) == {"a waste": "Commons", "improved understanding": None}


def test_he_after_a_sentence_tagged_by_its_speaker_is_that_speaker_not_who_the_clause_names():
    body = ["Party leader Tom Lee has attacked the budget of finance minister Gordon Vale.",
            "Mr Vale liked to quote magic numbers to calm voters, the party leader said. \"This is a budget built on "
            "sand,\" he said."]
    assert quotes(body) == {"This is a budget built on sand,": "Tom Lee"}


def test_a_sentence_whose_subject_accuses_someone_leads_in_the_quote_after_it():
    body = ["Opposition leader Tom Vale has dismissed the budget of finance minister Ann Lee.",
            "He also accused the government of running out of ideas. \"Their only answer is to tax and to spend.\""]
    assert quotes(body) == {"Their only answer is to tax and to spend.": "Tom Vale"}


def test_an_unnamed_person_after_a_conjunction_is_nobody_whatever_names_the_clause_before():
    body = ["The campaign group Fair Entry said the rules were \"unjust\". It lost a High Court case in May when a judge "
            "said the scheme was \"no worse than a visa\"."]
    assert quotes(body) == {"unjust": "Fair Entry", "no worse than a visa": None}


def test_a_peeress_goes_by_her_title_and_surname():
    body = ["Baroness Ann Lee, the former Speaker, spoke at the launch.",
            "Lady Lee said the chamber needed \"a Speaker of its own\"."]
    assert quotes(body) == {"a Speaker of its own": "Ann Lee"}


def test_a_title_with_its_domain_after_the_cue_leads_to_the_name():
    body = ["\"Closing the route was a difficult decision,\" said Skyline director of network planning, Tom Vale.",
            "\"We will keep it under review,\" said the head of the union, Ann Lee, in Leeds."]
    assert quotes(body) == {"Closing the route was a difficult decision,": "Tom Vale",
                            "We will keep it under review,": "Ann Lee"}


def test_the_first_lady_is_a_title_not_a_peeress():
    body = ["Ann Lee, the president's wife, visited a school in Leeds.",
            "\"My husband will be jealous,\" the First Lady said on Thursday."]
    assert quotes(body) == {"My husband will be jealous,": "Ann Lee"}


def test_a_subject_alleged_to_have_spoken_is_the_speaker():
    body = ["Finance minister Tom Vale and prime minister Ann Lee have denied a rift.",
            "In Mr Roe's book Mr Vale is alleged to have told the prime minister: \"I could never believe you again.\"",
            "Mr Vale was reported to have suggested the budget faced deeper \"cuts\"."]
    assert quotes(body) == {"I could never believe you again.": "Tom Vale", "cuts": "Tom Vale"}


def test_a_cardinal_is_a_title_not_a_given_name():
    body = ["Cardinal Ann Marie Lee, the Archbishop of Nordport, backed the plan.",
            "Cardinal Lee said the church would \"not take sides\" in the election."]
    assert quotes(body) == {"not take sides": "Ann Marie Lee"}


def test_he_who_replies_is_the_person_asked_in_the_sentence_before():
    body = ["Dan Roe's departure was announced by Health Secretary Tom Vale in November. His \"resignation\" was "
            "raised in the Commons. Officials now say he did not resign.",
            "Mr Roe's departure was widely reported at the time.",
            "On that day's radio programme Mr Vale was asked why Mr Roe had been allowed to resign. He replied: \"The "
            "chief executive decided it was time to move on.\""]
    assert quotes(body) == {"The chief executive decided it was time to move on.": "Tom Vale"}


def test_the_company_no_one_gave_that_kind_is_the_one_the_lede_names():
    body = ["Nordpharm Holdings has appointed a new director of drug development to its board.",
            "The company said Mr Patterson would make \"substantial changes\" to its clinical work."]
    assert quotes(body) == {"substantial changes": "Nordpharm Holdings"}



def test_a_passive_agent_ends_with_its_sentence():
    body = ["Lawyers for the site argued the case again.",
            "But the argument was dismissed as \"ridiculous\" by Justice Ann Lee. CEA boss Tom Vale thinks the case "
            "matters."]
    assert quotes(body) == {"ridiculous": "Ann Lee"}


def test_welsh_irish_and_scottish_given_names_are_given_names():
    from generator.mentions.name_words import is_first_name
    assert all(is_first_name(n) for n in ("Rhys", "Gareth", "Dafydd", "Ronan", "Siobhan", "Iain", "Kirsty"))
    body = ["Rhys Williams says the team are not thinking of a title yet.",
            "\"That's the last thing on our minds,\" said Williams, a replacement in the win.",
            "Matt Williams' side has shown little in attack."]
    assert quotes(body) == {"That's the last thing on our minds,": "Rhys Williams"}


def test_capitals_that_can_be_a_title_are_the_firm_the_article_spells_them_out_with():
    body = ["Global Motors has warned that its earnings will fall this year.",
            "GM said it expects to meet its targets \"despite a tough market\".",
            "Yankees GM Ann Lee said the deal was \"done\"."]
    assert quotes(body) == {"despite a tough market": "Global Motors", "done": "Ann Lee"}


def test_a_sentence_opened_by_a_body_a_title_and_an_honorific_is_that_persons():
    body = ["Tom Vale heads the trade group. Judge Dan Roe asked the lawyers questions.",
            "Trade group boss Mr Vale thinks the case is the most important this year. \"It's about innovation,\" he "
            "said."]
    assert quotes(body) == {"It's about innovation,": "Tom Vale"}


def test_a_document_a_body_owns_by_its_is_that_bodys():
    body = ["Acme Corporation filed a brief with the court on Monday.",
            "Its statement said that its products were \"essentially tools\" like any other."]
    assert quotes(body) == {"essentially tools": "Acme Corporation"}


def test_a_person_in_apposition_to_a_capitalised_description_after_the_quote_speaks():
    body = ["\"We have hardly started,\" the new chair of the Nordic Engineering Task Force, Ann Lee, says."]
    assert quotes(body) == {"We have hardly started,": "Ann Lee"}


def test_a_quote_after_a_warning_used_as_a_noun_is_nobodys_not_the_paragraphs_speaker():
    body = ["Skyline Air is to halt its flights to the capital.",
            "The airline said the decision was a commercial one. It suspended flights for three weeks last year after "
            "a government warning about a \"threat to aviation\" in the region."]
    assert quotes(body) == {"threat to aviation": None}
    body = ["In a reflection of the confusion, the Electoral Board issued a statement warning that \"voters are entitled "
            "to transparency\"."]
    assert quotes(body) == {"voters are entitled to transparency": "Electoral Board"}


def test_a_short_phrase_after_a_preposition_tagged_by_a_pronoun_is_speech():
    body = ["To Dr Tom Lee, the answer lies in how people act online. People have to be taught about \"sensible "
            "behaviour\" he says, such as ignoring e-mails that claim a prize."]
    assert quotes(body) == {"sensible behaviour": "Tom Lee"}


def test_the_lede_body_does_not_carry_the_sentences_full_stop():
    body = ["The country has been accused of blocking the site by the media watchdog Reporters Without Frontiers.",
            "\"The site is censored,\" said the group in a statement."]
    assert quotes(body) == {"The site is censored,": "Reporters Without Frontiers"}
