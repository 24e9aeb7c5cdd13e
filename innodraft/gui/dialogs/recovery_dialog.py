"""Offer autosaved projects after an unclean exit (or on request from the File menu)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.autosave import AutosaveEntry

from innodraft.gui.resources import icon
from innodraft.gui.widgets.binding import set_accessible


class RecoveryDialog(QDialog):
    """Lists autosaves; the result is the chosen entry or a request to discard all."""

    def __init__(self, entries: list[AutosaveEntry], crashed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.setMinimumWidth(560)
        self.entries = entries
        self.chosen: AutosaveEntry | None = None
        self.discard_all = False
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "innodraft did not close properly last time. These projects have changes that "
            "were autosaved but not saved to their file:") if crashed else self.tr(
            "These autosaved projects have changes that were not saved to their file:"), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget(self)
        for entry in entries:
            where = entry.source or self.tr("never saved")
            title = entry.title or self.tr("Untitled")
            item = QListWidgetItem(icon("recover"), f"{title}\n{where} — "
                                   + self.tr("autosaved %1").replace(
                                       "%1", entry.saved_at.strftime("%Y-%m-%d %H:%M")))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        set_accessible(self.list, self.tr("Autosaved projects"))
        intro.setBuddy(self.list)
        lay.addWidget(self.list, 1)
        note = QLabel(self.tr("The original files are not changed until you save."), self)
        note.setObjectName("muted")
        lay.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton(icon("recover"), self.tr("Recover"), self)
        self.recover_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard all"), self)
        self.later_button = QPushButton(self.tr("Not now"), self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self._recover())
        lay.addWidget(buttons)

    def _recover(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.chosen = self.entries[row]
            self.accept()

    def _discard(self) -> None:
        self.discard_all = True
        self.accept()
