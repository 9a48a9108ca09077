"""Furniture run into an article's line (clean/inline.py): a shop's price box glued to a product's name and the
labels of a review's verdict box, each taken out and audited.  Lines written for these tests."""
from __future__ import annotations

from generator.clean.text import clean_lines

LONG = " in a sentence long enough to read as the article's own prose, as reviews are"


def test_a_price_box_run_into_a_name_is_taken_out_and_audited():
    result = clean_lines(["A phone review", f"The Velto X2$349.99 at Shopmart and the X2 Mini were a pair{LONG}."],
                         structural=False)
    assert result.body == [f"The Velto X2 and the X2 Mini were a pair{LONG}."]
    assert [(r.kind, r.text) for r in result.removed] == [("affiliate", "$349.99 at Shopmart")]


def test_a_price_written_with_its_currency_prefix_or_a_space_stays():
    lines = ["Prices", f"It costs US$349 at Shopmart{LONG}.", f"It costs $349 at Shopmart{LONG}."]
    assert clean_lines(lines, structural=False).body == lines[1:]


def test_verdict_labels_come_off_only_in_a_verdict_box():
    box = ["A phone review", f"The Good Velto's X2 has a bright screen{LONG}.", f"The Bad Its battery is small{LONG}.",
           f"The Bottom Line A fine phone for most people{LONG}."]
    result = clean_lines(box, structural=False)
    assert result.body == [f"Velto's X2 has a bright screen{LONG}.", f"Its battery is small{LONG}.",
                           f"A fine phone for most people{LONG}."]
    assert [r.text for r in result.removed] == ["The Good", "The Bad", "The Bottom Line"]
    prose = ["A charity", f"The Good Shepherd Trust opened a shelter{LONG}.", f"Donations rose{LONG}."]
    assert clean_lines(prose, structural=False).body == prose[1:]
