"""Step 3 — Market: the consultation log (notes, questions to the market, meetings)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSplitter, QWidget

from innodraft.core.enums import MarketNoteKind
from innodraft.core.model import MarketNote

from innodraft.gui.document import ProjectDocument
from innodraft.gui.models.item_table import Column, ItemTableModel
from innodraft.gui.pages.base import Page, guidance
from innodraft.gui.pages.need_page import text_box
from innodraft.gui.widgets.binding import Binder, set_accessible
from innodraft.gui.widgets.item_list import ItemList


class MarketPage(Page):
    """Market consultation notes and questions, with the market's answers."""

    icon_name = "step-market"

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Market"), self.tr(
            "Ask the market before you fix requirements: what exists, what is feasible, what "
            "it costs. Knock-out requirements without market knowledge are often stricter "
            "than needed."), scroll=False, parent=parent)
        self.body_layout.addWidget(guidance(self.tr(
            "A market consultation is allowed before any procedure (Aw 2.25). Record what you "
            "asked and learned; share information given to one party with all tenderers later, "
            "so a consulted supplier gets no advantage (Aw 2.51).")))
        splitter = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.model = ItemTableModel(document, ("market",), [
            Column("id", self.tr("ID"), editable=False),
            Column("kind", self.tr("Kind"), enum=MarketNoteKind),
            Column("date", self.tr("Date")),
            Column("party", self.tr("Party")),
            Column("title", self.tr("Subject")),
        ], parent=self)
        self.notes = ItemList(self.model, self._add_note, self.tr("Consultation log"),
                              ("party", "title"), splitter)
        splitter.addWidget(self.notes)
        detail = QGroupBox(self.tr("Selected entry"), splitter)
        form = QFormLayout(detail)
        self.detail_binder = Binder(document, None, self)
        db = self.detail_binder
        self.title_edit = db.text(QLineEdit(), ("title",), self.tr("Edit subject"))
        self.party_edit = db.text(QLineEdit(), ("party",), self.tr("Edit party"))
        self.text_edit = db.text(text_box(self.tr("What was asked, discussed or noted"), 120),
                                 ("text",), self.tr("Edit note"))
        self.answer_edit = db.text(text_box(self.tr("What the market answered"), 120),
                                   ("answer",), self.tr("Edit answer"))
        for label, widget in ((self.tr("Subject"), self.title_edit),
                              (self.tr("Party"), self.party_edit),
                              (self.tr("Note or question"), self.text_edit),
                              (self.tr("Answer"), self.answer_edit)):
            form.addRow(label + ":", widget)
            set_accessible(widget, label)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body_layout.addWidget(splitter, 1)
        self.notes.current_changed.connect(self._on_current)
        self.model.modelReset.connect(self._select_first)
        self._select_first()

    def _select_first(self) -> None:
        """Show the first entry instead of an empty detail form."""
        if not self.notes.current_id() and self.model.rowCount():
            self.notes.select(self.model.item_id(0))

    def _add_note(self) -> str:
        return self.document.add_item(("market",), MarketNote, self.tr("Add market note"),
                                      date=dt.date.today(), title=self.tr("New entry"))

    def _on_current(self, item_id: str) -> None:
        self.detail_binder.set_base(("market", item_id) if item_id else None)
