"""Step 1 — Project: identification, authority and contract type, value build-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from innodraft.core.enums import AuthorityType, ContractType, Language
from innodraft.core.model import Lot
from innodraft.core.value import estimate

from innodraft.gui.document import ProjectDocument, path_touches
from innodraft.gui.models.item_table import Column, ItemTableModel
from innodraft.gui.pages.base import Page, guidance
from innodraft.gui.widgets.binding import OptionalDateEdit
from innodraft.gui.widgets.item_list import ItemList

MAX_EUR = 1e12
"""Upper bound of money fields (EUR)."""


def money(amount: float) -> str:
    """Euro amount with thousands separators: € 1,234,567."""
    return "€ " + QLocale().toString(float(amount), "f", 0)


def money_spin(parent: QWidget | None = None) -> QDoubleSpinBox:
    """A spin box for euro amounts excluding VAT."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, MAX_EUR)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setPrefix("€ ")
    spin.setSingleStep(1000)
    return spin


class ProjectPage(Page):
    """Metadata of the tender and its estimated value."""

    icon_name = "step-project"

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Project"),
                         self.tr("Who buys what, and for how much. The estimated value decides "
                                 "whether an EU procedure is required."), parent=parent)
        b = self.binder
        form = self.section(self.tr("Identification"))
        self.title_edit = self.row(form, self.tr("Title"), b.text(QLineEdit(), ("meta", "title"),
                                   self.tr("Edit title")), self.tr("Title of the tender"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Smart public lighting"))
        self.row(form, self.tr("Reference"), b.text(QLineEdit(), ("meta", "reference"),
                 self.tr("Edit reference")), self.tr("Your file or case number"))
        self.row(form, self.tr("Contracting authority"), b.text(
            QLineEdit(), ("meta", "authority_name"), self.tr("Edit authority")),
            self.tr("Name of the contracting authority"))
        self.row(form, self.tr("Type of authority"), b.enum(
            QComboBox(), ("meta", "authority_type"), AuthorityType, self.tr("Edit authority type")),
            self.tr("Central government, decentral authority or utility: decides the EU threshold"))
        self.row(form, self.tr("Type of contract"), b.enum(
            QComboBox(), ("meta", "contract_type"), ContractType, self.tr("Edit contract type")),
            self.tr("Works, supplies or services"))
        cpv = b.string_list(QLineEdit(), ("meta", "cpv_codes"), self.tr("Edit CPV codes"))
        cpv.setPlaceholderText("34993000-4, 50232100-1")
        self.row(form, self.tr("CPV codes"), cpv, self.tr("Comma-separated CPV codes"))
        self.row(form, self.tr("Document language"), b.enum(
            QComboBox(), ("meta", "language"), Language, self.tr("Edit language")),
            self.tr("Language of the tender documents and of the lint rules; independent "
                    "of the language of this program"))
        self.row(form, self.tr("Author"), b.text(QLineEdit(), ("meta", "author"),
                 self.tr("Edit author")))
        self.row(form, self.tr("Document version"), b.text(
            QLineEdit(), ("meta", "document_version"), self.tr("Edit version")))
        self.row(form, self.tr("Created"), b.date(OptionalDateEdit(), ("meta", "created"),
                 self.tr("Edit date")))
        self.row(form, self.tr("Planned publication"), b.date(
            OptionalDateEdit(), ("meta", "planned_publication"), self.tr("Edit publication date")),
            self.tr("Planned dispatch of the notice: decides which thresholds apply and "
                    "drives the timeline"))

        value_form = self.section(self.tr("Estimated value (EUR excluding VAT)"))
        value_form.addRow(guidance(self.tr(
            "Count everything the contract can be worth: options and extensions included "
            "(Aw 2.15). Services without a total price count the monthly amount over the term, "
            "at most 48 months (Aw 2.17). Splitting a contract to stay below a threshold is "
            "not allowed.")))
        edit = self.tr("Edit value")
        self.row(value_form, self.tr("Firm part"), b.number(money_spin(), ("value", "base"), edit),
                 self.tr("Value of the firm part over its fixed term"))
        self.row(value_form, self.tr("Options"), b.number(money_spin(), ("value", "options"), edit))
        self.row(value_form, self.tr("Extensions"), b.number(
            money_spin(), ("value", "extensions"), edit), self.tr("Optional extension periods"))
        months = QSpinBox()
        months.setRange(0, 600)
        months.setSuffix(self.tr(" months"))
        self.row(value_form, self.tr("Fixed term"), b.number(
            months, ("value", "duration_months"), edit, optional=True),
            self.tr("Fixed term in months; leave at — when there is none"))
        monthly = money_spin()
        monthly.setMinimum(-1)
        self.row(value_form, self.tr("Monthly value"), b.number(
            monthly, ("value", "monthly_value"), edit, optional=True),
            self.tr("Only for services without a total price; leave at — otherwise"))
        self.row(value_form, self.tr("Indefinite term"), b.check(
            QCheckBox(self.tr("No end date (counts 48 months)")), ("value", "open_ended"), edit))
        self.row(value_form, self.tr("Development phases"), b.number(
            money_spin(), ("value", "development_phases"), edit),
            self.tr("Innovation partnership: all research and development phases (Aw 2.22)"))
        self.row(value_form, self.tr("Prizes and payments"), b.number(
            money_spin(), ("value", "prizes"), edit), self.tr("Design contest prizes (Aw 2.22)"))
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setAccessibleName(self.tr("Estimated total value"))
        self.parts_label = QLabel()
        self.parts_label.setObjectName("muted")
        self.parts_label.setWordWrap(True)
        value_form.addRow(self.tr("Estimated total:"), self.total_label)
        value_form.addRow("", self.parts_label)

        lots_box = self.section(self.tr("Lots"))
        self.lots_model = ItemTableModel(document, ("value", "lots"), [
            Column("id", self.tr("ID"), editable=False),
            Column("title", self.tr("Title")),
            Column("value", self.tr("Value (EUR)"), align_right=True,
                   fmt=lambda v: QLocale().toString(float(v), "f", 2)),
        ], parent=self)
        self.lots = ItemList(self.lots_model, self._add_lot, self.tr("Lots"), "title", self)
        self.lots.setMinimumHeight(150)
        grid = QGridLayout()
        grid.addWidget(self.lots, 0, 0)
        lots_box.addRow(grid)
        self.body_layout.addStretch(1)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.update_total)
        self.update_total()

    def _add_lot(self) -> str:
        return self.document.add_item(("value", "lots"), Lot, self.tr("Add lot"),
                                      title=self.tr("New lot"))

    def _on_changed(self, paths: tuple) -> None:
        if any(path_touches(tuple(p), ("value",)) for p in paths):
            self.update_total()

    def update_total(self) -> None:
        """Recompute the live total from the value build-up."""
        est = estimate(self.document.project.value)
        self.total_label.setText(money(est.total))
        names = {
            "base": self.tr("firm part"), "monthly": self.tr("monthly value × months"),
            "options": self.tr("options"), "extensions": self.tr("extensions"),
            "development_phases": self.tr("development phases"), "prizes": self.tr("prizes"),
        }
        parts = [f"{names.get(p.key, p.key)} {money(p.amount)} ({p.basis})" for p in est.parts]
        if est.lots_total:
            parts.append(self.tr("lots together %1").replace("%1", money(est.lots_total)))
        self.parts_label.setText(" + ".join(parts))
