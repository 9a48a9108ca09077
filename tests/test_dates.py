"""Dates on the calendar, on sentences written for these tests (not the demo corpus).

Anchor used throughout: Friday 2023-03-10 (a publication date), unless a test says otherwise.
"""
from __future__ import annotations

import pytest

from generator.facts.date_mentions import find_dates
from generator.facts.resolve import corpus_anchor, resolve_dates, resolve_relative
from generator.model.briefing import Briefing, DateMention, Note, SourceInfo
from generator.model.relative import RelativeDate

ANCHOR = "2023-03-10"   # a Friday


def resolved(sentence: str, anchor: str = ANCHOR) -> list[tuple[str, str, str]]:
    return [(d.text, d.date, d.granularity) for d in resolve_dates(find_dates([sentence]), anchor, "test")]


@pytest.mark.parametrize("sentence,expected", [
    ("The ceasefire was agreed on March 3, 2023 in Doha.", ("on March 3, 2023", "2023-03-03", "day")),
    ("The ceasefire was agreed on 3 March 2023 in Doha.", ("on 3 March 2023", "2023-03-03", "day")),
    ("The plant has been idle since June 2019.", ("since June 2019", "2019-06", "month")),
    ("The accord was signed in 1998 by both parties.", ("in 1998", "1998", "year")),
    ("He led the agency from 2009 to 2015 before retiring.", ("from 2009 to 2015", "2009/2015", "year")),
    ("Such protests were common in the 1970s across the region.", ("in the 1970s", "1970s", "decade")),
])
def test_absolute_dates(sentence, expected):
    assert resolved(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The minister resigned on Tuesday after the vote.", ("on Tuesday", "2023-03-07", "day")),
    ("Friday's summit in Oslo ended without a deal.", ("Friday's summit", "2023-03-10", "day")),
    ("Union leaders told reporters Monday they would strike.", ("Monday", "2023-03-06", "day")),
    ("The budget will be put to a vote on Wednesday in Rome.", ("on Wednesday", "2023-03-15", "day")),
    ("A second round is expected to start Sunday in Cairo.", ("Sunday", "2023-03-12", "day")),
    ("Prices fell last Friday after the announcement.", ("last Friday", "2023-03-03", "day")),
])
def test_weekdays_resolve_by_tense(sentence, expected):
    assert resolved(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The bridge opened three years ago to little fanfare.", ("three years ago", "2020", "year")),
    ("The company was founded two decades ago in a garage.", ("two decades ago", "2003", "year")),
    # every number word of lexicon.numbers, not a hand-picked dozen
    ("The lighthouse was restored seventeen years ago by volunteers.", ("seventeen years ago", "2006", "year")),
    ("The dam was finished sixty years ago.", ("sixty years ago", "1963", "year")),
    ("Inflation peaked last year at nine percent.", ("last year", "2022", "year")),
    ("The merger was first proposed at the end of last year.", ("at the end of last year", "2022-12", "month")),
    ("Talks between the unions collapsed earlier this week.", ("earlier this week", "2023-03-06/2023-03-09",
                                                               "week")),
    ("The regulator published its report in November.", ("in November", "2022-11", "month")),
    ("Shares rose yesterday on the news.", ("yesterday", "2023-03-09", "day")),
])
def test_relative_dates(sentence, expected):
    assert resolved(sentence) == [expected]


def test_named_day_is_not_relative_to_the_anchor():
    assert resolved("Airport security changed after the September 11 attacks.") == [
        ("September 11", "2001-09-11", "day")]


def test_unanchored_mentions_keep_a_machine_form():
    found = find_dates(["Negotiators met on Thursday in Geneva.", "The dam burst five years ago."])
    assert [(d.date, str(d.relative), d.paragraph) for d in found] == [(None, "weekday:4", 1), (None, "ago:5:years", 2)]


def test_earlier_this_week_takes_the_day_of_the_same_event():
    body = ["The trade talks in Nairobi earlier this week failed.",
            "The Tuesday session in Nairobi broke up after midnight."]
    dates = resolve_dates(find_dates(body), ANCHOR, "test")
    assert [(d.text, d.date, d.granularity) for d in dates] == [
        ("earlier this week", "2023-03-07", "day"), ("The Tuesday session", "2023-03-07", "day")]


def test_resolve_keeps_resolved_dates_and_records_the_anchor():
    mentions = [DateMention(text="in 2001", date="2001", granularity="year"),
                DateMention(text="on Monday", date=None, relative=RelativeDate.parse("weekday:1"))]
    out = resolve_dates(mentions, "2024-05-02", "corpus anchor")
    assert [d.date for d in out] == ["2001", "2024-04-29"]
    assert out[1].anchor == "2024-05-02 (corpus anchor)" and out[0].anchor is None
    assert mentions[1].date is None                     # pure: the input is not changed


@pytest.mark.parametrize("relative,expected", [
    ("weekday:5", ("2023-03-10", "day")), ("weekday:5:last", ("2023-03-03", "day")),
    ("weekday:1:next", ("2023-03-13", "day")), ("week:-1", ("2023-02-27/2023-03-05", "week")),
    ("month:-3", ("2022-12", "month")), ("monthday:12-25", ("2022-12-25", "day")),
    ("monthday:04-01:next", ("2023-04-01", "day")), ("ago:2:months", ("2023-01", "month")),
])
def test_resolve_relative_forms(relative, expected):
    assert resolve_relative(RelativeDate.parse(relative), ANCHOR) == expected


def _briefing(sid: str, dates: list[DateMention], tweet_date: str | None = None) -> Briefing:
    notes = [Note(kind="tweet", text="We met today.", author="Ministry", date=tweet_date)] if tweet_date else []
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt"), notes=notes, dates=dates)


def test_corpus_anchor_is_the_dated_day_the_sources_name():
    thursday = DateMention(text="on Thursday", date=None, relative=RelativeDate.parse("weekday:4"))
    briefings = [
        _briefing("a", [thursday, thursday]),
        _briefing("b", [thursday], tweet_date="2023-06-15"),            # a Thursday
        _briefing("c", [], tweet_date="2023-06-16"),                    # the day after: later, but not named
    ]
    anchor, basis = corpus_anchor(briefings)
    assert anchor == "2023-06-15"
    assert "Thursday" in basis and "b" in basis


def test_corpus_anchor_without_any_date():
    assert corpus_anchor([_briefing("a", [])])[0] is None


@pytest.mark.parametrize("sentence,expected", [
    ("The lease expires on the 5th of May.", [("on the 5th of May", "2023-05-05", "day")]),
    ("Production resumed in mid-2021 after the shutdown.", [("in mid-2021", "2021", "year")]),
    ("The ministry sent 2000 troops to the border.", []),
    ("The mayor spoke to residents this morning.", [("this morning", "2023-03-10", "day")]),
])
def test_more_date_forms(sentence, expected):
    assert resolved(sentence) == expected


def test_reported_future_after_the_reporting_verb():
    assert resolved("The mayor said on Wednesday that the bridge would reopen on Saturday.") == [
        ("on Wednesday", "2023-03-08", "day"), ("on Saturday", "2023-03-11", "day")]


def test_corpus_anchor_falls_back_to_a_full_date_in_the_text():
    friday = DateMention(text="on Friday", date=None, relative=RelativeDate.parse("weekday:5"))
    stated = DateMention(text="March 10, 2023", date="2023-03-10", granularity="day")
    anchor, basis = corpus_anchor([_briefing("a", [friday, stated]), _briefing("b", [friday])])
    assert anchor == "2023-03-10" and "2023-03-10" in basis


def test_weekday_with_a_day_of_month_picks_the_matching_year():
    assert resolved("Tickets go on sale at 10 a.m. Friday, Dec. 6.", anchor="2019-11-19") == [
        ("Friday, Dec. 6", "2019-12-06", "day")]


def test_named_shopping_days_are_not_weekdays():
    assert resolved("Prices dropped to Black Friday levels before Cyber Monday.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("The tariffs take effect on Dec. 15 unless a deal is reached.", "2019-12-15"),   # nearest: weeks ahead
    ("The company shelved its offering on Sept. 30.", "2019-09-30"),                   # nearest: weeks behind
])
def test_day_of_month_without_year_is_the_nearest(sentence, expected):
    assert [d for _, d, _ in resolved(sentence, anchor="2019-11-20")] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Exports fell 4 percent from a year earlier, the statistics office said.", ("a year earlier", "2022", "year")),
    ("Reservoirs have been low since mid-August, engineers said.", ("mid-August", "2022-08", "month")),
    ("As of February, the fund held 1,200 apartments.", ("As of February", "2023-02", "month")),
    ("Shares remain well below the June peak.", ("the June", "2022-06", "month")),
    ("Growth could return in the late 2030s, the report says.", ("in the late 2030s", "2030s", "decade")),
    ("The filing is dated 2023-02-14 and signed by the auditor.", ("2023-02-14", "2023-02-14", "day")),
])
def test_more_absolute_and_relative_forms(sentence, expected):
    assert resolved(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Fuel prices rose on 15 February, sparking protests.", ("on 15 February", "2023-02-15")),
    ("Trading resumed Jan. 5 after the holiday.", ("Jan. 5", "2023-01-05")),
    # months ahead and no future tense: the last one, not the next
    ("She crossed the border on July 2 with her brother.", ("on July 2", "2022-07-02")),
    ("The lease runs out on 20 March.", ("on 20 March", "2023-03-20")),          # days ahead: the coming one
])
def test_day_and_month_without_year(sentence, expected):
    assert [(t, d) for t, d, _ in resolved(sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Winds should ease by Saturday evening, forecasters said.", ("by Saturday evening", "2023-03-11")),
    ("Workers must sign the new contracts by Monday.", ("by Monday", "2023-03-13")),
    ("By Wednesday, 40 villages had been evacuated.", ("By Wednesday", "2023-03-08")),
    ("Lawmakers met ahead of a session that starts in early April.", ("early April", "2023-04")),
])
def test_deadlines_and_coming_sessions_look_ahead(sentence, expected):
    assert [(t, d) for t, d, _ in resolved(sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The board approved the merger in May.", ("in May", "2022-05")),
    ("Chile's February output beat forecasts.", ("Chile's February", "2023-02")),
    ("It was not on last year's list of finalists.", ("last year's", "2022")),
    ("She vowed the plant would reopen on Feb. 27.", ("on Feb. 27", "2023-02-27")),   # a past report's future
    ("The plant will reopen on Feb. 27 next year.", ("on Feb. 27", "2024-02-27")),
])
def test_may_possessive_months_and_reported_future(sentence, expected):
    assert [(t, d) for t, d, _ in resolved(sentence)][:1] == [expected]


def test_may_the_verb_is_not_a_month():
    assert resolved("Prices may rise again, the central bank said.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("The hostages were seized in August 2016, and the group released a video the next year.",
     [("in August 2016", "2016-08"), ("the next year", "2017")]),
    ("Dealers sold 300,000 cars last year, up 4 percent from the previous year.",
     [("last year", "2022"), ("the previous year", "2021")]),
    ("The dam was finished in May 2010 and opened the following month.",
     [("in May 2010", "2010-05"), ("the following month", "2010-06")]),
])
def test_the_following_year_counts_from_the_date_told_before(sentence, expected):
    assert [(t, d) for t, d, _ in resolved(sentence)] == expected


def test_the_following_year_with_nothing_before_stays_open():
    assert [d.date for d in resolve_dates(find_dates(["Prices rose the following year."]), ANCHOR, "test")] == [None]


def test_a_scheduled_day_is_the_coming_one():
    assert [(t, d) for t, d, _ in resolved("Sentencing is scheduled for June 14 in Buffalo.")] == [
        ("June 14", "2023-06-14")]


@pytest.mark.parametrize("text", ["weekday:3", "weekday:5:next", "weekday:1:last", "day:-1", "day:0", "week:-1",
                                  "week:0:before", "week:0:after", "month:1", "year:-1", "year-end:0", "monthname:12",
                                  "monthname:3:next", "monthday:12-06", "monthday:01-15:next", "monthday:12-06:wd5",
                                  "ago:3:days", "ago:20:years", "recent", "sequel:1:year", "sequel:-1:month"])
def test_a_relative_form_reads_into_typed_fields_and_writes_back_as_it_was(text):
    rel = RelativeDate.parse(text)
    assert str(rel) == text
    assert rel.kind == text.split(":")[0]


def test_relative_fields_say_what_the_form_says():
    assert RelativeDate.parse("monthday:12-06:wd5") == RelativeDate("monthday", 12, day=6, weekday=5)
    assert RelativeDate.parse("ago:20:years") == RelativeDate("ago", 20, unit="years")
    assert RelativeDate.parse("week:0:before") == RelativeDate("week", 0, "before")


@pytest.mark.parametrize("text", ["weekday:8", "weekday", "day:x", "week:1:later", "monthday:13-01", "ago:3:hours",
                                  "sequel:1:week", "tomorrow", "", "recent:1"])
def test_a_malformed_relative_form_is_refused_with_the_forms_there_are(text):
    with pytest.raises(ValueError, match=r"is not a relative date; use one of the forms weekday:N"):
        RelativeDate.parse(text)
