"""Documents in: existing specifications (.docx, .xlsx) read into a new project.

Public API::

    import_file(path, *, language=None, progress=None) -> ImportResult
        Read SPEC.docx or SPEC.xlsx: numbered paragraphs, requirement tables,
        a requirements column in a sheet. ImportResult.project has requirements
        E-001, E-002, ... in source order (the same file gives the same ids).
    read_items(path) -> ReadResult
        Only the requirements found (text, source number, kind, category ...),
        e.g. for ``innodraft lint SPEC.docx``.
    open_docx(path) / open_xlsx(path) / check_package(path, kind)
        The safe way to open any user-supplied Office file: the zip package is
        checked first (not a zip, zip bomb by ratio or total size, oversized
        XML, DTDs, encryption, macros, missing parts), see
        :mod:`innodraft.importing.safezip`.

Every problem raises :class:`innodraft.core.errors.InputFileError` with a
one-line message naming the file. python-docx and openpyxl load lazily.
"""

from innodraft.importing.api import ImportResult, ReadResult, import_file, read_items
from innodraft.importing.safezip import DEFAULT_LIMITS, Limits, check_package, open_docx, open_xlsx

__all__ = [
    "DEFAULT_LIMITS",
    "ImportResult",
    "Limits",
    "ReadResult",
    "check_package",
    "import_file",
    "open_docx",
    "open_xlsx",
    "read_items",
]
