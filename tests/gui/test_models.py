"""Item models tested without views (and with pytest-qt's model tester)."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from innodraft.core.enums import Priority, RequirementKind
from innodraft.core.model import AcceptedFinding, Outcome, Project, Requirement, ScaleLevel
from tests.gui.conftest import FakeBackend, FakeFinding

from innodraft.gui.document import ProjectDocument
from innodraft.gui.models.findings_model import COL_ITEM, COL_SEVERITY, FindingRow, FindingsModel
from innodraft.gui.models.item_table import Column, IdRole, ItemTableModel, SortRole, natural_id_key
from innodraft.gui.models.requirements_model import RequirementsFilter, RequirementsModel, SeverityRole
from innodraft.gui.models.scale_model import ScaleModel


def project_with_requirements() -> Project:
    p = Project()
    p.requirements = [
        Requirement("E-001", text="Lampen van Philips", kind=RequirementKind.KNOCKOUT),
        Requirement("E-002", title="Beschikbaarheid", text="95 % werkt", kind=RequirementKind.AWARD,
                    priority=Priority.SHOULD),
        Requirement("E-010", text="Reageert zo snel mogelijk"),
    ]
    p.counters = {"E": 10}
    return p


@pytest.fixture
def doc(qapp: Any) -> ProjectDocument:
    return ProjectDocument(project_with_requirements())


def test_item_table_reads_and_writes_through_commands(doc: ProjectDocument) -> None:
    model = ItemTableModel(doc, ("need", "outcomes"), [
        Column("id", "ID", editable=False), Column("text", "Outcome"), Column("target", "Target")])
    assert model.rowCount() == 0
    doc.add_item(("need", "outcomes"), Outcome, "add", text="Minder energie")
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Minder energie"
    assert model.index(0, 0).data(IdRole) == "O-1"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 2), "-50 %")
    assert doc.project.need.outcomes[0].target == "-50 %"
    doc.undo_stack.undo()
    assert model.index(0, 2).data() == ""
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Outcome"


def test_item_table_refreshes_one_row_on_field_edit(doc: ProjectDocument, qtbot: Any) -> None:
    model = RequirementsModel(doc)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        doc.set_value(("requirements", "E-002", "title"), "Nieuw")
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == 1
    with qtbot.waitSignal(model.modelReset):
        doc.remove_item(("requirements",), "E-001", "remove")
    assert model.rowCount() == 2


def test_requirements_model_columns_and_enum_edit(doc: ProjectDocument) -> None:
    model = RequirementsModel(doc)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "ID", "Requirement", "Kind", "MoSCoW", "Score", "Open"]
    assert model.index(1, model.column_of("summary")).data() == "Beschikbaarheid"
    assert model.index(0, model.column_of("kind")).data() == "Knock-out"
    assert model.index(0, model.column_of("score")).data() == "–"  # not linted yet
    kind = model.index(0, model.column_of("kind"))
    assert model.setData(kind, RequirementKind.AWARD.value)
    assert doc.project.requirements[0].kind is RequirementKind.AWARD
    assert not model.setData(kind, "no-such-kind")


def test_requirements_model_shows_lint_state(doc: ProjectDocument, qtbot: Any) -> None:
    from innodraft.gui.lint_service import LintService

    lint = LintService(doc, FakeBackend())
    model = RequirementsModel(doc, lint)
    lint.start()
    try:
        qtbot.waitUntil(lambda: model.index(0, model.column_of("findings")).data() == "1",
                        timeout=5000)
        assert model.index(1, model.column_of("findings")).data() == "0"
        assert model.index(0, 0).data(SeverityRole) == "error"
        assert model.index(2, 0).data(SeverityRole) == "warning"
        assert float(model.index(0, model.column_of("score")).data()) < 100
        # accepting the finding removes it from the count
        acc = AcceptedFinding("nl.brand.without-equivalent", "Philips", "bestaande masten")
        doc.set_value(("requirements", "E-001", "accepted"), [acc])
        assert model.index(0, model.column_of("findings")).data() == "0"
    finally:
        lint.shutdown()


def test_requirements_filter(doc: ProjectDocument) -> None:
    model = RequirementsModel(doc)
    proxy = RequirementsFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_text("philips")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_kind(RequirementKind.AWARD)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "E-002"
    proxy.set_kind(None)
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["E-001", "E-002", "E-010"]
    assert proxy.index(0, 0).data(SortRole) == natural_id_key("E-001")


def test_natural_id_order() -> None:
    assert sorted(["E-10", "E-2", "E-001"], key=natural_id_key) == ["E-001", "E-2", "E-10"]


def test_findings_model_sorting_and_roles(qapp: Any) -> None:
    model = FindingsModel()
    f1 = FakeFinding("r.a", "vague", "warning", 5, 9, "snel", "vaag")
    f2 = FakeFinding("r.b", "brand", "error", 0, 4, "Acme", "merk")
    acc = AcceptedFinding("r.b", "Acme", "nodig")
    model.set_rows([FindingRow("E-010", f1), FindingRow("E-002", f2, acc)])
    assert model.index(0, COL_ITEM).data() == "E-002"
    assert "accepted" in model.index(0, COL_SEVERITY).data()
    assert model.index(0, COL_SEVERITY).data(Qt.ItemDataRole.FontRole).italic()
    assert "Aanbestedingswet" not in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COL_SEVERITY).data(SortRole) == 1


def test_scale_model_replaces_whole_list(doc: ProjectDocument) -> None:
    model = ScaleModel(doc)
    assert model.rowCount() == 0
    model.add_level()
    model.add_level()
    assert [lv.score for lv in doc.project.award.scale] == [0, 1]
    assert model.setData(model.index(1, 1), "Goed")
    assert doc.project.award.scale[1].label == "Goed"
    model.set_default([ScaleLevel(0, "a"), ScaleLevel(10, "b")])
    assert model.rowCount() == 2
    doc.undo_stack.undo()
    assert model.rowCount() == 2 and doc.project.award.scale[1].label == "Goed"
    model.remove_level(0)
    assert model.rowCount() == 1


def test_models_pass_qtmodeltester(doc: ProjectDocument, qtmodeltester: Any) -> None:
    qtmodeltester.check(RequirementsModel(doc))
    qtmodeltester.check(ScaleModel(doc))
    findings = FindingsModel()
    findings.set_rows([FindingRow("E-001", FakeFinding("r", "brand", "error", 0, 1, "x", "m"))])
    qtmodeltester.check(findings)
