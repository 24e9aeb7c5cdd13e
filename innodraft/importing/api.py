"""Import entry points: read a specification, build the project."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from innodraft.core.enums import Language
from innodraft.core.errors import InputFileError
from innodraft.core.model import Project
from innodraft.importing.build import build_project
from innodraft.importing.items import SourceItem
from innodraft.importing.safezip import open_docx, open_xlsx

SUFFIXES = {".docx": "docx", ".dotx": "docx", ".xlsx": "xlsx", ".xltx": "xlsx"}
"""File name endings this module reads, and their kind."""

Progress = Callable[[float, str], None]
"""``progress(fraction 0-1, message)``."""


@dataclass(frozen=True)
class ReadResult:
    """The requirements found in a file, in source order."""

    kind: str
    """``docx`` or ``xlsx``."""
    items: tuple[SourceItem, ...]
    title: str
    warnings: tuple[str, ...]
    language: str = ""
    """Language declared in the file's properties (``nl``/``en``), empty when none."""


@dataclass(frozen=True)
class ImportResult:
    """A new project made from a specification."""

    project: Project
    source: Path
    kind: str
    warnings: tuple[str, ...]


def _kind(file: Path) -> str:
    kind = SUFFIXES.get(file.suffix.lower())
    if kind is None:
        raise InputFileError(file, "can only import .docx or .xlsx files")
    return kind


def read_items(path: str | os.PathLike[str], progress: Progress | None = None) -> ReadResult:
    """The requirements in ``path`` (.docx or .xlsx), after the safety checks.

    Raises:
        InputFileError: wrong kind, unsafe or broken file, or no requirements found.
    """
    from innodraft.importing.docx_source import DocxReader
    from innodraft.importing.xlsx_source import XlsxReader

    file = Path(path)
    kind = _kind(file)
    if progress:
        progress(0.1, "checking file")
    reader = DocxReader(open_docx(file)) if kind == "docx" else XlsxReader(open_xlsx(file))
    if progress:
        progress(0.5, "reading requirements")
    items = reader.read()
    if not items:
        hint = "; ".join(reader.warnings)
        raise InputFileError(file, "no requirements found (expected numbered paragraphs, a requirement table "
                                   "or a requirements column)" + (f": {hint}" if hint else ""))
    title = reader.title or file.stem
    return ReadResult(kind, tuple(items), title, tuple(reader.warnings), reader.language)


def import_file(path: str | os.PathLike[str], *, language: Language | str | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Read a specification into a new project (requirements ``E-001`` ... in source order).

    ``language`` (``nl``/``en``) overrides the language the file declares,
    which overrides the language detected from the requirement texts.

    Raises:
        InputFileError: wrong kind, unsafe or broken file, or no requirements found.
    """
    file = Path(path)
    found = read_items(file, progress)
    chosen = language or found.language
    project = build_project(found.items, title=found.title, language=Language(chosen) if chosen else None)
    if progress:
        progress(1.0, "done")
    return ImportResult(project, file, found.kind, found.warnings)
