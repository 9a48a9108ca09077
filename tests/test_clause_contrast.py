"""Issue 15: a headline is not cut before ', but' when the whole sentence fits, nor after the subject of a
'that' clause.  The sentences are written for these tests (a bakery chain, a ferry line, a harbour audit), not
taken from the demo or the WikiRef events."""
from __future__ import annotations

from generator.text.clauses import clause_cuts, short_clause

FITS = "The bakery chain opened forty new shops this year, but its sales fell for the first time since 2009."
LONG = ("The ferry line added two crossings a day between the islands this summer after a long dispute with the "
        "port authority over fees, but the extra boats ran half empty for most of August, the company said.")


def test_a_sentence_that_fits_is_not_cut_before_but():
    assert short_clause(FITS, None, 30) == FITS
    assert clause_cuts(FITS, 30)[0] == FITS


def test_a_sentence_too_long_is_still_cut_before_but():
    assert short_clause(FITS, None, 12) == "The bakery chain opened forty new shops this year."
    assert short_clause(LONG, None, 25) == ("The ferry line added two crossings a day between the islands this summer "
                                            "after a long dispute with the port authority over fees.")


def test_a_that_clause_is_not_cut_after_a_quantified_subject():
    """'The mayor added that no one.' is no statement: the subject of the 'that' clause has no verb yet."""
    sentence = ("The mayor added that no one, including the councillors themselves, will be spared by the audit "
                "of the harbour contracts signed in the last four years.")
    assert short_clause(sentence, None, 30) == sentence
    assert short_clause(sentence, None, 12) is None
