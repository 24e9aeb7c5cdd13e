"""Table model of the scoring scale (score, label, anchored descriptor).

Scale levels carry no ids, so every edit replaces the whole list with one
``SetValue`` on ``("award", "scale")``.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from innodraft.core.errors import CommandError
from innodraft.core.model import ScaleLevel

from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.models.item_table import Index

SCALE_PATH = ("award", "scale")
"""Where the scale lives in the project."""

COL_SCORE, COL_LABEL, COL_DESCRIPTOR = range(3)
"""Column numbers."""


class ScaleModel(QAbstractTableModel):
    """The scale levels of the award model."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.headers = [self.tr("Score"), self.tr("Label"), self.tr("Descriptor")]
        document.changed.connect(self._on_changed)
        document.reset.connect(self._reset)

    @property
    def levels(self) -> list[ScaleLevel]:
        """The current scale levels."""
        return self.document.project.award.scale

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_changed(self, paths: tuple) -> None:
        if any(path_touches(tuple(p), SCALE_PATH) for p in paths):
            self._reset()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.levels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.levels):
            return None
        level = self.levels[index.row()]
        value = (level.score, level.label, level.descriptor)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}" if index.column() == COL_SCORE else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DESCRIPTOR:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        levels = copy.deepcopy(self.levels)
        level = levels[index.row()]
        try:
            if index.column() == COL_SCORE:
                level.score = float(value)
            elif index.column() == COL_LABEL:
                level.label = str(value)
            else:
                level.descriptor = str(value)
            self.document.set_value(SCALE_PATH, levels, self.tr("Edit scoring scale"))
        except (ValueError, TypeError, CommandError):
            return False
        return True

    def add_level(self) -> int:
        """Append a level one above the highest score; returns its row."""
        levels = copy.deepcopy(self.levels)
        top = max((lv.score for lv in levels), default=-1.0)
        levels.append(ScaleLevel(score=top + 1))
        self.document.set_value(SCALE_PATH, levels, self.tr("Add scale level"))
        return len(levels) - 1

    def remove_level(self, row: int) -> None:
        """Remove the level in ``row``."""
        levels = copy.deepcopy(self.levels)
        if 0 <= row < len(levels):
            del levels[row]
            self.document.set_value(SCALE_PATH, levels, self.tr("Remove scale level"))

    def set_default(self, levels: list[ScaleLevel]) -> None:
        """Replace the scale by ``levels`` (one undo step)."""
        self.document.set_value(SCALE_PATH, copy.deepcopy(levels), self.tr("Use standard scale"))
