"""Issue 15, session 18: the event's name on an invented story of party conventions (opinion pieces whose leads
say only 'the convention'), not the demo or a development event."""
from __future__ import annotations

from generator.consolidate.story import event_what
from tests.stories import titled_source

PIECES = [
    titled_source("a", "Why the party of Lincoln is losing its way",
                  ["Tonight the convention ended with a speech few delegates will forget.",
                   "The party has changed.", "Its leaders know it.",
                   "Nobody on the floor of the Whig convention wanted to talk about the polls."]),
    titled_source("b", "A nominee unlike any other",
                  ["The convention gave the nominee four days of free air time.",
                   "He used them well.", "The polls moved.",
                   "At this week's Whig convention, only one former nominee came."]),
    titled_source("c", "What the delegates heard", ["Delegates cheered as the nominee promised lower taxes."]),
]


def test_a_bare_event_noun_takes_the_name_the_sources_give_it_in_their_text():
    what, _ = event_what(PIECES)
    assert what == "Whig convention"


def test_a_contest_is_named_by_the_two_sides_its_titles_put_around_v_or_a_score():
    from generator.consolidate.story import find_event
    reports = [
        titled_source("a", "Preview: Ruritania v Borduria (Sat)",
                      ["Borduria travel for the Ruritania match on Saturday.", "Both sides are unbeaten."]),
        titled_source("b", "Ruritania 21-17 Borduria",
                      ["Borduria lost the Ruritania match on Saturday.", "It was close."]),
        titled_source("c", "Coach fumes at referee",
                      ["The Borduria coach criticised the referee after the Ruritania match.", "He was livid."]),
    ]
    what = find_event(reports, {}, None).what
    assert what is not None and "Ruritania" in what and "Borduria" in what


def test_the_writers_own_first_person_is_no_headline_fact_or_lede():
    """An opinion piece's 'For months I maintained …' is the writer's voice; a quoted 'I' is a speaker's words."""
    from generator.consolidate.ledes import is_lede
    from generator.facts.headlines import sentence_facts
    from generator.model.briefing import Fact
    from generator.text.clauses import in_writers_voice
    assert in_writers_voice("For months I maintained the position that the story would go away on its own.")
    assert not in_writers_voice("“I will not resign,” the mayor told reporters outside the town hall on Monday.")
    body = ["For months I maintained the position that the mayor's charity would close on its own accord.",
            "The mayor's charity was closed on Monday after an audit found gaps in its accounts for 2015."]
    statements = [f.statement for f in sentence_facts(body, "Mayor's charity closed", [])]
    assert statements and all("I maintained" not in s for s in statements)
    mine = Fact(id="x", kind="text", statement=body[0], paragraph=1, evidence=body[0])
    news = Fact(id="y", kind="text", statement=body[1], paragraph=1, evidence=body[1])
    assert not is_lede(mine) and is_lede(news)
