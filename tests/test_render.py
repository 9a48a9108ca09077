"""Render stage: typed data -> Markdown pages (no MkDocs here; test_site builds real sites).

The fixture is a made-up flood story, not the demo corpus, with every field the templates
handle: corrections, removed lines, quotes with roles, facts, a conflict with and without a
resolution, a timeline and entities with aliases.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

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
    Update,
    UpdateValue,
)
from generator.site import home as site_summary
from generator.site import page_model as site_model
from generator.site.page_model import page_name
from generator.site.render import md_escape, render_site, safe_url

TEMPLATES = None          # the built-in templates, no project overrides

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


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    out = tmp_path / "docs"
    render_site(flood_briefings(), flood_summary(), TEMPLATES, out)
    return out


def test_source_page_anchors_every_paragraph_and_links_quotes_and_facts_to_them(docs: Path):
    page = (docs / "sources" / "coastal-herald-floods.md").read_text(encoding="utf-8")
    ids = [int(n) for n in re.findall(r'<p id="p-(\d+)" class="bf-para"', page)]
    assert ids == list(range(1, len(HERALD_BODY) + 1))
    quotes = page[page.index("## Quotes"):page.index("## Facts")]
    assert "[¶2](#p-2)" in quotes and "[¶4](#p-4)" in quotes          # each quote card links its paragraph
    facts = page[page.index("## Facts"):page.index("## Text")]
    assert '<tr><td>Flood deaths</td><td>at least 62 dead</td><td><a href="#p-1">¶1</a></td></tr>' in facts


def test_source_page_header_notices_and_removed_lines(docs: Path):
    page = (docs / "sources" / "coastal-herald-floods.md").read_text(encoding="utf-8")
    assert "**Coastal Herald** · 30 October 2024 · by Ana Ruiz" in page
    assert '<a class="bf-original" href="https://herald.example/floods"' in page
    assert '!!! danger "Correction"\n    An earlier version misspelled' in page
    assert "Reporting by Ana Ruiz" in page[page.index("## Notes"):]            # other notes: not an admonition
    removed = page[page.index('<details class="note">\n<summary>Removed as boilerplate (2)</summary>'):]
    assert "<details open" not in removed                                     # collapsed, at the end
    assert "Share this article on Facebook" in removed and "newsletter" in removed


def test_javascript_url_never_becomes_a_link(docs: Path):
    page = (docs / "sources" / "daily-ledger-floods.md").read_text(encoding="utf-8")
    assert "javascript" not in page.lower() and "bf-original" not in page
    assert "Outlet not named" in page


@pytest.mark.parametrize("url, ok", [
    ("https://news.example/a?b=1&c=2", True), ("http://news.example/", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/x", False),
    ("https://", False), ("https://ok.example/\"onmouseover=alert(1)", True), ("", False), (None, False),
])
def test_safe_url_only_allows_http_and_escapes_quotes(url, ok):
    out = safe_url(url)
    assert (out is not None) == ok
    if out is not None:
        assert '"' not in str(out) and "<" not in str(out)


def test_summary_shows_event_badges_conflict_timeline_quotes_and_sources(docs: Path):
    page = (docs / "index.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "Flash floods in the Turia valley"\n---\n')   # <title> set safely
    assert "\n# Flash floods in the Turia valley\n" in page
    assert "**Where:** Turia valley · **When:** 29 October 2024" in page       # the title is the what
    assert ">2 of 2 sources</span>" in page and ">1 of 2 sources</span>" in page
    conflict = page[page.index("## Conflicts"):page.index("## Timeline")]
    assert '!!! danger "Conflict: Flood victims — death toll"' in conflict
    assert "**at least 62**" in conflict and "**at least 70**" in conflict
    assert "(sources/daily-ledger-floods.md#p-1" in conflict                  # evidence links its paragraph
    assert "Unresolved" in conflict
    timeline = page[page.index("## Timeline"):page.index("## Quotes by speaker")]
    assert "| 29 October 2024 | Flash floods hit three towns |" in timeline
    assert "| October 2024 | Month of record rainfall |" in timeline
    quotes = page[page.index("## Quotes by speaker"):page.index("## Sources")]
    assert "### [Lopez](people/maria-lopez.md)" in quotes                     # alias resolves to the person page
    assert "\n    - “worked as designed” — [Valencia flood toll rises ¶2](sources/daily-ledger-floods.md#p-2" in quotes
    assert ">2 of 2 sources</span>" in quotes                                 # one statement, two sources
    sources = html.unescape(page[page.index("## Sources"):])
    assert "| Coastal Herald | 2024-10-30 | 2 | 1 | **1** |" in sources       # one correction counted


def test_resolution_replaces_the_unresolved_prompt(tmp_path: Path):
    render_site(flood_briefings(), flood_summary(resolved=True), TEMPLATES, tmp_path)
    page = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert '!!! success "Resolved: Flood victims — death toll"' in page
    assert "**Resolution:** 70, per the later hospital count" in page
    assert "Unresolved" not in page


def test_people_pages_merge_aliases_and_give_each_sources_role(docs: Path):
    people = sorted(p.name for p in (docs / "people").glob("*.md"))
    assert people == ["carlos-vidal.md", "index.md", "maria-lopez.md"]          # "Lopez" is not a second person
    page = (docs / "people" / "maria-lopez.md").read_text(encoding="utf-8")
    assert "| [Coastal Herald](../sources/coastal-herald-floods.md" in page
    assert "head of the regional emergency service" in page
    assert "(../sources/daily-ledger-floods.md#p-2" in page                   # her quote in the second source
    index = (docs / "people" / "index.md").read_text(encoding="utf-8")
    assert "[Maria Lopez](../people/maria-lopez.md)" in index
    places = index[index.index("## Places"):]
    assert "| Turia valley | Turia Valley |" in places and "| Valencia |" in places


def test_people_fall_back_to_speakers_and_briefing_people_without_entities():
    found = site_model.people(Summary(quotes=flood_summary().quotes), flood_briefings())
    names = {p.name: p for p in found}
    assert set(names) == {"Maria Lopez", "Carlos Vidal", "Lopez"}            # no entity says Lopez = Maria Lopez
    assert names["Carlos Vidal"].roles == {"coastal-herald-floods": "Mayor"}
    assert len({p.page for p in found}) == len(found)


def test_rendering_twice_writes_nothing_and_stale_pages_are_removed(tmp_path: Path):
    briefings = flood_briefings()
    first = render_site(briefings, flood_summary(), TEMPLATES, tmp_path)
    again = render_site(briefings, flood_summary(), TEMPLATES, tmp_path)
    assert first.written and again.written == [] and again.unchanged == len(first.written)
    smaller = render_site(briefings[:1], Summary(), TEMPLATES, tmp_path)
    assert "sources/daily-ledger-floods.md" in smaller.deleted
    assert not (tmp_path / "sources" / "daily-ledger-floods.md").exists()
    assert (tmp_path / "stylesheets" / "briefing.css").exists()                # assets copied beside the pages


def test_only_limits_the_source_pages_rerendered(tmp_path: Path):
    briefings = flood_briefings()
    render_site(briefings, flood_summary(), TEMPLATES, tmp_path)
    briefings[0].body[0] = "Flash floods swept through four towns on Tuesday night."
    briefings[1].body[0] = "At least 75 people died."
    report = render_site(briefings, flood_summary(), TEMPLATES, tmp_path, only={"daily-ledger-floods"})
    assert "sources/daily-ledger-floods.md" in report.written
    assert "sources/coastal-herald-floods.md" not in report.written


def test_hostile_ids_cannot_leave_the_docs_folder(tmp_path: Path):
    b = flood_briefings()[0]
    b.source.id = "../../outside"
    render_site([b], Summary(), TEMPLATES, tmp_path / "docs")
    assert not (tmp_path / "outside.md").exists()
    pages = [p.name for p in (tmp_path / "docs" / "sources").glob("*.md") if p.name != "index.md"]
    assert pages == [f"{page_name('../../outside')}.md"] and "/" not in page_name("../../outside")


def test_md_escape_keeps_text_on_one_line_and_neutralises_markup():
    out = md_escape("# Title\n\n| a | b |\n<b>x</b> [l](u) {{ 7*7 }}")
    assert "\n" not in out
    assert not re.search(r"[#|<>\[\]{}]", re.sub(r"&#\d+;", "", out))
    assert html.unescape(out) == "# Title | a | b | <b>x</b> [l](u) {{ 7*7 }}"


@pytest.mark.parametrize("value, unit, shown", [
    (100000, "troops", "100,000 troops"), ("2022-01-12", "date", "12 January 2022"), (2.5, "hours", "2.5 hours"),
    (None, "dead", ""), (["Brussels", "Geneva"], None, "Brussels, Geneva"), (True, None, "yes"),
])
def test_display_value(value, unit, shown):
    assert site_model.display_value(value, unit) == shown


@pytest.mark.parametrize("iso, shown", [
    ("2014-04", "April 2014"), ("2012/2018", "2012 – 2018"), ("2022-01-12T09:30:00+01:00", "12 January 2022"), ("1990s", "1990s"), ("2022-13-01", "2022-13-01"),
])
def test_human_date(iso, shown):
    assert site_model.human_date(iso) == shown


def test_page_title_front_matter_cannot_close_the_title_element():
    from generator.site.render import front_matter_title
    out = str(front_matter_title('Talks end </title><script>alert("x")</script>\n# next'))
    assert out.startswith("---\ntitle: ") and out.endswith("\n---\n") and out.count("\n") == 3
    assert "<" not in out and "&lt;/title&gt;" in out


def test_speaker_sections_gather_one_speakers_statements_and_put_unattributed_last():
    groups = [QuoteGroup(speaker=None, sources=[QuoteRef("a", "", "x")]),
              QuoteGroup(speaker="Maria Lopez", sources=[QuoteRef("a", "", "y"), QuoteRef("b", "", "y2")]),
              QuoteGroup(speaker="Carlos Vidal", sources=[QuoteRef("a", "", "z")]),
              QuoteGroup(speaker="maria  lopez", role="regional emergency chief", sources=[QuoteRef("b", "", "w")]),
              QuoteGroup(speaker="Nobody", sources=[])]
    sections = site_model.speaker_sections(groups)
    assert [s.speaker for s in sections] == ["Maria Lopez", "Carlos Vidal", None]
    assert len(sections[0].groups) == 2 and sections[0].role == "regional emergency chief"
    assert site_model.group_sources(groups[1]) == ["a", "b"]


def test_an_organisation_quoted_as_speaker_gets_no_person_page():
    summary = flood_summary()
    summary.entities.append(Entity(name="Regional Emergency Service", kind="organization", aliases=["RES"]))
    summary.quotes.append(QuoteGroup(speaker="RES", sources=[QuoteRef("coastal-herald-floods", "", "Stay home")]))
    names = [p.name for p in site_model.people(summary, flood_briefings())]
    assert "RES" not in names and "Maria Lopez" in names


def test_paragraph_numbers_past_the_end_are_shown_without_a_dead_link(tmp_path: Path):
    briefings = flood_briefings()
    briefings[0].quotes[0].paragraph = 99          # a hand-edited YAML or a stale summary
    briefings[0].facts[0].paragraph = 0
    summary = flood_summary()
    summary.quotes[0].sources[0].paragraph = 99
    render_site(briefings, summary, TEMPLATES, tmp_path)
    source = (tmp_path / "sources" / "coastal-herald-floods.md").read_text(encoding="utf-8")
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "#p-99" not in source and "#p-0" not in source and "#p-99" not in home
    assert "We have never seen the river rise this fast" in source      # the quote itself still shows
    assert "[¶4](#p-4)" in source                                          # valid numbers still link


def test_long_source_lists_are_capped_so_pages_do_not_grow_with_the_corpus(tmp_path: Path):
    from generator.site.render import LIST_LIMIT
    many = [f"outlet-{i}" for i in range(LIST_LIMIT + 5)]
    briefings = [Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=f"Report {sid}"),
                          body=["Officials confirmed the dam held."]) for sid in many]
    summary = Summary(facts=[SummaryFact(id="dam", statement="The dam held", value="held", sources=many)],
                      conflicts=[Conflict(id="c", subject="Dam", attribute="state", values=[
                          ConflictValue(value="held", sources=many,
                                        evidence=[Evidence(s, 1, "held") for s in many]),
                          ConflictValue(value="breached", sources=many[1:] + many[:1])])])   # no evidence
    render_site(briefings, summary, TEMPLATES, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert f">{len(many)} of {len(many)} sources</span>" in home          # the count is still exact
    assert home.count("+ 5 more") == 2                        # fact cell, sources of the value without evidence
    evidence_left = len(many) - site_summary.WORDING_LINKS                 # one sentence, all 13 sources
    assert ": “held”" in home and f"+ {evidence_left} more" in home
    assert "(sources/outlet-12.md" not in home.split("## Sources")[0]      # … but not every link


def test_a_tweet_quote_links_to_its_note_and_the_tweet_shows_its_author(tmp_path: Path):
    b = flood_briefings()[0]
    b.notes.append(Note(kind="tweet", text="Evacuation centres are open in Paterna and Manises.",
                        author="Valencia Emergencies", handle="@emergencias_val", date="2024-10-30"))
    b.quotes.append(Quote(id="q-t", text="Evacuation centres are open in Paterna and Manises.",
                          speaker="Valencia Emergencies", kind="tweet", note=len(b.notes)))
    b.quotes.append(Quote(id="q-x", text="Stay away from the riverbed.", kind="tweet", note=99))
    render_site([b], Summary(), TEMPLATES, tmp_path)
    page = html.unescape((tmp_path / "sources" / "coastal-herald-floods.md").read_text(encoding="utf-8"))
    assert f"· [tweet](#n-{len(b.notes)})" in page
    assert f'<div id="n-{len(b.notes)}" class="bf-note" markdown>' in page
    assert '!!! quote "Tweet by Valencia Emergencies (@emergencias_val), 30 October 2024"' in page
    assert "#n-99" not in page                                              # no note 99: no dead link


# --- large corpora: pages worth having, an index split by outlet, pages skipped when unchanged -----

def _wire_briefing(i: int, outlet: str | None) -> Briefing:
    return Briefing(source=SourceInfo(id=f"storm-{i}", file=f"storm-{i}.txt", title=f"Storm update {i}",
                                      outlet=outlet, published=f"2023-11-{i % 28 + 1:02d}"),
                    body=[f"The storm cut power to {1000 + i} homes in the harbour district, the utility said."],
                    people=[Person(name=f"Reporter {i}", role="correspondent")])


def test_large_corpus_index_is_split_by_outlet_and_every_row_lands_on_one_page():
    rows = site_model.source_rows([_wire_briefing(i, ["Harbour Times", "Coast FM", None][i % 3])
                                   for i in range(23)])
    assert [g.page for g in site_model.source_groups(rows, per_page=50)] == ["index"]
    groups = site_model.source_groups(rows, per_page=5)
    assert "index" not in {g.page for g in groups} and len({g.page for g in groups}) == len(groups)
    assert sorted(r.id for g in groups for r in g.rows) == sorted(r.id for r in rows)
    assert all(len(g.rows) <= 5 for g in groups)
    assert groups[0].title.startswith("Coast FM (1 of ") and groups[-1].title.startswith("Outlet not named")


def test_people_named_in_one_source_get_no_page_in_a_large_corpus(tmp_path: Path, monkeypatch):
    briefings = [_wire_briefing(i, "Harbour Times") for i in range(6)]
    briefings[0].people.append(Person(name="Ines Albright", role="harbour master"))
    briefings[1].people.append(Person(name="Ines Albright", role="harbour master"))
    monkeypatch.setattr(site_model, "ALL_PEOPLE_PAGES_UP_TO", 3)
    monkeypatch.setattr(site_model, "SOURCES_PER_PAGE", 4)
    render_site(briefings, Summary(), TEMPLATES, tmp_path)
    people = sorted(p.name for p in (tmp_path / "people").glob("*.md"))
    assert people == ["index.md", "ines-albright.md"]
    index = (tmp_path / "people" / "index.md").read_text(encoding="utf-8")
    assert "6 more people are named in one source each" in index
    sources_index = (tmp_path / "sources" / "index.md").read_text(encoding="utf-8")
    assert "(by_outlet_harbour-times_1.md)" in sources_index and "storm-3" not in sources_index
    part = (tmp_path / "sources" / "by_outlet_harbour-times_1.md").read_text(encoding="utf-8")
    assert "(../sources/storm-0.md" in part and "[All outlets](index.md)" in part


def test_page_memo_skips_unchanged_pages_and_renders_a_changed_or_touched_one(tmp_path: Path):
    docs, memo = tmp_path / "docs", tmp_path / "cache"
    briefings = flood_briefings()
    first = render_site(briefings, flood_summary(), TEMPLATES, docs, memo_dir=memo)
    again = render_site(briefings, flood_summary(), TEMPLATES, docs, memo_dir=memo)
    assert first.written and not again.written
    briefings[0].body = ["Rescue teams reached the last cut-off hamlet on Thursday morning.", *briefings[0].body[1:]]
    page = docs / "sources" / "daily-ledger-floods.md"
    page.write_text("someone else's text", encoding="utf-8")         # a page changed behind our back
    third = render_site(briefings, flood_summary(), TEMPLATES, docs, memo_dir=memo)
    assert "sources/coastal-herald-floods.md" in third.written and "sources/daily-ledger-floods.md" in third.written
    assert "someone else" not in page.read_text(encoding="utf-8")
    assert "hamlet" in (docs / "sources" / "coastal-herald-floods.md").read_text(encoding="utf-8")
    assert third.unchanged >= 2                                            # the person pages were skipped


# --- site weight: a home page bounded at any corpus size, each quote once on a person page ---------

HARBOUR_QUOTES = [
    "We will rebuild the sea wall before the winter storms",
    "Nobody expected the tide to come in this high",
    "The ferry service will resume on Monday",
]


def _port_corpus(n: int) -> tuple[list[Briefing], Summary]:
    """n wire reports about a harbour storm, with far more facts, speakers and dates than a page can show."""
    ids = [f"port-{i}" for i in range(n)]
    briefings = [Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=f"Harbour storm: report {i} from the quay",
                                            outlet=f"Coast Radio {i % 7}"),
                          body=[f"The storm surge flooded {20 + i} warehouses along the quay, the port authority said."])
                 for i, sid in enumerate(ids)]
    facts = [SummaryFact(id=f"f{i}", statement=f"Warehouses flooded on pier {i}", value=i, unit="warehouses",
                         sources=ids[: 1 + (i * 7) % 9]) for i in range(n * 2)]
    quotes = [QuoteGroup(speaker=f"Harbour Official {s}", sources=[
        QuoteRef(ids[(s + k) % n], f"q{s}-{k}", f"{HARBOUR_QUOTES[k % 3]} ({s}, {k // 3})", 1)
        for k in range(1 + s % 4)]) for s in range(n)]
    timeline = [TimelineEvent(date=f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", event=f"Storm warning {i} issued",
                              sources=ids[: 1 + i % 5]) for i in range(n)]
    conflicts = [Conflict(id=f"c{i}", subject=f"Pier {i}", attribute="warehouses flooded", values=[
        ConflictValue(value=v, sources=[ids[(i + v) % n]],
                      evidence=[Evidence(ids[(i + v) % n], 1, f"{v} warehouses flooded")])
        for v in range(12)]) for i in range(3)]
    return briefings, Summary(title="Storm surge floods the harbour", facts=facts, quotes=quotes, timeline=timeline,
                              conflicts=conflicts)


def test_home_page_says_what_it_left_out_and_does_not_grow_with_the_corpus(tmp_path: Path):
    sizes = {}
    for n in (150, 600):
        briefings, summary = _port_corpus(n)
        render_site(briefings, summary, TEMPLATES, tmp_path / str(n))
        home = (tmp_path / str(n) / "index.md").read_text(encoding="utf-8")
        sizes[n] = len(home.encode("utf-8"))
        facts_left = 2 * n - site_summary.HEADLINE_FACTS - site_summary.MORE_FACTS
        assert f"And {facts_left} more facts, each reported by fewer sources" in home
        assert f"And {n - site_summary.TIMELINE_EVENTS} more dates" in home
        assert f"And {n - site_summary.SPEAKERS} more speakers" in home
        assert home.count("\n### ") == site_summary.SPEAKERS
        assert home.count('!!! danger "Conflict:') == 3                      # every conflict is kept …
        assert home.count("+ 4 more values") == 3                            # … each with its 8 main values
        assert f"{n} sources, listed by outlet in [the sources index](sources/index.md)" in home \
            or f"{n} sources, listed in [the sources index](sources/index.md)" in home
    assert sizes[600] < 1.1 * sizes[150] and sizes[600] < 120_000


def test_timeline_keeps_the_best_supported_dates_in_date_order():
    events = [TimelineEvent(date=f"2023-03-{d:02d}", event=f"Event {d}", sources=[f"s{i}" for i in range(d % 4 + 1)])
              for d in range(1, 29)]
    shown = site_summary.top_in_order(events, lambda t: len(t.sources), 10)
    assert shown.left_out == 18 and len(shown.shown) == 10
    assert [t.date for t in shown.shown] == sorted(t.date for t in shown.shown)
    assert min(len(t.sources) for t in shown.shown) >= max(len(t.sources) for t in events if t not in shown.shown)


def test_a_quote_reported_by_three_sources_appears_once_on_the_person_page(tmp_path: Path):
    ids = ["tide-gazette", "quay-news", "bay-times"]
    briefings = [Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=f"Harbour master warns of surge ({sid})"),
                          body=["“Keep away from the sea wall tonight,” harbour master Ines Albright said."],
                          people=[Person(name="Ines Albright", role="harbour master" if sid != "bay-times"
                                         else "Harbour Master")])
                 for sid in ids]
    texts = ["Keep away from the sea wall tonight,", "keep away from the sea wall tonight", "Keep away from the sea-wall tonight."]
    summary = Summary(quotes=[QuoteGroup(speaker="Ines Albright", sources=[
        QuoteRef(sid, "q1", t, 1) for sid, t in zip(ids, texts)])])
    render_site(briefings, summary, TEMPLATES, tmp_path)
    page = (tmp_path / "people" / "ines-albright.md").read_text(encoding="utf-8")
    quotes = page[page.index("## Quotes"):page.index("## Sources")]
    assert quotes.count("“") == 1 and ">3 of 3 sources</span>" in quotes
    assert all(f"(../sources/{sid}.md#p-1" in quotes for sid in ids)
    roles = page[page.index("## Roles"):page.index("## Quotes")]
    assert roles.count("| harbour master |") == 1 and "Harbour Master" not in roles      # one row per role


def test_wordings_group_the_same_words_and_put_the_most_reported_first():
    items = [QuoteRef("a", "", "We are ready to talk."), QuoteRef("b", "", "We will not move troops"),
             QuoteRef("c", "", "we are ready to talk"), QuoteRef("c", "", "We are ready to talk!"),
             QuoteRef("d", "", "We’re ready to talk")]
    found = site_summary.wordings(items)
    assert [w.text for w in found] == ["We are ready to talk.", "We will not move troops", "We’re ready to talk"]
    assert found[0].sources == ["a", "c"] and found[0].paragraphs["c"].paragraph is None


def test_source_links_carry_the_full_title_only_when_the_label_shortens_it(tmp_path: Path):
    briefings = flood_briefings()
    render_site(briefings, flood_summary(), TEMPLATES, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert '(sources/coastal-herald-floods.md#p-1 "Floods kill dozens in Turia valley")' in home   # label: outlet
    assert "(sources/daily-ledger-floods.md#p-1)" in home            # the label is the whole title: no tooltip
    people = (tmp_path / "people" / "index.md").read_text(encoding="utf-8")
    assert '.md "' not in people                                      # the lean index has no tooltips


def test_pages_are_written_without_fsync_and_one_summary_edit_renders_a_handful(tmp_path: Path, monkeypatch):
    import os
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(AssertionError("fsync on a derived page")))
    briefings, summary = _port_corpus(150)
    docs, memo = tmp_path / "docs", tmp_path / "cache"
    first = render_site(briefings, summary, TEMPLATES, docs, memo_dir=memo)
    assert len(first.written) > 150 and not list(docs.rglob(".*.tmp"))
    summary.quotes[3].sources[0].text = "The ferry service will resume on Tuesday"    # quoted by 4 sources
    again = render_site(briefings, summary, TEMPLATES, docs, memo_dir=memo)
    assert sorted(again.written) == ["index.md", "people/harbour-official-3.md"]
    assert again.unchanged == len(first.written) - 2                   # every other page is left as it was


@pytest.mark.parametrize("total, needed", [(5, 1), (100, 1), (101, 2), (800, 2), (1000, 3), (10_000, 25)])
def test_person_pages_need_a_share_of_a_large_corpus(total, needed):
    assert site_model.min_sources_for_page(total) == needed
    named = site_model.PersonPage(name="Ines Albright", sources=[f"s{i}" for i in range(needed)])
    assert site_model.worth_a_page(named, total)
    named.sources.pop()
    assert not site_model.worth_a_page(named, total)


# ---- issue 15: people pages for people only, one per person; developing values on the home page -------------

def test_no_person_page_for_a_venue_a_group_or_an_accent_or_dot_variant():
    summary = flood_summary()
    summary.entities.append(Entity(name="Carlos Vidal", kind="person", aliases=["Carlos Vidál", "Mr. Vidal"]))
    summary.quotes += [QuoteGroup(speaker=name, sources=[QuoteRef("coastal-herald-floods", "", "We are here")])
                       for name in ("Boulevard Marítimo", "Les Trois Marches Café", "Liberation Front",
                                    "Carlos Vidál", "Mr Vidal")]
    names = [p.name for p in site_model.people(summary, flood_briefings())]
    assert not {"Boulevard Marítimo", "Les Trois Marches Café", "Liberation Front"} & set(names)
    assert names.count("Carlos Vidal") == 1 and not {"Carlos Vidál", "Mr Vidal"} & set(names)


def test_the_home_page_shows_a_developing_value_as_a_series(tmp_path: Path):
    summary = flood_summary()
    summary.updates = [Update(id="people-killed", subject="people killed", summary="rose from 62 dead to 70 dead",
                              order="publication date", values=[
                                  UpdateValue(value="at least 62 dead", published="2024-10-30",
                                              sources=["coastal-herald-floods"]),
                                  UpdateValue(value="at least 70 dead", published="2024-10-31",
                                              sources=["daily-ledger-floods"])])]
    render_site(flood_briefings(), summary, TEMPLATES, tmp_path)
    page = (tmp_path / "index.md").read_text(encoding="utf-8")
    developing = page[page.index("## Developing"):page.index("## Conflicts")]
    assert '!!! note "people killed: rose from 62 dead to 70 dead"' in developing
    assert developing.index("at least 62 dead") < developing.index("at least 70 dead")
    assert "2024-10-31" in developing and "In order of publication date." in developing
