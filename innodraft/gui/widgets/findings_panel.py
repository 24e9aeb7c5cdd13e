"""A findings table with a detail pane and the actions on the selected finding.

Activating a row (double-click, Enter) asks to jump to the flagged span. The
buttons ask to apply the rule's replacement, to accept the finding with a
justification, or to withdraw an acceptance; the owner performs them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from innodraft.gui import labels, theme
from innodraft.gui.models.findings_model import (
    COL_CATEGORY,
    COL_ITEM,
    COL_MESSAGE,
    COL_SEVERITY,
    COL_TEXT,
    FindingRole,
    FindingRow,
    FindingsModel,
    field,
)
from innodraft.gui.models.item_table import SortRole
from innodraft.gui.resources import icon
from innodraft.gui.widgets.binding import set_accessible


class FindingsPanel(QWidget):
    """Findings of one requirement (``show_item=False``) or of the whole project."""

    jump_requested = Signal(object)
    apply_requested = Signal(object)
    accept_requested = Signal(object)
    withdraw_requested = Signal(object)

    def __init__(self, name: str, show_item: bool = True, parent: QWidget | None = None,
                 vertical: bool = False) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.view = QTableView(split)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_ITEM if show_item else COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setColumnHidden(COL_ITEM, not show_item)
        self.view.setColumnHidden(COL_TEXT, not show_item)
        header = self.view.horizontalHeader()  # fixed widths: the project list can be long
        metrics = self.view.fontMetrics()
        for col, sample in ((COL_SEVERITY, "Warning · accepted"), (COL_ITEM, "E-0000"),
                            (COL_CATEGORY, "Proportionality"), (COL_TEXT, "of the brand X")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 20)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        set_accessible(self.view, name)
        self.detail = QTextBrowser(split)
        self.detail.setOpenLinks(False)
        set_accessible(self.detail, self.tr("Explanation of the selected finding"))
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2 if vertical else 3)
        split.setStretchFactor(1, 3 if vertical else 2)
        self.view.setMinimumHeight(60)
        self.detail.setMinimumHeight(60)
        lay.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        buttons.addWidget(self.count_label, 1)
        self.apply_button = QPushButton(icon("apply"), self.tr("Apply suggestion"), self)
        self.accept_button = QPushButton(icon("accept"), self.tr("Accept…"), self)
        self.withdraw_button = QPushButton(self.tr("Withdraw acceptance"), self)
        set_accessible(self.apply_button, self.tr("Apply suggestion"),
                       self.tr("Replace the flagged words with the rule's suggestion"))
        set_accessible(self.accept_button, self.tr("Accept finding"),
                       self.tr("Keep the flagged words on purpose, with a justification"))
        set_accessible(self.withdraw_button, self.tr("Withdraw acceptance"))
        for b in (self.apply_button, self.accept_button, self.withdraw_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(self._on_activated)
        self.apply_button.clicked.connect(lambda: self._emit(self.apply_requested))
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.withdraw_button.clicked.connect(lambda: self._emit(self.withdraw_requested))
        self.set_rows([])

    def set_rows(self, rows: list[FindingRow]) -> None:
        """Show these findings, keeping the selection on the same finding if possible."""
        previous = self.current()
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if r.accepted is None)
        accepted = len(rows) - open_count
        if not rows:
            self.count_label.setText(self.tr("No findings."))
        elif accepted:
            self.count_label.setText(self.tr("%1 open, %2 accepted")
                                     .replace("%1", str(open_count)).replace("%2", str(accepted)))
        else:
            self.count_label.setText(self.tr("%1 open").replace("%1", str(open_count)))
        if previous is not None:
            for row in range(self.proxy.rowCount()):
                r = self.proxy.index(row, 0).data(FindingRole)
                if (r.item_id, field(r.finding, "rule"), field(r.finding, "start")) == (
                        previous.item_id, field(previous.finding, "rule"),
                        field(previous.finding, "start")):
                    self.view.setCurrentIndex(self.proxy.index(row, 0))
                    break
        self._update()

    def current(self) -> FindingRow | None:
        """The selected finding row."""
        index = self.view.currentIndex()
        return index.data(FindingRole) if index.isValid() else None

    def select_first(self) -> None:
        """Select the first row (keyboard users land on a finding)."""
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _emit(self, signal: SignalInstance) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(FindingRole)
        if row is not None:
            self.jump_requested.emit(row)

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update()

    def _update(self) -> None:
        row = self.current()
        has = row is not None
        self.apply_button.setEnabled(has and row.accepted is None
                                     and field(row.finding, "replacement", None) is not None)
        self.accept_button.setEnabled(has and row.accepted is None)
        self.withdraw_button.setEnabled(has and row.accepted is not None)
        self.withdraw_button.setVisible(has and row.accepted is not None)
        self.detail.setHtml(self._detail_html(row) if row else self._empty_html())

    def _empty_html(self) -> str:
        if self.model.rowCount():
            text = self.tr("Select a finding to see why it matters and how to fix it.")
        else:
            text = self.tr("Nothing to report.")
        return f"<p style='color:gray'>{escape(text)}</p>"

    def _detail_html(self, row: FindingRow) -> str:
        f = row.finding
        colour = theme.severity_colour(row.severity).name()
        parts = [
            f"<p><b style='color:{colour}'>{escape(labels.word(row.severity))}</b> · "
            f"{escape(labels.word(str(field(f, 'category'))))} · "
            f"<span style='color:gray'>{escape(str(field(f, 'rule')))}</span></p>",
            f"<p><b>{escape(str(field(f, 'message')))}</b></p>",
        ]
        if field(f, "text"):
            parts.append(f"<p>“{escape(str(field(f, 'text')))}”</p>")
        for key, title in (("explanation", self.tr("Why")), ("suggestion", self.tr("How to fix")),
                           ("basis", self.tr("Basis"))):
            value = str(field(f, key))
            if value:
                parts.append(f"<p><i>{escape(title)}:</i> {escape(value)}</p>")
        t_replacement, t_accepted = self.tr("Replacement"), self.tr("Accepted")
        if field(f, "replacement", None):
            parts.append(f"<p><i>{escape(t_replacement)}:</i> "
                         f"“{escape(str(field(f, 'replacement')))}”</p>")
        if row.accepted is not None:
            acc = row.accepted
            when = acc.accepted_at.strftime("%Y-%m-%d %H:%M") if acc.accepted_at else ""
            parts.append(f"<p><i>{escape(t_accepted)}</i> ({escape(acc.author)} {when}): "
                         f"{escape(acc.justification)}</p>")
        return "".join(parts)
