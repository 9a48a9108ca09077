"""Entity merging across sources: transliteration, initials, honorifics, dashes, acronyms; never two people."""
from __future__ import annotations

import dataclasses

import pytest

from generator.consolidate.entities import build_entities
from generator.consolidate.name_keys import looks_like_name, name_parts, translit_key
from generator.model.briefing import Briefing, Person, Quote, SourceInfo


def brief(sid: str, people=(), orgs=(), places=()) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=sid + ".txt"),
                    people=[p if isinstance(p, Person) else Person(name=p) for p in people],
                    organizations=list(orgs), places=list(places))


def entity_of(index, name: str, kind: str = "person"):
    canonical = index.canonical(name, kind)
    return next(e for e in index.entities if e.name == canonical and e.kind == kind)


def test_transliteration_families_share_a_key():
    assert translit_key("Aleksandr") == translit_key("Alexander") == translit_key("Alexandr")
    assert translit_key("Dmitriy") == translit_key("Dmitry")
    assert translit_key("Sergej") == translit_key("Sergei") == translit_key("Sergey")
    assert translit_key("Yevgeny") == translit_key("Evgeny")
    assert translit_key("Lavrov") != translit_key("Lavrova")


def test_name_parts_drop_initials_and_honorifics():
    assert name_parts("Mr. Dmitry S. Peskov") == (["Dmitry"], "Peskov")
    assert name_parts("Ursula von der Leyen") == (["Ursula"], "von der Leyen")
    assert name_parts("Mr Peskov") == ([], "Peskov")


def test_same_person_under_transliterations_initials_and_honorifics():
    index = build_entities([
        brief("a", people=[Person(name="Dmitry Peskov", role="Kremlin spokesman", mentions=["Mr. Peskov"])]),
        brief("b", people=[Person(name="Dmitriy S. Peskov", mentions=["Mr Peskov", "Peskov"])]),
        brief("c", people=["Sergej Lavrov"]), brief("d", people=["Sergey V. Lavrov"]),
    ])
    peskov = entity_of(index, "Dmitriy S. Peskov")
    assert peskov.name == "Dmitry Peskov"
    assert {"Dmitriy S. Peskov", "Mr. Peskov", "Mr Peskov"} <= set(peskov.aliases)
    assert peskov.sources == ["a", "b"] and peskov.roles == {"a": "Kremlin spokesman"}
    assert entity_of(index, "Sergej Lavrov") is entity_of(index, "Sergey V. Lavrov")


def test_every_merge_is_recorded_with_a_reason():
    index = build_entities([brief("a", people=["Aleksandr Novak"]), brief("b", people=["Alexander Novak"])])
    assert len(index.merges) == 1
    merge = index.merges[0]
    assert merge.kind == "person" and merge.why == "transliteration variant"
    assert {merge.name, *merge.merged} == {"Aleksandr Novak", "Alexander Novak"}


def test_never_merges_two_people_who_share_a_first_name_or_a_surname():
    index = build_entities([
        brief("a", people=["Alexander Novak", "Alexander Lukashenko", "Joe Biden"]),
        brief("b", people=["Hunter Biden", "Biden", "Vladimir Zelensky", "Vladimir Medinsky"]),
    ])
    people = {e.name: e for e in index.entities if e.kind == "person"}
    assert {"Alexander Novak", "Alexander Lukashenko", "Joe Biden", "Hunter Biden"} <= set(people)
    assert people["Joe Biden"].aliases == [] and people["Hunter Biden"].aliases == []
    assert "Biden" in people                      # ambiguous surname stays on its own
    assert index.canonical("Vladimir Zelensky") != index.canonical("Vladimir Medinsky")


def test_person_and_organisation_accounts_stay_apart():
    index = build_entities([brief("a", people=["Antonio Guterres"], orgs=["United Nations", "UN"])])
    assert index.canonical("Antonio Guterres") == "Antonio Guterres"
    assert all(e.kind != "person" or e.name == "Antonio Guterres" for e in index.entities)


def test_organisations_by_dash_spelling_and_acronym():
    index = build_entities([
        brief("a", orgs=["EU–China Summit", "International Atomic Energy Agency", "World Health Organisation"]),
        brief("b", orgs=["EU-China Summit", "IAEA", "World Health Organization"]),
    ])
    assert entity_of(index, "EU–China Summit", "organization").sources == ["a", "b"]
    assert entity_of(index, "IAEA", "organization").name in ("IAEA", "International Atomic Energy Agency")
    assert entity_of(index, "IAEA", "organization") is entity_of(index, "International Atomic Energy Agency", "organization")
    assert len(entity_of(index, "World Health Organization", "organization").sources) == 2


def test_places_spelling_variants_but_not_neighbouring_countries():
    index = build_entities([
        brief("a", places=["Odessa", "Lugansk", "Austria", "Slovenia", "Niger", "Iran"]),
        brief("b", places=["Odesa", "Luhansk", "Australia", "Slovakia", "Nigeria", "Iraq", "the Crimea"]),
        brief("c", places=["Crimea"]),
    ])
    assert entity_of(index, "Odessa", "place") is entity_of(index, "Odesa", "place")
    assert entity_of(index, "Lugansk", "place") is entity_of(index, "Luhansk", "place")
    assert entity_of(index, "the Crimea", "place") is entity_of(index, "Crimea", "place")
    for a, b in [("Austria", "Australia"), ("Slovenia", "Slovakia"), ("Niger", "Nigeria"), ("Iran", "Iraq")]:
        assert entity_of(index, a, "place") is not entity_of(index, b, "place"), (a, b)


def test_undo_keeps_an_alias_apart_on_the_next_build():
    briefings = [brief("a", people=["Aleksandr Novak"]), brief("b", people=["Alexander Novak"])]
    first = build_entities(briefings)
    undone = [dataclasses.replace(m, undo=True) for m in first.merges]
    second = build_entities(briefings, undone)
    assert index_names(second) == {"Aleksandr Novak", "Alexander Novak"}
    assert second.merges == undone               # the undo is kept, so the third build still honours it
    third = build_entities(briefings, second.merges)
    assert index_names(third) == {"Aleksandr Novak", "Alexander Novak"}


def index_names(index) -> set[str]:
    return {e.name for e in index.entities if e.kind == "person"}


@pytest.mark.slow
def test_gold_must_not_merge_pairs_hold(gold_dir, corpus_dir):
    from gold_briefings import gold_briefings, load_consolidated
    index = build_entities(gold_briefings(gold_dir, corpus_dir))
    for pair in load_consolidated(gold_dir)["must_not_merge"]:
        kinds = ("person", "organization")
        a = {index.canonical(pair["a"], k) for k in kinds}
        b = {index.canonical(pair["b"], k) for k in kinds}
        assert not a & b, pair
    assert entity_of(index, "Aleksandr V. Grushko").name == "Alexander Grushko"
    assert entity_of(index, "Mr. Putin") is entity_of(index, "Vladimir Putin")
    assert entity_of(index, "Donbas", "place") is entity_of(index, "Donbass", "place")


def test_descriptions_and_pronouns_are_not_people():
    index = build_entities([brief("a", people=["the alliance's top official", "she", "Kaja Kallas"])])
    assert [e.name for e in index.entities if e.kind == "person"] == ["Kaja Kallas"]


def test_ukrainian_and_russian_forms_of_a_given_name_are_one_person_but_daniel_is_not_danielle():
    index = build_entities([brief("a", people=["Volodymyr Zelenskyy", "Oleksii Reznikov", "Danielle Smith"]),
                            brief("b", people=["Vladimir Zelensky", "Alexei Reznikov", "Daniel Smith"]),
                            brief("c", people=["Dmitri Kuleba"]), brief("d", people=["Dmytro Kuleba"])])
    assert entity_of(index, "Vladimir Zelensky") is entity_of(index, "Volodymyr Zelenskyy")
    assert entity_of(index, "Alexei Reznikov") is entity_of(index, "Oleksii Reznikov")
    assert entity_of(index, "Dmitri Kuleba") is entity_of(index, "Dmytro Kuleba")
    assert entity_of(index, "Daniel Smith") is not entity_of(index, "Danielle Smith")


# ---- people across naming customs (issue 15) --------------------------------------------------------------

def test_a_lone_given_name_form_is_the_only_person_with_that_given_name():
    index = build_entities([brief("a", people=["Rizal Hamzah", "Mr Rizal", "Tan Wei Ming"]),
                            brief("b", people=["Rizal", "Mr Tan"])])
    assert index.canonical("Mr Rizal") == index.canonical("Rizal") == "Rizal Hamzah"
    assert index.canonical("Mr Tan") == "Tan Wei Ming"            # a name written surname first: still one


def test_a_lone_name_that_is_also_someones_surname_is_not_joined_by_given_name():
    index = build_entities([brief("a", people=["Karim Nassar", "Nassar Haddad", "Mr Nassar"])])
    assert index.canonical("Mr Nassar") == "Karim Nassar"        # the surname rule, not the given-name one


def test_a_bare_surname_goes_to_the_person_the_texts_name_far_more_often():
    suspect = "Police named Yacine Benali as the organiser. Yacine Benali had travelled abroad."
    a = brief("a", people=["Yacine Benali", "Benali"])
    a.body = [suspect]
    b = brief("b", people=["Yacine Benali", "Omar Benali", "Mr Benali"])
    b.body = ["Yacine Benali was seen in the city, and his father Omar Benali spoke to reporters."]
    c = brief("c", people=["Benali"])
    c.body = ["Yacine Benali is still wanted."]
    index = build_entities([a, b, c])
    assert index.canonical("Benali") == index.canonical("Mr Benali") == "Yacine Benali"
    assert index.canonical("Omar Benali") == "Omar Benali"


def test_given_names_in_another_order_or_a_shorter_form_are_one_person():
    index = build_entities([brief("a", people=["Ismael Karim Haddou", "Nur Aisyah Rahim"]),
                            brief("b", people=["Karim Ismail Haddou", "Aisyah Rahim"])])
    assert index.canonical("Karim Ismail Haddou") == index.canonical("Ismael Karim Haddou")
    assert index.canonical("Aisyah Rahim") == index.canonical("Nur Aisyah Rahim")


def test_an_abbreviated_place_with_and_without_full_stops_is_one_place():
    index = build_entities([brief("a", places=["U.S.", "UAE"]), brief("b", places=["US", "U.A.E."])])
    assert entity_of(index, "U.S.", "place") is entity_of(index, "US", "place")
    assert entity_of(index, "UAE", "place") is entity_of(index, "U.A.E.", "place")
    assert entity_of(index, "US", "place") is not entity_of(index, "UAE", "place")


def test_a_bare_surname_goes_to_the_person_of_the_gender_its_sources_use_it_with():
    """Two people share a surname; each source that writes the bare surname means the woman: one calls her
    'Ms Varga', the other names only her and uses the surname alone."""
    a = brief("a", people=["Tomas Varga"])
    a.body = ["Mayor Tomas Varga's wife Elena opened the gallery on Friday.",
              "Ms Varga, who chose the paintings herself, said the city needed more art."]
    a.quotes = [Quote(id="q1", text="The city needs more art", speaker="Varga")]
    b = brief("b", people=[Person(name="Elena Varga", mentions=["Elena Varga", "Varga"])])
    b.body = ["Elena Varga opened a gallery of local painters.", "Varga, 52, said it was a gift to the city."]
    index = build_entities([a, b])
    assert index.canonical("Varga") == "Elena Varga"
    assert index.canonical("Tomas Varga") == "Tomas Varga"


def test_a_bare_surname_used_with_both_genders_stays_apart():
    a = brief("a", people=[Person(name="Elena Varga", mentions=["Elena Varga", "Varga"]), "Tomas Varga"])
    a.body = ["Elena Varga and Tomas Varga arrived together.", "Mr. Varga spoke first; Mrs. Varga spoke later.",
              "Varga said the gallery would open in May."]
    index = build_entities([a])
    assert index.canonical("Varga") == "Varga"


def test_a_womans_birth_name_is_her_when_a_text_says_so():
    cases = {
        "born": ["Ana Costa, born Ana Pereira in Porto, chairs the board.", "Ana Pereira studied law."],
        "former": ["The minister, the former Ana Pereira, was elected in 2010."],
        "nee": ["Ana Costa (née Pereira) chairs the board."],
        "brother": ["Rui Pereira, Ana's brother, said she had always wanted to teach."],
        "whole name": [],
    }
    for case, body in cases.items():
        a = brief("a", people=["Ana Costa", "Ana Pereira"] + (["Ana Maria Pereira Costa"] if case == "whole name"
                                                               else []))
        a.body = body
        index = build_entities([a])
        assert index.canonical("Ana Pereira") == index.canonical("Ana Costa"), case


def test_two_women_with_one_given_name_stay_apart_without_a_birth_name_cue():
    a = brief("a", people=["Ana Costa", "Ana Pereira", "Rui Pereira"])
    a.body = ["Ana Costa chairs the board; Ana Pereira, a teacher, spoke with Rui Pereira, her colleague.",
              "Rui Pereira, Ana's neighbour, agreed."]
    index = build_entities([a])
    assert index.canonical("Ana Pereira") == "Ana Pereira"
    two = brief("b", people=["Ana Costa", "Ana Lima", "Ana Pereira"])
    two.body = ["Rui Pereira, Ana's brother, said she had always wanted to teach."]     # which Ana married?
    assert build_entities([two]).canonical("Ana Pereira") == "Ana Pereira"


def test_a_bare_surname_two_people_bear_and_no_source_names_alone_gets_no_entity():
    """One source writes 'Mr. Halvorsen' and 'Mrs. Halvorsen' and once a bare 'Halvorsen' among her mentions:
    that surname is one of the two, not a third person."""
    a = brief("a", people=[Person(name="Ingrid Halvorsen", mentions=["Ingrid Halvorsen", "Mrs. Halvorsen", "Halvorsen"]),
                           Person(name="Erik Halvorsen", mentions=["Erik Halvorsen", "Mr. Halvorsen"])])
    a.body = ["Ingrid Halvorsen and her husband, Erik Halvorsen, toured the plant.",
              "Mrs. Halvorsen spoke first; Mr. Halvorsen thanked the workers.",
              "The crowd cheered for Halvorsen as the couple left."]
    index = build_entities([a])
    assert sorted(e.name for e in index.entities if e.kind == "person") == ["Erik Halvorsen", "Ingrid Halvorsen"]


def test_a_bare_surname_a_source_gives_as_a_speaker_keeps_its_entity():
    a = brief("a", people=[Person(name="Ingrid Halvorsen", mentions=["Ingrid Halvorsen", "Halvorsen"]), "Erik Halvorsen"])
    a.body = ["Ingrid Halvorsen and Erik Halvorsen arrived together.", "Mr. Halvorsen spoke first; Mrs. Halvorsen later."]
    a.quotes = [Quote(id="q1", text="We are proud of the plant", speaker="Halvorsen")]
    assert "Halvorsen" in {e.name for e in build_entities([a]).entities}


# ---- particles sources leave out (issue 15) ---------------------------------------------------------------------

def test_a_surname_with_and_without_its_particle_is_one_person():
    """'Syria's foreign minister Walid al-Moualem said …' in one source, 'Walid Moualem' and 'Mr. Moualem' in
    others: the particle is often dropped (al, el, bin, van, de, von)."""
    index = build_entities([brief("a", people=["Walid al-Moualem"]), brief("b", people=["Walid Moualem"]),
                            brief("c", people=["Mr. Moualem", "Rob van Dijk"]), brief("d", people=["Rob Dijk"])])
    assert entity_of(index, "Walid Moualem") is entity_of(index, "Walid al-Moualem") is entity_of(index, "Mr. Moualem")
    assert entity_of(index, "Rob Dijk") is entity_of(index, "Rob van Dijk")
    index = build_entities([brief("a", people=["Ahmad Al Hassan"]), brief("b", people=["Ahmad Alhassan"])])
    assert entity_of(index, "Ahmad Alhassan") is entity_of(index, "Ahmad Al Hassan")


def test_a_name_cut_before_the_surname_its_particle_begins_is_no_person():
    """'Egypt's President Abdel Aziz Al Masri offered …' read as far as 'Al': no page for 'Abdel Aziz Al'."""
    assert not looks_like_name("Abdel Aziz Al")
    assert looks_like_name("Ursula von der Leyen") and looks_like_name("Kim Le") and looks_like_name("Al Masri")


def test_a_surname_spelt_two_ways_across_sources_is_one_person_but_a_close_other_surname_is_not():
    """'Prosecutors said Mustafa Kaddouri, 31, …' in most sources, 'Mustafa Kadouri' and 'Mr. Kaddori' in others;
    his father Omar Kaddouri is named in one."""
    a, b, c = (brief("a", people=["Mustafa Kaddouri", "Omar Kaddouri"]), brief("b", people=["Mustafa Kadouri"]),
               brief("c", people=["Mr. Kaddori", "Ann Clinton", "Mr. Clifton", "Jo Marsh", "Al Marshall"]))
    a.body = ["Prosecutors said Mustafa Kaddouri, 31, rented the flat; his father, Omar Kaddouri, was questioned.",
              "Mustafa Kaddouri was arrested on Monday. Mustafa Kaddouri denies the charges."]
    b.body = ["Mustafa Kadouri was arrested on Monday."]
    c.body = ["Mr. Kaddori rented the flat, Ann Clinton said. Mr. Clifton disagreed."]
    more = [brief(sid, people=["Mustafa Kaddouri"]) for sid in "de"]
    for m in more:
        m.body = ["Police named the suspect as Mustafa Kaddouri."]
    index = build_entities([a, b, c, *more])
    kaddouri = entity_of(index, "Mustafa Kaddouri")
    assert entity_of(index, "Mustafa Kadouri") is kaddouri and entity_of(index, "Mr. Kaddori") is kaddouri
    assert entity_of(index, "Omar Kaddouri") is not kaddouri
    assert entity_of(index, "Mr. Clifton") is not entity_of(index, "Ann Clinton")
    assert entity_of(index, "Jo Marsh") is not entity_of(index, "Al Marshall")


def test_an_honorific_form_every_source_links_to_one_person_is_that_person_beside_a_namesake():
    """'Mr Blair' in two sources that name only Tony Blair, with Sir Ian Blair named in a third: one person page for
    Tony Blair, not a third 'Mr Blair'; a source that names both Blairs links the form to neither."""
    tony = Person(name="Tony Blair", mentions=["Tony Blair", "Mr Blair"])
    index = build_entities([brief("a", people=[tony]), brief("b", people=[tony]),
                            brief("c", people=[Person(name="Ian Blair", mentions=["Sir Ian Blair"])])])
    assert index.canonical("Mr Blair") == "Tony Blair"
    assert {e.name for e in index.entities} == {"Tony Blair", "Ian Blair"}
    both = build_entities([brief("a", people=[tony, Person(name="Ian Blair", mentions=["Mr Blair"])]),
                           brief("c", people=[Person(name="Ian Blair", mentions=["Sir Ian Blair"])])])
    assert both.canonical("Mr Blair") != "Tony Blair"


def test_a_name_ending_in_lords_is_a_body_not_a_person():
    """'the Law Lords have ruled' (Britain's highest court until 2009): a plural of a peer's title ends a body's name."""
    from generator.lexicon.names import not_a_person_name
    assert not_a_person_name("Law Lords") and not not_a_person_name("Ian Lord")
    index = build_entities([dataclasses.replace(brief("a"), quotes=[Quote(id="q1", text="wrong", speaker="Law Lords")])])
    assert entity_of(index, "Law Lords", "organization").kind == "organization"
