"""Speaker rules of session 12 (speakers13, issue 16): business-page attributions in British news style, found on a new
corpus (BBC News, 2004-05).  Every sentence here is written for the test, none is taken from a corpus."""
from __future__ import annotations

from generator.mentions.names import find_people
from generator.quotes.stage import find_quotes


def _speakers(*body: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(body), [])]


def test_said_a_company_its_staff_noun_then_the_name_is_the_named_person():
    """'said Harbour Freight chief executive Tunde Okafor': the company's name is no speaker, and the firm speaking
    alone elsewhere ('Harbour Freight said') does not make the name after it the firm's."""
    assert _speakers(
        "Harbour Freight has bought a rival. \"We moved quickly and we won,\" said Harbour Freight chief executive "
        "Tunde Okafor at a press conference. Harbour Freight said the deal would close in April.") == ["Tunde Okafor"]


def test_added_a_firms_possessive_then_the_name_is_the_named_person():
    assert _speakers(
        "\"Costs will rise,\" said Mossgiel's senior analyst Ruairi Dunleavy. \"The cut could spark interest in "
        "the market,\" added Fenwick and Hale's Oisin Tarrant.") == ["Ruairi Dunleavy", "Oisin Tarrant"]


def test_a_months_name_after_a_given_name_is_a_surname():
    people = [p.name for p in find_people(["The shadow health secretary, Eleanor May, said the plan was late. "
                                           "Elections are due in May, said Jack Straw."])]
    assert "Eleanor May" in people and "Eleanor" not in people and "Jack Straw" in people
    assert find_people(["On Friday May 6 the vote was held."]) == []


def test_a_title_opening_the_sentence_is_no_part_of_the_name():
    assert _speakers("Founder Dimitris Kouvelas has vowed to fight the case.",
                     "Mr Kouvelas said: \"We have nothing to fear in court.\"") == ["Dimitris Kouvelas"]


def test_a_name_after_a_quotes_comma_is_a_name_though_the_word_is_written_in_lower_case_elsewhere():
    """'"…," Citrus said' names the firm: after a quote's comma a capital is the word's own, unlike a sentence's
    first word ('Prosecutors said', with 'prosecutors' elsewhere)."""
    assert _speakers("The rival uses a citrus-coloured logo.",
                     "\"Our name matters to us,\" Citrus said in a statement.") == ["Citrus"]


def test_a_capital_after_a_phrases_comma_is_still_a_common_noun_written_in_lower_case_elsewhere():
    """'Set in her home town, Moth tells the story …' (a film named after a common noun): not a speaker of the
    director's quote that follows; only right after a quote's comma is a capital the word's own."""
    assert _speakers("\"I felt so lucky to be picked,\" says Ines Garrow.",
                     "Set in her home town, Moth tells the story of a moth trapped in a lamp. \"Other directors said "
                     "they had something to say. I just had a picture in my head.\"") == ["Ines Garrow", "Ines Garrow"]


def test_a_party_named_by_its_members_speaks_whole():
    assert _speakers("The Liberal Democrats said the scheme was \"badly aimed\".",
                     "\"It is a scandal,\" said the Scottish Nationalists.") == ["Liberal Democrats", "Scottish Nationalists"]


def test_who_dismissed_a_plan_as_a_word_said_the_word():
    assert _speakers("The Greens dismissed the bypass plan as \"reckless\", while the council said it would go "
                     "ahead.") == ["Greens"]


def test_a_company_and_a_role_then_the_name_in_apposition_speaks():
    """'Fenwick Mills chairwoman, Orla Brandt, said …': the name set off after the company's role, not the person
    quoted in the sentence before."""
    assert _speakers("\"This is a great day,\" said campaigner Ivo Marsh, who leads a tenants' group. Fenwick Mills "
                     "chairwoman, Orla Brandt, said the deal set up a fund \"that is fair and workable\".") == [
        "Ivo Marsh", "Orla Brandt"]


def test_a_bodys_acronym_in_brackets_is_no_end_of_its_name():
    assert _speakers("The Harbour Safety Authority (HSA), the port regulator, said: \"Boats must stay in.\"") == [
        "Harbour Safety Authority"]


def test_people_named_together_before_who_observed_speak_together():
    found = find_quotes(["Less taken were fellow fans Ryan Hale and Gordon Pike, who observed, \"The band has "
                         "changed, but it is still dull.\""], [])
    assert [q.speakers for q in found] == [["Ryan Hale", "Gordon Pike"]]



def test_a_colon_after_a_quote_that_ends_its_sentence_leads_in_a_new_quote():
    """'“… The boat was empty.” Interrupting him, the coroner Ann Pryce said: “So nobody saw them leave?”': two
    quotes, the second the coroner's (they were joined as one utterance around its 'attribution')."""
    found = find_quotes(["\"We searched the bay at dawn,\" harbour master Ian Pell told the inquest.",
                         "\"The boat was empty. Nothing was left on board.\" Interrupting him, the coroner Ann Pryce "
                         "said: \"So nobody saw them leave?\""], [])
    assert [(q.text, q.speaker) for q in found][1:] == [
        ("The boat was empty. Nothing was left on board.", "Ian Pell"),
        ("So nobody saw them leave?", "Ann Pryce")]


def test_she_after_a_spokeswoman_who_named_someone_is_the_spokeswoman_not_the_one_named():
    """'A spokeswoman said Mary Peters would stay on. “…,” she said': the pronoun is the unnamed spokeswoman
    (nobody), not the producer her sentence names; a spokesman for a named body is nobody named either."""
    assert _speakers("A spokeswoman said Mary Peters would stay on as producer. \"We hope viewers will find the "
                     "show,\" she said.") == [None]
    assert _speakers("A spokesman for the Harbour Trust criticised Mary Peters's record, saying moorings had been "
                     "lost. He said: \"The trust will not let this happen again.\"") == [None]
    assert _speakers("A spokesman said Mary Peters would stay on as producer. \"We hope viewers will find the "
                     "show,\" she said.") == ["Mary Peters"]


def test_said_its_chief_then_a_knight_is_the_knight():
    assert _speakers("The Harbour Trust said fewer boats sank. But the share of old boats \"hardly changed at "
                     "all\", said its chief executive, Sir Howard Pell.") == ["Howard Pell"]


def test_a_quote_opening_a_paragraph_after_one_persons_indirect_speech_is_theirs():
    """'Andy Marsh, of the tenants' group, said the letter was … ¶ “…” Mr Pell said …': the quote goes on with
    the person whose indirect speech ended the paragraph before, not the one the new paragraph turns to."""
    assert _speakers("Andy Marsh, of the tenants' group, said the letter was exactly what he had expected.",
                     "\"The people of this estate will not put up with it.\" The council bought the flats in 1998. "
                     "Ian Pell said it was raising money for repairs. \"The roof will be fixed by May,\" he said.") == [
        "Andy Marsh", "Ian Pell"]


def test_a_whole_quoted_sentence_then_someones_indirect_speech_is_no_broken_quote():
    """'“… it.” But her agent insisted she had only delayed her entry. “…”': the sentence between reports a clause of
    its own, so the two quotes are not one utterance around its attribution."""
    found = find_quotes(["Open chief Ian Pell had said: \"Her wrist is not going to heal in time.\" But her agent "
                         "insisted she had simply delayed her entry. \"The doctors are assessing her every week.\""], [])
    assert [q.text for q in found] == ["Her wrist is not going to heal in time.",
                                       "The doctors are assessing her every week."]


def test_a_body_named_before_its_kind_after_the_cue_speaks_a_wire_agency_does_not():
    """'wrote the influential Edge magazine': the magazine; 'according to Xinhua news agency': the agency passes on
    what others saw, nobody here."""
    assert _speakers("\"The game is the best launch title ever,\" wrote the influential Vanguard magazine in its "
                     "review.") == ["Vanguard"]
    assert _speakers("Search teams saw two \"relatively big\" objects, according to Xinhua news agency.") == [None]


def test_an_unnamed_spokespersons_quote_keeps_what_the_text_calls_them():
    found = find_quotes(["\"The meeting will go ahead,\" a Harbour Trust spokesman said."], [])
    assert [(q.speaker, q.role) for q in found] == [(None, "Harbour Trust spokesman")]


def test_the_organisation_said_after_its_unnamed_spokesman_is_the_organisation():
    assert _speakers("A spokesman for Harbour Watch described the sentence as \"harsh\". \"The court wants to make an "
                     "example of him,\" the organisation said in a statement.") == [None, "Harbour Watch"]


def test_a_dash_aside_before_the_verb_leaves_the_name_as_its_subject():
    found = find_quotes(["Mr Pell spoke first. However, one of the so-called Harbour Four, Gerry Conlan - who was "
                         "wrongly convicted - said the families were delighted. He said Mr Pell had spoken with "
                         "\"such sincerity\", adding: \"He went beyond what we thought he would.\""], [])
    assert found[-1].speaker == "Gerry Conlan"


def test_someones_spokesman_speaks_for_them_and_is_nobody_named():
    assert _speakers("Ian Pell said sorry. Mr Pell's official spokesman said no-one present would \"ever forget the "
                     "relief\".") == [None]


def test_a_mixed_case_acronym_is_the_name_its_capitals_spell_and_a_sentences_full_stop_is_no_part_of_it():
    assert _speakers("Harbour Kleinwort Wasserstein said: \"The cuts are early.\" \"Either way, margins will suffer,\" "
                     "said HrKW.", "\"We are cutting prices,\" said M&S.", "Marks & Spencer opened in 1884.") == [
        "Harbour Kleinwort Wasserstein", "Harbour Kleinwort Wasserstein", "Marks & Spencer"]


def test_what_someone_declined_to_say_attributes_nothing_and_their_spokesman_goes_on_unnamed():
    found = _speakers("In a statement on Sunday, the Harbour Board said it was reviewing the pension scheme. \"Unions "
                      "will of course be consulted. \"Schemes need to remain affordable.\" On Monday, Ian Pell's "
                      "official spokesman declined to say whether he backed the plans. He said: \"What matters is "
                      "the process.\"")
    assert found == ["Harbour Board", None]
