"""The cleaner keeps every article paragraph, labels metadata as notes and explains every removal."""
from __future__ import annotations

import json

import pytest
import yaml
from conftest import CORPUS, eval_dir

from generator.clean.stage import clean
from generator.clean.text import clean_lines
from generator.model.briefing import REMOVED_KINDS, SourceDocument
from generator.read.sources import decode

ARTICLE = [
    "Flooding forces thousands from homes in northern Italy",
    "",
    "Listen to this article",
    "",
    "VENICE, Italy – Emergency crews evacuated more than 4,000 residents from riverside towns on Sunday after days of heavy rain swelled the Po and its tributaries.",
    "",
    "Civil protection officials said the water had risen nearly two metres overnight near Ferrara, where firefighters used boats to reach elderly people trapped on upper floors.",
    "",
    "Rescuers wade through a flooded street in Lugo, in the Emilia-Romagna region, on Sunday. (AP Photo/Luca Bruno)",
    "",
    "“We have never seen the river this high in November,” said Marta Rinaldi, the mayor of a small town near the delta, who spent the night coordinating volunteers.",
    "",
    "Regional authorities have asked the government in Rome to declare a state of emergency, which would release funds for repairs to roads and levees.",
    "",
    "Advertisement",
    "",
    "Share this article",
    "",
    "This story has been corrected to show that the evacuations took place on Sunday, not Saturday.",
    "",
    "Giulia Conti in Bologna contributed to this report.",
    "",
    "Related stories",
    "",
    "Sign up for our morning newsletter",
    "",
    "12 Comments",
    "",
    "Join the conversation",
    "",
    "Keep it Civil. Personal attacks will be removed.",
    "Stay on Topic. Comments unrelated to the story may be deleted.",
    "No Spam. Links to commercial sites are not allowed.",
]


def _accounted(result, lines: list[str]) -> list[str]:
    """Input lines found in none of title/body/notes/removed (should be empty); a headline line whose site suffix
    became the outlet ("… – POLITICO") is the title plus the outlet."""
    pieces = [result.title or "", *result.body, *(n.text for n in result.notes), *(r.text for r in result.removed)]
    blob = "\n".join(pieces)
    missing = []
    for line in (line.strip() for line in lines if line.strip()):
        credit_split = any(line.startswith(n.text) and line[len(n.text):].strip() in {r.text for r in result.removed}
                           for n in result.notes if n.kind == "caption")
        tweet_sig = line.startswith("—") and any(n.kind == "tweet" and n.handle and n.handle in line for n in result.notes)
        headline = bool(result.title and result.outlet and line.startswith(result.title) and line.endswith(result.outlet))
        if line not in blob and not credit_split and not tweet_sig and not headline:
            missing.append(line)
    return missing


def test_text_dump_keeps_body_and_sorts_furniture() -> None:
    result = clean_lines(ARTICLE)
    assert result.title == "Flooding forces thousands from homes in northern Italy"
    prose = [line for line in ARTICLE[4:14] if line and not line.startswith("Rescuers")]
    assert result.body == prose
    kinds = {r.text: r.kind for r in result.removed}
    assert kinds["Listen to this article"] == "audio"
    assert kinds["Advertisement"] == "ad"
    assert kinds["Share this article"] == "share"
    assert kinds["Related stories"] == "related"
    assert kinds["Sign up for our morning newsletter"] == "newsletter"
    assert kinds["12 Comments"] == "comments"
    assert kinds["Keep it Civil. Personal attacks will be removed."] == "community-guidelines"
    assert kinds["No Spam. Links to commercial sites are not allowed."] == "community-guidelines"
    assert all(r.kind in REMOVED_KINDS and r.reason for r in result.removed)
    assert _accounted(result, ARTICLE) == []


def test_notes_for_correction_contributors_caption_and_dateline() -> None:
    result = clean_lines(ARTICLE)
    notes = {n.kind: n.text for n in result.notes}
    assert notes["correction"].startswith("This story has been corrected")
    assert notes["contributors"] == "Giulia Conti in Bologna contributed to this report."
    assert notes["caption"] == "Rescuers wade through a flooded street in Lugo, in the Emilia-Romagna region, on Sunday."
    assert notes["dateline"] == "VENICE, Italy"
    assert any(r.kind == "image-credit" and r.text == "(AP Photo/Luca Bruno)" for r in result.removed)
    assert result.body[0].startswith("VENICE, Italy – Emergency crews")   # the dateline stays in the body


def test_embedded_tweet_becomes_one_note_and_intro_stays() -> None:
    lines = [
        "Storm warning issued for the Dutch coast",
        "The national weather service raised its alert level on Monday as winds of up to 120 km/h were forecast along the coast.",
        "The agency posted on social media,",
        "Code orange for Zeeland and South Holland from 18:00. Avoid unnecessary travel. #storm pic.twitter.com/abc123XYZ",
        "— KNMI (@KNMI) February 17, 2025",
        "Rail operators said some intercity services would run at reduced frequency through Tuesday morning.",
    ]
    result = clean_lines(lines)
    tweets = [n for n in result.notes if n.kind == "tweet"]
    assert len(tweets) == 1
    assert tweets[0].text.startswith("Code orange for Zeeland")
    assert (tweets[0].author, tweets[0].handle, tweets[0].date) == ("KNMI", "@KNMI", "2025-02-17")
    assert "The agency posted on social media," in result.body
    assert not any("@KNMI" in p or "Code orange" in p for p in result.body)


def test_a_tweet_pasted_as_its_card_becomes_one_note_and_the_prose_around_it_stays() -> None:
    """'Follow', 'Name ✔ @handle', the text, '9:53 PM - 26 Dec 2016', the counts: one tweet note; the card's parts
    go and do not cut the writer's lead off from the rest of the article."""
    lines = [
        "Mayor defends her charity in late-night posts",
        "In the posts, the mayor says she gave \u201cmillions\u201d to the charity, a claim with little evidence behind it so far:",
        "Follow",
        "Ann Voss ? @MayorVoss",
        "I gave millions to the charity and the media won't report it!",
        "9:53 PM - 26 Dec 2016",
        "15,531 15,531 Retweets   60,569 60,569 likes",
        "Reports have shown that the mayor has given only one traceable personal donation to the charity since 2008.",
        "The charity is being wound up after questions about conflicts of interest raised by the city's auditor.",
    ]
    result = clean_lines(lines)
    tweets = [n for n in result.notes if n.kind == "tweet"]
    assert [(n.text, n.author, n.handle, n.date) for n in tweets] == \
        [("I gave millions to the charity and the media won't report it!", "Ann Voss", "@MayorVoss", "2016-12-26")]
    assert result.body[0].startswith("In the posts, the mayor says") and len(result.body) == 3
    assert not any("Retweets" in p or "Follow" == p or "@MayorVoss" in p for p in result.body)


def test_menus_and_footer_around_a_page_copy_are_removed() -> None:
    page = ["Council approves new cycle lanes for the city centre", "Skip to content", "Home", "News", "Sport",
            "Business", "Culture", "Weather", "Search", "Council approves new cycle lanes for the city centre",
            "By Anna Berg", "14 March 2024, 09:12 GMT",
            "The city council voted on Thursday to build twelve kilometres of protected cycle lanes, a plan that "
            "campaigners have pushed for since the last election.",
            "Work on the first section, along the river embankment, is due to start in June and should take about "
            "four months, according to the transport department.",
            "Shop owners on the main shopping street had asked for delivery bays to be kept, and the final plan "
            "includes loading zones at both ends of the street.",
            "Most read", "Mayor opens new library branch", "Police appeal after bike thefts", "Weekend weather: rain returns",
            "About us", "Contact", "Privacy policy", "Terms of use", "© 2024 City Herald. All rights reserved."]
    result = clean_lines(page)
    assert [p[:20] for p in result.body] == ["The city council vot", "Work on the first se", "Shop owners on the m"]
    reasons = {r.text: r.reason for r in result.removed}
    assert "headline" in reasons["Council approves new cycle lanes for the city centre"]
    assert "Mayor opens new library branch" in reasons
    assert any(n.kind == "byline" for n in result.notes)
    assert _accounted(result, page) == []


def test_non_english_article_is_kept_whole() -> None:
    lines = ["Regierung plant neues Gesetz für Mietpreise",
             "Startseite", "Politik", "Wirtschaft",
             "Die Bundesregierung will die Mietpreisbremse um weitere vier Jahre verlängern, wie ein Sprecher des "
             "Justizministeriums am Mittwoch in Berlin mitteilte.",
             "Nach dem Entwurf sollen die Regeln künftig auch für Wohnungen gelten, die nach 2014 erstmals vermietet "
             "wurden, was Mieterverbände seit Jahren fordern.",
             "Kritik kam von der Opposition, die das Vorhaben als zu zaghaft bezeichnete und einen bundesweiten "
             "Mietendeckel verlangte.",
             "Impressum", "Datenschutz"]
    result = clean_lines(lines)
    assert len(result.body) == 3 and all(p in lines for p in result.body)


def test_short_wire_signature_and_affiliate_lines() -> None:
    lines = ["Airline orders 40 new jets",
             "The carrier said the order, worth about $5 billion at list prices, would replace its oldest planes by 2030.",
             "Deliveries are expected to begin in the second half of next year, the company said in a statement.",
             "We may earn a commission when you buy through links on our site.",
             "Bloomberg News Service"]
    result = clean_lines(lines)
    assert len(result.body) == 2
    kinds = {r.kind for r in result.removed}
    assert {"affiliate", "signature"} <= kinds


@pytest.mark.parametrize("data,what", [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
                                       (b"   \n\n", "empty")])
def test_bad_input_gives_empty_body_and_a_problem_note(data: bytes, what: str) -> None:
    result = clean(decode("bad.txt", data))
    assert result.body == []
    assert any(n.kind == "problem" and what in n.text for n in result.notes)


def test_html_without_article_says_so() -> None:
    doc = SourceDocument(file="menu.html", format="html", sha256="x",
                         text="<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    result = clean(doc)
    assert result.body == []
    assert any(n.kind == "problem" for n in result.notes)


def test_html_article_with_metadata_and_post_pass() -> None:
    paragraphs = [
        "The regional parliament approved the budget late on Tuesday after a debate that lasted almost nine hours.",
        "Spending on public transport rises by 8 percent, while the health service receives an extra 120 million euros.",
        "Opposition members said the plan relied on optimistic growth forecasts and voted against it.",
        "The finance minister said the figures were cautious and would be reviewed in the autumn.",
    ]
    html = ("<html><head><title>Parliament passes budget | Valley Times</title>"
            "<meta property='og:title' content='Parliament passes budget'>"
            "<meta property='og:site_name' content='Valley Times'>"
            "<meta property='article:published_time' content='2024-05-14T22:10:00+02:00'>"
            "<link rel='canonical' href='https://valleytimes.example/budget'></head><body><article>"
            "<h1>Parliament passes budget</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "<p>Leave a comment</p></article></body></html>")
    result = clean(SourceDocument(file="budget.html", format="html", text=html, sha256="x"))
    assert result.title == "Parliament passes budget"
    assert result.outlet == "Valley Times"
    assert result.published == "2024-05-14"
    assert result.url == "https://valleytimes.example/budget"
    assert result.body == paragraphs
    assert any(r.kind == "comments" for r in result.removed)


@pytest.mark.slow
def test_demo_corpus_meets_the_gold(gold_dir) -> None:
    for gold_file in sorted(gold_dir.glob("0*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        path = CORPUS / gold["source"]
        lines = path.read_text(encoding="utf-8").split("\n")
        result = clean(decode(path.name, path.read_bytes()))
        assert result.title == gold.get("title_without_site_suffix", gold["title"])   # the outlet is not the headline
        for n in gold["body_line_nos"]:
            assert lines[n - 1].strip() in result.body, (path.name, n)
        removed = {r.text for r in result.removed}
        for item in gold["boilerplate"]:
            assert item["line"] in removed, (path.name, item["line"])
        for item in gold.get("keep_but_label", []):
            kind = {"image-caption": "caption"}.get(item["kind"], item["kind"])
            assert any(n.kind == kind for n in result.notes), (path.name, kind)
        assert _accounted(result, lines) == []


@pytest.mark.slow
def test_text_dump_benchmark_stays_above_target() -> None:
    """Regression guard for the whole-page text dumps (benchmarks/clean_bench.py has the full table)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from ngram_f1 import aggregate, score_page

    folder = eval_dir("text-dumps")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for path in sorted((folder / "txt").glob("*.txt")):
        body = clean_lines(path.read_text(encoding="utf-8").split("\n")).body
        scores.append(score_page("\n\n".join(body), truth[path.stem]["articleBody"]))
    assert aggregate(scores).f1 >= 0.88


def test_comment_thread_after_the_article_is_removed_whole() -> None:
    article = ["Library reopens after two-year renovation",
               "The central library reopened on Saturday after a renovation that added a children's wing, a "
               "roof terrace and study rooms that can be booked online.",
               "Hundreds of residents queued before the doors opened at nine, and staff said more than 3,000 "
               "people had visited by early afternoon.",
               "The work cost 14 million euros, slightly less than budgeted, according to the city's culture "
               "department, which oversaw the project.",
               "42 Comments"]
    thread = []
    for user, when, text in (("bookworm77", "3 hours ago", "Finally! The old reading room was falling apart and the "
                              "heating never worked in winter, so this is a huge improvement for everyone."),
                             ("J. Harlow", "2 hours ago", "Fourteen million for a library while the swimming pool "
                              "in my district has been closed for three years. Priorities, I suppose."),
                             ("mkt_reader", "1 hour ago", "The terrace is lovely but the booking system for the "
                              "study rooms crashed twice this morning when I tried to reserve one.")):
        thread += [user, when, text, "Reply"]
    result = clean_lines(article + thread)
    assert result.body == article[1:4]
    kinds = {r.text: r.kind for r in result.removed}
    assert kinds["42 Comments"] == "comments"
    assert all(kinds[line] == "comments" for line in thread if "ago" not in line)   # names, texts, Reply
    assert all(kinds[line] in ("comments", "other") for line in thread if "ago" in line)   # time stamps


def test_html_mojibake_in_extracted_text_is_repaired() -> None:
    paragraphs = ["The café on the corner will close in March, its owner said on Friday.",
                  "Customers described the decision as “a loss for the whole street” and started a petition."]
    broken = [p.encode("utf-8").decode("cp1252", errors="ignore") for p in paragraphs]
    html = ("<html><head><title>Corner café to close</title></head><body><article>"
            + "".join(f"<p>{b} It has served the neighbourhood for more than forty years.</p>" for b in broken)
            + "</article></body></html>")
    result = clean(SourceDocument(file="cafe.html", format="html", text=html, sha256="x"))
    assert result.body and all("Ã" not in p and "â€" not in p for p in result.body)
    assert result.body[0].startswith("The café on the corner")


def test_language_without_stoplist_keeps_its_prose() -> None:
    """Thai has no spaces and no stoplist here: structure must not throw the article away."""
    lines = ["ข่าวด่วน", "หน้าแรก", "การเมือง", "เศรษฐกิจ",
             "นายกรัฐมนตรีกล่าวในวันจันทร์ว่ารัฐบาลจะเพิ่มงบประมาณสำหรับโรงพยาบาลในต่างจังหวัดอีกร้อยละสิบในปีหน้า.",
             "ผู้นำฝ่ายค้านวิจารณ์แผนดังกล่าวว่าไม่เพียงพอและเรียกร้องให้มีการอภิปรายในรัฐสภา."]
    result = clean_lines(lines)
    assert result.body == lines[4:]


def test_an_already_clean_article_loses_nothing() -> None:
    paragraphs = [
        "ATHENS, Greece (AP) — Firefighters battled a wildfire on Tuesday that forced the evacuation of four "
        "villages on the slopes of Mount Parnitha, north of Athens.",
        "More than 200 firefighters, 60 fire engines and eight water-dropping aircraft were deployed, the fire service said.",
        "\"The next 24 hours are critical,\" fire service spokesman Yiannis Artopios told state television.",
        "No injuries were reported.",
        "Strong winds",
        "Winds of up to 70 kilometres per hour fanned the flames overnight, sending smoke over the northern suburbs.",
        "Authorities sent text alerts to residents urging them to leave.",
    ]
    lines = ["Wildfire forces evacuation of mountain villages in Greece", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    result = clean_lines(lines + ["Nikos Papadopoulos in Athens contributed to this report."])
    assert result.body == paragraphs
    assert [n.kind for n in result.notes] == ["dateline", "contributors"]
    assert result.removed == []


def test_teaser_listing_after_a_related_header_is_cut_but_an_inline_box_is_not() -> None:
    body = ["The port authority said on Monday that container traffic rose 6 percent in the third quarter, "
            "driven by exports of machinery and chemicals to Asia.",
            "Volumes handled at the eastern terminal reached a record for a single quarter, and the average time "
            "a ship spent at berth fell by almost half a day compared with last year, the authority said.",
            "Related coverage",
            "Officials expect the new rail link to the terminal, due to open next spring, to take thousands of "
            "trucks off the motorway every week.",
            "Dock workers' unions welcomed the figures but warned that staffing had not kept pace with the growth "
            "in volume over the past two years."]
    listing = ["More from the Harbour Gazette",
               "Ferry operator adds winter sailings",
               "Tom Reyes",
               "Tuesday March 4, 2025",
               "The company said demand from freight customers justified two extra crossings a day until February.",
               "City unveils plan for waterfront park",
               "Ana Silva",
               "Monday March 3, 2025",
               "The design includes a swimming area, a boardwalk and space for weekend markets near the old piers."]
    result = clean_lines(["Port traffic rises on Asian exports"] + body + listing)
    assert result.body == [body[0], body[1], body[3], body[4]]
    assert {r.text for r in result.removed} >= {"Related coverage", *listing}


def test_list_announced_by_a_colon_stays_with_the_article() -> None:
    lines = ["Band announces reunion tour",
             "The band, which split up in 2009 after a run of sold-out arenas, will play twelve concerts across "
             "Europe next summer, its label said on Wednesday.",
             "Tickets go on sale on Friday morning, and fans who pre-registered will get access a day earlier.",
             "The first dates of the tour:",
             "June 3 -- Ziggo Dome, Amsterdam",
             "June 5 -- Lanxess Arena, Cologne",
             "June 8 -- Accor Arena, Paris",
             "Newsletter", "Privacy policy"]
    result = clean_lines(lines)
    assert result.body == lines[1:7]


def test_one_dateline_for_the_note_and_for_labels() -> None:
    """The cleaner's dateline note and a label's tidy read one definition (text.dateline): the place without
    its agency, a colon or an unspaced dash after capitals, a wire after a place in ordinary case."""
    from generator.clean.rules import dateline
    from generator.text.clauses import tidy

    cases = {"LONDON (AP) — Britain's party was accused.": "LONDON", "SYDNEY: Australia will lead the search.": "SYDNEY",
             "PARIS—When the sound rang out.": "PARIS", "Paris (CNN)Authorities took people into custody.": "Paris",
             "ST. JOSEPH, Mich. (AP) — Health authorities report a sixth death.": "ST. JOSEPH, Mich.",
             "BT – the latest challenger is expected to launch.": None, "WASHINGTON-based firms grew.": None,
             "EU-Turkey talks resumed.": None}
    assert {line: dateline(line) for line in cases} == cases
    assert tidy("ST. JOSEPH, Mich. (AP) — Health authorities report a sixth death.") == "Health authorities report a sixth death."
    assert tidy("BT – the latest challenger is expected to launch.") == "BT – the latest challenger is expected to launch."
