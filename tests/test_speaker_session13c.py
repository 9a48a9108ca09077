"""Speaker rules of session 13c (issue 16), from general errors found on unannotated BBC pages (sport,
entertainment, tech).  Every sentence here is written for the test, none is taken from a corpus."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def _speakers(*body: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(body), [])]


def test_a_name_used_as_an_attribute_before_a_descriptor_does_not_hide_the_speaker_after_it():
    """'said Presley biographer Paula Grant': the first name after the cue is another person's, used as an
    attribute; the speaker is the name the descriptor leads to, as for a body's possessive ('said Hills' Rupert
    Ames'), not the body."""
    assert _speakers("Elvis Presley died in 1977. \"He never sang a song the same way twice,\" said Presley "
                     "biographer Paula Grant.") == ["Paula Grant"]
    assert _speakers("John Lennon was killed in 1980.",
                     "\"He never sang a song the same way twice,\" said Lennon biographer Paula Grant.") == ["Paula Grant"]
    assert _speakers("Bookmakers Hills say the singer has even odds of leaving first. \"It will be tight but Anna is "
                     "the favourite,\" said Hills' Rupert Ames.") == ["Rupert Ames"]


def test_an_organiser_after_a_capitalised_event_is_a_staff_noun():
    """'said Expo organiser Gabriele Brandtner': the event's name, a staff noun, then the one speaking, though her
    given name is on no list."""
    assert _speakers("\"The whole hall will be wired for television,\" said Expo organiser Gabriele Brandtner.") == \
        ["Gabriele Brandtner"]


def test_an_unnamed_spokesman_after_an_inverted_cue_is_nobody_not_the_speaker_before():
    """'said a league spokesman': an unnamed person, null by convention; the quote is not the body that spoke
    just before."""
    assert _speakers("Rovers have sacked their striker. A statement from Rovers read: \"We have a zero tolerance "
                     "policy.\" The league says it is a matter for the national body. \"It is for the national "
                     "association to decide,\" said a league spokesman.") == ["Rovers", None]


def test_a_spokesman_for_a_body_named_after_its_kind_is_nobody():
    """'A spokesman for distributor Kaito said': the body's kind before its name does not make the body the
    speaker; the spokesman is unnamed, and so is his 'he added'."""
    assert _speakers("The film opens in May. A spokesman for distributor Kaito said the film \"had broken every "
                     "record\". \"We have a good feeling,\" he added.") == [None, None]


def test_a_body_and_its_staff_title_then_a_comma_before_the_name_is_that_person():
    """'said Acme chief executive, John Smith' / 'said RNIB policy director, Guido Gybels': the comma after a
    lower-case title does not end the subject, and the name after it is a person's though the given name is on
    no list."""
    assert _speakers("\"There is no reason for the delay,\" said Acme chief executive, John Smith.") == ["John Smith"]
    assert _speakers("The charity wants a cheaper service. \"There is no technical reason for the delay,\" said "
                     "RNIB policy director, Guido Gybelsen.") == ["Guido Gybelsen"]


def test_a_place_ending_a_relative_clause_is_not_the_subject_of_the_verb_after_it():
    """'The actor, who was born in the Syrian capital Damascus, also spoke of …': the clause's head speaks, and the
    'he said' after is him, not the city."""
    assert _speakers("Omar Haddad was honoured on Friday. The actor, who was born in the Syrian capital Damascus, "
                     "also spoke of how he left school. \"Hollywood was calling,\" he said.") == ["Omar Haddad"]


def test_a_capitalised_description_opening_a_sentence_is_no_part_of_the_name():
    """'Actor Tamsin Hale …', 'Man-of-the-match Grady said': a description before the name (a person noun, or a
    compound whose later parts are lower case) is no part of it; 'Park Ji-sung' keeps his given name."""
    assert _speakers("Actor Keanu Morrow has a star on the Walk of Fame. \"I asked my mom if it was OK to be an "
                     "actor,\" Morrow said.") == ["Keanu Morrow"]
    assert _speakers("Liam Grady scored twice. Man-of-the-match Grady said: \"I was lucky with the second.\"") == \
        ["Liam Grady"]
    assert _speakers("\"We played well,\" said Park Ji-sung.") == ["Park Ji-sung"]


def test_a_description_after_an_inverted_cue_is_the_person_the_sentence_before_opens_with():
    """'Ferreira, who lost here last year, was happy with his form. “…,” said the top seed.': the description is
    the person the sentence before is about, whatever its head noun, not the speaker of an earlier quote."""
    assert _speakers("\"He has the clay-court game,\" said coach Tom Hale. Ricky Dunn was left frustrated after "
                     "losing both his singles. \"I had my chances and just didn't take them,\" said the American.") == \
        ["Tom Hale", "Ricky Dunn"]
    assert _speakers("Jorge Ferreira, who lost here in the quarter-final last year, was happy with his form. "
                     "\"I served better than in the first round,\" said the top seed.") == ["Jorge Ferreira"]
    assert _speakers("Marco Bortoletti starts at lock. And Bortoletti feels the Cardiff game could be a battle of "
                     "the packs. \"It will not be a pretty game,\" said the lock forward.") == ["Marco Bortoletti"]


def test_a_description_after_a_sentence_about_someone_else_is_not_that_person():
    """The sentence before opens with a pronoun, or the quote does not open its sentence: no guess from it."""
    assert _speakers("Club chief Ann Vale spoke on Monday. And he also denied reports that Santos had been paid "
                     "off. \"That is simply not true,\" said the sporting director.") != ["Santos"]
