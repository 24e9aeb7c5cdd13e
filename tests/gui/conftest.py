"""Qt fixtures. The only conftest that imports PySide6; offscreen before any Qt import."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from typing import Any

import pytest

from innodraft.core.model import Project
from innodraft.lint.model import Finding

from innodraft.gui.lint_service import LintBackend

FakeFinding = Finding
"""The fake linter returns the real finding records."""


FAKE_TERMS = {
    "Philips": ("nl.brand.without-equivalent", "brand", "error", None,
                "Merknaam zonder ‘of gelijkwaardig’", "Aanbestedingswet 2012 art. 2.76"),
    "zo snel mogelijk": ("nl.vague.asap", "vague", "warning", "binnen 2 seconden",
                         "Vage term: maak de eis meetbaar", "ISO/IEC/IEEE 29148"),
}


class FakeBackend(LintBackend):
    """Deterministic, instant linter for wiring tests (the real one is tested separately)."""

    def load(self) -> None:
        pass

    def context(self, project: Project) -> Any:
        return None

    def lint_text(self, text: str, lang: str, context: Any) -> list[Any]:
        found = []
        for term, (rule, cat, sev, repl, msg, basis) in FAKE_TERMS.items():
            start = text.find(term)
            while start >= 0:
                found.append(FakeFinding(rule, cat, sev, start, start + len(term), term, msg,
                                         "uitleg", "herschrijf functioneel", basis, repl))
                start = text.find(term, start + 1)
        return sorted(found, key=lambda f: f.start)

    def lint_many(self, texts: list[str], lang: str, context: Any) -> list[list[Any]]:
        return [self.lint_text(t, lang, context) for t in texts]

    def lint_project(self, project: Project) -> Any:
        return {"suitability": {s.id: self.lint_text(s.text, "nl", None)
                                for s in project.selection.suitability}}


def real_linter_available() -> bool:
    """True when innodraft.lint offers lint_text (the linter has landed)."""
    try:
        import innodraft.lint as lint
    except ImportError:
        return False
    return callable(getattr(lint, "lint_text", None))


@pytest.fixture
def context() -> Any:
    from innodraft.gui.context import AppContext

    return AppContext.create(register=False)


@pytest.fixture
def workspace(qapp: Any, context: Any) -> Iterator[Any]:
    from innodraft.gui.workspace import Workspace

    ws = Workspace(context, backend=FakeBackend())
    ws.start()
    yield ws
    ws.shutdown(clean=False)


@pytest.fixture
def window(qtbot: Any, workspace: Any) -> Iterator[Any]:
    from innodraft.gui.main_window import MainWindow

    win = MainWindow(workspace)  # not qtbot.addWidget: it would close before the flag is set
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: workspace.lint.available, timeout=5000)
    yield win
    workspace.closing_for_rebuild = True
    win.close()
    win.deleteLater()
