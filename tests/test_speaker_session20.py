"""Quotes and speakers (issue 16, session 20): forms of news English seen in the misses of the Horne dev batches
(2016 US political news and opinion).  Every sentence is written for the test, in the shape of the news seen, not
copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes


def test_a_quote_signed_by_a_dash_and_a_name_after_it_is_that_persons():
    """A list of quotes, each signed '— Name.' and followed by the writer's comment: the signing person speaks,
    whether the comment follows or not; a dash and a name that go on with a clause sign nothing."""
    body = ["The governor has said plenty over the years. Here is a sample.",
            "“Nobody knows ports better than me, believe me.” — Harold Vance. Modest as ever.",
            "“The rain in the valley is a hoax invented by farmers.” - Harold Vance. Wrong.",
            "“We will never close the mills.” — Rita Osei",
            "He once called the plan “a disgrace” — Vance, by then, had changed his mind."]
    found = quotes(body)
    assert found["Nobody knows ports better than me, believe me."] == "Harold Vance"
    assert found["The rain in the valley is a hoax invented by farmers."] == "Harold Vance"
    assert found["We will never close the mills."] == "Rita Osei"
    assert found["a disgrace"] != "Rita Osei"


def test_a_pull_quote_of_the_writers_own_sentence_is_not_a_quote():
    """A paragraph that is all quote repeating, word for word, a sentence the writer set without marks elsewhere
    (a pull quote) is nobody's speech; a quote whose words stand nowhere else stays."""
    body = ["I am told every year that this is the election that matters most. But I am not sure it ever mattered "
            "more than it does now, with so much at stake.",
            "“I am told every year that this is the election that matters most. But I am not sure it ever mattered "
            "more than it does now...”",
            "The mayor, Ellen Brandt, disagreed: “Every election matters as much as the one before it.”"]
    texts = [q.text for q in find_quotes(body)]
    assert texts == ["Every election matters as much as the one before it."]


def test_words_credited_to_a_person_named_before_a_colon_are_theirs():
    """'Some have attributed the following statement to Frederick Douglass:' credits the quote below to him, even
    when someone else's saying is reported earlier in that paragraph; a letter written to someone is not theirs."""
    body = ["What the senator is saying is wrong. Some have attributed the following statement to Frederick "
            "Douglass*:",
            "“Power concedes nothing without a demand, and it never will, whatever the season.”",
            "In 1850 the mayor Paul Whitcombe wrote to Mary Ellison:",
            "“The bridge will be finished by spring, and the town will be the better for it.”"]
    found = quotes(body)
    assert found["Power concedes nothing without a demand, and it never will, whatever the season."] \
        == "Frederick Douglass"
    assert found["The bridge will be finished by spring, and the town will be the better for it."] != "Mary Ellison"
