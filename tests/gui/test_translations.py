"""UI translations: .ts sources complete and current, .qm built, language switch at run time."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from innodraft.gui import build_translations, i18n


def messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """``(context, source, translation type, translation)`` of a .ts file."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            rows.append((name, m.findtext("source") or "", tr.get("type"), tr.text or ""))
    return rows


@pytest.mark.parametrize("lang", build_translations.LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    rows = messages(build_translations.ts_file(lang))
    assert len(rows) > 400
    unfinished = [src for _, src, kind, text in rows if kind == "unfinished" or not text.strip()]
    assert not unfinished, unfinished[:10]
    for _, src, _, text in rows:
        for mark in re.findall(r"%\d|%s", src):
            assert mark in text, f"{mark} missing in translation of {src!r}: {text!r}"
        assert src.count("<b>") == text.count("<b>"), src


def test_ts_sources_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Running lupdate on the code adds no string the committed .ts lacks."""
    copy = tmp_path / "i18n"
    shutil.copytree(build_translations.ts_dir(), copy)
    monkeypatch.setattr(build_translations, "ts_dir", lambda: copy)
    build_translations.update(("nl",))
    fresh = {(c, s) for c, s, _, _ in messages(copy / "innodraft_nl.ts")}
    committed = {(c, s) for c, s, _, _ in messages(build_translations.ts_file("nl"))}
    assert fresh == committed, sorted(fresh ^ committed)[:10]


@pytest.fixture
def dutch_ui(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    built = build_translations.release(tmp_path)
    assert {p.name for p in built} == {"innodraft_nl.qm", "innodraft_en.qm"}
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("nl")
    yield
    i18n.install("en")


def test_dutch_ui_and_switch_back(qtbot: Any, dutch_ui: None, context: Any) -> None:
    from tests.gui.conftest import FakeBackend

    from innodraft.gui.app import Controller
    from innodraft.gui.workspace import Workspace

    ws = Workspace(context, backend=FakeBackend())
    controller = Controller(qapp_instance(), ws)
    win = controller.window
    assert win.menu_actions.save.text() == "Op&slaan"
    assert win.requirements_page.title == "Eisen"
    assert win.sidebar.item(5).text().endswith("Selectie en gunning")
    assert win.project_page.total_label.accessibleName() == "Geraamde totale waarde"
    ws.document.set_value(("meta", "title"), "Blijft staan")
    controller.change_language("en")
    assert controller.window is not win
    assert controller.window.menu_actions.save.text() == "&Save"
    assert ws.document.project.meta.title == "Blijft staan", "the project survives the rebuild"
    assert ws.document.undo_stack.count() == 1, "and so does its history"
    ws.closing_for_rebuild = True
    controller.window.close()
    ws.shutdown(clean=False)


def qapp_instance() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_missing_catalogue_falls_back_to_english(qapp: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # empty folder
    assert not i18n.install("nl")
    assert i18n.current_language() == "nl"
    i18n.install("en")
