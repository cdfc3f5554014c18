"""The corpus: sources, statements, tags and search in one SQLite file, and the importers that feed it.

May import only ``organiser.errors`` and ``organiser.atomic``; never flyers, printing, the GUI or the CLI.
"""
