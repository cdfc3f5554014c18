"""The export dialog: PDF or PNG, paper, home/shop, N-up, poster tiling, colour, with preflight's findings listed
(each one a jump to its block). The choices belong to the flyer: they start from its print settings and are
stored back into it; only the folder is remembered between flyers."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers.model import PAPERS, Flyer, PrintMode, PrintSettings
from organiser.gui.i18n import arg

if TYPE_CHECKING:
    from organiser.printing.export import ExportOptions
    from organiser.printing.preflight import PreflightWarning

JUMP = 2  # the dialog's result when the user asked to see a finding's block
BlockRole = Qt.ItemDataRole.UserRole + 50

DEFAULTS: dict[str, Any] = {"format": "pdf", "paper": "", "mode": "", "nup": 1, "tile": "", "grayscale": False,
                            "cmyk": False, "dpi": 150, "folder": "", "marks": True, "sheet": "A4", "standard": ""}


def safe_file_name(title: str) -> str:
    name = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).split()).strip(".")
    return name[:80] or "flyer"


def choices_of(flyer: Flyer, folder: str = "") -> dict[str, Any]:
    """The dialog's starting choices: this flyer's own print settings ("" mode = as the flyer says)."""
    p = flyer.print
    return {**DEFAULTS, "format": p.export_format, "nup": p.nup, "tile": p.tile, "grayscale": p.grayscale,
            "cmyk": p.cmyk, "dpi": p.dpi, "folder": folder, "marks": p.crop_marks}


def print_settings_with(settings: PrintSettings, choices: dict[str, Any]) -> PrintSettings:
    """The flyer's print settings after an export with ``choices`` (kept for its next export)."""
    fmt: Literal["pdf", "png"] = "png" if choices.get("format") == "png" else "pdf"
    mode: PrintMode = "shop" if choices.get("mode") == "shop" else \
        "home" if choices.get("mode") == "home" else settings.mode
    return replace(settings, mode=mode, nup=int(choices.get("nup") or 1), tile=str(choices.get("tile") or ""),
                   grayscale=bool(choices.get("grayscale")), cmyk=bool(choices.get("cmyk")) and fmt == "pdf",
                   crop_marks=bool(choices.get("marks", settings.crop_marks)),
                   export_format=fmt, dpi=int(choices.get("dpi") or 150))


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
        # Marks matter on a copy-shop page or between N-up copies; "off" there is a real choice.
        crop_marks=None if choices.get("marks", True) else False,
        sheet=str(choices.get("sheet") or "A4"),
        standards=(str(choices["standard"]),) if choices.get("standard") else (),
    )


class ExportDialog(QDialog):
    """Asks where and how to export; ``choices()`` and ``path()`` give the answer."""

    def __init__(self, flyer: Flyer, last: dict[str, Any], parent: QWidget | None = None,
                 warnings: tuple[PreflightWarning, ...] | list[PreflightWarning] = (), for_print: bool = False) -> None:
        super().__init__(parent)
        self.for_print = for_print
        self.jump_block: str | None = None
        title = self.tr("Print flyer") if for_print else self.tr("Export flyer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        c = {**DEFAULTS, **last}
        self._shop_mode = c["mode"]
        self._flyer_shop = flyer.print.mode == "shop"
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
        self.grayscale = QCheckBox(self.tr("&Grey only (for photocopying)"))
        self.cmyk = QCheckBox(self.tr("CM&YK colours (for a copy shop)"))
        self.marks = QCheckBox(self.tr("Cut &marks (between copies, or crop marks for a copy shop)"))
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
        self.path_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter exports (adds no list item)
        folder = Path(c["folder"]) if c["folder"] and Path(c["folder"]).is_dir() else Path.home()
        self._stem = folder / safe_file_name(flyer.title)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # Enter exports, wherever the focus is
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
        # Every field has an Alt+letter: the whole dialog works from the keyboard.
        form.addRow(self.tr("File &type"), self.format)
        form.addRow(self.tr("Pap&er"), self.paper)
        form.addRow(self.tr("Printing &at"), self.mode)
        form.addRow(self.tr("&Copies per sheet"), self.nup)
        form.addRow(self.tr("Sheet s&ize"), self.sheet)
        form.addRow(self.tr("P&oster"), self.tile)
        form.addRow("", self.grayscale)
        form.addRow("", self.cmyk)
        form.addRow("", self.marks)
        form.addRow(self.tr("PDF stan&dard"), self.standard)
        form.addRow(self.tr("PNG &resolution"), self.dpi)
        save_as = QLabel(self.tr("&Save as"))
        save_as.setBuddy(self.path_edit)  # a row of two widgets gets no buddy by itself: Alt+S must reach the path
        form.addRow(save_as, path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("&Print…") if for_print else self.tr("E&xport"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Preflight findings"))
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._jump)
        self.show_button = QPushButton(self.tr("Show in the &flyer"))
        self.show_button.clicked.connect(lambda: self._jump(self.findings.currentItem()))
        self.show_button.setAutoDefault(False)
        for w in warnings:
            item = QListWidgetItem("⚠ " + w.message)
            item.setData(BlockRole, w.block_id or "")
            self.findings.addItem(item)
        n = len(warnings)
        self.findings_label = QLabel(
            self.tr("Preflight found %n thing(s) to check before printing (Enter shows the block):", "", n)
            if n else self.tr("Preflight found nothing to fix: ready to print."))
        self.findings_label.setWordWrap(True)
        self.findings.setVisible(bool(n))
        self.show_button.setVisible(bool(n))
        if n:
            self.findings.setCurrentRow(0)
            self.findings.setMaximumHeight(self.fontMetrics().height() * 7)
        layout = QVBoxLayout(self)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if for_print:  # the printer takes a PDF: no file type, resolution or file name to choose
            hidden: list[QWidget] = [self.format, self.dpi, self.path_edit, browse]
            for field in (self.format, self.dpi, path_row):
                field_label = form.labelForField(field)
                if field_label is not None:
                    hidden.append(field_label)
            for hide in hidden:
                hide.hide()

        self.format.setCurrentIndex(max(0, self.format.findData("pdf" if for_print else c["format"])))
        self.paper.setCurrentIndex(max(0, self.paper.findData(c["paper"])))
        self.mode.setCurrentIndex(max(0, self.mode.findData(c["mode"])))
        self.nup.setCurrentIndex(max(0, self.nup.findData(int(c["nup"] or 1))))
        self.tile.setCurrentIndex(max(0, self.tile.findData(c["tile"])))
        self.grayscale.setChecked(bool(c["grayscale"]))
        self.cmyk.setChecked(bool(c["cmyk"]))
        self.marks.setChecked(bool(c["marks"]))
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(c["sheet"])))
        self.standard.setCurrentIndex(max(0, self.standard.findData(c["standard"])))
        self.dpi.setValue(int(c["dpi"] or 150))
        for signal in (self.format.currentIndexChanged, self.nup.currentIndexChanged,
                       self.grayscale.toggled, self.mode.currentIndexChanged):
            signal.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        """Options that cannot apply to the chosen output are off and greyed out (not silently ignored)."""
        fmt = self.format.currentData()
        png = fmt == "png"
        self.path_edit.setCurrentText(str(self._stem.with_suffix(f".{fmt}")))
        self.dpi.setEnabled(png)
        self.tile.setEnabled(self.nup.currentData() == 1)
        # A PNG is for screens and messages: no copy-shop bleed and crop marks, no CMYK.
        self.mode.blockSignals(True)
        if png and self.mode.isEnabled():
            self._shop_mode = self.mode.currentData()
            self.mode.setCurrentIndex(self.mode.findData("home"))
        elif not png and not self.mode.isEnabled():
            self.mode.setCurrentIndex(max(0, self.mode.findData(self._shop_mode)))
        self.mode.blockSignals(False)
        self.mode.setEnabled(not png)
        shop_item = self.mode.model().item(self.mode.findData("shop"))  # type: ignore[attr-defined]
        if shop_item is not None:
            shop_item.setEnabled(not png)
        self.sheet.setEnabled(self.nup.currentData() != 1)
        self.standard.setEnabled(not png)
        self.cmyk.setEnabled(not self.grayscale.isChecked() and not png)
        if png:
            self.cmyk.setChecked(False)
        self.marks.setEnabled(self.nup.currentData() != 1 or self.mode.currentData() == "shop"
                              or (self.mode.currentData() == "" and self._flyer_shop))

    def _jump(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(BlockRole):
            self.jump_block = str(item.data(BlockRole))
            self.done(JUMP)

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
            "grayscale": self.grayscale.isChecked(), "cmyk": self.cmyk.isChecked() and self.cmyk.isEnabled(),
            "dpi": self.dpi.value(), "marks": self.marks.isChecked(),
            "folder": str(self.path().parent), "sheet": self.sheet.currentData(),
            "standard": self.standard.currentData() if self.standard.isEnabled() else "",
        }
