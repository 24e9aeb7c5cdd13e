"""Step 4 — Procedure: the advisor's threshold check, allowed procedures, choice, timeline.

The facts (innovation profile, specifiable, urgency, …) are edited here; the
advice is recomputed on a worker thread shortly after any relevant change and
never blocks typing.
"""

from __future__ import annotations

import copy
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
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

from innodraft.core.enums import InnovationProfile

from innodraft.gui import i18n, theme
from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.pages.base import Page, empty_state, guidance
from innodraft.gui.pages.project_page import money
from innodraft.gui.procedure_view import (
    advise_project,
    attr,
    procedure_name,
    timeline_rows,
)
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
        self.procedures = QTableWidget(0, 4)
        self.procedures.setHorizontalHeaderLabels([
            self.tr("Procedure"), self.tr("Allowed"), self.tr("Reasons"), self.tr("Legal basis")])
        self.procedures.verticalHeader().setVisible(False)
        self.procedures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.procedures.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.procedures.setWordWrap(True)
        self.procedures.setTabKeyNavigation(False)
        self.procedures.setMinimumHeight(260)
        header = self.procedures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
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
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels([
            self.tr("Milestone"), self.tr("Earliest date"), self.tr("Planned"), self.tr("Note")])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setMinimumHeight(220)
        th = self.timeline.horizontalHeader()
        for c in range(3):
            th.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        set_accessible(self.timeline, self.tr("Timeline with statutory dates"))
        timeline.addRow(self.timeline)

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

    def _on_changed(self, paths: tuple) -> None:
        if any(path_touches(tuple(p), r) for p in paths for r in _RELEVANT):
            self._timer.start()

    def refresh(self) -> None:
        """Recompute the advice on a worker thread."""
        self._generation += 1
        generation = self._generation
        snapshot = copy.deepcopy(self.document.project)
        run_task(advise_project, snapshot,
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
    def show_advice(self, advice: Any) -> None:
        """Render ``advice`` (None: the empty state)."""
        self.advice = advice
        has = advice is not None
        for w in (self.procedures, self.recommendation, self.threshold_detail, self.use_recommended):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if self.error:
            self.empty.setText(self.error)
        if not has:
            self.threshold_label.setText(self.tr("No advice yet"))
            self.timeline.setRowCount(0)
            self.memo.clear()
            self._fill_choices([])
            return
        lang = i18n.current_language()
        required = bool(attr(advice, "eu_procedure_required", False))
        threshold = attr(advice, "threshold", None)
        amount = attr(threshold, "amount", None)
        value = attr(advice, "value", attr(attr(advice, "situation", None), "value", None))
        if required:
            self.threshold_label.setText(self.tr("EU procedure required"))
            theme.set_badge(self.threshold_label, "badgeWarning")
        else:
            self.threshold_label.setText(self.tr("Below the EU threshold: national rules apply"))
            theme.set_badge(self.threshold_label, "badgeOk")
        bits = []
        if value is not None:
            bits.append(self.tr("Estimated value %1").replace("%1", money(float(value))))
        if amount is not None:
            bits.append(self.tr("threshold %1").replace("%1", money(float(amount))))
        for key in ("valid_from", "valid_to"):
            if attr(threshold, key, None) is None:
                break
        else:
            bits.append(self.tr("valid %1 to %2").replace("%1", str(attr(threshold, "valid_from")))
                        .replace("%2", str(attr(threshold, "valid_to"))))
        if attr(threshold, "basis", ""):
            bits.append(str(attr(threshold, "basis")))
        self.threshold_detail.setText(" · ".join(bits))
        procs = list(attr(advice, "procedures", []))
        recommended = attr(advice, "recommended", None)
        rec_name = procedure_name(procs, recommended, lang)
        why = attr(advice, "recommendation_reasons", attr(advice, "why", []))
        why_text = "; ".join(str(w) for w in why) if isinstance(why, list | tuple) else str(why or "")
        self.recommendation.setText(
            f"<b>{escape(self.tr('Recommended:'))}</b> {escape(rec_name or '—')}"
            + (f"<br/><span>{escape(why_text)}</span>" if why_text else ""))
        self._fill_procedures(procs, recommended, lang)
        self._fill_choices(procs)
        self._fill_timeline(advice)
        memo = attr(advice, "memo", "")
        if isinstance(memo, dict):
            memo = memo.get(lang) or memo.get("en", "")
        elif callable(memo):
            memo = memo(lang)
        self.memo.setPlainText(str(memo or ""))

    def _fill_procedures(self, procs: list[Any], recommended: Any, lang: str) -> None:
        ordered = sorted(procs, key=lambda p: (not attr(p, "allowed", False),
                                               attr(p, "id", "") != recommended))
        self.procedures.setRowCount(len(ordered))
        ok, no = theme.severity_colour("ok"), theme.severity_colour("accepted")
        for row, p in enumerate(ordered):
            allowed = bool(attr(p, "allowed", False))
            name = procedure_name([p], attr(p, "id", ""), lang)
            if attr(p, "id", "") == recommended:
                name = "★ " + name
            cells = [name, self.tr("yes") if allowed else self.tr("no"),
                     "\n".join(str(r) for r in attr(p, "reasons", [])),
                     "\n".join(str(r) for r in attr(p, "legal_basis", []))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 1:
                    item.setForeground(ok if allowed else no)
                if not allowed:
                    item.setForeground(no)
                self.procedures.setItem(row, col, item)
        self.procedures.resizeRowsToContents()

    def _fill_choices(self, procs: list[Any]) -> None:
        current = self.document.project.procedure.procedure_id
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("(not chosen yet)"), None)
        lang = i18n.current_language()
        ids = []
        for p in procs:
            pid = attr(p, "id", "")
            ids.append(pid)
            label = procedure_name([p], pid, lang)
            if not attr(p, "allowed", False):
                label += " — " + self.tr("not allowed")
            self.choice.addItem(label, pid)
        if current and current not in ids:
            self.choice.addItem(current, current)
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        self.choice.blockSignals(False)

    def _fill_timeline(self, advice: Any) -> None:
        rows = timeline_rows(advice, self.document.project)
        self.timeline.setRowCount(len(rows))
        warn = theme.severity_colour("warning")
        for r, (label, earliest, planned, note, bad) in enumerate(rows):
            for c, text in enumerate((label, earliest, planned, note)):
                item = QTableWidgetItem(text)
                if bad and c in (2, 3):
                    item.setForeground(warn)
                item.setToolTip(text)
                self.timeline.setItem(r, c, item)
        self.timeline.resizeRowsToContents()

    def _use_recommended(self) -> None:
        recommended = attr(self.advice, "recommended", None)
        if recommended:
            self.document.set_value(("procedure", "procedure_id"), recommended,
                                    self.tr("Choose procedure"))

    def _copy_memo(self) -> None:
        text = self.memo.toPlainText().strip()
        if text:
            self.document.set_value(("procedure", "rationale"), text, self.tr("Copy memo"))
