"""The organisation profile in the app: who hands the flyers out and how new flyers start (language, look, paper)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers.model import PAPERS
from organiser.flyers.profile import Profile
from organiser.gui.i18n import UI_LANGUAGES, language_name

FLYER_LANGUAGES = tuple(UI_LANGUAGES)


class ProfileDialog(QDialog):
    """``profile()`` is what was entered; ``apply_to_open`` says whether the open flyer should take it now."""

    def __init__(self, profile: Profile, flyer_open: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation profile"))
        self.setAccessibleName(self.tr("Organisation profile"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(profile.name)
        self.contact = QLineEdit(profile.contact)
        self.contact.setPlaceholderText(self.tr("e.g. info[at]your-group.org"))
        self.website = QLineEdit(profile.website)
        self.website.setPlaceholderText(self.tr("e.g. your-group.org (the QR code leads there)"))
        self.logo = QLineEdit(profile.logo)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName(self.tr("Choose a logo image"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # Enter saves the profile, wherever the focus is
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.language = QComboBox()
        for code in FLYER_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language or "en")))
        from organiser.printing.layout.themes import THEMES

        self.theme = QComboBox()
        self.theme.addItem(self.tr("As the template"), "")
        for key, theme in THEMES.items():
            self.theme.addItem(theme.title, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(profile.theme)))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("As the template"), "")
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(profile.paper)))
        self.apply_box = QCheckBox(self.tr("Also put these details in the open &flyer"))
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("&Name"), self.name, self.tr("Organisation name")),
            (self.tr("&Contact"), self.contact, self.tr("Contact")),
            (self.tr("&Website"), self.website, self.tr("Website")),
            (self.tr("&Logo"), logo_row, self.tr("Logo image file")),
            (self.tr("Lan&guage of new flyers"), self.language, self.tr("Language of new flyers")),
            (self.tr("&Theme of new flyers"), self.theme, self.tr("Theme of new flyers")),
            (self.tr("&Paper of new flyers"), self.paper, self.tr("Paper of new flyers")),
        ):
            field = self.logo if isinstance(widget, QHBoxLayout) else widget
            caption = QLabel(label)
            caption.setBuddy(field)  # Alt+letter reaches the field, also for the logo's row
            form.addRow(caption, widget)
            field.setAccessibleName(name)
        note = QLabel(self.tr("New flyers print these details in their footer and QR code."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.apply_box)
        layout.addWidget(buttons)
        self.apply_box.setHidden(not flyer_open)

    def _browse(self) -> None:
        start = str(Path(self.logo.text()).expanduser().parent) if self.logo.text() else ""
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), start,
                                               self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def profile(self) -> Profile:
        return Profile(self.name.text(), self.contact.text(), self.website.text(), self.logo.text(),
                       language=str(self.language.currentData() or ""), theme=str(self.theme.currentData() or ""),
                       paper=str(self.paper.currentData() or "")).cleaned()

    @property
    def apply_to_open(self) -> bool:
        return not self.apply_box.isHidden() and self.apply_box.isChecked()
