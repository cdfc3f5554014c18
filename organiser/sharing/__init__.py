"""Sharing between organisers: bundles (.organiser files) of sources, statements, tags, flyers and images.

Sits above corpus and flyers (it needs both) and below the front ends; nothing in it imports printing or Qt.
"""
