"""The built site in a real browser: Debian's chromium driven by Playwright, site/ served over HTTP.

Locally these tests skip when /usr/bin/chromium is missing; with BRIEFING_REQUIRE_BROWSER=1
(set by .ci/run) a missing browser is a failure.  No browser is ever downloaded.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import eval_dir
from site_helpers import ROOT, broken_links, build_site, copy_site_config, demo_briefings, gold_summary
from stories import hostile_briefing, hostile_summary

pytestmark = pytest.mark.slow     # a real browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]
SCREENSHOTS = ROOT / "test-output"


def _require_browser():
    """Skip (locally) or fail (CI) when the browser or Playwright is missing."""
    required = os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1"
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} not found (install Debian's chromium: apt-get install chromium)"
    else:
        if importlib.util.find_spec("playwright") is None:
            problem = "Playwright for Python is not installed (pip install -e '.[test]')"
    if problem and required:
        pytest.fail(f"browser tests are required (BRIEFING_REQUIRE_BROWSER=1) but {problem}")
    if problem:
        pytest.skip(f"browser tests skipped: {problem}")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _serve(site: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo corpus through the real `briefing build` (extract, consolidate, render, mkdocs)."""
    _require_browser()
    root = copy_site_config(tmp_path_factory.mktemp("browser-demo"))
    shutil.copytree(ROOT / "corpus", root / "corpus")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    summary = yaml.safe_load((root / "briefings" / "summary.yaml").read_text(encoding="utf-8")) or {}
    server, url = _serve(root / "site")
    yield {"site": root / "site", "url": url, "conflicts": len(summary.get("conflicts") or [])}
    server.shutdown()


@pytest.fixture(scope="module")
def gold(tmp_path_factory):
    """The demo sources with the gold consolidation (8 conflicts, one resolved) as the summary."""
    _require_browser()
    gold_dir = eval_dir("seeds-gold")
    briefings = demo_briefings()
    site = build_site(tmp_path_factory.mktemp("browser-gold"), briefings, gold_summary(gold_dir, briefings))
    server, url = _serve(site)
    yield {"site": site, "url": url}
    server.shutdown()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, page errors and dialogs (alert = script ran)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: pg.problems.append(f"request failed: {r.url}"))

    def on_dialog(d):
        pg.problems.append(f"dialog: {d.message}")
        d.dismiss()
    pg.on("dialog", on_dialog)
    yield pg
    context.close()


def test_home_shows_conflicts_and_corroboration_counts_real_pipeline(page, demo):
    page.goto(demo["url"])
    assert page.locator("h2#conflicts").is_visible()
    badges = page.locator(".bf-badge")
    assert badges.count() > 0 and re.fullmatch(r"\d of 5 sources", badges.first.inner_text())
    conflicts = page.locator("#conflicts ~ .admonition.danger, #conflicts ~ .admonition.success")
    assert conflicts.count() == demo["conflicts"]
    if demo["conflicts"]:
        assert conflicts.first.locator("table tbody tr").count() >= 2          # values side by side
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)
    assert page.problems == []


def test_home_shows_conflicts_and_corroboration_counts_gold_summary(page, gold):
    page.goto(gold["url"])
    danger = page.locator(".admonition.danger")
    assert danger.count() == 7 and page.locator(".admonition.success").count() == 1
    sherman = danger.filter(has_text="Wendy Sherman — title")
    assert sherman.is_visible()
    rows = sherman.locator("tbody tr")
    assert rows.count() == 3 and "3 of 5 sources" in rows.nth(2).inner_text()
    assert page.locator(".bf-badge", has_text="5 of 5 sources").count() >= 3
    page.screenshot(path=str(SCREENSHOTS / "home-gold.png"), full_page=True)
    assert page.problems == []


def test_quote_link_opens_the_source_at_its_paragraph(page, demo):
    # Wait until the search worker has loaded: clicking earlier aborts its request (a flaky "request failed").
    page.goto(demo["url"], wait_until="networkidle")
    link = page.locator("#quotes-by-speaker ~ ul a[href*='#p-']").first
    href = link.get_attribute("href")
    para = href.split("#")[1]
    link.click()
    page.wait_for_url(re.compile(rf".*/sources/.+#{para}$"))
    target = page.locator(f"#{para}")
    assert page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id") == para
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]     # scrolled into view
    other = page.locator(".bf-para:not(:target)").first
    style = "el => getComputedStyle(el).backgroundColor"
    assert target.evaluate(style) != other.evaluate(style)                        # highlighted
    page.screenshot(path=str(SCREENSHOTS / "source.png"))
    assert page.problems == []


def search(page, words: str):
    """Type into Material's search box like a reader, once the index is loaded; returns the result items."""
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("() => !/Initializing/i.test(document.querySelector('.md-search-result__meta')"
                           ".textContent)", timeout=15000)
    box.press_sequentially(words, delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert meta.is_visible()
    return results


def test_search_finds_a_quote_by_a_few_words(page, demo):
    page.goto(demo["url"])
    results = search(page, "open door")
    assert "open door" in " ".join(results.all_inner_texts()).lower()
    hrefs = [a.get_attribute("href") or "" for a in page.locator(".md-search-result__link").all()]
    assert any("sources/" in h for h in hrefs)
    assert page.problems == []


def test_source_page_shows_its_correction_first_and_removed_lines_collapsed(page, demo):
    pages = sorted(demo["site"].glob("sources/*/index.html"))
    with_notice = [p for p in pages if 'class="admonition danger"' in p.read_text(encoding="utf-8")
                   and "<details" in p.read_text(encoding="utf-8")]
    assert with_notice, "the demo corpus has a source with a correction and removed lines"
    page.goto(demo["url"] + with_notice[0].parent.relative_to(demo["site"]).as_posix() + "/")
    notice = page.locator(".admonition.danger").first
    box = notice.bounding_box()
    assert notice.is_visible() and box["y"] < page.viewport_size["height"]       # above the fold
    removed = page.locator("details", has_text="Removed as boilerplate")
    assert removed.get_attribute("open") is None and not removed.locator("table").is_visible()
    removed.locator("summary").click()
    assert removed.locator("table").is_visible()
    assert page.problems == []


def test_no_console_errors_on_any_kind_of_page(page, demo):
    site = demo["site"]
    paths = ["", "sources/", "people/"]
    paths += [p.parent.relative_to(site).as_posix() + "/" for p in sorted(site.glob("sources/*/index.html"))[:2]]
    paths += [p.parent.relative_to(site).as_posix() + "/" for p in sorted(site.glob("people/*/index.html"))[:2]]
    for path in paths:
        page.goto(demo["url"] + path)
        page.wait_for_load_state("networkidle")
    assert page.problems == []


def test_every_internal_link_resolves(demo):
    assert broken_links(demo["site"]) == []


def test_every_internal_link_resolves_gold_summary(gold):
    assert broken_links(gold["site"]) == []


def test_phone_width_has_no_horizontal_scroll(browser, demo):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    for path in ["", next(demo["site"].glob("sources/*/index.html")).parent.relative_to(demo["site"]).as_posix()]:
        pg.goto(demo["url"] + path + ("/" if path else ""))
        overflow = pg.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path or 'home'} is {overflow}px wider than a phone screen"
    context.close()


def test_article_text_never_runs_as_script_in_the_browser(page, tmp_path):
    site = build_site(tmp_path, [hostile_briefing()], hostile_summary())
    server, url = _serve(site)
    try:
        for path in ["", "sources/hostile-source/", "people/"]:
            page.goto(url + path)
        search(page, "alert script")
        page.wait_for_timeout(300)
    finally:
        server.shutdown()
    assert not [p for p in page.problems if p.startswith(("dialog", "page error"))], page.problems


def test_missing_browser_skips_locally_and_fails_when_required(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("BRIEFING_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not found"):
        _require_browser()
    monkeypatch.setenv("BRIEFING_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="required"):
        _require_browser()
