"""The event the sources report: what happened, where and when, from their titles and leads.

News puts the event in the title and the first paragraphs (who did what, where, when); later paragraphs are
background, reaction and history.  So each source votes once for each event word, place and day its title
and lead name, and the event is what most sources agree on: one article's aside ('a rally in Ohio' in its
tenth paragraph) never names it.  The story's days (the event and the weeks after it) are what the timeline
shows first; everything dated before is background.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from typing import Optional

from generator.consolidate.central_title import central_title
from generator.consolidate.event_nouns import EVENT_NOUN, event_lemma, lead_text
from generator.consolidate.key_phrase import key_phrase, title_name
from generator.consolidate.period import period_bounds, story_period
from generator.consolidate.story_place import event_where, names_place
from generator.facts.resolve import LEAD_PARAGRAPHS
from generator.lexicon.calendar import MONTH_NAMES
from generator.lexicon.events import CAPITALISED_EVENT_HEADS, DISPUTE_NOUNS, NOT_MODIFIERS, SPEECH_ACT_NOUNS
from generator.mentions.name_words import is_first_name
from generator.model.briefing import Briefing, SummaryEvent, TimelineEvent
from generator.text.days import human_date
from generator.text.matching import EVENT_NOUNS, fold
from generator.text.title_case import sentence_case

#: Days after the event that still belong to the story (the follow-ups the timeline shows first).
STORY_DAYS = 60
#: The share of titles a name must be in to name a story whose event noun no title names.
TITLE_NAME_SHARE = 0.5
#: A phrase ('Paris attacks') names the event when this share of the sources naming its noun use it.
PHRASE_SHARE = 0.25

_MODIFIER = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}|[a-z][a-z-]{3,}\s+)$")
#: An event noun after these words counts a kind of thing ('every match', 'all 380 matches'), not one event.
_QUANTIFIED = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Aa]ll(?:\s+the)?(?:\s+[\d,]+)?|(?!(?:19|20)\d\d\b)[\d,]+)\s+"
                         r"(?:[A-Z][\w’'.-]*\s+){0,3}$")     # not a year ('the 2005 Norwich Union Grand Prix')
#: After a copula or a degree word an event noun is an adjective ('the remarks may have been offensive').
_PREDICATIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|seem|seems|seemed|very|so|too|deeply|highly|quite)\s+$",
                          re.I)
#: An event noun after these words is one still to come ('at the next general election'), an earlier one ('at the
#: last election', 'in last June's European elections') or one that only dates what happened ('missed tests before
#: the Athens Olympics'): background, not what happened.
_TO_COME = re.compile(r"\b(?:(?:before|since|after)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}|(?:[Nn]ext|[Cc]oming|[Ff]orthcoming|[Uu]pcoming|the\s+last|previous)\s+(?:[a-z]+\s+)?|last\s+(?:year|"
                      + "|".join(MONTH_NAMES) + r")[’']s\s+(?:[A-Za-z][\w-]*\s+){0,2})$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class _Votes:
    """Per event noun: the sources naming it in title or lead, and the phrases they name it with."""

    sources: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    phrases: dict[str, Counter] = field(default_factory=dict)      # phrase key -> surface forms
    phrase_sources: dict[str, set[str]] = field(default_factory=dict)


def _modifier(text: str, start: int) -> str:
    """The words just before an event noun that name it ('Paris', 'parliamentary', 'NATO-Russia Council')."""
    m = _MODIFIER.search(text[max(0, start - 60):start])
    if not m:
        return ""
    kept = [w for w in m.group(1).split() if re.sub(r"['’]s$", "", fold(w)).strip(".") not in NOT_MODIFIERS]
    # a run of capitalised words keeps only its tail of names ('On Friday the Paris' -> 'Paris')
    return " ".join(kept[-3:])


def _vote(briefings: list[Briefing]) -> dict[str, _Votes]:
    votes: dict[str, _Votes] = {}
    for b in briefings:
        sid = b.source.id
        title = sentence_case(b.source.title or "", b.body)     # 'Seven Militants Led Deadly Paris Attacks'
        for part, text in (("title", title), ("lead", "\n".join(b.body[:LEAD_PARAGRAPHS]))):
            for m in EVENT_NOUN.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                if _QUANTIFIED.search(before) or _TO_COME.search(before) or _PREDICATIVE.search(before):
                    continue
                lemma = event_lemma(m.group(0))
                v = votes.setdefault(lemma, _Votes())
                v.sources.add(sid)
                if part == "title":
                    v.titles.add(sid)
                mod = _modifier(text, m.start())
                if mod:
                    key = fold(mod).replace("’", "'").removesuffix("'s")
                    noun = m.group(0) if m.group(0)[:1].isupper() else m.group(0).lower()   # 'Athens Olympics'
                    v.phrases.setdefault(key, Counter())[f"{mod} {noun}"] += 1
                    v.phrase_sources.setdefault(key, set()).add(sid)
    return votes


def event_what(briefings: list[Briefing]) -> tuple[Optional[str], list[str]]:
    """(the event in a few words, the sources whose title or lead name it): the event noun most sources
    use, with the modifier most of them give it ('Paris attacks', 'Parliamentary elections').  Between nouns
    as many leads name, the one more sources name anywhere (the story's umbrella, not one thread of it).
    When no event noun is shared (a business story over months), the key phrase they share ('Galaxy S5
    sales', `key_phrase`)."""
    votes = _vote(briefings)
    if not votes:
        return key_phrase(briefings)
    anywhere = Counter(lemma for b in briefings for lemma in {event_lemma(m.group(0)) for m in
                                                               EVENT_NOUN.finditer("\n".join(b.body))})
    lemma = max(votes, key=lambda k: (len(votes[k].sources), len(votes[k].titles), anywhere[k], k))
    v = votes[lemma]
    if len(v.sources) < 2 and len(briefings) > 1:
        return key_phrase(briefings)
    people = _people_words(briefings)
    if not v.titles and len(briefings) > 1:     # 'angry debate' in leads, no title's: the story is what titles share
        shared = key_phrase(briefings)
        if shared[0] or _aside_noun(v, briefings):
            return shared
    phrase = _shared_phrase(v, people) or _body_phrase(briefings, lemma, people) or _bare_noun(briefings, lemma)
    titled = _titles_name(briefings, people, len(v.sources)) if len(phrase.split()) > 1 and not v.titles else (None, [])
    if titled[0]:       # 'public vote' in three leads, 'Big Brother' in all five titles
        return titled
    if len(phrase.split()) == 1:        # 'Oscars ceremony', 'MH370 search', 'WorldCom trial', not a bare 'Trial'
        name = title_name(briefings, people)
        if name and fold(name).rstrip("s") != lemma.rstrip("s"):
            return f"{name} {phrase.lower() if phrase[1:].islower() else phrase}", sorted(v.sources)
    return phrase[:1].upper() + phrase[1:], sorted(v.sources)


def _aside_noun(v: _Votes, briefings: list[Briefing]) -> bool:
    """An event noun no title names and fewer than half the leads name is an aside of those leads ('… will face a
    challenge from tsunami charity single …' in two of five reports of a chart race), not what happened: the
    story is then the title the others bear out (`central_title`)."""
    return not v.titles and 2 * len(v.sources) < len(briefings)


def _titles_name(briefings: list[Briefing], people: frozenset[str], noun_sources: int) -> tuple[Optional[str], list[str]]:
    """The name at least half the titles carry, when more titles carry it than leads name the event noun no title
    names ('Big Brother' in all five titles, 'the public vote' in three leads): the titles say what the story is;
    the noun is one thread of it.  The name as the leads spell it out ('Celebrity Big Brother')."""
    name = title_name(briefings, people, share=TITLE_NAME_SHARE)
    if not name or _given_name_before(briefings, name):
        return None, []
    pattern = re.compile(rf"(?<![\w-])((?:[A-Z][\w’'-]*\s+){{0,2}}){re.escape(name)}(?![\w-])")
    titled = [b for b in briefings if pattern.search(sentence_case(b.source.title or "", b.body))]
    if len(titled) <= noun_sources:
        return None, []
    forms: Counter[str] = Counter()
    for b in briefings:
        lead = "\n".join(b.body[:LEAD_PARAGRAPHS])
        forms.update({m.group(0) for m in pattern.finditer(lead) if m.start() and lead[m.start() - 1] == " "
                      and not re.search(r"[.!?]\s*$", lead[:m.start()])})
    form = max(forms, key=lambda f: (forms[f], len(f))) if forms else name
    if 2 * forms[form] < len(briefings):
        form = name
    return form, sorted(b.source.id for b in briefings if pattern.search(lead_text(b)))


def _given_name_before(briefings: list[Briefing], name: str) -> bool:
    """'Rosa Venn' in a lead: the titles' 'Venn' is a person's surname, whoever the extractor found."""
    rx = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b")
    return any(is_first_name(m.group(1)) for b in briefings for m in rx.finditer(lead_text(b)))


def _shared_phrase(v: _Votes, people: frozenset[str]) -> Optional[str]:
    """The event noun with the modifier most of its sources give it ('Paris attacks'), never a person's name
    ('Kilroy launches' is no 'Paris attacks'); None when too few share one."""
    named = {k: n for k, n in v.phrase_sources.items() if not set(k.split()) & {fold(w) for w in people}}
    if not named:
        return None
    key = max(named, key=lambda k: (len(named[k]), k))
    return v.phrases[key].most_common(1)[0][0] if len(named[key]) >= max(2, PHRASE_SHARE * len(v.sources)) else None


def _body_phrase(briefings: list[Briefing], lemma: str, people: frozenset[str]) -> Optional[str]:
    """The event noun with the name most sources give it anywhere in their text ('the Republican convention' in two
    reports whose leads say only 'the convention'), when two sources or more do and the name is no person's."""
    sources: dict[str, set[str]] = {}
    forms: dict[str, Counter] = {}
    for b in briefings:
        text = "\n".join(b.body)
        for m in EVENT_NOUN.finditer(text):
            mod = _modifier(text, m.start()) if event_lemma(m.group(0)) == lemma else None
            if mod and mod[:1].isupper() and not set(mod.split()) & people:
                key = fold(mod).replace("’", "'").removesuffix("'s")
                sources.setdefault(key, set()).add(b.source.id)
                forms.setdefault(key, Counter())[f"{mod} {m.group(0).lower()}"] += 1
    best = max(sources, key=lambda k: (len(sources[k]), k), default=None)
    return forms[best].most_common(1)[0][0] if best and len(sources[best]) >= 2 else None


def _bare_noun(briefings: list[Briefing], lemma: str) -> str:
    """The event noun alone, in the number most leads write it ('attacks', 'trial'), with the plural ending they
    write ('launches', not 'launchs')."""
    found = [m for b in briefings for m in EVENT_NOUN.finditer(lead_text(b)) if event_lemma(m.group(0)) == lemma]
    endings = [m.group(2) for m in found]
    base = Counter(m.group(1) if m.group(1) in CAPITALISED_EVENT_HEADS else m.group(1).lower()
                   for m in found).most_common(1)[0][0] if found else lemma   # 'feud' for a dispute, 'Grand Prix'
    plural = Counter(e.lower() for e in endings if e)
    if sum(plural.values()) > len(endings) - sum(plural.values()) and not base.endswith("s"):
        return base + plural.most_common(1)[0][0]
    return base


def _people_words(briefings: list[Briefing]) -> frozenset[str]:
    """Every word of the people the sources name, and their mentions ('Kilroy', 'Robert', 'Kilroy-Silk')."""
    return frozenset(w for b in briefings for p in b.people for form in (p.name, *p.mentions)
                     for w in re.split(r"[\s-]+", form) if w[:1].isupper())


def event_day(briefings: list[Briefing]) -> Optional[str]:
    """The day most sources date their lead to (each source votes once per day); a tie goes to the earlier
    day (the event comes before what follows it)."""
    votes: Counter[str] = Counter()
    for b in briefings:
        votes.update({d.date for d in b.dates if d.date and d.granularity == "day" and _ISO_DAY.match(d.date)
                      and d.paragraph is not None and d.paragraph <= LEAD_PARAGRAPHS})
    if not votes:
        return None
    best = max(votes, key=lambda d: (votes[d], [-ord(c) for c in d]))
    return best if votes[best] >= 2 or len(briefings) == 1 else None


def find_event(briefings: list[Briefing], place_names: dict[str, str], anchor: Optional[str],
               named: Optional[str] = None) -> SummaryEvent:
    """The event: `named` (a name the sources give the event on its day, 'NATO-Russia Council meeting') or
    the lead noun phrase, else the title the other sources bear out most (`central_title`); the lead place; the lead day when it is within a week of the corpus anchor, else
    the day of the anchor, else the month or year the text supports (`period.story_period`), never a guess."""
    what, sources = event_what(briefings)
    if named and (what is None or _same_kind(named, what)):
        what = named[:1].upper() + named[1:]
    if what is None:
        what, sources = central_title(briefings)
    what = _with_sides(briefings, _with_parties(briefings, _with_speaker(briefings, what)))
    anchor_day = Date.fromisoformat(anchor) if anchor and _ISO_DAY.match(anchor) else None
    lead_day = event_day(briefings)
    when = anchor
    if lead_day and (abs((Date.fromisoformat(lead_day) - anchor_day).days) <= 7 if anchor_day
                     else len(briefings) > 1):     # several leads agree (one source's lead day is not enough)
        when = lead_day
    day = when if when and _ISO_DAY.match(when) else None
    return SummaryEvent(what=what, where=event_where(briefings, place_names, what),
                        when=day or story_period(briefings), sources=sources)


#: The longest event name a speaker is put before ('Nazi jibe'), not a title standing for the event.
SPEECH_ACT_NAME_WORDS = 3


def _with_speaker(briefings: list[Briefing], what: Optional[str]) -> Optional[str]:
    """A speech act names its speaker ('Nazi jibe' -> "Livingstone's Nazi jibe"): the person most titles and first
    paragraphs name, when at least half of them do and the phrase names no one."""
    words = (what or "").split()
    if not words or len(words) > SPEECH_ACT_NAME_WORDS or fold(words[-1]).removesuffix("s") not in SPEECH_ACT_NOUNS \
            or len(briefings) < 2:
        return what     # a title that stands for the event ('Coach will not retract jibe') is left as it is
    surnames = _lede_surnames(briefings)
    if not surnames:
        return what
    who, n = surnames.most_common(1)[0]
    if 2 * n < len(briefings) or who in words:
        return what
    return f"{who}'s {what}"


def _lede_surnames(briefings: list[Briefing]) -> Counter[str]:
    """Per surname of the people the sources name, how many sources' titles and first paragraphs name it."""
    return Counter(name.split()[-1] for b in briefings for name in {p.name for p in b.people}
                   if re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)",
                                "\n".join([b.source.title or "", *b.body[:1]])))


def _with_parties(briefings: list[Briefing], what: Optional[str]) -> Optional[str]:
    """A dispute is named by its two parties ('Rift' -> 'Blair-Brown rift'): the two people most titles and first
    paragraphs name, each in at least half the sources, when the phrase names no one."""
    words = (what or "").split()
    if len(words) != 1 or fold(words[0]).removesuffix("s") not in DISPUTE_NOUNS or len(briefings) < 2:
        return what
    parties = [who for who, n in _lede_surnames(briefings).most_common(2) if 2 * n >= len(briefings)]
    return f"{'-'.join(parties)} {words[0].lower()}" if len(parties) == 2 else what


#: Nouns of a contest between two sides, named by both ('Ireland v England match').
_CONTEST_NOUNS = frozenset({"match", "game", "final", "tie", "fixture", "clash", "derby", "bout", "fight", "semi-final"})
#: A headline's two sides: 'Ireland v England', 'Spain vs. Italy', 'Ireland 19-13 England'.
_SIDES = re.compile(r"\b([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:v|vs\.?|\d{1,3}-\d{1,3})\s+"
                    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")


def _with_sides(briefings: list[Briefing], what: Optional[str]) -> Optional[str]:
    """A contest is named by its two sides ('Ireland match' -> 'Ireland v England match'): the pair the titles
    write around 'v' or a score most often, when one of them is the side the phrase names and the other is not in it."""
    words = (what or "").split()
    if what is None or len(words) < 2 or fold(words[-1]) not in _CONTEST_NOUNS:
        return what
    pairs = Counter((m.group(1), m.group(2)) for b in briefings for m in _SIDES.finditer(b.source.title or ""))
    fits = [(a, b) for (a, b), _ in pairs.most_common() if (a in what) != (b in what)]
    if not fits:
        return what
    a, b = fits[0]
    return f"{a} v {b} {words[-1]}"


def _meeting(text: str) -> bool:
    return any(w.rstrip("s") in EVENT_NOUNS or w in EVENT_NOUNS for w in fold(text).split())


def _same_kind(named: str, what: str) -> bool:
    """A name ('NATO-Russia Council meeting') names the lead's event ('Talks') when both are meetings or the
    name contains the lead's event word; a press conference does not name a plane's disappearance."""
    head = fold(what).split()[-1].rstrip("s")
    return (_meeting(named) and _meeting(what)) or head in fold(named)


def title_line(event: SummaryEvent) -> Optional[str]:
    """'Paris attacks, Paris, 13 November 2015' (a place the name already says is not repeated); None when
    what happened is not known: a place or a date alone names no story (home pages titled '2010', then 'US',
    were seen on a three-source product story whose Title Case headlines share no key phrase)."""
    if not event.what:
        return None
    where = event.where if event.where and not names_place(event.what, event.where) else None
    parts = [p for p in (event.what, where, human_date(event.when)) if p]
    return ", ".join(parts) if parts else None


def _before_year(date: str, year: int) -> bool:
    """A timeline date ('2002', '2002-07', '1990s', '2000/2002') that ends before `year` begins."""
    last = re.findall(r"\d{4}", date.split("/")[-1])
    if not last:
        return False
    end = int(last[0]) + (9 if date.split("/")[-1].rstrip().endswith("0s") else 0)
    return end < year


def in_story(date: str, event: Optional[SummaryEvent]) -> bool:
    """A timeline date on one of the story's days: the event's day (or month) or the weeks after it."""
    bounds = period_bounds(event.when) if event else None
    if not bounds or not _ISO_DAY.match(date[:10]):
        return False
    try:
        d = Date.fromisoformat(date[:10])
    except ValueError:
        return False
    return bounds[0] <= d <= bounds[1] + timedelta(days=STORY_DAYS)


def story_first(timeline: list[TimelineEvent], event: SummaryEvent, floor: Optional[int] = None) -> list[TimelineEvent]:
    """The story's days first (the event and what followed), then everything dated before or vaguer,
    flagged as background.  When the event has no day or month, what is dated before the year the story cannot
    precede (`period.year_floor`: 'emerged from bankruptcy in 2004') is background, after the rest."""
    if not period_bounds(event.when):
        if floor is None:
            return timeline
        old = [_before_year(t.date, floor) for t in timeline]
        return [t for t, o in zip(timeline, old) if not o] + [replace(t, background=True)
                                                               for t, o in zip(timeline, old) if o]
    story = [replace(t, background=False) for t in timeline if in_story(t.date, event)]
    return story + [replace(t, background=True) for t in timeline if not in_story(t.date, event)]


__all__ = ["STORY_DAYS", "event_what", "event_where", "event_day", "find_event", "names_place", "title_line",
           "in_story", "lead_text", "story_first"]
