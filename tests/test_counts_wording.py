"""Counts printed to the user agree with their noun: '1 conflict', not '1 conflicts' (seen on a five-source
earthquake story whose build said '1 conflicts' in its summary line and on its home page)."""
from __future__ import annotations

from generator.build.pipeline import BuildReport
from generator.build.writing import ExtractReport
from generator.site.render import environment
from generator.text.numerals import counted


def test_counted_agrees_with_one_and_many() -> None:
    assert counted(1, "conflict") == "1 conflict"
    assert counted(0, "conflict") == "0 conflicts"
    assert counted(4, "source") == "4 sources"
    assert counted(2, "person", "people") == "2 people"


def test_the_build_line_says_one_source_and_one_conflict() -> None:
    report = BuildReport(extract=ExtractReport(read=1, new=1), quotes=1, facts=7, conflicts=1, pages_written=1)
    line = report.line()
    assert "1 source read (1 new" in line
    assert "1 quote, 7 facts, 1 conflict;" in line
    assert "1 page written" in line


def test_the_home_counts_line_uses_the_filter() -> None:
    env = environment(None)
    text = env.from_string("{{ 1|counted('conflict') }} · {{ 12|counted('speaker') }} quoted").render()
    assert text == "1 conflict · 12 speakers quoted"
