"""Issue 15: the event (what, where, when), headline facts that are developments, and timeline labels, on a
story that is neither the demo nor a development event (the Genoa bridge collapse of August 2018; the
sentences are written in wire style for these tests)."""
from __future__ import annotations

from generator.consolidate.developments import headline_sentence, is_history, rank
from generator.consolidate.story import event_day, event_what, event_where, find_event, in_story, title_line
from generator.facts.resolve import corpus_anchor, resolve_dates, story_anchored
from generator.model.briefing import Briefing, DateMention, Passage, Person, SourceInfo, SummaryEvent, SummaryFact
from generator.model.relative import RelativeDate
from generator.text.clauses import is_complete, short_clause, tidy


def source(sid: str, title: str, body: list[str], dates: list[DateMention] = ()) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body, dates=list(dates))


def day(text: str, date: str, paragraph: int, relative: str | None = None) -> DateMention:
    return DateMention(text=text, date=date, paragraph=paragraph, granularity="day",
                       relative=RelativeDate.parse(relative) if relative else None)


LEADS = [
    source("a", "Genoa bridge collapse: death toll rises to 38",
           ["GENOA, Italy — A motorway bridge collapsed in the port city of Genoa on Tuesday, killing at least 38 "
            "people.", "Rescuers worked through the night.", "The government declared a state of emergency.",
            "Earlier this year a rally in Milan drew thousands of protesters against the government."],
           [day("on Tuesday", "2018-08-14", 1, "weekday:2")]),
    source("b", "Italy bridge collapse kills dozens",
           ["A section of the Morandi bridge in Genoa gave way on Tuesday during a storm.",
            "Cars fell 45 metres onto railway tracks."], [day("on Tuesday", "2018-08-14", 1, "weekday:2")]),
    source("c", "Anger grows after Genoa bridge collapse",
           ["Italy's government blamed the motorway operator for the bridge collapse in Genoa.",
            "The operator said it had carried out regular checks."], [day("Wednesday", "2018-08-15", 1, "weekday:3")]),
]
PLACES = {"Genoa": "Genoa", "Italy": "Italy", "Milan": "Milan"}


def test_the_event_is_what_most_titles_and_leads_name_never_one_article_aside():
    what, sources = event_what(LEADS)
    assert what == "Bridge collapse"            # every title says it; the rally is one article's fourth paragraph
    assert sources == ["a", "b", "c"]
    assert event_where(LEADS, PLACES) == "Genoa"
    assert event_day(LEADS) == "2018-08-14"     # two leads date it to Tuesday, one to the day after
    event = find_event(LEADS, PLACES, None)
    assert title_line(event) == "Bridge collapse, Genoa, 14 August 2018"


def test_an_aside_in_one_lead_does_not_name_the_event():
    aside = source("d", "Protests in Rome", ["Thousands marched in Rome on Saturday against the new budget."],
                   [day("on Saturday", "2018-08-18", 1, "weekday:6")])
    what, _ = event_what(LEADS + [aside])
    assert what == "Bridge collapse"
    assert event_day(LEADS + [aside]) == "2018-08-14"


def test_a_place_in_a_name_is_not_repeated_in_the_title_and_no_event_without_agreement():
    event = SummaryEvent(what="Genoa bridge collapse", where="Genoa", when="2018-08-14", sources=["a", "b"])
    assert title_line(event) == "Genoa bridge collapse, 14 August 2018"
    lone = [source("x", "Budget vote delayed", ["The vote was delayed."]),
            source("y", "Storm hits coast", ["A storm hit the coast."])]
    assert event_what(lone) == (None, [])       # no event word two sources share


def test_story_days_are_the_event_day_and_the_weeks_after():
    event = SummaryEvent(what="Bridge collapse", where="Genoa", when="2018-08-14")
    assert in_story("2018-08-14", event) and in_story("2018-08-20", event)
    assert not in_story("2018-08-13", event) and not in_story("1967", event) and not in_story("2018-08", event)


def test_short_clause_cuts_at_a_clause_boundary_never_inside_a_word():
    long = ("GENOA, Italy — Rescuers pulled two more survivors from the rubble of the motorway bridge on Wednesday, "
            "while engineers warned that the remaining pillars could fall at any moment and ordered hundreds of "
            "families living beneath them to leave their homes before nightfall.")
    cut = short_clause(long)
    assert cut == "Rescuers pulled two more survivors from the rubble of the motorway bridge on Wednesday."
    assert long.find(cut[:-1]) >= 0 and not long[long.find(cut[:-1]) + len(cut) - 1].isalnum()
    assert short_clause("But the operator, which runs 3,000 km of motorways, denied any fault in the checks.") == \
        "The operator, which runs 3,000 km of motorways, denied any fault in the checks."
    assert short_clause("#Genoa bridge collapse: at least 38 dead https://t.co/abc") is None
    assert short_clause(long, must_contain="nightfall", max_words=25) is None     # no short clause carries it


def test_complete_clause_rules():
    assert is_complete("The bridge was built in 1967.")
    assert not is_complete("although the operator promised that it would be")      # lower case, dangling
    assert not is_complete("The ministry said the checks were carried out before")
    assert not is_complete("Which collapsed on Tuesday during a storm.")
    assert not is_complete('The minister called it "a tragedy.')                      # unbalanced quote
    assert tidy("GENOA, Italy — A bridge collapsed.") == "A bridge collapsed."


def fact(fid: str, value, texts: dict[str, tuple[int, str]], statement: str = "", unit=None,
         background: bool = False) -> SummaryFact:
    return SummaryFact(id=fid, statement=statement or next(iter(texts.values()))[1], value=value, unit=unit,
                       sources=sorted(texts), background=background,
                       evidence={s: Passage(p, t) for s, (p, t) in texts.items()})


def test_headline_sentence_is_the_shortest_wording_that_carries_the_value():
    f = fact("dead-38", 38, {
        "a": (1, "GENOA, Italy — A motorway bridge collapsed in the port city of Genoa on Tuesday, killing at least "
                 "38 people, as rescuers searched the rubble for survivors through the night."),
        "b": (3, "The death toll rose to 38 on Wednesday, the interior minister said."),
        "c": (2, "#Genoa 38 dead https://t.co/x")})
    assert headline_sentence(f) == "The death toll rose to 38 on Wednesday."


def test_developments_rank_by_sources_and_lead_background_below():
    collapse = fact("collapse", None, {"a": (1, "A motorway bridge collapsed in Genoa on Tuesday."),
                                       "b": (1, "The Morandi bridge collapsed in Genoa on Tuesday during a storm."),
                                       "c": (5, "The bridge in Genoa collapsed on Tuesday, the police said.")})
    checks = fact("checks", None, {"a": (9, "The operator said it had carried out regular checks on the bridge."),
                                   "b": (12, "The operator says it carried out regular checks on the bridge."),
                                   "c": (14, "The operator insisted it carried out regular checks on the bridge.")})
    built = fact("built-1967", 1967, {"a": (6, "The bridge was opened in 1967 and carried 25 million vehicles a year."),
                                      "b": (7, "Opened in 1967, the bridge was designed by Riccardo Morandi.")},
                 unit="year")
    office = fact("title-giuseppe-conte", "Prime Minister", {"a": (2, "Prime Minister Giuseppe Conte went to Genoa.")},
                  statement="Giuseppe Conte is Prime Minister.", background=True)
    ranked = rank([office, built, checks, collapse], 2018)
    assert [f.id for f in ranked] == ["collapse", "checks", "built-1967", "title-giuseppe-conte"]
    assert [f.background for f in ranked] == [False, False, True, True]
    assert is_history(built, 2018) and not is_history(collapse, 2018)


def test_an_undated_corpus_is_dated_by_the_day_its_leads_name_and_its_weekday():
    """No publication dates: 'on 14 August' (no year) in a lead, the latest year the sources state, and the
    weekday most sources name (Tuesday) put the story on Tuesday 14 August 2018; weekdays after it resolve
    into the week that follows, not the week before."""
    a = source("a", "Bridge collapse", ["A bridge collapsed on 14 August, killing 38.", "x", "y"],
               [DateMention(text="on 14 August", date=None, paragraph=1, granularity="day", relative=RelativeDate.parse("monthday:08-14")),
                day("Tuesday", None, 1, "weekday:2")])
    b = source("b", "Bridge collapse", ["The bridge, opened in September 1967, fell on Tuesday.",
                                        "The operator reported a profit in March 2018."],
               [DateMention(text="in September 1967", date="1967-09", paragraph=1, granularity="month"),
                day("on Tuesday", None, 1, "weekday:2"),
                DateMention(text="in March 2018", date="2018-03", paragraph=2, granularity="month"),
                day("on Saturday", None, 2, "weekday:6")])
    anchor, basis = corpus_anchor([a, b])
    assert anchor == "2018-08-14", basis
    resolved = resolve_dates(b.dates, anchor, basis, story_week=story_anchored(basis))
    assert [d.date for d in resolved if d.relative and d.relative.kind == "weekday"] == ["2018-08-14",
                                                                                                "2018-08-18"]


def test_a_hyphenated_name_is_not_a_dateline_and_a_dash_aside_is_not_cut():
    assert tidy("EU-Turkey talks resumed in Ankara on Monday.") == "EU-Turkey talks resumed in Ankara on Monday."
    assert tidy("ANKARA – Talks resumed on Monday.") == "Talks resumed on Monday."
    aside = "More than 300 people were hurt in the quake and the old town – the heart of the city, was ruined."
    assert short_clause(aside, max_words=15) is None         # no cut at the dash: it opens an aside


def test_titles_keep_their_own_statement_in_the_background():
    office = fact("title-x", "Mayor", {"a": (2, "Post the storm, the Mayor of Genoa, Marco Bucci, spoke.")},
                  statement="Marco Bucci is Mayor (Genoa).", background=True)
    assert rank([office], 2018)[0].statement == "Marco Bucci is Mayor (Genoa)."


def test_a_whole_sentence_may_end_on_a_short_verb_a_cut_may_not():
    said = "Georgia is not a member of the EU, although the bloc promised in 2022 that it would someday be."
    assert short_clause(said, "in 2022", 25) == said
    assert not is_complete("Georgia is not a member of the EU, although the bloc promised that it would someday be")


def test_a_time_of_day_is_not_a_year_and_a_glued_date_line_is_a_date():
    from generator.facts.date_mentions import find_dates
    found = find_dates(["Near 1750 GMT the ferry turned back towards the port.",
                        "Rescue crews arrived at 0400 local time, the coastguard said.",
                        "Ferry Operator Faces InquiryMARCH 3, 2019", "The port was built in 1750."])
    assert [(d.text, d.date) for d in found] == [("MARCH 3, 2019", "2019-03-03"), ("in 1750", "1750")]


def test_a_name_for_another_kind_of_event_does_not_replace_the_leads_event():
    event = find_event(LEADS, PLACES, "2018-08-14", named="Press conference in Rome")
    assert event.what == "Bridge collapse"
    assert find_event(LEADS, PLACES, "2018-08-14", named="Morandi bridge collapse").what == "Morandi bridge collapse"


def test_an_introductory_phrase_alone_is_no_clause():
    s = "In the search for the missing ferry, which sank off Crete, divers found a second lifeboat on Monday."
    assert short_clause(s, max_words=12) is None
    assert short_clause("In Crete, divers found a second lifeboat, which was empty.") == "In Crete, divers found a second lifeboat."


def test_windows_quotes_are_not_read_as_a_dos_code_page():
    from generator.read.sources import _to_text
    data = ("ATHENS \u2014 Greece\u2019s voters went to the polls on Sunday. \u201cWe are proud,\u201d he said. " * 3
            ).encode("cp1252")
    text, encoding = _to_text(data, [])
    assert "Greece\u2019s" in text and "\u2014 Greece" in text and encoding in ("cp1252", "windows-1252", "cp1250")


def test_a_cut_keeps_a_verb_and_a_colon_dateline_goes():
    s = "Inside the station, 40 passengers, who had been waiting for the last train, were hurt by the blast."
    assert short_clause(s, max_words=10) is None                 # 'Inside the station, 40 passengers.' is no clause
    assert tidy("SYDNEY: Australia will lead the search.") == "Australia will lead the search."


def test_pounds_in_english_text_are_not_read_as_central_european():
    from generator.read.sources import _to_text
    data = ("Australia has spent more than \u00a324m on the search \u2014 the costliest ever, officials said. " * 4
            ).encode("cp1252")
    text, _ = _to_text(data, [])
    assert "\u00a324m" in text and "\u0141" not in text


def test_a_headline_names_its_subject_rather_than_a_pronoun():
    f = fact("people-62", 62, {"a": (3, "It was carrying 62 people."),
                               "b": (1, "The ferry Aegean Star sank off Crete with 62 people on board.")})
    assert headline_sentence(f) == "The ferry Aegean Star sank off Crete with 62 people on board."
    assert short_clause("In the search for the missing ferry Aegean Star.") is None


def test_timeline_names_are_events_not_attributions_or_spans():
    from generator.consolidate.timeline import _names_an_event
    text = "Talks in Ankara resumed. Hours after the vote, Prime Minister Ali Demir said the deal stood."
    assert _names_an_event("Talks in Ankara", text)
    assert not _names_an_event("Prime Minister Ali Demir said", text)
    assert not _names_an_event("Hours after the vote", text)
    assert not _names_an_event("Prime Minister Ali Demir", text)
    # every finite reporting verb of the lexicon ends an attribution, not only 'said'; nouns and weak forms do not
    later = "The opposition leader Mehmet Kaya warned of unrest. A tsunami warning was lifted. The peace deal agreed"
    assert not _names_an_event("Opposition leader Mehmet Kaya warned", later)
    assert _names_an_event("Tsunami warning", later)
    assert _names_an_event("Peace deal agreed", later)
    assert _names_an_event("Talks with the United States", "Talks with the United States opened.")


def test_a_headline_prefers_the_leads_wording_to_a_later_aside():
    f = fact("people-62", 62, {"a": (9, "Of the 62 people on board, two were Greek."),
                               "b": (1, "The ferry Aegean Star sank off Crete on Monday with 62 people on board.")})
    assert headline_sentence(f) == "The ferry Aegean Star sank off Crete on Monday with 62 people on board."


def test_a_line_cut_off_in_its_source_stays_a_fragment():
    assert short_clause("Minister warns of the worst floods since 1953 with") is None


def test_a_plural_event_noun_is_written_as_the_leads_write_it():
    """'Road crashes' (the leads' plural), not 'Road crashs'."""
    leads = [source(sid, "Holiday road crashes", [f"Road crashes {rest}"]) for sid, rest in
             (("a", "killed 14 people over the holiday weekend."), ("b", "rose by a fifth over the weekend."),
              ("c", "kept ambulances busy on Sunday."))]
    assert event_what(leads)[0] == "Road crashes"


def test_a_title_case_headline_is_read_as_a_sentence_and_every_match_is_no_event():
    """Written for this test: a ferry company's headline in Title Case, and a broadcaster's season."""
    from generator.text.title_case import sentence_case
    body = ["Two ferry firms are cutting the night crossings of Northway Ferries, the best route on the coast.",
            "Northway said the crossings were popular."]
    assert sentence_case("Firms Are Cutting The Best Crossings Of Northway Ferries", body) == \
        "Firms are cutting the best crossings of Northway Ferries"
    assert sentence_case("Firms cut the night crossings", body) == "Firms cut the night crossings"
    season = [source("s", "Broadcaster wins the cup rights", ["The channel will show every match of the cup."]),
              source("t", "Cup goes to cable", ["All 64 Cup matches will be on cable, the channel said."])]
    assert event_what(season)[0] is None


def test_a_bare_event_noun_takes_the_name_most_titles_carry_never_a_persons():
    """Written for this test: a film festival's prize night.  The leads share only 'ceremony'; four titles name the
    'Lumière' prize; 'Dubois' (a person) is no name for the event."""
    person = source("d", "Dubois wins Lumière", ["Director Anne Dubois won the top prize at the ceremony on Saturday."])
    person.people = [Person(name="Anne Dubois", mentions=["Dubois", "Anne Dubois"])]
    nights = [source("a", "Lumière night arrives", ["The 30th Lumière prize ceremony is on Saturday in Lyon."]),
              source("b", "Critics tip Dubois for Lumière", ["Critics expect a close race before the ceremony."]),
              source("c", "Lumière winners named", ["Three films shared the honours."]), person]
    assert event_what(nights)[0] == "Lumière ceremony"


def test_an_event_still_to_come_or_of_last_year_does_not_name_the_story():
    """'at the next general election', 'in last June's council elections', 'at the last election' are background of
    a story about a new party's launch."""
    launch = [source(sid, title, [lead]) for sid, title, lead in (
        ("a", "Farmers launch new party", "The farmers' party was launched in York on Monday and will stand at the "
         "next general election."),
        ("b", "New rural party launched", "A rural party was launched on Monday. It came third in last June's "
         "council elections under another name."),
        ("c", "Rural party's launch draws crowd", "Hundreds came to the launch; it won no seat at the last election."))]
    assert event_what(launch)[0].lower().startswith(("launch", "party launch"))


def test_the_name_titles_carry_keeps_its_other_words():
    """'Man Utd takeover', not 'Utd takeover': the run of capitalised words the titles write around the name."""
    bids = [source(sid, title, [lead]) for sid, title, lead in (
        ("a", "Shares rise on new Port Vale bid", "The takeover of the club moved closer on Monday."),
        ("b", "Port Vale to open books", "The board agreed to talks on the takeover."),
        ("c", "Fans split over Port Vale offer", "Supporters' groups oppose a takeover funded by loans."))]
    assert event_what(bids)[0] == "Port Vale takeover"


def test_an_agreed_date_fact_reads_as_its_sentence_a_name_takes_its_date():
    from generator.consolidate.timeline import build_timeline
    said = "The dairy firm collapsed in December 2015 after a hole was found in its accounts."
    firms = [source(sid, "Dairy firm sues banks", [said, "Shares rose."],
                    [DateMention(text="in December 2015", date="2015-12", paragraph=1, granularity="month")])
             for sid in ("a", "b")]
    _, _, agreed = build_timeline(firms)
    assert [f.statement for f in agreed if f.value == "2015-12"] == [said]
    assert all(not f.statement.endswith(": 2015-12.") for f in agreed)


def test_an_event_noun_used_as_an_adjective_casts_no_vote():
    """'the remarks may have been offensive': no military offensive."""
    row = [source(sid, title, [lead]) for sid, title, lead in (
        ("a", "Mayor will not retract jibe", "The mayor said his remarks may have been offensive but were not racist."),
        ("b", "Mayor defends jibe", "He said the comments were offensive, not racist."))]
    assert event_what(row)[0] is None or "ffensive" not in event_what(row)[0]


def test_an_event_that_only_dates_the_story_does_not_name_it():
    """'failing to take drugs tests before the Athens Olympics': the Olympics date the offence; the hearing is the
    news."""
    hearing = [source(sid, title, [lead]) for sid, title, lead in (
        ("a", "Sprinters face hearing", "The pair face a hearing for missing drugs tests before the Athens Olympics."),
        ("b", "Sprinters banned", "The pair were banned for missing tests before the Athens Olympics."),
        ("c", "Sprinters' hearing opens", "A hearing opened into tests they missed before the Athens Olympics."))]
    assert "Olympics" not in (event_what(hearing)[0] or "")


def test_a_bare_event_noun_takes_the_name_the_titles_share_even_as_their_first_word():
    """'Trial' alone says nothing: 'Harbourcorp' opens five titles and stands inside two others."""
    titles = ["Harbourcorp ex-boss launches defence", "Harbourcorp director admits lying",
              "Lowe denies Harbourcorp fraud", "Harbourcorp director ends evidence", "Lowe 'aware' of Harbourcorp fraud",
              "Harbourcorp boss 'left books alone'", "Harbourcorp trial starts in Boston"]
    briefings = [source(f"s{i}", t, [f"The trial of former chief executive Tom Lowe heard evidence on day {i}."])
                 for i, t in enumerate(titles)]
    what, _ = event_what(briefings)
    assert what == "Harbourcorp trial"
