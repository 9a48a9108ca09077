"""Property-based tests: the extractors never crash on any text, never invent words, keep ids stable."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build.pipeline import extract_bytes
from generator.clean import stage as clean
from generator.facts import stage as facts
from generator.quotes import stage as quotes
from generator.read import sources

WORDS = st.sampled_from(["the", "minister", "said", "“", "”", "\"", "'", "Mr.", "Smith", "told", "reporters",
                         "100,000", "troops", "on", "Wednesday", "—", "(@NATO)", "January", "12,", "2022",
                         "Leave", "a", "Comment", "{{", "}}", "<script>", "|", "#", "\n", "\n\n", "«", "»"])
ARTICLE = st.lists(WORDS, max_size=120).map(" ".join) | st.text(max_size=600)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@SETTINGS
@given(ARTICLE)
def test_clean_never_crashes_and_invents_nothing(text: str) -> None:
    doc = sources.decode("x.txt", text.encode("utf-8"))
    cleaned = clean.clean(doc)
    source_words = _tokens(doc.text)
    for para in cleaned.body:
        assert _tokens(para) <= source_words


@SETTINGS
@given(ARTICLE)
def test_quotes_come_from_the_text(text: str) -> None:
    body = [p for p in text.split("\n") if p.strip()]
    found = quotes.find_quotes(body, [])
    words = _tokens(text)
    for q in found:
        assert _tokens(q.text) <= words
        assert q.paragraph is None or 1 <= q.paragraph <= len(body)


@SETTINGS
@given(ARTICLE)
def test_facts_never_crash_and_point_into_the_body(text: str) -> None:
    cleaned = clean.clean(sources.decode("x.txt", text.encode("utf-8")))
    found = facts.extract_facts(cleaned, [])
    for f in found.facts:
        assert f.paragraph is None or 1 <= f.paragraph <= len(cleaned.body)


@settings(max_examples=40, deadline=None)
@given(ARTICLE)
def test_ids_are_stable(text: str) -> None:
    a = extract_bytes("same.txt", text.encode("utf-8"))
    b = extract_bytes("same.txt", text.encode("utf-8"))
    assert a.source.id == b.source.id
    assert [q.id for q in a.quotes] == [q.id for q in b.quotes]
    assert [f.id for f in a.facts] == [f.id for f in b.facts]
