"""Who said it (issue 16, session names10): people the article calls by a given name alone.  A given name set after a
relative noun ('her daughter Tova', 'his sons Ivo and Luka') is a person of that name; a transcript's speaker label
is not the 'she' of the answer it opens; a pronoun that opens a sentence before someone is named in it is not that
person.  Every sentence is written for the test, not copied from the news read or the demo."""
from __future__ import annotations

from generator.mentions.kin_names import kin_given_names
from generator.mentions.names import build_name_table, find_people
from tests.stories import quote_speakers as quotes


def test_a_given_name_after_a_relative_noun_is_a_person_even_one_no_list_has():
    found = kin_given_names(["Her daughter Tova is nine.", "They came with their sons, Ivo and Luka, on Sunday.",
                             "Asked about his daughters [Kaiya, 9 years old, and Brisa, 6], he smiled."])
    assert found == {"Tova": "f", "Ivo": "m", "Luka": "m", "Kaiya": "f", "Brisa": "f"}
    table = build_name_table(["Mayor Lena Varga opened the fair on Saturday. Her daughter Tova is nine.",
                              "Tova won a ribbon for her goat."])
    assert "Tova" in table.people and table.gender("Tova") == "f"
    assert [m.name for m in table.mentions if m.text == "Tova"] == ["Tova", "Tova"]
    assert "Tova" not in [p.name for p in find_people(["Her daughter Tova is nine.", "Tova won a ribbon."])]   # no facts


def test_the_relative_speaks_and_a_later_she_is_her_not_the_last_person_named_in_full():
    body = ["Mayor Lena Varga opened the fair on Saturday. Her daughter Tova is nine.",
            "Tova is starting to ask: “Can we come back next year?” She said, “I want a goat of my own.”"]
    assert quotes(body) == {"Can we come back next year? I want a goat of my own.": "Tova"}


def test_a_child_named_among_siblings_is_the_she_of_the_next_sentence():
    body = ["Tom Reyes took his daughters Ilse and Tova to the county fair on Saturday.",
            "Tova won the prize for the best goat. “It was the best day of the summer,” she said."]
    assert quotes(body).get("It was the best day of the summer,") == "Tova"


def test_a_given_name_that_opens_a_full_name_elsewhere_is_that_person_and_her_later_she():
    body = ["Lena Varga and Tom Reyes spoke to reporters on Saturday.",
            "Reyes said his daughter Tova had not slept. Tova Reyes, 9, had found the dog. Lena Varga thanked her.",
            "Tova was near the bridge when the storm began. “I heard it crying,” she said.",
            "“I heard it crying under the bridge,” Tova said."]
    found = quotes(body)
    assert found.get("I heard it crying,") == "Tova Reyes"
    assert found.get("I heard it crying under the bridge,") == "Tova Reyes"


def test_a_transcript_label_is_not_the_she_of_its_answer():
    body = ["Interviewer: How are your daughters [Tova, 9 years old, and Brisa, 6] taking the campaign?",
            "Lena Varga: Tova asked, “Will we move house?” She said, “I do not want to move.”"]
    found = quotes(body)
    assert found.get("Will we move house?") == "Tova"
    assert found.get("I do not want to move.") == "Tova"


def test_a_she_before_a_named_relative_in_one_sentence_is_not_the_relative():
    body = ["Lena Varga spoke to the school board on Monday. “We need a bus,” she said.",
            "On the school run, she drives her daughter Ilse Varga every morning, though she says “the traffic is "
            "awful before eight”."]
    assert quotes(body).get("the traffic is awful before eight") == "Lena Varga"
