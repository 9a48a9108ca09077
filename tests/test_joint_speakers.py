"""Joint speakers (issue 16) through the schema, consolidation and the site: a readable `speaker`, a typed
`speakers` list beside it, old YAML without the list still valid, and a hand edit of `speaker` winning."""
from __future__ import annotations

from generator.model.briefing import Quote, QuoteGroup
from generator.store.schema import from_data, to_data


def test_speaker_names_follow_the_list_until_the_speaker_is_edited():
    q = Quote(id="q-1", text="x", speaker="Ann Lee, Bo Chan and Cy Diaz", speakers=["Ann Lee", "Bo Chan", "Cy Diaz"])
    assert q.speaker_names() == ["Ann Lee", "Bo Chan", "Cy Diaz"]
    q.speaker = "Ann Lee"                 # a reviewer corrected it by hand: the stale list no longer applies
    assert q.speaker_names() == ["Ann Lee"]
    assert Quote(id="q-2", text="x").speaker_names() == []


def test_old_yaml_without_speakers_reads_and_writes_unchanged():
    unknown: list = []
    q = from_data(Quote, {"id": "q-1", "text": "x", "speaker": "Ann Lee"}, [], unknown)
    assert q.speakers is None and not unknown
    assert "speakers" not in to_data(q, compact=True)
    joint = from_data(Quote, {"id": "q-1", "text": "x", "speaker": "A B and C D", "speakers": ["A B", "C D"]}, [], unknown)
    assert joint.speaker_names() == ["A B", "C D"] and to_data(joint, compact=True)["speakers"] == ["A B", "C D"]


def test_group_of_a_joint_quote_keeps_each_person():
    g = QuoteGroup(speaker="Ann Lee and Bo Chan", speakers=["Ann Lee", "Bo Chan"])
    assert g.speaker_names() == ["Ann Lee", "Bo Chan"]
    assert "speakers" not in to_data(QuoteGroup(speaker="Ann Lee"), compact=True)


def test_joint_quote_reaches_each_persons_page(tmp_path):
    from generator.build.pipeline import extract_document
    from generator.consolidate import stage as consolidate
    from generator.read import sources
    from generator.site.render import render_site
    from tests.site_helpers import ROOT

    text = ("Senators demand answers on plant closures\n\n"
            "Sens. Gary Peters and Debbie Stabenow said in a letter on Monday that the closures were "
            "“a betrayal of the workers who built this company.”\n\n"
            "Gary Peters later told reporters in Detroit: “We will keep asking until we get an answer.”\n")
    briefings = [extract_document(sources.decode(f"{n}.txt", text.encode()), sid=f"s{n}") for n in (1, 2)]
    joint = [q for q in briefings[0].quotes if q.text.startswith("a betrayal")]
    assert joint and joint[0].speakers == ["Gary Peters", "Debbie Stabenow"]
    summary = consolidate.consolidate(briefings)
    assert not any(e.name == "Gary Peters and Debbie Stabenow" for e in summary.entities)
    group = next(g for g in summary.quotes if g.sources[0].text.startswith("a betrayal"))
    assert group.speaker_names() == ["Gary Peters", "Debbie Stabenow"]
    render_site(briefings, summary, ROOT / "templates", tmp_path / "docs")
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "people").glob("*.md")}
    stabenow = [t for name, t in pages.items() if "Debbie Stabenow" in t and name != "index.md"]
    assert stabenow and "a betrayal" in stabenow[0] and "together: Gary Peters and Debbie Stabenow" in stabenow[0]
    source = (tmp_path / "docs" / "sources" / "s1.md").read_text(encoding="utf-8")
    assert "[Gary Peters](../people/" in source and "[Debbie Stabenow](../people/" in source   # each one linked
    home = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    heading = next(line for line in home.splitlines() if line.startswith("### ") and "Stabenow" in line)
    assert "[Gary Peters](people/" in heading and "[Debbie Stabenow](people/" in heading     # home: each one linked
