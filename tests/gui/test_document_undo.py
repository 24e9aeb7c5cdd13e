"""ProjectDocument + QUndoStack: merging, clean state, lists, save/load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from innodraft.core.errors import CommandError
from innodraft.core.model import Project, Requirement

from innodraft.gui.document import ProjectDocument, path_touches

TITLE = ("meta", "title")


@pytest.fixture
def doc(qapp: Any) -> ProjectDocument:
    return ProjectDocument(Project())


def type_text(doc: ProjectDocument, path: tuple[str, ...], text: str) -> None:
    for i in range(1, len(text) + 1):
        doc.set_value(path, text[:i], typing=True)


def test_typing_merges_into_one_step(doc: ProjectDocument) -> None:
    type_text(doc, TITLE, "Lampen")
    assert doc.project.meta.title == "Lampen"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.project.meta.title == ""
    doc.undo_stack.redo()
    assert doc.project.meta.title == "Lampen"


def test_focus_change_starts_a_new_step(doc: ProjectDocument) -> None:
    type_text(doc, TITLE, "Lamp")
    doc.end_typing()
    type_text(doc, TITLE, "Lampen")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.project.meta.title == "Lamp"


def test_other_field_does_not_merge(doc: ProjectDocument) -> None:
    type_text(doc, TITLE, "A")
    type_text(doc, ("meta", "reference"), "R-1")
    type_text(doc, TITLE, "AB")
    assert doc.undo_stack.count() == 3


def test_modified_flag_and_typing_back_is_clean(doc: ProjectDocument, qtbot: Any) -> None:
    assert not doc.is_modified()
    with qtbot.waitSignal(doc.modified_changed):
        doc.set_value(TITLE, "X", typing=True)
    assert doc.is_modified()
    doc.set_value(TITLE, "", typing=True)  # back to the saved value: step is obsolete
    assert not doc.is_modified()
    assert doc.undo_stack.count() == 0


def test_undo_emits_changed_paths(doc: ProjectDocument, qtbot: Any) -> None:
    doc.set_value(TITLE, "X")
    with qtbot.waitSignal(doc.changed) as blocker:
        doc.undo_stack.undo()
    assert blocker.args == [(TITLE,)]


def test_invalid_value_raises_and_stack_unchanged(doc: ProjectDocument) -> None:
    with pytest.raises(CommandError):
        doc.set_value(("value", "base"), "not a number")
    assert doc.undo_stack.count() == 0


def test_list_edits_undo_redo(doc: ProjectDocument) -> None:
    a = doc.add_item(("requirements",), Requirement, "add", text="one")
    b = doc.add_item(("requirements",), Requirement, "add", text="two")
    assert [r.id for r in doc.project.requirements] == [a, b] == ["E-001", "E-002"]
    doc.move_item(("requirements",), b, 0, "move")
    assert [r.id for r in doc.project.requirements] == [b, a]
    doc.remove_item(("requirements",), a, "remove")
    assert [r.id for r in doc.project.requirements] == [b]
    for _ in range(3):
        doc.undo_stack.undo()
    assert [r.id for r in doc.project.requirements] == [a]
    for _ in range(3):
        doc.undo_stack.redo()
    assert [r.id for r in doc.project.requirements] == [b]
    # ids are never reused
    assert doc.add_item(("requirements",), Requirement, "add") == "E-003"


def test_save_and_load(doc: ProjectDocument, tmp_path: Path, qtbot: Any) -> None:
    doc.set_value(TITLE, "Opslaan")
    target = tmp_path / "p.innodraft"
    with qtbot.waitSignal(doc.path_changed):
        doc.save(target)
    assert not doc.is_modified()
    other = ProjectDocument()
    other.load(target)
    assert other.project.meta.title == "Opslaan"
    assert other.path == target
    assert other.undo_stack.count() == 0


def test_replace_clears_history_and_can_be_dirty(doc: ProjectDocument, qtbot: Any) -> None:
    doc.set_value(TITLE, "X")
    with qtbot.waitSignal(doc.reset):
        doc.replace(Project(), None, modified=True)
    assert doc.undo_stack.count() == 0
    assert doc.is_modified()
    doc.set_value(TITLE, "Y")
    doc.undo_stack.undo()
    assert doc.is_modified(), "a recovered project stays modified until saved"


def test_display_name(doc: ProjectDocument) -> None:
    assert doc.display_name() == "Untitled"
    doc.set_value(TITLE, "Verlichting")
    assert doc.display_name() == "Verlichting"


def test_path_touches() -> None:
    assert path_touches(("requirements",), ("requirements", "E-001", "text"))
    assert path_touches(("requirements", "E-001", "text"), ("requirements",))
    assert not path_touches(("requirements", "E-002"), ("requirements", "E-001", "text"))
    assert not path_touches(("meta", "title"), ("meta", "reference"))
