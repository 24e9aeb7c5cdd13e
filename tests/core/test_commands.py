"""Reversible commands: every inverse restores the exact previous state."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innodraft.core import commands as C
from innodraft.core import serde
from innodraft.core.errors import CommandError
from innodraft.core.model import (
    AcceptedFinding,
    AwardCriterion,
    Outcome,
    Project,
    Requirement,
    SuitabilityRequirement,
)
from tests.factories import full_project


def snapshot(project: Project) -> object:
    return serde.to_data(project)


def check_round_trip(project: Project, command: C.Command) -> None:
    """Apply, undo, redo; each step must give exactly the expected state."""
    before = snapshot(project)
    inverse = command.apply(project)
    after = snapshot(project)
    redo = inverse.apply(project)
    assert snapshot(project) == before
    redo.apply(project)
    assert snapshot(project) == after


SET_CASES = [
    (("meta", "title"), "Nieuwe titel 🚲"),
    (("meta", "authority_type"), "utility"),
    (("meta", "planned_publication"), dt.date(2028, 1, 1)),
    (("meta", "planned_publication"), None),
    (("meta", "cpv_codes"), ["90000000-7"]),
    (("value", "base"), 12.5),
    (("value", "duration_months"), 48),
    (("need", "outcomes", "O-1", "target"), "≥ 95 %"),
    (("requirements", "E-003", "text"), "Nieuwe tekst"),
    (("requirements", "E-003", "kind"), "information"),
    (("requirements", "E-001", "accepted"), []),
    (("award", "price", "weight"), 30.0),
    (("award", "criteria", "G-1", "sub_criteria", "SG-1", "weight"), 50.0),
    (("procedure", "procedure_id"), "competitive_dialogue"),
    (("lint", "allow"), ["DALI-2", "NEN 1010"]),
]


@pytest.mark.parametrize(("path", "value"), SET_CASES)
def test_set_value_round_trip(path: C.Path, value: object) -> None:
    check_round_trip(full_project(), C.SetValue(path, value))


def test_set_value_is_applied_and_typed() -> None:
    project = full_project()
    C.SetValue(("requirements", "E-002", "kind"), "award_criterion").apply(project)
    assert project.requirement("E-002").kind.value == "award_criterion"
    C.SetValue(("value", "base"), 7).apply(project)
    assert isinstance(project.value.base, float)


@pytest.mark.parametrize(("path", "value", "message"), [
    (("meta", "nope"), "x", "no such field"),
    (("requirements", "E-999", "text"), "x", "no item with this id"),
    (("requirements", "E-001", "kind"), "maybe", "is not one of"),
    (("value", "base"), "lots", "expected a number"),
    (("value", "base"), float("inf"), "not finite"),
    (("meta", "planned_publication"), "2027-13-01", "not a valid date"),
    (("requirements", "E-001", "id"), "E-500", "ids are stable"),
    ((), "x", "empty path"),
])
def test_invalid_set_value_is_refused_without_change(path: C.Path, value: object, message: str) -> None:
    project = full_project()
    before = snapshot(project)
    with pytest.raises(CommandError, match=message):
        C.SetValue(path, value).apply(project)
    assert snapshot(project) == before


def test_add_item_allocates_fresh_ids_that_are_never_reused() -> None:
    project = full_project()  # counter E=9, items E-001..E-006
    add = C.add_item(project, ("requirements",), Requirement, text="nieuw")
    assert add.item.id == "E-010"
    check_round_trip(project, add)
    C.RemoveItem(("requirements",), "E-010").apply(project)
    again = C.add_item(project, ("requirements",), Requirement)
    assert again.item.id == "E-011"


def test_removing_highest_id_without_counter_still_blocks_reuse() -> None:
    project = Project(requirements=[Requirement(id="E-001"), Requirement(id="E-002")])
    remove = C.RemoveItem(("requirements",), "E-002")
    check_round_trip(project, remove)  # leaves the project with E-002 removed
    assert [r.id for r in project.requirements] == ["E-001"]
    assert C.next_id(project, ("requirements",))[0] == "E-003"


def test_ids_survive_reorder_and_delete() -> None:
    project = full_project()
    texts = {r.id: r.text for r in project.requirements}
    C.MoveItem(("requirements",), "E-006", 0).apply(project)
    C.RemoveItem(("requirements",), "E-003").apply(project)
    assert [r.id for r in project.requirements] == ["E-006", "E-001", "E-002", "E-004", "E-005"]
    assert all(r.text == texts[r.id] for r in project.requirements)


@pytest.mark.parametrize("command", [
    C.InsertItem(("need", "outcomes"), Outcome(id="O-7", text="x"), 0),
    C.InsertItem(("award", "criteria"), AwardCriterion(id="G-5", weight=5)),
    C.InsertItem(("selection", "suitability"), SuitabilityRequirement(id="S-9"), 1),
    C.SetValue(("requirements", "E-002", "accepted"),
               [AcceptedFinding(rule="nl.vague.term", match="voldoende", justification="ok")]),
    C.RemoveItem(("requirements",), "E-001"),
    C.MoveItem(("requirements",), "E-001", 4),
    C.MoveItem(("requirements",), "E-004", 99),
    C.batch([C.SetValue(("meta", "title"), "a"), C.RemoveItem(("requirements",), "E-002"),
             C.SetValue(("meta", "title"), "b")]),
])
def test_list_commands_round_trip(command: C.Command) -> None:
    check_round_trip(full_project(), command)


def test_insert_refuses_duplicate_id_and_wrong_type() -> None:
    project = full_project()
    with pytest.raises(CommandError, match="already exists"):
        C.InsertItem(("requirements",), Requirement(id="E-001")).apply(project)
    with pytest.raises(CommandError, match="expected a Requirement"):
        C.InsertItem(("requirements",), Outcome(id="E-100")).apply(project)
    with pytest.raises(CommandError, match="items have no ids"):
        C.InsertItem(("meta", "cpv_codes"), "x").apply(project)
    with pytest.raises(CommandError, match="items have no ids"):
        C.InsertItem(("requirements", "E-001", "accepted"),
                     AcceptedFinding(rule="r", match="m", justification="j")).apply(project)


def test_failed_batch_leaves_project_unchanged() -> None:
    project = full_project()
    before = snapshot(project)
    bad = C.batch([C.SetValue(("meta", "title"), "changed"),
                   C.RemoveItem(("requirements",), "E-001"),
                   C.SetValue(("meta", "nope"), 1)])
    with pytest.raises(CommandError):
        bad.apply(project)
    assert snapshot(project) == before


def test_typing_merges_into_one_step() -> None:
    project = full_project()
    before = snapshot(project)
    first = C.SetValue(("requirements", "E-001", "text"), "a")
    second = C.SetValue(("requirements", "E-001", "text"), "ab")
    merged = first.merge(second)
    assert merged is not None
    inverse_first = first.apply(project)
    second.apply(project)
    inverse_first.apply(project)  # the first step's inverse undoes the merged step
    assert snapshot(project) == before
    assert first.merge(C.SetValue(("requirements", "E-002", "text"), "x")) is None


def test_inverse_holds_a_copy_not_a_reference() -> None:
    project = full_project()
    inverse = C.SetValue(("meta", "cpv_codes"), ["1"]).apply(project)
    project.meta.cpv_codes.append("mutated later")
    inverse.apply(project)
    assert project.meta.cpv_codes == full_project().meta.cpv_codes


# -- random sequences ---------------------------------------------------------

REQ_FIELDS = st.sampled_from([("text", st.text(max_size=30)), ("title", st.text(max_size=10)),
                              ("kind", st.sampled_from(["knockout", "award_criterion", "information"])),
                              ("priority", st.sampled_from(["must", "should", "could", "wont"]))])


@st.composite
def command_for(draw: st.DrawFn, project: Project) -> C.Command:
    ids = [r.id for r in project.requirements]
    choice = draw(st.integers(0, 4)) if ids else 0
    if choice == 0:
        return C.add_item(project, ("requirements",), Requirement, draw(st.integers(0, 10)),
                          text=draw(st.text(max_size=20)))
    target = draw(st.sampled_from(ids))
    if choice == 1:
        return C.RemoveItem(("requirements",), target)
    if choice == 2:
        return C.MoveItem(("requirements",), target, draw(st.integers(-2, 12)))
    field, values = draw(REQ_FIELDS)
    return C.SetValue(("requirements", target, field), draw(values))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_edit_sequences_undo_to_the_start(data: st.DataObject) -> None:
    project = full_project()
    start = snapshot(project)
    states = [start]
    undo: list[C.Command] = []
    for _ in range(data.draw(st.integers(1, 15))):
        command = data.draw(command_for(project))
        undo.append(command.apply(project))
        states.append(snapshot(project))
    redo: list[C.Command] = []
    for inverse, expected in zip(reversed(undo), reversed(states[:-1]), strict=True):
        redo.append(inverse.apply(project))
        assert snapshot(project) == expected
    for again, expected in zip(reversed(redo), states[1:], strict=True):
        again.apply(project)
        assert snapshot(project) == expected
    ids = [r.id for r in project.requirements]
    assert len(ids) == len(set(ids))


def test_touched_paths() -> None:
    assert C.SetValue(("meta", "title"), "x").touched() == (("meta", "title"),)
    assert C.RemoveItem(("requirements",), "E-1").touched() == (("requirements",),)
    original = copy.deepcopy(full_project())
    assert original == full_project()
