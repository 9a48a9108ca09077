"""A sentence too long for a clause cut gives a headline once its leading adjunct or dash aside is left out
(issue 15): never cut inside a word, never a fragment, 'according to' kept."""
from generator.text.clauses import is_complete, short_clause, shortened

INTERVIEW = ("In an interview with a regional radio station on Thursday morning, the port authority's chief "
             "engineer confirmed that the damaged crane would be replaced by a new one built in Rotterdam.")
ASIDE = ("The new ferry terminal — the island's first built with public money since the war — will open to "
         "passengers in June after three years of delays caused by disputes over the contract for the pier.")
SPEAKING = ("Speaking at a press briefing in the town hall, the mayor promised that residents of the flooded "
            "streets would receive emergency payments before the end of the month from the regional fund.")


def test_a_leading_adjunct_is_left_out_when_the_sentence_is_too_long():
    assert short_clause(INTERVIEW, max_words=25) == (
        "The port authority's chief engineer confirmed that the damaged crane would be replaced by a new one "
        "built in Rotterdam.")
    assert short_clause(SPEAKING, max_words=25).startswith("The mayor promised that residents")


def test_a_dash_aside_is_left_out_and_the_rest_reads_whole():
    cut = short_clause(ASIDE, max_words=25)
    assert cut == ("The new ferry terminal will open to passengers in June after three years of delays caused by "
                   "disputes over the contract for the pier.")
    assert all(w in ASIDE.rstrip(".").split() for w in cut.rstrip(".").split())            # the source's own words
    assert is_complete(cut)


def test_a_sentence_that_fits_keeps_its_adjunct():
    short = "In a statement on Friday, the ministry said the bridge would reopen in May."
    assert short_clause(short) == short
    assert shortened(short)[0] == short


def test_attribution_and_clauses_are_not_adjuncts():
    according = ("According to figures published by the national statistics office on Tuesday, exports of "
                 "machinery to the country's neighbours fell for the fourth month in a row in the spring.")
    assert shortened(according) == [according]                     # the source of the figures stays
    after = ("After the two delegations failed to agree on the wording of the final paragraph late on Friday, "
             "the summit ended a day early without the joint declaration both sides had promised.")
    assert shortened(after) == [after]
    listing = ("In Lyon, Lille and Nantes, thousands of teachers marched through the city centres on Saturday "
               "against the plan to close rural schools, which the government defended.")
    assert len(shortened(listing)) == 1                             # 'Lille and Nantes, …' is no clause
    relative = "In the search for the missing ferry, which sank off Crete, divers found a second lifeboat on Monday."
    assert short_clause(relative, max_words=12) is None


def test_a_single_dash_or_a_long_aside_stays():
    single = "More than 300 people were hurt and the old town – the heart of the city, was ruined."
    assert shortened(single) == [single]
    long_aside = ("The council — which had argued for months with the contractor, the bank, the insurers and "
                  "the residents' association about who should pay for the repairs — agreed on Monday.")
    assert shortened(long_aside) == [long_aside]


def test_a_dash_piece_that_is_the_statement_stays():
    said = ("The regulator's head confirmed what traders had suspected — that the auction would be delayed "
            "until the autumn — and said the rules would be rewritten.")
    assert shortened(said) == [said]


def test_a_that_clause_is_not_cut_before_its_verb():
    # the cut at ', despite' would leave 'that' with its subject and no verb
    s = ("The report's conclusion is that the mayor, despite two decades in office, has failed to build "
         "a single new school in the poorer districts of the city.")
    assert short_clause(s, max_words=40) != "The report's conclusion is that the mayor."
    assert short_clause("The inquiry found that the operator, in a break with its rules, had skipped two "
                        "inspections.", max_words=30) != "The inquiry found that the operator."
    # a 'that' clause with its verb still cuts at a clause boundary
    assert short_clause("Officials said that the bridge was closed, while engineers inspected the cables.") \
        == "Officials said that the bridge was closed."


def test_a_long_that_clause_with_a_bare_verb_still_cuts():
    assert short_clause("The union is demanding that the company actually go back to its 2019 pay scales, "
                        "including overtime.") == \
        "The union is demanding that the company actually go back to its 2019 pay scales."


def test_a_subject_and_its_relative_clause_alone_is_no_statement():
    s = ("Marlow, who has not got past the fourth round at Melbourne in seven attempts, had said the court was "
         "too slow.")
    cut = short_clause(s, max_words=30)
    assert cut == s
    assert short_clause(s, max_words=16) is None
