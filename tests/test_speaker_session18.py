"""Quotes and speakers (issue 16, session 18): forms of news English seen in the misses of horne-dev1 and
horne-dev2 (2016 US political news) after their first looks.  Every sentence is written for the test, in the shape
of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.mentions.names import find_people
from tests.stories import quote_speakers as quotes


def test_a_title_word_after_a_given_name_is_a_surname():
    """'Bishop', 'Major', 'Judge' stand before the name they are given ('Bishop Ann Lee'); after a given name they
    are the surname, and the surname alone is that person later."""
    body = ["Tom Bishop, a Boston-based trade lawyer, said he saw \"real alarm\" among exporters.",
            "\"Nobody knows what the rules are,\" said Bishop. \"That is the problem.\""]
    assert quotes(body) == {"real alarm": "Tom Bishop", "Nobody knows what the rules are, That is the problem.": "Tom Bishop"}
    assert [p.name for p in find_people(["Ann Major and Jim Judge said so, as did Bishop Desmond Tutu."])] == \
        ["Ann Major", "Jim Judge", "Desmond Tutu"]


def test_a_body_named_with_its_kind_after_it_is_the_one_that_kind_stands_for():
    body = ["That was the verdict of Ruritania's Daily Courier newspaper on Monday as the state media weighed in.",
            "The Nordic Trade Council said the envoy was \"most welcome\".",
            "\"He will learn, or he will fail,\" the newspaper warned."]
    assert quotes(body) == {"most welcome": "Nordic Trade Council", "He will learn, or he will fail,": "Daily Courier"}


def test_a_creed_is_no_name_and_may_describe_a_body():
    body = ["The Daily Courier newspaper led with the envoy's visit.",
            "\"He is not welcome here,\" the Communist party controlled newspaper wrote."]
    assert quotes(body) == {"He is not welcome here,": "Daily Courier"}


def test_a_demonym_before_a_kind_is_no_bodys_name():
    body = ["The Australian authority running the search said the sonar had found nothing.",
            "\"The area can now be discounted,\" the authority said."]
    assert quotes(body) == {"The area can now be discounted,": None}


def test_a_shared_surname_is_the_one_the_writer_never_calls_by_the_given_name():
    """'Trump said' after a passage on 'his son Eric' (Eric Trump): the writer keeps the bare surname for one of
    them; a given name inside a quote ('Jason' in the coach's words) does not count, and one named in the cue's
    paragraph or the one before still takes it."""
    body = ["Governor Ann Voss is fighting to keep her family charity open.",
            "Her son Tom runs the charity's shop, and Tom Voss said last week he would close it.",
            "Critics have questioned the charity's accounts for a year.",
            "Auditors found gaps in two of them.",
            "Voss said at a rally: \"The books are open to anyone.\""]
    assert quotes(body) == {"The books are open to anyone.": "Ann Voss"}
    body[3] = "Tom Voss declined to comment."
    assert quotes(body) == {"The books are open to anyone.": "Tom Voss"}


def test_two_nouns_joined_by_and_describe_a_person_not_a_body():
    body = ["Ann Voss has criticised the makers of the show.",
            "She said the show was cruel to its guests, Voss said. The feminist writer and broadcaster said the show "
            "had behaved \"like a bully\"."]
    assert quotes(body) == {"like a bully": "Ann Voss"}


def test_a_place_before_a_kind_describes_a_body_it_is_no_name():
    body = ["The biggest coal producer in the country blamed strikes for its losses.",
            "The South Yorkshire company said it hoped to return to profit.",
            "Northcoal said the new pits would \"significantly lift earnings\"."]
    assert quotes(body) == {"significantly lift earnings": "Northcoal"}


def test_an_office_not_taken_up_yet_is_a_title_and_a_description():
    """'President-elect Ann Voss … The president-elect has dismissed …, calling it “…”': the office with '-elect' or
    '-designate' is her title, and the description stands for her, not for a body that spoke earlier."""
    assert [(p.name, p.role) for p in find_people(["President-elect Ann Voss named her cabinet on Monday."])] == \
        [("Ann Voss", "President-elect")]
    body = ["President-elect Ann Voss named her cabinet on Monday.",
            "The row comes after the CIA said this month that hackers had stolen emails. The president-elect has "
            "dismissed the CIA's assessment, calling it \"ridiculous\"."]
    assert quotes(body) == {"ridiculous": "Ann Voss"}
    body[0] = "Ann Voss and Tom Hale met on Monday."      # nobody here bears the office: no guess
    assert quotes(body) == {"ridiculous": None}


def test_a_firms_first_word_is_the_name_it_runs_on_into():
    body = ["NorthoilPetro, the oil giant formed by last year's merger, has offices in 60 countries.",
            "Northoil said it was \"proud of its record\"."]
    assert quotes(body) == {"proud of its record": "NorthoilPetro"}


def test_a_counted_group_is_the_people_the_paragraph_before_names_when_as_many():
    body = ["Sens. Ann Lee and Tom Hale joined calls by Jim Roe and Bob Kay for an inquiry.",
            "\"The reports should alarm every citizen,\" the four senators said in a statement."]
    assert quotes(body) == {"The reports should alarm every citizen,": ["Ann Lee", "Tom Hale", "Jim Roe", "Bob Kay"]}
    body[0] = "Ann Lee, Tom Hale and Jim Roe joined calls for an inquiry."      # three named, two counted: no guess
    body[1] = body[1].replace("four", "two")
    assert quotes(body) == {"The reports should alarm every citizen,": None}


def test_a_past_role_describes_a_person_whatever_title_they_hold_now():
    """'Kentucky Sen. Tom Voss …' then 'The former presidential candidate said …': a former role does not clash
    with the senator's present title, and 'candidate' is a description of a person."""
    body = ["Kentucky Sen. Tom Voss gave an indication today of the trouble that President-elect Ann Lee may face.",
            "The former presidential candidate said on television that he \"won't vote for a budget that never balances\"."]
    assert quotes(body) == {"won't vote for a budget that never balances": "Tom Voss"}


def test_an_outlets_reporter_named_after_its_possessive_is_the_reporter():
    body = ["Opposition leader Ann Lee won the vote.",
            "The claims are now \"plunging the country into confusion,\" NPR's Ofeibea Quist-Arcton reports."]
    assert quotes(body) == {"plunging the country into confusion,": "Ofeibea Quist-Arcton"}


def test_a_tweet_copied_as_its_card_is_its_authors_quote():
    """A tweet pasted from the web: 'Follow', the author's name and handle (a badge between, or '?' for it), the
    text, then the time line '9:53 PM - 26 Dec 2016' and the counts."""
    from generator.quotes.stage import find_quotes
    body = ["The governor defended her charity on Monday night.", "Follow",
            "Ann Voss ? @AnnVossGov", "I gave millions to the charity and the media won't report it!",
            "9:53 PM - 26 Dec 2016", "15,531 15,531 Retweets   60,569 60,569 likes"]
    found = [(q.text, q.speaker, q.cue) for q in find_quotes(body, [])]
    assert found == [("I gave millions to the charity and the media won't report it!", "Ann Voss", "tweeted")]


def test_an_acronym_counts_each_capitalised_part_of_a_hyphenated_word():
    body = ["The Anti-Defamation League tracks extremist groups.",
            "The ADL issued a report describing them as \"ideologically motivated\"."]
    assert quotes(body) == {"ideologically motivated": "Anti-Defamation League"}


def test_an_uncounted_group_is_the_people_one_sentence_before_names_not_a_compound():
    body = ["On Sunday, anti-Voss hawks Ann Lee and Tom Hale joined senators Jim Roe and Bob Kay to plead for an inquiry.",
            "\"We have an obligation to inform the public,\" the senators said in a joint statement."]
    assert quotes(body) == {"We have an obligation to inform the public,": ["Ann Lee", "Tom Hale", "Jim Roe", "Bob Kay"]}
    body[0] = "Ann Lee spoke first. Tom Hale agreed with her."        # named in two sentences: no guess
    assert quotes(body) == {"We have an obligation to inform the public,": None}
