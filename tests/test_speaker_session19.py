"""Quotes and speakers (issue 16, session 19): forms of news English seen in the misses of the Horne dev batches
(2016 US political news).  Every sentence is written for the test, in the shape of the news seen, not copied from
it or the demo."""
from __future__ import annotations

from tests.stories import quote_speakers as quotes


def test_a_bodys_name_joined_by_on_or_to_after_its_noun_is_the_speaker():
    """'on' and 'to' join a body's name only after the body's noun; a person's title keeps its own 'to'."""
    body = ["In its latest review, the Intergovernmental Panel on Ocean Safety concluded that it is \"very likely\" "
            "that the ferries sank.",
            "The Committee to Protect Reporters said the arrest was \"an outrage\".",
            "Chief Secretary to the Treasury Anne Lowry said: \"The sums do not add up.\""]
    assert quotes(body) == {"very likely": "Intergovernmental Panel on Ocean Safety",
                            "an outrage": "Committee to Protect Reporters",
                            "The sums do not add up.": "Anne Lowry"}


def test_a_reporting_word_before_as_and_a_quote_is_a_noun():
    """'dismissed the agency claims as “…”': 'claims' is the object, the verb of naming has the speaker; the verb of
    naming itself before 'as' stays a cue ('was dismissed as “…” by Judge …')."""
    body = ["Governor Dana Whitfield spoke to reporters on Monday.",
            "Few will join the inquiry given that Whitfield has dismissed the FBI claims as \"absurd.\" They may worry.",
            "But the argument was dismissed as \"fanciful\" by Justice Ruth Marlow."]
    assert quotes(body) == {"absurd.": "Dana Whitfield", "fanciful": "Ruth Marlow"}


def test_words_in_a_possessive_claim_with_a_time_between_are_its_owners():
    body = ["Senator Mary Okafor spoke on Monday.",
            "He took issue with Okafor's assertion last week that the late governor \"would be ashamed\" of the deal.",
            "An aide noted Okafor's claim Sunday on Channel 5 that she skips the briefing because \"I read fast.\""]
    assert quotes(body) == {"would be ashamed": "Mary Okafor", "I read fast.": "Mary Okafor"}


def test_a_possessive_opening_a_coordinated_clause_is_the_tables_person():
    """'Mr. Lane’s posts came after he insisted …, and criticized …': the honorific surface is never the speaker."""
    body = ["Mayor-elect Robert Lane took to Twitter on Monday.",
            "Mr. Lane’s posts came hours after he insisted that there was \"no way\" he lost, and criticized the "
            "council for not living up to its \"great promise.\""]
    assert quotes(body) == {"no way": "Robert Lane", "great promise.": "Robert Lane"}


def test_a_persons_campaign_or_transition_team_is_a_body_named_by_the_surname():
    """Issue 16: a body speaks when the words are its own; news names a campaign by its owner's surname."""
    body = ["Governor-elect Laura Brandt named her cabinet on Monday. Her rival, Tom Hale, conceded.",
            "In its announcement, the Brandt transition team said the nominee \"will bring real experience.\"",
            "The Brandt transition team disavowed the survey, saying it \"was not authorized.\"",
            "Hale’s campaign said the result was \"deeply troubling.\"",
            "In response, Brandt praised the police. Her transition team said in a statement: \"We stand with them.\""]
    assert quotes(body) == {"will bring real experience.": "Brandt transition team",
                            "was not authorized.": "Brandt transition team",
                            "deeply troubling.": "Hale campaign", "We stand with them.": "Brandt transition team"}


def test_a_team_that_is_no_persons_is_not_a_campaign():
    body = ["The Lensmark lab tested the new phone's camera.",
            "The Lensmark team reports \"good autofocus and rich colours.\""]
    assert quotes(body) == {"good autofocus and rich colours.": "Lensmark"}


def test_people_named_together_with_their_titles_speak_together():
    body = ["House Speaker Ted Marsh and Senate leader Paul Ortega issued a brief statement Monday, saying they "
            "\"would take up the repeal.\"",
            "Assembly Speaker Ana Ruiz and Senate leader Bo Lind said they \"will not wait.\"",
            "Jane Roe met Tom Smith on Monday, saying she \"would vote for it.\""]
    assert quotes(body) == {"would take up the repeal.": ["Ted Marsh", "Paul Ortega"],
                            "will not wait.": ["Ana Ruiz", "Bo Lind"], "would vote for it.": "Jane Roe"}


def test_a_verb_of_asking_right_after_a_quote_has_its_speaker_after_it():
    """'asked' and 'assured' take a listener after them ('asked him', 'told CBS'), but inverted right after the
    quote the name that follows is who spoke."""
    body = ["\"Whose interest is served by that?\" asked House Minority Leader Nora Quinn on KTV's Morning Hour "
            "Tuesday.",
            "\"There will be no dancing robots,\" assured Mr Wallis, the show's producer.",
            "\"Come home,\" Ann Roe told Tom Lee."]
    assert quotes(body) == {"Whose interest is served by that?": "Nora Quinn",
                            "There will be no dancing robots,": "Wallis", "Come home,": "Ann Roe"}


def test_a_shared_surname_keeps_the_bearer_it_was_first_used_for_past_a_side_mention():
    """'Clinton' first stands for the Clinton the lede names in full; a later aside on the other bearer ('into
    Hillary Clinton's server') does not turn it, while a sentence about her does."""
    body = ["A war of words between Donald Trump and Bill Clinton escalated after the former president spoke to a "
            "local newspaper.",
            "Clinton made the remarks last week at a bookstore.",
            "\"Comey cost her the election,\" Clinton said, referring to a letter about an inquiry into Hillary "
            "Clinton's private email server. Clinton added, \"We were seven points up.\"",
            "Hillary Clinton spoke in Ohio on Monday. Clinton said the result was \"a shock.\""]
    assert quotes(body) == {"Comey cost her the election,": "Bill Clinton", "We were seven points up.": "Bill Clinton",
                            "a shock.": "Hillary Clinton"}


def test_a_name_inside_a_campaign_phrase_is_its_owner_not_the_subject():
    body = ["Governor-elect Laura Brandt named her cabinet on Monday.",
            "The survey went out in December, and the Brandt transition team disavowed it on Friday, saying it "
            "\"was not authorized.\""]
    assert quotes(body) == {"was not authorized.": "Brandt transition team"}


def test_the_paper_named_by_its_last_word_is_the_one_named_in_full_before():
    """'The Times reports' after 'The New York Times': the paper, never a person 'York Times'."""
    body = ["The move comes after a report from The New York Times on the family's business ties. The Times reports "
            "that the family is \"rushing to resolve potential conflicts.\""]
    assert quotes(body) == {"rushing to resolve potential conflicts.": "New York Times"}


def test_a_body_ending_in_mail_is_no_person():
    """'Royal' is a given name, but 'Royal Mail' ends on a publication's or service's head: its spokeswoman is an
    unnamed person, not a person called Royal Mail."""
    body = ["A spokeswoman for Royal Mail said: \"We are looking into the delays.\"",
            "The Daily Mail said the plan was \"doomed.\""]
    assert quotes(body) == {"We are looking into the delays.": None, "doomed.": "Daily Mail"}


def test_a_fragment_in_a_sentence_with_no_reporting_verb_is_its_subjects():
    """No verb of saying, but the one person opening the sentence is whose words the fragment is; never when the
    fragment speaks of someone in the third person, another person is named between, the words are described by
    someone else, or the person is not the subject."""
    body = ["Republicans in the state senate plan to cut the program's funding next year.",
            "Betting that will backfire, House Democratic Leader Nora Quinn is rallying her members against \"attacks "
            "on the program.\"",
            "Nora Quinn is rallying members against the plan, which is described by aides as \"a disgrace to the whole state.\"",
            "Nora Quinn wants the cuts reversed, and Tom Hale agrees the plan is \"a mess from start to finish.\"",
            "And like the Herald, the Courier criticises Nora Quinn for \"leaving the members adrift.\""]
    assert quotes(body) == {"attacks on the program.": "Nora Quinn", "a disgrace to the whole state.": None,
                            "a mess from start to finish.": None,
                            "leaving the members adrift.": None}


def test_a_quote_paragraph_after_a_paragraph_that_returns_to_an_earlier_speaker_is_theirs():
    """The paragraph before names two people, but its last sentence opens with the one who spoke before."""
    body = ["\"Organizing can't be a visit every four years,\" Perry Dunn said.",
            "The governor named Dunn as labour secretary in 2013, and Judge Ann Wills blocked his overtime rule. But "
            "Dunn is promising to try again if elected party chair.",
            "\"You don't have to lower wages in order to move forward.\""]
    assert quotes(body) == {"Organizing can't be a visit every four years,": "Perry Dunn",
                            "You don't have to lower wages in order to move forward.": "Perry Dunn"}


def test_a_person_of_a_campaign_is_no_campaign():
    body = ["Governor-elect Laura Brandt spoke on Monday.",
            "Brandt campaign manager Tessa Lyle echoed her boss on Channel 5, saying such claims were \"laughable "
            "and absurd.\""]
    assert quotes(body) == {"laughable and absurd.": "Tessa Lyle"}


def test_a_person_by_party_is_a_description_of_the_speaker_just_before():
    """'The Republican insisted' is never a person named 'Republican': an epithet, like 'the teenager', for the
    person who has just spoken."""
    body = ["In his latest post, Governor Dan Hollis claimed he would have won a recount against Ana Ruiz.",
            "\"I would have done even better,\" he said.",
            "The Republican insisted his strategy was more \"sophisticated than theirs\"."]
    assert quotes(body) == {"I would have done even better,": "Dan Hollis", "sophisticated than theirs": "Dan Hollis"}


def test_a_document_is_the_words_of_the_person_whose_sentence_names_it():
    """'Ray Quill … in a statement he released Friday. Instead, that statement ripped …, calling …': the statement
    is his; an email a sentence opens on, with no author found, leaves the clause's own subject."""
    body = ["Ray Quill made no mention of any error in a statement he released Friday. Instead, that statement "
            "attacked the mayor, calling him a \"yellow-bellied coward\" and claiming the council \"hated the city.\"",
            "Dana Holt released a statement on Monday. The statement called the plan a \"shameful retreat.\"",
            "The email ended with Holt's good wishes and said she would be \"in touch\" soon."]
    assert quotes(body) == {"yellow-bellied coward": "Ray Quill", "hated the city.": "Ray Quill",
                            "shameful retreat.": "Dana Holt", "in touch": "Dana Holt"}


def test_an_aged_nationality_noun_is_the_man_the_story_is_about():
    body = ["Club manager Arsene Wenger has signed a new contract, chairman Peter Hale confirmed.",
            "Wenger ended the speculation. He said: \"Signing is a formality.\"",
            "The 55-year-old Frenchman told the club's website: \"My intention has always been clear.\" Hale said the "
            "club was \"delighted.\""]
    assert quotes(body) == {"Signing is a formality.": "Arsene Wenger", "My intention has always been clear.": "Arsene Wenger",
                            "delighted.": "Peter Hale"}


def test_members_of_a_parliament_as_a_group_are_nobody_named():
    body = ["A committee of peers reported on the bill on Tuesday.",
            "MPs said the plan was \"a mess from start to finish.\"",
            "Councillors said the cuts were \"deeply worrying for every family.\""]
    assert quotes(body) == {"a mess from start to finish.": None, "deeply worrying for every family.": None}


def test_a_quote_whose_own_subject_cannot_be_read_is_not_the_last_speakers():
    """'Princes Tom and Ned said they are “…”': a reporting verb with capitalised words before it that name nobody
    the text knows means someone else speaks; never the paragraph's speaker before."""
    body = ["The Duke and Duchess of Fernwick said the news had made them \"very happy\". Princes Tom and Ned said "
            "they wish the couple \"all the luck in the future\"."]
    assert quotes(body)["all the luck in the future"] is None


def test_a_lists_entry_name_then_a_dash_or_colon_is_the_quotes_speaker():
    """'Name, description -- “…”': a list of who backs whom; the description may hold initials and abbreviations,
    never a reporting verb of someone else."""
    body = ["Below is the list as it stands:",
            "Ann Voss, former U.S. trade envoy under George H.W. Bush — \"She is the only serious choice.\"",
            "Lezlee Wexton, former White House aide -- \"Our nation needs steady leadership.\"",
            "Tom Brant (?) -- Kay Lund said in a post that Brant told her so. \"That is what he said,\" she told a paper."]
    assert quotes(body) == {"She is the only serious choice.": "Ann Voss", "Our nation needs steady leadership.": "Lezlee Wexton",
                            "That is what he said,": "Kay Lund"}
