"""Briefing: a folder of news articles about one event -> a briefing website."""

__version__ = "0.1.0"
