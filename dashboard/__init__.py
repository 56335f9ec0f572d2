"""Sitrep: turns a folder of news articles and reports into a briefing dashboard."""

__version__ = "0.1.0"
