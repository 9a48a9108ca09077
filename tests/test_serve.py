"""The live loop: a real `mkdocs serve` re-renders a page when its YAML is edited."""
from __future__ import annotations

import html
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from test_pipeline import DEADLOCK, ENV, build, yaml_for

from generator.build.plugin import pages_to_render
from generator.store.files import briefing_files

pytestmark = pytest.mark.slow     # a live mkdocs serve


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return html.unescape(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(predicate, seconds: float) -> float:
    """Seconds until `predicate()` held; fails after `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds}s")


def set_title(path: Path, title: str) -> None:
    text = re.sub(r"^  title: .*$", f"  title: {title}", path.read_text(encoding="utf-8"), count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def test_pages_to_render_follows_what_changed(tmp_path: Path) -> None:
    a, b = tmp_path / "briefings" / "ferry-strike.yaml", tmp_path / "briefings" / "port-closure.yaml"
    summary, template = tmp_path / "briefings" / "summary.yaml", tmp_path / "templates" / "source.md.j2"
    before = {a: (1, 10), b: (1, 20), summary: (1, 30), template: (1, 40)}
    assert pages_to_render({}, before) is None                                  # first render: everything
    assert pages_to_render(before, {**before, a: (2, 11)}) == {"ferry-strike"}
    assert pages_to_render(before, {**before, summary: (2, 31)}) == set()       # the summary page only
    assert pages_to_render(before, {**before, template: (2, 41)}) is None
    gone = dict(before)
    del gone[b]
    assert pages_to_render(before, gone) == {"port-closure"}


def test_mkdocs_serve_rerenders_an_edited_yaml_and_survives_a_broken_one(project: Path, tmp_path: Path) -> None:
    build(project, "--no-site")
    path = yaml_for(project, DEADLOCK)
    url = f"http://127.0.0.1:{free_port()}"
    page = f"{url}/sources/{path.stem}/"
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", url.split("//")[1]],
                                  cwd=project, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "Text" in fetch(page), 60)
        log_start = len(log_path.read_text())

        set_title(path, "Live edit, envoys leave Brussels without a deal")
        wait_for(lambda: "Live edit, envoys leave Brussels without a deal" in fetch(page), 10)
        wait_for(lambda: "Live edit" in fetch(url + "/"), 5)                     # the summary page too
        rerendered = log_path.read_text()[log_start:]
        assert f"sources/{path.stem}.md" in rerendered
        others = [p.stem for p in briefing_files(project / "briefings") if p.stem != path.stem]
        assert others and not any(f"sources/{sid}.md" in rerendered for sid in others), rerendered

        path.write_text(path.read_text(encoding="utf-8") + "quotes: [unclosed\n", encoding="utf-8")
        wait_for(lambda: "not re-rendered" in log_path.read_text(), 10)
        broken_lines = [ln for ln in log_path.read_text().splitlines() if "not re-rendered" in ln]
        assert len(broken_lines) >= 1 and f"{path}:" in broken_lines[0]
        assert "Live edit, envoys leave Brussels without a deal" in fetch(page)   # last good page served

        text = path.read_text(encoding="utf-8").replace("quotes: [unclosed\n", "")
        path.write_text(text.replace("Live edit,", "Fixed again,"), encoding="utf-8")
        wait_for(lambda: "Fixed again, envoys leave Brussels" in fetch(page), 10)
        assert server.poll() is None
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            pytest.fail("mkdocs serve did not stop on SIGTERM")
