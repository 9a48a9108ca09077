"""Render stage: typed data -> Markdown pages (no MkDocs here; test_site builds real sites).

The fixture is the made-up flood story of `stories`, not the demo corpus.  Pages are read through
`rendered` (Python-Markdown with mkdocs.yml's extensions, then BeautifulSoup): the tests assert what a
reader sees (headings, admonitions, table rows, list items, links and their anchors), not the exact
Markdown, so a template can change its wording of the Markdown without breaking them.  The escaping
functions (`md_escape`, `safe_url`, `front_matter_title`) are still checked on their exact output.
"""
from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import pytest
from rendered import Link, Page, Part, read_page
from stories import HERALD_BODY, flood_briefings, flood_summary

from generator.model.briefing import (
    Briefing,
    Conflict,
    ConflictValue,
    Entity,
    Evidence,
    Note,
    Person,
    Quote,
    QuoteGroup,
    QuoteRef,
    SourceInfo,
    Summary,
    SummaryFact,
    TimelineEvent,
    Update,
    UpdateValue,
)
from generator.site import entity_pages
from generator.site import home as site_summary
from generator.site import page_model as site_model
from generator.site.escape import md_escape, safe_url
from generator.site.page_model import page_name
from generator.site.render import render_site

TEMPLATES = None          # the built-in templates, no project overrides


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    out = tmp_path / "docs"
    render_site(flood_briefings(), flood_summary(), TEMPLATES, out)
    return out


def test_source_page_anchors_every_paragraph_and_links_quotes_and_facts_to_them(docs: Path):
    page = read_page(docs / "sources" / "coastal-herald-floods.md")
    paragraphs = page.section("Text").select("p.bf-para")
    assert [p["id"] for p in paragraphs] == [f"p-{i}" for i in range(1, len(HERALD_BODY) + 1)]
    assert [Part([p]).text for p in paragraphs] == [f"{i} {text}" for i, text in enumerate(HERALD_BODY, 1)]
    cards = page.section("Quotes").select("li")                            # each quote card links its paragraph
    assert [[link.href for link in Part([c]).links() if link.href.startswith("#")] for c in cards] == \
        [["#p-2"], ["#p-4"]]
    assert "We have never seen the river rise this fast" in Part([cards[0]]).text
    facts = page.section("Facts")
    assert ["Flood deaths", "at least 62 dead", "¶1"] in facts.rows()
    assert Link("¶1", "#p-1", None) in facts.links()


def test_source_page_header_notices_and_removed_lines(docs: Path):
    page = read_page(docs / "sources" / "coastal-herald-floods.md")
    meta = Part(page.select("p.bf-meta")[:1])
    assert meta.text == "Coastal Herald · 30 October 2024 · by Ana Ruiz · Original article"
    assert [s.get_text() for s in meta.select("strong")] == ["Coastal Herald"]
    assert [a["href"] for a in meta.select("a.bf-original")] == ["https://herald.example/floods"]
    boxes = page.admonitions()
    assert [(a.kind, a.title) for a in boxes] == [("danger", "Correction"), ("note", "Removed as boilerplate (2)")]
    assert boxes[0].body.text.startswith("An earlier version misspelled")
    assert "Reporting by Ana Ruiz and Tomas Gil." in page.section("Notes").text   # other notes: not an admonition
    removed = page.select("details")
    assert removed == [page.soup.find_all(recursive=False)[-1]]               # the last thing on the page …
    assert removed[0].get("open") is None                                      # … and collapsed
    assert boxes[1].body.rows()[1:] == [["share", "Share this article on Facebook", "share prompt"],
                                        ["newsletter", "Sign up for our morning newsletter", "newsletter"]]


def test_javascript_url_never_becomes_a_link(docs: Path):
    path = docs / "sources" / "daily-ledger-floods.md"
    assert "javascript" not in path.read_text(encoding="utf-8").lower()
    page = read_page(path)
    assert not page.select("a.bf-original") and Part(page.select("p.bf-meta")[:1]).text == "Outlet not named"


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
    text = (docs / "index.md").read_text(encoding="utf-8")
    page = Page(text)
    assert text.startswith("---\n") and page.front_matter == {"title": "Flash floods in the Turia valley"}
    assert page.headings(1) == ["Flash floods in the Turia valley"]           # <title> set safely (front matter)
    assert Part(page.select("p.bf-lead")).text == "Where: Turia valley · When: 29 October 2024"   # title = what
    badges = [b.get_text() for b in page.section("Headline facts").select("span.bf-badge")]
    assert badges == ["2 of 2 sources", "1 of 2 sources"]
    conflicts = page.section("Conflicts").admonitions()
    assert [(c.kind, c.title) for c in conflicts] == [("danger", "Conflict: Flood victims — death toll")]
    values = conflicts[0].body
    assert [s.get_text() for s in values.select("td:first-child strong")] == ["at least 62", "at least 70"]
    assert "sources/daily-ledger-floods.md#p-1" in values.hrefs()              # evidence links its paragraph
    assert "Unresolved" in values.text
    assert [r[:2] for r in page.section("Timeline").rows()] == [
        ["When", "What"], ["29 October 2024", "Flash floods hit three towns"], ["October 2024", "Month of record rainfall"]]
    quotes = page.section("Quotes by speaker")
    assert quotes.select("h3 a")[0]["href"] == "people/maria-lopez.md"        # alias resolves to the person page
    assert page.headings(3)[0] == "Lopez"
    second = Part(quotes.select("li li"))                                      # the other wording, nested
    assert second.text == "“worked as designed” — Valencia flood toll rises ¶2"
    assert second.hrefs() == ["sources/daily-ledger-floods.md#p-2"]
    assert "2 of 2 sources" in [b.get_text() for b in quotes.select("span.bf-badge")]   # one statement, two sources
    sources = page.section("Sources")
    herald = next(r for r in sources.rows() if r[1] == "Coastal Herald")
    assert herald[2:] == ["2024-10-30", "2", "1", "1"]                        # one correction counted …
    assert [s.get_text() for s in sources.select("td strong")] == ["1"]      # … and shown in bold


def test_resolution_replaces_the_unresolved_prompt(tmp_path: Path):
    render_site(flood_briefings(), flood_summary(resolved=True), TEMPLATES, tmp_path)
    page = read_page(tmp_path / "index.md")
    conflicts = page.section("Conflicts").admonitions()
    assert [(c.kind, c.title) for c in conflicts] == [("success", "Resolved: Flood victims — death toll")]
    assert "Resolution: 70, per the later hospital count" in conflicts[0].body.text
    assert "Unresolved" not in page.text


def test_people_pages_merge_aliases_and_give_each_sources_role(docs: Path):
    people = sorted(p.name for p in (docs / "people").glob("*.md"))
    assert people == ["carlos-vidal.md", "index.md", "maria-lopez.md"]          # "Lopez" is not a second person
    page = read_page(docs / "people" / "maria-lopez.md")
    roles = page.section("Roles as the sources give them")
    assert roles.rows()[1:] == [["head of the regional emergency service", "Coastal Herald, Valencia flood toll rises"]]
    assert roles.hrefs()[0].startswith("../sources/coastal-herald-floods.md")
    assert "../sources/daily-ledger-floods.md#p-2" in page.section("Quotes").hrefs()   # her quote in the 2nd source
    index = read_page(docs / "people" / "index.md")
    assert Link("Maria Lopez", "../people/maria-lopez.md", None) in index.section("People").links()
    places = [r[:2] for r in index.section("Places").rows()]
    assert ["Turia valley", "Turia Valley"] in places and ["Valencia", ""] in places


def test_people_fall_back_to_speakers_and_briefing_people_without_entities():
    found = entity_pages.people(Summary(quotes=flood_summary().quotes), flood_briefings())
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
    for c in "\\`*_{}[]<>#+!|~^=$&\"":                # mid-line too: each character with a meaning somewhere
        assert md_escape(f"a{c}b") == f"a&#{ord(c)};b", c


@pytest.mark.parametrize("value, unit, shown", [
    (100000, "troops", "100,000 troops"), ("2022-01-12", "date", "12 January 2022"), (2.5, "hours", "2.5 hours"),
    (None, "dead", ""), (["Brussels", "Geneva"], None, "Brussels, Geneva"), (True, None, "yes"),
    ("2010-05", "month", "May 2010"), ("2019-03-08", "day", "8 March 2019"),     # a date's unit is its precision
    (1, "decades", "1 decade"), (1, "centuries", "1 century"), (1, "percent", "1 percent"),
    (11_000_000_000, "dollars", "11 billion dollars"), (8_500_000_000, "pounds", "8.5 billion pounds"),
    (2_500_000.0, "euros", "2.5 million euros"), (1_234_567, "votes", "1,234,567 votes"),    # round amounts in words
])
def test_display_value(value, unit, shown):
    assert site_model.display_value(value, unit) == shown


def test_a_vague_amount_is_shown_as_written_and_a_hedge_before_its_value():
    assert site_model.qualified_value(12, "firms", "dozens of") == "dozens of firms"      # not 'dozens of 12 firms'
    assert site_model.qualified_value(62, "dead", "at least") == "at least 62 dead"
    assert site_model.qualified_value(3000, "firms", None) == "3,000 firms"


@pytest.mark.parametrize("iso, shown", [
    ("2014-04", "April 2014"), ("2012/2018", "2012 – 2018"), ("2022-01-12T09:30:00+01:00", "12 January 2022"), ("1990s", "1990s"), ("2022-13-01", "2022-13-01"),
])
def test_human_date(iso, shown):
    assert site_model.human_date(iso) == shown


def test_page_title_front_matter_cannot_close_the_title_element():
    from generator.site.escape import front_matter_title
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
    names = [p.name for p in entity_pages.people(summary, flood_briefings())]
    assert "RES" not in names and "Maria Lopez" in names


def test_paragraph_numbers_past_the_end_are_shown_without_a_dead_link(tmp_path: Path):
    briefings = flood_briefings()
    briefings[0].quotes[0].paragraph = 99          # a hand-edited YAML or a stale summary
    briefings[0].facts[0].paragraph = 0
    summary = flood_summary()
    summary.quotes[0].sources[0].paragraph = 99
    render_site(briefings, summary, TEMPLATES, tmp_path)
    source = read_page(tmp_path / "sources" / "coastal-herald-floods.md")
    home = read_page(tmp_path / "index.md")
    assert source.dead_anchors() == [] and not [h for h in home.hrefs() if h.endswith(("#p-99", "#p-0"))]
    cards = source.section("Quotes").select("li")
    assert "We have never seen the river rise this fast" in Part(cards[:1]).text   # the quote itself still shows
    assert [h for h in Part(cards).hrefs() if h.startswith("#")] == ["#p-4"]         # valid numbers still link
    assert ["Flood deaths", "at least 62 dead", ""] in source.section("Facts").rows()


def test_long_source_lists_are_capped_so_pages_do_not_grow_with_the_corpus(tmp_path: Path):
    from generator.site.links import LIST_LIMIT
    many = [f"outlet-{i}" for i in range(LIST_LIMIT + 5)]
    briefings = [Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=f"Report {sid}"),
                          body=["Officials confirmed the dam held."]) for sid in many]
    summary = Summary(facts=[SummaryFact(id="dam", statement="The dam held", value="held", sources=many)],
                      conflicts=[Conflict(id="c", subject="Dam", attribute="state", values=[
                          ConflictValue(value="held", sources=many,
                                        evidence=[Evidence(s, 1, "held") for s in many]),
                          ConflictValue(value="breached", sources=many[1:] + many[:1])])])   # no evidence
    render_site(briefings, summary, TEMPLATES, tmp_path)
    home = read_page(tmp_path / "index.md")
    fact = home.section("Headline facts").select("tr")[1].find_all("td")
    assert fact[2].get_text() == f"{len(many)} of {len(many)} sources"          # the count is still exact …
    assert len(fact[3].find_all("a")) == LIST_LIMIT and fact[3].get_text().endswith("+ 5 more")   # … links capped
    held, breached = (row.find_all("td") for row in home.section("Conflicts").select("tr")[1:])
    assert len(breached[1].find_all("a")) == LIST_LIMIT and breached[1].get_text().endswith("+ 5 more")
    evidence_left = len(many) - site_summary.WORDING_LINKS                 # one sentence, all 13 sources …
    assert len(held[2].find_all("a")) == site_summary.WORDING_LINKS       # … but not every link
    assert held[2].get_text().endswith(f"+ {evidence_left} more: “held”")


def test_a_tweet_quote_links_to_its_note_and_the_tweet_shows_its_author(tmp_path: Path):
    b = flood_briefings()[0]
    b.notes.append(Note(kind="tweet", text="Evacuation centres are open in Paterna and Manises.",
                        author="Valencia Emergencies", handle="@emergencias_val", date="2024-10-30"))
    b.quotes.append(Quote(id="q-t", text="Evacuation centres are open in Paterna and Manises.",
                          speaker="Valencia Emergencies", kind="tweet", note=len(b.notes)))
    b.quotes.append(Quote(id="q-x", text="Stay away from the riverbed.", kind="tweet", note=99))
    render_site([b], Summary(), TEMPLATES, tmp_path)
    page = read_page(tmp_path / "sources" / "coastal-herald-floods.md")
    assert Link("tweet", f"#n-{len(b.notes)}", None) in page.section("Quotes").links()
    note = page.soup.find(id=f"n-{len(b.notes)}")
    assert note is not None and "bf-note" in note["class"]
    tweet = Part([note]).admonitions()
    assert [(a.kind, a.title) for a in tweet] == [("quote", "Tweet by Valencia Emergencies (@emergencias_val), "
                                                            "30 October 2024")]
    assert tweet[0].body.text == "Evacuation centres are open in Paterna and Manises."
    assert page.dead_anchors() == []                                        # no note 99: no dead link
    assert "Stay away from the riverbed." in page.section("Quotes").text


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
    monkeypatch.setattr(entity_pages, "ALL_PEOPLE_PAGES_UP_TO", 3)
    monkeypatch.setattr(site_model, "SOURCES_PER_PAGE", 4)
    render_site(briefings, Summary(), TEMPLATES, tmp_path)
    people = sorted(p.name for p in (tmp_path / "people").glob("*.md"))
    assert people == ["index.md", "ines-albright.md"]
    index = read_page(tmp_path / "people" / "index.md")
    assert [link.href for link in index.section("People").links()] == ["../people/ines-albright.md"]
    assert "6 more people are named in one source each" in index.section("People").text
    sources_index = read_page(tmp_path / "sources" / "index.md")
    assert "by_outlet_harbour-times_1.md" in sources_index.hrefs()
    assert not [h for h in sources_index.hrefs() if "storm-" in h]            # the rows are on the outlet pages
    part = read_page(tmp_path / "sources" / "by_outlet_harbour-times_1.md")
    assert "../sources/storm-0.md" in part.hrefs() and Link("All outlets", "index.md", None) in part.links()


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
        sizes[n] = (tmp_path / str(n) / "index.md").stat().st_size
        home = read_page(tmp_path / str(n) / "index.md")
        left_out = [Part([p]).text for p in home.select("p.bf-left-out")]
        facts_left = 2 * n - site_summary.HEADLINE_FACTS - site_summary.MORE_FACTS
        assert [line.split(",")[0] for line in left_out] == [
            f"And {facts_left} more facts", f"And {n - site_summary.TIMELINE_EVENTS} more dates",
            f"And {n - site_summary.SPEAKERS} more speakers"]
        assert len(home.headings(3)) == site_summary.SPEAKERS
        conflicts = home.section("Conflicts").admonitions()
        assert [c.kind for c in conflicts] == ["danger"] * 3                  # every conflict is kept …
        for c in conflicts:                                                  # … each with its 8 main values
            assert [r[0] for r in c.body.rows()[1:]] == [str(v) for v in range(8)] + [
                "+ 4 more values, each reported by fewer sources: see briefings/summary.yaml"]
        sources = home.section("Sources")
        assert sources.text.startswith(f"{n} sources, listed") and sources.hrefs() == ["sources/index.md"]
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
    page = read_page(tmp_path / "people" / "ines-albright.md")
    quotes = page.section("Quotes")
    assert len(quotes.items()) == 1 and quotes.items()[0].count("“") == 1     # one wording for all three
    assert [b.get_text() for b in quotes.select("span.bf-badge")] == ["3 of 3 sources"]
    assert sorted(quotes.hrefs()) == sorted(f"../sources/{sid}.md#p-1" for sid in ids)
    roles = page.section("Roles as the sources give them").rows()[1:]
    assert [r[0] for r in roles] == ["harbour master"]                       # one row per role, case folded


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
    links = read_page(tmp_path / "index.md").section("Headline facts").links()
    assert Link("Coastal Herald ¶1", "sources/coastal-herald-floods.md#p-1",
                "Floods kill dozens in Turia valley") in links                # label: outlet, title in the tooltip
    assert Link("Valencia flood toll rises ¶1", "sources/daily-ledger-floods.md#p-1", None) in links   # whole title
    people = read_page(tmp_path / "people" / "index.md").links()
    assert people and all(link.title is None for link in people)            # the lean index has no tooltips


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
    assert entity_pages.min_sources_for_page(total) == needed
    named = entity_pages.PersonPage(name="Ines Albright", sources=[f"s{i}" for i in range(needed)])
    assert entity_pages.worth_a_page(named, total)
    named.sources.pop()
    assert not entity_pages.worth_a_page(named, total)


# ---- issue 15: people pages for people only, one per person; developing values on the home page -------------

def test_no_person_page_for_a_venue_a_group_or_an_accent_or_dot_variant():
    summary = flood_summary()
    summary.entities.append(Entity(name="Carlos Vidal", kind="person", aliases=["Carlos Vidál", "Mr. Vidal"]))
    summary.quotes += [QuoteGroup(speaker=name, sources=[QuoteRef("coastal-herald-floods", "", "We are here")])
                       for name in ("Boulevard Marítimo", "Les Trois Marches Café", "Liberation Front",
                                    "Carlos Vidál", "Mr Vidal")]
    names = [p.name for p in entity_pages.people(summary, flood_briefings())]
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
    developing = read_page(tmp_path / "index.md").section("Developing").admonitions()
    assert [(a.kind, a.title) for a in developing] == [("note", "people killed: rose from 62 dead to 70 dead")]
    assert [r[:2] for r in developing[0].body.rows()[1:]] == [["at least 62 dead", "2024-10-30"],
                                                              ["at least 70 dead", "2024-10-31"]]
    assert developing[0].body.select("em")[-1].get_text() == "In order of publication date."


def test_an_article_and_one_name_gets_a_page_only_with_a_role():
    summary = flood_summary()
    summary.entities += [Entity(name="Le Tambour", kind="person"),
                         Entity(name="Le Garrec", kind="person", roles={"coastal-herald-floods": "Mayor"}),
                         Entity(name="Les Hartley", kind="person")]
    summary.quotes.append(QuoteGroup(speaker="La Bodega", sources=[QuoteRef("coastal-herald-floods", "", "We stay")]))
    names = {p.name for p in entity_pages.people(summary, flood_briefings())}
    assert not {"Le Tambour", "La Bodega"} & names                  # a bar, a paper or a team named like a surname
    assert {"Le Garrec", "Les Hartley"} <= names      # a role says it is a person; 'Les' is a given name


def test_a_sentence_with_several_numbers_is_one_facts_row_with_each_value(tmp_path: Path):
    briefings = flood_briefings()
    first = briefings[0]
    fact = first.facts[0]
    first.facts.insert(1, dataclasses.replace(fact, id="count-homes-1200", value=1200, unit="homes", qualifier=None))
    render_site(briefings, flood_summary(), TEMPLATES, tmp_path / "docs")
    page = read_page(tmp_path / "docs" / "sources" / "coastal-herald-floods.md")
    rows = [row for row in page.section("Facts").rows() if row[0] == fact.statement]
    assert len(rows) == 1                                           # the sentence once, not once per number
    assert "62 dead" in rows[0][1] and "1,200 homes" in rows[0][1]
