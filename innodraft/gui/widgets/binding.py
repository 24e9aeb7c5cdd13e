"""Two-way binding of input widgets to fields of the project.

A :class:`Binder` connects widgets to model paths. A user edit becomes a
``SetValue`` command on the document (typing merges into one undo step until
the field loses focus); a change from anywhere else (undo, another view)
updates the widget without echoing back. Paths can be relative to a *base*
(``("requirements", "E-003")``) that follows the selection.

Bound text widgets hand Ctrl+Z / Ctrl+Y to the window's undo actions instead of
their private undo buffers, so there is one undo history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from innodraft.core.commands import Path as ModelPath
from innodraft.core.errors import CommandError

from innodraft.gui import labels
from innodraft.gui.document import ProjectDocument, path_touches

TextW = TypeVar("TextW", bound=QLineEdit | QPlainTextEdit)
"""A bound text widget (the concrete class is kept for callers)."""
ComboW = TypeVar("ComboW", bound=QComboBox)
SpinW = TypeVar("SpinW", bound=QSpinBox | QDoubleSpinBox)


class _GlobalUndoFilter(QObject):
    """Lets Undo/Redo shortcuts reach the window actions while a field has focus."""

    def __init__(self, on_focus_out: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_focus_out = on_focus_out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            return True  # not accepted by the widget: the QAction shortcut fires
        if kind == QEvent.Type.FocusOut and self._on_focus_out is not None:
            self._on_focus_out()
        return False


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    """Set the accessible name (and description) of a control."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)


@dataclass
class _Binding:
    widget: QWidget
    rel: ModelPath
    read: Callable[[], Any]
    write: Callable[[Any], None]
    typing: bool = False


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box switches the date editor on."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(lambda _d: self.edited.emit())

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edited.emit()

    def setAccessibleName(self, name: str) -> None:
        """Name the check box and the date editor after the field."""
        super().setAccessibleName(name)
        self.check.setAccessibleName(self.tr("%1 is set").replace("%1", name))
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:
        """Describe both parts."""
        super().setAccessibleDescription(text)
        self.check.setAccessibleDescription(text)
        self.edit.setAccessibleDescription(text)

    def value(self) -> dt.date | None:
        """The date, or None when unset."""
        if not self.check.isChecked():
            return None
        value = self.edit.date().toPython()
        return value if isinstance(value, dt.date) else None

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: unset)."""
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class Binder(QObject):
    """Keeps a set of widgets and model fields in step."""

    def __init__(self, document: ProjectDocument, base: ModelPath | None = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.base = base
        self._bindings: list[_Binding] = []
        self._updating = False
        self._filter = _GlobalUndoFilter(document.end_typing, self)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh_all)

    # -- base ----------------------------------------------------------------------------------
    def set_base(self, base: ModelPath | None) -> None:
        """Point relative paths at another item (None disables the widgets)."""
        self.document.end_typing()
        self.base = base
        self.refresh_all()

    def path(self, rel: ModelPath) -> ModelPath | None:
        """Absolute path of a bound field (None when there is no base)."""
        return None if self.base is None else (*self.base, *rel)

    # -- binding helpers -----------------------------------------------------------------------
    def _add(self, binding: _Binding) -> None:
        self._bindings.append(binding)
        binding.widget.installEventFilter(self._filter)
        self._refresh(binding)

    def _edited(self, binding: _Binding, label: str) -> None:
        if self._updating:
            return
        path = self.path(binding.rel)
        if path is None:
            return
        try:
            self.document.set_value(path, binding.read(), label, typing=binding.typing)
        except (CommandError, ValueError, TypeError):
            self._refresh(binding)

    def text(self, widget: TextW, rel: ModelPath, label: str) -> TextW:
        """Bind a line or multi-line text field."""
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
            widget.setTabChangesFocus(True)

            def write_plain(value: Any) -> None:
                if widget.toPlainText() != (value or ""):
                    cursor = widget.textCursor().position()
                    widget.setPlainText(value or "")
                    c = widget.textCursor()
                    c.setPosition(min(cursor, len(value or "")))
                    widget.setTextCursor(c)

            binding = _Binding(widget, rel, widget.toPlainText, write_plain, typing=True)
            widget.textChanged.connect(lambda: self._edited(binding, label))
        else:
            def write_line(value: Any) -> None:
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                    if not widget.hasFocus():
                        widget.setCursorPosition(0)  # show the start of long texts

            binding = _Binding(widget, rel, widget.text, write_line, typing=True)
            widget.textEdited.connect(lambda _t: self._edited(binding, label))
        self._add(binding)
        return widget

    def string_list(self, widget: QLineEdit, rel: ModelPath, label: str) -> QLineEdit:
        """Bind a list of strings edited as comma-separated text."""
        def read() -> list[str]:
            return [part.strip() for part in widget.text().split(",") if part.strip()]

        def write(value: Any) -> None:
            if read() != list(value or []):
                widget.setText(", ".join(value or []))

        binding = _Binding(widget, rel, read, write)
        widget.editingFinished.connect(lambda: self._edited(binding, label))
        self._add(binding)
        return widget

    def enum(self, widget: ComboW, rel: ModelPath, enum_cls: type[Enum], label: str) -> ComboW:
        """Bind a combo box to an enum field (items show translated labels)."""
        widget.clear()
        for member, text in labels.choices(enum_cls):
            widget.addItem(text, member.value)

        def read() -> Enum:
            return enum_cls(widget.currentData())

        def write(value: Any) -> None:
            i = widget.findData(getattr(value, "value", value))
            if i >= 0 and i != widget.currentIndex():
                widget.setCurrentIndex(i)

        binding = _Binding(widget, rel, read, write)
        widget.currentIndexChanged.connect(lambda _i: self._edited(binding, label))
        self._add(binding)
        return widget

    def choice(self, widget: QComboBox, rel: ModelPath, label: str) -> QComboBox:
        """Bind a combo box whose item data are the field values (filled by the caller)."""
        def write(value: Any) -> None:
            i = widget.findData(value)
            if i < 0:
                i = widget.findData(None)
            if i != widget.currentIndex():
                widget.setCurrentIndex(i)

        binding = _Binding(widget, rel, widget.currentData, write)
        widget.currentIndexChanged.connect(lambda _i: self._edited(binding, label))
        self._add(binding)
        return widget

    def number(self, widget: SpinW, rel: ModelPath, label: str, optional: bool = False) -> SpinW:
        """Bind a spin box; with ``optional`` its minimum (shown as '—') means None."""
        is_int = isinstance(widget, QSpinBox)
        if optional:
            widget.setSpecialValueText("—")
        widget.setKeyboardTracking(True)

        def read() -> Any:
            value = widget.value()
            if optional and value == widget.minimum():
                return None
            return int(value) if is_int else float(value)

        def write(value: Any) -> None:
            target = widget.minimum() if value is None else value
            if widget.value() != target:
                widget.setValue(target)

        binding = _Binding(widget, rel, read, write, typing=True)
        widget.valueChanged.connect(lambda _v: self._edited(binding, label))
        self._add(binding)
        return widget

    def check(self, widget: QCheckBox, rel: ModelPath, label: str) -> QCheckBox:
        """Bind a check box to a bool field."""
        def write(value: Any) -> None:
            if widget.isChecked() != bool(value):
                widget.setChecked(bool(value))

        binding = _Binding(widget, rel, widget.isChecked, write)
        widget.toggled.connect(lambda _v: self._edited(binding, label))
        self._add(binding)
        return widget

    def date(self, widget: OptionalDateEdit, rel: ModelPath, label: str) -> OptionalDateEdit:
        """Bind an optional date."""
        def write(value: Any) -> None:
            if widget.value() != value:
                widget.set_value(value)

        binding = _Binding(widget, rel, widget.value, write)
        widget.edited.connect(lambda: self._edited(binding, label))
        self._add(binding)
        return widget

    # -- refresh -------------------------------------------------------------------------------
    def _refresh(self, binding: _Binding) -> None:
        path = self.path(binding.rel)
        value: Any = None
        ok = path is not None
        if ok:
            try:
                value = self.document.get(path)
            except CommandError:
                ok = False
        binding.widget.setEnabled(ok)
        self._updating = True
        try:
            if ok:
                binding.write(value)
            elif isinstance(binding.widget, QLineEdit | QPlainTextEdit):
                binding.write("")
        finally:
            self._updating = False

    def refresh_all(self) -> None:
        """Re-read every bound field."""
        for binding in self._bindings:
            self._refresh(binding)

    def _on_changed(self, paths: tuple) -> None:
        for binding in self._bindings:
            full = self.path(binding.rel)
            if full is not None and any(path_touches(tuple(p), full) for p in paths):
                self._refresh(binding)

