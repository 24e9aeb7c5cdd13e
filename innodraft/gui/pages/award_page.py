"""Step 6 — Selection and award: exclusion, suitability, criteria, scale and price method."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.enums import AwardBasis, PriceMethod, SuitabilityKind
from innodraft.core.model import AwardCriterion, ExclusionGround, ScaleLevel, SuitabilityRequirement
from innodraft.core.validation import check_project, quality_weight

from innodraft.gui import i18n, theme
from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.lint_service import LintService
from innodraft.gui.models.item_table import Column, ItemTableModel
from innodraft.gui.models.scale_model import ScaleModel
from innodraft.gui.pages.base import Page, guidance
from innodraft.gui.pages.project_page import money, money_spin
from innodraft.gui.widgets.binding import set_accessible
from innodraft.gui.widgets.item_list import ItemList
from innodraft.gui.widgets.selection_checks import SuitabilityChecks


def _weight(v: Any) -> str:
    return f"{v:g} %"


class AwardPage(Page):
    """Selection (exclusion, suitability) and award (criteria, weights, scale, price)."""

    icon_name = "step-award"

    def __init__(self, document: ProjectDocument, lint: LintService,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Selection and award"), self.tr(
            "Ask only what is needed to trust a supplier with this contract, and score what "
            "really distinguishes the offers."), parent=parent)
        b = self.binder
        # -- selection -------------------------------------------------------------------------
        sel = self.section(self.tr("Exclusion grounds"))
        self.exclusion_model = ItemTableModel(document, ("selection", "exclusion_grounds"), [
            Column("id", self.tr("ID"), editable=False),
            Column("text", self.tr("Ground")),
            Column("mandatory", self.tr("Mandatory"), fmt=lambda v: self.tr("yes") if v else self.tr("no")),
            Column("basis", self.tr("Basis")),
        ], parent=self)
        self.exclusion = ItemList(self.exclusion_model, self._add_exclusion,
                                  self.tr("Exclusion grounds"), ("text", "basis"), self)
        self.exclusion.setMinimumHeight(150)
        sel.addRow(self.exclusion)

        suit = self.section(self.tr("Suitability requirements"))
        suit.addRow(guidance(self.tr(
            "<b>Proportionality.</b> A turnover demand may be at most three times the contract "
            "value (Aw 2.90), references should cover the last three years for supplies and "
            "services and five for works, and certificates need “or equivalent”. Checks appear "
            "below the table as you edit.")))
        self.suitability_model = ItemTableModel(document, ("selection", "suitability"), [
            Column("id", self.tr("ID"), editable=False),
            Column("kind", self.tr("Kind"), enum=SuitabilityKind),
            Column("text", self.tr("Requirement")),
            Column("amount", self.tr("Amount (EUR)"), align_right=True,
                   fmt=lambda v: "" if v is None else QLocale().toString(float(v), "f", 0)),
            Column("count", self.tr("Count"), align_right=True),
            Column("years", self.tr("Years"), align_right=True),
        ], parent=self)
        self.suitability = ItemList(self.suitability_model, self._add_suitability,
                                    self.tr("Suitability requirements"), "text", self)
        self.suitability.setMinimumHeight(170)
        suit.addRow(self.suitability)
        self.checks = SuitabilityChecks(document, lint, self)
        suit.addRow(self.checks)
        self.suitability.current_changed.connect(self.checks.set_item)
        cands = QSpinBox()
        cands.setRange(0, 99)
        self.row(suit, self.tr("Maximum candidates"), b.number(
            cands, ("selection", "max_candidates"), self.tr("Edit maximum candidates"), optional=True),
            self.tr("Restricted procedures: how many candidates are invited (— for no limit)"))

        # -- award -----------------------------------------------------------------------------
        award = self.section(self.tr("Award"))
        self.basis = b.enum(QComboBox(), ("award", "basis"), AwardBasis, self.tr("Edit award basis"))
        self.row(award, self.tr("Award basis"), self.basis,
                 self.tr("Best price-quality ratio is the default (Aw 2.114)"))
        self.motivation = b.text(QPlainTextEdit(), ("award", "motivation"), self.tr("Edit motivation"))
        self.motivation.setMaximumHeight(70)
        self.motivation.setPlaceholderText(self.tr(
            "Required for lowest price or lowest cost: why quality does not count (Aw 2.114 lid 4)"))
        self.motivation_label = QLabel(self.tr("Motivation:"))
        self.motivation_label.setBuddy(self.motivation)
        award.addRow(self.motivation_label, self.motivation)
        set_accessible(self.motivation, self.tr("Motivation of the award basis"))

        crit_box = self.section(self.tr("Quality criteria and weights"))
        self.criteria_model = ItemTableModel(document, ("award", "criteria"), [
            Column("id", self.tr("ID"), editable=False),
            Column("title", self.tr("Criterion")),
            Column("weight", self.tr("Weight (%)"), align_right=True, fmt=_weight),
            Column("description", self.tr("What is assessed")),
        ], parent=self)
        self.criteria = ItemList(self.criteria_model, self._add_criterion,
                                 self.tr("Award criteria"), ("title", "description"), self)
        self.criteria.setMinimumHeight(170)
        crit_box.addRow(self.criteria)
        self.weights_label = QLabel()
        self.weights_label.setObjectName("total")
        self.weights_label.setAccessibleName(self.tr("Weight check"))
        self.weights_status = QLabel()
        self.weights_status.setWordWrap(True)
        totals = QHBoxLayout()
        totals.addWidget(self.weights_label)
        totals.addWidget(self.weights_status, 1)
        crit_box.addRow(totals)

        scale_box = self.section(self.tr("Scoring scale"))
        self.scale_model = ScaleModel(document, self)
        scale_widget = QWidget()
        sl = QVBoxLayout(scale_widget)
        sl.setContentsMargins(0, 0, 0, 0)
        self.scale_view = QTableView(scale_widget)
        self.scale_view.setModel(self.scale_model)
        self.scale_view.verticalHeader().setVisible(False)
        self.scale_view.horizontalHeader().setStretchLastSection(True)
        self.scale_view.setMinimumHeight(170)
        self.scale_view.setTabKeyNavigation(False)
        set_accessible(self.scale_view, self.tr("Scoring scale"))
        sl.addWidget(self.scale_view)
        sb = QHBoxLayout()
        add_level = QPushButton(self.tr("Add level"))
        remove_level = QPushButton(self.tr("Remove level"))
        standard = QPushButton(self.tr("Use standard scale 0–10"))
        add_level.clicked.connect(self.scale_model.add_level)
        remove_level.clicked.connect(
            lambda: self.scale_model.remove_level(self.scale_view.currentIndex().row()))
        standard.clicked.connect(lambda: self.scale_model.set_default(self.standard_scale()))
        for w in (add_level, remove_level, standard):
            sb.addWidget(w)
        sb.addStretch(1)
        sl.addLayout(sb)
        scale_box.addRow(scale_widget)

        price = self.section(self.tr("Price"))
        self.method = b.enum(QComboBox(), ("award", "price", "method"), PriceMethod,
                             self.tr("Edit price method"))
        self.row(price, self.tr("Price method"), self.method)
        pw = QDoubleSpinBox()
        pw.setRange(0, 100)
        pw.setSuffix(" %")
        self.price_weight = b.number(pw, ("award", "price", "weight"), self.tr("Edit price weight"))
        self.price_weight_label = QLabel(self.tr("Price weight:"))
        self.price_weight_label.setBuddy(self.price_weight)
        price.addRow(self.price_weight_label, self.price_weight)
        set_accessible(self.price_weight, self.tr("Price weight"))
        self.discount = b.number(money_spin(), ("award", "price", "discount_total"),
                                 self.tr("Edit discount value"))
        self.discount_label = QLabel(self.tr("Value of full quality:"))
        self.discount_label.setBuddy(self.discount)
        price.addRow(self.discount_label, self.discount)
        set_accessible(self.discount, self.tr("Value of full quality"),
                       self.tr("Fictitious discount in euro for a perfect quality score"))
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.RichText)
        self.example.setAccessibleName(self.tr("Worked example"))
        price.addRow(self.tr("Worked example:"), self.example)

        evaluation = self.section(self.tr("Evaluation"))
        self.row(evaluation, self.tr("Evaluators"), b.string_list(
            QLineEdit(), ("award", "evaluators"), self.tr("Edit evaluators")),
            self.tr("Names or codes, comma-separated; empty uses the default count"))
        spread = QDoubleSpinBox()
        spread.setRange(0, 100)
        self.row(evaluation, self.tr("Consensus flag above a spread of"), b.number(
            spread, ("award", "spread_threshold"), self.tr("Edit spread threshold")))
        self.body_layout.addStretch(1)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.update_checks)
        self.update_checks()

    def standard_scale(self) -> list[ScaleLevel]:
        """A six-step 0–10 scale with anchored descriptors (a starting point to edit)."""
        levels = [
            (0, self.tr("Unacceptable"), self.tr("No answer, or the answer does not address the criterion.")),
            (2, self.tr("Poor"),
             self.tr("Addresses the criterion only in general terms; no concrete measures.")),
            (4, self.tr("Insufficient"),
             self.tr("Some concrete measures, but important risks or outcomes are missed.")),
            (6, self.tr("Sufficient"),
             self.tr("Concrete, credible measures that reach the outcomes asked for.")),
            (8, self.tr("Good"),
             self.tr("Reaches the outcomes with clear added value, substantiated and verifiable.")),
            (10, self.tr("Excellent"),
             self.tr("Clearly exceeds the outcomes; innovative, substantiated and verifiable.")),
        ]
        return [ScaleLevel(score, label, descriptor) for score, label, descriptor in levels]

    def _add_exclusion(self) -> str:
        return self.document.add_item(("selection", "exclusion_grounds"), ExclusionGround,
                                      self.tr("Add exclusion ground"))

    def _add_suitability(self) -> str:
        return self.document.add_item(("selection", "suitability"), SuitabilityRequirement,
                                      self.tr("Add suitability requirement"))

    def _add_criterion(self) -> str:
        return self.document.add_item(("award", "criteria"), AwardCriterion,
                                      self.tr("Add award criterion"), title=self.tr("New criterion"))

    def _on_changed(self, paths: tuple) -> None:
        if any(path_touches(tuple(p), ("award",)) for p in paths):
            self.update_checks()

    def update_checks(self) -> None:
        """Live weight total, field visibility and the worked price example."""
        award = self.document.project.award
        bpkv = award.basis is AwardBasis.BPKV
        discount = award.price.method is PriceMethod.FICTITIOUS_DISCOUNT
        self.motivation.setVisible(not bpkv)
        self.motivation_label.setVisible(not bpkv)
        self.price_weight.setVisible(bpkv and not discount)
        self.price_weight_label.setVisible(bpkv and not discount)
        self.discount.setVisible(bpkv and discount)
        self.discount_label.setVisible(bpkv and discount)
        quality = quality_weight(self.document.project)
        if discount:
            self.weights_label.setText(self.tr("Quality criteria total %1 %").replace("%1", f"{quality:g}"))
        else:
            total = quality + award.price.weight
            self.weights_label.setText(
                self.tr("Quality %1 % + price %2 % = %3 %").replace("%1", f"{quality:g}")
                .replace("%2", f"{award.price.weight:g}").replace("%3", f"{total:g}"))
        problems = [p for p in check_project(self.document.project)
                    if p.code in ("weights_total", "sub_weights_total", "no_scale", "no_discount",
                                  "missing_motivation")]
        lang = i18n.current_language()
        if not bpkv or not award.criteria:
            theme.set_badge(self.weights_status, "muted")
            self.weights_status.setText(self.tr("No quality criteria weighed yet.") if bpkv else "")
        elif problems:
            theme.set_badge(self.weights_status, "badgeError")
            self.weights_status.setText("✗ " + "; ".join(p.message(lang) for p in problems))
        else:
            theme.set_badge(self.weights_status, "badgeOk")
            self.weights_status.setText("✓ " + self.tr("weights total 100 %"))
        self.example.setText(self._example_html())

    def _example_html(self) -> str:
        award = self.document.project.award
        try:
            from innodraft.export.scoring import worked_example
        except ImportError:
            return escape(self.tr("(the worked example appears when the export module is installed)"))
        rows = worked_example(award, quality_weight(self.document.project))
        fictitious = award.price.method is PriceMethod.FICTITIOUS_DISCOUNT and award.basis is AwardBasis.BPKV
        head = [self.tr("Tenderer"), self.tr("Price"), self.tr("Quality"),
                self.tr("Fictitious price") if fictitious else self.tr("Points"), self.tr("Rank")]
        cells = "".join(f"<th align='left'>{escape(h)}&nbsp;&nbsp;</th>" for h in head)
        body = []
        for r in rows:
            total = money(r.total) if fictitious or award.basis is not AwardBasis.BPKV else f"{r.total:.1f}"
            body.append(f"<tr><td>{r.code}</td><td>{money(r.price)}</td>"
                        f"<td>{r.quality_share:.0%}</td><td>{total}</td><td>{r.rank}</td></tr>")
        return f"<table cellspacing='0' cellpadding='2'><tr>{cells}</tr>{''.join(body)}</table>"
