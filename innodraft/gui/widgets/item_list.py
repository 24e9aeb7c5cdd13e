"""An editable list of project items: table, add/remove/move buttons, in-place editing.

Used for outcomes, market notes, lots, exclusion grounds, suitability
requirements, award criteria and milestones. Enum columns edit through a
combo box showing translated labels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innodraft.gui import labels
from innodraft.gui.models.item_table import ItemTableModel
from innodraft.gui.resources import icon
from innodraft.gui.widgets.binding import set_accessible

Index = QModelIndex | QPersistentModelIndex


class EnumDelegate(QStyledItemDelegate):
    """Edits enum cells with a combo box of translated labels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        model = index.model()
        col = _column(model, index)
        if col is None or col.enum is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for member, text in labels.choices(col.enum):
            combo.addItem(text, member.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def fixed_columns(view: QTableView, model: ItemTableModel, samples: dict[str, str],
                  stretch: str) -> None:
    """Give columns fixed widths from sample texts and stretch one.

    Large tables must not use ``ResizeToContents``: the header would read every
    row's data on each change (hundreds of milliseconds on 300 requirements).
    """
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    padding = 24
    for key, sample in samples.items():
        col = model.column_of(key)
        header_text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        labels_width = max(metrics.horizontalAdvance(t) for t in (sample, header_text))
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, labels_width + padding)
    header.setSectionResizeMode(model.column_of(stretch), QHeaderView.ResizeMode.Stretch)


def _column(model: Any, index: Index) -> Any:
    while model is not None and not isinstance(model, ItemTableModel):
        source = getattr(model, "sourceModel", None)
        if source is None:
            return None
        index = model.mapToSource(index)
        model = source()
    return None if model is None else model.columns[index.column()]


class ItemList(QWidget):
    """Table of one item list with add, remove, move up and move down."""

    current_changed = Signal(str)
    """Id of the selected item ('' when none)."""

    def __init__(self, model: ItemTableModel, add: Callable[[], str | None], name: str,
                 stretch_key: str | tuple[str, ...] = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._add = add
        self.name = name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(EnumDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keys = (stretch_key,) if isinstance(stretch_key, str) and stretch_key else stretch_key
        for key in keys:
            header.setSectionResizeMode(model.column_of(key), QHeaderView.ResizeMode.Stretch)
        if not keys:
            header.setStretchLastSection(True)
        set_accessible(self.view, name)
        lay.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = self._button("add", self.tr("Add"), self._on_add)
        self.remove_button = self._button("delete", self.tr("Remove"), self._on_remove)
        self.up_button = self._button("up", self.tr("Move up"), lambda: self._on_move(-1))
        self.down_button = self._button("down", self.tr("Move down"), lambda: self._on_move(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.buttons = buttons
        lay.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QToolButton:
        b = QToolButton(self)
        b.setIcon(icon(icon_name))
        b.setText(text)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        set_accessible(b, f"{text} ({self.name})")
        return b

    def current_id(self) -> str:
        """Id of the selected item, '' when none."""
        row = self.view.currentIndex().row()
        return self.model.item_id(row) if 0 <= row < self.model.rowCount() else ""

    def select(self, item_id: str) -> None:
        """Select the item with ``item_id``."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        has = 0 <= row < self.model.rowCount()
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    def _on_add(self) -> None:
        new_id = self._add()
        if new_id:
            self.select(new_id)
            self.view.setFocus()

    def _on_remove(self) -> None:
        item_id = self.current_id()
        if not item_id:
            return
        row = self.model.row_of(item_id)
        self.model.document.remove_item(self.model.list_path, item_id,
                                        self.tr("Remove %1").replace("%1", item_id))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def _on_move(self, step: int) -> None:
        item_id = self.current_id()
        if not item_id:
            return
        row = self.model.row_of(item_id)
        self.model.document.move_item(self.model.list_path, item_id, row + step,
                                      self.tr("Move %1").replace("%1", item_id))
        self.select(item_id)
