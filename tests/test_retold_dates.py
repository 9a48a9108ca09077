"""One statement retold by two sources with dates that cannot both be right (a year outside a decade, two
years) is a date conflict, whatever the story; a decade and a year inside it agree, and two sentences that
only share the story's names are two statements.  The sentences are made up for these tests."""
from __future__ import annotations

from generator.build.pipeline import extract_bytes
from generator.consolidate.retold_dates import clash, retold_date_conflicts


def briefs(*texts: str):
    out = []
    for i, text in enumerate(texts):
        b = extract_bytes(f"museum-{i}.txt", text.encode())
        b.source.id = f"museum-{i}"
        out.append(b)
    return out


BRIDGE_DECADE = ("Old bridge to close\n\nExcept for the war years, every mayor of Lindberg since Anna Kroll in the "
                 "1950s has kept the old stone bridge open to traffic, the council said on Monday.\n")
BRIDGE_YEAR = ("Lindberg bridge closes\n\nApart from the war years, every mayor of Lindberg has kept the old stone "
               "bridge open to traffic since 1948, when Mayor Anna Kroll took office.\n")


def test_a_year_outside_the_decade_another_source_gives_is_a_conflict():
    [c] = retold_date_conflicts(briefs(BRIDGE_DECADE, BRIDGE_YEAR), [])
    assert c.attribute == "date"
    assert [v.value for v in c.values] == ["1948 (since 1948)", "1950s (in the 1950s)"]
    assert [v.sources for v in c.values] == [["museum-1"], ["museum-0"]]


def test_a_year_inside_the_decade_agrees():
    inside = BRIDGE_YEAR.replace("1948", "1953")
    assert retold_date_conflicts(briefs(BRIDGE_DECADE, inside), []) == []


def test_sentences_that_only_share_the_story_names_are_two_statements():
    other = ("Lindberg bridge\n\nMayor Anna Kroll opened the new ferry terminal in 1948 with a speech on the "
             "quay.\n")
    assert retold_date_conflicts(briefs(BRIDGE_DECADE, other), []) == []


def test_a_pair_of_dates_the_timeline_already_shows_is_not_repeated():
    [c] = retold_date_conflicts(briefs(BRIDGE_DECADE, BRIDGE_YEAR), [])
    assert retold_date_conflicts(briefs(BRIDGE_DECADE, BRIDGE_YEAR), [c]) == []


def test_dates_clash_when_their_spans_do_not_meet():
    assert clash("1929", "1930s") and clash("1998", "2001") and clash("2014-03", "2014-05")
    assert not clash("1934", "1930s") and not clash("2014", "2014-03") and not clash("1930s", "1930s")
