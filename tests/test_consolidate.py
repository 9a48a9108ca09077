"""The consolidated briefing: agreement, conflicts, shared quotes, timeline, title, resolutions that survive."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.consolidate.stage import consolidate, corpus_anchor
from generator.model.briefing import Briefing, Conflict, DateMention, Fact, Note, Quote, SourceInfo, Summary
from generator.model.relative import RelativeDate


def brief(sid, facts=(), quotes=(), body=(), dates=(), notes=(), places=(), orgs=()) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=sid + ".txt"), facts=list(facts), quotes=list(quotes),
                    body=list(body), dates=list(dates), notes=list(notes), places=list(places),
                    organizations=list(orgs))


def fact(kind, value, unit=None, qualifier=None, subject=None, evidence=None, paragraph=1) -> Fact:
    return Fact(id=f"{kind}-{value}", kind=kind, statement=evidence or f"{qualifier or ''} {value} {unit or ''}",
                value=value, unit=unit, qualifier=qualifier, subject=subject, evidence=evidence, paragraph=paragraph)


def by_id(summary: Summary, cid: str) -> Conflict:
    return next(c for c in summary.conflicts if c.id == cid)


# ---- agreement -------------------------------------------------------------------------------------------

def test_same_count_with_different_qualifiers_is_agreement_with_qualifiers_shown():
    s = consolidate([
        brief("a", [fact("count", 5000, "protesters", "about", evidence="About 5,000 protesters marched in Tbilisi.")]),
        brief("b", [fact("count", 5000, "protesters", "nearly", evidence="Nearly 5,000 protesters gathered.")]),
        brief("c", [fact("count", 5000, "protesters", evidence="Police counted 5,000 protesters.")]),
    ])
    assert s.conflicts == []
    [agreed] = s.facts
    assert agreed.value == 5000 and agreed.sources == ["a", "b", "c"]
    assert agreed.qualifiers == {"a": "about", "b": "nearly", "c": None}
    assert agreed.evidence["b"].text == "Nearly 5,000 protesters gathered."


def test_member_counts_agree_across_unit_words():
    s = consolidate([brief("a", [fact("count", 27, "member states")]), brief("b", [fact("count", 27, "countries")]),
                     brief("c", [fact("count", 27, "nations")])])
    assert [f.sources for f in s.facts] == [["a", "b", "c"]]


def test_a_value_in_one_source_only_is_not_an_agreed_fact():
    s = consolidate([brief("a", [fact("count", 12, "ministers")]), brief("b", [fact("count", 40, "delegates")])])
    assert s.facts == [] and s.conflicts == []


# ---- conflicts -------------------------------------------------------------------------------------------

def _title_sources():
    correction = "An earlier version of this story misstated Maria Zakharova's title; she is the ministry's spokeswoman."
    return [
        brief("a", [fact("title", "Deputy Foreign Minister", subject="Maria Zakharova", paragraph=2,
                         evidence="Deputy Foreign Minister Maria Zakharova told reporters the talks were over."),
                    Fact(id="t2", kind="title", statement="", value="Foreign Ministry spokeswoman", qualifier="correction",
                         subject="Maria Zakharova", evidence=correction)],
              notes=[Note(kind="correction", text=correction)]),
        brief("b", [fact("title", "Foreign Ministry spokeswoman", subject="Maria V. Zakharova",
                         evidence="Foreign Ministry spokeswoman Maria V. Zakharova said Moscow would respond.")]),
        brief("c", [fact("title", "Russian Foreign Ministry spokeswoman", subject="Zakharova",
                         evidence="Russian Foreign Ministry spokeswoman Zakharova dismissed the report.")]),
    ]


def test_title_conflict_includes_the_correction_notice_and_merged_names():
    s = consolidate(_title_sources())
    conflict = by_id(s, "title-maria-zakharova")
    assert conflict.subject == "Maria Zakharova" and conflict.attribute == "title"
    values = {v.value: v for v in conflict.values}
    assert set(values) == {"Foreign Ministry spokeswoman", "Deputy Foreign Minister"}
    spokeswoman = values["Foreign Ministry spokeswoman"]
    assert spokeswoman.sources == ["a", "b", "c"]     # nationality word dropped: c agrees with b
    assert {e.origin for e in spokeswoman.evidence if e.source == "a"} == {"correction"}
    assert values["Deputy Foreign Minister"].evidence[0].paragraph == 2


def test_a_person_resolution_survives_a_rebuild():
    first = consolidate(_title_sources())
    by_id(first, "title-maria-zakharova").resolution = "Foreign Ministry spokeswoman"
    second = consolidate(_title_sources(), previous=first)
    assert by_id(second, "title-maria-zakharova").resolution == "Foreign Ministry spokeswoman"
    assert all(c.resolution is None for c in second.conflicts if c.id != "title-maria-zakharova")


def test_resolution_survives_the_yaml_round_trip(tmp_path):
    from generator.store import files as store
    first = consolidate(_title_sources())
    by_id(first, "title-maria-zakharova").resolution = "spokeswoman"
    store.save_summary(tmp_path, first)
    previous = store.load_summary(tmp_path / store.SUMMARY_FILE).briefing
    assert by_id(consolidate(_title_sources(), previous), "title-maria-zakharova").resolution == "spokeswoman"


def test_duration_conflict_for_the_meeting_but_not_for_talks_elsewhere():
    a = "The summit in Vilnius ended after six hours of talks."
    b = ["Leaders met in Vilnius for about two hours on Tuesday.", "It followed nine hours of talks in Vienna on Monday."]
    s = consolidate([
        brief("a", [fact("duration", 6, "hours", evidence=a)], body=[a], places=["Vilnius", "Vienna"]),
        brief("b", [fact("duration", 2, "hours", "about", evidence=b[0]), fact("duration", 9, "hours", evidence=b[1])],
              body=b, places=["Vilnius", "Vienna"]),
    ])
    conflict = by_id(s, "duration-meeting")
    assert sorted(v.value for v in conflict.values) == ["6 hours", "about 2 hours"]
    assert all("Vienna" not in e.text for v in conflict.values for e in v.evidence)


def test_count_conflict_needs_the_same_subject():
    s = consolidate([brief("a", [fact("count", 30, "members", subject="NATO")]),
                     brief("b", [fact("count", 32, "members", subject="NATO"), fact("count", 57, "members",
                                                                                      subject="OSCE")])])
    conflict = by_id(s, "members-nato")
    assert {v.value for v in conflict.values} == {"30 members", "32 members"}
    assert not any("osce" in c.id for c in s.conflicts)


def test_delegation_lists_conflict_only_when_neither_contains_the_other():
    s = consolidate([brief("a", [fact("person", "Ann Linde; Pekka Haavisto", subject="delegation")]),
                     brief("b", [fact("person", "Ann Linde", subject="delegation")])])
    assert s.conflicts == []
    s = consolidate([brief("a", [fact("person", "Ann Linde; Pekka Haavisto", subject="delegation")]),
                     brief("b", [fact("person", "Pekka Haavisto; Sauli Niinisto", subject="delegation")])])
    assert [c.id for c in s.conflicts] == ["people-delegation"]


# ---- quotes ----------------------------------------------------------------------------------------------

def quote(qid, text, speaker, paragraph=1, partial=False) -> Quote:
    return Quote(id=qid, text=text, speaker=speaker, paragraph=paragraph, partial=partial)


def test_two_translations_of_one_statement_are_grouped_per_speaker():
    s = consolidate([
        brief("a", quotes=[quote("q1", "We will never accept the deployment of strike missiles near our borders,", "Sergei Shoigu")]),
        brief("b", quotes=[quote("q1", "We shall never accept deploying strike missiles close to our borders.", "Sergey Shoigu"),
                           quote("q2", "The exercises will end on schedule.", "Sergey Shoigu")]),
        brief("c", quotes=[quote("q1", "We will never accept the deployment of strike missiles near our borders,", "Ben Wallace")]),
    ])
    shared = [g for g in s.quotes if len({x.source for x in g.sources}) > 1]
    assert len(shared) == 1 and shared[0].speaker in ("Sergei Shoigu", "Sergey Shoigu")
    assert [x.source for x in shared[0].sources] == ["a", "b"]
    assert len(s.quotes) == 3          # other statement and other speaker stay apart


def test_fragments_completing_the_same_lead_in_are_one_statement():
    a = "Borrell said some of the ministers' proposals “are simply unworkable.”"
    b = "The EU's top diplomat Josep Borrell said that some of the ministers' proposals “are frankly impractical”."
    c = "Borrell said the summit's final statement was “frankly impractical”."
    s = consolidate([brief("a", quotes=[quote("q1", "are simply unworkable.", "Josep Borrell", partial=True)], body=[a]),
                     brief("b", quotes=[quote("q1", "are frankly impractical", "Josep Borrell", partial=True)], body=[b]),
                     brief("c", quotes=[quote("q1", "frankly impractical", "Josep Borrell", partial=True)], body=[c])])
    groups = {tuple(sorted(x.source for x in g.sources)) for g in s.quotes}
    assert groups == {("a", "b"), ("c",)}     # same words, but c completes another sentence


# ---- timeline --------------------------------------------------------------------------------------------

def dm(text, date, event, granularity="year", paragraph=1) -> DateMention:
    return DateMention(text=text, date=date, event=event, paragraph=paragraph, granularity=granularity)


def test_timeline_merges_one_event_and_orders_dates():
    s = consolidate([
        brief("a", dates=[dm("in 2016", "2016", "Britain votes to leave the European Union"),
                          dm("on Tuesday", "2023-03-07", "EU summit talks in Brussels", "day")]),
        brief("b", dates=[dm("on Tuesday", "2023-03-07", "Brussels summit meeting", "day"),
                          dm("in the 1990s", "1990s", "Balkan wars", "decade")]),
    ])
    # the story's day first, then the background years (flagged), each part in date order
    assert [(e.date, e.sources) for e in s.timeline] == [("2023-03-07", ["a", "b"]), ("1990s", ["b"]), ("2016", ["a"])]
    assert [e.background for e in s.timeline] == [False, True, True]
    [dated] = s.facts                              # two sources date the summit alike: an agreed fact
    assert dated.value == "2023-03-07" and dated.sources == ["a", "b"] and dated.unit == "date"


def test_a_cut_off_event_phrase_is_shown_as_its_sentence():
    body = ["Talks stalled again. In the capital on Friday, thousands of farmers blocked the ring road with tractors."]
    s = consolidate([brief("a", body=body, dates=[dm("on Friday", "2024-02-02", "In the capital", "day")])])
    assert s.timeline[0].event.startswith("In the capital on Friday, thousands of farmers blocked")


def test_the_same_event_given_two_years_is_a_date_conflict_but_a_later_occurrence_is_not():
    s = consolidate([
        brief("a", body=["Scotland held its independence referendum in 2014."],
              dates=[dm("in 2014", "2014", "Scottish independence referendum")]),
        brief("b", body=["The independence referendum eight years ago was lost."],
              dates=[dm("eight years ago", "2015", "Scottish independence referendum (lost)"),
                     dm("in 2023", "2023", "next Scottish independence referendum")]),
    ])
    [conflict] = s.conflicts
    assert conflict.attribute == "date" and [v.value.split()[0] for v in conflict.values] == ["2014", "2015"]
    assert conflict.values[1].evidence[0].text == "The independence referendum eight years ago was lost."


# ---- title and anchor ------------------------------------------------------------------------------------

def test_event_title_says_what_where_when():
    body = ["Foreign ministers met in Vilnius on Tuesday for talks on grain exports."]
    briefings = [brief(sid, body=body, places=["Vilnius", "Ukraine"], dates=[
        dm("on Tuesday", "2023-07-11", "Foreign ministers meeting", "day"),
        dm("in 2022", "2022", "grain deal signed")]) for sid in ("a", "b")]
    s = consolidate(briefings)
    assert corpus_anchor(briefings) == "2023-07-11"
    assert s.title == "Foreign ministers meeting, Vilnius, 11 July 2023"


def test_a_background_day_is_neither_the_anchor_nor_the_title():
    from generator.facts.stage import extract_facts
    from generator.model.briefing import CleanedText
    body = ["Foreign ministers of the G7 met in Rome on Friday for talks on sanctions.",
            "The minister recalled the September 11 terrorist attacks, noting that the alliance has invoked "
            "its collective defense clause only once."]
    f = extract_facts(CleanedText(title="G7 talks in Rome", body=body))
    b = Briefing(source=SourceInfo(id="a", file="a.txt"), body=body, facts=f.facts, dates=f.dates,
                 places=f.places, organizations=f.organizations)
    s = consolidate([b])
    assert s.anchor is None and "2001" not in (s.title or "")
    assert s.title and s.title[0].isupper() and "noting" not in s.title and "Rome" in s.title


def test_the_lede_day_wins_over_a_later_day_the_story_mentions():
    body = ["Delegates met on Monday in Oslo for talks.", "A second round of talks is planned for Friday."]
    b = brief("a", body=body, places=["Oslo"], dates=[
        dm("on Monday", "2024-03-11", "Delegates met for talks", "day", 1),
        dm("for Friday", "2024-03-15", "second round of talks", "day", 2)])
    assert corpus_anchor([b]) == "2024-03-11"


def test_only_event_names_make_the_title():
    from generator.consolidate.stage import looks_like_event
    assert looks_like_event("NATO-Russia Council meeting") and looks_like_event("talks")
    assert not looks_like_event("noting that NATO has only invoked its collective defense clause")
    assert not looks_like_event("The NATO talks will be followed by discussions in Vienna on Thursday.")


# ---- the demo corpus gold (skips without ../shared) --------------------------------------------------------

@pytest.mark.slow
def test_gold_targets(gold_dir, corpus_dir):
    from gold_briefings import gold_briefings, load_consolidated, score_summary
    gold = load_consolidated(gold_dir)
    summary = consolidate(gold_briefings(gold_dir, corpus_dir))
    result = score_summary(summary, gold)
    assert all(result["quotes"].values()), result["quotes"]
    assert result["timeline"] >= 0.9 * result["timeline_total"], result["timeline_missed"]
    assert result["false_merges"] == []
    # every gold conflict the general rules can see; three were the demo's own disputes written as rules (who
    # made up a delegation, where a withdrawal was demanded, whether the sides agreed to meet again): let go
    demo_shaped = {"russian-delegation", "russia-demands-withdrawal", "future-talks"}
    assert {c for c, found in result["conflicts"].items() if not found} <= demo_shaped, result["conflicts"]
    assert result["conflicts"]["nrc-suspended"] and result["conflicts"]["sherman-title"]
    assert result["unmatched_conflicts"] == []          # nothing the annotators call agreement
    sherman = by_id(summary, "title-wendy-sherman")
    assert len(sherman.values) == 3
    assert summary.title == "NATO-Russia Council meeting, Brussels, 12 January 2022"


@pytest.mark.slow
def test_gold_with_fact_subjects_finds_the_structured_conflicts(gold_dir, corpus_dir):
    from gold_briefings import gold_briefings, load_consolidated, score_summary
    result = score_summary(consolidate(gold_briefings(gold_dir, corpus_dir, with_subjects=True)),
                           load_consolidated(gold_dir))
    assert result["conflicts"]["nrc-suspended"] and result["conflicts"]["meeting-duration"]


def test_undated_weekdays_stay_off_the_calendar_and_out_of_the_timeline():
    monday = DateMention(text="on Monday", date=None, event="talks in Ankara", relative=RelativeDate.parse("weekday:1:last"),
                         granularity="day", paragraph=1)
    tuesday = DateMention(text="on Tuesday", date=None, event="summit in Vilnius", relative=RelativeDate.parse("weekday:2"),
                          granularity="day", paragraph=1)
    tweet = Note(kind="tweet", text="Arrived in Vilnius for the summit.", author="Jens Stoltenberg",
                 handle="jensstoltenberg", date="2023-07-11")
    briefings = [brief("a", dates=[tuesday, monday]), brief("b", dates=[tuesday]), brief("c", notes=[tweet])]
    s = consolidate(briefings)
    assert s.anchor == "2023-07-11"                    # the event's day: the tweet's, a Tuesday the sources name
    assert [e.date for e in s.timeline if e.date in ("2023-07-10", "2023-07-11")] == []   # nothing borrowed
    assert briefings[0].dates[0].date is None


def test_the_same_headline_sentence_in_two_sources_is_an_agreed_fact():
    def said(sid, sentence):
        return brief(sid, [Fact(id="s", kind="text", statement=sentence, evidence=sentence, paragraph=3)])
    s = consolidate([said("a", "Turkey's parliament ratified Sweden's NATO membership bid on Tuesday after months of delay."),
                     said("b", "On Tuesday the Turkish parliament finally ratified Sweden's NATO membership bid."),
                     said("c", "Sweden's prime minister welcomed the vote and thanked Hungary.")])
    agreed, lede = s.facts                   # c's lede says something else: a development of its own
    assert agreed.sources == ["a", "b"] and agreed.evidence["a"].paragraph == 3
    assert lede.sources == ["c"] and lede.id.startswith("lede-")
    assert s.conflicts == []


def test_a_title_with_a_rank_added_is_not_a_conflict_but_a_different_rank_of_office_is():
    def titled(sid, role):
        return brief(sid, [fact("title", role, subject="Oleksii Reznikov", evidence=f"{role} Oleksii Reznikov spoke.")])
    assert consolidate([titled("a", "Ukrainian Defence Minister"), titled("b", "Defense Minister")]).conflicts == []
    assert consolidate([titled("a", "Defence Minister"), titled("b", "Defence Minister, Major General")]).conflicts == []
    s = consolidate([titled("a", "Defence Minister"), titled("b", "Deputy Defence Minister")])
    assert [c.id for c in s.conflicts] == ["title-oleksii-reznikov"]


def test_an_undone_merge_survives_rebuilds_through_yaml(tmp_path):
    from generator.store import files as store
    briefings = [brief("a", quotes=[quote("q1", "We are ready to talk.", "Aleksandr Novak")]),
                 brief("b", quotes=[quote("q1", "Prices will fall next year.", "Alexander Novak")])]
    first = consolidate(briefings)
    assert len({g.speaker for g in first.quotes}) == 1
    for m in first.merges:
        m.undo = True
    store.save_summary(tmp_path, first)
    for _ in range(2):
        previous = store.load_summary(tmp_path / store.SUMMARY_FILE).briefing
        rebuilt = consolidate(briefings, previous)
        assert {g.speaker for g in rebuilt.quotes} == {"Aleksandr Novak", "Alexander Novak"}
        store.save_summary(tmp_path, rebuilt, previous)


# ---- properties ------------------------------------------------------------------------------------------

_NAMES = ["Olaf Scholz", "Mr. Scholz", "Annalena Baerbock", "Baerbock", "Olaf Scholtz", None]
_facts = st.builds(lambda kind, value, unit, q, subj: fact(kind, value, unit, q, subj, evidence=f"{q} {value} {unit}"),
                   st.sampled_from(["count", "duration", "title", "date", "text", "person"]),
                   st.one_of(st.integers(0, 5), st.sampled_from(["Chancellor", "Foreign Minister", "2023", "2024-02"])),
                   st.sampled_from(["hours", "troops", "members", None]), st.sampled_from([None, "about", "nearly"]),
                   st.sampled_from(_NAMES))
_sources = st.lists(st.lists(_facts, max_size=5), min_size=1, max_size=5)


@settings(max_examples=100, deadline=None)
@given(_sources, st.randoms(use_true_random=False))
def test_the_summary_does_not_depend_on_the_order_of_sources(fact_lists, rnd):
    briefings = [brief(f"s{i}", facts) for i, facts in enumerate(fact_lists)]
    shuffled = briefings[:]
    rnd.shuffle(shuffled)
    a, b = consolidate(briefings), consolidate(shuffled)
    norm = lambda s: sorted((c.id, sorted((str(v.value), tuple(v.sources)) for v in c.values)) for c in s.conflicts)  # noqa: E731
    assert norm(a) == norm(b)
    assert sorted((f.id, tuple(f.sources)) for f in a.facts) == sorted((f.id, tuple(f.sources)) for f in b.facts)
    for c in a.conflicts:                       # a conflict always shows at least two values with their sources
        assert len(c.values) >= 2 and all(v.sources for v in c.values)


def test_title_word_order_and_organisation_do_not_make_a_conflict():
    from generator.consolidate.agreement import title_key
    assert title_key("Minister of Foreign Affairs") == title_key("Foreign Minister")
    assert title_key("Secretary-General of NATO") == title_key("NATO Secretary General")
    assert title_key("Secretary of Defense") == title_key("British Defence Secretary")
    assert title_key("Deputy Secretary of State") != title_key("Secretary of State")
    assert title_key("Under Secretary of State") != title_key("Assistant Secretary of State")


def test_a_duration_outside_any_meeting_is_not_the_meeting_duration():
    a = "The summit in Vilnius lasted six hours."
    b = "He was treated for two hours in hospital before the vote."
    s = consolidate([brief("a", [fact("duration", 6, "hours", evidence=a)], body=[a], places=["Vilnius"]),
                     brief("b", [fact("duration", 2, "hours", evidence=b)], body=[b], places=["Vilnius"])])
    assert s.conflicts == []


def test_related_remarks_of_one_speaker_are_not_one_statement():
    s = consolidate([
        brief("a", quotes=[quote("q1", "We will not close the door to NATO's open door policy,", "Wendy Sherman")]),
        brief("b", quotes=[quote("q1", "NATO's door remains open to new members.", "Wendy Sherman")])])
    assert len(s.quotes) == 2


def test_sentence_close_to_two_statements_joins_the_earlier_one():
    """Which group a sentence joins must not follow a set's (hash-seeded) order: the first-made group wins."""
    s1 = "Russia moved tanks and artillery toward the Ukrainian border overnight."
    s2 = "Ukrainian officials reported tanks and artillery near the border."      # too far from s1 to join it
    s3 = "Officials said tanks and artillery massed at the Ukrainian border."     # close to both
    text = lambda sentence: fact("text", None, evidence=sentence)      # noqa: E731
    s = consolidate([brief("a", [text(s1)]), brief("b", [text(s2)]), brief("c", [text(s3)])])
    assert [f.sources for f in s.facts if not f.id.startswith("lede-")] == [["a", "c"]]


def test_a_title_that_says_less_agrees_and_spokesman_is_spokesperson():
    def titled(sid, role):
        return brief(sid, [fact("title", role, subject="Lena Markovic", evidence=f"{role} Lena Markovic spoke.")])
    assert consolidate([titled("a", "Minister"), titled("b", "Interior Minister")]).conflicts == []
    assert consolidate([titled("a", "Ministry spokesman"), titled("b", "spokesperson")]).conflicts == []
    assert [c.id for c in consolidate([titled("a", "Spokeswoman"), titled("b", "Deputy Spokesperson")]).conflicts] \
        == ["title-lena-markovic"]


def test_counts_of_one_subject_far_apart_and_dates_of_no_event_are_not_conflicts():
    s = consolidate([brief("a", [fact("count", 10, "aircraft", subject="total")]),
                     brief("b", [fact("count", 34, "aircraft", subject="total")])])
    assert s.conflicts == []                          # a part and a whole, or two days' counts
    s = consolidate([brief("a", [fact("date", "1957", "year", subject="In")]),
                     brief("b", [fact("date", "2010", "year", subject="In")])])
    assert s.conflicts == []


def _dated(sid, sentence, text, date, granularity="month", relative=None):
    return brief(sid, body=[sentence], dates=[DateMention(text=text, date=date, granularity=granularity, paragraph=1,
                                                          event=sentence, relative=relative)])


def test_dates_one_sentence_lists_and_months_counted_back_from_an_undated_article_do_not_clash():
    listed = "The ministry warned the embassy about the suspect twice, in March 2019 and again in June 2019."
    a = brief("a", body=[listed], dates=[DateMention(text="in March 2019", date="2019-03", granularity="month",
                                                     paragraph=1, event=listed),
                                         DateMention(text="in June 2019", date="2019-06", granularity="month",
                                                     paragraph=1, event=listed)])
    b = _dated("b", listed, "in June 2019", "2019-06")
    assert [c for c in consolidate([a, b]).conflicts if c.attribute == "date"] == []
    c = _dated("c", "The harbour authority closed the northern pier a month ago after the storm.", "a month ago",
               "2019-05", relative=RelativeDate.parse("ago:1:months"))
    d = _dated("d", "The harbour authority closed the northern pier last month after the storm.", "last month",
               "2019-04", relative=RelativeDate.parse("month:-1"))
    assert [x for x in consolidate([c, d]).conflicts if x.attribute == "date"] == []


def test_durations_far_apart_time_different_things_not_one_thing_in_dispute():
    a = "Ann Lee won the 400m in a personal best of 52.98 seconds."
    b = "Tom Vale won the 60m in a personal best of 7.13 seconds."
    s = consolidate([brief("a", [fact("duration", 52.98, "seconds", subject="personal best", evidence=a)], body=[a]),
                     brief("b", [fact("duration", 7.13, "seconds", subject="personal best", evidence=b)], body=[b])])
    assert not [c for c in s.conflicts if c.attribute == "duration"]
