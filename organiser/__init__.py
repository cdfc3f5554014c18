"""Organiser: an offline corpus of campaign texts that turns statements into print-ready flyers."""

__version__ = "0.1.0"
