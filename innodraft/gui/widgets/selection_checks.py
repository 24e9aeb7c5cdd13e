"""Inline proportionality checks of the selected suitability requirement.

The findings come from the linter's project run (``proportionality`` rules use
the estimated value and contract type); this widget only lists those that
belong to the selected item.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from innodraft.gui import labels, theme
from innodraft.gui.document import ProjectDocument
from innodraft.gui.lint_service import LintService, severity_of
from innodraft.gui.models.findings_model import field


class SuitabilityChecks(QLabel):
    """Rich-text list of the findings of one suitability requirement."""

    def __init__(self, document: ProjectDocument, lint: LintService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.lint = lint
        self.item_id = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Proportionality checks"))
        lint.project_linted.connect(self.refresh)
        lint.ready_changed.connect(lambda _ok: self.refresh())
        self.refresh()

    def set_item(self, item_id: str) -> None:
        """Show the checks of suitability requirement ``item_id``."""
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        """Re-render from the latest project lint."""
        if not self.lint.available:
            self._note(self.lint.status or self.tr("Checks appear when the linter has loaded."))
            return
        if not self.item_id:
            lines: list[str] = []
            for item in self.document.project.selection.suitability:
                found = self.lint.item_findings("suitability", item.id)
                lines.extend(self._line(f, item.id) for f in found)
            if lines:
                self.setText("".join(lines))
            else:
                self._note("✓ " + self.tr("No proportionality problems found."),
                           theme.severity_colour("ok").name())
            return
        findings = self.lint.item_findings("suitability", self.item_id)
        if not findings:
            text = self.tr("No proportionality problems found for %1.").replace("%1", self.item_id)
            self._note("✓ " + text, theme.severity_colour("ok").name())
            return
        self.setText("".join(self._line(f) for f in findings))

    def _note(self, text: str, colour: str = "gray") -> None:
        self.setText(f"<span style='color:{colour}'>{escape(text)}</span>")

    def _line(self, finding: Any, item_id: str = "") -> str:
        sev = severity_of(finding)
        colour = theme.severity_colour(sev).name()
        basis = str(field(finding, "basis"))
        suggestion = str(field(finding, "suggestion"))
        extra = f" <i>({escape(basis)})</i>" if basis else ""
        hint = f"<br/>&nbsp;&nbsp;→ {escape(suggestion)}" if suggestion else ""
        prefix = f"<b>{escape(item_id)}</b> · " if item_id else ""
        return (f"<p>{prefix}<b style='color:{colour}'>{escape(labels.word(sev))}</b> "
                f"{escape(str(field(finding, 'message')))}{extra}{hint}</p>")
