"""The main window: wiring only (sidebar of steps, pages, menus, status bar).

Business logic lives in the pages, :mod:`innodraft.gui.file_ops` and the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from innodraft import APP_NAME, __version__

from innodraft.gui.actions import Actions
from innodraft.gui.dialogs.accept_dialog import AcceptDialog
from innodraft.gui.dialogs.preferences_dialog import PreferencesDialog
from innodraft.gui.file_ops import IMPORT_SUFFIXES, PROJECT_SUFFIX, FileOps
from innodraft.gui.models.findings_model import FindingRow
from innodraft.gui.pages.award_page import AwardPage
from innodraft.gui.pages.base import Page
from innodraft.gui.pages.export_page import ExportPage
from innodraft.gui.pages.market_page import MarketPage
from innodraft.gui.pages.need_page import NeedPage
from innodraft.gui.pages.procedure_page import ProcedurePage
from innodraft.gui.pages.project_page import ProjectPage
from innodraft.gui.pages.requirements_page import RequirementsPage
from innodraft.gui.resources import app_icon, icon
from innodraft.gui.widgets.binding import set_accessible
from innodraft.gui.workspace import Workspace

STEP_REQUIREMENTS = 4
"""Index of the Requirements step in the sidebar."""


class MainWindow(QMainWindow):
    """One window showing the workspace's project."""

    language_change_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document = workspace.document
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(900, 600))
        self.menu_actions = Actions(self.document.undo_stack, self)
        self.files = FileOps(self, self.document, workspace.context, workspace.autosaver)
        doc, lint = self.document, workspace.lint
        self.project_page = ProjectPage(doc)
        self.need_page = NeedPage(doc)
        self.market_page = MarketPage(doc)
        self.procedure_page = ProcedurePage(doc)
        self.requirements_page = RequirementsPage(doc, lint, lambda: workspace.context.settings.values)
        self.award_page = AwardPage(doc, lint)
        self.export_page = ExportPage(doc, lambda: workspace.context.settings.values)
        self.pages: list[Page] = [self.project_page, self.need_page, self.market_page,
                                  self.procedure_page, self.requirements_page, self.award_page,
                                  self.export_page]
        self._build_central()
        self._build_menus()
        self._build_status()
        self._connect()
        self.update_title()
        self.show_step(0)

    # -- construction --------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(236)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        set_accessible(self.sidebar, self.tr("Steps"),
                       self.tr("The seven steps from need to tender; each is always reachable"))
        self.stack = QStackedWidget(central)
        for number, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(icon(page.icon_name), f"{number}   {page.title}")
            item.setToolTip(f"{page.title} (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number} {page.title}")
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
            action = self.menu_actions.make_step(number, page.title, page.icon_name)
            action.triggered.connect(lambda _c=False, i=number - 1: self.show_step(i))
            self.addAction(action)
        lay.addWidget(self.sidebar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.sidebar, self.stack)

    def _build_menus(self) -> None:
        a = self.menu_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open, a.open_example])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a.import_doc)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addActions([a.export, a.recover])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([a.undo, a.redo])
        edit.addSeparator()
        edit.addActions([a.add_requirement, a.next_finding])
        edit.addSeparator()
        edit.addAction(a.preferences)
        view = bar.addMenu(self.tr("&Go"))
        view.addActions(a.steps)
        view.addSeparator()
        view.addActions([a.prev_step, a.next_step])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        tools = QToolBar(self.tr("Main toolbar"), self)
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.setIconSize(QSize(20, 20))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tools.addActions([a.new, a.open, a.save])
        tools.addSeparator()
        tools.addActions([a.undo, a.redo])
        tools.addSeparator()
        tools.addAction(a.preferences)
        self.addToolBar(tools)
        for action in (a.next_step, a.prev_step):
            self.addAction(action)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.lint_label = QLabel(self)
        self.lint_label.setAccessibleName(self.tr("Linter status"))
        self.score_label = QLabel(self)
        self.score_label.setAccessibleName(self.tr("Document score"))
        status.addPermanentWidget(self.score_label)
        status.addPermanentWidget(self.lint_label)
        self._update_lint_status()

    def _connect(self) -> None:
        a, f, doc, lint = self.menu_actions, self.files, self.document, self.workspace.lint
        a.new.triggered.connect(f.new)
        a.open.triggered.connect(f.open_dialog)
        a.open_example.triggered.connect(f.open_example)
        a.import_doc.triggered.connect(f.import_dialog)
        a.save.triggered.connect(f.save)
        a.save_as.triggered.connect(f.save_as)
        a.recover.triggered.connect(lambda: f.offer_recovery(False))
        a.export.triggered.connect(lambda: self.show_step(len(self.pages) - 1))
        a.quit.triggered.connect(self.close)
        a.preferences.triggered.connect(self.edit_preferences)
        a.add_requirement.triggered.connect(self._add_requirement)
        a.next_finding.triggered.connect(self.next_finding)
        a.next_step.triggered.connect(lambda: self.show_step(self.stack.currentIndex() + 1))
        a.prev_step.triggered.connect(lambda: self.show_step(self.stack.currentIndex() - 1))
        a.about.triggered.connect(self.about)
        self.sidebar.currentRowChanged.connect(self._on_step_row)
        doc.modified_changed.connect(lambda _m: self.update_title())
        doc.path_changed.connect(lambda _p: self.update_title())
        doc.reset.connect(self.update_title)
        doc.changed.connect(self._on_changed)
        lint.ready_changed.connect(lambda _ok: self._update_lint_status())
        lint.project_linted.connect(self._update_lint_status)
        self.requirements_page.editor.accept_wanted.connect(self.accept_finding)
        self.workspace.autosaver.saved.connect(
            lambda _p: self.statusBar().showMessage(self.tr("Autosaved"), 3000))

    # -- steps ---------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        """Show step ``index`` (0-based; out-of-range indices are clamped)."""
        index = max(0, min(index, len(self.pages) - 1))
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        for i, action in enumerate(self.menu_actions.steps):
            action.setChecked(i == index)

    def _on_step_row(self, row: int) -> None:
        if row >= 0:
            self.show_step(row)

    # -- title and status ----------------------------------------------------------------------
    def update_title(self) -> None:
        """Window title with the file name and the modified mark."""
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())

    def _on_changed(self, paths: tuple) -> None:
        if any(tuple(p[:2]) == ("meta", "title") for p in paths) and self.document.path is None:
            self.update_title()

    def _update_lint_status(self) -> None:
        lint = self.workspace.lint
        if not lint.available:
            self.lint_label.setText(lint.status or self.tr("Linter starting…"))
            self.score_label.setText("")
            return
        self.lint_label.setText(self.tr("Linter ready"))
        summary = lint.summary()
        if summary is not None:
            score, counts = summary
            self.score_label.setText(
                self.tr("Score %1 · %2 errors · %3 warnings").replace("%1", str(score))
                .replace("%2", str(counts.get("error", 0))).replace("%3", str(counts.get("warning", 0))))

    # -- actions -------------------------------------------------------------------------------
    def author(self) -> str:
        """Name recorded with an accepted finding."""
        return self.workspace.context.settings.values.author

    def _add_requirement(self) -> None:
        self.show_step(STEP_REQUIREMENTS)
        self.requirements_page.add_requirement()

    def accept_finding(self, row: FindingRow) -> None:
        """Ask for a justification and accept ``row``."""
        dialog = AcceptDialog(row.finding, self)
        if dialog.exec():
            self.requirements_page.editor.accept(row, dialog.text())

    def next_finding(self) -> None:
        """Select the next open finding of the project and jump to it."""
        self.show_step(STEP_REQUIREMENTS)
        self.requirements_page.tabs.setCurrentIndex(1)  # fills the project-wide list
        panel = self.requirements_page.project_findings
        rows = panel.proxy.rowCount()
        if not rows:
            self.statusBar().showMessage(self.tr("No open findings."), 3000)
            return
        start = panel.view.currentIndex().row()
        for step in range(1, rows + 1):
            row = (start + step) % rows
            finding = panel.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 10)
            if finding is not None and finding.accepted is None:
                panel.view.setCurrentIndex(panel.proxy.index(row, 0))
                self.requirements_page.jump_to(finding)
                return

    def edit_preferences(self) -> None:
        """Show the preferences; a new UI language rebuilds the window."""
        holder = self.workspace.context.settings
        dialog = PreferencesDialog(holder.loaded, holder.values, self)
        if not dialog.exec():
            return
        old_lang = holder.values.ui_language
        if not holder.update(dialog.result_settings()):
            QMessageBox.warning(self, self.tr("Preferences"),
                                self.tr("The settings could not be saved: %1").replace("%1", holder.error))
        self.workspace.autosaver.set_interval(holder.values.autosave_seconds)
        if holder.values.ui_language != old_lang:
            self.language_change_requested.emit(holder.values.ui_language)

    def about(self) -> None:
        """The About box."""
        QMessageBox.about(self, self.tr("About innodraft"), self.tr(
            "<h3>innodraft %1</h3><p>Tender-drafting assistant for public buyers: from a need "
            "to a functional specification, with live linting, procedure advice and Word/Excel "
            "tender documents.</p><p>Works fully offline; your texts never leave this computer.</p>"
            "<p>Licence: EUPL-1.2</p>").replace("%1", __version__))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.workspace.context.settings.values.recent_files
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))

    # -- window events -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace.closing_for_rebuild or self.files.maybe_save():
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                path = url.toLocalFile()
                if Path(path).suffix.lower() in (PROJECT_SUFFIX, *IMPORT_SUFFIXES):
                    return path
        return None

    def save_state(self) -> QByteArray:
        """Geometry to restore after a rebuild."""
        return self.saveGeometry()

