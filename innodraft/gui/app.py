"""GUI entry point (minimal window until the full workspace lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from innodraft import APP_NAME, __version__


def main(argv: Sequence[str]) -> int:
    """Open the main window and run the event loop."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} {__version__}")
    window.setCentralWidget(QLabel(" ".join(argv) or APP_NAME))
    window.resize(800, 600)
    window.show()
    return int(app.exec())
