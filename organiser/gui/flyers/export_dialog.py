"""The export dialog: PDF or PNG, paper, home/shop, N-up, poster tiling, colour; remembers the last choice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers.model import PAPERS, Flyer
from organiser.gui.i18n import arg

if TYPE_CHECKING:
    from organiser.printing.export import ExportOptions

DEFAULTS: dict[str, Any] = {"format": "pdf", "paper": "", "mode": "", "nup": 1, "tile": "", "grayscale": False,
                            "cmyk": False, "dpi": 150, "folder": "", "sheet": "A4", "standard": ""}


def safe_file_name(title: str) -> str:
    name = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).split()).strip(".")
    return name[:80] or "flyer"


def options_from(choices: dict[str, Any]) -> ExportOptions:
    """The core's export options for a dialog choice ("" means: as the flyer says)."""
    from organiser.printing.export import ExportOptions

    nup = int(choices.get("nup") or 1)
    return ExportOptions(
        mode=choices.get("mode") or None,
        paper=choices.get("paper") or None,
        nup=nup,
        tile=(choices.get("tile") or None) if nup == 1 else None,
        grayscale=bool(choices.get("grayscale")),
        cmyk=bool(choices.get("cmyk")) and not choices.get("grayscale"),
        dpi=int(choices.get("dpi") or 150),
        sheet=str(choices.get("sheet") or "A4"),
        standards=(str(choices["standard"]),) if choices.get("standard") else (),
    )


class ExportDialog(QDialog):
    """Asks where and how to export; ``choices()`` and ``path()`` give the answer."""

    def __init__(self, flyer: Flyer, last: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export flyer"))
        self.setAccessibleName(self.tr("Export flyer"))
        c = {**DEFAULTS, **last}
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (print-ready, vector)"), "pdf")
        self.format.addItem(self.tr("PNG image"), "png")
        self.paper = QComboBox()
        self.paper.addItem(arg(self.tr("As the flyer (%1)"), flyer.page.paper), "")
        for p in PAPERS:
            self.paper.addItem(p, p)
        self.mode = QComboBox()
        shop = flyer.print.mode == "shop"
        self.mode.addItem(arg(self.tr("As the flyer (%1)"), self.tr("copy shop") if shop else self.tr("home printer")),
                          "")
        self.mode.addItem(self.tr("Home printer (no bleed)"), "home")
        self.mode.addItem(self.tr("Copy shop (bleed, crop marks)"), "shop")
        self.nup = QComboBox()
        self.nup.addItem(self.tr("1 per sheet"), 1)
        for n in (2, 4, 8):
            self.nup.addItem(arg(self.tr("%1 per sheet"), n), n)
        self.tile = QComboBox()
        self.tile.addItem(self.tr("No (one page per sheet)"), "")
        for sheet in ("A4", "A3", "Letter"):
            self.tile.addItem(arg(self.tr("Split across %1 sheets"), self.tr("Letter") if sheet == "Letter" else sheet),
                              sheet)
        self.grayscale = QCheckBox(self.tr("Grey only (for photocopying)"))
        self.cmyk = QCheckBox(self.tr("CMYK colours (for a copy shop)"))
        self.sheet = QComboBox()
        for sheet in ("A4", "A3", "SRA4", "SRA3"):
            self.sheet.addItem(arg(self.tr("%1 (shop sheet, room for bleed)"), sheet) if sheet.startswith("SRA")
                               else sheet, sheet)
        self.standard = QComboBox()
        self.standard.addItem(self.tr("Plain PDF"), "")
        self.standard.addItem(self.tr("PDF/X-4 (for a press)"), "pdfx")
        self.standard.addItem(self.tr("PDF/A-2b (for archiving)"), "pdfa")
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.path_edit = QComboBox()
        self.path_edit.setEditable(True)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right everywhere
        folder = Path(c["folder"]) if c["folder"] and Path(c["folder"]).is_dir() else Path.home()
        self._stem = folder / safe_file_name(flyer.title)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        for widget, name in ((self.format, self.tr("File type")), (self.paper, self.tr("Paper")),
                             (self.mode, self.tr("Printing at")), (self.nup, self.tr("Copies per sheet")),
                             (self.sheet, self.tr("Sheet")), (self.standard, self.tr("PDF standard")),
                             (self.tile, self.tr("Poster tiling")), (self.grayscale, self.tr("Grey only")),
                             (self.cmyk, self.tr("CMYK colours")), (self.dpi, self.tr("PNG resolution")),
                             (self.path_edit, self.tr("Save as"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("File type"), self.format)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Printing at"), self.mode)
        form.addRow(self.tr("Copies per sheet"), self.nup)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Poster"), self.tile)
        form.addRow("", self.grayscale)
        form.addRow("", self.cmyk)
        form.addRow(self.tr("PDF standard"), self.standard)
        form.addRow(self.tr("PNG resolution"), self.dpi)
        form.addRow(self.tr("Save as"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.format.setCurrentIndex(max(0, self.format.findData(c["format"])))
        self.paper.setCurrentIndex(max(0, self.paper.findData(c["paper"])))
        self.mode.setCurrentIndex(max(0, self.mode.findData(c["mode"])))
        self.nup.setCurrentIndex(max(0, self.nup.findData(int(c["nup"] or 1))))
        self.tile.setCurrentIndex(max(0, self.tile.findData(c["tile"])))
        self.grayscale.setChecked(bool(c["grayscale"]))
        self.cmyk.setChecked(bool(c["cmyk"]))
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(c["sheet"])))
        self.standard.setCurrentIndex(max(0, self.standard.findData(c["standard"])))
        self.dpi.setValue(int(c["dpi"] or 150))
        for signal in (self.format.currentIndexChanged, self.nup.currentIndexChanged,
                       self.grayscale.toggled):
            signal.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        fmt = self.format.currentData()
        self.path_edit.setCurrentText(str(self._stem.with_suffix(f".{fmt}")))
        self.dpi.setEnabled(fmt == "png")
        self.tile.setEnabled(self.nup.currentData() == 1)
        self.sheet.setEnabled(self.nup.currentData() != 1)
        self.cmyk.setEnabled(not self.grayscale.isChecked())

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export as"), self.path_edit.currentText(),
                                               self.tr("PDF files (*.pdf)") if fmt == "pdf" else
                                               self.tr("PNG images (*.png)"))
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_suffix(f".{fmt}")
            self._stem = path.with_suffix("")
            self.path_edit.setCurrentText(str(path))

    def path(self) -> Path:
        path = Path(self.path_edit.currentText().strip()).expanduser()
        fmt = self.format.currentData()
        return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")

    def choices(self) -> dict[str, Any]:
        return {
            "format": self.format.currentData(), "paper": self.paper.currentData(),
            "mode": self.mode.currentData(), "nup": self.nup.currentData(), "tile": self.tile.currentData(),
            "grayscale": self.grayscale.isChecked(), "cmyk": self.cmyk.isChecked(), "dpi": self.dpi.value(),
            "folder": str(self.path().parent), "sheet": self.sheet.currentData(),
            "standard": self.standard.currentData(),
        }
