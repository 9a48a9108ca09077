"""Issue 15: names that get no person page although a source writes them like a person's -- a team written with
its article ('Les Rouges'), a form of address ('Miss Ann'), a maker quoted as a speaker ('Vantor agreed …').
The sentences are written for these tests (a football club's season, a columnist's open letter, a phone
maker's software deal), not taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.consolidate.entities import build_entities
from generator.lexicon.names import article_and_one_name, honorific_and_given_name
from generator.model.briefing import Briefing, Entity, Person, Quote, SourceInfo, Summary
from generator.site import entity_pages


def source(sid: str, body: list[str], **fields) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=sid), body=body, **fields)


def test_an_article_that_is_also_a_given_name_needs_a_surname_after_it():
    assert article_and_one_name("Les Rouges")             # the team: 'Les' and no surname
    assert article_and_one_name("La Gazette")
    assert not article_and_one_name("Les Ferdinand")      # the given name 'Les' before a surname
    assert not article_and_one_name("Les Johnson")


def test_a_surname_honorific_before_a_word_that_is_only_a_given_name_is_no_name():
    assert honorific_and_given_name("Miss Ann")
    assert honorific_and_given_name("Mrs. Elizabeth")
    assert not honorific_and_given_name("Miss Cottle")      # a surname
    assert not honorific_and_given_name("Mr. Paul")         # a given name that is a surname as well
    assert not honorific_and_given_name("Ms Lee")
    assert not honorific_and_given_name("Sir Elton")        # an honorific that stands before a given name
    assert not honorific_and_given_name("Ann Walsh")


LETTER = source("letter", [
    "Dear Ms. Hartley, your column says the senator's wife plays it safe.",
    "When she says her children come first she is telling every employer, \u201cYou, Miss Ann, will mind your "
    "own children, because I will be minding mine.\u201d",
    "The club's fans, Les Rouges among them, cheered her at the match."],
    people=[Person(name="Ann", mentions=["Miss Ann"]), Person(name="Les Rouges", mentions=["Les Rouges"]),
            Person(name="Dana Hartley", role="columnist", mentions=["Ms. Hartley"])])


def test_a_form_of_address_and_a_team_get_no_person_page():
    summary = Summary(entities=[Entity(name="Miss Ann", kind="person", aliases=["Ann"], sources=["letter"]),
                                Entity(name="Les Rouges", kind="person", sources=["letter"]),
                                Entity(name="Dana Hartley", kind="person", aliases=["Ms. Hartley"],
                                       sources=["letter"])])
    names = [p.name for p in entity_pages.people(summary, [LETTER])]
    assert names == ["Dana Hartley"]


DEAL = source("deal", [
    "Vantor showed the Vantor Nova 7 in Lisbon this evening, a week after its software deal with a search giant.",
    "Under the deal Vantor agreed to \u201ckeep its own apps out of the way\u201d, the analyst Rui Costa wrote.",
    "The Vantor Nova Lite follows in the spring."],
    quotes=[Quote(id="q1", text="keep its own apps out of the way", speaker="Vantor", paragraph=2),
            Quote(id="q2", text="a week after", speaker="Costa", paragraph=2)],
    people=[Person(name="Rui Costa", role="analyst", mentions=["Rui Costa", "Costa"])])


def test_a_one_word_speaker_whose_name_opens_its_products_names_is_an_organisation():
    index = build_entities([DEAL])
    kinds = {e.name: e.kind for e in index.entities}
    assert kinds["Vantor"] == "organization"
    assert kinds["Rui Costa"] == "person"


def test_a_speaker_named_once_before_another_name_stays_a_person():
    once = source("once", ["Marlow Kent said the vote was close.", "\u201cIt was close,\u201d Kent said."],
                  quotes=[Quote(id="q1", text="It was close,", speaker="Kent", paragraph=2)])
    kinds = {e.name: e.kind for e in build_entities([once]).entities}
    assert kinds.get("Kent") == "person"


def test_a_speaker_whose_name_ends_in_international_is_an_organisation():
    aid = source("aid", ["Human rights campaigners were angry.",
                         "Relief International has called the camp a \u201cdisgrace\u201d, its director said."],
                 quotes=[Quote(id="q1", text="disgrace", speaker="Relief International", paragraph=2)])
    kinds = {e.name: e.kind for e in build_entities([aid]).entities}
    assert kinds.get("Relief International") == "organization"


def test_a_given_name_run_after_the_is_a_thing_unless_it_modifies_a_noun():
    from generator.mentions.names import find_people
    body = ["The government is using the Royal Prerogative to withdraw the passports.",
            "Critics said the rarely used Royal Prerogative was a relic, and the Marshall Plan was another.",
            "He starred in the Ray Charles biopic last year, beside the Carol Hale band."]
    assert sorted(p.name for p in find_people(body)) == ["Carol Hale", "Ray Charles"]


def test_bodies_ending_in_a_head_no_surname_has_are_no_people():
    from generator.mentions.names import find_people
    body = ["Paul Ashworth of Capital Economics said the Federal Reserve would act, while Grace Trust and the "
            "Paris Club held talks.",
            "Warner Bros will release the film; the Lib Dems said Lawrence Forest Laboratories had no comment."]
    assert sorted(p.name for p in find_people(body)) == ["Paul Ashworth"]


def test_a_name_made_an_adjective_with_style_is_no_persons_name():
    from generator.mentions.names import find_people
    body = ["Organisers feared a Marla Quinn-style stunt at the show, Tom Hale said."]
    assert sorted(p.name for p in find_people(body)) == ["Tom Hale"]


def test_awards_laws_and_carmakers_ending_in_their_head_are_no_people():
    from generator.mentions.names import find_people
    body = ["Crystal Auto, which won a Golden Globe for its advert, broke the Securities Trading Act, Ann Lee said."]
    assert sorted(p.name for p in find_people(body)) == ["Ann Lee"]


def test_events_places_and_firms_ending_in_their_head_are_no_people():
    from generator.mentions.names import find_people
    body = ["At Summer Fashion Week, Grace Electronics and Victor Markets met near Charles de Gaulle Airport "
            "before the Draft Lottery, an Ivy League-educated Ann Lee said."]
    assert sorted(p.name for p in find_people(body)) == ["Ann Lee"]


def test_a_country_that_speaks_is_one_organisation_under_its_names():
    talks = source("talks", ["The US said the men would be freed.", "\u201cThey pose no threat,\u201d the United States said."],
                   quotes=[Quote(id="q1", text="They pose no threat,", speaker="United States", paragraph=2),
                           Quote(id="q2", text="would be freed", speaker="US", paragraph=1)])
    index = build_entities([talks])
    kinds = {e.name: e.kind for e in index.entities if e.kind != "place"}
    assert kinds == {"United States": "organization"}
    assert any(m.why == "names of one country" for m in index.merges)
