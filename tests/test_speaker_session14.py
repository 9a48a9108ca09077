"""Issue 16, session 14: speakers on sentences written for each rule (BBC-style run-together paragraphs, not the
demo corpus)."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(paragraphs), [])]


def test_a_cueless_quote_after_indirect_speech_is_that_speakers_not_the_next_reporters():
    # the next sentence reports its own view ('said the scheme would …'): it does not attribute the quote before
    assert speakers("Council leader Janet Moore said the scheme would take five years. \"We want every street "
                    "lit by the end of the decade.\" Tom Hardy, the opposition spokesman, said the scheme would cost "
                    "far more than planned.") == ["Janet Moore"]


def test_the_next_sentence_still_attributes_a_quote_when_it_adds_only_where_or_how():
    assert speakers("Prices rose again. \"Nobody expected a fourth rise this year.\" Anna Berg, an economist at "
                    "Nordbank, said at a briefing in Oslo.") == ["Anna Berg"]
    assert speakers("Sales fell. \"We are delighted with the deal.\" Tom Smith, the chief executive, said the "
                    "merger would create 200 jobs.") == ["Tom Smith"]      # no speaker before the quote


LEDE = "Maria Costa is ready to sign a new contract with Benfica after a season of goals."


def test_a_players_position_is_a_description_of_the_story_subject():
    assert speakers(LEDE, "Talks have begun and the winger said: \"I want to stay here for years.\"") == ["Maria Costa"]


def test_an_epithet_after_an_age_is_the_person_the_story_opens_on_never_a_name():
    assert speakers(LEDE, "Porto coach Rui Alves is said to admire her. But the 24-year-old Lisboner insisted "
                          "she was happy. She added: \"Benfica is my home.\"") == ["Maria Costa"]


def test_a_plural_noun_before_a_name_is_no_epithet():
    assert speakers("Half-Life 2 was released in November.", "In a statement on the banning of the accounts Valve "
                    "said the system worked. \"The method was easy to trace,\" read the statement.") == ["Valve"]


def test_a_quote_opening_a_paragraph_after_a_paragraph_all_quote_goes_on_with_its_speaker():
    assert speakers("Liberal Democrat leader Charles Kennedy spoke to the BBC on Monday.",
                    "He believes taxes will not hurt him. \"I think the tax argument has moved on,\" he said. The "
                    "Tories' plans are just incredible, he claims.",
                    "\"We are being straightforward with people, saying taxes will rise\".",
                    "\"That is a clear cut choice, one I am comfortable with\". As to his own future, he is clear. "
                    "The view of Mr Kennedy is gaining ground in Westminster.") == ["Charles Kennedy"] * 3


def test_first_person_words_in_a_sentence_whose_subject_is_he_or_she_are_theirs():
    assert speakers("Paul Dorn, the party leader, spoke at the rally on Monday.",
                    "If his party gains seats, he intends to stay on \"with a view to leading it because I see "
                    "that as our chance\". The view is shared by Liam Fox and Alan Milburn.") == ["Paul Dorn"]


def test_our_correspondent_is_the_correspondent_the_page_names():
    assert speakers("BBC correspondent Ann Ibbs said the unions were \"a formidable force\". Strikes could close "
                    "museums, she said.",
                    "A later retirement age is \"one thing all the unions oppose\", our correspondent added.") \
        == ["Ann Ibbs", "Ann Ibbs"]


def test_a_company_named_after_its_country_and_kind_speaks_not_the_country():
    # 'Electric' ends a company's name ('General Electric' is no General); 'US behemoth' describes the company
    assert speakers("US behemoth General Electric has posted a 9% jump in sales and declared itself "
                    "\"in great shape\".") == ["General Electric"]


def test_a_name_with_its_title_and_body_but_no_commas_before_the_verb_is_the_speaker():
    assert speakers("Consoles will change next year. \"HD support is mandatory,\" Dr Anna Petrova games systems "
                    "director at audio firm Dolby told the BBC.") == ["Anna Petrova"]


def test_an_unnamed_spokesman_for_a_body_after_the_verb_is_nobody_not_the_body_named_before():
    lead = "Cablenet said it had not ruled out a recorder. \"A recorder is no answer,\" "
    assert speakers(lead + "said a spokesman for the company.") == [None]
    assert speakers(lead + "said one of its engineers.") == [None]


def test_an_honorific_outranks_the_census_guess_of_a_given_names_gender():
    # 'Robin' is mostly a woman's name in the census list; 'Mr Hale' says this Robin is a man
    assert speakers("Former minister Robin Hale said voters were not apathetic.",
                    "Mr Hale told the BBC people were \"more interested in politics than ever\".") == ["Robin Hale"]


def test_he_after_the_prime_ministers_spokesman_is_the_unnamed_spokesman():
    assert speakers("Tory leader Tom Marsh called the report damaging.",
                    "The prime minister's official spokesman said the cabinet still met. But he added: \"Not "
                    "every decision can be taken in cabinet.\"") == [None]
