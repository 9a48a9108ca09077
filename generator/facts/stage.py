"""Headline facts of one source: people and titles, numbers with units, dates, places, organisations, events.

`extract_facts` is the per-source stage: relative dates ("on Sunday") resolve against the source's own
publication day (or a dated tweet it embeds), never another source's.  `finish_corpus` runs once all sources
are extracted, to raise facts other sources confirm; `own_day` re-dates a source whose day a person corrected.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Optional

from generator.facts.budget import analysed_part
from generator.facts.counts import find_numbers
from generator.facts.date_mentions import find_dates
from generator.facts.elapsed import lede_elapsed
from generator.facts.events import event_facts, is_event_fact, sentence_with
from generator.facts.headlines import (
    has_words,
    number_facts,
    rank_facts,
    rerank_by_corroboration,
    sentence_facts,
    statement_of,
    title_facts,
)
from generator.facts.own_day import CORPUS_ANCHOR, has_own_day, undated_estimated
from generator.facts.resolve import (
    STORY_WEEK_DAYS,
    resolve_dates,
    source_anchor,
    story_anchored,
    weekday_votes,
)
from generator.facts.story_year import story_anchor
from generator.mentions import names
from generator.mentions.organizations import find_organizations
from generator.mentions.places import find_places
from generator.model.briefing import Briefing, CleanedText, DateMention, Fact, Facts, Note, Quote
from generator.model.ids import slugify

#: Notes whose text is the source's own words (a tweet it embeds, a photo caption, a correction).
_TEXT_NOTES = ("tweet", "caption", "correction", "update", "contributors", "dateline")


def _tweet_date_mentions(notes: list[Note]) -> list[DateMention]:
    """The date line of each embedded tweet ("— NATO (@NATO) January 13, 2022") as a day mention."""
    out = []
    for note in notes:
        if note.kind == "tweet" and note.date:
            try:
                day = dt.date.fromisoformat(note.date[:10])
            except ValueError:
                continue
            who = note.author or note.handle or "embedded tweet"
            out.append(DateMention(text=f"{day:%B} {day.day}, {day.year}", date=day.isoformat(),
                                   event=f"{who} tweets", granularity="day"))
    return out


def _date_facts(body: list[str], dates: list[DateMention]) -> list[Fact]:
    """Background dates stated outright ("in 2014", "April 2014"): when things happened before the story."""
    out: dict[str, Fact] = {}
    for d in dates:
        if d.relative or not d.date or d.granularity not in ("year", "month", "decade") or not d.paragraph:
            continue
        sentence = sentence_with(body, d.paragraph, d.text)
        fact_id = slugify(f"date {d.date} {d.event or ''}", max_words=7)
        out.setdefault(fact_id, Fact(id=fact_id, kind="date", statement=statement_of(sentence, d.text),
                                     value=d.date, unit=d.granularity, paragraph=d.paragraph, evidence=sentence,
                                     subject=d.event))
    return list(out.values())


def extract_facts(cleaned: CleanedText, quotes: Optional[list[Quote]] = None) -> Facts:
    """People, places, organisations, dates and ranked headline facts of one cleaned source."""
    body = cleaned.body
    note_texts = [n.text for n in cleaned.notes if n.kind in _TEXT_NOTES]
    tweets = [n.text for n in cleaned.notes if n.kind == "tweet"]
    people = names.find_people(body)

    dates = find_dates(body, tweets) + _tweet_date_mentions(cleaned.notes)
    tweet_dates = [(n.date[:10], f"tweet by {n.author or n.handle}") for n in cleaned.notes
                   if n.kind == "tweet" and n.date]
    anchor, basis = source_anchor(cleaned.published, tweet_dates, weekday_votes(dates))
    if anchor:
        dates = resolve_dates(dates, anchor, basis)

    places = find_places(body + note_texts)
    credits = [r.text for r in cleaned.removed if r.kind == "image-credit"]
    organizations = find_organizations(body + note_texts + credits, places)

    facts: list[Fact] = []
    facts += event_facts(body, dates, places, people)
    facts += number_facts(find_numbers(body, tweets))
    facts += title_facts(people, body, cleaned.notes)
    facts += _date_facts(body, dates)
    facts += sentence_facts(body, cleaned.title, people, cited={f.evidence for f in facts if f.evidence})
    facts = [f for f in facts if has_words(f.statement)]       # a fact a reader cannot read is no fact
    return Facts(people=people, facts=rank_facts(facts, cleaned.title, people), places=places,
                 organizations=organizations, dates=dates)


def finish_corpus(briefings: list[Briefing]) -> list[Briefing]:
    """After every source is extracted: re-rank all facts by how many sources confirm them.

    Each source's relative dates were resolved against its own day (publication day or a dated tweet it
    embeds) at extraction.  When most sources carry no day of their own (`own_day.undated_estimated`; a
    corpus where none is dated is the extreme case), those sources have them put on the story's day their
    leads state (`resolve.corpus_anchor`, basis 'story day', estimated), so that the story still gets a
    timeline; when most are dated, an undated source keeps them unresolved rather than borrow a day."""
    anchor, basis = _undated_anchor(briefings)
    if not anchor:
        return rerank_by_corroboration(briefings)
    out: list[Briefing] = []
    for b in briefings:
        if not has_own_day(b) and any(d.date is None and d.relative for d in b.dates):
            dates = _on_story_day(b, anchor)
            searched, _ = analysed_part(b.body)             # the part extraction read (its note is there)
            events = [f for f in event_facts(searched, dates, b.places, b.people) if has_words(f.statement)]
            kept = [f for f in b.facts if not is_event_fact(f)]
            b = replace(b, dates=dates, facts=kept + events)
        out.append(b)
    return rerank_by_corroboration(out)


#: Relative days counted from the day of writing ('Friday', 'yesterday', 'this week', 'two days ago'); month
#: days and month names are placed by the story's year instead (`story_year`), whenever the text was written.
WRITING_DAY_KINDS = frozenset({"weekday", "day", "week", "ago"})


def _on_story_day(b: Briefing, story_day: str) -> list[DateMention]:
    """An undated source's dates read against the story's day; when its lede says how long after a happening
    it was written ('three weeks since the deadly tsunami': `elapsed.lede_elapsed`), its weekdays, 'yesterday'
    and 'this week' are read against that day instead."""
    elapsed = lede_elapsed(b.body)
    dates = b.dates
    if elapsed is not None:
        written = (dt.date.fromisoformat(story_day[:10]) + dt.timedelta(days=elapsed.days)).isoformat()
        dates = resolve_dates(dates, written, f"{CORPUS_ANCHOR} + {elapsed.days} days: '{elapsed.phrase}'",
                              kinds=WRITING_DAY_KINDS)
    return resolve_dates(dates, story_day, CORPUS_ANCHOR, story_week=True)


def _undated_anchor(briefings: list[Briefing]) -> tuple[Optional[str], str]:
    """The story's day the undated sources' relative dates are read against, or (None, '') when they keep them
    unresolved (most sources are dated, or the leads state no day)."""
    anchor, basis = story_anchor(briefings)
    if anchor and story_anchored(basis):
        return anchor, basis
    if not undated_estimated(briefings):
        return None, ""
    anchor, basis = story_anchor(briefings, dated=False)
    if not anchor or not story_anchored(basis) or not _week_of(anchor, briefings):
        return None, ""
    return anchor, basis


def _week_of(anchor: str, briefings: list[Briefing]) -> bool:
    """Every dated source was written in the story's week (Paris: the one dated page is of the day after the
    attacks): the coverage is of that week, so undated weekdays most likely fall in it.  Dated pages months
    apart (a search that went on for a year) say the undated ones may be of any week: no estimate."""
    start = dt.date.fromisoformat(anchor)
    days = [str(d)[:10] for b in briefings for d in (b.source.published, *(n.date for n in b.notes if n.kind == "tweet"))
            if d]
    return all(start <= dt.date.fromisoformat(d) <= start + dt.timedelta(days=STORY_WEEK_DAYS)
               for d in days if _iso(d))


def _iso(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
