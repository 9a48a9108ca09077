"""Who said it in court exchanges and reported fragments (issue 16, session 11): sentences written for these
tests, not from any corpus."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def speakers(paragraph: str) -> list:
    return [q.speaker for q in find_quotes([paragraph], [])]


def test_a_weak_verb_right_after_a_question_tags_it_as_the_asker_s():
    text = ('Under questioning, defence counsel Maria Ortega turned to the accountant, Paul Brandt. '
            '"Did you ever see Mr Hale sign a ledger?" Ms Ortega pressed. "Never," Mr Brandt said.')
    assert speakers(text) == ["Maria Ortega", "Paul Brandt"]


def test_a_weak_verb_after_a_quote_with_more_words_after_it_is_no_tag():
    text = ('"We will keep going," Ms Ortega said. The union pressed the council for more money that week.')
    assert speakers(text) == ["Ortega"]


def test_the_person_a_quoted_fragment_is_about_is_not_the_pronoun_after_it():
    text = ('On the stand, Mr Hale denied that he had pushed his deputy, Carl Brandt, to hide the losses. '
            'Mr Brandt "ran the books day to day," he told the jury.')
    assert speakers(text) == ["Hale"]


def test_someone_who_spoke_after_the_paragraph_s_subject_is_the_pronoun_after_the_quote():
    text = ("A day earlier, Mr Hale had said only 30 to 40 top firms would be targeted. An open-ended list could "
            "damage investors' faith, said Tom Roe of the Harbour Institute. But the government seemed keen not to "
            "make the review look like a seizure, Mr Roe said. As a result, it was planning to resell firms. "
            '"They are aware of the need not to scare investors," he said.')
    assert speakers(text)[-1] == "Tom Roe"


def test_a_verb_inside_the_subject_s_own_sentence_does_not_take_the_pronoun():
    text = ('Mr Hale said he had backed the cards when Mr Roe argued for them in cabinet, and he backed them now. '
            '"The cards are a means to a safer country," he said.')
    assert speakers(text)[-1] == "Hale"
