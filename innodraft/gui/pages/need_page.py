"""Step 2 — Need: problem, desired outcomes, context, ambition, room for the market.

Each field has a guidance note beside it: why a functional (outcome-based)
specification leaves room for better solutions (PIANOo, Aw 2.76 lid 1 sub b).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from innodraft.core.model import Outcome

from innodraft.gui.document import ProjectDocument
from innodraft.gui.models.item_table import Column, ItemTableModel
from innodraft.gui.pages.base import Page, guidance, with_guidance
from innodraft.gui.widgets.item_list import ItemList


def text_box(placeholder: str, height: int = 90) -> QPlainTextEdit:
    """A multi-line text field of a modest height."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class NeedPage(Page):
    """The buyer's need, stated as a problem and outcomes (the *what*, not the *how*)."""

    icon_name = "step-need"

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Need"), self.tr(
            "Describe the problem and the results you want, not the solution you have in mind. "
            "Suppliers often know better ways to reach an outcome than the buyer does."),
            parent=parent)
        b = self.binder
        form = self.section(self.tr("Problem"))
        self.problem = b.text(text_box(self.tr(
            "What goes wrong today, for whom, and what does it cost?")),
            ("need", "problem"), self.tr("Edit problem"))
        self.row(form, self.tr("Problem"), with_guidance(self.problem, self.tr(
            "<b>Start from the problem.</b> A problem statement invites several solutions; "
            "a product description invites one. PIANOo calls this functional specifying: "
            "state <i>what</i> must be achieved and leave the <i>how</i> to the market.")),
            self.tr("The problem the purchase must solve"))

        outcomes_layout = QVBoxLayout()
        box_form = self.section(self.tr("Desired outcomes"))
        box_form.addRow(guidance(self.tr(
            "<b>Outcomes are measurable.</b> For each outcome give the indicator you will "
            "measure and the level that counts as success, e.g. “citizens reach the counter "
            "within 10 minutes” with indicator “waiting time” and target “≤ 10 min for 95 % "
            "of visits”. Requirements and award criteria later refer to these outcomes.")))
        self.outcomes_model = ItemTableModel(document, ("need", "outcomes"), [
            Column("id", self.tr("ID"), editable=False),
            Column("text", self.tr("Outcome")),
            Column("indicator", self.tr("Indicator")),
            Column("target", self.tr("Target level")),
        ], parent=self)
        self.outcomes = ItemList(self.outcomes_model, self._add_outcome,
                                 self.tr("Desired outcomes"), ("text", "indicator", "target"), self)
        self.outcomes.setMinimumHeight(170)
        outcomes_layout.addWidget(self.outcomes)
        box_form.addRow(outcomes_layout)

        form2 = self.section(self.tr("Context and ambition"))
        self.context = b.text(text_box(self.tr(
            "Users, existing systems, locations, policy goals, constraints…")),
            ("need", "context"), self.tr("Edit context"))
        self.row(form2, self.tr("Context"), with_guidance(self.context, self.tr(
            "Describe the environment the solution must work in. Name existing systems as "
            "<i>interfaces to connect to</i>, not as products to copy.")))
        self.ambition = b.text(text_box(self.tr(
            "Sustainability, social return, innovation targets…")),
            ("need", "ambition"), self.tr("Edit ambition"))
        self.row(form2, self.tr("Ambition"), with_guidance(self.ambition, self.tr(
            "Ambitions that matter become award criteria: suppliers who do better score "
            "better, instead of everyone meeting one fixed minimum.")))
        self.left_open = b.text(text_box(self.tr(
            "Technology, materials, working method, staffing…")),
            ("need", "left_open"), self.tr("Edit what is left open"))
        self.row(form2, self.tr("Left open to the market"), with_guidance(self.left_open, self.tr(
            "<b>Say explicitly what you leave open.</b> Every prescribed material, technology "
            "or method excludes suppliers with another good answer, and brand or type names "
            "are only allowed with “or equivalent” (Aw 2.76).")))
        self.body_layout.addStretch(1)

    def _add_outcome(self) -> str:
        return self.document.add_item(("need", "outcomes"), Outcome, self.tr("Add outcome"))
