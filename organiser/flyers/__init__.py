"""Flyers as data: the document model, its edits, its JSON file format, templates, samples and the profile.

May import the corpus (statements, storage); never printing, the GUI or the CLI.
"""
