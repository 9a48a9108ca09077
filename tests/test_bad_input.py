"""Whatever a user drops into corpus/ never crashes a build or loses a byte (issue 9)."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.build.pipeline import extract_bytes
from generator.read import sources
from generator.store.files import briefing_files

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

BAD_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"   \n\n\t  \r\n",
    "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "scan.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"\x00\x01" * 100,
    "latin1.txt": "Caf\xe9 talks\n\nThe minister said the caf\xe9 was \xabclosed\xbb on Monday.\n".encode("cp1252"),
    "undecodable.txt": b"Title line\n\nSome text \xff\xfe\xfa and more \x81\x8d words here.\n",
    "cookie-wall.html": b"<html><body><div class='consent'>We use cookies. <button>Accept all</button>"
                        b"</div></body></html>",
    "hostile.html": (b"<html><head><title>Hostile page</title><script>alert(1)</script></head><body>"
                     b"<article><h1>Hostile page</h1><p onclick='alert(2)'>The mayor said the bridge "
                     b"will reopen in May after repairs costing 4 million euros.</p>"
                     b"<iframe src='https://evil.example'></iframe><form><input name=q></form>"
                     b"<p>Residents welcomed the news at a meeting on Tuesday evening in the town hall.</p>"
                     b"</article></body></html>"),
    "no title line.txt": b"\n\n\nThe council voted 7 to 2 on Monday to approve the budget.\n",
    "crlf-bom.txt": "\ufeffHeadline here\r\n\r\nFirst paragraph of the story.\r\n".encode("utf-8"),
    "ünïcödé name.txt": "Überschrift\n\nDer Minister sagte am Montag, die Gespräche gingen weiter.\n".encode(),
    "page.html.gz": gzip.compress(b"<html><head><title>Zipped</title></head><body><article><p>"
                                  + b"The zipped article body has enough words to count as text. " * 5
                                  + b"</p></article></body></html>"),
    "fake.html.gz": b"not gzip at all, just text pretending\n",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_extract_never_raises_and_keeps_words(name: str) -> None:
    briefing = extract_bytes(name, BAD_FILES[name])
    assert briefing.source.file == name
    assert briefing.source.sha256 == sources.sha256(BAD_FILES[name])
    text_in = sources.decode(name, BAD_FILES[name]).text
    for para in briefing.body:                          # no invented text
        for word in para.split()[:20]:
            assert word in text_in or name.endswith((".html", ".gz"))


def test_binary_and_empty_files_say_what_happened() -> None:
    for name in ("empty.txt", "photo.txt", "scan.html"):
        b = extract_bytes(name, BAD_FILES[name])
        assert b.body == []
        assert any(n.kind == "problem" for n in b.notes), name


def test_encodings_are_detected() -> None:
    b = extract_bytes("latin1.txt", BAD_FILES["latin1.txt"])
    assert any("café" in p for p in b.body)
    crlf = extract_bytes("crlf-bom.txt", BAD_FILES["crlf-bom.txt"])
    assert crlf.source.title == "Headline here"
    assert all("\r" not in p and "\ufeff" not in p for p in crlf.body)


@pytest.mark.slow
def test_build_with_bad_files_produces_a_site(project: Path) -> None:
    for name, data in BAD_FILES.items():
        (project / "corpus" / name).write_bytes(data)
    (project / "corpus" / "huge.txt").write_bytes(b"Big file\n\n" + (b"word " * 200 + b"\n\n") * 50_000)
    (project / "corpus" / ".hidden.txt").write_text("Hidden\n\nnot a source\n")
    (project / "corpus" / "notes.docx").write_bytes(b"PK\x03\x04binary")
    cmd = [sys.executable, "-m", "generator", "--root", str(project), "build"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "notes.docx" in done.stderr                 # a skipped file is named
    assert "warnings (above)" in done.stdout           # and counted in the summary line
    assert (project / "site" / "index.html").exists()
    files = {yaml.safe_load(p.read_text(encoding="utf-8"))["source"]["file"]
             for p in briefing_files(project / "briefings")}
    assert set(BAD_FILES) | {"huge.txt"} <= files
    assert ".hidden.txt" not in files and "notes.docx" not in files


@pytest.mark.slow
def test_duplicate_titles_get_distinct_stable_ids(project: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (project / "corpus" / name).write_text("Same headline\n\nBody of the story for the ids test.\n")
    cmd = [sys.executable, "-m", "generator", "--root", str(project), "extract"]

    def ids() -> dict[str, str]:
        out = {}
        for p in briefing_files(project / "briefings"):
            src = yaml.safe_load(p.read_text(encoding="utf-8"))["source"]
            out[src["file"]] = src["id"]
        return out

    assert subprocess.run(cmd, capture_output=True, env=ENV).returncode == 0
    first = ids()
    assert first["a.txt"] != first["b.txt"]
    (project / "corpus" / "c.txt").write_text("Same headline\n\nA third story with the same title.\n")
    assert subprocess.run(cmd, capture_output=True, env=ENV).returncode == 0
    second = ids()
    assert second["a.txt"] == first["a.txt"] and second["b.txt"] == first["b.txt"]
    assert len(set(second.values())) == len(second)


def test_read_only_briefings_folder_is_one_clear_error_and_changes_nothing(project: Path, monkeypatch,
                                                                           capsys) -> None:
    """Root ignores chmod, so the refusal is simulated where the write happens (the temp file)."""
    from generator import cli

    assert cli.main(["--root", str(project), "extract"]) == 0
    before = {p: p.read_bytes() for p in (project / "briefings").rglob("*.yaml")}
    (project / "corpus" / "new.txt").write_text("A new story\n\nThe port reopened on Friday after a strike.\n")
    capsys.readouterr()

    def refuse(*_: object, **__: object):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    assert cli.main(["--root", str(project), "extract"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Permission denied" in err[0] and "briefings" in err[0]
    assert {p: p.read_bytes() for p in (project / "briefings").rglob("*.yaml")} == before


def test_a_few_windows_1252_signs_in_english_text_are_not_read_as_a_cjk_code_page(monkeypatch) -> None:
    """A WikiRef dump (14 KB of English with one '€' and one '£' as cp1252 bytes) gained one line with a
    different line ending, and charset-normalizer ranked Shift-JIS first: '£49' became '｣49' and '€' a control
    character.  Whatever the detector ranks first, such a text is read as Windows-1252."""
    import charset_normalizer

    real = charset_normalizer.from_bytes
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **kw: real(data.decode("cp1252").encode("cp932",
                        errors="replace"), **kw))      # a detector that answers with a CJK code page
    prose = "".join(f"Witness {i} told the court on Tuesday that the car had stopped {i} times on the road north "
                    "of the city before the police arrived.\r\n\r\n" for i in range(1, 100))
    data = (prose + "He was fined \u20ac70 (\u00a349) for possession, the court heard.\r\n\r\n"
            + prose.replace("Witness", "Officer") + "An update followed.\n").encode("cp1252")
    b = extract_bytes("dump.txt", b"A headline\r\n\r\n" + data)
    assert any("\u20ac70 (\u00a349)" in p for p in b.body), [p for p in b.body if "fined" in p]
    assert not any(n.kind == "problem" and "decoded as" in n.text for n in b.notes)
