"""Reversible edit commands on a :class:`~innodraft.core.model.Project`.

Each command's :meth:`Command.apply` changes the project and returns the
command that undoes it, so an undo stack only has to keep commands. Paths
address values inside the project: field names for dataclass fields, item ids
for items of id-carrying lists, e.g. ``("requirements", "E-003", "text")``.

The GUI wraps these commands in ``QUndoCommand``; the CLI and tests use them
directly. :meth:`Command.touched` tells a view what to refresh.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from innodraft.core import serde
from innodraft.core.errors import CommandError, SchemaError
from innodraft.core.model import ID_PREFIXES, Project

Path = tuple[str, ...]
"""Address of a value inside a project."""


def resolve(project: Project, path: Path) -> tuple[Any, str, Any]:
    """Return ``(container, key, type hint)`` of the value at ``path``.

    The container is a dataclass instance and ``key`` one of its fields.
    """
    if not path:
        raise CommandError("empty path")
    obj: Any = project
    for depth, key in enumerate(path[:-1]):
        obj = _step(obj, key, path[: depth + 1])
    last = path[-1]
    if not dataclasses.is_dataclass(obj) or last not in serde.field_types(type(obj)):
        raise CommandError(f"{'/'.join(path)}: no such field")
    return obj, last, serde.field_types(type(obj))[last]


def _step(obj: Any, key: str, where: Path) -> Any:
    if isinstance(obj, list):
        for item in obj:
            if getattr(item, "id", None) == key:
                return item
        raise CommandError(f"{'/'.join(where)}: no item with this id")
    if dataclasses.is_dataclass(obj) and key in serde.field_types(type(obj)):
        return getattr(obj, key)
    raise CommandError(f"{'/'.join(where)}: no such field")


def get_value(project: Project, path: Path) -> Any:
    """Return the value at ``path``."""
    container, key, _ = resolve(project, path)
    return getattr(container, key)


def get_list(project: Project, path: Path) -> tuple[list[Any], Any]:
    """Return an id-carrying list at ``path`` and its item type."""
    container, key, hint = resolve(project, path)
    value = getattr(container, key)
    if not isinstance(value, list):
        raise CommandError(f"{'/'.join(path)}: not a list")
    (item_tp,) = hint.__args__
    if not dataclasses.is_dataclass(item_tp) or "id" not in serde.field_types(item_tp):
        raise CommandError(f"{'/'.join(path)}: items have no ids; use SetValue")
    return value, item_tp


def next_id(project: Project, list_path: Path) -> tuple[str, int]:
    """Return the next free id for items of the list at ``list_path`` and its number.

    The number is one above both the counter and any id already present, so an
    id is never handed out twice, even after deletions.
    """
    prefix = ID_PREFIXES[list_path[-1]]
    items, _ = get_list(project, list_path)
    highest = project.counters.get(prefix, 0)
    for item in items:
        number = _id_number(item.id, prefix)
        if number is not None:
            highest = max(highest, number)
    number = highest + 1
    width = 3 if prefix == "E" else 1
    return f"{prefix}-{number:0{width}d}", number


def _index_of(items: list[Any], item_id: str, list_path: Path) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise CommandError(f"{'/'.join(list_path)}: no item {item_id}")


def _id_number(item_id: str, prefix: str) -> int | None:
    head, _, tail = item_id.rpartition("-")
    if head == prefix and tail.isdigit():
        return int(tail)
    return None


class Command:
    """Base class: an edit that knows how to undo itself."""

    def apply(self, project: Project) -> Command:
        """Change ``project`` and return the inverse command."""
        raise NotImplementedError

    def touched(self) -> tuple[Path, ...]:
        """Paths this command changes (for views to refresh)."""
        raise NotImplementedError

    def merge(self, later: Command) -> Command | None:
        """Return one command equal to ``self`` then ``later``, or None.

        Used by the undo stack to merge consecutive keystrokes into one step.
        """
        return None


@dataclass(frozen=True)
class SetValue(Command):
    """Set one field to a new value."""

    path: Path
    value: Any

    def apply(self, project: Project) -> Command:
        if self.path and self.path[-1] == "id":
            raise CommandError(f"{'/'.join(self.path)}: ids are stable and cannot be changed")
        container, key, hint = resolve(project, self.path)
        try:
            new = serde.check_value(hint, self.value, "/".join(self.path))
        except SchemaError as exc:
            raise CommandError(str(exc)) from None
        old = getattr(container, key)
        setattr(container, key, new)
        return SetValue(self.path, copy.deepcopy(old))

    def touched(self) -> tuple[Path, ...]:
        return (self.path,)

    def merge(self, later: Command) -> Command | None:
        if isinstance(later, SetValue) and later.path == self.path:
            return SetValue(self.path, later.value)
        return None


@dataclass(frozen=True)
class InsertItem(Command):
    """Insert an item (with an id) into a list at ``index`` (None: at the end).

    ``counter`` sets the project's id counter for the list's prefix after the
    insert; it is how a new id is reserved so that undo/redo restores it exactly.
    """

    list_path: Path
    item: Any
    index: int | None = None
    counter: int | None = None

    def apply(self, project: Project) -> Command:
        items, item_tp = get_list(project, self.list_path)
        if not isinstance(self.item, item_tp):
            raise CommandError(f"{'/'.join(self.list_path)}: expected a {item_tp.__name__}")
        try:
            serde.check_value(item_tp, self.item, "/".join(self.list_path))
        except SchemaError as exc:
            raise CommandError(str(exc)) from None
        if any(existing.id == self.item.id for existing in items):
            raise CommandError(f"{'/'.join(self.list_path)}: id {self.item.id} already exists")
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, copy.deepcopy(self.item))
        prefix = ID_PREFIXES.get(self.list_path[-1], "")
        old_counter = project.counters.get(prefix)
        if self.counter is not None:
            project.counters[prefix] = self.counter
        if self.counter is None:
            return RemoveItem(self.list_path, self.item.id, reserve=False)
        restore = _RESTORE_ABSENT if old_counter is None else old_counter
        return RemoveItem(self.list_path, self.item.id, counter=restore)

    def touched(self) -> tuple[Path, ...]:
        return (self.list_path,)


_RESTORE_ABSENT = -1
"""Counter value meaning 'remove the counter' when undoing an insert."""


@dataclass(frozen=True)
class RemoveItem(Command):
    """Remove the item with ``item_id`` from a list. Its id is never reused.

    ``reserve`` raises the id counter to the removed id's number so a later
    :func:`add_item` cannot hand the id out again; inverses of inserts turn it
    off (and ``counter`` restores the exact previous counter).
    """

    list_path: Path
    item_id: str
    counter: int | None = None
    reserve: bool = True

    def apply(self, project: Project) -> Command:
        items, _ = get_list(project, self.list_path)
        index = _index_of(items, self.item_id, self.list_path)
        removed = items.pop(index)
        prefix = ID_PREFIXES.get(self.list_path[-1], "")
        if self.counter is not None:
            old = project.counters.get(prefix)
            if self.counter == _RESTORE_ABSENT:
                project.counters.pop(prefix, None)
            else:
                project.counters[prefix] = self.counter
            return InsertItem(self.list_path, removed, index, counter=old)
        number = _id_number(removed.id, prefix)
        if self.reserve and number is not None and number > project.counters.get(prefix, 0):
            old = project.counters.get(prefix)
            project.counters[prefix] = number
            return _Sequence((
                InsertItem(self.list_path, removed, index),
                _SetCounter(prefix, old),
            ))
        return InsertItem(self.list_path, removed, index)

    def touched(self) -> tuple[Path, ...]:
        return (self.list_path,)


@dataclass(frozen=True)
class _SetCounter(Command):
    """Set (or with None remove) one id counter; used only inside inverses."""

    prefix: str
    value: int | None

    def apply(self, project: Project) -> Command:
        old = project.counters.get(self.prefix)
        if self.value is None:
            project.counters.pop(self.prefix, None)
        else:
            project.counters[self.prefix] = self.value
        return _SetCounter(self.prefix, old)

    def touched(self) -> tuple[Path, ...]:
        return (("counters",),)


@dataclass(frozen=True)
class MoveItem(Command):
    """Move the item with ``item_id`` to position ``index`` in its list."""

    list_path: Path
    item_id: str
    index: int

    def apply(self, project: Project) -> Command:
        items, _ = get_list(project, self.list_path)
        old_index = _index_of(items, self.item_id, self.list_path)
        item = items.pop(old_index)
        new_index = max(0, min(self.index, len(items)))
        items.insert(new_index, item)
        return MoveItem(self.list_path, self.item_id, old_index)

    def touched(self) -> tuple[Path, ...]:
        return (self.list_path,)


@dataclass(frozen=True)
class _Sequence(Command):
    """Several commands applied in order as one step."""

    commands: tuple[Command, ...]

    def apply(self, project: Project) -> Command:
        inverses: list[Command] = []
        try:
            for command in self.commands:
                inverses.append(command.apply(project))
        except Exception:
            for inverse in reversed(inverses):  # leave the project as it was
                inverse.apply(project)
            raise
        return _Sequence(tuple(reversed(inverses)))

    def touched(self) -> tuple[Path, ...]:
        return tuple(p for c in self.commands for p in c.touched())


def batch(commands: Sequence[Command]) -> Command:
    """Combine commands into one undo step (all or nothing)."""
    return _Sequence(tuple(commands))


def add_item(project: Project, list_path: Path, factory: Any, index: int | None = None,
             **fields: Any) -> InsertItem:
    """Build the command that adds a new item with a fresh id.

    Example: ``add_item(p, ("requirements",), Requirement, text="...")``.
    """
    new_id, number = next_id(project, list_path)
    return InsertItem(list_path, factory(id=new_id, **fields), index, counter=number)
