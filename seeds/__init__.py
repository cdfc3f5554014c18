"""The sample corpus imported into a newly created corpus; no code."""
