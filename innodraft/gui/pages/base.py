"""Common frame of a step page: title, intro line, scrollable body, form helpers."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from innodraft.gui.document import ProjectDocument
from innodraft.gui.widgets.binding import Binder, OptionalDateEdit, set_accessible

W = TypeVar("W", bound=QWidget)
"""Any widget; :meth:`Page.row` returns the one it was given."""

FIELD_NARROW = 240
"""Maximum width of number and date fields (px)."""
FIELD_MEDIUM = 420
"""Maximum width of choice fields (px)."""


class Page(QWidget):
    """A step of the sidebar. Subclasses fill :attr:`body`."""

    icon_name = ""
    """Name of the sidebar icon under resources/icons."""

    def __init__(self, document: ProjectDocument, title: str, intro: str,
                 scroll: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.title = title
        self.binder = Binder(document, (), self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget(self)
        head = QVBoxLayout(header)
        head.setContentsMargins(24, 18, 24, 8)
        head.setSpacing(2)
        self.title_label = QLabel(title, header)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAccessibleName(title)
        head.addWidget(self.title_label)
        self.intro_label = QLabel(intro, header)
        self.intro_label.setObjectName("pageIntro")
        self.intro_label.setWordWrap(True)
        head.addWidget(self.intro_label)
        outer.addWidget(header)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(24, 8, 24, 18)
        self.body_layout.setSpacing(14)
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(self.body)
            outer.addWidget(area, 1)
        else:
            outer.addWidget(self.body, 1)
        self.setAccessibleName(title)

    # -- helpers for subclasses ----------------------------------------------------------------
    def section(self, title: str, layout: QVBoxLayout | None = None) -> QFormLayout:
        """A titled group with a form layout, added to ``layout`` (default: the body)."""
        box = QGroupBox(title, self.body)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        (layout or self.body_layout).addWidget(box)
        return form

    def row(self, form: QFormLayout, label: str, widget: W, description: str = "") -> W:
        """Add a labelled row; the label is the control's buddy and accessible name."""
        text = label if label.endswith(":") else label + ":"
        lab = QLabel(text)
        target = getattr(widget, "field_widget", widget)
        lab.setBuddy(target)
        if isinstance(widget, QAbstractSpinBox | OptionalDateEdit):
            widget.setMaximumWidth(FIELD_NARROW)
        elif isinstance(widget, QComboBox):
            widget.setMaximumWidth(FIELD_MEDIUM)
        form.addRow(lab, widget)
        set_accessible(target, label.rstrip(":"), description)
        return widget


def guidance(text: str, parent: QWidget | None = None) -> QLabel:
    """A side note explaining why (rich text, wraps, selectable)."""
    note = QLabel(text, parent)
    note.setObjectName("guidance")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.RichText)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    note.setAccessibleName(text if "<" not in text else "guidance")
    return note


def with_guidance(field: QWidget, note_text: str, parent: QWidget | None = None) -> QWidget:
    """A field with its guidance note to the right (2:1)."""
    box = QWidget(parent)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(12)
    lay.addWidget(field, 2)
    note = guidance(note_text, box)
    lay.addWidget(note, 1, Qt.AlignmentFlag.AlignTop)
    box.field_widget = field  # type: ignore[attr-defined]  # row() labels the field itself
    return box


def empty_state(text: str, parent: QWidget | None = None) -> QLabel:
    """A centred, muted hint shown where a list is empty or a result is missing."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
