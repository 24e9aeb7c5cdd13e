"""The open project as a QObject: the single bridge between the core and Qt.

:class:`ProjectDocument` owns the :class:`~innodraft.core.model.Project`, its
file path and a ``QUndoStack``. Every edit goes through :meth:`push` (or the
helpers built on it) as a core command; after each change the document emits
``changed`` with the paths the command touched, so models and pages refresh
only what they show. Replacing the whole project (new, open, recover) emits
``reset`` and clears the undo history.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from innodraft.core import storage
from innodraft.core.commands import (
    Command,
    MoveItem,
    RemoveItem,
    SetValue,
    add_item,
    batch,
    get_value,
)
from innodraft.core.commands import Path as ModelPath
from innodraft.core.model import Project

from innodraft.gui.undo import UndoCommand


def path_touches(changed: ModelPath, watched: ModelPath) -> bool:
    """True when a change at ``changed`` may alter the value at ``watched``.

    That is the case when one path is a prefix of the other (a list insert
    touches every item field below it; a field edit touches its container).
    """
    n = min(len(changed), len(watched))
    return changed[:n] == watched[:n]


class ProjectDocument(QObject):
    """An open project with undo history, file path and modified state."""

    changed = Signal(tuple)
    """Emitted after every edit, undo or redo with the tuple of touched paths."""
    reset = Signal()
    """Emitted after the whole project was replaced (new, open, recover)."""
    modified_changed = Signal(bool)
    """Emitted when the unsaved-changes state flips."""
    path_changed = Signal(object)
    """Emitted with the new file path (or None) after open/save as."""

    def __init__(self, project: Project | None = None, path: str | os.PathLike[str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project if project is not None else Project()
        self.path: Path | None = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._typing_session = 0
        self._forced_dirty = False
        self.revision = 0
        """Counts every change; autosave compares it with the last autosaved revision."""

    # -- state -------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        """True when the project has changes that are not saved to its file."""
        return self._forced_dirty or not self.undo_stack.isClean()

    def display_name(self) -> str:
        """File name, or the project title / a placeholder for an untitled project."""
        if self.path is not None:
            return self.path.name
        return self.project.meta.title.strip() or self.tr("Untitled")

    def get(self, path: ModelPath) -> Any:
        """Current value at ``path`` in the project."""
        return get_value(self.project, path)

    # -- editing -----------------------------------------------------------------------------
    def apply(self, command: Command) -> Command:
        """Apply ``command`` without touching the undo stack and return its inverse.

        Used by undo steps; views are told through ``changed``.
        """
        inverse = command.apply(self.project)
        self.revision += 1
        self.changed.emit(tuple(command.touched()))
        return inverse

    def push(self, command: Command, text: str, merge_key: Hashable | None = None) -> None:
        """Apply ``command`` and record it as one undo step.

        Raises:
            CommandError: the edit is invalid; nothing changed.
        """
        inverse = self.apply(command)
        self.undo_stack.push(UndoCommand(self.apply, command, inverse, text, merge_key))

    def set_value(self, path: ModelPath, value: Any, text: str | None = None,
                  typing: bool = False) -> None:
        """Set one field; with ``typing`` consecutive edits merge into one step."""
        if self.get(path) == value and type(self.get(path)) is type(value):
            return
        key = ("typing", self._typing_session, path) if typing else None
        self.push(SetValue(path, value), text or self.tr("Edit %s") % path[-1], key)

    def end_typing(self) -> None:
        """Start a new undo step for the next keystrokes (focus left a field)."""
        self._typing_session += 1

    def add_item(self, list_path: ModelPath, factory: Any, undo_text: str,
                 index: int | None = None, **fields: Any) -> str:
        """Add a new item with a fresh id to a list and return the id."""
        command = add_item(self.project, list_path, factory, index, **fields)
        self.push(command, undo_text)
        return str(command.item.id)

    def remove_item(self, list_path: ModelPath, item_id: str, text: str) -> None:
        """Remove the item ``item_id`` from a list."""
        self.push(RemoveItem(list_path, item_id), text)

    def move_item(self, list_path: ModelPath, item_id: str, index: int, text: str) -> None:
        """Move an item to position ``index`` of its list."""
        self.push(MoveItem(list_path, item_id, index), text)

    def push_batch(self, commands: Sequence[Command], text: str) -> None:
        """Apply several commands as one undo step."""
        if commands:
            self.push(batch(commands), text)

    # -- whole project -------------------------------------------------------------------------
    def replace(self, project: Project, path: str | os.PathLike[str] | None = None,
                modified: bool = False) -> None:
        """Put another project in place (new/open/recover); clears the history."""
        was_modified = self.is_modified()
        self.project = project
        self.path = Path(path) if path is not None else None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._forced_dirty = modified
        self.revision += 1
        self.reset.emit()
        self.path_changed.emit(self.path)
        if was_modified != self.is_modified():
            self.modified_changed.emit(self.is_modified())

    def load(self, path: str | os.PathLike[str]) -> None:
        """Open a project file (raises ProjectFileError; the document is unchanged then)."""
        project = storage.load(path)
        self.replace(project, path)

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the project to ``path`` (default: its current file) and mark it clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name")
        self.end_typing()
        storage.save(self.project, target)
        old_path = self.path
        self.path = target
        was_modified = self.is_modified()
        self._forced_dirty = False
        self.undo_stack.setClean()
        if old_path != target:
            self.path_changed.emit(target)
        if was_modified:
            self.modified_changed.emit(False)
        return target

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.is_modified())
