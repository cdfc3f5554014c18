"""The corpus side of the window: statement search, sources, statement edits and imports."""
