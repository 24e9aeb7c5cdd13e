"""Step 5 — Requirements: the table (sort, filter), the editor, findings per project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.commands import Command, add_item
from innodraft.core.enums import RequirementKind
from innodraft.core.model import AwardCriterion, Requirement
from innodraft.core.settings import Settings

from innodraft.gui import labels
from innodraft.gui.dialogs.guided_dialog import GuidedDialog, GuidedResult
from innodraft.gui.document import ProjectDocument
from innodraft.gui.lint_service import LintService, is_accepted
from innodraft.gui.models.findings_model import FindingRow
from innodraft.gui.models.requirements_model import RequirementsFilter, RequirementsModel
from innodraft.gui.pages.base import Page
from innodraft.gui.resources import icon
from innodraft.gui.widgets.binding import set_accessible
from innodraft.gui.widgets.findings_panel import FindingsPanel
from innodraft.gui.widgets.item_list import EnumDelegate, fixed_columns
from innodraft.gui.widgets.requirement_editor import RequirementEditor


class RequirementsPage(Page):
    """The Programma van Eisen with live linting."""

    icon_name = "step-requirements"

    def __init__(self, document: ProjectDocument, lint: LintService, settings: Callable[[], Settings],
                 parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Requirements"), self.tr(
            "Each requirement is checked as you type: brand names without “or equivalent”, "
            "prescribed solutions, vague words and disproportionate demands are underlined."),
            scroll=False, parent=parent)
        self.lint = lint
        self.settings = settings
        split = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.splitter = split
        self._sized = False
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Filter requirements…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        set_accessible(self.search, self.tr("Filter requirements"),
                       self.tr("Show requirements whose id, title or text contains this"))
        self.kind_filter = QComboBox(left)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for member, text in labels.choices(RequirementKind):
            self.kind_filter.addItem(text, member.value)
        set_accessible(self.kind_filter, self.tr("Filter by kind"))
        self.only_findings = QCheckBox(self.tr("With findings"), left)
        set_accessible(self.only_findings, self.tr("Only requirements with open findings"))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.only_findings)
        ll.addLayout(filters)
        self.model = RequirementsModel(document, lint, self)
        self.proxy = RequirementsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(left)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(EnumDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        longest_kind = max((text for _, text in labels.choices(RequirementKind)), key=len)
        fixed_columns(self.table, self.model, {"id": "E-0000", "kind": longest_kind,
                                               "priority": "MoSCoW", "score": "Score",
                                               "findings": "Open"}, stretch="summary")
        set_accessible(self.table, self.tr("Requirements"),
                       self.tr("All requirements; select one to edit it"))
        ll.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = self._tool("add", self.tr("Add"), lambda: self.add_requirement(),
                                     self.tr("Add an empty requirement"))
        self.guided_button = self._tool("guided", self.tr("Guided…"), lambda: self.open_guided(0),
                                        self.tr("Build a requirement from an outcome"))
        self.patterns_button = self._tool("library", self.tr("Patterns…"), lambda: self.open_guided(1),
                                          self.tr("Pick a functional requirement pattern"))
        self.remove_button = self._tool("delete", self.tr("Remove"), self.remove_requirement,
                                        self.tr("Remove the selected requirement"))
        self.up_button = self._tool("up", "", lambda: self.move_requirement(-1), self.tr("Move up"))
        self.down_button = self._tool("down", "", lambda: self.move_requirement(1), self.tr("Move down"))
        for b in (self.add_button, self.guided_button, self.patterns_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        ll.addLayout(buttons)
        split.addWidget(left)

        self.tabs = QTabWidget(split)
        self.editor = RequirementEditor(document, lint, lambda: settings().author, self.tabs)
        self.tabs.addTab(self.editor, icon("step-requirements"), self.tr("Requirement"))
        self.project_findings = FindingsPanel(self.tr("Findings in the whole project"),
                                              show_item=True, parent=self.tabs)
        self.tabs.addTab(self.project_findings, icon("findings"), self.tr("All findings"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 6)
        split.setStretchFactor(1, 5)
        split.setSizes([640, 560])
        split.setChildrenCollapsible(False)
        self.body_layout.addWidget(split, 1)

        self._project_timer = QTimer(self)
        self._project_timer.setSingleShot(True)
        self._project_timer.setInterval(250)
        self._project_timer.timeout.connect(self.refresh_project_findings)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_project_findings())
        self.search.textChanged.connect(self.proxy.set_text)
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter)
        self.only_findings.toggled.connect(self.proxy.set_only_findings)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        lint.requirement_linted.connect(lambda _rid: self._project_timer.start())
        lint.project_linted.connect(self._project_timer.start)
        document.changed.connect(self._on_doc_changed)
        self.project_findings.jump_requested.connect(self.jump_to)
        self.project_findings.apply_requested.connect(self._apply_from_project)
        self.project_findings.accept_requested.connect(self.editor.accept_wanted)
        self.project_findings.withdraw_requested.connect(self.editor.withdraw)
        self._after_reset()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.splitter.width() > 0:
            self._sized = True  # first show: the table gets a little more than half
            width = self.splitter.width()
            self.splitter.setSizes([int(width * 0.54), width - int(width * 0.54)])

    def _tool(self, icon_name: str, text: str, slot: Callable[[], object], tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setIcon(icon(icon_name))
        if text:
            b.setText(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setAutoRaise(True)
        b.setToolTip(tip)
        set_accessible(b, text.rstrip("…") or tip, tip)
        b.clicked.connect(slot)
        return b

    # -- selection -----------------------------------------------------------------------------
    def current_id(self) -> str:
        """Id of the selected requirement ('' when none)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        return self.model.item_id(self.proxy.mapToSource(index).row())

    def select(self, req_id: str) -> None:
        """Select (and show in the editor) the requirement ``req_id``."""
        row = self.model.row_of(req_id)
        if row < 0:
            return
        index = self.proxy.proxy_index_of(row)
        if not index.isValid():
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            self.only_findings.setChecked(False)
            index = self.proxy.proxy_index_of(row)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        req_id = self.current_id() if current.isValid() else ""
        if req_id != self.editor.req_id:
            self.editor.set_requirement(req_id)
        self._update_buttons()

    def _after_reset(self) -> None:
        wanted = self.editor.req_id
        if wanted and self.model.row_of(wanted) >= 0:
            self.select(wanted)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.editor.set_requirement("")
        self._update_buttons()
        self._project_timer.start()

    def _update_buttons(self) -> None:
        req_id = self.current_id()
        row = self.model.row_of(req_id) if req_id else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _on_kind_filter(self, _index: int) -> None:
        data = self.kind_filter.currentData()
        self.proxy.set_kind(RequirementKind(data) if data else None)

    def _on_doc_changed(self, paths: tuple) -> None:
        if any(tuple(p[:1]) == ("requirements",) for p in paths):
            self._project_timer.start()

    # -- editing -------------------------------------------------------------------------------
    def add_requirement(self, text: str = "", **fields: object) -> str:
        """Add a requirement after the selected one and select it."""
        current = self.current_id()
        index = self.model.row_of(current) + 1 if current else None
        req_id = self.document.add_item(("requirements",), Requirement,
                                        self.tr("Add requirement"), index, text=text, **fields)
        self.select(req_id)
        self.editor.text.setFocus()
        return req_id

    def open_guided(self, tab: int = 0) -> str:
        """Show the guided helper / pattern library and add what it produces."""
        dialog = GuidedDialog(self.document.project, self.settings().patterns_file, tab, self)
        if not dialog.exec() or dialog.result_value is None:
            return ""
        return self.add_guided(dialog.result_value)

    def add_guided(self, result: GuidedResult) -> str:
        """Add a requirement (and maybe an award criterion) from the helper as one undo step."""
        project = self.document.project
        current = self.current_id()
        index = self.model.row_of(current) + 1 if current else None
        req_cmd = add_item(project, ("requirements",), Requirement, index, text=result.text,
                           title=result.title, verification=result.verification,
                           verification_detail=result.verification_detail,
                           outcome_id=result.outcome_id)
        commands: list[Command] = [req_cmd]
        if result.criterion:
            commands.append(add_item(project, ("award", "criteria"), AwardCriterion,
                                     title=result.title or result.criterion[:60],
                                     description=result.criterion,
                                     requirement_ids=[req_cmd.item.id]))
        self.document.push_batch(commands, self.tr("Add requirement"))
        req_id = str(req_cmd.item.id)
        self.select(req_id)
        self.editor.select_placeholder()
        return req_id

    def remove_requirement(self) -> None:
        """Remove the selected requirement."""
        req_id = self.current_id()
        if not req_id:
            return
        row = self.model.row_of(req_id)
        self.document.remove_item(("requirements",), req_id,
                                  self.tr("Remove %1").replace("%1", req_id))
        if self.model.rowCount():
            self.select(self.model.item_id(min(row, self.model.rowCount() - 1)))

    def move_requirement(self, step: int) -> None:
        """Move the selected requirement up (-1) or down (+1)."""
        req_id = self.current_id()
        if not req_id:
            return
        row = self.model.row_of(req_id)
        self.document.move_item(("requirements",), req_id, row + step,
                                self.tr("Move %1").replace("%1", req_id))
        self.select(req_id)

    # -- project findings ----------------------------------------------------------------------
    def refresh_project_findings(self) -> None:
        """Rebuild the whole-project findings list (only while it is shown; else the count)."""
        reqs = self.document.project.requirements
        if self.tabs.currentIndex() != 1:
            open_count = sum(len(self.lint.open_findings(r.id)) for r in reqs
                             if (res := self.lint.result(r.id)) is not None and res.text == r.text)
        else:
            rows: list[FindingRow] = []
            for req in reqs:
                res = self.lint.result(req.id)
                if res is None or res.text != req.text:
                    continue
                for f in res.findings:
                    acc = next((a for a in req.accepted if is_accepted(f, [a])), None)
                    rows.append(FindingRow(req.id, f, acc))
            self.project_findings.set_rows(rows)
            open_count = sum(1 for r in rows if r.accepted is None)
        self.tabs.setTabText(1, self.tr("All findings (%1)").replace("%1", str(open_count)))

    def jump_to(self, row: FindingRow) -> None:
        """Select the requirement of a finding and select the flagged words."""
        self.select(row.item_id)
        self.tabs.setCurrentIndex(0)
        self.editor.jump_to_finding(row)

    def _apply_from_project(self, row: FindingRow) -> None:
        self.select(row.item_id)
        self.editor.apply_suggestion(row)
