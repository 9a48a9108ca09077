"""Sums of money as news writes them: a currency sign before the figure, or the currency's name after it, and a
bracketed conversion after the sum as written.  Sentences written for these tests."""
from __future__ import annotations

from generator.facts.money import find_money


def test_a_sum_with_the_currency_named_after_the_figure_comes_first_before_its_conversion():
    found = find_money("The dairy group hid a hole of 4bn euros (£2.8bn; $4.8bn) in its accounts.")
    assert [(m.value, m.unit) for m in found] == [(4_000_000_000, "euros"), (2_800_000_000, "pounds"),
                                                  (4_800_000_000, "dollars")]


def test_named_currencies_and_their_hedges():
    assert [(m.value, m.unit, m.qualifier) for m in find_money("The port spent almost 10 billion yuan and 300 Swiss "
                                                              "francs on repairs.")] == [
        (10_000_000_000, "yuan", "almost"), (300, "francs", None)]


def test_a_count_of_things_is_no_money():
    assert find_money("The team won 3 games and lost 2 sets in Euro 2004.") == []


def test_a_conversion_in_brackets_is_no_second_amount():
    from generator.facts.counts import _counts_in_sentence
    found = _counts_in_sentence("The dairy group hid 4bn euros (£2.8bn; $4.8bn) and owed $5m more, up from $1m.", 1)
    assert [(m.value, m.unit) for m in found] == [(4_000_000_000, "euros"), (5_000_000, "dollars"),
                                                  (1_000_000, "dollars")]
