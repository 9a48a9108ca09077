"""Issue 15: the story's place when only one lead names it.  The sentences are written for these tests (two
answers to a newspaper's profile of a minister), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.story import event_where
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body)


LETTER = source("a", "Dear editor, you are wrong", [
    "Your profile calls the minister a disappointment.", "It is unfair.", "Her record says otherwise.",
    "She is the first French minister to have run a hospital."])
COLUMN = source("b", "The minister's record speaks for itself", [
    "The profile ignores the school meals reform the minister passed in France.",
    "Critics say the reform costs too much.", "The data say it works."])


def test_a_place_one_lead_names_is_borne_out_by_another_source_naming_it_further_down():
    assert event_where([LETTER, COLUMN], {"Paris": "Paris"}) == "France"


def test_a_place_no_other_source_names_is_still_no_story_place():
    quiet = source("a", "Dear editor, you are wrong", LETTER.body[:3] + ["She ran a hospital before."])
    assert event_where([quiet, COLUMN], {"Paris": "Paris"}) is None

