"""The speaker benchmark's scoring convention (benchmarks/quotes_bench.join_cued_pairs): “A,” said X. “B.” in one
paragraph is one quote, unless B has a cue of its own.  Paragraphs written for the test."""
from __future__ import annotations

from benchmarks.quotes_bench import join_cued_pairs


def _gold(body: str, *pieces: tuple[str, str]) -> list[dict]:
    out = []
    for text, speaker in pieces:
        start = body.index(text)
        out.append({"spans": [[0, start, start + len(text)]], "speaker": speaker, "partial": False,
                    "unclosed": False})
    return out


def test_a_quote_broken_by_its_cue_is_joined_one_with_its_own_cue_is_not():
    body = ("\"The port is closed,\" Ian Pell said. \"We hope to open it on Friday.\" Later \"Boats wait,\" said "
            "Ann Roe. \"We are ready,\" said her deputy Jo Ek.")
    quotes = _gold(body, ("The port is closed,", "Ian Pell"), ("We hope to open it on Friday.", "Ian Pell"),
                   ("Boats wait,", "Ann Roe"), ("We are ready,", "Jo Ek"))
    joined, pairs = join_cued_pairs(quotes, [body])
    assert pairs == 1
    assert [g.text for g in joined] == ["The port is closed, We hope to open it on Friday.", "Boats wait,",
                                        "We are ready,"]
    as_annotated, none = join_cued_pairs(quotes, [body], join=False)
    assert none == 0 and len(as_annotated) == 4



def test_a_second_piece_cued_by_the_same_speaker_as_a_pronoun_is_joined_after_a_long_cue():
    body = ("\"The deal holds them to account,\" Mary Ross, the lawyer leading the class action against the mill "
            "owners, said. \"It sends a message to every board,\" she added. \"Prices rose,\" said Al Ng. "
            "\"They will fall,\" said the minister.")
    quotes = _gold(body, ("The deal holds them to account,", "Mary Ross"), ("It sends a message to every board,", "Mary Ross"),
                   ("Prices rose,", "Al Ng"), ("They will fall,", "Al Ng"))
    joined, pairs = join_cued_pairs(quotes, [body])
    assert pairs == 1
    assert [g.text for g in joined] == ["The deal holds them to account, It sends a message to every board,",
                                        "Prices rose,", "They will fall,"]


def test_a_pair_of_an_unnamed_speaker_is_joined_as_a_named_ones_is():
    body = "\"The year was strong,\" said the chairman of the survey panel. \"Prices are rising.\""
    quotes = _gold(body, ("The year was strong,", None), ("Prices are rising.", None))
    joined, pairs = join_cued_pairs(quotes, [body])
    assert pairs == 1 and [g.text for g in joined] == ["The year was strong, Prices are rising."]

def test_speakers_compare_loosely_on_a_sovereigns_title_before_one_name():
    from benchmarks.quotes_bench import speaker_key
    assert speaker_key("Prince Charles") == speaker_key("Charles") == "charles"
    assert speaker_key(["Queen", "Prince Harry"]) == speaker_key(["Harry", "Queen"])
    assert speaker_key("Prince Charles Smith") != speaker_key("Charles Smith")     # a full name keeps its words


def test_a_middle_initial_without_its_full_stop_is_ignored_as_with_it():
    from benchmarks.quotes_bench import speaker_key
    assert speaker_key("George W Bush") == speaker_key("George W. Bush") == speaker_key("George Bush")
    assert speaker_key("Ann Lee") != speaker_key("Ann Lees")


def test_the_event_bench_counts_a_subject_with_only_its_relative_clause_as_a_fragment():
    from benchmarks.event_bench import fragment_reasons
    source = "Marlow, who has not got past the fourth round in seven attempts, had said the court was slow."
    assert fragment_reasons("Marlow, who has not got past the fourth round in seven attempts.", source) == \
        ["a subject and its relative clause only"]
    assert fragment_reasons("The man, who was 45, died in hospital.", "The man, who was 45, died in hospital.") == []
    assert fragment_reasons(source, source) == []


def test_a_horne_page_is_read_whole_and_copied_into_a_project_with_its_title(tmp_path, monkeypatch):
    """The Horne corpus keeps titles in a sibling folder: a speaker page's paragraphs start at the body's first
    line, and an event project gets the title as its file's first line, as a user would save the article."""
    from benchmarks import quotes_bench, wikiref
    real = tmp_path / "Public Data" / "Random Poltical News Dataset" / "Real"
    real.mkdir(parents=True)
    (real / "1000.txt").write_bytes(b"First paragraph, not a title.\r\n\r\n\x93Words,\x94 she said.\r\n")
    (real.parent / "Real_titles").mkdir()
    (real.parent / "Real_titles" / "1000.txt").write_bytes(b"The title\r\n")
    monkeypatch.setenv("BRIEFING_HORNE", str(tmp_path))
    assert wikiref.skip_reason("horne") is None
    body, why = quotes_bench.batch_paragraphs(
        {"corpus": "horne", "file": "Random Poltical News Dataset/Real/1000.txt"}, None)
    assert why is None and body == ["First paragraph, not a title.", "“Words,” she said."]
    dest = tmp_path / "project"
    dest.mkdir()
    src = real / "1000.txt"
    wikiref.copy_article(src, dest / wikiref.project_name(src))
    assert (dest / "Random-1000.txt").read_bytes().startswith(b"The title\r\n\r\nFirst paragraph")


def test_a_missing_horne_folder_is_a_one_line_reason(tmp_path, monkeypatch):
    from benchmarks import wikiref
    monkeypatch.setenv("BRIEFING_HORNE", str(tmp_path / "nowhere"))
    reason = wikiref.skip_reason("horne")
    assert reason is not None and "BRIEFING_HORNE" in reason and "\n" not in reason
