"""Editor of one requirement: text linted as you type, attributes, its findings.

Every keystroke becomes a merged ``SetValue`` on the document and a lint
request to the worker; the underlines are redrawn when the worker answers for
the text that is still in the editor. Accepting a finding stores an
:class:`~innodraft.core.model.AcceptedFinding` (rule, matched text,
justification, author, time) in the requirement's ``accepted`` list.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.enums import Priority, RequirementKind, Verification
from innodraft.core.errors import CommandError
from innodraft.core.model import AcceptedFinding

from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.lint_service import LintService, is_accepted
from innodraft.gui.models.findings_model import FindingRow, field
from innodraft.gui.widgets.binding import Binder, set_accessible
from innodraft.gui.widgets.findings_panel import FindingsPanel
from innodraft.gui.widgets.linted_text import LintedTextEdit


class RequirementEditor(QWidget):
    """Edits the requirement chosen with :meth:`set_requirement`."""

    accept_wanted = Signal(object)
    """A FindingRow the user wants to accept (the page asks for the justification)."""

    def __init__(self, document: ProjectDocument, lint: LintService,
                 author: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.lint = lint
        self.author = author
        self.req_id = ""
        self._requested: tuple[str, str] = ("", "")
        self.binder = Binder(document, None, self)
        b = self.binder
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        top = QWidget(split)
        form = QFormLayout(top)
        form.setContentsMargins(8, 8, 8, 4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        head = QHBoxLayout()
        self.id_label = QLabel(top)
        self.id_label.setObjectName("itemId")
        self.id_label.setMinimumWidth(64)
        head.addWidget(self.id_label)
        self.title = b.text(QLineEdit(top), ("title",), self.tr("Edit requirement title"))
        self.title.setPlaceholderText(self.tr("Short title (optional)"))
        set_accessible(self.title, self.tr("Requirement title"))
        head.addWidget(self.title, 1)
        form.addRow(head)
        self.text = b.text(LintedTextEdit(top), ("text",), self.tr("Type requirement"))
        self.text.setPlaceholderText(self.tr(
            "State what must be achieved and how it is verified, e.g. “At least 95 % of "
            "the street lights work at any time; the contractor reports monthly.”"))
        self.text.setMinimumHeight(90)
        set_accessible(self.text, self.tr("Requirement text"), self.tr(
            "Linted as you type; flagged words are underlined. Hover for the explanation."))
        text_label = QLabel(self.tr("Text:"), top)
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        self.kind = b.enum(QComboBox(top), ("kind",), RequirementKind, self.tr("Edit kind"))
        self.priority = b.enum(QComboBox(top), ("priority",), Priority, self.tr("Edit priority"))
        self.verification = b.enum(QComboBox(top), ("verification",), Verification,
                                   self.tr("Edit verification"))
        kind_box = QWidget(top)
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind, 3)
        priority_label = QLabel(self.tr("MoSCoW") + ":", kind_box)
        priority_label.setBuddy(self.priority)
        kind_row.addWidget(priority_label)
        kind_row.addWidget(self.priority, 2)
        kind_label = QLabel(self.tr("Kind") + ":", top)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_box)
        set_accessible(self.kind, self.tr("Kind"),
                       self.tr("Knock-out requirement, award criterion or information"))
        set_accessible(self.priority, self.tr("MoSCoW"), self.tr("Must, should, could or won't"))
        self._row(form, self.tr("Verification"), self.verification,
                  self.tr("How compliance is checked"))
        self.verification_detail = b.text(QLineEdit(top), ("verification_detail",),
                                          self.tr("Edit verification detail"))
        self.verification_detail.setPlaceholderText(self.tr("e.g. monthly availability report"))
        self._row(form, self.tr("Verified by"), self.verification_detail)
        self.outcome = QComboBox(top)
        for combo in (self.kind, self.priority, self.verification, self.outcome):
            # long labels must not widen the editor (the table needs the room)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self._fill_outcomes()
        b.choice(self.outcome, ("outcome_id",), self.tr("Link outcome"))
        self._row(form, self.tr("Outcome"), self.outcome,
                  self.tr("The desired outcome this requirement serves"))
        self.category = b.text(QLineEdit(top), ("category",), self.tr("Edit category"))
        self._row(form, self.tr("Category"), self.category)
        self.rationale = b.text(QPlainTextEdit(top), ("rationale",), self.tr("Edit rationale"))
        self.rationale.setMaximumHeight(70)
        self.rationale.setPlaceholderText(self.tr("Why this requirement is needed"))
        self._row(form, self.tr("Rationale"), self.rationale)
        split.addWidget(top)
        self.findings = FindingsPanel(self.tr("Findings of this requirement"), show_item=False,
                                      parent=split, vertical=True)
        split.addWidget(self.findings)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 320])
        lay.addWidget(split)
        self.text.textChanged.connect(self._on_text_changed)
        lint.requirement_linted.connect(self._on_linted)
        lint.ready_changed.connect(lambda _ok: self._request_lint())
        document.changed.connect(self._on_doc_changed)
        document.reset.connect(self._fill_outcomes)
        self.findings.jump_requested.connect(self.jump_to_finding)
        self.findings.apply_requested.connect(self.apply_suggestion)
        self.findings.accept_requested.connect(self.accept_wanted)
        self.findings.withdraw_requested.connect(self.withdraw)
        self.set_requirement("")

    def _row(self, form: QFormLayout, label: str, widget: QWidget, desc: str = "") -> None:
        lab = QLabel(label + ":")
        lab.setBuddy(widget)
        form.addRow(lab, widget)
        set_accessible(widget, label, desc)

    # -- selection -----------------------------------------------------------------------------
    def set_requirement(self, req_id: str) -> None:
        """Edit another requirement ('' shows an empty, disabled editor)."""
        self.req_id = req_id
        self.id_label.setText(req_id or "—")
        self.text.clear_findings()
        self.binder.set_base(("requirements", req_id) if req_id else None)
        self.setEnabled(bool(req_id))
        self._show_cached()
        self._request_lint()

    def requirement(self) -> Any:
        """The edited requirement (None when none)."""
        try:
            return self.document.project.requirement(self.req_id) if self.req_id else None
        except KeyError:
            return None

    # -- lint ----------------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        # rehighlight() also emits textChanged: only a real edit asks for a new lint
        text = self.text.toPlainText()
        if self.req_id and (self.req_id, text) != self._requested:
            self._requested = (self.req_id, text)
            self.lint.request(self.req_id, text)

    def _request_lint(self) -> None:
        req = self.requirement()
        if req is not None and self.lint.available:
            cached = self.lint.result(req.id)
            if cached is None or cached.text != req.text:
                self._requested = (req.id, req.text)
                self.lint.request(req.id, req.text)

    def _on_linted(self, req_id: str) -> None:
        if req_id == self.req_id:
            self._show_cached()

    def _show_cached(self) -> None:
        req = self.requirement()
        res = self.lint.result(self.req_id) if req is not None else None
        if req is None or res is None or res.text != self.text.toPlainText():
            if req is None:
                self.findings.set_rows([])
            return
        self.text.show_findings(res.text, res.findings, req.accepted)
        rows = []
        for f in res.findings:
            acc = next((a for a in req.accepted if is_accepted(f, [a])), None)
            rows.append(FindingRow(req.id, f, acc))
        self.findings.set_rows(rows)

    def _on_doc_changed(self, paths: tuple) -> None:
        for p in paths:
            if path_touches(tuple(p), ("need", "outcomes")):
                self._fill_outcomes()
            if self.req_id and path_touches(tuple(p), ("requirements", self.req_id, "accepted")):
                self._show_cached()

    def _fill_outcomes(self) -> None:
        current = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("(none)"), None)
        for o in self.document.project.need.outcomes:
            text = " ".join(o.text.split()) or self.tr("(no text)")
            self.outcome.addItem(f"{o.id} — {text[:70]}", o.id)
        req = self.requirement()
        wanted = req.outcome_id if req is not None else current
        i = self.outcome.findData(wanted)
        self.outcome.setCurrentIndex(max(i, 0))
        self.outcome.blockSignals(False)

    # -- finding actions -----------------------------------------------------------------------
    def select_placeholder(self) -> bool:
        """Select the first ``{placeholder}`` of the text (a value still to fill in)."""
        text = self.text.toPlainText()
        match = re.search(r"\{[^{}\n]{1,40}\}", text)
        if match is None:
            return False
        self.text.select_span(match.start(), match.end())
        return True

    def jump_to_finding(self, row: FindingRow) -> None:
        """Select the flagged words of a finding in the text."""
        self.text.select_span(int(field(row.finding, "start", 0)), int(field(row.finding, "end", 0)))

    def apply_suggestion(self, row: FindingRow) -> bool:
        """Replace the flagged span with the finding's replacement (one undo step)."""
        req = self.requirement()
        replacement = field(row.finding, "replacement", None)
        if req is None or replacement is None:
            return False
        start, end = int(field(row.finding, "start", 0)), int(field(row.finding, "end", 0))
        if req.text[start:end] != field(row.finding, "text", req.text[start:end]):
            return False  # the text moved on since the lint
        self.document.end_typing()
        new = req.text[:start] + str(replacement) + req.text[end:]
        self.document.set_value(("requirements", req.id, "text"), new,
                                self.tr("Apply suggestion"))
        self.document.end_typing()
        return True

    def accept(self, row: FindingRow, justification: str) -> bool:
        """Store an acceptance of ``row`` with ``justification`` (one undo step)."""
        req = self.requirement() if row.item_id == self.req_id else None
        if req is None:
            try:
                req = self.document.project.requirement(row.item_id)
            except KeyError:
                return False
        accepted = AcceptedFinding(
            rule=str(field(row.finding, "rule")), match=str(field(row.finding, "text")),
            justification=justification.strip(), author=self.author(),
            accepted_at=dt.datetime.now().replace(microsecond=0))
        new_list = [*copy.deepcopy(req.accepted), accepted]
        try:
            self.document.set_value(("requirements", req.id, "accepted"), new_list,
                                    self.tr("Accept finding"))
        except CommandError:
            return False
        return True

    def withdraw(self, row: FindingRow) -> None:
        """Remove the acceptance of ``row``."""
        if row.accepted is None:
            return
        try:
            req = self.document.project.requirement(row.item_id)
        except KeyError:
            return
        new_list = [a for a in copy.deepcopy(req.accepted)
                    if not (a.rule == row.accepted.rule and a.match == row.accepted.match)]
        self.document.set_value(("requirements", req.id, "accepted"), new_list,
                                self.tr("Withdraw acceptance"))
