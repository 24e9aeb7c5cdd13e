"""Table model of lint findings, for one requirement or for the whole project."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from innodraft.core.model import AcceptedFinding

from innodraft.gui import labels
from innodraft.gui.lint_service import severity_of
from innodraft.gui.models.item_table import Index, SortRole, natural_id_key

FindingRole = Qt.ItemDataRole.UserRole + 10
"""The :class:`FindingRow` of a row."""

COL_SEVERITY, COL_ITEM, COL_CATEGORY, COL_MESSAGE, COL_TEXT = range(5)
"""Column numbers."""

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

_CONTEXT = "FindingsModel"
_HEADERS = (QT_TRANSLATE_NOOP("FindingsModel", "Severity"), QT_TRANSLATE_NOOP("FindingsModel", "Item"),
            QT_TRANSLATE_NOOP("FindingsModel", "Category"), QT_TRANSLATE_NOOP("FindingsModel", "Message"),
            QT_TRANSLATE_NOOP("FindingsModel", "Text"))
_ACCEPTED = QT_TRANSLATE_NOOP("FindingsModel", "accepted")
_DETAIL_LABELS = (QT_TRANSLATE_NOOP("FindingsModel", "Basis:"),
                  QT_TRANSLATE_NOOP("FindingsModel", "Suggestion:"),
                  QT_TRANSLATE_NOOP("FindingsModel", "Accepted:"))


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)



@dataclass(frozen=True)
class FindingRow:
    """A finding of one item with its acceptance, if any."""

    item_id: str
    finding: Any
    accepted: AcceptedFinding | None = None

    @property
    def severity(self) -> str:
        """``error``/``warning``/``info``."""
        return severity_of(self.finding)


def field(finding: Any, name: str, default: Any = "") -> Any:
    """Attribute of a finding (findings are frozen records)."""
    value = getattr(finding, name, default)
    return default if value is None else value


class FindingsModel(QAbstractTableModel):
    """Rows of :class:`FindingRow`; the item column can be hidden for one requirement."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FindingRow] = []
        self.headers = [_t(h) for h in _HEADERS]

    def set_rows(self, rows: list[FindingRow]) -> None:
        """Replace all rows (sorted by item, position)."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (natural_id_key(r.item_id),
                                                int(field(r.finding, "start", 0)),
                                                _SEVERITY_ORDER.get(r.severity, 3)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == FindingRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEVERITY:
                text = labels.word(row.severity)
                accepted = _t(_ACCEPTED)
                return text + (" · " + accepted if row.accepted else "")
            if col == COL_ITEM:
                return row.item_id
            if col == COL_CATEGORY:
                return labels.word(str(field(row.finding, "category")))
            if col == COL_MESSAGE:
                return str(field(row.finding, "message"))
            if col == COL_TEXT:
                return str(field(row.finding, "text"))
        if role == SortRole:
            if col == COL_SEVERITY:
                return _SEVERITY_ORDER.get(row.severity, 3)
            if col == COL_ITEM:
                return natural_id_key(row.item_id)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(row.finding, row.accepted)
        if role == Qt.ItemDataRole.FontRole and row.accepted is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{labels.word(row.severity)}: {field(row.finding, 'message')}"
        return None


def tooltip_html(finding: Any, accepted: AcceptedFinding | None = None) -> str:
    """Rich tooltip: message, explanation, basis, suggestion (and acceptance)."""
    from html import escape  # noqa: PLC0415 - tiny

    basis_label, suggestion_label, accepted_label = (_t(w) for w in _DETAIL_LABELS)
    parts = [f"<b>{escape(labels.word(severity_of(finding)))}</b> · "
             f"{escape(labels.word(str(field(finding, 'category'))))}"
             f" <span style='color:gray'>({escape(str(field(finding, 'rule')))})</span>",
             f"<p>{escape(str(field(finding, 'message')))}</p>"]
    explanation = str(field(finding, "explanation"))
    if explanation:
        parts.append(f"<p>{escape(explanation)}</p>")
    basis = str(field(finding, "basis"))
    if basis:
        parts.append(f"<p><i>{escape(basis_label)}</i> {escape(basis)}</p>")
    suggestion = str(field(finding, "suggestion"))
    if suggestion:
        parts.append(f"<p><i>{escape(suggestion_label)}</i> {escape(suggestion)}</p>")
    if accepted is not None:
        parts.append(f"<p><i>{escape(accepted_label)}</i> {escape(accepted.justification)}"
                     f" — {escape(accepted.author)}</p>")
    return "<qt>" + "".join(parts) + "</qt>"
