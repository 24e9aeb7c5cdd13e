"""A table model over one id-carrying list of the project (requirements, outcomes, …).

Columns are declared with :class:`Column`: the item field, a header and how to
show and edit it. Edits go through the document as commands, so they are
undoable; the model listens to ``document.changed`` and emits ``dataChanged``
for a single edited field, or resets when items were inserted, removed or moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from innodraft.core.commands import Path as ModelPath
from innodraft.core.commands import get_list
from innodraft.core.errors import CommandError

from innodraft.gui import labels
from innodraft.gui.document import ProjectDocument, path_touches

SortRole = Qt.ItemDataRole.UserRole
"""Native, comparable value for sorting through a proxy model."""
IdRole = Qt.ItemDataRole.UserRole + 1
"""The item's stable id."""
ValueRole = Qt.ItemDataRole.UserRole + 2
"""The raw field value (enum member, number, date)."""

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of an :class:`ItemTableModel`."""

    key: str
    """Item field name (or a computed key handled by a subclass)."""
    header: str
    editable: bool = True
    enum: type[Enum] | None = None
    """Enum class of the field: cells show translated labels."""
    fmt: Callable[[Any], str] | None = None
    """Display formatter for the raw value."""
    align_right: bool = False
    tooltip: str = ""


def format_number(value: Any) -> str:
    """Numbers with Dutch-style grouping kept neutral: 1 234 567.5 → '1,234,567.50'."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return f"{float(value):,.2f}"


def format_value(value: Any) -> str:
    """Plain display text of a field value."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return labels.label(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class ItemTableModel(QAbstractTableModel):
    """Rows are the items of ``list_path``; columns are item fields."""

    def __init__(self, document: ProjectDocument, list_path: ModelPath, columns: list[Column],
                 item_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_path = list_path
        self.columns = columns
        self.item_name = item_name
        self._items: list[Any] = []
        self._row_of: dict[str, int] = {}
        self._reload()
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)

    # -- helpers -------------------------------------------------------------------------------
    def column_of(self, key: str) -> int:
        """Index of the column showing ``key`` (ValueError if none)."""
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise ValueError(key)

    def item(self, row: int) -> Any:
        """The item shown in ``row``."""
        return self._items[row]

    def item_id(self, row: int) -> str:
        """Stable id of the item in ``row``."""
        return str(self._items[row].id)

    def row_of(self, item_id: str) -> int:
        """Row of the item with ``item_id`` (-1 if absent)."""
        return self._row_of.get(item_id, -1)

    def refresh(self) -> None:
        """Re-read the list (after a reset of the project)."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        try:
            items, _ = get_list(self.document.project, self.list_path)
        except CommandError:
            items = []
        self._items = list(items)
        self._row_of = {str(item.id): row for row, item in enumerate(self._items)}

    def refresh_row(self, item_id: str, keys: tuple[str, ...] = ()) -> None:
        """Tell views one item's cells changed (``keys`` limits the columns)."""
        row = self.row_of(item_id)
        if row < 0:
            return
        cols = [i for i, c in enumerate(self.columns) if not keys or c.key in keys]
        if cols:
            self.dataChanged.emit(self.index(row, min(cols)), self.index(row, max(cols)))

    def _on_changed(self, paths: tuple) -> None:
        n = len(self.list_path)
        for path in paths:
            if not path_touches(tuple(path), self.list_path):
                continue
            if len(path) <= n:
                self.refresh()
                return
            key = path[n + 1] if len(path) > n + 1 else ""
            self.refresh_row(path[n], (key,) if key else ())

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip
        return None

    def raw(self, item: Any, key: str) -> Any:
        """Value of ``key`` for ``item`` (subclasses add computed keys)."""
        return getattr(item, key, None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        col = self.columns[index.column()]
        value = self.raw(item, col.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return col.fmt(value) if col.fmt else format_value(value)
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(value, Enum) or value is None or isinstance(value, dt.date):
                return format_value(value) if not isinstance(value, Enum) else value.value
            return value
        if role == SortRole:
            if isinstance(value, Enum):
                return list(type(value)).index(value)
            if value is None:
                return ""
            if isinstance(value, dt.date):
                return value.isoformat()
            if key_is_id(col.key):
                return natural_id_key(str(value))
            return value
        if role == IdRole:
            return str(item.id)
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 60:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if col.editable and hasattr(self._items[index.row()], col.key):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        item = self._items[index.row()]
        path = (*self.list_path, str(item.id), col.key)
        old = getattr(item, col.key, None)
        try:
            new = convert(value, old, col.enum)
            self.document.set_value(path, new, self.tr("Edit %1").replace("%1", col.header))
        except (CommandError, ValueError, TypeError):
            return False
        return True


def key_is_id(key: str) -> bool:
    """True for the id column."""
    return key == "id"


def natural_id_key(item_id: str) -> str:
    """Sort key that orders ``E-2`` before ``E-10``."""
    head, _, tail = item_id.rpartition("-")
    return f"{head}-{int(tail):08d}" if tail.isdigit() else item_id


def convert(value: Any, old: Any, enum: type[Enum] | None) -> Any:
    """Turn an editor value into the field's type (old value gives the type)."""
    if enum is not None:
        return value if isinstance(value, enum) else enum(value)
    if isinstance(old, bool):
        return bool(value)
    if isinstance(old, float):
        return float(value)
    if isinstance(old, int):
        return int(value)
    if isinstance(old, dt.date) or (old is None and isinstance(value, dt.date)):
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value).strip())
    if old is None:  # optional field: empty clears it, else a date or a number
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        for parse in (dt.date.fromisoformat, int, float):
            try:
                return parse(text)
            except ValueError:
                continue
        return text
    return "" if value is None else str(value)
