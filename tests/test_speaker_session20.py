"""Quotes and speakers (issue 16, session 20): forms of news English seen in the misses of the Horne dev batches
(2016 US political news and opinion).  Every sentence is written for the test, in the shape of the news seen, not
copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes


def test_a_quote_signed_by_a_dash_and_a_name_after_it_is_that_persons():
    """A list of quotes, each signed '— Name.' and followed by the writer's comment: the signing person speaks,
    whether the comment follows or not; a dash and a name that go on with a clause sign nothing."""
    body = ["The governor has said plenty over the years. Here is a sample.",
            "“Nobody knows ports better than me, believe me.” — Harold Vance. Modest as ever.",
            "“The rain in the valley is a hoax invented by farmers.” - Harold Vance. Wrong.",
            "“We will never close the mills.” — Rita Osei",
            "He once called the plan “a disgrace” — Vance, by then, had changed his mind."]
    found = quotes(body)
    assert found["Nobody knows ports better than me, believe me."] == "Harold Vance"
    assert found["The rain in the valley is a hoax invented by farmers."] == "Harold Vance"
    assert found["We will never close the mills."] == "Rita Osei"
    assert found["a disgrace"] != "Rita Osei"


def test_a_pull_quote_of_the_writers_own_sentence_is_not_a_quote():
    """A paragraph that is all quote repeating, word for word, a sentence the writer set without marks elsewhere
    (a pull quote) is nobody's speech; a quote whose words stand nowhere else stays."""
    body = ["I am told every year that this is the election that matters most. But I am not sure it ever mattered "
            "more than it does now, with so much at stake.",
            "“I am told every year that this is the election that matters most. But I am not sure it ever mattered "
            "more than it does now...”",
            "The mayor, Ellen Brandt, disagreed: “Every election matters as much as the one before it.”"]
    texts = [q.text for q in find_quotes(body)]
    assert texts == ["Every election matters as much as the one before it."]


def test_words_credited_to_a_person_named_before_a_colon_are_theirs():
    """'Some have attributed the following statement to Frederick Douglass:' credits the quote below to him, even
    when someone else's saying is reported earlier in that paragraph; a letter written to someone is not theirs."""
    body = ["What the senator is saying is wrong. Some have attributed the following statement to Frederick "
            "Douglass*:",
            "“Power concedes nothing without a demand, and it never will, whatever the season.”",
            "In 1850 the mayor Paul Whitcombe wrote to Mary Ellison:",
            "“The bridge will be finished by spring, and the town will be the better for it.”"]
    found = quotes(body)
    assert found["Power concedes nothing without a demand, and it never will, whatever the season."] \
        == "Frederick Douglass"
    assert found["The bridge will be finished by spring, and the town will be the better for it."] != "Mary Ellison"


def test_a_description_after_a_paragraph_opening_quote_goes_on_with_the_speaker_before():
    """Past the lede, '“…,” the party's national chairman added' right after a paragraph of Priebus speaking is him,
    not a chairman first named in the paragraph after; a spokesperson's words are never taken that way."""
    body = ["The convention opened on Monday amid boos.",
            "Her rival counterpart, Martin Cole, said, \"I think the day shows the climb they face this week.\"",
            "\"The extreme left will not be satisfied by one resignation,\" the Republican party national chairman "
            "added.",
            "Campaign chairman Walter Briggs said the nominee should follow her out the door."]
    assert quotes(body)["The extreme left will not be satisfied by one resignation,"] == "Martin Cole"


def test_the_statement_is_what_the_subject_of_the_sentence_before_issued():
    """'The committee issued an apology … ¶ “…,” the statement said': the document no sentence names is what the
    subject just before issued (a body or a person)."""
    body = ["The vote went ahead on Tuesday.",
            "And the National Rowing Federation issued an apology to the crews moments after the regatta opened.",
            "\"We offer a deep and sincere apology to every crew for the remarks,\" the statement said.",
            "Councillor Ruth Abara released a short response on Wednesday.",
            "\"I reject every word of the report,\" the statement said."]
    found = quotes(body)
    assert found["We offer a deep and sincere apology to every crew for the remarks,"] == "National Rowing Federation"
    assert found["I reject every word of the report,"] == "Ruth Abara"


def test_one_unnamed_party_member_is_nobody():
    """'another top Democrat said', 'a senior Tory said': one person nobody names, never a speaker 'Democrat'."""
    body = ["Party officials decided on Saturday that the chairwoman would not speak.",
            "\"She has been quarantined,\" another top Democrat said of her, following a meeting.",
            "\"It is over for her,\" a senior Republican said.",
            "\"Nobody will miss the speech,\" said a senior Tory."]
    assert set(quotes(body).values()) == {None}


def test_words_on_a_sign_saying_or_asking_are_no_speech():
    body = ["A supporter carries a sign saying \"Close the border now\" at the rally.",
            "A protester holds a sign asking \"Where are the jobs\" outside the hall.",
            "\"We will not move,\" said the organiser, Bridget Kaye."]
    assert quotes(body) == {"We will not move,": "Bridget Kaye"}


def test_two_terms_joined_by_to_are_no_speech():
    """'rate the changes on a scale of “very good” to “very bad”': the ends of a scale, not anyone's words."""
    body = ["We asked people to rate a series of changes on a scale of \"very good\" to \"very bad\" for the town.",
            "\"The results surprised us,\" said the pollster, Omar Haddad."]
    assert quotes(body) == {"The results surprised us,": "Omar Haddad"}


def test_a_title_case_name_after_read_is_a_work():
    body = ["Everyone in the know has read \"The Case for Harbour Reform,\" but few agree with it.",
            "The message in the email reads: \"Happy New Year\" in fifteen languages."]
    assert quotes(body) == {}


def test_the_quote_after_a_subject_gives_an_answer_is_the_subjects():
    """'She gave an honest response, “…”': the one who answers speaks, not the interviewer whose question the
    sentence before reports."""
    body = ["The anchor Scott Pelley asked Maria Lopez: \"Have you always told the truth?\" She gave an honest "
            "response, \"I have always tried to, always.\"",
            "The coach, Tom Reyes, was asked about the defeat. He offered a blunt reply: \"We were bad.\""]
    found = quotes(body)
    assert found["I have always tried to, always."] == "Maria Lopez"
    assert found["We were bad."] == "Tom Reyes"


def test_a_second_that_clause_is_the_outer_speakers():
    """'… said she was “glad to see” that Lee had affirmed the finding and that the “matter is resolved”': the
    second that-clause goes on with the spokeswoman's words, not with the person inside the first."""
    body = ["On the campaign bus, spokeswoman Carla Benton said she was \"glad to see\" that Director Paul Lee had "
            "affirmed the finding reached in May and that the \"matter is resolved.\""]
    assert quotes(body) == {"glad to see": "Carla Benton", "matter is resolved.": "Carla Benton"}


def test_as_stated_by_a_person_after_the_quote_names_the_speaker():
    """'… is a “criminal investigation,” as stated by Judge Emmet Hale': the agent after 'as stated by' speaks,
    not the outlet that confirmed the story."""
    body = ["The Ledger confirmed the other day that the inquiry is a \"criminal investigation,\" as stated by "
            "Federal Judge Emmet Hale:",
            "The plan is \"unworkable,\" as noted by Senator Ann Reyes in May."]
    assert quotes(body) == {"criminal investigation,": "Emmet Hale", "unworkable,": "Ann Reyes"}


def test_a_gendered_description_is_the_person_of_that_gender_who_spoke_just_before():
    """'Ann Lee, in an interview with Oprah Winfrey, called it “…” ¶ The first lady said …': of two women named
    before, the one who spoke just before; a man speaking in the next paragraph does not fit 'first lady'."""
    body = ["Nora Whitlock in a candid interview with Oprah Winfrey opened up about the campaign, calling it "
            "\"challenging\" for her.",
            "The first lady said it was important \"for the health of this nation\" that she back the new leader.",
            "\"We will be there for the next president,\" Governor Tom Whitlock told Winfrey."]
    assert quotes(body)["for the health of this nation"] == "Nora Whitlock"


def test_the_president_is_not_the_president_elect():
    """'the president said' after 'President Ben Ortiz' is him, not 'President-elect Dana Roe' named before."""
    body = ["Outgoing leaders met President-elect Dana Roe on Monday.",
            "President Ben Ortiz also made an appearance, discussing his wife's role.",
            "\"We all knew she was brilliant,\" the president said."]
    assert quotes(body)["We all knew she was brilliant,"] == "Ben Ortiz"


def test_the_corporation_or_the_union_is_the_body_named_before():
    body = ["The Westbridge Broadcasting Corporation's flagship quiz is to move to Sundays.",
            "The corporation said the new show \"aims to appeal to a wider audience\".",
            "The Allied Dockers Union rejected the offer on Monday. The union said the deal was \"an insult\"."]
    found = quotes(body)
    assert found["aims to appeal to a wider audience"] == "Westbridge Broadcasting Corporation"
    assert found["an insult"] == "Allied Dockers Union"


def test_and_added_goes_on_with_the_subject_of_its_own_clause():
    """'Customs claimed Lee was a leader but his lawyer, Tom Roe, told … and added: “…”': the lawyer, not the
    person named first; a clause opening on its verb ('… but conceded') keeps the sentence's subject."""
    body = ["Mr Raymond Gault was charged in March.",
            "Customs claimed Mr Gault was a leader but his lawyer, Antony Pell, told the website it was a joke and "
            "added: \"He was living on welfare.\"",
            "The promoter Tony Wren has twice tried to revive the label but conceded these efforts had been "
            "\"despondent and dismal experiences\"."]
    found = quotes(body)
    assert found["He was living on welfare."] == "Antony Pell"
    assert found["despondent and dismal experiences"] == "Tony Wren"


def test_a_quote_opening_its_sentence_after_the_story_turns_to_someone_else_is_theirs():
    """A paragraph of speakers run together: '“…,” said Nadal. US coach Patrick Dunne wants his team to play
    more on clay. “I think it will help these guys …”' is the coach's."""
    body = ["\"What a great way to finish the year,\" said the champion, Rafael Nadal. US coach Patrick Dunne wants "
            "his team to play more tennis on clay. \"I think it will help these guys to play a little bit smarter.\""]
    assert quotes(body)["I think it will help these guys to play a little bit smarter."] == "Patrick Dunne"


def test_a_list_number_glued_to_the_first_word_is_not_part_of_it():
    """'2“I was against the war.”', '4He said …': a list that lost its layout glues each item's number to its
    first word; the item still opens with its quote or its subject."""
    body = ["The senator Dale Voss spoke often about the war this week, and he repeated himself.",
            "2“I was against going into the war from the start, and I said so loudly.”",
            "SPEECH IN OHIO, MAY 19."]
    assert quotes(body)["I was against going into the war from the start, and I said so loudly."] == "Dale Voss"


def test_kin_named_after_an_inverted_verb_is_that_person():
    body = ["Nora Vance grew up in Leeds with Craig Vance.",
            "\"We were always encouraged to do our best,\" said her brother Craig.",
            "\"She never gave up,\" said his wife, Ann Lester."]
    found = quotes(body)
    assert found["We were always encouraged to do our best,"] == "Craig Vance"
    assert found["She never gave up,"] == "Ann Lester"


def test_verbs_of_the_manner_of_speaking_are_cues():
    body = ["The host Billy Grant rode the bus with the mogul.",
            "\"Heh heh heh,\" Mr. Grant snickers. \"My man!\"",
            "\"That was the worst night of my life,\" Ms. Ora Diaz sighed, before leaving the room.",
            "\"Nobody listens to them any more,\" the senator Paul Hume scoffed."]
    found = quotes(body)
    assert found["Heh heh heh, My man!"] == "Billy Grant"
    assert found["That was the worst night of my life,"] == "Ora Diaz"
    assert found["Nobody listens to them any more,"] == "Paul Hume"


def test_the_agent_after_described_to_me_by_speaks():
    body = ["\"People are much more frightened than they are bigoted,\" is how the findings were described to me "
            "by Karen Nolte, the director of the group."]
    assert quotes(body) == {"People are much more frightened than they are bigoted,": "Karen Nolte"}


def test_as_a_person_whose_description_runs_on_to_the_verb_explains():
    """'as Jack Gold, one of the top lawyers in the Bush administration explains, …': the closing comma of the
    description is missing; the person after 'as' still explains."""
    body = ["The lawyers disagreed about the case.",
            "However, as Jack Gold, one of the top lawyers in the last administration explains, such a prosecution "
            "\"would be entirely novel.\""]
    assert quotes(body) == {"would be entirely novel.": "Jack Gold"}


def test_the_verb_of_a_relative_clause_after_a_quoted_noun_phrase_reports_nothing():
    """'Ed Davey meanwhile said instead of the “bonfire of quangos” New Labour had promised, there had been an
    “explosion”': both are Davey's words; 'New Labour had promised' is a relative clause, not a cue."""
    body = ["The report on public bodies was published on Monday.",
            "Lib Dem spokesman Ed Dorey meanwhile said instead of the \"bonfire of quangos\" New Labour had "
            "promised, there had been an \"explosion\" of them."]
    assert quotes(body) == {"bonfire of quangos": "Ed Dorey", "explosion": "Ed Dorey"}


def test_a_bodys_request_or_affidavit_speaks_for_the_body():
    body = ["The letter confirms news reports from late October.",
            "The FBI request concludes there is \"probable cause to believe\" that the laptop held evidence."]
    assert quotes(body) == {"probable cause to believe": "FBI"}


def test_a_reporting_verb_opening_an_inverted_sentence_is_no_name():
    """'Says Donald, “…”': 'Says Donald' is no person; the quote is Donald Trump's, whom the article names."""
    body = ["Donald Trump spoke in Ohio on Monday.",
            "Donald says he knows more than the generals, \"because I read a lot.\" Says Donald, \"I am not going "
            "to talk about\" the matter."]
    assert "Says Donald" not in {q.speaker for q in find_quotes(body)}


def test_a_quoted_word_as_the_subject_after_a_demonstrative_is_a_term():
    """'Fiat has reiterated its claims that this ‘put’ is still valid': the word mentioned, nobody's speech; after
    the complementizer 'that' a word is still someone's ('he emphasises that “courtesy” is vital')."""
    body = ["In recent weeks, Fiora has reiterated its claims that this 'put' is still valid and binding.",
            "When Dan Scully talks, he emphasises more than once that \"courtesy\" is vital."]
    assert quotes(body) == {"courtesy": "Dan Scully"}


def test_the_quote_after_his_response_is_his():
    body = ["The developer Carl Hume hired me in 1988.",
            "I once asked him how many rooms his flat had. I will never forget his response to me: \"However many "
            "they will print.\""]
    assert quotes(body) == {"However many they will print.": "Carl Hume"}


def test_a_nationality_word_after_a_given_name_is_a_surname():
    """'Mike German', 'Oliver Irish': a given name then a nationality word that is also a surname is a person
    ('Mr German said'); 'German officials' stays a nationality."""
    body = ["Mike German, leader of the party in the assembly, claimed homes were at risk. Mr German said: \"I know "
            "from my talks that they are doing their utmost.\"",
            "German officials said the plan was \"unworkable\"."]
    found = quotes(body)
    assert found["I know from my talks that they are doing their utmost."] == "Mike German"
    assert found["unworkable"] is None
