"""The same slot compared across sources for any event: a count with one unit and predicate, the clock time of
one happening, a person's age.  Values that cannot both be true are a conflict about one moment; a value that
changes with publication time (or is marked provisional, or is a toll) is an update.  The sentences are made
up about events that are neither the demo's nor the WikiRef development events'."""
from __future__ import annotations

from generator.build.pipeline import extract_bytes
from generator.consolidate import consolidate
from generator.consolidate.entities import build_entities
from generator.consolidate.slots import compare
from generator.model.briefing import Briefing, Person, Quote, SourceInfo


def briefs(name: str, *texts: str, published: tuple = ()):
    out = []
    for i, text in enumerate(texts):
        b = extract_bytes(f"{name}-{i}.txt", text.encode())
        b.source.id = f"{name}-{i}"
        if published:
            b.source.published = published[i]
        out.append(b)
    return out


def slots(*briefings):
    conflicts, updates = compare(list(briefings), build_entities(list(briefings)))
    return ({c.subject: sorted(str(v.value) for v in c.values) for c in conflicts},
            {u.subject: ([str(v.value) for v in u.values], u.order) for u in updates})


FERRY = ("Ferry capsizes off Sulawesi\n\nThe ferry was carrying 312 passengers when it capsized in heavy seas on "
         "Tuesday night, the harbour master said.\n",
         "Dozens missing after ferry sinks\n\nThe vessel, which was carrying 298 passengers, capsized shortly after "
         "leaving port on Tuesday night.\n")
STORM = tuple(f"Storm toll\n\nThe storm has killed {n} people, officials said on {day}.\n"
              for n, day in (("23", "Monday"), ("27", "Tuesday"), ("at least 30", "Wednesday")))


def test_two_sources_giving_one_count_different_values_is_a_conflict():
    conflicts, updates = slots(*briefs("ferry", *FERRY))
    assert conflicts == {"passenger aboard": ["298 passengers", "312 passengers"]} and updates == {}


def test_a_toll_that_grows_with_publication_date_is_an_update_in_date_order():
    dated = briefs("storm", *reversed(STORM), published=("2021-08-04", "2021-08-03", "2021-08-02"))
    conflicts, updates = slots(*dated)
    assert conflicts == {}
    assert updates == {"people killed": (["23 dead", "27 dead", "at least 30 dead"], "publication date")}


def test_an_undated_toll_is_an_update_ordered_by_value_and_says_so():
    conflicts, updates = slots(*briefs("storm", *STORM))
    [(values, order)] = updates.values()
    assert conflicts == {} and values == ["23 dead", "27 dead", "at least 30 dead"] and "no publication dates" in order


def test_two_tolls_on_one_publication_day_disagree():
    conflicts, updates = slots(*briefs("storm", *STORM[:2], published=("2021-08-02", "2021-08-02")))
    assert conflicts == {"people killed": ["23 dead", "27 dead"]} and updates == {}


def test_a_provisional_count_then_a_final_one_is_an_update():
    early = ("Early results\n\nExit polls showed the Labour Alliance with 41 percent of the vote and 88 seats in the "
             "200-seat assembly.\n")
    final = "Final count\n\nThe Labour Alliance won 86 seats, the electoral commission said.\n"
    conflicts, updates = slots(*briefs("vote", early, final))
    assert conflicts == {}
    assert updates == {"seat won by Labour Alliance": (["88 seats", "86 seats"], "revision words")}


def test_a_part_of_a_count_and_a_compound_adjective_are_not_readings():
    texts = ("Aid\n\nAgencies from 12 countries are taking part in the relief effort, and another 20 countries have "
             "pledged money.\n",
             "Aid\n\nMore than 40 of the 300 passengers on board were children.\n",
             "Aid\n\nThe ship was carrying 300 passengers on board, officials said.\n")
    assert slots(*briefs("parts", *texts)) == ({}, {})


def test_counts_far_apart_count_different_things():
    texts = ("Blast\n\nThe blast killed 12 people at the market, police said.\n",
             "Blast\n\nThe blasts across the city killed 41 people, police said.\n")
    conflicts, _ = slots(*briefs("blast", *texts))
    assert conflicts == {}


def test_the_clock_time_of_one_happening_disagreeing_is_a_conflict():
    texts = ("Train derails\n\nThe overnight train left Central Station at 6:15 a.m. and derailed forty minutes "
             "later near Verona.\n",
             "Derailment\n\nInvestigators said the train left Central Station at 6:45 a.m. before it came off the "
             "rails near Verona.\n")
    conflicts, _ = slots(*briefs("train", *texts))
    assert conflicts == {"time of the departure": ["6:15 a.m.", "6:45 a.m."]}


def test_numbered_happenings_and_times_naming_nothing_in_common_are_not_compared():
    texts = ("Explosions\n\nThe first explosion was heard near the Grand Theatre at 9:20 p.m., witnesses said.\n",
             "Explosions\n\nA second explosion was heard near the Grand Theatre at 9:35 p.m.\n",
             "Shelter\n\nThe relief convoy arrived at the shelter in Tarsk at 4:10 p.m.\n",
             "Shelter\n\nThe ferry from Oban arrived at 5:30 p.m. with supplies.\n")
    assert slots(*briefs("blasts", *texts)) == ({}, {})


def test_a_persons_age_given_differently_is_a_conflict():
    texts = ("Mayor resigns\n\nThe mayor, Maria Lopez, 34, announced her resignation on Friday.\n",
             "Mayor steps down\n\nMaria Lopez, 35, said she would leave office at the end of the month.\n",
             "Mayor\n\nThe 34-year-old Maria Lopez was elected in 2019.\n")
    conflicts, _ = slots(*briefs("mayor", *texts))
    assert conflicts == {"age of Maria Lopez": ["34", "35"]}


def test_the_summary_carries_updates_and_slot_conflicts():
    summary = consolidate(briefs("storm", *STORM) + briefs("ferry", *FERRY))
    assert [u.subject for u in summary.updates] == ["people killed"]
    assert summary.updates[0].summary == "rose from 23 dead to at least 30 dead"
    assert "passenger aboard" in {c.subject for c in summary.conflicts}


def _quoted(sid: str, speaker: str, text: str) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=sid), body=[f"“{text}” {speaker} said."],
                    quotes=[Quote(id="q1", text=text, speaker=speaker, paragraph=1)], people=[Person(name=speaker)])


def test_the_same_words_given_to_two_people_by_two_sources_is_a_speaker_conflict():
    words = "We will rebuild every school that the water took from these valleys"
    summary = consolidate([_quoted("a", "Amara Okafor", words), _quoted("b", "Amara Okafor", words),
                           _quoted("c", "Daniel Mensah", words),
                           _quoted("d", "Daniel Mensah", "We will rebuild.")])     # short: anyone says that
    [conflict] = [c for c in summary.conflicts if c.attribute == "who said it"]
    assert [(v.value, v.sources) for v in conflict.values] == [("Amara Okafor", ["a", "b"]), ("Daniel Mensah", ["c"])]


def test_a_bare_title_is_not_a_person():
    from generator.consolidate.name_keys import looks_like_name
    assert not looks_like_name("Rev") and not looks_like_name("Chairman") and not looks_like_name("Prime Minister")
    assert not looks_like_name("Kenyan PM") and looks_like_name("Ngozi Okonjo-Iweala")
    assert looks_like_name("Chairman Reince Priebus") and looks_like_name("Priebus")
    index = build_entities([Briefing(source=SourceInfo(id="a", file="a"), people=[
        Person(name="Reince Priebus"), Person(name="Chairman Reince Priebus"),
        Person(name="Committee Chairman Reince Priebus"), Person(name="Priebus"), Person(name="Rev")])])
    assert [e.name for e in index.entities if e.kind == "person"] == ["Reince Priebus"]


def test_a_count_takes_the_predicate_nearest_it():
    """'14 people are dead and about 90 missing': the 14 are dead (the word next to it), not missing."""
    texts = ("Landslide\n\nRescuers said 14 people are dead and about 90 missing after the landslide.\n",
             "Landslide\n\nThe landslide killed 12 people in the valley, rescuers said.\n")
    _, updates = slots(*briefs("slide", *texts))
    assert updates["people killed"][0] == ["12 dead", "14 people"]


def test_a_toll_its_source_says_will_grow_is_an_update_however_far_it_grew():
    """A count whose sentence says it will grow is an early reading: 60 dead then more than 400 is one toll
    that grew, not two things (counts far apart are otherwise kept apart)."""
    texts = ("Cyclone\n\nOfficials say 60 people are dead, but it is feared the final death toll will be much "
             "higher.\n",
             "Cyclone aftermath\n\nMore than 400 people were confirmed dead, the interior ministry said.\n")
    conflicts, updates = slots(*briefs("cyclone", *texts))
    assert conflicts == {}
    assert updates == {"people killed": (["60 people", "more than 400 people"], "revision words")}


def test_a_toll_from_a_source_written_days_later_joins_the_earlier_one():
    """One source tells the quake's day only (its date line dates it), an undated one a day three days later
    (Thursday, after the Monday of the quake).  The larger toll comes only from the later source: an update,
    not two things."""
    from generator.consolidate.stage import corpus_anchor
    from generator.facts.stage import finish_corpus
    texts = ("Quake\n\nThe earthquake struck on 2 March 2020, a Monday.\n\nIt killed 40 people in the hill towns.\n",
             "Quake toll rises\n\nOfficials said on Thursday that the earthquake had killed 210 people.\n",
             "Schools shut\n\nSchools in the hill towns stayed shut on Tuesday after the earthquake.\n")
    sources = finish_corpus(briefs("quake", *texts))
    anchor = corpus_anchor(sources)
    conflicts, updates = compare(sources, build_entities(sources), anchor)
    assert anchor == "2020-03-02" and conflicts == []
    assert [[v.value for v in u.values] for u in updates] == [["40 dead", "210 dead"]]
    _, apart = compare(sources, build_entities(sources))       # no story day: when they were written is unknown
    assert apart == []


def test_units_sold_so_far_grow_an_undated_count_of_sales_is_an_update_a_share_is_not():
    sales = briefs("sales", "Tablet sales\n\nOrvo said it sold 4 million Vela tablets in the first month.\n",
                   "Tablet sales slow\n\nOrvo has sold 5 million Vela tablets in three months, the report said.\n")
    conflicts, updates = slots(*sales)
    assert conflicts == {} and list(updates.values())[0][0] == ["4,000,000 tablets", "5,000,000 tablets"]
    shares = briefs("share", "Makers\n\nKestra took 6.9 percent of phones sold in the quarter.\n",
                    "Makers\n\nKestra took 4.9 percent of phones sold in the quarter.\n")
    assert slots(*shares)[1] == {}


def test_two_sources_ranking_the_event_differently_over_one_span_disagree_a_ranked_thing_does_not():
    ranked = briefs("flood", "Flood\n\nThe flood was the third-worst in the country since 1950, officials said.\n",
                    "Flood toll\n\nThe Ostra flood is now the second worst since 1950 behind the great flood.\n",
                    "Economy\n\nThe region is the second largest economy in the country.\n")
    conflicts, updates = slots(*ranked)
    assert conflicts == {"rank among the deadliest since 1950": ["second", "third"]} and updates == {}
