"""Facts stage: counts, money, dates, events and headline facts of one source, each dated against its own publication day."""

from generator.facts.own_day import on_day
from generator.facts.stage import extract_facts, finish_corpus

__all__ = ["extract_facts", "finish_corpus", "on_day"]
