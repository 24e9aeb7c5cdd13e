"""GUI entry point: QApplication, translators, style, workspace, main window.

``main(argv)`` is called by ``innodraft [FILE]`` (see :mod:`innodraft.entry`).
For smoke tests of a packaged build, ``INNODRAFT_SMOKE_QUIT_MS=<ms>`` (or the
hidden option ``--quit-after MS``) shows the window, waits that long after the
event loop started, prints one line ``innodraft-smoke: ok startup_ms=<n>`` to
stdout and exits with status 0 without prompting.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

_T0 = time.perf_counter()

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from innodraft import APP_NAME, ORG_NAME, __version__  # noqa: E402

from innodraft.gui import i18n, theme  # noqa: E402
from innodraft.gui.context import AppContext  # noqa: E402
from innodraft.gui.main_window import MainWindow  # noqa: E402
from innodraft.gui.resources import app_icon  # noqa: E402
from innodraft.gui.workspace import Workspace  # noqa: E402

SMOKE_ENV = "INNODRAFT_SMOKE_QUIT_MS"
"""Environment variable: show the window, then quit after this many milliseconds."""


def parse_args(argv: Sequence[str]) -> tuple[str | None, int | None]:
    """``(file to open, quit-after milliseconds)`` from the GUI's arguments."""
    file: str | None = None
    quit_after: int | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--quit-after" and i + 1 < len(args):
            quit_after = _int(args[i + 1])
            i += 2
            continue
        if arg.startswith("--quit-after="):
            quit_after = _int(arg.split("=", 1)[1])
        elif not arg.startswith("-") and file is None:
            file = arg
        i += 1
    env = os.environ.get(SMOKE_ENV)
    if quit_after is None and env is not None:
        quit_after = _int(env)
    return file, quit_after


def _int(text: str) -> int | None:
    try:
        return max(0, int(text))
    except ValueError:
        return None


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with names, icon and style sheet set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
        app.setStyleSheet(theme.style_sheet())
        if hasattr(app, "setDesktopFileName"):
            app.setDesktopFileName(APP_NAME)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: _restyle(app))
    return app  # type: ignore[return-value]


def _restyle(app: QApplication) -> None:
    """Follow a light/dark switch of the system: new style sheet and icon colours."""
    from innodraft.gui.resources import clear_icon_cache

    clear_icon_cache()
    app.setStyleSheet(theme.style_sheet())


class Controller:
    """Owns the workspace and (re)creates the main window."""

    def __init__(self, app: QApplication, workspace: Workspace) -> None:
        self.app = app
        self.workspace = workspace
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.workspace)
        window.language_change_requested.connect(self.change_language)
        return window

    def change_language(self, setting: str) -> None:
        """Install another UI language and rebuild the window around the same project."""
        i18n.install(i18n.resolve(setting))
        old = self.window
        geometry = old.saveGeometry()
        step = old.stack.currentIndex()
        self.workspace.closing_for_rebuild = True
        self.window = self._make_window()
        self.window.restoreGeometry(geometry)
        self.window.show_step(step)
        self.window.show()
        old.close()
        old.deleteLater()
        self.workspace.closing_for_rebuild = False


def main(argv: Sequence[str]) -> int:
    """Open the main window and run the event loop."""
    file, quit_after = parse_args(argv)
    app = create_application(list(argv))
    context = AppContext.create()
    i18n.install(i18n.resolve(context.settings.values.ui_language))
    workspace = Workspace(context)
    controller = Controller(app, workspace)
    window = controller.window
    window.resize(1280, 820)
    window.show()
    workspace.start()
    if file:
        QTimer.singleShot(0, lambda: controller.window.files.open_path(file, ask=False))
    elif context.start_state.unclean and quit_after is None:
        QTimer.singleShot(0, lambda: controller.window.files.offer_recovery(True))
    ready: list[float] = []
    QTimer.singleShot(0, lambda: ready.append((time.perf_counter() - _T0) * 1000))
    if quit_after is not None:
        def smoke_quit() -> None:
            ms = ready[0] if ready else (time.perf_counter() - _T0) * 1000
            sys.stdout.write(f"innodraft-smoke: ok startup_ms={ms:.0f}\n")
            sys.stdout.flush()
            workspace.closing_for_rebuild = True
            controller.window.close()
            app.quit()

        QTimer.singleShot(quit_after, smoke_quit)
    code = int(app.exec())
    workspace.shutdown(clean=True)
    return code
