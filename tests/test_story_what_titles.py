"""Issue 15: what a story is about when its leads share an event noun no title carries ('angry debate' in the
leads of a story whose titles all name a law): the phrase the titles share, grown by the words at least two
titles write after it.  An invented story (a national water law), not the demo or a development event."""
from __future__ import annotations

from generator.consolidate.story import event_what
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body)


WATER = [
    source("a", "Dutch water levy law delayed", ["The Dutch water levy law was delayed again on Monday.",
                                                 "It has been the subject of angry debate for a year."]),
    source("b", "Dutch water levy law faces axe", ["MPs may throw out the bill after a long and angry debate.",
                                                   "Farmers oppose it."]),
    source("c", "New delay hits Dutch water rules", ["Ministers failed to adopt the rules.",
                                                     "The angry debate goes on, officials said."]),
    source("d", "No redraft for Dutch water levy", ["The government will not redraft the law.",
                                                    "Farmers welcomed the news."]),
]


def test_an_event_noun_no_title_carries_gives_way_to_the_phrase_the_titles_share():
    what, sources = event_what(WATER)
    assert what == "Dutch water levy law"       # not 'Angry debate'; grown from 'Dutch water' by two titles
    assert len(sources) >= 2


def _person(name: str):
    from generator.model.briefing import Person
    return Person(name=name)


def test_a_speech_act_names_its_speaker_the_person_most_first_paragraphs_name():
    coach = [source("a", "Coach will not retract Wembley jibe",
                    ["City coach Dan Mott has refused to retract his Wembley jibe at the referees."]),
             source("b", "League opens probe into Wembley jibe",
                    ["The league has opened an inquiry into Dan Mott's comments after Saturday's match."]),
             source("c", "Chairman backs coach over Wembley jibe",
                    ["Club chairman Ray Olsen said Mott had been provoked by the referees."])]
    for b, names in zip(coach, [["Dan Mott"], ["Dan Mott"], ["Ray Olsen", "Dan Mott"]]):
        b.people = [_person(n) for n in names]
    what, _ = event_what(coach)
    from generator.consolidate.story import find_event
    assert what == "Wembley jibe"
    assert find_event(coach, {}, None).what == "Mott's Wembley jibe"



def test_no_shared_phrase_takes_the_title_phrase_whose_words_other_titles_carry():
    """Three reports of a party's budget plans share no phrase and name an 'election' only in their leads: the
    phrase of one title whose every word another title also carries ('Green tax'), not 'Green election'."""
    budget = [
        source("a", "Green leader unveils spending plan",
               ["Green leader Ada Holm says her party can save £9bn by tackling waste before the Green election "
                "campaign.", "The money would go to schools."]),
        source("b", "Holm dismisses Green tax fears",
               ["Ada Holm has dismissed fears that her £2bn tax cuts are too modest for the Green election push.",
                "Some members want more."]),
        source("c", "Holm and Berg tax pledge clash",
               ["Premier Lars Berg said voters must wait for his manifesto to learn of any tax rises.",
                "Holm accused him of hiding them."]),
    ]
    what, sources = event_what(budget)
    assert what == "Green tax"
    assert sources == ["b"]
