"""Typed data the stages pass along: briefings, quotes, facts, the summary, and their stable ids."""
