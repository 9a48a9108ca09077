"""Numbers with what they count and their hedge, on sentences written for these tests (not the demo corpus)."""
from __future__ import annotations

import pytest

from generator.facts.counts import find_numbers, parse_number


def one(sentence: str):
    found = find_numbers([sentence])
    assert len(found) == 1, [(n.value, n.unit, n.text) for n in found]
    return found[0]


@pytest.mark.parametrize("text,value", [
    ("250,000", 250000), ("seven", 7), ("twenty-five", 25), ("Forty", 40), ("1.5 million", 1500000),
    ("three hundred", 300), ("two thousand", 2000), ("an", 1), ("12", 12),
])
def test_parse_number_reads_digits_and_words(text, value):
    assert parse_number(text) == value


def test_digits_with_hedge_and_modifier():
    n = one("Officials said almost 40,000 heavily-armed police officers were deployed across the capital.")
    assert (n.value, n.unit, n.qualifier, n.kind) == (40000, "officers", "almost", "count")


def test_number_words_measure_a_duration():
    n = one("The negotiators met for about six hours in a hotel outside Doha.")
    assert (n.value, n.unit, n.qualifier, n.kind) == (6, "hours", "about", "duration")


@pytest.mark.parametrize("sentence,expected", [
    pytest.param("Twelve member states abstained in the vote on the budget.", (12, "states", None),
                 id="sentence-initial number word"),
    pytest.param("At least 230 people have been killed since the floods began in the north.", (230, "dead", "at least"),
                 id="people killed count as dead"),
    pytest.param("The earthquake left more than 3,500 dead in the two provinces.", (3500, "dead", "more than"),
                 id="dead"),
    pytest.param("The vote came two hours later than planned after a filibuster.", (2, "hours", "later than planned"),
                 id="overrun: a duration with its hedge"),
    pytest.param("The hearing ran an hour longer than scheduled.", (1, "hours", "longer than scheduled"),
                 id="overrun of an hour"),
])
def test_value_unit_and_hedge(sentence, expected):
    n = one(sentence)
    assert (n.value, n.unit, n.qualifier) == expected


def test_compound_adjective_counts_what_follows():
    n = one("Ministers of the 27-nation bloc gathered in Luxembourg.")
    assert (n.value, n.unit) == (27, "nations")


def test_owner_of_a_count():
    n = one("The African Union has 55 members, although several are suspended.")
    assert (n.value, n.unit, n.subject) == (55, "members", "African Union")
    n = one("He spoke for a coalition of 14 parties that won the election.")
    assert (n.subject, n.unit) == ("coalition", "parties")


@pytest.mark.parametrize("sentence", [
    "The treaty was signed in 1994 and ratified in 1996.",          # years are dates
    "The border was closed nine years ago after a skirmish.",       # "ago": a date
    "The two leaders shook hands before the cameras.",              # anaphoric: nothing new counted
    "The final score was 3 to 1 after extra time.",                 # a score, not a count
    "They met on March 14 in Oslo.",                                 # a day of a month
    "A week of protests paralysed the port.",                       # "a week" without a hedge is not a figure
])
def test_not_counts(sentence):
    assert find_numbers([sentence]) == []


def test_paragraph_and_sentence_are_kept():
    body = ["The storm hit the coast on Friday.", "Rescuers pulled 18 fishermen from the sea. Two boats sank."]
    found = find_numbers(body)
    assert [(n.value, n.unit, n.paragraph) for n in found] == [(18, "fishermen", 2), (2, "boats", 2)]
    assert found[0].sentence == "Rescuers pulled 18 fishermen from the sea."


def test_numbers_in_extra_texts_have_no_paragraph():
    found = find_numbers([], extra=["All 193 UN members voted on the resolution."])
    assert [(n.value, n.unit, n.paragraph) for n in found] == [(193, "members", None)]


def test_percentages_and_money():
    found = find_numbers(["Turnout reached nearly 64 percent, and the campaign spent more than $2.5 million."])
    assert [(n.value, n.unit, n.qualifier) for n in found] == [(64, "percent", "nearly"),
                                                               (2500000, "dollars", "more than")]


@pytest.mark.parametrize("sentence,units", [
    ("The new AirPods 2 Wireless earphones sold out.", []),        # a model number
    ("One knows the answer already.", []),                         # a pronoun
    ("Nine US companies bid for the contract.", ["companies"]),    # "US" describes what is counted
])
def test_names_and_pronouns_are_not_units(sentence, units):
    assert [n.unit for n in find_numbers([sentence])] == units


@pytest.mark.parametrize("sentence,expected", [
    ("The ministry sent 2000 troops to the border.", [(2000, "troops", "count")]),
    ("The 2014 annexation was never recognised.", []),
    ("He was handed a 10-year sentence for fraud.", [(10, "years", "duration")]),
    ("A 20-year-old man was arrested at the scene.", []),
    ("A 5,000-strong force crossed the river at dawn.", [(5000, "force", "count")]),
])
def test_years_ages_and_compounds(sentence, expected):
    assert [(n.value, n.unit, n.kind) for n in find_numbers([sentence])] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Seventy-eight percent of voters backed the plan.", [(78, "percent")]),
    ("The firm unveiled a 13-inch laptop.", [(13, "inches")]),
    ("The 180 page coffee-table publication comes with a record.", []),
    ("The iPhone 11 takes better photos.", []),
])
def test_compounds_and_runaway_modifiers(sentence, expected):
    assert [(n.value, n.unit) for n in find_numbers([sentence])] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Police said 45 people were injured in the stampede.", (45, "injured", None)),
    ("Nearly 1,200 protesters have been arrested since March.", (1200, "arrested", "nearly")),
    ("The blast left 12 dead and 40 wounded.", (40, "wounded", None)),
])
def test_casualty_counts_name_what_happened(sentence, expected):
    assert expected in [(n.value, n.unit, n.qualifier) for n in find_numbers([sentence])]


@pytest.mark.parametrize("sentence,expected", [
    ("Hundreds of thousands of commuters were stranded by the strike.", (100000, "commuters", "hundreds of")),
    ("Thousands of farmers blocked the motorway near Lyon.", (1000, "farmers", "thousands of")),
    ("Several thousand nurses marched on the ministry.", (1000, "nurses", "several")),
    ("A few hundred fans waited outside the stadium.", (100, "fans", "a few")),
    ("Tens of thousands of refugees crossed the border.", (10000, "refugees", "tens of")),
    ("About a dozen journalists were detained overnight.", (12, "journalists", "about")),
])
def test_round_magnitudes_without_a_figure(sentence, expected):
    n = one(sentence)
    assert (n.value, n.unit, n.qualifier) == expected


def test_vague_magnitude_of_a_pronoun_counts_nothing():
    assert find_numbers(["Hundreds of them lined the entrances to the courthouse."]) == []


@pytest.mark.parametrize("sentence,expected", [
    ("The ferry carries 180 to 240 passengers on each crossing.", (180, 240, "passengers")),
    ("Between 5 and 8 percent of the harvest was lost.", (5, 8, "percent")),
    ("Talks could take two to three weeks, a diplomat said.", (2, 3, "weeks")),
    ("The fire destroyed 10-15 homes on the ridge.", (10, 15, "homes")),
])
def test_ranges_keep_both_ends(sentence, expected):
    n = one(sentence)
    assert (n.value, n.upper, n.unit) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Winds gusted to 70 mph along the coast.", [(70, "mph", None)]),
    ("Oil prices stayed below 80 percent of last year's peak.", [(80, "percent", "below")]),
    ("The cartel's attacks killed 52 people in the state.", [(52, "dead", None)]),
    ("The airline ordered 40 Airbus A321neo jets on Tuesday.", [(40, "jets", None)]),
    ("The carrier grounded roughly 90 737 Max planes.", [(90, "planes", "roughly")]),
    ("Investors bought 25 of the company's new bonds.", [(25, "bonds", None)]),
    ("The firm hired 300 cooking and cleaning staff.", [(300, "staff", None)]),
    ("Residents made 911 calls all night.", []),                          # an emergency number, not a count
    ("The club sold 2,000 season tickets earlier this month.", [(2000, "tickets", None)]),
    ("The 2021 season was cut short.", []),
    ("“2020 was a hard year,” she said.", []),
    ("Output fell in one region last month.", []),                        # "one last month": no duration
    ("The rule applies to every two-class cabin.", [(2, "classes", None)]),
])
def test_units_measures_and_what_is_counted(sentence, expected):
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers([sentence])] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Auditors released two highly critical reports on the agency.", [(2, "reports", None)]),
    ("Bonds rose 7/32 in price to yield 1.8%.", [(1.8, "percent", None)]),        # a price fraction counts nothing
    ("The war has lasted 1-1/2 years.", []),
])
def test_adverbs_and_fractions(sentence, expected):
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers([sentence])] == expected


def test_a_hedged_range_keeps_its_hedge():
    n = one("Some 20 to 30 people gathered outside the embassy.")
    assert (n.value, n.upper, n.unit, n.qualifier) == (20, 30, "people", "some")


@pytest.mark.parametrize("sentence,expected", [
    ("On March 3, more than 200 workers walked out.", [(200, "workers", "more than")]),   # a date's day is no model
    ("A 9-Month-Old's Care Order Is Extended", []),                                       # a headline's age
])
def test_numbers_after_a_comma_and_capitalised_ages(sentence, expected):
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers([sentence])] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("He paid Rs 12 lakh to an agent in Jalandhar.", [(1200000, "rupees", None)]),
    ("The project will cost ₹3 crore.", [(30000000, "rupees", None)]),
    ("Beijing approved 10 billion yuan in subsidies.", [(10000000000, "yuan", None)]),
    ("The fund raised US$2.5bn and about €300m.", [(2500000000, "dollars", None), (300000000, "euros", "about")]),
    ("Tickets cost ¥5,000 each.", [(5000, "yen", None)]),
    ("Bonuses were capped at CHF 250,000.", [(250000, "francs", None)]),
])
def test_money_in_other_currencies_and_scales(sentence, expected):
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers([sentence])] == expected


def test_a_magnitude_of_a_magnitude_is_no_count_of_its_own():
    """'dozens of millions' (of euros, unsaid) is no count of 12 'millions'; 'hundreds of millions of dollars'
    is one count of dollars."""
    from generator.facts.counts import find_numbers
    assert find_numbers(["The firm moved dozens of millions out of the bank on 3 May, the paper said."]) == []
    [spent] = find_numbers(["The port rebuild cost hundreds of millions of dollars."])
    assert (spent.value, spent.unit) == (100_000_000, "dollars")


def test_a_security_named_by_its_term_is_no_duration():
    """'10-year bonds' are bonds that mature in ten years: nothing lasted ten years (agreeing with 'more than a
    decade' elsewhere would be wrong); a ten-year sentence or a two-year deal does last."""
    assert [n.unit for n in find_numbers(["Yields on Portugal's 10-year bonds rose to 6.2 percent on Friday."])] \
        == ["percent"]
    assert find_numbers(["Investors sold 30-year mortgage bonds and two-year Treasury notes."]) == []
    assert (one("The court handed the former mayor a 10-year sentence for fraud.").kind,
            one("The union signed a two-year deal on debt relief with the airline.").value) == ("duration", 2)


def test_a_long_sentence_gives_each_number_a_statement_with_its_subject():
    """A count in the middle or at the end of a long sentence keeps the sentence's start (its subject), never a
    clause out of its middle ('Earning 4 seats.')."""
    from generator.facts.headlines import statement_of
    sentence = ("The Green Alliance, which had campaigned for months against the new motorway through the valley, "
                "won 14 per cent and 21 seats, while the Farmers' League had 5.2 per cent of the vote, earning 4 "
                "seats.")
    assert statement_of(sentence, "14 per cent") == ("The Green Alliance, which had campaigned for months against "
                                                     "the new motorway through the valley, won 14 per cent and 21 "
                                                     "seats.")
    assert statement_of(sentence, "4 seats") == sentence
    assert statement_of("Turnout was 62 per cent.", "62 per cent") == "Turnout was 62 per cent."


def test_a_noun_ending_in_ss_modifies_the_counted_noun():
    n = one("The airline flies to more than 40 business destinations from its new hub.")
    assert (n.value, n.unit, n.qualifier) == (40, "destinations", "more than")


def test_each_number_of_a_list_belongs_to_its_own_noun_not_to_a_quantity_phrase():
    found = find_numbers(["The brewer has an annual turnover in excess of $9bn and assets of $14bn in 30 countries."])
    subjects = {n.value: n.subject for n in found}
    assert subjects[9_000_000_000] == "annual turnover"               # not 'in excess'
    assert subjects[14_000_000_000] == "assets"                       # not 'and assets'
