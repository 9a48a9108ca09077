"""Who said it (issue 16): one test per error class seen on news the rules had not been tuned on.

Every sentence here is written for the test (none comes from the demo corpus or the annotated batches); each
asserts the speaker a careful reader would give, or that a span is not a quote at all.
"""
from __future__ import annotations

import pytest

from generator.mentions.names import find_people
from generator.quotes import find_quotes


def speakers_of(body: list[str]) -> list[tuple[str, object]]:
    """(first words of the quote, speaker or list of joint speakers) in reading order."""
    return [(" ".join(q.text.split()[:3]), q.speakers or q.speaker) for q in find_quotes(body, [])]


def speaker(body: list[str], starting: str):
    hits = [q for q in find_quotes(body, []) if q.text.startswith(starting)]
    assert hits, f"no quote starting {starting!r} in {[q.text for q in find_quotes(body, [])]}"
    return hits[0].speakers or hits[0].speaker


# --- titles, ranks and honorifics are never a name -------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("“We will march again on Sunday,” said the Rev. William Barber, who led the vigil.", "William Barber"),
    ("“The pumps are running again,” said Cmdr. Lisa Franchetti of the Pacific Fleet.", "Lisa Franchetti"),
    ("“The budget is balanced,” Gov. Janet Mills told reporters in Augusta.", "Janet Mills"),
    ("“Rates will stay where they are,” Chairman Jerome Powell said after the meeting.", "Jerome Powell"),
    ("“I have asked for a full review,” Sen. Maria Cantwell said.", "Maria Cantwell"),
])
def test_title_before_a_name_is_not_the_name(sentence, expected):
    assert speaker([sentence], "") == expected


def test_a_title_alone_is_the_person_introduced_with_it():
    body = ["Portuguese Prime Minister Antonio Costa met the unions on Tuesday.",
            "The Portuguese Prime Minister said on Wednesday that the deal was “the best we could get”."]
    assert speaker(body, "the best") == "Antonio Costa"


def test_sovereign_title_with_one_name_stays_with_it():
    body = ["Pope Leo on Sunday called the shipwreck “a wound for all of Europe.”",
            "“We cannot look away,” Leo said."]
    assert speakers_of(body) == [("a wound for", "Pope Leo"), ("We cannot look", "Pope Leo")]


# --- joint speakers ---------------------------------------------------------------------------------------

def test_senators_named_together_speak_together():
    body = ["Sens. Gary Peters, Debbie Stabenow and Sherrod Brown said in a letter that the closures were "
            "“a betrayal of the workers who built this company.”"]
    assert speaker(body, "a betrayal") == ["Gary Peters", "Debbie Stabenow", "Sherrod Brown"]


def test_two_surnames_named_before_the_verb_are_both_speakers():
    body = ["Representatives Rosa DeLauro and Kay Granger sent the request on Monday.",
            "“The committee expects a full accounting by the end of the month,” DeLauro and Granger wrote."]
    assert speaker(body, "The committee") == ["Rosa DeLauro", "Kay Granger"]


def test_a_list_of_objects_is_not_a_list_of_speakers():
    body = ["Maria Lopez, who met Tom Baker and Ann Cole on Friday, said the talks were “long but useful.”"]
    assert speaker(body, "long but") == "Maria Lopez"


# --- organisations and documents speak -------------------------------------------------------------------

def test_the_authority_is_the_organisation_named_before():
    body = ["The Civil Aviation Authority grounded the two helicopters on Friday.",
            "“The aircraft will stay on the ground until the inspections are complete,” the authority said "
            "in a statement."]
    assert speaker(body, "The aircraft") == "Civil Aviation Authority"


def test_a_report_from_an_organisation_speaks_for_it():
    body = ["“Demand for steel will stay weak through the monsoon,” a report from Motilal Oswal Securities said."]
    assert speaker(body, "Demand for steel") == "Motilal Oswal Securities"


# --- a person named in full anywhere: surname, courtesy title, pronoun -----------------------------------

def test_courtesy_title_goes_to_the_full_name():
    body = ["Sarah Kovner, who runs a small gallery in Brooklyn, gave $2,700 to the campaign.",
            "“I would do it again tomorrow,” Ms. Kovner said."]
    assert speaker(body, "I would do") == "Sarah Kovner"


def test_irish_surname_goes_to_the_full_name():
    body = ["Siobhan O'Sullivan, a nurse from Cork, was on the last train.",
            "“I could hear people screaming in the carriage behind,” Ms O'Sullivan said."]
    assert speaker(body, "I could hear") == "Siobhan O'Sullivan"


def test_pronoun_goes_to_the_person_the_paragraph_is_about():
    body = ["“Prices will fall next year,” said Helen Marsh, an economist at Barclays.",
            "Daniel Okafor, however, expects the opposite. “Nothing in the data points down,” he said."]
    assert speaker(body, "Nothing in") == "Daniel Okafor"


def test_pronoun_after_an_unnamed_witness_is_not_guessed():
    body = ["“The runway was closed for an hour,” airport director Paul Henning said.",
            "A passenger who was on the delayed flight spoke to local radio.",
            "“Nobody told us anything for three hours,” he said."]
    assert speaker(body, "Nobody told") is None


# --- attribution across paragraphs ----------------------------------------------------------------------

def test_speaker_announced_at_the_end_of_the_paragraph_before():
    body = ["A spokesman, Brian Ferguson, confirmed the filing. Governor Gavin Newsom said on Monday:",
            "“The state will not stand by while its water is taken.”"]
    assert speaker(body, "The state") == "Gavin Newsom"


def test_quote_paragraph_after_two_speakers_is_not_guessed():
    body = ["Councillor Ruth Adams said the plan was fair, while Councillor Mark Ellis said it was rushed.",
            "“Nobody on this street was ever consulted.”"]
    assert speaker(body, "Nobody on") is None


def test_quote_paragraph_naming_one_person_outside_the_quote():
    body = ["The gunfire stopped just before midnight.",
            "“We hid behind the bar for an hour.” Mr Kemal Aydin, a waiter, then led six guests out the back."]
    assert speaker(body, "We hid") == "Kemal Aydin"


def test_tweet_author_line_is_never_the_next_speaker():
    body = ["The minister posted her reaction within minutes.",
            "We will rebuild every school that was lost.",
            "— Maria Santos (@msantos) June 3, 2024",
            "“We have heard promises before.”"]
    assert speaker(body, "We have heard") is None


# --- titles of works and spliced fragments are not quotes -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "His 2015 book “Clinton Cash” alleged that donors were rewarded, and he repeated it on Sunday.",
    "The director said the film “Harbour Lights,” which opens Friday, took nine years to make.",
    "She told CNN's “State of the Union” that she would vote against the bill.",
    "The army said Operation “Northern Shield” would last until the spring.",
])
def test_titles_of_works_are_not_quotes(sentence):
    texts = [q.text for q in find_quotes([sentence], [])]
    assert not any(t.startswith(("Clinton Cash", "Harbour Lights", "State of the Union", "Northern Shield"))
                   for t in texts), texts


def test_two_fragments_are_not_spliced():
    body = ["Sanders said the fund had taken millions “from the Clinton Foundation,” and at a later rally "
            "in Ohio he called the trade deal “a disaster for workers.”"]
    texts = [q.text for q in find_quotes(body, [])]
    assert texts == ["from the Clinton Foundation,", "a disaster for workers."], texts


# --- session 4: people named in apposition, organisations as subjects, acronyms ---------------------------

def test_a_person_named_after_an_unnamed_description_speaks():
    body = ["One neighbour, Rosa Delgado, told the Herald that the water “came up to the windows in ten minutes.”"]
    assert speaker(body, "came up") == "Rosa Delgado"


def test_a_single_name_in_apposition_is_the_later_pronoun():
    body = ["Another passenger, Tomasz, was asleep near the back when the bus left the road. “I woke up on the "
            "ceiling and everyone was screaming,” he told the station."]
    assert speaker(body, "I woke up") == "Tomasz"


def test_a_name_opening_a_sentence_with_who_is_a_person_for_she():
    body = ["Keiko Tanabe, who was pulled from the rubble by firefighters, wept as she spoke to reporters.",
            "“I thought nobody would ever find me under there,” she said."]
    assert speaker(body, "I thought nobody") == "Keiko Tanabe"


@pytest.mark.parametrize("body, starting, expected", [
    (["The Civil Aviation Safety Authority (Casa) grounded the fleet on Monday.",
      "In a notice, Casa said the operator had “failed to demonstrate safe maintenance practices”."],
     "failed to", "Civil Aviation Safety Authority"),
    (["The Federal Emergency Management Agency opened two shelters. FEMA said it “will stay as long as we are "
      "needed.”"], "will stay", "Federal Emergency Management Agency"),
])
def test_an_acronym_speaks_under_its_long_form(body, starting, expected):
    assert speaker(body, starting) == expected


def test_it_said_after_an_acronym_is_the_organisation():
    body = ["The Civil Aviation Safety Authority (Casa) grounded the fleet on Monday.",
            "In a notice, Casa said the operator had not kept its maintenance records.",
            "“Therefore, Casa has suspended the operator's certificate until further notice,” it said."]
    assert speaker(body, "Therefore") == "Civil Aviation Safety Authority"


@pytest.mark.parametrize("sentence, starting, expected", [
    ("Friends of the Earth, a campaign group that has opposed the runway for a decade, said in a statement, "
     "“This ruling changes nothing about the climate arithmetic.”", "This ruling", "Friends of the Earth"),
    ("“Roads into the valley remain cut,” the World Food Programme for Southern Africa said in a statement.",
     "Roads into", "World Food Programme for Southern Africa"),
    ("Reinsurer Swiss Re & Partners said on Friday it had “set aside reserves for the storm season”.",
     "set aside", "Swiss Re & Partners"),
    ("Publisher Penguin called the decision “a victory for readers.”", "a victory", "Penguin"),
    ("The Kyodo news agency said the ferry was about 40km “north of the harbour” when it capsized.",
     "north of", "Kyodo"),
])
def test_organisations_named_as_subjects_speak(sentence, starting, expected):
    assert speaker([sentence], starting) == expected


@pytest.mark.parametrize("sentence, starting, expected", [
    ("Hamas issued a statement on Sunday saying “the occupation bears full responsibility” for the strike.",
     "the occupation", "Hamas"),
    ("Based on its own review, Network Rail this week cancelled the timetable and said “services will resume "
     "only when the line is safe.”", "services will", "Network Rail"),
])
def test_an_organisation_opening_the_sentence_is_the_subject_of_a_later_cue(sentence, starting, expected):
    assert speaker([sentence], starting) == expected


def test_a_state_in_an_organisation_name_is_no_title():
    body = ["Islamic Jihad released a video on Tuesday saying its fighters had “carefully prepared” the raid."]
    assert speaker(body, "carefully") == "Islamic Jihad"


def test_people_named_together_are_not_a_later_he():
    body = ["The two men flew out together, a cousin said.",
            "According to the cousin, Arash Karimi and Behzad stayed in a hostel near the airport for a week.",
            "“We checked the departure board together every morning,” he said."]
    assert speaker(body, "We checked") is None


def test_the_country_leader_is_its_head_of_government():
    body = ["Dutch PM Mark Rutte says the inquiry will be independent.",
            "At a briefing on Friday, the Dutch leader said the families deserved “every answer we can find”.",
            "KLM chief executive Pieter Elbers said: “We will cooperate fully.”"]
    assert speaker(body, "every answer") == "Mark Rutte"


def test_a_surname_opening_an_and_said_sentence_takes_the_full_name_written_elsewhere():
    body = ["Markets fell after it became clear that Zoran Milanovic's party had lost its majority.",
            "Milanovic met the president on Monday and said the country would honour its debts.",
            "But he said: “We will have to renegotiate some of the terms, or people will not survive the winter.”"]
    assert speaker(body, "We will have") == "Zoran Milanovic"


@pytest.mark.parametrize("sentence", [
    "The modem sent a final signal, known to engineers as a “heartbeat” or “ping”, before going silent, the agency said.",
    "Forecasters said the air would reach “poor” or “hazardous” levels by Thursday.",
    "Exposure can lead to what’s called “miner's lung,” a scarring of the airways, doctors said.",
])
def test_term_pairs_and_named_terms_are_not_quotes(sentence):
    assert find_quotes([sentence], []) == []


def test_a_given_name_alone_is_the_one_person_with_it():
    body = ["Laura Bush spoke on the second night of the convention in St. Paul.",
            "Laura said that she and George believed “in a country where every child can read.”"]
    assert speaker(body, "in a country") == "Laura Bush"


def test_a_shared_surname_goes_to_the_relative_named_last_or_by_the_courtesy_title():
    body = ["Hillary Clinton and Bill Clinton arrived together; Bill Clinton spoke first.",
            "“We have a debt to pay,” Clinton said to cheers.",
            "Later Mrs. Clinton told the delegates: “Never give up on each other.”"]
    assert speakers_of(body) == [("We have a", "Bill Clinton"), ("Never give up", "Hillary Clinton")]


def test_it_said_is_the_organisation_opening_the_sentence_before():
    body = ["In May, the European Union Aviation Safety Agency told carriers to avoid the strait. It said the area "
            "carried a “high risk of misidentification of civil aircraft.”"]
    assert speaker(body, "high risk") == "European Union Aviation Safety Agency"


# --- session 5: names as news writes them --------------------------------------------------------------------

def test_a_knight_goes_by_the_given_name():
    body = ["Elton Carver founded the orchestra in 1971 and still conducts it.",
            "“We will play every hall that still has a roof,” Sir Elton said on Friday.",
            "Dame Olwen Pryce, its first soloist, returns for the tour. “I never really left,” Dame Olwen joked."]
    assert speakers_of(body) == [("We will play", "Elton Carver"), ("I never really", "Olwen Pryce")]


def test_an_accented_given_name_is_a_given_name():
    body = ["The bishop of Lyon, Monsignor Jérôme Dubreuil, said a Mass would be held on Sunday. "
            "“The city needs to grieve together,” he said."]
    assert speaker(body, "The city") == "Jérôme Dubreuil"


def test_a_generational_suffix_ends_the_name():
    body = ["Georgia Rep. Hank Morrow Jr. said the county needs “a bridge that does not close every winter.”"]
    assert speaker(body, "a bridge") == "Hank Morrow"


# --- session 5: quote paragraphs and the lines around them ----------------------------------------------------

def test_an_opening_mark_right_after_a_colon_opens_a_quote():
    assert speaker(['Prof Ann Rowe told the BBC:"The new reactor will be ready by spring."'], "The new") == "Ann Rowe"


def test_a_quote_paragraph_with_an_agency_credit_keeps_the_running_speaker():
    body = ["Minister Carla Berg said the inquiry could change how ships are tracked.",
            "\"There will be a lot of analysis of this,\" she said.",
            "\"And I dare say some lessons will involve the tracking of ships.\" - AFP"]
    assert speaker(body, "And I dare") == "Carla Berg"


def test_a_caption_between_two_quote_paragraphs_does_not_break_the_running_quote():
    body = ["\"The river will rise again before the week is out,\" Professor Hugh Lamb said.",
            "A volunteer fills sandbags near the old mill",
            "\"We have perhaps three days to prepare.\""]
    assert speaker(body, "We have") == "Hugh Lamb"


def test_a_pull_quote_is_its_signature_lines_person():
    body = ["The council voted for the plan on Monday.",
            "'Once again, the town is being used as a pawn by people who live elsewhere.'",
            "—Mayor Ines Kalder",
            "Police said 12 people were held."]
    assert speaker(body, "Once again") == "Ines Kalder"


def test_a_description_in_apposition_to_a_name_is_that_person_not_an_unnamed_one():
    body = ["Karen Lund, the bureau's chief economist, expects two more rate rises this year. However, she noted that "
            "inflation is still “stubbornly high,” a worry for borrowers."]
    assert speaker(body, "stubbornly high") == "Karen Lund"


def test_a_capitalised_adjective_in_the_description_before_a_name():
    body = ["The Dutch trade minister, Wopke Vermeer, meeting on Monday in Ghent with Prime Minister Paul Lemaire and "
            "other officials to discuss the port strike and the new rail link, said the talks went well. “We agreed on the timetable,” he said."]
    assert speaker(body, "We agreed") == "Wopke Vermeer"


# --- session 5: quote marks around words nobody says here -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # a term discussed: the same words quoted twice in a paragraph
    "The senator said the deal promised “flexibility” to the mills, with “flexibility” read by the unions as "
    "freedom to cut shifts.",
    # a term pair with its articles
    "Engineers joke about the “megaphone” or the “gigaphone,” the spokesman said, but the chips are real.",
    # thought, not speech
    "The longer the hearings run, the more voters shrug and think, “Enough already, let us get on with the vote.”",
    # a name after 'called' or 'watch', in Title Case
    "The studio called ‘Harbor Nights’ “its most ambitious series,” a spokeswoman said.",
    "She said she unwinds by watching “The Late Late Quiz Hour.”",
    # a short term after a preposition
    "The mayor said the city would find the money to pay for “Parks for all.”",
])
def test_terms_thoughts_and_names_are_not_quotes(sentence):
    kept = [q.text for q in find_quotes([sentence], []) if len(q.text.split()) <= 9]
    assert kept == [] or kept == ["its most ambitious series,"]


def test_a_short_quote_after_a_reporting_verb_and_preposition_is_speech():
    body = ["Councillor Ruth Ames warned of “dire consequences” if the clinic closed.",
            "The girls responded to their coach with “Hi, Coach!” as the bus pulled in."]
    assert [q.text for q in find_quotes(body, [])] == ["dire consequences", "Hi, Coach!"]


# --- session 5: more ways to say it -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, starting, expected", [
    ("Reacting to the verdict, Governor Ellen Marsh spoke of “a dark day for every family in this valley.”",
     "a dark day", "Ellen Marsh"),
    ("In 2019, Mr. Dorn, a courier from Antwerp, confessed that he was “planning to leave the country that week.”",
     "planning to leave", "Dorn"),
    ("At the trade fair, the chipmaker's strategy chief Nora Vance talked about what she calls “the decade of the "
     "tiny battery.”", "the decade", "Nora Vance"),
])
def test_spoke_of_confessed_and_calls_introduce_quotes(sentence, starting, expected):
    assert speaker([sentence], starting) == expected


def test_a_statement_on_the_organisations_website_is_the_organisations():
    body = ["Meanwhile Fifa insists the ticketing fiasco will never be repeated.",
            "“The executive committee decided to change the rules for future tournaments, so that every host keeps "
            "its allocation,” said a statement on the organisation's website."]
    assert speaker(body, "The executive") == "Fifa"


def test_unnamed_people_in_the_plural_do_not_inherit_the_speaker_before_them():
    body = ["“What a night,” Mayor Tom Reyes told the crowd. The twins responded to their father on the big screen "
            "with “Hi, Dad!” and “We love you so much, Dad.”"]
    assert speakers_of(body) == [("What a night,", "Tom Reyes"), ("Hi, Dad!", None), ("We love you", None)]


@pytest.mark.parametrize("body, starting, expected", [
    (["In 2011, a Belgian man named Karim Ben Salah, held in Cairo after a bombing, confessed that he was "
      "“planning an attack on the stadium.”"], "planning an attack", "Karim Ben Salah"),
    (["Ms. Ortega told Mr. Haines that she harbored no ill will toward Ms. Palmer for saying recently that her "
      "husband was “someone who pals around with crooks.”"], "someone who", "Palmer"),
    (["“We can sell anywhere,” Ron Clark says.",
      "The league has become a worldwide business, and Clark says that it is partly due to a decision made years "
      "ago. He was unhappy that rights went to one agency. Now Clark deals with the rights one by one, having what "
      "he says is a “direct line” to buyers."],
     "direct line", "Ron Clark"),
])
def test_named_introductions_blame_and_sentence_adverbs(body, starting, expected):
    assert speaker(body, starting) == expected


@pytest.mark.parametrize("sentence", [
    "Students gathered with candles at the town hall. “Still not afraid,” a banner read. Police kept watch.",
    "A group of writers runs a blog, the tagline for which is “Freedom is our compass.”",
])
def test_words_on_banners_and_taglines_are_not_speech(sentence):
    assert [q.text for q in find_quotes([sentence], [])] == []


def test_it_said_is_a_one_word_organisation_that_spoke_not_a_person():
    body = ["Samsung said the flaw was “a laboratory scenario.”",
            "Paypal said in a statement that “we remain confident in fingerprint payments.” The integration adds a "
            "digital token, not the password, it said: “We can simply switch off the token from a lost device.”"]
    assert speaker(body, "We can simply") == "Paypal"


def test_a_possessive_description_after_the_verb_names_nobody():
    body = ["Apple's version, called Touch ID, locks out the user after three attempts.",
            "Apple also only links its Touch ID system to unlocking the phone.",
            "But Samsung offers fingerprint payments too. “This gives an attacker a greater incentive to learn the "
            "skill,” said SRL's researcher, pointing out that they could send large sums."]
    assert speaker(body, "This gives") is None


def test_a_quote_that_lost_its_opening_mark_is_still_a_quote():
    body = ["Dr Ann Fell says the machines will learn fast.",
            'It would take off on its own, and redesign itself at an ever increasing rate," she said.',
            "The U.K.'s health service, which did not take part, told reporters it had no view."]
    assert [(q.text, q.speaker) for q in find_quotes(body, [])] == [
        ("It would take off on its own, and redesign itself at an ever increasing rate,", "Ann Fell")]


def test_one_person_spelled_with_and_without_accents():
    body = ["President François Lemaire spoke on Monday.", "Francois Lemaire later met the mayors.",
            "Mr Lemaire said it was “urgent to close the gap before winter”."]
    assert speaker(body, "urgent") == "François Lemaire"


def test_an_opinion_quoted_after_thinks_is_kept():
    """Only 'think,' / 'wonder:' before the marks is a thought; 'X thinks “…”' quotes what X said."""
    body = ["Campaign chief Dana Whitlow thinks “there is a real backlash risk” if rivals attack the candidate's family."]
    assert [q.text for q in find_quotes(body, [])] == ["there is a real backlash risk"]


def test_poll_respondents_speak_through_the_poll():
    body = ["A new Gallup poll shows broad support for the levy. Sixty percent say that “the tax is fair and should "
            "stay in place.” A fresh Ipsos poll also shows that most voters want the council to act if it “cannot "
            "balance the books by spring.”"]
    assert speakers_of(body) == [("the tax is", "Gallup"), ("cannot balance the", "Ipsos")]


# --- session 5, after the end-of-session batch became dev -------------------------------------------------------

def test_a_capitalised_tail_after_a_preposition_is_no_person():
    body = ["Asked what the vote changes, Lena Marsh, the head of the Centre for Italian Policy Studies, which is "
            "based in Riga, said, “Very little.”"]
    assert speaker(body, "Very little") == "Lena Marsh"


def test_a_name_after_a_description_and_an_introductory_phrase_opens_the_sentence():
    body = ["“It looks like we avoided the worst,” said Darren Pike, an economist.",
            "In a statement on Sunday evening, the Green party leader, Jonas Berg, called for talks. “There is no "
            "time for games,” he said."]
    assert speaker(body, "There is no time") == "Jonas Berg"


def test_an_organisations_statement_named_before_the_noun_is_the_organisations():
    assert speaker(["A Kremlin statement on Sunday said, “We expect the talks to resume in spring.”"], "We expect") \
        == "Kremlin"


def test_a_photographers_credit_is_never_the_next_he():
    body = ["Karl Benz, the leader of the Greens, conceded defeat. “We are proud of our fight,” he said.",
            "Photo",
            "A man votes in Graz on Sunday. Credit Johann Huber/Reuters",
            "He added that the Greens would be “a loud voice in opposition.”"]
    assert speaker(body, "a loud voice") == "Karl Benz"


# --- session 6: errors of the wikiref-dev7 batch (its first look before these rules: 0.633) ---------------------

def test_a_surname_alone_takes_the_full_name_the_article_gives_elsewhere():
    body = ["Lyon have signed midfielder Tomasz Wielgosz from Legia Warsaw for an undisclosed fee.",
            "Wielgosz, who captained Poland's under-21 side, said: “This is the club I watched as a boy.”"]
    assert speaker(body, "This is the club") == "Tomasz Wielgosz"


def test_a_word_that_only_opens_a_sentence_before_the_surname_is_no_given_name():
    body = ["The sequel comes out in March, but only on consoles. Publisher Northwind called it “our biggest launch.”"]
    assert speaker(body, "our biggest") == "Northwind"


def test_a_given_name_alone_takes_the_surname_the_article_gives_it():
    body = ["She grew up with her parents, Delia and Frank Morrell, on the South Side.",
            "“We never had a car,” her mother, Delia, recalls."]
    assert speaker(body, "We never had") == "Delia Morrell"


def test_a_given_name_alone_is_the_person_the_article_is_about_not_her_maiden_name():
    body = ["Joanna Keller will speak on Monday. Joanna Keller has run the charity since 2009.",
            "Born Joanna Price, she studied law before working for the city. Joanna Keller later left the firm.",
            "“I never wanted an office job,” Joanna told the audience."]
    assert speaker(body, "I never wanted") == "Joanna Keller"


def test_a_company_abbreviation_does_not_end_the_sentence_before_its_officer():
    body = ["“She is the best hire we made,” says Harbor Inc. CEO Dana Whitfield, a friend of the family."]
    assert speaker(body, "She is the best") == "Dana Whitfield"


def test_she_laughs_attributes_a_quote_and_joins_its_two_parts():
    body = ["Nadia Petrova was asked about her salary.",
            "“Me? Rich? Not at all,” she laughs. “My husband earns the money.”"]
    assert speakers_of(body) == [("Me? Rich? Not", "Nadia Petrova")]


def test_a_heading_and_a_pull_quote_do_not_end_a_quote_running_over_paragraphs():
    body = ["“We have the money,” said Ann Lee, the council leader.",
            "She added: “Nobody will pay more tax next year.",
            "Council budget",
            "It is the fairest budget this town has had in a decade",
            "Council leader Ann Lee",
            "“The parks stay open and the libraries stay open.”"]
    quotes = find_quotes(body, [])
    assert [(q.text[:15], q.speaker) for q in quotes] == [("We have the mon", "Ann Lee"), ("Nobody will pay", "Ann Lee")]
    assert quotes[1].text.endswith("libraries stay open.")


def test_a_pull_quote_and_its_credit_line_are_not_the_paragraph_before_a_quote():
    body = ["“We can still finish fifth,” said coach Mark Dunne after the defeat.",
            "It is frustrating that Pavel Rudenko, like Ian Hale before him, turned us down for more money",
            "Club chairman Tom Ashby",
            "“I looked at the bench and saw nobody who could change the game.”"]
    assert speaker(body, "I looked at") == "Mark Dunne"


def test_she_says_in_a_profile_is_the_woman_the_article_follows():
    body = ["Rosa Delgado runs the oldest bakery in the town. Delgado opens at four every morning.",
            "Her husband, Tomas Delgado, keeps the books; the shop was his father's.",
            "Delgado met him at a dance in 1988. He asked three times.",
            "“I said no twice because I had exams,” she says."]
    assert speaker(body, "I said no") == "Rosa Delgado"


def test_no_protagonist_when_two_women_are_named_as_often():
    body = ["Rosa Delgado and Carmen Ruiz run the bakery together. Delgado bakes; Ruiz sells.",
            "Delgado and Ruiz met at school. The shop was opened in 1990.",
            "Business is slow in winter, the owners agree. Prices have gone up again.",
            "“We will not close,” she says."]
    assert speaker(body, "We will not") is None


def test_a_former_name_is_the_same_person():
    body = ["Joanna Keller leads the city's housing office. The former Joanna Price studied law in Leeds.",
            "“I never wanted an office job,” said Joanna Price, as she was then known, in a 1999 interview."]
    assert speaker(body, "I never wanted") == "Joanna Keller"


def test_a_quote_paragraph_after_a_paragraph_about_her_is_hers():
    body = ["Marta Lind has coached the team since 2015. Lind rarely gives interviews.",
            "She keeps one rule for herself: never shout.",
            "“If I lose my voice, I lose the room.”"]
    assert speaker(body, "If I lose") == "Marta Lind"


def test_an_organisation_or_its_website_then_which_said_is_the_organisation():
    body = ["The transfer was first announced on Real Betis's website, which said in a statement: “The club has "
            "reached an agreement with Porto for the player.”",
            "The ban was welcomed by Amnesty International, which said: “This is a long overdue step.”"]
    assert speakers_of(body) == [("The club has", "Real Betis"), ("This is a", "Amnesty International")]


def test_the_club_that_issues_a_statement_is_the_club_that_spoke_before():
    body = ["Feyenoord said in a statement: “We have agreed terms with the player.”",
            "The club later released another statement saying: “We thank him for eleven years of loyalty.”"]
    assert speaker(body, "We thank him") == "Feyenoord"


def test_a_given_name_of_either_gender_takes_he():
    body = ["Jean Dupuis won the mayoral race on Sunday.",
            "Alexis Karras, the leader of the opposition, conceded defeat. “We lost a fair fight,” he said."]
    assert speaker(body, "We lost") == "Alexis Karras"


def test_a_two_word_title_as_a_description_is_the_person_introduced_with_it():
    body = ["First lady Laura Mendez opened the new library on Tuesday.",
            "“Every child deserves a quiet place to read,” the first lady said."]
    assert speaker(body, "Every child") == "Laura Mendez"


def test_remembered_attributes_a_partial_quote():
    body = ["Dana Ruiz remembered her mentor rehearsing for hours and “getting every line right by the third try.”"]
    assert speaker(body, "getting every") == "Dana Ruiz"


def test_she_remembers_and_a_given_name_shared_with_the_full_form_of_her_name():
    body = ["Karen Ann Whitfield Doyle was born in Leeds. Karen Doyle studied music there.",
            "“We met at a concert in the rain,” Karen remembers."]
    assert speaker(body, "We met at") == "Karen Doyle"


def test_a_name_in_no_list_described_as_a_person_is_a_person_for_a_later_he():
    body = ["Angus Brannigan, the retired Air Chief Marshal in charge of the Australian-led international search, said "
            "on Friday he would give an estimate of the cost later.",
            "“It is a lot of money,” he said."]
    assert speaker(body, "It is a lot") == "Angus Brannigan"


def test_a_capitalised_first_lady_is_a_title_not_a_name():
    body = ["Her husband is at the summit all week.",
            "“They are all jewels,” the First Lady said after the concert."]
    assert speaker(body, "They are all") is None


def test_she_in_a_paragraph_that_names_one_woman_is_her_not_the_last_speaker():
    body = ["Rita Holm, the mayor's wife, spoke first. “Culture keeps us alive,” she told the audience.",
            "Two hours later the guests moved on to the school.",
            "And when Nora Ekdahl finished her visit, she stayed to meet the pupils. “Nothing in my life would have "
            "predicted this day,” she told them."]
    assert speaker(body, "Nothing in my") == "Nora Ekdahl"


def test_she_after_a_woman_named_as_an_object_is_still_the_last_speaker():
    body = ["“I am very touched,” Nora Ekdahl told the pupils.",
            "On Wednesday she toured a ward with Rita Holm, the mayor's wife. “It is an oasis,” she said."]
    assert speaker(body, "It is an oasis") == "Nora Ekdahl"


def test_his_brother_and_said_is_nobody_named_not_the_man_named_before():
    body = ["Karim Benali, 31, was identified on Monday. Police say he rented the car.",
            "His brother told reporters that he had not seen Benali for years and said the plot was “madness”."]
    assert speaker(body, "madness") is None


def test_a_quote_opening_a_paragraph_and_finished_by_the_writer_goes_on_from_the_paragraph_before():
    body = ["“We will rebuild every town on this coast,” Prime Minister Aiko Tanabe said.",
            "“And I promise that my cabinet will devote all of its energy” to the work."]
    assert speaker(body, "And I promise") == "Aiko Tanabe"


def test_a_title_before_a_name_in_apposition_is_not_the_speaker():
    body = ["Mayor of Lindholm, Greta Vasquez, said in an interview: “It is not my job to track suspects.”"]
    assert speaker(body, "It is not my job") == "Greta Vasquez"


def test_a_statement_on_someones_own_website_is_theirs():
    body = ["Porto signed Diego Almeida on Monday.",
            "A statement on Almeida's official website said: “I am proud to wear this shirt.”"]
    assert speaker(body, "I am proud") == "Diego Almeida"


def test_a_newspaper_described_with_its_country_speaks_as_itself():
    body = ["“Investigators see a link with the January raid,” Denmark's Nordposten newspaper reported."]
    assert speaker(body, "Investigators see") == "Nordposten"


def test_the_scot_added_is_the_man_the_story_is_about():
    body = ["Hearts manager Ross Kinnear says he cannot keep his best players.",
            "The Scot added: “Everybody has their price.”"]
    assert speaker(body, "Everybody has") == "Ross Kinnear"


def test_a_long_description_joined_by_and_before_an_inverted_name():
    body = ["“Where was the air force in all this?” says former navy pilot and defence analyst Colin Marsh."]
    assert speaker(body, "Where was") == "Colin Marsh"


def test_an_inverted_name_followed_by_whose_is_the_speaker():
    assert speaker(["“They have found nothing,” said Wang Jiali whose son is missing."], "They have found") \
        == "Wang Jiali"


def test_a_name_then_where_the_words_appeared_then_the_verb():
    body = ["Tom Hale will visit Kenya next week.",
            "Hale in a blog post on the White House website said he will “talk with farmers about the harvest”."]
    assert speaker(body, "talk with") == "Tom Hale"


def test_an_inverted_name_followed_by_a_party_and_state_is_the_speaker():
    body = ["“Every study since 1980 points the same way,” said Rep. Dana Whitcomb (R-OH), the ranking member."]
    assert speaker(body, "Every study") == "Dana Whitcomb"


def test_a_surname_takes_a_given_name_written_in_parentheses():
    body = ["“Coach (Marco) Tellini came in and said well done,” the guard said.",
            "“He is playing terrific basketball,” Tellini said."]
    assert speaker(body, "He is playing") == "Marco Tellini"


def test_mrs_with_a_surname_is_not_the_husband_the_article_names_in_full():
    body = ["Senator Tom Hale arrived in Leeds on Monday.",
            "Mrs Hale, who travelled with him, says she loves the city.",
            "“We will come back every year,” she told the Post."]
    assert speaker(body, "We will come back") == "Hale"
    assert [p.mentions for p in find_people(body) if p.name == "Tom Hale"] == [["Senator Tom Hale"]]


def test_words_quoted_in_the_that_clause_of_someones_claim_are_theirs():
    body = ["The league's chief executive has rejected claims from Rovers manager Colin Pratt that the title race is "
            "“a procession.”"]
    assert speaker(body, "a procession") == "Colin Pratt"


def test_a_single_quoted_speech_running_over_paragraphs_is_one_quote():
    body = ["Mr Harlow, MP for Deal, told the paper: 'The Government gave us firm assurances.",
            "'Now they have been caught out trying to sneak through new costs.",
            "'This money could fund tax cuts instead.'",
            "But the Treasury rejects the claims."]
    quotes = find_quotes(body, [])
    assert len(quotes) == 1 and quotes[0].text.endswith("tax cuts instead.")
    assert quotes[0].speaker == "Harlow"


def test_a_descriptor_before_a_name_is_not_part_of_it():
    body = ["Protester Christos Miliadakis, 35, told CNN: “We will be back tomorrow.”"]
    assert speaker(body, "We will be back") == "Christos Miliadakis"


def test_a_lowercase_title_before_a_name_in_apposition_is_not_the_speaker():
    body = ["League chief executive, Martin Oduya, said: “The highlights matter to every club.”"]
    assert speaker(body, "The highlights") == "Martin Oduya"


def test_a_quote_paragraph_announced_by_he_and_a_colon_is_his():
    body = ["President Elena Vasic visited the hospital on Sunday.",
            "“We will not be moved,” she told the staff.",
            "After the floods last spring, she gave this address:",
            "“Even though the water has gone, the country knows there is more work to do.”"]
    assert speaker(body, "Even though") == "Elena Vasic"


def test_a_quote_opening_a_paragraph_that_later_names_only_its_speaker_goes_on_from_before():
    body = ["Tomas Berg, a reporter with a local radio station, lay on the floor near the bar for ten minutes.",
            "During a pause in the shooting, as the men reloaded, he led a group of ten people onto the stage.",
            "“We hid in a small room, but it led nowhere. We were trapped.” They awaited another pause and ran across "
            "the stage to the exit, Mr Berg lifting a wounded woman onto his shoulders."]
    assert speaker(body, "We hid") == "Tomas Berg"


def test_a_witness_goes_on_after_one_paragraph_of_narrative_that_names_nobody():
    body = ["Local resident Ines Carvalho was staying across the street from the cafe.",
            "“I heard a bang and then shots. I grabbed my phone and filmed from the window.”",
            "The men were standing around the car, shouting at each other.",
            "“They tried a few doors, but they were locked. I am not sure who they were.”"]
    assert speaker(body, "They tried") == "Ines Carvalho"


def test_the_party_leader_is_the_person_introduced_as_its_leader():
    body = ["Prime Minister Jonas Lind, the Unity leader, met Dimitris Karalis, whose centrist Forward party came "
            "third, on Monday.",
            "“The country needs a government right away,” the Forward leader told reporters."]
    assert speaker(body, "The country needs") == "Dimitris Karalis"


def test_video_player_lines_between_a_speaker_and_his_quote_are_skipped():
    body = ["Mr Haldane said Labour would stay in opposition and challenge the new government.",
            "Jump media player",
            "Media player help",
            "Out of media player. Press enter to return or tab to continue.",
            "Media caption Leaders abroad welcomed the result",
            "“The role of a strong opposition is to hold the government to account.”"]
    assert speaker(body, "The role of") == "Haldane"


def test_a_shared_surname_takes_the_gender_its_sentence_gives_before_it():
    body = ["Karen Doyle spoke for twenty minutes. Her husband Peter Doyle watched from the front row.",
            "Dismissing questions about her loyalty, Doyle said, “I love this town.”"]
    assert speaker(body, "I love this town") == "Karen Doyle"


def test_first_person_words_quoted_after_the_one_person_opening_the_sentence():
    body = ["One witness, Lotte Brandt, told a local radio station that the shooting was very close.",
            "Brandt and two friends “were sitting outside the cafe ... then we heard shots.”"]
    assert speaker(body, "were sitting") == "Lotte Brandt"


def test_words_quoted_in_a_nameless_paragraph_after_a_speakers_quote_go_on_reporting_him():
    body = ["“Some partners have been preying on our banks,” Prime Minister Nikos Adamou said.",
            "It was, in the end, “a crisis we did not create and will not pay for alone”."]
    assert speaker(body, "a crisis we") == "Nikos Adamou"


def test_but_not_when_the_paragraph_opens_with_an_unnamed_person():
    body = ["“Everyone I know is safe,” my cousin Lorraine Petit wrote.",
            "An American friend who works in Paris sent pictures. “I went to a party and danced last night.”"]
    assert speaker(body, "I went to a party") is None
