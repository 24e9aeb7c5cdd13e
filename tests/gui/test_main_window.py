"""The app end to end with a deterministic linter: edit, lint, accept, undo, save, recover."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from innodraft.core import storage
from innodraft.core.autosave import AutosaveStore
from innodraft.core.model import Meta, Project, Requirement
from tests.gui.conftest import FakeBackend

from innodraft.gui import main_window as main_window_module
from innodraft.gui.dialogs.accept_dialog import AcceptDialog
from innodraft.gui.main_window import STEP_REQUIREMENTS, MainWindow
from innodraft.gui.models.findings_model import field


def add_and_type(qtbot: Any, window: MainWindow, text: str) -> str:
    page = window.requirements_page
    window.show_step(STEP_REQUIREMENTS)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    req_id = page.editor.req_id
    assert req_id
    qtbot.keyClicks(page.editor.text, text)
    return req_id


def wait_findings(qtbot: Any, window: MainWindow, n: int) -> None:
    panel = window.requirements_page.editor.findings
    qtbot.waitUntil(lambda: panel.model.rowCount() == n, timeout=5000)


def underline_ranges(editor: QPlainTextEdit) -> list[tuple[int, int, Any]]:
    block = editor.document().firstBlock()
    return [(r.start, r.start + r.length, r.format.underlineStyle())
            for r in block.layout().formats()]


def test_create_project_title_and_modified_mark(qtbot: Any, window: MainWindow) -> None:
    assert window.windowTitle().startswith("Untitled")
    qtbot.keyClicks(window.project_page.title_edit, "Slimme verlichting")
    assert window.document.project.meta.title == "Slimme verlichting"
    assert window.isWindowModified()
    assert "Slimme verlichting" in window.windowTitle()
    assert window.document.undo_stack.count() == 1  # typing merged


def test_brand_name_is_underlined_and_listed(qtbot: Any, window: MainWindow) -> None:
    req_id = add_and_type(qtbot, window, "De armaturen zijn van Philips.")
    wait_findings(qtbot, window, 1)
    editor = window.requirements_page.editor
    row = editor.findings.model.rows[0]
    assert field(row.finding, "category") == "brand"
    start = "De armaturen zijn van ".__len__()
    assert (start, start + len("Philips"), QTextCharFormat.UnderlineStyle.WaveUnderline) in \
        underline_ranges(editor.text)
    model = window.requirements_page.model
    assert model.index(model.row_of(req_id), model.column_of("findings")).data() == "1"
    # project-wide list follows (filled while its tab is shown; the tab title counts)
    page = window.requirements_page
    qtbot.waitUntil(lambda: page.tabs.tabText(1).endswith("(1)"))
    page.tabs.setCurrentIndex(1)
    assert page.project_findings.model.rowCount() == 1


def test_offsets_survive_emoji(qtbot: Any, window: MainWindow) -> None:
    add_and_type(qtbot, window, "")
    # QTest cannot type characters outside the BMP; paste them like a user would
    window.requirements_page.editor.text.insertPlainText("💡💡 Philips")
    wait_findings(qtbot, window, 1)
    ranges = underline_ranges(window.requirements_page.editor.text)
    assert (5, 12, QTextCharFormat.UnderlineStyle.WaveUnderline) in ranges  # 2 emoji = 4 units + space


def test_accept_with_justification_then_undo_redo(qtbot: Any, window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.workspace.context.settings.values.author = "A. Inkoper"
    req_id = add_and_type(qtbot, window, "Lampen van Philips")
    wait_findings(qtbot, window, 1)
    editor = window.requirements_page.editor

    def fake_exec(dialog: AcceptDialog) -> int:
        assert not dialog.ok_button.isEnabled()
        dialog.justification.setPlainText("Moet passen op de bestaande masten")
        assert dialog.ok_button.isEnabled()
        return 1

    monkeypatch.setattr(main_window_module.AcceptDialog, "exec", fake_exec)
    editor.findings.select_first()
    qtbot.mouseClick(editor.findings.accept_button, Qt.MouseButton.LeftButton)
    req = window.document.project.requirement(req_id)
    assert len(req.accepted) == 1
    acc = req.accepted[0]
    assert (acc.rule, acc.match, acc.author) == ("nl.brand.without-equivalent", "Philips", "A. Inkoper")
    assert acc.accepted_at is not None
    assert editor.findings.model.rows[0].accepted is not None
    assert underline_ranges(editor.text)[0][2] == QTextCharFormat.UnderlineStyle.DotLine
    # undo and redo with the keyboard, focus in the text field
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.requirement(req_id).accepted == []
    assert editor.findings.model.rows[0].accepted is None
    qtbot.keyClick(editor.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.document.project.requirement(req_id).accepted) == 1
    # undo twice more: the acceptance, then the whole typed text in one step
    window.menu_actions.undo.trigger()
    window.menu_actions.undo.trigger()
    assert window.document.project.requirement(req_id).text == ""
    assert editor.text.toPlainText() == ""


def test_apply_suggestion_replaces_span(qtbot: Any, window: MainWindow) -> None:
    req_id = add_and_type(qtbot, window, "Het systeem reageert zo snel mogelijk.")
    wait_findings(qtbot, window, 1)
    editor = window.requirements_page.editor
    editor.findings.select_first()
    assert editor.findings.apply_button.isEnabled()
    qtbot.mouseClick(editor.findings.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.project.requirement(req_id).text == "Het systeem reageert binnen 2 seconden."
    wait_findings(qtbot, window, 0)
    window.menu_actions.undo.trigger()
    assert "zo snel mogelijk" in window.document.project.requirement(req_id).text


def test_jump_to_finding_selects_span(qtbot: Any, window: MainWindow) -> None:
    add_and_type(qtbot, window, "Snel: zo snel mogelijk en Philips")
    wait_findings(qtbot, window, 2)
    window.menu_actions.next_finding.trigger()
    cursor = window.requirements_page.editor.text.textCursor()
    assert cursor.selectedText() in ("zo snel mogelijk", "Philips")


def test_save_and_reopen(qtbot: Any, window: MainWindow, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "verlichting.innodraft"
    qtbot.keyClicks(window.project_page.title_edit, "Verlichting")
    req_id = add_and_type(qtbot, window, "Lampen van Philips")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "verlichting"), "")))
    window.menu_actions.save.trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("verlichting.innodraft")
    assert str(target.resolve()) in window.workspace.context.settings.values.recent_files
    window.menu_actions.new.trigger()
    assert window.document.project.requirements == []
    assert window.files.open_path(target)
    assert window.document.project.requirement(req_id).text == "Lampen van Philips"
    assert window.document.project.meta.title == "Verlichting"


def test_close_prompt_cancel_keeps_window(qtbot: Any, window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClicks(window.project_page.title_edit, "X")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_open_broken_file_shows_message(qtbot: Any, window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "kapot.innodraft"
    bad.write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    assert not window.files.open_path(bad)
    assert shown and "kapot.innodraft" in shown[0]


def test_drop_project_file_opens_it(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "drop.innodraft"
    storage.save(Project(meta=Meta(title="Gesleept")), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.project.meta.title == "Gesleept"


def test_step_shortcuts(qtbot: Any, window: MainWindow) -> None:
    for number in range(1, 8):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number - 1
        assert window.sidebar.currentRow() == number - 1


def test_every_control_has_an_accessible_name(qtbot: Any, window: MainWindow) -> None:
    missing = []
    for index in range(len(window.pages)):
        window.show_step(index)
        page = window.pages[index]
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QAbstractButton) and widget.text().strip("&…. "):
                continue
            if not isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox
                              | QAbstractButton | QAbstractItemView):
                continue
            if widget.parent() and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # the inner line edit of a spin box or combo
            if not widget.accessibleName():
                missing.append(f"{type(page).__name__}: {type(widget).__name__} "
                               f"{widget.objectName()} {getattr(widget, 'placeholderText', lambda: '')()}")
    assert not missing, "\n".join(missing)


def test_recover_autosave_after_unclean_exit(qtbot: Any, qapp: Any, innodraft_home: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from innodraft.gui.context import AppContext
    from innodraft.gui.dialogs.recovery_dialog import RecoveryDialog
    from innodraft.gui.workspace import Workspace

    # a previous session crashed: its marker entry remains and its autosave is newer
    crashed = AppContext.create()
    lost = Project(meta=Meta(title="Niet opgeslagen werk"))
    lost.requirements.append(Requirement("E-001", text="Wat ik typte"))
    crashed.store.save(lost, None, crashed.session)
    data = json.loads(crashed.paths.session_file.read_text())
    data["sessions"][crashed.session]["pid"] = 2 ** 22 + 12345  # no such process
    crashed.paths.session_file.write_text(json.dumps(data))

    context = AppContext.create()
    assert context.start_state.unclean
    ws = Workspace(context, backend=FakeBackend())
    win = MainWindow(ws)
    qtbot.addWidget(win)

    def choose_first(dialog: RecoveryDialog) -> int:
        assert dialog.list.count() == 1
        dialog.recover_button.click()
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", choose_first)
    assert win.files.offer_recovery(True)
    assert ws.document.project.meta.title == "Niet opgeslagen werk"
    assert ws.document.is_modified()
    store = AutosaveStore(context.paths.autosave_dir)
    keys = {e.key for e in store.entries()}
    assert f"untitled-{crashed.session}" not in keys      # old slot replaced by ...
    assert f"untitled-{context.session}" in keys          # ... this session's slot
    ws.closing_for_rebuild = True
    win.close()
    ws.shutdown(clean=True)
    assert context.session not in json.loads(context.paths.session_file.read_text()
                                              if context.paths.session_file.exists()
                                              else '{"sessions": {}}')["sessions"]


def test_autosave_writes_and_clean_save_discards(qtbot: Any, window: MainWindow,
                                                 tmp_path: Path) -> None:
    ws = window.workspace
    qtbot.keyClicks(window.project_page.title_edit, "Auto")
    assert ws.autosaver.autosave_now()
    assert not ws.autosaver.autosave_now(), "nothing changed since"
    slot = ws.context.store.folder / f"untitled-{ws.context.session}.innodraft"
    assert slot.is_file()
    window.document.save(tmp_path / "a.innodraft")
    assert not slot.exists()
    assert not ws.context.store.entries()


def test_tab_order_in_requirement_editor(qtbot: Any, window: MainWindow) -> None:
    add_and_type(qtbot, window, "Tekst")
    editor = window.requirements_page.editor
    editor.title.setFocus()
    chain = [editor.title]
    widget: QWidget = editor.title
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[1] is editor.text, "Tab goes from the title to the text"
    assert chain[2] is editor.kind and chain[3] is editor.priority
    assert chain[4] is editor.verification


def test_standard_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    a = window.menu_actions
    assert a.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert a.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert a.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not a.save_as.shortcut().isEmpty() and not a.preferences.shortcut().isEmpty()
    assert [s.shortcut().toString() for s in a.steps] == [f"Ctrl+{n}" for n in range(1, 8)]
