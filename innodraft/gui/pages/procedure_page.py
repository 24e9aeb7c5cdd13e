"""Step 4 — Procedure: the advisor's threshold check, allowed procedures, choice, timeline.

The facts (innovation profile, specifiable, urgency, …) are edited here; the
advice is recomputed on a worker thread shortly after any relevant change and
never blocks typing.
"""

from __future__ import annotations

import copy
import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.commands import SetValue, add_item
from innodraft.core.enums import InnovationProfile
from innodraft.core.model import Milestone

from innodraft.gui import i18n, theme
from innodraft.gui import procedure_view as view
from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.pages.base import Page, empty_state, guidance
from innodraft.gui.pages.project_page import money
from innodraft.gui.tasks import run_task
from innodraft.gui.widgets.binding import set_accessible

ADVICE_DELAY_MS = 300
"""Quiet time after an edit before the advice is recomputed."""

_RELEVANT = (("meta",), ("value",), ("procedure",), ("timeline",))


class ProcedurePage(Page):
    """Shows the advice and records the buyer's choice and rationale."""

    icon_name = "step-procedure"

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Procedure"), self.tr(
            "Which procedures the law allows for this purchase, which one fits best and why, "
            "and the earliest dates the statutory time limits permit."), parent=parent)
        self.advice: Any = None
        self.error = ""
        b = self.binder
        facts = self.section(self.tr("Facts for the advice"))
        self.row(facts, self.tr("How new is the solution"), b.enum(
            QComboBox(), ("procedure", "innovation"), InnovationProfile,
            self.tr("Edit innovation profile")),
            self.tr("Available on the market, adaptation, development or research"))
        checks = QWidget()
        cl = QHBoxLayout(checks)
        cl.setContentsMargins(0, 0, 0, 0)
        grid_left = QWidget()
        left = QVBoxLayout(grid_left)
        left.setContentsMargins(0, 0, 0, 0)
        grid_right = QWidget()
        right = QVBoxLayout(grid_right)
        right.setContentsMargins(0, 0, 0, 0)
        for i, (key, text, desc) in enumerate((
                ("specifiable", self.tr("The need can be specified precisely up front"),
                 self.tr("If not, dialogue or negotiation may be allowed (Aw 2.28)")),
                ("purchase_after_development", self.tr("Buy the result after development"),
                 self.tr("Innovation partnership: develop and then purchase (Aw 2.31a)")),
                ("design_contest", self.tr("A plan or design is wanted first"),
                 self.tr("Design contest")),
                ("urgency", self.tr("Urgency that can be substantiated"),
                 self.tr("Allows shorter time limits")),
                ("electronic_submission", self.tr("Electronic submission"),
                 self.tr("Shortens some time limits by 5 days")),
                ("prior_information_notice", self.tr("Prior information notice published"),
                 self.tr("Allows shorter time limits")))):
            box = b.check(QCheckBox(text), ("procedure", key), self.tr("Edit procedure facts"))
            set_accessible(box, text, desc)
            (left if i % 2 == 0 else right).addWidget(box)
        cl.addWidget(grid_left, 1)
        cl.addWidget(grid_right, 1)
        facts.addRow(checks)

        result = self.section(self.tr("Advice"))
        self.threshold_label = QLabel()
        self.threshold_label.setObjectName("total")
        self.threshold_label.setWordWrap(True)
        self.threshold_label.setAccessibleName(self.tr("Threshold check"))
        result.addRow(self.threshold_label)
        self.threshold_detail = QLabel()
        self.threshold_detail.setObjectName("muted")
        self.threshold_detail.setWordWrap(True)
        result.addRow(self.threshold_detail)
        self.recommendation = QLabel()
        self.recommendation.setWordWrap(True)
        self.recommendation.setTextFormat(Qt.TextFormat.RichText)
        self.recommendation.setAccessibleName(self.tr("Recommended procedure"))
        result.addRow(self.recommendation)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        result.addRow(self.warnings_label)
        self.procedures = QTableWidget(0, 4)
        self.procedures.setHorizontalHeaderLabels([
            self.tr("Procedure"), self.tr("Allowed"), self.tr("Reasons"), self.tr("Legal basis")])
        self.procedures.verticalHeader().setVisible(False)
        self.procedures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.procedures.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.procedures.setWordWrap(True)
        self.procedures.setTabKeyNavigation(False)
        self.procedures.setMinimumHeight(340)
        header = self.procedures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 210)
        set_accessible(self.procedures, self.tr("Procedures with reasons"))
        result.addRow(self.procedures)
        self.empty = empty_state(self.tr("Fill in the value and the planned publication date "
                                         "on the Project step to get advice."))
        result.addRow(self.empty)

        choice = self.section(self.tr("Your choice"))
        self.choice = QComboBox()
        self.choice.addItem(self.tr("(not chosen yet)"), None)
        b.choice(self.choice, ("procedure", "procedure_id"), self.tr("Choose procedure"))
        self.row(choice, self.tr("Procedure"), self.choice, self.tr("The procedure you choose"))
        self.use_recommended = QPushButton(self.tr("Use recommendation"))
        self.use_recommended.clicked.connect(self._use_recommended)
        choice.addRow("", self.use_recommended)
        self.rationale = b.text(QPlainTextEdit(), ("procedure", "rationale"), self.tr("Edit rationale"))
        self.rationale.setMaximumHeight(90)
        self.rationale.setPlaceholderText(self.tr(
            "Why this procedure: for the proces-verbaal (the memo below can be a start)"))
        self.row(choice, self.tr("Rationale"), self.rationale)

        timeline = self.section(self.tr("Timeline"))
        self.timeline = QTableWidget(0, 5)
        self.timeline.setHorizontalHeaderLabels([
            self.tr("Milestone"), self.tr("Earliest"), self.tr("Latest"), self.tr("Planned"),
            self.tr("Note")])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setMinimumHeight(220)
        th = self.timeline.horizontalHeader()
        for c in range(4):
            th.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.timeline.setWordWrap(True)
        set_accessible(self.timeline, self.tr("Timeline with statutory dates"))
        timeline.addRow(self.timeline)
        self.plan_button = QPushButton(self.tr("Plan these dates"))
        set_accessible(self.plan_button, self.tr("Plan these dates"),
                       self.tr("Set the project's planned milestones to the statutory dates"))
        self.plan_button.clicked.connect(self.plan_from_advice)
        timeline.addRow("", self.plan_button)

        memo = self.section(self.tr("Memo"))
        memo.addRow(guidance(self.tr(
            "The memo explains the choice with its legal grounds. Copy it into the "
            "rationale or the proces-verbaal and adjust it to your situation.")))
        self.memo = QTextBrowser()
        self.memo.setMinimumHeight(180)
        set_accessible(self.memo, self.tr("Advice memo"))
        memo.addRow(self.memo)
        self.copy_memo = QPushButton(self.tr("Copy memo into rationale"))
        self.copy_memo.clicked.connect(self._copy_memo)
        memo.addRow("", self.copy_memo)
        self.body_layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ADVICE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._generation = 0
        document.changed.connect(self._on_changed)
        document.reset.connect(self._timer.start)
        self.show_advice(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        """Row heights follow the wrapped text at the current column widths."""
        if self.isVisible():
            self.procedures.resizeRowsToContents()
            self.timeline.resizeRowsToContents()

    def _on_changed(self, paths: tuple) -> None:
        if any(path_touches(tuple(p), r) for p in paths for r in _RELEVANT):
            self._timer.start()

    def refresh(self) -> None:
        """Recompute the advice on a worker thread."""
        self._generation += 1
        generation = self._generation
        snapshot = copy.deepcopy(self.document.project)
        run_task(view.advise_project, snapshot,
                 on_success=lambda advice: self._on_advice(generation, advice),
                 on_failure=lambda exc, _tb: self._on_error(generation, exc))

    def _on_advice(self, generation: int, advice: Any) -> None:
        if generation == self._generation:
            self.error = ""
            self.show_advice(advice)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.error = str(exc) if not isinstance(exc, ImportError) else self.tr(
                "The procedure advisor is not installed.")
            self.show_advice(None)

    # -- rendering -----------------------------------------------------------------------------
    def milestone_label(self, key: str) -> str:
        """Translated name of a timeline milestone key."""
        names = {
            "publication": self.tr("Publication of the notice"),
            "requests": self.tr("Requests to participate"),
            "questions": self.tr("Questions deadline"),
            "nvi": self.tr("Answers (Nota van Inlichtingen)"),
            "tenders": self.tr("Tender deadline"),
            "award_decision": self.tr("Award decision"),
            "standstill_end": self.tr("End of standstill period"),
            "contract": self.tr("Contract"),
        }
        return names.get(key, key)

    def show_advice(self, advice: Any) -> None:
        """Render ``advice`` (None: the empty state)."""
        self.advice = advice
        has = advice is not None
        for w in (self.procedures, self.recommendation, self.threshold_detail,
                  self.use_recommended, self.warnings_label):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if self.error:
            self.empty.setText(self.error)
        if not has:
            self.threshold_label.setText(self.tr("No advice yet"))
            theme.set_badge(self.threshold_label, "total")
            self.timeline.setRowCount(0)
            self.memo.clear()
            self._fill_choices()
            return
        lang = i18n.current_language()
        required, value, amount, valid_from, valid_to, basis = view.threshold_facts(advice)
        if required:
            self.threshold_label.setText(self.tr("EU procedure required"))
            theme.set_badge(self.threshold_label, "badgeWarning")
        else:
            self.threshold_label.setText(self.tr("Below the EU threshold: national rules apply"))
            theme.set_badge(self.threshold_label, "badgeOk")
        self.threshold_detail.setText(
            self.tr("Estimated value %1 against the threshold of %2 (valid %3 to %4; %5)")
            .replace("%1", money(value)).replace("%2", money(amount))
            .replace("%3", valid_from.isoformat()).replace("%4", valid_to.isoformat())
            .replace("%5", basis))
        rec = view.procedure_name(advice, advice.recommended, lang)
        t_rec, t_unverified = self.tr("Recommended:"), self.tr("unverified")
        self.recommendation.setText(
            f"<b>{escape(t_rec)} {escape(rec or '—')}</b>"
            f"<br/>{escape(view.text(advice.why, lang))}")
        notes = view.warnings(advice, lang)
        self.warnings_label.setText("".join(
            f"<p>⚠ {escape(t)}{' <i>(' + escape(t_unverified) + ')</i>' if u else ''}</p>"
            for t, u in notes))
        self.warnings_label.setVisible(bool(notes))
        self._fill_procedures(view.procedure_rows(advice, lang))
        self._fill_choices()
        self._fill_timeline(view.timeline_rows(advice, lang))
        self.memo.setPlainText(view.memo(advice, lang))

    def _fill_procedures(self, rows: list[view.ProcedureRow]) -> None:
        self.procedures.setRowCount(len(rows))
        ok, muted = theme.severity_colour("ok"), theme.severity_colour("accepted")
        for r, row in enumerate(rows):
            name = ("★ " if row.recommended else "") + row.name
            cells = [name, self.tr("yes") if row.allowed else self.tr("no"), row.reasons,
                     row.legal_basis]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value if c != 0 else row.fit or value)
                if not row.allowed:
                    item.setForeground(muted)
                elif c == 1:
                    item.setForeground(ok)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row.recommended and c == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.procedures.setItem(r, c, item)
        self.procedures.resizeRowsToContents()

    def _fill_choices(self) -> None:
        current = self.document.project.procedure.procedure_id
        lang = i18n.current_language()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("(not chosen yet)"), None)
        ids = []
        if self.advice is not None:
            for row in view.procedure_rows(self.advice, lang):
                label = row.name if row.allowed else row.name + " — " + self.tr("not allowed")
                self.choice.addItem(label, row.id)
                ids.append(row.id)
        if current and current not in ids:
            self.choice.addItem(current, current)
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        self.choice.blockSignals(False)

    def _fill_timeline(self, rows: list[view.TimelineRow]) -> None:
        self.timeline.setRowCount(len(rows))
        warn = theme.severity_colour("warning")
        flags = {
            "before_earliest": self.tr("Planned before the statutory earliest date"),
            "after_latest": self.tr("Planned after the latest allowed date"),
            "differs_from_publication": self.tr("Differs from the planned publication date"),
        }
        for r, row in enumerate(rows):
            note = flags.get(row.flag or "", "")
            note = f"{note}. {row.note}" if note and row.note else note or row.note
            cells = [self.milestone_label(row.key), _date(row.earliest), _date(row.latest),
                     _date(row.planned), note]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                tip = value if c != 4 else f"{value}\n{row.basis}".strip()
                item.setToolTip(tip)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row.flag and c in (3, 4):
                    item.setForeground(warn)
                self.timeline.setItem(r, c, item)
        self.timeline.resizeRowsToContents()

    def _use_recommended(self) -> None:
        if self.advice is not None:
            self.document.set_value(("procedure", "procedure_id"), self.advice.recommended,
                                    self.tr("Choose procedure"))

    def _copy_memo(self) -> None:
        text = self.memo.toPlainText().strip()
        if text:
            self.document.set_value(("procedure", "rationale"), text, self.tr("Copy memo"))

    def plan_from_advice(self) -> None:
        """Fill the project's planned milestones with the statutory dates (one undo step)."""
        if self.advice is None:
            return
        existing = {m.key: m for m in self.document.project.timeline if m.key}
        commands = []
        counter_project = copy.deepcopy(self.document.project)
        for row in view.timeline_rows(self.advice, i18n.current_language()):
            date = row.earliest or row.latest
            if date is None:
                continue
            if row.key in existing:
                if existing[row.key].date != date:
                    commands.append(SetValue(("timeline", existing[row.key].id, "date"), date))
            else:
                command = add_item(counter_project, ("timeline",), Milestone, key=row.key,
                                   label=self.milestone_label(row.key), date=date)
                command.apply(counter_project)  # reserve the id for the next one
                commands.append(command)
        self.document.push_batch(commands, self.tr("Plan the statutory dates"))


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
