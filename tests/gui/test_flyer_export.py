"""Export dialog choices, the export options they make, and the raster print fallback at 300 dpi."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from organiser.gui.flyers.export_dialog import ExportDialog, options_from, safe_file_name
from organiser.gui.flyers.printing import PRINT_DPI, paint_pdf
from organiser.printing.render.pdf import render_flyer
from tests.gui.flyer_support import chart_flyer


def test_dialog_restores_the_last_choice(qtbot: QtBot, tmp_path: Path) -> None:
    last = {"format": "png", "paper": "A5", "mode": "shop", "nup": 4, "grayscale": True, "dpi": 200,
            "folder": str(tmp_path), "sheet": "SRA3", "standard": "pdfx"}
    dialog = ExportDialog(chart_flyer(), last)
    qtbot.addWidget(dialog)
    choices = dialog.choices()
    assert {k: choices[k] for k in last} == {**last, "mode": "home", "standard": ""}  # a PNG: no shop page, no PDF/X
    assert dialog.path() == tmp_path / "Chart.png"
    assert not dialog.tile.isEnabled() and not dialog.cmyk.isEnabled()  # N-up excludes tiling; grey excludes CMYK
    options = options_from(choices)
    assert (options.paper, options.mode, options.nup, options.grayscale, options.cmyk, options.dpi) == \
        ("A5", "home", 4, True, False, 200)  # no copy-shop page as a PNG
    assert options.sheet == "SRA3" and dialog.sheet.isEnabled()
    assert safe_file_name('a/b: "c"') == "a b c"


def test_raster_print_fallback_paints_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_flyer(chart_flyer()).pdf
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(pdf, printer) == 1
    assert printer.resolution() == PRINT_DPI
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
