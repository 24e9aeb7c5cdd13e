"""Process entry points: ``innodraft`` (CLI or GUI) and ``innodraft-gui``.

``innodraft COMMAND ...`` runs the command line; ``innodraft [FILE]`` with no
command opens the desktop app. This launcher sits above both so that the CLI
and the GUI never import each other.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_cli(argv: Sequence[str]) -> bool:
    from innodraft.cli import command_names

    for arg in argv:
        if arg in ("-h", "--help", "--version"):
            return True
        if arg == "--debug":
            continue
        return arg in command_names()
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI when a command is given, otherwise the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from innodraft.cli import main as cli_main

        return cli_main(args)
    return gui_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (optionally opening a project file)."""
    args = list(sys.argv[1:] if argv is None else argv)
    args = [a for a in args if a != "--debug"]
    try:
        from innodraft.gui.app import main as app_main
    except ImportError as exc:
        sys.stderr.write(f"innodraft: error: the desktop app cannot start: {exc}\n")
        return 2
    return app_main(args)
