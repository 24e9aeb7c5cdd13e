"""The app with the real linter, advisor, exporter, importer and pattern library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from innodraft.core import storage
from innodraft.core.enums import Verification
from innodraft.core.examples import example_path, load_example
from tests.gui.conftest import real_linter_available

from innodraft.gui.main_window import STEP_REQUIREMENTS, MainWindow

pytestmark = pytest.mark.skipif(not real_linter_available(), reason="innodraft.lint not installed")


@pytest.fixture(scope="module")
def _warm_linter() -> None:
    import innodraft.lint as lint

    lint.get_linter("nl")
    lint.get_linter("en")


@pytest.fixture
def real_window(qtbot: Any, qapp: Any, context: Any, _warm_linter: None) -> Iterator[MainWindow]:
    from innodraft.gui.workspace import Workspace

    ws = Workspace(context)
    ws.start()
    win = MainWindow(ws)
    win.resize(1280, 820)
    win.show()
    qtbot.waitUntil(lambda: ws.lint.available, timeout=20000)
    yield win
    ws.closing_for_rebuild = True
    win.close()
    win.deleteLater()
    ws.shutdown(clean=False)


def test_real_linter_flags_brand_and_accept_persists(qtbot: Any, real_window: MainWindow,
                                                     tmp_path: Path) -> None:
    win = real_window
    page = win.requirements_page
    win.show_step(STEP_REQUIREMENTS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    req_id = page.editor.req_id
    qtbot.keyClicks(page.editor.text, "De armaturen zijn van het merk Philips, type CityTouch 300.")
    panel = page.editor.findings
    qtbot.waitUntil(lambda: any(r.finding.category == "brand" for r in panel.model.rows),
                    timeout=5000)
    row = next(r for r in panel.model.rows if r.finding.category == "brand")
    assert row.finding.severity == "error"
    text = win.document.project.requirement(req_id).text
    assert text[row.finding.start:row.finding.end] == row.finding.text
    assert page.editor.accept(row, "De nieuwe armaturen moeten op de bestaande masten passen.")
    qtbot.waitUntil(lambda: any(r.accepted for r in panel.model.rows), timeout=3000)
    target = tmp_path / "p.innodraft"
    win.document.save(target)
    reopened = storage.load(target)
    acc = reopened.requirement(req_id).accepted
    assert [(a.rule, a.match) for a in acc] == [(row.finding.rule, row.finding.text)]
    # the linter's own project run agrees that it is accepted
    import innodraft.lint as lint

    item = lint.lint_project(win.document.project).requirements[req_id]
    assert row.finding.rule in {f.rule for f in item.accepted}
    assert {f.rule for f in item.findings} == {r.finding.rule for r in panel.model.rows}


def test_example_project_lints_and_advises(qtbot: Any, real_window: MainWindow) -> None:
    win = real_window
    assert win.files.open_path(example_path("nl"), ask=False)
    lint = win.workspace.lint
    qtbot.waitUntil(lint.is_up_to_date, timeout=20000)
    # the live results equal the linter's own project run
    import innodraft.lint as lint_module

    full = lint_module.lint_project(win.document.project)
    for req in win.document.project.requirements:
        assert lint.result(req.id).findings == list(full.requirements[req.id].findings), req.id
    assert lint.summary()[0] == full.score
    page = win.procedure_page
    qtbot.waitUntil(lambda: page.advice is not None, timeout=15000)
    assert page.procedures.rowCount() >= 5
    assert page.recommendation.text()
    assert page.memo.toPlainText().strip()
    assert page.timeline.rowCount() >= 4
    # the buyer takes the recommendation: one undoable edit
    page.use_recommended.click()
    assert win.document.project.procedure.procedure_id == page.advice.recommended
    win.document.undo_stack.undo()
    assert win.document.project.procedure.procedure_id != page.advice.recommended or \
        load_example("nl").procedure.procedure_id == page.advice.recommended
    # planning the statutory dates adds milestones in one step
    before = len(win.document.project.timeline)
    page.plan_from_advice()
    assert all(m.date for m in win.document.project.timeline)
    win.document.undo_stack.undo()
    assert len(win.document.project.timeline) == before


def test_export_three_documents(qtbot: Any, real_window: MainWindow, tmp_path: Path) -> None:
    win = real_window
    win.files.open_path(example_path("nl"), ask=False)
    page = win.export_page
    win.show_step(6)
    page.folder.setText(str(tmp_path / "out"))
    page.base_name.setText("aanbesteding")
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=60000)
    assert page.last_result is not None, page.status.text()
    names = sorted(p.name for p in page.last_result.files)
    assert names == ["aanbesteding - evaluation.xlsx", "aanbesteding - review.docx", "aanbesteding.docx"]
    assert all(p.stat().st_size > 5000 for p in page.last_result.files)
    assert page.open_button.isEnabled()
    assert len(set(progress)) > 3, "progress was reported"
    from docx import Document

    review = Document(str(tmp_path / "out" / "aanbesteding - review.docx"))
    assert len(review.comments) > 0


def test_guided_dialog_builds_requirement_from_outcome(qtbot: Any, real_window: MainWindow) -> None:
    from innodraft.gui.dialogs.guided_dialog import GuidedDialog

    win = real_window
    win.files.open_path(example_path("nl"), ask=False)
    dialog = GuidedDialog(win.document.project, "", 0, win)
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() == win.document.project.need.outcomes[0].id
    dialog.function.setText("houdt elke lantaarn brandend")
    dialog.verification.setCurrentIndex(dialog.verification.findData(Verification.MONITORING.value))
    text = dialog.preview.toPlainText()
    assert "houdt elke lantaarn brandend" in text and "{functie}" not in text
    dialog._accept()
    result = dialog.result_value
    assert result is not None and result.verification is Verification.MONITORING
    count = len(win.document.project.requirements)
    req_id = win.requirements_page.add_guided(result)
    assert len(win.document.project.requirements) == count + 1
    assert win.document.project.requirement(req_id).outcome_id == result.outcome_id


def test_pattern_library_adds_requirement_and_criterion(qtbot: Any, real_window: MainWindow) -> None:
    from innodraft.gui.dialogs.guided_dialog import GuidedDialog, PatternRole

    win = real_window
    dialog = GuidedDialog(win.document.project, "", 1, win)
    qtbot.addWidget(dialog)
    themes = dialog.tree.topLevelItemCount()
    patterns = sum(dialog.tree.topLevelItem(i).childCount() for i in range(themes))
    assert themes >= 6 and patterns >= 25
    dialog.search.setText("toegankelijk")
    visible = [dialog.tree.topLevelItem(i).child(j) for i in range(themes)
               for j in range(dialog.tree.topLevelItem(i).childCount())
               if not dialog.tree.topLevelItem(i).child(j).isHidden()]
    assert visible
    dialog.tree.setCurrentItem(visible[0])
    pattern = visible[0].data(0, PatternRole)
    assert pattern.after.get("nl")[:30] in dialog.detail_view.toPlainText()
    dialog.add_criterion.setChecked(True)
    dialog._accept()
    crits = len(win.document.project.award.criteria)
    req_id = win.requirements_page.add_guided(dialog.result_value)
    req = win.document.project.requirement(req_id)
    assert req.text == pattern.after.get("nl")
    assert len(win.document.project.award.criteria) == crits + 1
    assert win.document.project.award.criteria[-1].requirement_ids == [req_id]
    win.document.undo_stack.undo()  # both in one step
    assert len(win.document.project.award.criteria) == crits
    assert all(r.id != req_id for r in win.document.project.requirements)


def test_import_docx_by_drop(qtbot: Any, real_window: MainWindow, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Programma van Eisen", 1)
    for text in ("De opdrachtnemer levert 200 laadpalen.", "De laadpalen zijn van het merk Alfen."):
        doc.add_paragraph(text, style="List Number")
    path = tmp_path / "pve.docx"
    doc.save(str(path))
    win = real_window
    assert win.files.open_path(path, ask=False)
    assert [r.text for r in win.document.project.requirements][-1].startswith("De laadpalen")
    assert win.document.is_modified()
