"""Three-way merge: the machine's old output, the person's file, the machine's new output."""
from __future__ import annotations

import copy

from generator.model.briefing import Briefing, DateMention, Fact, Note, Person, Quote, SourceInfo
from generator.store.merge import item_key, keyed, merge_briefing

BODY = [
    "Flood defences along the Elbe held overnight, the regional government said on Tuesday.",
    "“We are not out of danger yet,” said Dresden's mayor Dirk Hilbert at a briefing at noon.",
    "About 2,400 residents were evacuated from low-lying districts, officials said.",
]


def machine_output() -> Briefing:
    """What an extractor might write for a short article about a flood (not from the demo corpus)."""
    return Briefing(
        source=SourceInfo(id="elbe-flood", file="elbe.txt", title="Elbe flood defences hold", sha256="aaa"),
        notes=[Note(kind="correction", text="An earlier version misspelled the mayor's name.")],
        body=list(BODY),
        quotes=[Quote(id="q-danger", text="We are not out of danger yet,", speaker="Hilbert", cue="said", paragraph=2),
                Quote(id="q-noon", text="at noon", speaker=None, paragraph=2)],
        people=[Person(name="Dirk Hilbert", role="mayor")],
        facts=[Fact(id="count-residents-2400", kind="count", statement="2,400 residents were evacuated",
                    value=2400, unit="residents", qualifier="about", paragraph=3)],
        places=["Elbe", "Dresden"],
        dates=[DateMention(text="Tuesday", date="2024-09-17", paragraph=1),
               DateMention(text="Tuesday", date="2024-09-17", paragraph=3)],
    )


def test_field_the_user_changed_keeps_the_users_value_and_untouched_fields_follow_the_machine() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.quotes[0].speaker = "Dirk Hilbert"                 # correction
    new = copy.deepcopy(base)
    new.quotes[0].cue = "told reporters"                    # machine improvement, other field
    new.facts[0].paragraph = 4
    result = merge_briefing(base, user, new)
    quote = result.briefing.quotes[0]
    assert quote.speaker == "Dirk Hilbert"
    assert quote.cue == "told reporters"
    assert result.briefing.facts[0].paragraph == 4
    assert result.kept == 1 and result.review == []


def test_user_and_machine_changing_one_field_differently_is_a_review_entry_with_the_users_value() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.facts[0].value = 2500
    new = copy.deepcopy(base)
    new.facts[0].value = 2300
    result = merge_briefing(base, user, new)
    assert result.briefing.facts[0].value == 2500
    assert len(result.review) == 1
    entry = result.review[0]
    assert "count-residents-2400" in entry and "value" in entry and "2500" in entry and "2300" in entry
    assert result.briefing.review == result.review


def test_same_change_on_both_sides_is_no_conflict() -> None:
    base = machine_output()
    user, new = copy.deepcopy(base), copy.deepcopy(base)
    user.quotes[0].speaker = new.quotes[0].speaker = "Dirk Hilbert"
    result = merge_briefing(base, user, new)
    assert result.briefing.quotes[0].speaker == "Dirk Hilbert" and result.review == []


def test_deleted_item_stays_deleted_even_when_the_machine_changes_it() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    del user.quotes[1]                                      # "at noon" is not a quote
    del user.places[0]
    new = copy.deepcopy(base)
    new.quotes[1].speaker = "Dirk Hilbert"
    result = merge_briefing(base, user, new)
    assert [q.id for q in result.briefing.quotes] == ["q-danger"]
    assert result.briefing.places == ["Dresden"]


def test_added_items_stay_and_machine_additions_are_slotted_after_their_neighbour() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.quotes.append(Quote(id="q-mine", text="The water will peak on Thursday.", speaker="Dirk Hilbert"))
    user.organizations.append("Technisches Hilfswerk")
    new = copy.deepcopy(base)
    new.quotes.insert(1, Quote(id="q-new", text="We have sandbags for a week.", speaker="Dirk Hilbert"))
    new.organizations.append("Bundeswehr")
    result = merge_briefing(base, user, new)
    assert [q.id for q in result.briefing.quotes] == ["q-danger", "q-new", "q-noon", "q-mine"]
    assert set(result.briefing.organizations) == {"Technisches Hilfswerk", "Bundeswehr"}


def test_machine_dropping_an_item_drops_it_unless_the_user_edited_it() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.people[0].role = "Lord Mayor of Dresden"
    new = copy.deepcopy(base)
    new.people = []
    new.quotes = new.quotes[:1]
    result = merge_briefing(base, user, new)
    assert [p.role for p in result.briefing.people] == ["Lord Mayor of Dresden"]
    assert [q.id for q in result.briefing.quotes] == ["q-danger"]
    assert any("Dirk Hilbert" in r and "no longer" in r for r in result.review)


def test_body_is_merged_by_position() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.body[0] = "Flood defences along the Elbe held overnight, the Saxon state government said on Tuesday."
    user.body.append("Reporting by a stringer in Meissen.")
    new = copy.deepcopy(base)
    new.body[2] = "About 2,400 residents were evacuated from low-lying districts, police said."
    new.body.append("Rail traffic to Prague was suspended.")
    body = merge_briefing(base, user, new).briefing.body
    assert body == [user.body[0], BODY[1], new.body[2], "Rail traffic to Prague was suspended.",
                    "Reporting by a stringer in Meissen."]


def test_body_edits_follow_their_paragraph_when_the_machine_inserts_text_above() -> None:
    base = machine_output()
    base.body.append("Sandbags were handed out at the Ostra exhibition grounds.")
    user = copy.deepcopy(base)
    del user.body[1]                                        # the person removed a paragraph
    user.body[1] = "About 2,400 residents were evacuated from low-lying districts, police said."
    new = copy.deepcopy(base)
    new.body.insert(0, "UPDATE 2 - adds rail closures.")
    new.body[-1] = "Sandbags were handed out at the Ostra grounds and in Pieschen."
    result = merge_briefing(base, user, new)
    assert result.briefing.body == ["UPDATE 2 - adds rail closures.", BODY[0], user.body[1], new.body[-1]]
    assert result.review == []


def test_source_bookkeeping_is_the_machines_and_title_correction_is_the_users() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.source.title = "Elbe flood defences hold in Dresden"
    user.source.sha256 = "typed-by-accident"
    new = copy.deepcopy(base)
    new.source.sha256 = "bbb"
    new.source.title = "Elbe flood defences hold, city says"
    result = merge_briefing(base, user, new)
    assert result.briefing.source.title == "Elbe flood defences hold in Dresden"
    assert result.briefing.source.sha256 == "bbb"
    assert len(result.review) == 1 and "title" in result.review[0]


def test_repeated_natural_keys_are_told_apart_by_position() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.dates[1].event = "evacuation"                      # the second "Tuesday" only
    new = copy.deepcopy(base)
    result = merge_briefing(base, user, new)
    assert [d.event for d in result.briefing.dates] == [None, "evacuation"]
    assert list(keyed(base.dates)) == [("Tuesday", 1), ("Tuesday", 2)]
    assert item_key(base.quotes[0]) == "q-danger" and item_key(base.people[0]) == "Dirk Hilbert"


def test_existing_review_entries_are_kept_once() -> None:
    base = machine_output()
    user = copy.deepcopy(base)
    user.review = ["checked the mayor's title with the city press office"]
    user.facts[0].value = 2500
    new = copy.deepcopy(base)
    new.facts[0].value = 2300
    first = merge_briefing(base, user, new).briefing
    again = merge_briefing(base, first, new).briefing
    assert again.review[0] == "checked the mayor's title with the city press office"
    assert len(again.review) == 2
