"""Find the requirements in an Excel workbook.

Every sheet's first rows are searched for a header with a requirement-text
column (see :mod:`innodraft.importing.columns`); the sheet and header row with
the most recognised columns win. Each row below it with text is a requirement;
rows with only one filled cell outside the text column set the category.
Cached values are read (``data_only``), so formulas show their last result.
"""

from __future__ import annotations

from typing import Any

from innodraft.importing.columns import map_header
from innodraft.importing.docx_source import item_from_row
from innodraft.importing.items import MAX_ITEMS, SourceItem, clean

HEADER_SEARCH_ROWS = 30
"""How many rows from the top of a sheet may hold the header."""

MAX_COLUMNS = 60
"""Columns read per row."""


class XlsxReader:
    """Reads the best requirement table of a workbook."""

    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self.warnings: list[str] = []
        self.title = str(getattr(workbook.properties, "title", "") or "")
        declared = str(getattr(workbook.properties, "language", "") or "").lower()[:2]
        self.language = declared if declared in ("nl", "en") else ""

    def _best_header(self) -> tuple[Any, int, dict[str, int]] | None:
        best: tuple[Any, int, dict[str, int]] | None = None
        for sheet in self.workbook.worksheets:
            for number, row in enumerate(sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=MAX_COLUMNS,
                                                         values_only=True), start=1):
                mapping = map_header([clean(v) for v in row])
                if mapping and (best is None or len(mapping) > len(best[2])):
                    best = (sheet, number, mapping)
        return best

    def read(self) -> list[SourceItem]:
        found = self._best_header()
        if found is None:
            self.warnings.append("no sheet has a header with a requirement column (such as 'Eis', "
                                 "'Requirement' or 'Omschrijving')")
            return []
        sheet, header_row, mapping = found
        items: list[SourceItem] = []
        category = ""
        text_column = mapping["text"]
        for number, row in enumerate(sheet.iter_rows(min_row=header_row + 1, max_col=MAX_COLUMNS,
                                                     values_only=True), start=header_row + 1):
            cells = [clean(v) for v in row]
            filled = [i for i, c in enumerate(cells) if c]
            if not filled:
                continue
            if len(filled) == 1 and filled[0] != text_column and "category" not in mapping:
                category = cells[filled[0]]
                continue
            item = item_from_row(cells, mapping, category, None, f"sheet {sheet.title}, row {number}")
            if item is not None:
                items.append(item)
            if len(items) >= MAX_ITEMS:
                self.warnings.append(f"more than {MAX_ITEMS} requirements; the rest was not read")
                break
        return items
