"""Export and print of the open flyer as background jobs, with progress and plain-language outcomes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from organiser.gui.flyers.export_dialog import JUMP, ExportDialog, choices_of, options_from, print_settings_with
from organiser.gui.i18n import arg

if TYPE_CHECKING:
    from organiser.gui.flyers.workspace import FlyerWorkspace
    from organiser.printing.export import ExportReport


def export_to(ws: FlyerWorkspace, path: Path, choices: dict[str, Any],
              on_done: Callable[[ExportReport], None] | None = None,
              on_failed: Callable[[str], None] | None = None, progress: bool = True) -> bool:
    """Export the open flyer to ``path`` off the GUI thread; False when nothing is open."""
    flyer = ws.current_flyer()
    if flyer is None:
        ws.status_message.emit(QCoreApplication.translate("Exporting", "Open or create a flyer first."))
        return False
    ws.session.save_now()
    from dataclasses import replace

    from organiser.flyers.images import ImageSource

    options = replace(options_from(choices), images=ImageSource(corpus_path=ws.corpus.path))
    dialog: QProgressDialog | None = None
    if progress and not ws.workers.synchronous:
        dialog = QProgressDialog(QCoreApplication.translate("Exporting", "Exporting…"), "", 0, 0, ws)
        dialog.setWindowTitle(QCoreApplication.translate("Exporting", "Export"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)

    def work(_job: object) -> ExportReport:
        from organiser.printing.export import export_flyer

        return export_flyer(flyer, path, options)

    def finished(report: ExportReport) -> None:
        if dialog is not None:
            dialog.close()
        if on_done is not None:
            on_done(report)

    def failed(message: str) -> None:
        if dialog is not None:
            dialog.close()
        ws.status_message.emit(arg(QCoreApplication.translate("Exporting", "Export failed: %1"), message))
        if on_failed is not None:
            on_failed(message)

    ws.workers.submit(work, finished, failed)
    return True


class Exporting(QObject):
    """Plural texts of the export outcome (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def summary(self, report: ExportReport) -> str:
        files = self.tr("%n file(s)", "", len(report.files)) if len(report.files) > 1 else str(report.path)
        pages = self.tr("%n page(s)", "", report.pages)
        if report.sheets != report.pages:
            text = arg(self.tr("Saved %1: %2 on %3."), files, pages, self.tr("%n sheet(s)", "", report.sheets))
        else:
            text = arg(self.tr("Saved %1: %2."), files, pages)
        if report.warnings:  # say what, not how many
            from organiser.gui.flyers.preflight_text import warning_text

            text += "\n\n" + self.tr("To check:") + "\n" + "\n".join(f"• {warning_text(w.message)}"
                                                                   for w in report.warnings)
        return text


def _summary(report: ExportReport) -> str:
    return Exporting().summary(report)


def _ask(ws: Any, for_print: bool) -> dict[str, Any] | None:
    """The export (or print) dialog for the open flyer; its choices are stored with the flyer. None: cancelled
    (or the user chose to see a finding's block, which is then selected)."""
    flyer = ws.current_flyer()
    settings = ws.settings()
    folder = str(settings.export_choices().get("folder") or "")
    warnings = ws.last_result.warnings if ws.last_result is not None else ()
    dialog = ExportDialog(flyer, choices_of(flyer, folder), ws, warnings=warnings, for_print=for_print)
    ws.export_dialog = dialog
    try:
        result = dialog.exec()
    finally:
        ws.export_dialog = None
    if result == JUMP and dialog.jump_block:
        ws.show_block(dialog.jump_block)
        return None
    if result != QDialog.DialogCode.Accepted:
        return None
    choices = dialog.choices()
    if not for_print:
        choices["path"] = dialog.path()
        settings.set_export_choices({"folder": choices["folder"]})
    stored = print_settings_with(flyer.print, choices)
    if stored != flyer.print:
        ws.edit(lambda f: replace(f, print=stored), ws.tr("Change export settings"), ("export-settings",))
    return choices


def ask_and_export(ws: FlyerWorkspace) -> None:
    flyer = ws.current_flyer()
    if flyer is None:
        ws.status_message.emit(QCoreApplication.translate("Exporting", "Open or create a flyer to export it."))
        return
    choices = _ask(ws, for_print=False)
    if choices is None:
        return
    path = choices.pop("path")

    def done(report: ExportReport) -> None:
        text = _summary(report)
        ws.status_message.emit(text.split("\n")[0])
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Information, translate("Exporting", "Export finished"), text,
                          QMessageBox.StandardButton.Close, ws)
        folder = box.addButton(translate("Exporting", "Open containing folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.path.parent)))

    def failed(message: str) -> None:
        translate = QCoreApplication.translate
        QMessageBox.warning(ws, translate("Exporting", "Export failed"),
                            arg(translate("Exporting", "The flyer was not exported.\n\n%1"), message))

    export_to(ws, path, choices, done, failed)


def ask_and_print(ws: FlyerWorkspace) -> None:
    """The system print dialog, then the PDF goes to CUPS as-is (vector) or as 300-dpi pages."""
    flyer = ws.current_flyer()
    if flyer is None:
        ws.status_message.emit(QCoreApplication.translate("Exporting", "Open or create a flyer to print it."))
        return
    choices = _ask(ws, for_print=True)  # N-up, cut marks and mode, as for an export
    if choices is None:
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setDocName(flyer.title)
    dialog = QPrintDialog(printer, ws)
    dialog.setWindowTitle(QCoreApplication.translate("Exporting", "Print flyer"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    _remove_stale_print_folders()
    tmp = Path(tempfile.mkdtemp(prefix=PRINT_PREFIX)) / "flyer.pdf"

    def done(_report: ExportReport) -> None:
        from organiser.gui.flyers.printing import print_pdf

        try:
            ws.status_message.emit(print_pdf(tmp, printer))
        except Exception as err:  # printer gone, CUPS refused...: one sentence, no traceback
            translate = QCoreApplication.translate
            QMessageBox.warning(ws, translate("Exporting", "Printing failed"),
                                arg(translate("Exporting", "The flyer was not printed.\n\n%1"), err))
        finally:
            _remove_print_folder(tmp)

    if not export_to(ws, tmp, {**choices, "format": "pdf"}, done, lambda _message: _remove_print_folder(tmp)):
        _remove_print_folder(tmp)


PRINT_PREFIX = "organiser-print-"
STALE_PRINT_S = 24 * 3600.0


def _remove_stale_print_folders() -> None:
    """Folders of print jobs whose app was killed before it could remove them (a day old: never a running job)."""
    import shutil
    import time

    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(f"{PRINT_PREFIX}*"):
        try:
            if folder.is_dir() and not folder.is_symlink() and folder.stat().st_uid == os.getuid() \
                    and now - folder.stat().st_mtime > STALE_PRINT_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _remove_print_folder(tmp: Path) -> None:
    """The print job's temporary PDF is gone once the job is handed over (lp copies it into the spool)."""
    import shutil

    shutil.rmtree(tmp.parent, ignore_errors=True)
