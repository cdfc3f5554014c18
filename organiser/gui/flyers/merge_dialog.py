"""Data merge from the window: pick a CSV of rows, see which fields each row fills or lacks, export the copies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.errors import OrganiserError
from organiser.flyers.merge import MergeTable, fields_in, merge_all, read_rows

if TYPE_CHECKING:
    from organiser.gui.flyers.workspace import FlyerWorkspace
    from organiser.printing.merge_export import MergeReport


class MergeDialog(QDialog):
    def __init__(self, ws: FlyerWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table: MergeTable | None = None
        self.report: MergeReport | None = None
        flyer = ws.current_flyer()
        self.setWindowTitle(self.tr("Merge with a table of rows"))
        self.setAccessibleName(self.tr("Merge with a table of rows"))
        self.setMinimumWidth(560)
        self.fields = fields_in(flyer) if flyer else []
        intro = QLabel(self.tr("Write fields such as {venue} or {time} in the flyer's text; each row of a CSV "
                               "table whose first line names them makes one copy.") + "\n"
                       + (self.tr("This flyer uses: %1").replace("%1", ", ".join("{" + f + "}" for f in self.fields))
                          if self.fields else self.tr("This flyer has no {fields} yet.")))
        intro.setWordWrap(True)
        self.rows_edit = QLineEdit()
        self.rows_edit.setAccessibleName(self.tr("Table of rows (CSV)"))
        self.rows_edit.editingFinished.connect(lambda: self.load_rows(Path(self.rows_edit.text())))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._browse_rows)
        rows_line = QHBoxLayout()
        rows_line.addWidget(self.rows_edit, 1)
        rows_line.addWidget(choose)
        self.out_edit = QLineEdit(str(Path.home() / "merged"))
        self.out_edit.setAccessibleName(self.tr("Folder for the copies"))
        self.one_file = QCheckBox(self.tr("All rows in &one PDF (a page per row) instead of one PDF per row"))
        self.rows_list = QListWidget()
        self.rows_list.setAccessibleName(self.tr("Rows and what they lack"))
        form = QFormLayout()
        rows_caption = QLabel(self.tr("&Rows"))
        rows_caption.setBuddy(self.rows_edit)  # Alt+R reaches the file field of the two-widget row
        form.addRow(rows_caption, rows_line)
        form.addRow(self.tr("&Save in"), self.out_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.one_file)
        layout.addWidget(self.rows_list, 1)
        layout.addWidget(buttons)

    def _browse_rows(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Table of rows"), "", self.tr("CSV tables (*.csv *.tsv "
                                                                                         "*.txt)"))
        if name:
            self.rows_edit.setText(name)
            self.load_rows(Path(name))

    def load_rows(self, path: Path) -> bool:
        """Read the rows and list each with the fields it lacks (nothing is written yet)."""
        self.rows_list.clear()
        self.table = None
        self.merge_button.setEnabled(False)
        flyer = self.ws.current_flyer()
        if flyer is None or not str(path).strip():
            return False
        try:
            table = read_rows(path)
        except OrganiserError as err:
            self.rows_list.addItem(str(err))
            return False
        self.table = table
        for row in merge_all(flyer, table):
            line = self.tr("Row %1 “%2”: ").replace("%1", str(row.index + 1)).replace("%2", row.name)
            line += (self.tr("lacks %1 — it will be skipped").replace("%1", ", ".join(row.missing))
                     if row.missing else self.tr("ready"))
            self.rows_list.addItem(line)
        self.merge_button.setEnabled(bool(self.fields))
        return True

    def run(self) -> MergeReport | None:
        flyer = self.ws.current_flyer()
        if flyer is None or self.table is None:
            return None
        from organiser.printing.merge_export import export_merge

        self.ws.session.save_now()
        try:
            report = export_merge(flyer, self.table, Path(self.out_edit.text()).expanduser(),
                                  one_file=self.one_file.isChecked())
        except OrganiserError as err:
            self.rows_list.addItem(self.tr("Nothing was made: %1").replace("%1", str(err)))
            return None
        self.report = report
        self.rows_list.clear()
        self.rows_list.addItem(self.tr("Made %1 of %2 copies in %3.").replace("%1", str(report.made))
                               .replace("%2", str(len(self.table.rows))).replace("%3", self.out_edit.text()))
        for line in report.errors:
            self.rows_list.addItem(line)
        self.ws.status_message.emit(self.rows_list.item(0).text())
        return report
