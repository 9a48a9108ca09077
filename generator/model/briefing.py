"""Typed data passed between the pipeline stages.

sources -> SourceDocument -> clean -> CleanedText -> quotes/facts -> Briefing
-> consolidate -> Summary -> store (YAML) / render (Markdown).

Every stage is a pure function over these types; only `sources` reads files and only
`store` and `render` write them.  Field order here is the key order in the YAML files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Protocol

from generator.model.fields import MACHINE_FIELD, YAML_KEY, ReadsAsMapping, extra, id_from, keyed, machine, merged_as
from generator.model.kinds import (
    NOTE_KINDS,
    REMOVED_KINDS,
    EntityKind,
    EvidenceOrigin,
    FactKind,
    Granularity,
    NoteKind,
    QuoteKind,
    RemovedKind,
    SourceFormat,
)
from generator.model.relative import RelativeDate

__all__ = ["NOTE_KINDS", "REMOVED_KINDS"]     # re-exported: defined in `kinds`

#: Bump when extraction output changes, so `briefing build` re-extracts unchanged sources.
EXTRACTOR_VERSION = "148"



@dataclass
class SourceDocument:
    """One corpus file, decoded. `text` is the page's markup for HTML, the plain text otherwise."""

    file: str                      # file name relative to the corpus folder
    format: SourceFormat
    text: str
    sha256: str                    # of the raw bytes
    encoding: str = "utf-8"
    problems: list[str] = field(default_factory=list)   # decoding warnings, shown as notes
    given: dict[str, str] = field(default_factory=dict)  # front matter: title, published … (text); url, fetched (page)
    shown: dict[str, str] = field(default_factory=dict)  # what a plain-text page shows (headline, date line …)


@dataclass
class SourceInfo:
    id: str = field(metadata=MACHINE_FIELD)
    file: str = field(metadata=MACHINE_FIELD)
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None        # ISO date, when the page says
    sha256: str = machine("")
    author: Optional[str] = None
    extractor: str = machine(EXTRACTOR_VERSION)
    fetched: Optional[str] = extra()       # when `briefing add` fetched the page (ISO 8601 UTC)
    language: Optional[str] = extra()      # when the front matter gives it


@dataclass
class Note:
    """Information kept out of the body but never lost (correction, contributors, tweet …)."""

    kind: NoteKind
    text: str
    author: Optional[str] = extra()  # tweets: display name
    handle: Optional[str] = extra()  # tweets: @handle
    date: Optional[str] = extra()    # tweets: ISO date


@dataclass
class Removed:
    """A line taken out as boilerplate, with why, so a reader can audit the cleaner."""

    kind: RemovedKind
    text: str
    reason: str = ""


@dataclass
class CleanedText:
    """Output of `clean`: the article body as paragraphs plus metadata, notes and removals."""

    title: Optional[str]
    body: list[str]
    notes: list[Note] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None


def joint_name(names: list[str]) -> str:
    """How a quote several people speak together reads: 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def speaker_names(speaker: Optional[str], speakers: Optional[list[str]]) -> list[str]:
    """Everyone who speaks a quote: the `speakers` list while `speaker` still reads as that list (a hand edit of
    `speaker` wins over a stale list), else the one `speaker`, else nobody."""
    if speakers and speaker == joint_name(speakers):
        return list(speakers)
    return [speaker] if speaker else []


@dataclass
class Quote:
    id: str = field(metadata=id_from("q", "text"))    # a quote a person adds without an id gets one from its words
    text: str
    speaker: Optional[str] = None     # readable, hand-editable: "Gary Peters, Debbie Stabenow and Sherrod Brown"
    speakers: Optional[list[str]] = extra()  # the people of a joint `speaker`, one each (absent for one speaker)
    role: Optional[str] = None
    cue: Optional[str] = None
    paragraph: Optional[int] = None   # 1-based index into body; None for a quote from a note (tweet)
    partial: bool = False
    unclosed: bool = False
    kind: QuoteKind = "quote"
    note: Optional[int] = extra()     # 1-based index into notes, for tweets

    def speaker_names(self) -> list[str]:
        return speaker_names(self.speaker, self.speakers)


@dataclass
class Person:
    name: str
    role: Optional[str] = None
    affiliation: Optional[str] = None
    mentions: list[str] = field(default_factory=list)


@dataclass
class Fact:
    id: str = field(metadata=id_from("f", "statement"))
    kind: FactKind
    statement: str
    value: Any = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    paragraph: Optional[int] = None
    evidence: Optional[str] = None
    subject: Optional[str] = extra()  # what the value belongs to ("Wendy Sherman" for a title)
    rank: Optional[int] = extra()


@dataclass
class DateMention:
    text: str
    date: Optional[str]               # ISO day, YYYY-MM, YYYY or an interval "A/B"
    event: Optional[str] = None
    anchor: Optional[str] = extra()   # what a relative date was resolved against
    paragraph: Optional[int] = None
    granularity: Granularity = "day"
    relative: Optional[RelativeDate] = extra()   # what a relative date says, for re-anchoring


@dataclass
class Facts:
    """Output of `facts`: everything extracted besides quotes."""

    people: list[Person] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


@dataclass
class Briefing:
    """One source, as stored in `briefings/<id>.yaml`."""

    source: SourceInfo
    notes: list[Note] = keyed()
    removed: list[Removed] = keyed()
    body: list[str] = merged_as("aligned")           # paragraphs, aligned by content
    quotes: list[Quote] = keyed()
    people: list[Person] = keyed()
    facts: list[Fact] = keyed()
    places: list[str] = keyed()
    organizations: list[str] = keyed()
    dates: list[DateMention] = keyed()
    review: list[str] = merged_as("user")            # merge conflicts a person should look at


@dataclass
class Entity:
    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)   # source id -> role as that source gives it


@dataclass
class EntityMerge:
    """One name joined to an entity and why, so a person can undo it: `undo: true` keeps the `merged`
    names apart from `name` on every later build."""

    name: str
    kind: EntityKind
    merged: list[str] = field(default_factory=list)
    why: Optional[str] = extra()
    undo: Optional[bool] = extra()


class Located(Protocol):
    """Anything that says where in a source's body something is (a Passage, an Evidence, a QuoteRef)."""

    @property
    def paragraph(self) -> Optional[int]: ...


class Said(Located, Protocol):
    """One source's words with where they stand: what the site groups into wordings."""

    @property
    def source(self) -> str: ...

    @property
    def text(self) -> Optional[str]: ...


@dataclass
class Passage(ReadsAsMapping):
    """Where one source states an agreed fact: the paragraph of its body and the sentence."""

    paragraph: Optional[int] = None
    text: Optional[str] = None


@dataclass
class Evidence(ReadsAsMapping):
    """One source's words for a value (of a conflict or an update): where, what it says, and the part of the
    article it comes from (a correction or caption is shown as such)."""

    source: str
    paragraph: Optional[int] = None
    text: Optional[str] = None
    origin: EvidenceOrigin = field(default="body", metadata={YAML_KEY: "from"})   # `from:` in the YAML


@dataclass
class SourceRef(ReadsAsMapping):
    """Where a change on the updates page can be read: a source, at a paragraph when known."""

    source: str
    paragraph: Optional[int] = extra()


@dataclass
class QuoteRef(ReadsAsMapping):
    """One source's wording of a grouped quote: the quote's id in that source's briefing, its text, where."""

    source: str
    quote: str
    text: str
    paragraph: Optional[int] = None


@dataclass
class SummaryFact:
    id: str
    statement: str
    value: Any = None
    unit: Optional[str] = None
    qualifiers: dict[str, Optional[str]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    evidence: dict[str, Passage] = field(default_factory=dict)  # source id -> where it says so
    background: bool = False          # who holds which office, history: shown below the headline facts


@dataclass
class ConflictValue:
    value: Any
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Conflict:
    id: str
    subject: str
    attribute: str
    values: list[ConflictValue] = field(default_factory=list)
    resolution: Any = None


@dataclass
class UpdateValue:
    """One step of a developing value: what it was, from when (publication day, when known), who said so."""

    value: Any
    published: Optional[str] = None
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Update:
    """A value that changes as the story develops (a toll of 127, then 129, then 130): not a disagreement."""

    id: str
    subject: str
    summary: str = ""                 # 'rose from 127 to 130'
    order: str = ""                   # what orders the steps: publication date | revision words | value
    values: list[UpdateValue] = field(default_factory=list)


@dataclass
class QuoteGroup:
    speaker: Optional[str]
    role: Optional[str] = None
    sources: list[QuoteRef] = field(default_factory=list)    # each source's wording
    speakers: Optional[list[str]] = extra()                  # the people of a joint `speaker`

    def speaker_names(self) -> list[str]:
        return speaker_names(self.speaker, self.speakers)


@dataclass
class TimelineEvent:
    date: str
    event: str
    sources: list[str] = field(default_factory=list)
    background: bool = False          # before the story's days: shown after them, collapsed


@dataclass
class SummaryEvent:
    """What happened, where and when, as most sources' titles and leads say; `sources` name it.  `when` is an
    ISO day, or when no source fixes the day the precision the text supports: a month ('2008-08'), a range
    of months ('2014-02/2014-05') or a year ('2014')."""

    what: Optional[str] = None
    where: Optional[str] = None
    when: Optional[str] = None
    sources: list[str] = field(default_factory=list)


@dataclass
class WaitingResolution:
    """A person's `resolution:` whose conflict is absent from this build (two sources moved out, say):
    kept here and put back on the conflict when it returns."""

    id: str
    subject: str = ""
    attribute: str = ""
    resolution: Any = None


@dataclass
class Summary:
    """The consolidated view across sources: `briefings/summary.yaml`."""

    title: Optional[str] = None
    anchor: Optional[str] = None
    event: Optional[SummaryEvent] = None
    entities: list[Entity] = field(default_factory=list)
    facts: list[SummaryFact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    merges: list[EntityMerge] = field(default_factory=list)  # how the entities were joined, for undo
    waiting: list[WaitingResolution] = field(default_factory=list)   # resolutions whose conflict is absent
