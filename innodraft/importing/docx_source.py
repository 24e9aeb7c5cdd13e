"""Find the requirements in a Word specification.

Three shapes are recognised, in document order:

* requirement tables: a header row with a requirement-text column (plus any of
  id, title, kind, category, rationale, verification, priority), or rows whose
  first cell is an id (``E-01``, ``3.2.1``) next to a longer text;
* numbered paragraphs: Word list numbering (the rendered number, such as
  ``3.2.1``, is reconstructed from the numbering definitions) or a number typed
  at the start (``3.2.1``, ``E-12:``, ``7.``); bullets count only when they
  state a requirement (``moet``, ``shall``);
* when neither is present: every body paragraph that states a requirement.

Headings give each requirement its category and, for headings like
``Wensen`` or ``Award criteria``, its kind. A paragraph starting with
``Toelichting:``/``Rationale:`` right after a requirement becomes its rationale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from innodraft.core.enums import Priority, RequirementKind
from innodraft.importing.columns import (
    kind_from_heading,
    map_header,
    normalise,
    parse_kind,
    parse_priority,
    parse_verification,
)
from innodraft.importing.items import MAX_ITEMS, MODAL, SourceItem, clean, split_block, split_typed_number

_ID_CELL = re.compile(r"^[A-Z]{0,6}[-_ ]?\d+(?:[.-]\d+)*[.)]?$")
_RATIONALE = re.compile(r"^(toelichting|rationale|motivering|onderbouwing|explanation)\s*:\s*", re.IGNORECASE)
_HEADING = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_SKIPPED_STYLES = ("toc", "table of", "caption", "header", "footer", "subtitle", "cover")
_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)[.)]?\s+")
_NO_PARENT = cast(Any, None)
"""Paragraph proxies here only read text; they need no parent."""
_NOT_APPLICABLE = frozenset({"—", "–", "-", "n.v.t.", "nvt", "n.v.t", "n/a", "na", "geen", "none"})
_TOC_LINE = re.compile(r"\t\s*\d*\s*$")


class _Numbering:
    """Reconstructs the numbers Word shows for list paragraphs."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[int, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[int, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstracts: dict[str, dict[int, tuple[int, str, str]]] = {}
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    int(_val(lvl, "w:start") or 1), _val(lvl, "w:numFmt") or "decimal",
                    _val(lvl, "w:lvlText") or "")
            abstracts[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None and ref.get(qn("w:val")) in abstracts:
                self.levels[int(num.get(qn("w:numId")))] = abstracts[ref.get(qn("w:val"))]

    def is_bullet(self, num_id: int, ilvl: int) -> bool:
        level = self.levels.get(num_id, {}).get(ilvl)
        return level is None or level[1] in ("bullet", "none")

    def next_label(self, num_id: int, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl][0]
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        text = levels[ilvl][2]
        for level in range(ilvl, -1, -1):
            start, fmt, _ = levels.get(level, (1, "decimal", ""))
            text = text.replace(f"%{level + 1}", _format(counters[level] or start, fmt))
        return text.strip().rstrip(".)").strip("(")


def _val(element: Any, tag: str) -> str | None:
    node = element.find(qn(tag))
    return node.get(qn("w:val")) if node is not None else None


def _format(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(97 + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                  (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
        roman = ""
        for value, symbol in values:
            while number >= value:
                roman += symbol
                number -= value
        return roman.upper() if fmt == "upperRoman" else roman
    return str(number)


def _num_pr(paragraph: Paragraph) -> tuple[int, int] | None:
    """(numId, ilvl) of a paragraph, from its own properties or its style chain."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is None:
            continue
        num_id = _val(num, "w:numId")
        if num_id is None:
            continue
        ilvl = _val(num, "w:ilvl")
        return (int(num_id), int(ilvl or 0)) if num_id != "0" else None
    return None


def _heading_level(paragraph: Paragraph) -> int | None:
    style = paragraph.style
    while style is not None:
        match = _HEADING.match(style.name or "")
        if match:
            return int(match.group(1))
        outline = style.element.pPr.find(qn("w:outlineLvl")) if style.element.pPr is not None else None
        if outline is not None and outline.get(qn("w:val")) != "9":
            return int(outline.get(qn("w:val"))) + 1
        style = style.base_style
    return None


class DocxReader:
    """Walks one document and collects :class:`SourceItem` objects."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = _Numbering(document)
        self.items: list[SourceItem] = []
        self.loose: list[SourceItem] = []
        self.warnings: list[str] = []
        self.headings: list[str] = []
        self.heading_kind: RequirementKind | None = None
        self.title = ""
        self.last_from_paragraph = False
        self.skipped_tables = 0
        declared = (document.core_properties.language or "").lower()[:2]
        self.language = declared if declared in ("nl", "en") else ""
        """The language the document declares in its properties (empty: none)."""

    @property
    def category(self) -> str:
        return self.headings[-1] if self.headings else ""

    def read(self) -> list[SourceItem]:
        tables = 0
        for index, block in enumerate(self._blocks(), start=1):
            if len(self.items) >= MAX_ITEMS:
                self.warnings.append(f"more than {MAX_ITEMS} requirements; the rest was not read")
                break
            if isinstance(block, Table):
                tables += 1
                self._table(block, tables)
                self.last_from_paragraph = False
            else:
                self._paragraph(block, index)
        if not self.items and not self.loose and self.skipped_tables:
            self.warnings.append(f"{self.skipped_tables} table(s) without a requirement column "
                                 "(such as 'Eis', 'Requirement' or 'Omschrijving')")
        return self.items or self.loose

    def _blocks(self) -> Iterator[Paragraph | Table]:
        yield from self.document.iter_inner_content()

    def _paragraph(self, paragraph: Paragraph, index: int) -> None:
        text = clean(paragraph.text)
        level = _heading_level(paragraph)
        numbered = _num_pr(paragraph)
        label = self.numbering.next_label(*numbered) if numbered else ""
        style = ((paragraph.style.name if paragraph.style is not None else "") or "").lower()
        if not text or style.startswith(_SKIPPED_STYLES) or _TOC_LINE.search(paragraph.text):
            return
        if style == "title":
            self.title = self.title or text
            return
        if level is not None:
            heading = _HEADING_NUMBER.sub("", text, count=1) or text
            del self.headings[level - 1:]
            self.headings.extend([""] * (level - 1 - len(self.headings)))
            self.headings.append(heading)
            self.heading_kind = kind_from_heading(heading) or (self.heading_kind if level > 1 else None)
            self.last_from_paragraph = False
            return
        match = _RATIONALE.match(text)
        if match and self.last_from_paragraph and self.items:
            last = self.items[-1]
            self.items[-1] = replace(last, rationale=text[match.end():].strip())
            return
        ref, body = split_typed_number(text)
        if numbered and not self.numbering.is_bullet(*numbered):
            ref, body = label or ref, text if not ref else body
        elif numbered and not MODAL.search(text):  # a bullet that states no requirement
            self.last_from_paragraph = False
            return
        item = SourceItem(text=body, ref=ref, kind=self.heading_kind, category=self.category,
                          location=f"paragraph {index}")
        if ref or numbered:
            self.items.append(item)
            self.last_from_paragraph = True
        elif MODAL.search(text):
            self.loose.append(item)
            self.last_from_paragraph = False

    def _table(self, table: Table, number: int) -> None:
        rows = [(number, self._cells(row), len(row._tr.tc_lst) == 1 and len(table.columns) > 1)
                for number, row in enumerate(table.rows, start=1)]
        rows = [(number, cells, merged) for number, cells, merged in rows if any(cells)]
        if not rows:
            return
        texts = [cells for _, cells, _ in rows]
        header_at, mapping = next(((i, m) for i, r in enumerate(texts[:3]) if (m := map_header(r))), (-1, {}))
        if not mapping:
            mapping = _id_text_columns(texts)
            header_at = -1
        if not mapping:
            self.skipped_tables += 1
            return
        category = self.category
        for row_number, cells, merged in rows[header_at + 1:]:
            if merged:  # one cell across the table: a section row
                category = cells[0].split("\n")[0]
                continue
            where = f"table {number}, row {row_number}"
            item = item_from_row(cells, mapping, category, self.heading_kind, where)
            if item is not None:
                self.items.append(_refine(item, table.rows[row_number - 1], mapping["text"]))

    @staticmethod
    def _cells(row: Any) -> list[str]:
        return [clean("\n".join(Paragraph(p, _NO_PARENT).text for p in tc.iter(qn("w:p"))))
                for tc in row._tr.tc_lst]


def _refine(item: SourceItem, row: Any, text_column: int) -> SourceItem:
    """Title, rationale and verification detail from the paragraphs of the text cell."""
    cells = row._tr.tc_lst
    if text_column >= len(cells):
        return item
    paragraphs = [Paragraph(p, _NO_PARENT) for p in cells[text_column].iter(qn("w:p"))]
    lines = [(p.text, bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())) for p in paragraphs]
    if len([t for t, _ in lines if t.strip()]) < 2:
        return item
    parts = split_block(lines)
    if not parts["text"]:
        return item
    return replace(item, title=item.title or parts["title"], text=parts["text"],
                   rationale=item.rationale or parts["rationale"],
                   verification_detail=parts["verification_detail"] or item.verification_detail)


def _id_text_columns(rows: list[list[str]]) -> dict[str, int]:
    """Id column 0 plus the longest text column, for header-less requirement tables."""
    width = max(len(r) for r in rows)
    if width < 2 or len(rows) < 2:
        return {}
    ids = sum(1 for r in rows if r and _ID_CELL.match(r[0]))
    if not _ID_CELL.match(rows[0][0]) or ids < 0.6 * len(rows):  # a header row that is not ours
        return {}
    averages = [sum(len(r[c]) for r in rows if c < len(r)) / len(rows) for c in range(1, width)]
    best = max(range(len(averages)), key=lambda c: averages[c]) + 1
    return {"id": 0, "text": best} if averages[best - 1] >= 20 else {}


def item_from_row(row: list[str], mapping: dict[str, int], category: str,
                  default_kind: RequirementKind | None, location: str) -> SourceItem | None:
    """A requirement from one table or sheet row (None when its text is empty)."""
    def cell(field: str) -> str:
        index = mapping.get(field)
        return row[index] if index is not None and index < len(row) else ""

    text = cell("text")
    if not text:
        return None
    priority = parse_priority(cell("priority")) if cell("priority") else None
    kind = parse_kind(cell("kind")) if cell("kind") else None
    if kind is None and priority is not None:
        kind = RequirementKind.KNOCKOUT if priority is Priority.MUST else RequirementKind.AWARD
    verification_text = cell("verification")
    if normalise(verification_text) in _NOT_APPLICABLE:
        verification_text = ""
    return SourceItem(text=text, ref=cell("id"), title=cell("title"), kind=kind or default_kind,
                      category=cell("category") or category, rationale=cell("rationale"),
                      verification=parse_verification(verification_text) if verification_text else None,
                      verification_detail=verification_text, priority=priority, location=location)
