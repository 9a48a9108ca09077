"""Consolidate stage: many briefings into one summary (agreement, conflicts, claims, quote groups, timeline)."""

from generator.consolidate.stage import consolidate

__all__ = ["consolidate"]
