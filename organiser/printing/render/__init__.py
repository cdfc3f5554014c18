"""Rendering: flyer to PDF (ReportLab), imposition of rendered pages (N-up, tiling) and PNG."""
