"""Read requirement texts from .txt, .docx and .xlsx files for the ``lint`` command.

Every paragraph, table row and sheet row is kept with its number (the lint
contract reports ``line``), so the importer's requirement recognition
(:func:`innodraft.importing.read_items`, which drops what is not a
requirement and numbers by reference) does not fit. Opening a .docx/.xlsx is
the importer's job: the ``lint`` command opens it with
:func:`innodraft.importing.safezip.open_docx` / ``open_xlsx`` (zip bombs,
oversized or DTD-carrying parts, encrypted, macro-enabled and wrong-kind
packages are refused with one :class:`InputFileError` naming the file) and
hands the document here; the lint layer does not import the importing layer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innodraft.core.errors import InputFileError

MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Largest .txt input (.docx/.xlsx limits: :class:`innodraft.importing.safezip.Limits`)."""
MAX_ROWS = 200_000

ID_RE = re.compile(
    r"^\s*((?:[A-Z]{1,6}|[A-Z]{1,4}[-.][A-Z]{1,4})[-. ]?\d{1,5}(?:\.\d{1,4}){0,3}[a-z]?)(?=[\s:.)\]-]|$)"
)
"""A requirement id at the start of a text: ``E-001``, ``W12``, ``REQ-3``, ``E 4.2``."""

_HEADER_TEXT = re.compile(
    r"^(?:eis(?:en)?|eisomschrijving|omschrijving|beschrijving|requirements?|description|tekst|text|"
    r"wens(?:en)?|criterium|specificatie|eis\s*/\s*wens|requirement\s+text|programma van eisen)$",
    re.I,
)
_HEADER_ID = re.compile(
    r"^(?:nr\.?|nummer|no\.?|id|code|ref\.?|referentie|#|eisnummer|eis\s*nr\.?|req\.?\s*id)$", re.I
)


@dataclass(frozen=True)
class Item:
    """One text to lint and where it came from."""

    line: int
    """Line of a .txt, paragraph/row number of a .docx, row of a .xlsx (1-based)."""
    text: str
    item: str | None = None
    """Requirement id when recognised."""


def read_text_lines(text: str) -> list[Item]:
    """One item per non-empty line; ``line`` is the line number."""
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        body = line.rstrip("\r\n")
        if body.strip():
            items.append(Item(number, body))
    return items


def read_txt(path: Path) -> list[Item]:
    """Read a UTF-8 (or UTF-16 with BOM) text file."""
    raw = _read(path, MAX_TEXT_BYTES)
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise InputFileError(path, "not UTF-8 text; save it as UTF-8") from None
    if "\x00" in text[:4096]:
        raise InputFileError(path, "looks like a binary file, not text")
    return read_text_lines(text)


def _read(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputFileError(path, f"file is larger than {limit // (1024 * 1024)} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "file not found") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({exc.strerror})") from None


def docx_items(document: Any) -> list[Item]:
    """Paragraphs and table cells of an opened ``docx.Document`` in document order; ids recognised."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list[Item] = []
    number = 0
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            text = Paragraph(child, document).text
            if text.strip():
                m = ID_RE.match(text)
                items.append(Item(number, text, m.group(1) if m else None))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                number += 1
                items.extend(_row_items(number, [c.text for c in _unique_cells(row)]))
    return items


def _unique_cells(row: Any) -> Iterator[Any]:
    seen = set()
    for cell in row.cells:
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            yield cell


def _row_items(number: int, cells: list[str]) -> list[Item]:
    req_id = None
    texts = list(cells)
    if texts and re.fullmatch(r"[A-Z]{0,6}[-. ]?\d{1,5}(?:\.\d{1,4}){0,3}[a-z]?", texts[0].strip()):
        req_id = texts[0].strip()
        texts = texts[1:]
    out = []
    for text in texts:
        if len(text.split()) >= 3:
            m = ID_RE.match(text) if req_id is None else None
            out.append(Item(number, text, req_id or (m.group(1) if m else None)))
    return out


def xlsx_items(workbook: Any, path: Path, column: str | None = None) -> list[Item]:
    """The requirement column of each sheet of an opened workbook (detected, or given as letter or header).

    ``path`` names the file in error messages.
    """
    items: list[Item] = []
    for sheet in workbook.worksheets:
        rows = []
        for index, row in enumerate(sheet.iter_rows(values_only=True), 1):
            if index > MAX_ROWS:
                raise InputFileError(path, f"refused: more than {MAX_ROWS} rows")
            rows.append(["" if v is None else str(v) for v in row])
        items.extend(_sheet_items(path, rows, column))
    return items


def _column_index(spec: str) -> int | None:
    if re.fullmatch(r"[A-Za-z]{1,3}", spec):
        index = 0
        for ch in spec.upper():
            index = index * 26 + (ord(ch) - 64)
        return index - 1
    return None


def _sheet_items(path: Path, rows: list[list[str]], column: str | None) -> list[Item]:
    if not rows:
        return []
    letter = _column_index(column) if column else None
    header_row = text_col = id_col = None
    for r, row in enumerate(rows[:20]):
        for c, value in enumerate(row):
            v = value.strip()
            if column and letter is None and v.lower() == column.strip().lower():
                header_row, text_col = r, c
            elif _HEADER_TEXT.match(v):
                header_row = r
                if text_col is None and not column:
                    text_col = c
            if _HEADER_ID.match(v):
                header_row = r
                if id_col is None:
                    id_col = c
        if header_row is not None:
            break
    if letter is not None:
        text_col = letter
    elif column and text_col is None:
        raise InputFileError(path, f"no column with header {column!r}")
    if text_col is None:
        widths: dict[int, list[int]] = {}
        for row in rows[:200]:
            for c, value in enumerate(row):
                widths.setdefault(c, []).append(len(value))
        if not widths:
            return []
        text_col = max(sorted(widths), key=lambda c: sum(widths[c]) / len(widths[c]))
    start = header_row + 1 if header_row is not None else 0
    items = []
    for r in range(start, len(rows)):
        row = rows[r]
        if text_col >= len(row) or not row[text_col].strip():
            continue
        req_id = (
            row[id_col].strip() if id_col is not None and id_col < len(row) and id_col != text_col else ""
        )
        items.append(Item(r + 1, row[text_col], req_id or None))
    return items
