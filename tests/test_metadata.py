"""Metadata of plain-text articles: YAML front matter, and what a page dump shows (headline, day, byline, outlet)."""
from __future__ import annotations

from generator.read.front_matter import split_front_matter
from generator.read.metadata import detect, split_title_suffix
from generator.text.days import find_day

AP_DUMP = """Skip to main content

Menu

Search

Lawmakers approve new budget after a long night of debate

By Kevin Johnson, USA TODAY

Nov. 20, 2019 5:52 AM EST

WASHINGTON (AP) — The House passed the budget on Sunday after a debate that ran late into the night, officials said.

View all (23)

© 2019 The Associated Press. All rights reserved.
"""


def test_front_matter_values_and_body_keep_their_line_numbers():
    text = "---\ntitle: Warrant obtained\noutlet: Example Post\npublished: 2016-10-31\nauthor: [A. Writer, B. Writer]\n---\nBody line.\n"
    fm = split_front_matter(text)
    assert fm.values == {"title": "Warrant obtained", "outlet": "Example Post", "published": "2016-10-31",
                         "author": "A. Writer, B. Writer"}
    assert fm.problems == []
    lines = fm.text.split("\n")
    assert lines[6] == "Body line." and not any(lines[:6])       # the block is blank lines, never body text


def test_front_matter_datetime_and_quoted_date_become_iso_days():
    assert split_front_matter("---\npublished: 2016-10-30T21:05:00Z\n---\nx").values["published"] == "2016-10-30"
    assert split_front_matter("---\npublished: '2016-10-30 9pm'\n---\nx").values["published"] == "2016-10-30"


def test_broken_front_matter_is_one_line_naming_file_and_line_and_never_body():
    fm = split_front_matter("---\ntitle: ok\noutlet: [unclosed\n---\nThe body.\n")
    assert len(fm.problems) == 1
    assert fm.problems[0].startswith("line ") and "front matter" in fm.problems[0] and "\n" not in fm.problems[0]
    line = int(fm.problems[0].split(":")[0].split()[1])
    assert 3 <= line <= 4
    assert "title" not in fm.text and "The body." in fm.text and fm.values == {}


def test_front_matter_unknown_key_and_bad_date_are_named():
    fm = split_front_matter("---\ntitle: T\nsection: World\npublished: last Sunday\n---\nBody\n")
    assert fm.values == {"title": "T"}
    assert any(p.startswith("line 3:") and "section" in p for p in fm.problems)
    assert any(p.startswith("line 4:") and "not a date" in p for p in fm.problems)


def test_text_without_front_matter_is_untouched():
    text = "Title\n\n---\n\nBody after a rule.\n"
    assert split_front_matter(text).text == text
    assert split_front_matter("---\nno closing line\nBody").values == {}
    rules = "---\nA paragraph between two rules: with a colon.\n---\nMore text.\n"
    assert split_front_matter(rules).text == rules and not split_front_matter(rules).problems


def test_dump_headline_skips_navigation_and_finds_day_byline_dateline_outlet():
    found = detect(AP_DUMP.split("\n"))
    assert found.title == "Lawmakers approve new budget after a long night of debate"
    assert found.published == "2019-11-20"
    assert found.author == "Kevin Johnson"
    assert found.outlet == "AP"                 # the wire of the dateline
    assert found.place == "WASHINGTON"
    assert found.lines["published"] == 11


def test_byline_names_author_and_outlet():
    found = detect(["A headline about the election", "By Kevin Johnson, USA TODAY", "Published 10:14 a.m. ET Oct. 31, 2016",
                    "The body of the article follows here, with enough words to read as prose."])
    assert (found.author, found.outlet, found.published) == ("Kevin Johnson", "USA TODAY", "2016-10-31")
    staff = detect(["A headline about the election", "By Jane Doe, Staff Writer", "Body."])
    assert staff.author == "Jane Doe" and staff.outlet is None


def test_title_suffix_names_the_outlet():
    assert split_title_suffix("NATO and Russia deadlock after talks in Brussels – POLITICO") == (
        "NATO and Russia deadlock after talks in Brussels", "POLITICO")
    assert split_title_suffix("Bubonic plague: third case – ‘The plague is coming’")[1] is None
    found = detect(["NATO and Russia deadlock after talks in Brussels – POLITICO", "", "Text of the article."])
    assert found.outlet == "POLITICO" and found.title == "NATO and Russia deadlock after talks in Brussels"


def test_wire_dateline_names_the_outlet():
    found = detect(["Quake shakes the coast", "", "TOKYO (Reuters) - A strong earthquake struck off the coast on Sunday, "
                    "officials said, and no damage was reported."])
    assert found.outlet == "Reuters" and found.place == "TOKYO"


def test_published_label_wins_over_updated_and_over_dates_in_lists():
    lines = ["Headline of the story here", "Updated 11:20 a.m. ET Nov. 1, 2016",
             "Published 10:14 a.m. ET Oct. 31, 2016", "Body text that goes on for a while, as articles do.",
             "Related", "Oct 2, 2016", "Sep 3, 2016", "Aug 4, 2016"]
    assert detect(lines).published == "2016-10-31"


def test_undated_page_gives_no_day():
    assert detect(["A headline without any date", "", "Body text, on Sunday, with no date line."]).published is None


def test_day_forms():
    assert find_day("Nov. 20, 2019 5:52 AM EST")[0] == "2019-11-20"
    assert find_day("Published Wed, Nov 20 20194:29 AM EST")[0] == "2019-11-20"
    assert find_day("12 de janeiro de 2022")[0] == "2022-01-12"
    assert find_day("20 ноября 2019")[0] == "2019-11-20"
    assert find_day("2018年8月16日")[0] == "2018-08-16"
    assert find_day("11/20/2019")[0] == "2019-11-20" and find_day("20.11.2019")[0] == "2019-11-20"
    assert find_day("Feb. 30, 2019") is None and find_day("on Sunday") is None


def test_a_dump_reads_as_the_article_it_shows():
    from generator.clean.stage import clean
    from generator.read.sources import decode
    cleaned = clean(decode("ap.txt", AP_DUMP.encode()))
    assert cleaned.title == "Lawmakers approve new budget after a long night of debate"
    assert (cleaned.published, cleaned.outlet, cleaned.author) == ("2019-11-20", "AP", "Kevin Johnson")
    assert not any("View all" in p or "Skip to" in p for p in cleaned.body)
    assert cleaned.body and cleaned.body[0].startswith("WASHINGTON (AP)")


def test_front_matter_wins_and_its_problems_are_notes_naming_the_line():
    from generator.clean.stage import clean
    from generator.read.sources import decode
    text = "---\ntitle: Given title\npublished: 2016-10-30\nsection: x\n---\nPublished Nov. 2, 2016\n\nThe body says things.\n"
    cleaned = clean(decode("a.md", text.encode()))
    assert (cleaned.title, cleaned.published) == ("Given title", "2016-10-30")
    assert any(n.kind == "problem" and n.text.startswith("line 4:") for n in cleaned.notes)
