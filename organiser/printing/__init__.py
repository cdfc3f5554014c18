"""Printing: a flyer laid out with ReportLab into PDF and PNG, imposed for handouts, checked by preflight.

May import flyers and the corpus; never the GUI or the CLI.
"""
