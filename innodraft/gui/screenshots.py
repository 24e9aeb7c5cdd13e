"""Render screenshots of the main steps into ``docs/screenshots/``.

Run under a real X server (CI: ``xvfb-run -s "-screen 0 1440x900x24"``) or
offscreen::

    python -m innodraft.gui.screenshots [--out docs/screenshots] [--lang nl|en] [--dark]
                                        [--only requirements,procedure]

The committed set is made with ``tools``-free commands (see docs/screenshots/README.md).

It opens the bundled example project, waits for the linter and the advisor,
selects a requirement with findings, and saves one PNG per step.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

README_SHOT = "requirements.png"
"""File name the project README links to (the English Requirements step)."""
README_LANG = "en"
"""UI language of the README picture."""

STEPS = ("project", "need", "market", "procedure", "requirements", "award", "export")
"""File names of the step screenshots (in sidebar order)."""


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until(predicate: object, timeout_ms: int = 15000) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def dark_palette() -> QPalette:
    """A plain dark palette (to check colours on dark themes)."""
    pal = QPalette()
    base, window, text = QColor("#1e1e1e"), QColor("#2b2b2b"), QColor("#e6e6e6")
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                         (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.Highlight, QColor("#2f6fb0")),
                         (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
                         (QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))):
        pal.setColor(role, colour)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    return pal


def render(out: Path, lang: str = "nl", dark: bool = False, size: tuple[int, int] = (1360, 860),
           project_file: Path | None = None, only: tuple[str, ...] = ()) -> list[Path]:
    """Save one PNG per step (and one of the findings tab); returns the files."""
    os.environ.setdefault("INNODRAFT_HOME", tempfile.mkdtemp(prefix="innodraft-shots-"))
    from innodraft.gui import i18n, theme
    from innodraft.gui.app import create_application
    from innodraft.gui.context import AppContext
    from innodraft.gui.main_window import MainWindow
    from innodraft.gui.workspace import Workspace

    app = create_application([])
    app.setStyle("Fusion")
    if dark:
        app.setPalette(dark_palette())
        app.setStyleSheet(theme.style_sheet(dark_palette()))
    i18n.install(lang)
    context = AppContext.create(register=False)
    workspace = Workspace(context)
    window = MainWindow(workspace)
    window.resize(*size)
    window.show()
    workspace.start()
    if project_file is not None:
        window.files.open_path(project_file, ask=False)
    else:
        window.files.open_example()  # an untitled copy, as a user gets it
    _wait_until(lambda: workspace.lint.available or bool(workspace.lint.status
                                                          and "not" in workspace.lint.status))
    _wait_until(workspace.lint.is_up_to_date, 10000)
    _wait(600)
    page = window.requirements_page
    target = next((r.id for r in workspace.document.project.requirements
                   if workspace.lint.open_findings(r.id)), None)
    if target:
        page.select(target)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if dark else ""
    written = []
    for index, name in enumerate(STEPS):
        if only and name not in only:
            continue
        window.show_step(index)
        if name == "requirements" and target:
            page.editor.findings.select_first()
        _wait(900 if name == "procedure" else 300)
        file = out / f"{index + 1}-{name}-{lang}{suffix}.png"
        window.grab().save(str(file))
        written.append(file)
        if name == "requirements" and lang == README_LANG and not dark:
            readme_file = out / README_SHOT  # the picture the project README shows
            window.grab().save(str(readme_file))
            written.append(readme_file)
    if only:
        workspace.closing_for_rebuild = True
        window.close()
        workspace.shutdown(clean=False)
        return written
    window.show_step(5)
    award = window.award_page
    award.findChild(QScrollArea).ensureWidgetVisible(award.weights_label, 0, 260)
    _wait(300)
    file = out / f"6b-award-criteria-{lang}{suffix}.png"
    window.grab().save(str(file))
    written.append(file)
    window.show_step(4)
    page.tabs.setCurrentIndex(1)
    _wait(300)
    file = out / f"5b-all-findings-{lang}{suffix}.png"
    window.grab().save(str(file))
    written.append(file)
    workspace.closing_for_rebuild = True
    window.close()
    workspace.shutdown(clean=False)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: render the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--only", default="", help="comma-separated step names (default: all)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for file in render(args.out, args.lang, args.dark, project_file=args.project,
                       only=tuple(n for n in args.only.split(",") if n)):
        print(file)
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
