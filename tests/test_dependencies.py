"""A missing library is one clear error at the start, never an empty extraction."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import trafilatura

from generator import cli
from generator.build import dependencies
from generator.build.dependencies import MissingDependency, require
from generator.clean.html import clean_html

PAGE = ("<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        + "<p>The dock workers voted on Monday to end the strike that had closed the port for two weeks.</p>" * 6
        + "</article></body></html>")


def test_every_extraction_library_is_installed_here() -> None:
    require()


def test_a_missing_library_is_named_with_what_needs_it_and_how_to_install_it() -> None:
    with pytest.raises(MissingDependency) as err:
        require({"trafilatura": ("trafilatura", "finds the article"),
                 "no_such_module_xyz": ("no-such-package", "something the cleaner needs")})
    message = str(err.value)
    assert "no-such-package (something the cleaner needs)" in message
    assert "trafilatura" not in message.split(".")[0]           # only what is missing is listed
    assert "pip install no-such-package" in message and "\n" not in message


def test_build_stops_at_the_start_with_one_line_and_writes_nothing(project: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(dependencies.EXTRACTION, "no_such_module_xyz", ("lxml_html_clean", "lxml.html.clean"))
    assert cli.main(["--root", str(project), "build", "--no-site"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: missing Python packages: lxml_html_clean") and "\n" not in err
    assert not any((project / "briefings").iterdir())
    assert cli.main(["clean", str(project / "corpus" / sorted(p.name for p in (project / "corpus").iterdir())[0])]) == 1


def test_the_page_itself_reads_fine(monkeypatch) -> None:
    assert "dock workers" in " ".join(clean_html(PAGE).body)


def test_an_unimportable_extractor_raises_instead_of_giving_an_empty_page(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)          # `import trafilatura` now fails
    with pytest.raises(ImportError):
        clean_html(PAGE)


def test_an_import_error_inside_extraction_is_not_read_as_a_broken_page(monkeypatch) -> None:
    """What a lxml without lxml_html_clean did: justext, imported lazily, failed on every page."""
    def lazy_import_fails(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(trafilatura, "bare_extraction", lazy_import_fails)
    with pytest.raises(ImportError, match="lxml_html_clean"):
        clean_html(PAGE)
