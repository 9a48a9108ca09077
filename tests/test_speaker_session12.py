"""Session 12: news text whose paragraphs were run together on one line (a story's paragraphs joined, so a quote that
ran over paragraphs shows its opening mark again with no closing mark before it), and the speakers of reports and
bodies in British news style.  Every sentence here is written for the test."""
from __future__ import annotations

from generator.quotes.stage import find_quotes


def _quotes(*body: str):
    return [(q.text, q.speaker) for q in find_quotes(list(body), [])]


def test_a_quote_run_on_over_lost_paragraph_breaks_is_one_quote():
    found = _quotes(
        "Harbour master Ian Pell said the storm had closed the port for two days.",
        "He told the local paper: \"We have lost three fishing days this week. \"The boats cannot go out in a swell "
        "like this. \"We hope the forecast is wrong.\" The port reopens on Friday.")
    assert found == [("We have lost three fishing days this week. The boats cannot go out in a swell like this. "
                      "We hope the forecast is wrong.", "Ian Pell")]


def test_a_closed_quote_its_cue_then_a_run_on_quote_are_two_quotes():
    found = _quotes(
        "Tenants on the Moorside estate have waited months for repairs. \"The council has failed the people of this "
        "estate,\" Mr Harding said. \"Some families have waited a year for a boiler. \"Others have given up asking.\" "
        "The council said it would reply next week.")
    assert [t for t, _ in found] == [
        "The council has failed the people of this estate,",
        "Some families have waited a year for a boiler. Others have given up asking."]


def test_a_report_speaks_for_the_body_named_before_it():
    found = _quotes(
        "A Health Protection Agency report on hospital infections says cases have fallen by a fifth. "
        "Ministers welcomed the figures.",
        "\"Hand washing on wards remains the single most important measure,\" the report says.")
    assert found[-1][1] == "Health Protection Agency"


def test_in_its_report_the_body_after_the_comma_speaks():
    found = _quotes(
        "In its annual report, the Rail Regulator criticised the track operator for late trains.",
        "Overall, the report expected delays to rise. However, the report warned: \"Passengers will not accept "
        "another winter like the last.\"")
    assert found[-1][1] == "Rail Regulator"


def test_a_peer_is_named_without_the_title():
    found = _quotes(
        "Lord Harwell, the housing minister, said he was \"deeply concerned by the figures\" but expected them "
        "to improve.")
    assert found == [("deeply concerned by the figures", "Harwell")]


def test_letters_after_a_name_are_not_part_of_the_subject():
    found = _quotes(
        "Helen Marsh MP, the party's transport spokeswoman, said: \"Fares have gone up faster than wages for a "
        "decade.\"")
    assert found == [("Fares have gone up faster than wages for a decade.", "Helen Marsh")]


def test_it_after_a_sentence_led_by_a_report_is_the_reports_issuer():
    found = _quotes(
        "The Department of Transport has defended the scheme. A Public Accounts Committee report on the scheme says it "
        "has cost twice its budget. It says there is \"no sign\" of the promised savings.")
    assert found == [("no sign", "Public Accounts Committee")]


def test_a_name_in_apposition_after_a_description_with_a_place_speaks():
    found = _quotes(
        "Council leader Tom Reyes said the hall had to close to save money.",
        "\"We were never told the hall would close,\" the choir's conductor in Bradford, Anna Brook, told the local "
        "paper.")
    assert found == [("We were never told the hall would close,", "Anna Brook")]


def test_the_head_before_a_relative_clause_speaks_not_the_name_inside_it():
    found = _quotes(
        "The southern half of the island joined the bloc in May, but Greece, which backs the south, had long insisted "
        "it would veto any deal, calling recognition a \"precondition\".")
    assert found == [("precondition", "Greece")]


def test_quoted_sentences_opening_a_run_together_paragraph_go_on_from_the_speaker_before():
    found = _quotes(
        "Councillor Ruth Dale said closing the library was \"a betrayal of every family in the town\".",
        "\"We were promised the building would stay open. \"Now the doors are locked and the books are in boxes.\" "
        "The Friends of Hillside Library now have until March to send the council a letter promising to cover the "
        "rent.")
    assert found[-1] == ("We were promised the building would stay open. Now the doors are locked and the books "
                         "are in boxes.", "Ruth Dale")
