"""Facts stage: counts, money, dates, events and headline facts of one source, then dated against the corpus."""

from generator.facts.stage import extract_facts, finish_corpus

__all__ = ["extract_facts", "finish_corpus"]
