"""Build the UI translations: ``.ts`` sources → ``.qm`` catalogues (and refresh the sources).

::

    python -m innodraft.gui.build_translations            # lrelease: .ts -> .qm
    python -m innodraft.gui.build_translations --update   # lupdate first (new strings)
    python -m innodraft.gui.build_translations --out DIR  # write the .qm elsewhere

Uses ``pyside6-lupdate`` / ``pyside6-lrelease`` from the environment that runs
this module. The ``.ts`` files in ``resources/i18n`` are the sources kept in git;
the ``.qm`` files are build output (git-ignored) that the app loads when present.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from innodraft.core.paths import PACKAGE_DIR, resources_dir

LANGUAGES = ("nl", "en")
"""Catalogues kept for the UI."""

SOURCE_DIR = PACKAGE_DIR / "gui"
"""Python sources scanned for translatable strings (only the GUI has UI text)."""


def ts_dir() -> Path:
    """Folder of the ``.ts`` sources."""
    return resources_dir() / "i18n"


def ts_file(lang: str) -> Path:
    """The ``.ts`` source of ``lang``."""
    return ts_dir() / f"innodraft_{lang}.ts"


def tool(name: str) -> str:
    """Path of a PySide6 tool (``pyside6-lupdate``…), next to the interpreter first."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6 in this environment)")
    return found


def sources() -> list[Path]:
    """GUI modules, sorted (stable .ts output)."""
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(langs: tuple[str, ...] = LANGUAGES) -> None:
    """Run lupdate: add new source strings to the ``.ts`` files, drop vanished ones."""
    files = [str(p) for p in sources()]
    for lang in langs:
        cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
               "-target-language", lang, *files, "-ts", str(ts_file(lang))]
        subprocess.run(cmd, check=True, capture_output=True, text=True)


def release(out: Path | None = None, langs: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Run lrelease; returns the ``.qm`` files written."""
    target_dir = out or ts_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        source = ts_file(lang)
        if not source.is_file():
            continue
        target = target_dir / f"innodraft_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True, text=True)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description="Build innodraft's UI translations.")
    parser.add_argument("--update", action="store_true", help="run lupdate on the GUI sources first")
    parser.add_argument("--out", type=Path, default=None, help="folder for the .qm files")
    args = parser.parse_args(argv)
    try:
        if args.update:
            update()
        for path in release(args.out):
            print(path)
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        sys.stderr.write(f"build_translations: {exc} {detail}\n")
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
