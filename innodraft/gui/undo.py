"""``QUndoCommand`` adapter around the core's reversible commands.

The document applies a core command *before* pushing it (so a bad value
raises where the edit was made, and never lands on the stack); the adapter's
first ``redo`` is therefore a no-op. ``mergeWith`` joins consecutive edits of
one field in one typing session into a single undo step with
:meth:`innodraft.core.commands.Command.merge`; an edit that returns the field to
its original value makes the step obsolete, so the stack can become clean again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

from innodraft.core.commands import Command, SetValue

Applier = Callable[[Command], Command]
"""Applies a command to the document's project and returns its inverse."""

_MERGE_IDS: dict[Hashable, int] = {}


def merge_id(key: Hashable) -> int:
    """A small positive integer for a merge key (same key, same id)."""
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class UndoCommand(QUndoCommand):
    """One undo step: a core command, its inverse and an optional merge key."""

    def __init__(self, apply: Applier, command: Command, inverse: Command, text: str,
                 merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self._apply = apply
        self.command = command
        self.inverse = inverse
        self.merge_key = merge_key
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False
            return
        self.inverse = self._apply(self.command)

    def undo(self) -> None:
        self._apply(self.inverse)

    def id(self) -> int:
        return -1 if self.merge_key is None else merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand) or other.merge_key != self.merge_key:
            return False
        merged = self.command.merge(other.command)
        if merged is None:
            return False
        self.command = merged
        if _same_value(merged, self.inverse):
            self.setObsolete(True)
        return True


def _same_value(command: Command, inverse: Command) -> bool:
    """True when a merged edit puts back the value its first step replaced."""
    if isinstance(command, SetValue) and isinstance(inverse, SetValue):
        return command.path == inverse.path and _equal(command.value, inverse.value)
    return False


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:
        return False
