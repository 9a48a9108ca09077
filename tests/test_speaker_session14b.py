"""Issue 16, session 14 (helper b, unannotated odd BBC pages): speakers on sentences written for each rule
(BBC-style run-together paragraphs)."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(paragraphs), [])]


def test_a_cueless_quote_after_an_unnamed_spokesperson_is_nobodys_not_the_speaker_before():
    assert speakers("Opposition leader John Harding said the plan was \"reckless\". A Labour spokesman dismissed "
                    "the claims and said the party had a strong campaign. \"This vote is a choice between going "
                    "forward and going back.\"") == ["John Harding", None]
    assert speakers("Analyst Ruth Kemp of Grant Partners called the forecast \"too rosy\". A Treasury spokesperson "
                    "rejected the figures, saying spending was \"on course\". \"Budgets are set until 2008.\"") \
        == ["Ruth Kemp", None, None]


def test_an_unnamed_speaker_with_a_cue_of_their_own_is_not_given_the_speaker_before():
    assert speakers("Club chairman Peter Vane said the bid was \"unwelcome\". A senior source at the club told "
                    "the BBC: \"This offer is different.\"") == ["Peter Vane", None]
    assert speakers("Dame Ann Lowe retired in 1962, calling it an \"easy decision\". A critic once said of her "
                    "dancing: \"She moved as if she weighed nothing at all.\"") == ["Ann Lowe", None]


def test_a_definite_description_or_a_document_before_the_quote_still_lets_the_speaker_before_speak():
    # 'the culture secretary' may be the minister named before; a report has an author
    assert speakers("Culture secretary Tessa Lane said she was \"misrepresented\". The culture secretary said "
                    "the consultation aimed to \"protect children\" in a changing sector.")[-1] == "Tessa Lane"


def test_a_pronoun_tag_after_indirect_speech_is_not_the_person_that_speech_names():
    assert speakers("Campaign chief Fraser Doyle said the poster had been misread. The image simply showed Mr Hart "
                    "as a magician, he argued. \"It is a joke about his policies, nothing more.\"") == ["Fraser Doyle"]
    assert speakers("MP Derek Watt said the minister had been \"trying hard\" to win trust. But Mr Blake had been "
                    "\"hurt\" by the war, he added.") == ["Derek Watt", "Derek Watt"]


def test_a_pronoun_tag_after_a_paragraph_naming_the_speaker_goes_back_to_them():
    assert speakers("Green leader Carl Hume welcomed the quick result.",
                    "Mr Grant's first task was to \"heal a divided country\", he said.") == ["Carl Hume"]


def test_a_tag_after_a_quote_opening_its_sentence_is_left_as_it_was():
    assert speakers("Coach Tom Reyes praised his side. \"Mr Vint was superb,\" he said.") == ["Tom Reyes"]
