"""Printing: hand the PDF to CUPS (`lp`, stays vector) or paint 300-dpi page images on a QPrinter."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from organiser.errors import OrganiserError
from organiser.gui.i18n import arg

PRINT_DPI = 300


class PrintError(OrganiserError):
    """The job could not be handed to the printer."""


def cups_available() -> bool:
    return shutil.which("lp") is not None


def send_with_lp(pdf_path: Path, printer_name: str, copies: int = 1, duplex: bool = False) -> str:
    """Queue ``pdf_path`` on ``printer_name`` with CUPS; returns lp's job line."""
    command = ["lp", "-n", str(max(1, copies))]
    if printer_name:
        command += ["-d", printer_name]
    if duplex:
        command += ["-o", "sides=two-sided-long-edge"]
    command.append(str(pdf_path))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise PrintError(arg(QCoreApplication.translate("Printing", "The printing system did not answer (%1)."),
                             err)) from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        why = reason[-1] if reason else QCoreApplication.translate("Printing", "no reason given")
        raise PrintError(arg(QCoreApplication.translate("Printing", "The printer refused the job: %1"), why))
    return done.stdout.strip()


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Rasterise each page at ``dpi`` and paint it on ``printer`` (fallback when the file cannot go as-is)."""
    import pypdfium2 as pdfium

    from organiser.printing.render.png import PDFIUM_LOCK

    with PDFIUM_LOCK:
        return _paint_pdf(pdfium.PdfDocument(pdf), printer, dpi)


def _paint_pdf(doc: Any, printer: QPrinter, dpi: int) -> int:
    printer.setResolution(dpi)
    painter = QPainter()
    try:
        first = doc[0]
        width_pt, height_pt = first.get_width(), first.get_height()
        size = QPageSize(QSize(round(min(width_pt, height_pt)), round(max(width_pt, height_pt))), "flyer")
        orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt else \
            QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(size, orientation, printer.pageLayout().margins()))
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("Printing", "The printer could not be opened."))
        for i in range(len(doc)):
            if i:
                printer.newPage()
            bitmap = doc[i].render(scale=dpi / 72.0, fill_color=(255, 255, 255, 255))
            pil = bitmap.to_pil().convert("RGB")
            image = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            target = painter.viewport()
            scaled = QRectF(0, 0, pil.width, pil.height)
            ratio = min(target.width() / scaled.width(), target.height() / scaled.height())
            painter.drawImage(QRectF(0, 0, scaled.width() * ratio, scaled.height() * ratio), image, scaled)
        return len(doc)
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


def print_pdf(pdf_path: Path, printer: QPrinter) -> str:
    """Print the exported PDF; returns a sentence for the status bar."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and cups_available():
        duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone
        send_with_lp(pdf_path, printer.printerName(), printer.copyCount(), duplex)
        name = printer.printerName() or QCoreApplication.translate("Printing", "the default printer")
        return arg(QCoreApplication.translate("Printing", "Sent to %1 (vector PDF)."), name)
    pages = paint_pdf(pdf_path.read_bytes(), printer)
    return Printing().printed(pages)


class Printing(QObject):
    """The plural sentence (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def printed(self, pages: int) -> str:
        return arg(self.tr("Printed %n page(s) at %1 dpi.", "", pages), PRINT_DPI)
