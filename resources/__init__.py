"""Data shipped with Organiser (fonts and their licences, templates, the flyer JSON Schema); no code."""
