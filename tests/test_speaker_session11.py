"""Who said it (issue 16, session 11): general forms of news English seen among the misses of wikiref-dev14 and
news-dev3.  Every sentence is written for the test, in the shape of the news seen, not copied from it or the demo."""
from __future__ import annotations

from generator.quotes import find_quotes
from tests.stories import quote_speakers as quotes

_LAB = ["Consumer group Which tested the kettle against six rivals over two weeks in its Reading laboratory."]


def test_a_bodys_team_reports_for_the_body():
    body = _LAB + ["The Which team reports that the kettle shows ‘fast boiling, a quiet element and a "
                   "cool handle even at full power.’"]
    assert quotes(body) == {"fast boiling, a quiet element and a cool handle even at full power.": "Which"}


def test_a_bodys_engineers_with_a_possessive_report_for_the_body():
    body = ["Halvorsen Audio sent its new speaker to Brightline Labs in May.",
            "Brightline Labs’ engineers reported that in a large room ‘the bass fades beyond four metres’."]
    assert quotes(body) == {"the bass fades beyond four metres": "Brightline Labs"}


def test_the_testers_found_after_the_bodys_team_was_named():
    body = _LAB + ["The Which team found that the kettle boils ‘a full litre in under three minutes.’",
                   "However, the testers also found that ‘the lid sticks after a few weeks of use’ and ‘the "
                   "limescale filter is hard to clean.’"]
    found = quotes(body)
    assert found["the lid sticks after a few weeks of use"] == "Which"
    assert found["the limescale filter is hard to clean."] == "Which"
    assert found["a full litre in under three minutes."] == "Which"


def test_the_testers_with_no_bodys_staff_named_before_name_nobody():
    body = ["The kettle went on sale in March at a price of £40.",
            "The testers found ‘no fault at all in the first month of use’, the shop says on its site."]
    assert quotes(body) == {"no fault at all in the first month of use": None}


def test_an_outlet_reports_that_is_a_cue():
    body = ["Flooding closed the coastal road on Tuesday and hundreds of homes lost power.",
            "The Harbour Gazette reports that crews face ‘a long night’ to restore the lines."]
    assert quotes(body) == {"a long night": "Harbour Gazette"}


def test_a_report_goes_on_through_several_quotes_of_a_paragraph_naming_nobody():
    body = ["Ines Okafor, who runs the test kitchen, said the kettle has ‘the quietest element we have tested’.",
                   "In daily use it offers ‘a steady pour from a full jug’, with ‘no drips at all on the worktop.’ "
                   "On the downside there is ‘a cord too short for most kitchens.’"]
    found = quotes(body)
    assert found["a steady pour from a full jug"] == "Ines Okafor"
    assert found["no drips at all on the worktop."] == "Ines Okafor"
    assert found["a cord too short for most kitchens."] == "Ines Okafor"


def test_a_name_in_apposition_to_an_office_of_a_domain_speaks():
    body = ["“The evidence does not support a charge at this time,” Norway’s deputy director of public prosecutions, "
            "Anna-Lise Berg, said on Tuesday."]
    assert quotes(body) == {"The evidence does not support a charge at this time,": "Anna-Lise Berg"}


def test_what_the_reader_would_tell_themself_is_imagined_not_said():
    body = ["Portion control is the whole trick at a buffet. Fill half the plate with salad first, and you can enjoy "
            "dessert without having to tell yourself “never again.” That’s why I always tell my readers: “a full "
            "plate is a slow plate!”"]
    found = quotes(body)
    assert "never again." not in found
    assert "a full plate is a slow plate!" in found


def test_a_first_person_writer_who_gives_their_name_says_what_i_say():
    body = ["Hello, and welcome to the course. My name is Tomasz Wrona, and I have taught night classes since 2004.",
            "Ten years ago I nearly gave up. When I enrolled in my first evening course, I told myself, "
            "“This course matters. I will finish it whatever it costs.”"]
    assert quotes(body) == {"This course matters. I will finish it whatever it costs.": "Tomasz Wrona"}


def test_a_first_person_phrase_in_the_writers_own_sentence_is_no_quote():
    body = ["After the loan came through, I’d need to “get my name out there” at every market in town, and that scared me.",
            "“You will do fine,” my sister Ruth Amadi said."]
    assert quotes(body) == {"You will do fine,": "Ruth Amadi"}


_FERRY = "Lena Okafor, the ferry line's chief executive, took questions from reporters at the harbour on Monday."


def test_in_a_persons_words_gives_the_quote_to_them():
    body = [_FERRY, "In Okafor's words, the new timetable is “a gift to every commuter on the coast.”"]
    assert quotes(body) == {"a gift to every commuter on the coast.": "Lena Okafor"}


def test_in_the_words_of_a_person_gives_the_quote_to_them():
    body = [_FERRY, "In the words of Lena Okafor, the old boats were “held together with tape and prayer.”"]
    assert quotes(body) == {"held together with tape and prayer.": "Lena Okafor"}


def test_a_name_in_a_participles_own_clause_is_not_its_subject():
    body = ["Anna Berg was born in 1850 on a farm near Uppsala and was sold to a mill owner at twelve.",
            "Her 1938 death certificate, filled in by a clerk, says “not recorded” in the space for her father, "
            "suggesting that Anna Berg, then in her 80s, may never have known him."]
    assert quotes(body) == {"not recorded": None}


def test_a_slogan_and_its_translation_after_a_dash_are_no_quotes():
    body = ["The square is named after Garibaldi, and his best-known rallying cry is “Qui si fa l’Italia o si "
            "muore”—“Here we make Italy or we die.” Tourists still pose under the statue."]
    assert quotes(body) == {}


def test_introducing_someone_as_quoted_words_is_a_cue():
    body = ["The festival opened on Friday night with a talk by the architect Ines Valcourt.",
            "Rafael Duarte introduced Valcourt to the crowd as “the woman who taught this city to look up”, to long "
            "applause."]
    assert quotes(body) == {"the woman who taught this city to look up": "Rafael Duarte"}


def test_a_lede_quote_the_next_paragraph_calls_someones_view_is_theirs():
    body = ["The new tram line, which opened on Monday, will make the east side “a real part of the city at last.”",
            "That’s the upbeat view offered by Nadia Ferro, the transport councillor, at the opening ceremony.",
            "Traffic on the bridge fell by a fifth in the first week."]
    assert quotes(body) == {"a real part of the city at last.": "Nadia Ferro"}


def test_an_organisations_description_opening_an_aside_is_the_sentences_subject():
    body = ["The merger of the grocers Halden and Brookfield Foods became final on Tuesday.",
            "Tom Quill has said that he expects “real savings” from the combination. Earlier this year, Brookfield "
            "quietly closed nine shops (the company would not give the number of jobs lost but called it "
            "“modest”) and Halden shut several depots."]
    found = quotes(body)
    assert found["modest"] == "Brookfield"


def test_an_infinitive_reporting_verb_takes_the_clauses_subject():
    body = ["Prime Minister Jonas Lind met the unions on Friday.",
            "The strike could also strengthen populists like Anna Berg, the leader of the Unity party, who on "
            "Saturday held a news conference to declare that “Norway is no longer a safe country for anyone.”"]
    assert quotes(body) == {"Norway is no longer a safe country for anyone.": "Anna Berg"}


def test_a_body_that_projects_words_in_a_reported_clause_says_them():
    body = ["“Ticket income rose by a third last season,” said Omar Quist, the finance writer.",
            "He added that Halden Rovers project that the “new stand will pay for itself within a decade”."]
    assert quotes(body)["new stand will pay for itself within a decade"] == "Halden Rovers"


def test_the_trio_are_the_three_joint_speakers_named_before():
    body = ["Once inside, the men opened fire. Their first target was the queue at the ticket desk, witnesses Anna "
            "Berg, Tomas Rys and Pavel Novak told the Pravo newspaper.",
            "The trio had been watching the match from the stand, and recalled a ripple in the crowd “like wind "
            "across a field” as people began to run."]
    found = {q.text: q.speakers for q in find_quotes(body, [])}
    assert found == {"like wind across a field": ["Anna Berg", "Tomas Rys", "Pavel Novak"]}


def test_a_named_persons_clause_ending_in_a_colon_beats_an_earlier_clauses_cue():
    body = ["Anna Berg was the guest of the host Tom Quill on his late show on Tuesday.",
            "When she said she had “stopped watching the news at all,” Mr. Quill put in: “So, you’re a lot like my "
            "grandmother?”"]
    found = quotes(body)
    assert found["So, you’re a lot like my grandmother?"] == "Tom Quill"
    assert found["stopped watching the news at all,"] == "Anna Berg"


def test_a_bodys_staff_past_a_relative_clause_speak_for_the_body():
    body = ["Halvorsen Audio sent its new speaker to Brightline Labs in May.",
            "The Brightline Labs engineers who tested the speaker for a month said it offers “the cleanest treble "
            "in its class” at a fair price."]
    assert quotes(body) == {"the cleanest treble in its class": "Brightline Labs"}


def test_a_lower_case_phrase_opening_a_passive_clause_names_a_setting():
    body = ["The app is quick to open. If a double tap feels like too much work, ‘shake to start recording’ can be "
            "switched on in the options screen."]
    assert quotes(body) == {}


def test_deemed_and_denounced_as_are_cues_whose_object_never_speaks():
    body = ["Prime Minister Jonas Lind deemed the cyber attack on the grid “an act of sabotage.” He said on Sunday, "
            "“We will find those responsible.”",
            "While some defended the utility, others denounced the energy ministry as “negligent”."]
    found = quotes(body)
    assert found["an act of sabotage."] == "Jonas Lind"
    assert found["negligent"] is None


def test_a_quoted_name_before_formula_names_a_rule():
    body = ["Lisbon said it remains committed to the “one island, two councils” formula granting the Azores self-rule, "
            "while the islands’ police deny any abuse."]
    assert quotes(body) == {}


def test_to_describe_as_gives_the_words_to_the_clauses_subject():
    body = ["Smog closed schools across the region again this week.",
            "The city’s mayor, Ravi Menon, went on the radio last month to describe the old town as a “smoke oven.”"]
    assert quotes(body) == {"smoke oven.": "Ravi Menon"}
