"""Ask why a lint finding is kept on purpose (the justification is stored and exported)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innodraft.gui.models.findings_model import field
from innodraft.gui.widgets.binding import set_accessible


class AcceptDialog(QDialog):
    """Justification for keeping a finding; OK stays disabled until one is typed."""

    def __init__(self, finding: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept finding"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        info = QLabel(
            f"<p><b>{escape(str(field(finding, 'message')))}</b></p>"
            f"<p>“{escape(str(field(finding, 'text')))}”</p>", self)
        info.setWordWrap(True)
        lay.addWidget(info)
        prompt = QLabel(self.tr(
            "Why is this wording needed? The justification is kept with the requirement, "
            "shown in the review copy, and applies to exactly this text."), self)
        prompt.setWordWrap(True)
        lay.addWidget(prompt)
        self.justification = QPlainTextEdit(self)
        self.justification.setPlaceholderText(self.tr(
            "e.g. The new lamps must fit the existing masts of this type; a functional "
            "description is not possible. Equivalent products are accepted."))
        self.justification.setTabChangesFocus(True)
        set_accessible(self.justification, self.tr("Justification"),
                       self.tr("Required: why the flagged words are kept"))
        prompt.setBuddy(self.justification)
        lay.addWidget(self.justification, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Accept"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.justification.textChanged.connect(self._on_text)
        self.justification.setFocus()

    def _on_text(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The justification, trimmed."""
        return self.justification.toPlainText().strip()
