"""Decoding: whatever bytes a user drops in become text (or an explained empty document)."""
from __future__ import annotations

import gzip
from pathlib import Path

from generator.read import sources
from generator.read.sources import decode

STORY = "Minister’s “final offer” rejected by unions in café talks – strike goes ahead\n\nThe unions said no.\n"


def test_utf8_with_and_without_bom_and_crlf() -> None:
    plain = decode("a.txt", STORY.encode("utf-8"))
    bom = decode("b.txt", ("\ufeff" + STORY.replace("\n", "\r\n")).encode("utf-8"))
    assert plain.text == STORY
    assert bom.text == STORY
    assert plain.problems == [] and bom.problems == []


def test_utf16_with_bom() -> None:
    doc = decode("c.txt", STORY.encode("utf-16"))
    assert doc.text == STORY


def test_cp1252_curly_quotes_and_accents_are_detected() -> None:
    text = ("Le ministre a déclaré que l’accord était “historique” et que les négociations reprendraient "
            "après l’été, selon un communiqué publié à Genève.\n")
    doc = decode("fr.txt", text.encode("cp1252"))
    assert doc.text == text


def test_mojibake_is_repaired() -> None:
    story = "Café owners in Zürich call the deal ‘unfair’ – talks resume on Monday.\n"
    broken = story.encode("utf-8").decode("cp1252").encode("utf-8")    # UTF-8 read as cp1252, saved again
    assert "Ã" in broken.decode("utf-8")
    doc = decode("m.txt", broken)
    assert doc.text == story


def test_binary_files_are_not_read_as_text() -> None:
    for name, data in (("p.txt", b"%PDF-1.4\n" + bytes(range(256))), ("i.html", b"\x89PNG\r\n\x1a\n" + bytes(64)),
                       ("z.txt", b"abc\x00def" * 20)):
        doc = decode(name, data)
        assert doc.text == "" and doc.encoding == "binary"
        assert any("binary" in p for p in doc.problems)


def test_gzip_html_and_fake_gzip() -> None:
    html = "<html><body><p>Prix : 12 €</p></body></html>"
    doc = decode("page.html.gz", gzip.compress(html.encode("utf-8")))
    assert doc.format == "html" and doc.text == html
    fake = decode("fake.html.gz", b"<html><body>plain</body></html>")
    assert fake.text.startswith("<html>")
    assert any("gzip" in p for p in fake.problems)


def test_text_file_holding_html_is_treated_as_html() -> None:
    doc = decode("saved.txt", b"<!DOCTYPE html><html><head><title>T</title></head><body></body></html>")
    assert doc.format == "html"


def test_empty_file_is_reported() -> None:
    doc = decode("e.txt", b"")
    assert doc.text == "" and any("empty" in p for p in doc.problems)


def test_sha256_is_of_the_raw_bytes() -> None:
    data = gzip.compress(b"<p>x</p>")
    assert decode("x.html.gz", data).sha256 == sources.sha256(data)


def test_list_corpus_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nbody\n")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<p>b</p>"))
    (tmp_path / ".swap.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    files, warnings = sources.list_corpus(tmp_path)
    assert [f.name for f in files] == ["a.txt", "b.html.gz"]
    assert len(warnings) == 1 and "notes.docx" in warnings[0]


def test_windows_quotes_are_not_read_as_a_mac_code_page(monkeypatch) -> None:
    """charset_normalizer picks 'mac_iceland' for some Windows-1252 news pages (two of the Horne political news
    files), where the curly quotes 0x93/0x94 and the apostrophe 0x92 are the letters 'ì', 'î' and 'í': the quotes
    would be lost ('I donít').  A Mac code page's pick with Windows punctuation in the bytes is Windows-1252."""
    import charset_normalizer

    text = ("\u201cI don\u2019t know if he is playing a game,\u201d said one adviser. The talks resume on Friday.\r\n" * 30)
    data = text.encode("cp1252")

    class Match:
        encoding = "mac_iceland"

        def __str__(self) -> str:
            return data.decode("mac_iceland")

    class Matches:
        def best(self) -> Match:
            return Match()

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda raw: Matches())
    doc = decode("p.txt", data)
    assert doc.text.startswith("\u201cI don\u2019t know") and doc.encoding == "cp1252"
