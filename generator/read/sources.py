"""Readers: find corpus files and turn their bytes into decoded `SourceDocument`s.

`decode` is a pure function of (file name, bytes), so extraction can be mapped over a
process pool today and a cluster engine later.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from pathlib import Path

from generator.model.briefing import SourceDocument
from generator.model.kinds import SourceFormat
from generator.read.front_matter import split_front_matter
from generator.read.metadata import shown_metadata
from generator.read.page_header import page_values
from generator.text.controls import strip_controls
from generator.text.numerals import counted

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024    # no article is this long; larger files are truncated with a problem note


class SourceError(Exception):
    """A corpus file that cannot be read at all (the message names the file)."""


def is_supported(name: str) -> bool:
    low = name.lower()
    return low.endswith(SUPPORTED)


#: The corpus folder's own instructions (made by `briefing new`), not an article.
FOLDER_README = {"readme", "readme.md", "readme.txt"}


def list_corpus(corpus_dir: Path) -> tuple[list[Path], list[str]]:
    """Supported files under `corpus_dir` in a stable order, plus one warning per skipped file."""
    files: list[Path] = []
    warnings: list[str] = []
    root = corpus_dir.resolve()
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or rel.as_posix().lower() in FOLDER_README:
            continue                       # hidden files and folders (editor swap files, .git); the README
        if not path.is_file():
            continue
        if not path.resolve().is_relative_to(root):
            warnings.append(f"{rel}: skipped, it links outside the corpus folder")
            continue
        if not is_supported(path.name):
            warnings.append(f"{rel}: skipped, not a .txt, .md, .html, .htm or .html.gz file")
            continue
        files.append(path)
    return files, warnings


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc}); check the file's permissions") from exc


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _gunzip(data: bytes, problems: list[str]) -> bytes:
    """Decompress in a stream, member after member, and stop one byte past the read cap: a gzip bomb
    (8 GB of zeros in 8 MB) costs what the cap allows, not what it unpacks to."""
    out: list[bytes] = []
    total = 0
    rest = data
    try:
        while rest.strip(b"\0") and total <= MAX_BYTES:       # members, then perhaps zero padding
            d = zlib.decompressobj(wbits=31)
            try:
                chunk = d.decompress(rest, MAX_BYTES + 1 - total)
            except zlib.error:
                if out:
                    break                         # trailing bytes after a whole member: ignored
                raise
            out.append(chunk)
            total += len(chunk)
            if not d.eof:
                if total > MAX_BYTES:
                    break                         # the cap: read no further
                raise EOFError("truncated gzip stream")
            rest = d.unused_data
    except (EOFError, zlib.error):
        problems.append("file ends in .gz but is not valid gzip; read as is")
        return data
    unpacked = b"".join(out)
    if len(unpacked) > MAX_BYTES:
        problems.append(f"file unpacks to more than {MAX_BYTES // 1_000_000} MB; "
                        f"only the first {MAX_BYTES // 1_000_000} MB were read")
        return unpacked[:MAX_BYTES]
    return unpacked


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    # a stray NUL is damage in a text file (stripped later, with a note); many NULs mean binary data
    if head.count(b"\x00") > max(2, len(head) // 200) and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    magic = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF")
    return head.startswith(magic)


#: Code pages of DOS consoles and of the classic Mac OS: a detector may pick one for Windows-1252 text whose
#: quotes and dashes (0x91-0x97) are letters there ('I donít' for 'I don’t'); news is not written in them.
#: Bytes below 128.  A text whose bytes are more than 99% of these is Western prose with a few Windows-1252 signs
#: (a detector can otherwise score it as Shift-JIS: two high bytes in 14 KB are no evidence of Japanese).
_ASCII_BYTES = bytes(range(128))
_LEGACY_CODEPAGES = frozenset({"cp437", "cp737", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860",
                            "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869",
                            "macroman", "maciceland", "maclatin2", "macturkish", "maccroatian", "macromanian"})
#: Windows-1252's curly quotes and dashes, followed by a space or a letter, as prose uses them.
_CP1252_PUNCTUATION = re.compile(rb"[\x91-\x97][ A-Za-z]")


#: Letters only Central European code pages have: when a 'cp1250' text has (almost) none of them, its '£' and
#: 'è' bytes are Windows-1252 ('Ł24m' is '£24m').
_CENTRAL_EUROPEAN = re.compile("[ŁłŚśŹźĽľŤťŇňŘřŮůĹĺŔŕĆćŃńŐőŰűĘęĚěČčĄąŠšŽž]")


def _to_text(data: bytes, problems: list[str]) -> tuple[str, str]:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data.translate(None, _ASCII_BYTES)) * 100 < len(data):
        try:                        # an English page with a stray '€' or '£': Windows-1252, not a CJK code page
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure falls back below
        best = None
    if best is not None and best.encoding:
        enc = best.encoding
        text = str(best)
        if (enc.replace("_", "").lower() in _LEGACY_CODEPAGES and _CP1252_PUNCTUATION.search(data)
                or enc.replace("_", "").lower() == "cp1250" and len(_CENTRAL_EUROPEAN.findall(text)) * 2000 < len(text)):
            try:                    # Windows quotes and dashes (0x91-0x97), not a DOS or Mac code page's letters
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        if enc.replace("_", "").lower() not in ("cp1252", "latin1", "iso88591", "ascii", "utf8"):
            problems.append(f"decoded as {enc} (detected)")
        return text, enc
    problems.append("bytes are not valid UTF-8 and no encoding could be detected; undecodable bytes replaced")
    return data.decode("utf-8", errors="replace"), "utf-8"


#: A lead byte of a UTF-8 sequence read as cp1252/latin-1 ("Ã", "Â", "â") followed by a continuation byte
#: read the same way: the fingerprint of mojibake.  Text without it is left to a cheap NFC pass.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                            "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_text(text: str) -> str:
    """Repair mojibake where ftfy is sure, NFC-normalise; ftfy only runs when the text shows the fingerprint."""
    if _MOJIBAKE_HINT.search(text):
        try:
            import ftfy
            return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False,
                                 fix_line_breaks=False, unescape_html=False)
        except ImportError:  # pragma: no cover
            pass
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _repair(text: str, fmt: str) -> str:
    """Normalise line ends; repair plain text now, markup later (on the extracted text, which is far smaller)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text if fmt == "html" else repair_text(text)


def decode(file: str, data: bytes) -> SourceDocument:
    """Turn one corpus file's bytes into text; never raises on bad content."""
    problems: list[str] = []
    digest = sha256(data)
    low = file.lower()
    if low.endswith(".gz"):
        data = _gunzip(data, problems)
    if len(data) > MAX_BYTES:
        problems.append(f"file is {len(data) // 1_000_000} MB; only the first {MAX_BYTES // 1_000_000} MB were read")
        data = data[:MAX_BYTES]
    fmt: SourceFormat = "html" if low.endswith(HTML_SUFFIXES) else "text"
    given: dict[str, str] = {}
    if fmt == "html" and data.startswith(b"---"):     # a page `briefing add` stored: its URL and fetch time
        given, data = page_values(data)
    if _looks_binary(data):
        problems.append("file looks binary (an image, PDF or archive?), not text; nothing extracted")
        return SourceDocument(file=file, format=fmt, text="", sha256=digest, encoding="binary", problems=problems)
    text, encoding = _to_text(data, problems)
    if fmt == "text" and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        fmt = "html"
    text, controls = strip_controls(_repair(text, fmt))
    if controls:
        problems.append(f"{counted(controls, 'control or bidi-override character')} "
                        "(NUL, ESC, U+202E …) removed from the text")
    if fmt == "text":                   # front matter: what the file says about itself; never body text
        front = split_front_matter(text)
        text, given = front.text, {**given, **front.values}
        problems.extend(front.problems)
    if not text.strip():
        problems.append("file is empty; nothing extracted")
    shown = shown_metadata(text.split("\n")) if fmt == "text" and text.strip() else {}
    return SourceDocument(file=file, format=fmt, text=text, sha256=digest, encoding=encoding, problems=problems,
                          given=given, shown=shown)
