"""Issue 15, session 16: rules found on the blind Celebrity Big Brother event's first look.  Every sentence here is
written for these tests (an invented reality show), not taken from the dataset or the demo."""
from __future__ import annotations

from generator.consolidate.story import event_what, find_event
from generator.mentions.names import find_people
from tests.stories import titled_source as source

# A reality show told through its evictions: every title names the show, three leads name 'the public vote'.
SHOW = [
    source("a", "Roe out of Island Camp show", ["Chef Kim Roe has become the latest contestant to leave Celebrity "
                                                "Island Camp, after the public vote on Friday."]),
    source("b", "Double exit from Island Camp", ["Singer Ada Moss and actor Tim Hale have both left Celebrity "
                                                 "Island Camp, with 4% of the public vote."]),
    source("c", "Moss attacks 'cruel' Island Camp", ["Ada Moss has criticised Celebrity Island Camp for its "
                                                     "treatment of contestants."]),
    source("d", "Hale evicted from Island Camp", ["Tim Hale is the first star voted out of Celebrity Island "
                                                  "Camp, after the public vote went against him."]),
]


def test_a_name_every_title_carries_is_the_story_not_a_noun_only_leads_write():
    what, sources = event_what(SHOW)
    assert what == "Celebrity Island Camp" and len(sources) == 4


def test_a_noun_a_title_writes_still_names_the_event():
    titled = [*SHOW[:3], source("d", "Public vote ends Island Camp run", ["The public vote put Tim Hale out of "
                                                                          "Celebrity Island Camp."])]
    what, _ = event_what(titled)
    assert what is not None and "vote" in what.lower()


def test_a_body_noun_opening_a_sentence_makes_no_person_of_the_name_after_it():
    body = ['Bookmaker Longodds said it would keep taking bets. "We see nothing odd," spokesman Tom Vale said.',
            "Insurer Safeguard said claims would rise."]
    assert [p.name for p in find_people(body)] == ["Tom Vale"]


def test_a_run_after_a_cue_with_an_auxiliary_after_it_is_what_was_said_about():
    body = ['The writer said Island Camp had behaved "like a child" by taunting Kim Roe.']
    assert [p.name for p in find_people(body)] == ["Kim Roe"]


def _with_people(b):
    b.people = find_people(b.body)
    return b


# A feud between two ministers, told over four reports: 'rift', 'feud' and 'dispute' are one event; the leads also
# name the coming election in passing.
FEUD = [_with_people(b) for b in [
    source("a", "Vale to face MPs amid feud talk", ["Prime minister Tom Vale will face MPs after reports of a feud "
                                                      "with finance minister Ann Roe before the election campaign."]),
    source("b", "Roe and Vale face new rift claims", ["Ann Roe and Tom Vale face claims of a rift over the budget, "
                                                      "weeks before the election."]),
    source("c", "Donor attacks Vale-Roe 'feud'", ["A donor has attacked the reported feud between Tom Vale and Ann "
                                                  "Roe, saying it could cost the party the election."]),
    source("d", "Party's election hopes", ["MPs said the dispute between Tom Vale and Ann Roe was hurting the "
                                           "party's election hopes."]),
]]


def test_the_nouns_of_a_dispute_are_one_event_named_by_its_two_parties():
    event = find_event(FEUD, {}, None)
    assert event.what is not None and event.what.endswith(("feud", "rift")) \
        and set(event.what.split()[0].split("-")) == {"Vale", "Roe"}


def test_a_dispute_with_one_party_in_the_titles_keeps_its_noun():
    one = [_with_people(source(s, f"{t} over the budget", [f"Ann Roe is in a {t.lower()} with the unions."]))
           for s, t in (("a", "Feud"), ("b", "Rift"), ("c", "Dispute"))]
    assert find_event(one, {}, None).what in ("Feud", "Rift", "Dispute")


def test_a_surname_a_letter_longer_in_another_source_is_that_sources_slip():
    from generator.consolidate.entities import build_entities
    from tests.test_entities import brief, entity_of
    index = build_entities([brief("a", people=["Robert Krestin"]), brief("b", people=["Robert Kestin"]),
                            brief("c", people=["Robert Kestin"])])
    assert entity_of(index, "Robert Krestin") is entity_of(index, "Robert Kestin")


def test_two_surnames_a_letter_apart_in_one_source_are_two_people():
    from generator.consolidate.entities import build_entities
    from tests.test_entities import brief, entity_of
    index = build_entities([brief("a", people=["Robert Kestin", "Robert Krestin"]),
                            brief("b", people=["Robert Kestin"]), brief("c", people=["Ann Lee", "Dan Lees"])])
    assert entity_of(index, "Robert Krestin") is not entity_of(index, "Robert Kestin")
    assert entity_of(index, "Ann Lee") is not entity_of(index, "Dan Lees")


# An indoor athletics meeting: the leads name it after a sponsor, one with the year before it.
MEETING = [
    source("a", "Varga heads for Leeds", ["Pole vault champion Eva Varga will take part in the 2006 Northern Bank "
                                          "Grand Prix in Leeds on 18 February."]),
    source("b", "Roe sets sights on record", ["Tom Roe wants a world record at February's Northern Bank Grand Prix "
                                              "in Leeds."]),
    source("c", "Lind back on form in Leeds", ["Ann Lind won the 1,000m at the Leeds Indoor Grand Prix."]),
]


def test_a_capitalised_grand_prix_after_a_name_is_the_event_and_a_year_counts_nothing():
    what, sources = event_what(MEETING)
    assert what == "Northern Bank Grand Prix" and len(sources) == 3


def test_a_sentence_that_lost_its_start_is_no_headline_and_a_small_first_letter_name_stays_as_written():
    from generator.text.clauses import short_clause
    assert short_clause("was back on record-breaking form in the pole vault at the indoor arena.") is None
    assert short_clause("eBay said its sales rose by a third in the last quarter of the year.") \
        == "eBay said its sales rose by a third in the last quarter of the year."
    assert short_clause("de Villepin said the plan would go ahead in the spring.").startswith("De Villepin said")


def test_an_organisation_named_by_the_first_word_of_its_name_is_one_organisation():
    from generator.consolidate.entities import build_entities
    from tests.test_entities import brief, entity_of
    index = build_entities([brief("a", orgs=["Tarn Energy", "UN Office for Refugees"]), brief("b", orgs=["Tarn", "UN"]),
                            brief("c", orgs=["China", "China Mobile"])])
    kind = "organization"
    assert entity_of(index, "Tarn", kind) is entity_of(index, "Tarn Energy", kind)
    assert entity_of(index, "UN", kind) is not entity_of(index, "UN Office for Refugees", kind)
    assert entity_of(index, "China", kind) is not entity_of(index, "China Mobile", kind)


def test_a_year_a_sentence_compares_with_is_no_event_of_that_year():
    from generator.consolidate.timeline import build_timeline
    from generator.model.briefing import DateMention
    said = "It said production at its other fields was likely to surpass levels seen in 2004."
    sources = [source("a", "Oil firm upbeat", [said]), source("b", "Oil firm shares rise", [said])]
    for b in sources:
        b.dates = [DateMention(text="in 2004", date="2004", paragraph=1, granularity="year", event=said)]
    timeline, _, _ = build_timeline(sources)
    assert timeline == []
    said = "Christmas takings were down 26.5% on 2003's figures, blamed on the holiday falling at a weekend."
    sources = [source("a", "Film takings fall", [said]), source("b", "Box office dips", [said])]
    for b in sources:
        b.dates = [DateMention(text="2003", date="2003", paragraph=1, granularity="year", event=said)]
    assert build_timeline(sources)[0] == []
