"""Issue 15, session 17: where a story happened, on invented stories (a regional cup final, a music prize night,
a building society), none of them the demo or a development event.

- A place another named event was played at is that event's ('the FA Cup defeat at Leeds' in a story of another
  cup's final), and a capitalised event noun is the story's only after the story's own name.
- The day may stand between the event and its place ('the Northern Cup on Sunday in Swansea').
- A city name the sources use as a noun with an article ('at the Halifax on Monday', 'The Halifax has …') is that
  thing, not the city, in every source of the story."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.consolidate.entities import build_entities
from generator.consolidate.event_days import event_day_conflicts
from generator.consolidate.story import event_what, event_where
from generator.mentions.places import find_places
from generator.model.briefing import Briefing, Person
from tests.stories import titled_source


def source(sid: str, title: str, body: list[str], places: list[str] | None = None) -> Briefing:
    return replace(titled_source(sid, title, body), places=places or [])


PLACES = {"Swansea": "Swansea", "Leeds": "Leeds", "Bristol": "Bristol"}
CUP = [
    source("a", "Rovers fear for keeper",
           ["Rovers' keeper was hurt in the FA Cup defeat at Leeds on Saturday and may miss the final.",
            "The club said he would have a scan."]),
    source("b", "Rovers out of FA Cup",
           ["Rovers crashed out of the FA Cup after a 2-0 defeat at Leeds.", "The manager was furious."]),
    source("c", "Manager promises Cup response",
           ["The Rovers manager promised a response after the FA Cup defeat at Leeds.",
            "Rovers meet City in the Northern Cup on Sunday in Swansea."]),
    source("d", "City ready for Rovers",
           ["City's captain says his side are ready for Sunday's Northern Cup final against Rovers in Swansea.",
            "City beat Bristol in the semi-final."]),
]


def test_the_place_of_another_named_event_is_not_the_storys():
    assert event_where(CUP, PLACES, "Northern Cup") == "Swansea"


def test_the_other_cup_is_no_occurrence_of_the_storys_event():
    # Leeds is where the FA Cup game was: a story of the FA Cup is placed there.
    assert event_where(CUP, PLACES, "FA Cup") == "Leeds"


@pytest.mark.parametrize("sentence", [
    "Mortgage approvals fell, according to the Halifax.",
    "The Halifax has raised its standard variable rate.",
    "Boro were held to a draw at the Riverside on Saturday.",
])
def test_a_city_name_used_as_a_noun_with_an_article_is_no_place(sentence):
    assert find_places([sentence]) == []


@pytest.mark.parametrize("sentence,expected", [
    ("He has won the Boston, London and Tokyo marathons.", ["Boston", "London", "Tokyo"]),  # a list of places
    ("She grew up in Halifax and joined the Halifax in 1990.", ["Halifax"]),     # 'in Halifax': the town too
    ("He was born in The Hague.", ["Hague"]),                  # as before: a name with "The"
])
def test_a_city_stays_a_place_where_the_text_says_so(sentence, expected):
    assert find_places([sentence]) == expected


def test_one_sources_noun_with_an_article_tells_what_the_others_name():
    sources = [source("a", "Rates rise", ["The Halifax has raised its rates on Monday."]),
               source("b", "Lenders follow", ["Halifax shares rose 2% after the rise."], places=["Halifax"])]
    kinds = {e.name: e.kind for e in build_entities(sources).entities}
    assert kinds.get("Halifax") != "place"


ROW = [
    source("a", "Ministers split over budget", ["Ministers met in Leeds on Monday as the row over the budget grew."]),
    source("b", "Budget row deepens", ["The row over Britain's budget deepened as two ministers traded blame."]),
    source("c", "Voters weary of budget row", ["Voters across Britain say the row has gone on too long."]),
]


def test_a_city_one_lead_names_is_borne_out_by_leads_naming_its_country():
    assert event_where(ROW, {"Leeds": "Leeds", "Britain": "Britain"}, "budget row") == "Leeds"


def test_a_city_in_another_country_is_not_borne_out():
    abroad = [source("a", "Ministers split over budget", ["Ministers met in Lyon on Monday as the row grew."]), *ROW[1:]]
    assert event_where(abroad, {"Lyon": "Lyon", "Britain": "Britain"}, "budget row") is None


def _people(*sources: tuple[str, list[str], str]) -> list[Briefing]:
    return [replace(titled_source(sid, sid, [text]), people=[Person(name=n, mentions=[n]) for n in names])
            for sid, names, text in sources]


def test_a_given_name_a_letter_off_in_another_source_is_that_sources_slip():
    sources = _people(("a", ["Thomas Vermaelen"], "Defender Thomas Vermaelen is out. Vermaelen was hurt."),
                      ("b", ["Thomaz Vermaelen"], "Defender Thomaz Vermaelen will miss the final."))
    people = [{e.name, *e.aliases} for e in build_entities(sources).entities if e.kind == "person"]
    assert people == [{"Thomas Vermaelen", "Thomaz Vermaelen"}]


def test_given_names_of_two_genders_or_in_one_source_are_two_people():
    sources = _people(("a", ["Robert Lindqvist"], "Robert Lindqvist spoke."),
                      ("b", ["Roberta Lindqvist"], "Roberta Lindqvist spoke."),
                      ("c", ["Gerald Castell", "Gerard Castell"], "Gerald Castell and Gerard Castell spoke."))
    names = {e.name for e in build_entities(sources).entities if e.kind == "person"}
    assert {"Robert Lindqvist", "Roberta Lindqvist", "Gerald Castell", "Gerard Castell"} <= names


def test_a_birth_name_given_for_the_person_a_sentence_is_about_is_the_sources_main_person():
    sources = _people(("a", ["Kira Vale", "Jonas Pike"],
                       "Singer Kira Vale won two prizes. Vale thanked her fans. Born Kirsten Valenko, the Leeds "
                       "star began singing at church. Jonas Pike presented the prize."),
                      ("b", ["Kirsten Valenko"], "Kirsten Valenko is nominated twice."))
    sources[0].people.append(Person(name="Kirsten Valenko", mentions=["Kirsten Valenko"]))
    groups = [{e.name, *e.aliases} for e in build_entities(sources).entities if e.kind == "person"]
    assert {"Kira Vale", "Kirsten Valenko"} in groups


def test_a_real_name_beside_a_stage_name_is_that_persons():
    sources = _people(("a", ["Lil Ferro", "Marcus Dale"], "The lawsuit names rapper Lil Ferro, real name Marcus Dale, "
                       "and two others."), ("b", ["Lil Ferro"], "Lil Ferro denied it."))
    groups = [{e.name, *e.aliases} for e in build_entities(sources).entities if e.kind == "person"]
    assert {"Lil Ferro", "Marcus Dale"} in groups


def _undated(sid: str, body: list[str]) -> Briefing:
    return titled_source(sid, sid, body)


def test_undated_sources_putting_the_storys_event_on_two_weekdays_conflict():
    sources = [_undated("a", ["The band's album, which won best album at the Harbour Prizes on Tuesday, rose to number one."]),
               _undated("b", ["The singer is nominated twice in Wednesday's Harbour Prizes in Glasgow."]),
               _undated("c", ["The host of Wednesday's Harbour ceremony was named."])]
    [conflict] = event_day_conflicts(sources, "Harbour Prizes")
    assert [(v.value, v.sources) for v in conflict.values] == [("Tuesday", ["a"]), ("Wednesday", ["b", "c"])]


def test_an_event_over_several_days_or_a_weekday_of_something_else_is_no_conflict():
    fortnight = [_undated("a", ["She won her match at the Harbour Open on Monday and plays at the Harbour Open on Wednesday."]),
                 _undated("b", ["He lost at the Harbour Open on Tuesday."])]
    assert event_day_conflicts(fortnight, "Harbour Open") == []
    other = [_undated("a", ["Searchers began a hunt for Harbour Airlines Flight 9 on Monday."]),
             _undated("b", ["Saturday's Harbour Airlines flight left on time."])]
    assert event_day_conflicts(other, "Flight 9 search") == []


def test_a_festival_every_lead_names_is_the_story():
    sources = [source("a", "Lisbon honours veteran director", ["Director Ana Reis has received an honorary prize at the "
                                                               "Lisbon Film Festival."]),
               source("b", "Lisbon applauds war drama", ["A war drama was given a rousing reception at the Lisbon Film "
                                                          "Festival on Saturday."]),
               source("c", "Lisbon cheers for debut film", ["A debut film has drawn loud applause at Lisbon Film Festival."])]
    what, _ = event_what(sources)
    assert what == "Lisbon Film Festival"


def test_a_sentence_cut_inside_a_quote_is_no_headline_fact():
    from generator.facts.headlines import sentence_facts
    body = ["\"It is the first time any opera has been sung in the language. It works brilliantly, it is such a musical "
            "language,\" said music director Tom Hale of the Lisbon festival production.",
            "The festival's jury will name its winners on Sunday after ten days of screenings in the city."]
    statements = [f.statement for f in sentence_facts(body, "Opera film wins praise", [])]
    assert not any(s.startswith("It works brilliantly") for s in statements)
    assert any(s.startswith("The festival's jury") for s in statements)


@pytest.mark.parametrize("sentence,person", [
    ("The market was worth $2.6bn, according to industry analysts Screen Summit.", None),
    ("Researchers Mintex said sales of handhelds rose by a third.", None),
    ("Labour MPs Diane Abbott and Kate Hoey voted against the bill.", "Diane Abbott"),
    ("Fellow Britons Tim Henman and Greg Rusedski lost in the first round.", "Tim Henman"),
])
def test_a_name_after_a_plural_staff_noun_is_a_firm_unless_it_opens_with_a_given_name(sentence, person):
    from generator.mentions.names import find_people
    names = [p.name for p in find_people([sentence])]
    assert (person in names) if person else names == []
