"""Step 7 — Export: Word tender document, review copy, Excel evaluation grid."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from innodraft.core.validation import check_project

from innodraft.gui import i18n, theme
from innodraft.gui.document import ProjectDocument
from innodraft.gui.export_jobs import ExportRequest, ExportResult, run_export
from innodraft.gui.pages.base import Page, guidance
from innodraft.gui.resources import icon
from innodraft.gui.tasks import run_task
from innodraft.gui.widgets.binding import set_accessible


def safe_file_name(title: str) -> str:
    """A file name from a title (no path separators or reserved characters)."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or "tender"


class ExportPage(Page):
    """Choose documents and folder, export on a worker thread, open the folder after."""

    icon_name = "step-export"

    def __init__(self, document: ProjectDocument, settings: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Export"), self.tr(
            "Write the tender documents: a Word document for publication, a review copy with "
            "every finding as a comment for the legal reviewer, and an Excel evaluation grid."),
            parent=parent)
        self.settings = settings
        self.last_result: ExportResult | None = None
        self.running = False
        checks = self.section(self.tr("Before you export"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Consistency problems"))
        checks.addRow(self.problems)

        docs = self.section(self.tr("Documents"))
        self.doc_checks: dict[str, QCheckBox] = {}
        for key, text, desc in (
                ("docx", self.tr("Tender document (Word)"),
                 self.tr("Need, procedure, selection, award and the Programma van Eisen")),
                ("review", self.tr("Review copy with comments (Word)"),
                 self.tr("The same document with each lint finding as a comment")),
                ("xlsx", self.tr("Evaluation grid (Excel)"),
                 self.tr("Evaluator sheets, consensus, price and result with formulas"))):
            box = QCheckBox(text)
            box.setChecked(True)
            set_accessible(box, text, desc)
            note = QLabel(desc)
            note.setObjectName("muted")
            line = QHBoxLayout()
            line.addWidget(box)
            line.addSpacing(8)
            line.addWidget(note, 1)
            docs.addRow(line)
            self.doc_checks[key] = box
        self.evaluators = QSpinBox()
        self.evaluators.setRange(1, 20)
        self.row(docs, self.tr("Evaluator sheets"), self.evaluators,
                 self.tr("Used when the project names no evaluators"))

        target = self.section(self.tr("Where"))
        folder_box = QWidget()
        fl = QHBoxLayout(folder_box)
        fl.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        browse = QPushButton(icon("folder"), self.tr("Choose…"))
        set_accessible(browse, self.tr("Choose the export folder"))
        browse.clicked.connect(self._browse)
        fl.addWidget(self.folder, 1)
        fl.addWidget(browse)
        folder_box.field_widget = self.folder  # type: ignore[attr-defined]
        self.row(target, self.tr("Folder"), folder_box, self.tr("Folder the documents are written to"))
        self.base_name = QLineEdit()
        self.row(target, self.tr("File name"), self.base_name,
                 self.tr("Start of the file names; existing files are replaced"))

        run = self.section(self.tr("Run the export"))
        buttons = QHBoxLayout()
        self.export_button = QPushButton(icon("step-export"), self.tr("Export documents"))
        self.export_button.setDefault(True)
        set_accessible(self.export_button, self.tr("Export documents"))
        self.open_button = QPushButton(icon("folder"), self.tr("Open folder"))
        set_accessible(self.open_button, self.tr("Open the export folder"))
        self.open_button.setEnabled(False)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        run.addRow(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        set_accessible(self.progress, self.tr("Export progress"))
        run.addRow(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        run.addRow(self.status)
        self.log = QTextBrowser()
        self.log.setOpenExternalLinks(False)
        self.log.setOpenLinks(False)
        self.log.anchorClicked.connect(QDesktopServices.openUrl)
        self.log.setMaximumHeight(120)
        self.log.setVisible(False)
        run.addRow(self.log)
        self.body_layout.addWidget(guidance(self.tr(
            "Exports never change the project. Check the review copy with your legal reviewer "
            "before you publish; accepted findings appear there with their justification.")))
        self.body_layout.addStretch(1)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_folder)
        document.reset.connect(self.refresh)
        document.path_changed.connect(lambda _p: self._default_target(force=True))
        self.refresh()

    # -- state ---------------------------------------------------------------------------------
    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Update the consistency list and default target."""
        problems = check_project(self.document.project)
        lang = i18n.current_language()
        if problems:
            theme.set_badge(self.problems, "badgeWarning")
            self.problems.setText("\n".join("• " + p.message(lang) for p in problems))
        else:
            theme.set_badge(self.problems, "badgeOk")
            self.problems.setText("✓ " + self.tr("No consistency problems found."))
        self.evaluators.setValue(len(self.document.project.award.evaluators)
                                 or int(getattr(self.settings(), "evaluator_count", 3)))
        self._default_target()

    def _default_target(self, force: bool = False) -> None:
        if force or not self.folder.text():
            path = self.document.path
            folder = path.parent / "export" if path else Path.home() / "innodraft-export"
            self.folder.setText(str(folder))
        if force or not self.base_name.text():
            self.base_name.setText(safe_file_name(self.document.project.meta.title or
                                                  self.document.display_name().removesuffix(".innodraft")))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def request(self) -> ExportRequest:
        """The export as set up on the page."""
        named = [n for n in self.document.project.award.evaluators if n.strip()]
        return ExportRequest(
            folder=Path(self.folder.text().strip() or "."),
            base_name=safe_file_name(self.base_name.text()),
            documents=tuple(k for k, box in self.doc_checks.items() if box.isChecked()),
            evaluators=None if named else self.evaluators.value(),
            settings=copy.deepcopy(self.settings()))  # type: ignore[arg-type]

    # -- running -------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Run the export on a worker thread."""
        if self.running:
            return
        request = self.request()
        if not request.documents:
            self.status.setText(self.tr("Choose at least one document."))
            return
        self.running = True
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        theme.set_badge(self.status, "muted")
        self.status.setText(self.tr("Exporting…"))
        self.log.clear()
        self.log.setVisible(False)
        run_task(run_export, copy.deepcopy(self.document.project), request,
                 on_success=self._on_done, on_failure=self._on_failed,
                 on_progress=self._on_progress)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if text:
            self.status.setText(self.tr("Exporting %1…").replace("%1", text))

    def _on_done(self, result: ExportResult) -> None:
        self.running = False
        self.last_result = result
        self.export_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.progress.setValue(1000)
        theme.set_badge(self.status, "badgeOk")
        done = self.tr("%1 documents written.").replace("%1", str(len(result.files)))
        self.status.setText("✓ " + done)
        links = "".join(f"<li><a href='{QUrl.fromLocalFile(str(f)).toString()}'>{escape(f.name)}</a></li>"
                        for f in result.files)
        notes = "".join(f"<p>{escape(m)}</p>" for m in result.messages)
        if result.comments:
            notes += "<p>" + escape(self.tr("The review copy has %1 comments.")
                                    .replace("%1", str(result.comments))) + "</p>"
        self.log.setHtml(f"<ul>{links}</ul>{notes}")
        self.log.setVisible(True)

    def _on_failed(self, exc: BaseException, _trace: str) -> None:
        self.running = False
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        theme.set_badge(self.status, "badgeError")
        if isinstance(exc, ImportError):
            self.status.setText(self.tr("The export module is not available: %1").replace("%1", str(exc)))
        else:
            self.status.setText(self.tr("Export failed: %1").replace("%1", str(exc)))

    def open_folder(self) -> None:
        """Open the export folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))
