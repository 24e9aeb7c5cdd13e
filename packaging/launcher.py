"""Entry script of the frozen app.

Two executables share one bundle: ``innodraft`` (console: command line, and the
GUI when no command is given) and ``innodraft-gui`` (on Windows a windowed
program without a console; the Start-menu shortcut and the ``.innodraft`` file
association start it). The executable's name picks the entry point.
"""

import sys
from pathlib import Path

from innodraft.entry import gui_main, main

if __name__ == "__main__":
    if Path(sys.executable).stem.lower().endswith("-gui"):
        sys.exit(gui_main())
    sys.exit(main())
