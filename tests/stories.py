"""Made-up stories that the site tests render: every field the templates handle, and every hostile string.

`flood_*`: a flash-flood story told by two sources (corrections, removed lines, quotes with roles, facts, a
conflict with and without a resolution, a timeline, entities with aliases).  `hostile_*`: article text that
tries Jinja, Markdown, HTML, admonition and snippet syntax in every field the site shows.
Not the demo corpus.  Not a test module (no `test_` prefix): imported by test_render, test_escaping, test_browser.
"""
from __future__ import annotations

from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    Entity,
    Evidence,
    Fact,
    Note,
    Passage,
    Person,
    Quote,
    QuoteGroup,
    QuoteRef,
    Removed,
    SourceInfo,
    Summary,
    SummaryFact,
    TimelineEvent,
)

HERALD_BODY = [
    "Flash floods swept through three towns in the Turia valley on Tuesday night, killing at least 62 people, "
    "regional officials said.",
    "“We have never seen the river rise this fast,” said Maria Lopez, head of the regional emergency service.",
    "Rescue teams worked through the night to reach villages cut off by landslides.",
    "Mayor Carlos Vidal said the town hall would stay open as a shelter. “Nobody will sleep in the street,” he said.",
]
LEDGER_BODY = [
    "At least 70 people died in the floods, according to a hospital official in Valencia.",
    "Lopez told reporters the warning system had “worked as designed, but the rain did not.”",
]



def quote_speakers(body: list[str]) -> dict[str, object]:
    """Each quote the extractor finds in `body`, with its speaker (or its joint speakers): what the speaker tests
    compare."""
    from generator.quotes import find_quotes
    return {q.text: q.speakers or q.speaker for q in find_quotes(body, [])}


def titled_source(sid: str, title: str, body: list[str]) -> Briefing:
    """A source with a title and a body, its dates read from the body: the shape the story tests build."""
    from generator.facts.date_mentions import find_dates
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body, dates=find_dates(body))

def flood_briefings() -> list[Briefing]:
    herald = Briefing(
        source=SourceInfo(id="coastal-herald-floods", file="herald.html", title="Floods kill dozens in Turia valley",
                          outlet="Coastal Herald", url="https://herald.example/floods", published="2024-10-30",
                          author="Ana Ruiz"),
        notes=[Note(kind="correction", text="An earlier version misspelled the name of the mayor."),
               Note(kind="contributors", text="Reporting by Ana Ruiz and Tomas Gil.")],
        removed=[Removed(kind="share", text="Share this article on Facebook", reason="share prompt"),
                 Removed(kind="newsletter", text="Sign up for our morning newsletter", reason="newsletter")],
        body=HERALD_BODY,
        quotes=[Quote(id="q-1", text="We have never seen the river rise this fast,", speaker="Maria Lopez",
                      role="head of the regional emergency service", paragraph=2),
                Quote(id="q-2", text="Nobody will sleep in the street,", speaker="Carlos Vidal", role="Mayor",
                      paragraph=4)],
        people=[Person(name="Maria Lopez", role="head of the regional emergency service"),
                Person(name="Carlos Vidal", role="Mayor")],
        facts=[Fact(id="f-1", kind="count", statement="Flood deaths", value=62, unit="dead", qualifier="at least",
                    paragraph=1, evidence=HERALD_BODY[0])],
        places=["Turia valley"], organizations=["regional emergency service"])
    ledger = Briefing(
        source=SourceInfo(id="daily-ledger-floods", file="ledger.txt", title="Valencia flood toll rises",
                          url="javascript:alert(document.cookie)"),
        body=LEDGER_BODY,
        quotes=[Quote(id="q-9", text="worked as designed, but the rain did not.", speaker="Lopez", paragraph=2,
                      partial=True)],
        facts=[Fact(id="f-2", kind="count", statement="Flood deaths", value=70, unit="dead", qualifier="at least",
                    paragraph=1, evidence=LEDGER_BODY[0])],
        places=["Valencia", "Turia Valley"])
    return [herald, ledger]


def flood_summary(resolved: bool = False) -> Summary:
    return Summary(
        title="Flash floods in the Turia valley", anchor="2024-10-29",
        entities=[Entity(name="Maria Lopez", kind="person", aliases=["Lopez"],
                         sources=["coastal-herald-floods", "daily-ledger-floods"],
                         roles={"coastal-herald-floods": "head of the regional emergency service"}),
                  Entity(name="Turia valley", kind="place", aliases=["Turia Valley"],
                         sources=["coastal-herald-floods", "daily-ledger-floods"])],
        facts=[SummaryFact(id="deaths", statement="People killed by the floods", value=62, unit="dead",
                           qualifiers={"coastal-herald-floods": "at least", "daily-ledger-floods": "at least"},
                           sources=["coastal-herald-floods", "daily-ledger-floods"],
                           evidence={"coastal-herald-floods": Passage(1, HERALD_BODY[0]),
                                     "daily-ledger-floods": Passage(1, LEDGER_BODY[0])}),
               SummaryFact(id="towns", statement="Towns hit", value=3, unit="towns",
                           sources=["coastal-herald-floods"],
                           evidence={"coastal-herald-floods": Passage(1, HERALD_BODY[0])})],
        conflicts=[Conflict(id="death-toll", subject="Flood victims", attribute="death toll", values=[
            ConflictValue(value="at least 62", sources=["coastal-herald-floods"],
                          evidence=[Evidence("coastal-herald-floods", 1, HERALD_BODY[0])]),
            ConflictValue(value="at least 70", sources=["daily-ledger-floods"],
                          evidence=[Evidence("daily-ledger-floods", 1, LEDGER_BODY[0], None)])],
            resolution="70, per the later hospital count" if resolved else None)],
        quotes=[QuoteGroup(speaker="Lopez", role="head of the regional emergency service", sources=[
                    QuoteRef("coastal-herald-floods", "q-1", HERALD_BODY[1][1:45], 2),
                    QuoteRef("daily-ledger-floods", "q-9", "worked as designed", 2)]),
                QuoteGroup(speaker="Carlos Vidal", sources=[
                    QuoteRef("coastal-herald-floods", "q-2", "Nobody will sleep in the street,", 4)])],
        timeline=[TimelineEvent(date="2024-10-29", event="Flash floods hit three towns",
                                sources=["coastal-herald-floods"]),
                  TimelineEvent(date="2024-10", event="Month of record rainfall", sources=["daily-ledger-floods"])])



HOSTILE = [
    "{{ 7*7 }}", "{% include 'mkdocs.yml' %}", "# heading", "---", "| a | b |", "[x](javascript:alert(1))",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "!!! note", '--8<-- "mkdocs.yml"',
    "{: onclick=alert(1) }", "</title><script>alert(2)</script>", "<a href='javascript:alert(1)'>click</a>", "&lt;script&gt;", "`code` *em* _u_",
]
ALL = " ".join(HOSTILE)
SID = "hostile-source"


def hostile_briefing() -> Briefing:
    body = [f"Paragraph {i}: the council said {h} after the vote." for i, h in enumerate(HOSTILE, 1)]
    return Briefing(
        source=SourceInfo(id=SID, file="evil<script>.html", title=f"Title {ALL}", outlet=f"Outlet {ALL}",
                          url="javascript:alert(1)", published="<script>alert(1)</script>", author=ALL),
        notes=[Note(kind="correction", text=f"Correction {ALL}"), Note(kind="update", text=ALL),
               Note(kind="tweet", text=ALL, author=ALL, handle="@x<script>", date="2024-01-01")],
        removed=[Removed(kind="ad", text=h, reason=h) for h in HOSTILE],
        body=body,
        quotes=[Quote(id=f"q{i}", text=h, speaker=f"Speaker {h}", role=h, paragraph=i)
                for i, h in enumerate(HOSTILE, 1)],
        people=[Person(name=f"Person {h}", role=h) for h in HOSTILE[:3]],
        facts=[Fact(id=f"f{i}", kind="text", statement=h, value=h, unit=h, qualifier=h, paragraph=i)
               for i, h in enumerate(HOSTILE, 1)],
        places=HOSTILE[:4], organizations=HOSTILE[4:8])


def hostile_summary() -> Summary:
    ev = [Evidence(SID, 1, ALL, "<script>alert(1)</script>")]
    return Summary(
        title=f"Event {ALL}", anchor="<img src=x onerror=alert(1)>",
        entities=[Entity(name=f"Entity {h}", kind=k, aliases=[h], sources=[SID], roles={SID: h})
                  for h in HOSTILE for k in ("person", "organization", "place")][:12],
        facts=[SummaryFact(id="f", statement=ALL, value=ALL, unit=ALL, qualifiers={SID: ALL}, sources=[SID],
                           evidence={SID: Passage(1, ALL)})],
        conflicts=[Conflict(id="c", subject=ALL, attribute=ALL, resolution=ALL,
                            values=[ConflictValue(value=h, sources=[SID, "unknown<script>"], evidence=ev)
                                    for h in HOSTILE[:3]])],
        quotes=[QuoteGroup(speaker=h, role=h, sources=[QuoteRef(SID, "q1", h, 1)])
                for h in HOSTILE],
        timeline=[TimelineEvent(date=h, event=h, sources=[SID]) for h in HOSTILE])
