"""Render an :class:`~innodraft.export.outline.Outline` into a Word document.

Everything visual comes from the template's styles (never run-level fonts):
headings use the built-in heading styles with their multilevel numbering, the
TOC is a real field prefilled with the headings (hyperlinks plus PAGEREF
fields, so Word and LibreOffice show page numbers) and marked for update, the
footer carries PAGE/NUMPAGES fields, tables repeat their header row, comments
are anchored on exactly the flagged characters (runs are split there). All
user text passes :func:`innodraft.core.text.xml_safe`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from innodraft.core.text import xml_safe
from innodraft.export import ooxml
from innodraft.export.outline import (
    Cell,
    Heading,
    Outline,
    PageBreak,
    Para,
    Properties,
    Span,
    Table,
    TableOfContents,
)
from innodraft.export.wordtemplate import Template

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
"""Field code of the table of contents (heading levels 1-3, hyperlinks)."""

LONG_ROW = 1200
"""Rows with more characters than this may break across pages; shorter rows may not."""

AFTER_TABLE = Pt(9)
"""Space above a paragraph that follows a table (styles cannot express it)."""

_ROLE_STYLE = {"body": "body", "bullet": "bullet", "formula": "formula", "note": "note", "cover": "cover",
               "title": "title", "subtitle": "subtitle", "caption": "caption", "notice": "notice"}
_CELL_ROLE_STYLE = {"body": "table_text", "note": "note", "bullet": "bullet"}


def render(outline: Outline, template: Template,
           progress: Callable[[float], None] | None = None) -> Document:
    """Fill ``template`` with ``outline`` and return the document (not yet saved)."""
    renderer = _Renderer(outline, template)
    renderer.render(progress)
    return template.document


class _Renderer:
    def __init__(self, outline: Outline, template: Template) -> None:
        self.outline = outline
        self.doc = template.document
        self.ids = template.style_ids
        self.house = template.house_style
        section = self.doc.sections[0]
        usable = section.page_width - section.left_margin - section.right_margin
        self.text_width = int(usable / 635)  # EMU -> twips
        self.pending_break = False
        self.bookmark_id = 0
        self.heading_index = 0
        self.keys = {}
        headings = [b for b in outline.blocks if isinstance(b, Heading)]
        self.heading_names = [f"_Toc{index + 1:08d}" for index in range(len(headings))]
        for name, heading in zip(self.heading_names, headings, strict=True):
            if heading.key:
                self.keys[heading.key] = name

    # -- document level --------------------------------------------------------------------------

    def render(self, progress: Callable[[float], None] | None) -> None:
        props = self.outline.properties
        self._properties(props)
        self._language(props.language)
        ooxml.set_update_fields(self.doc.settings.element)
        self._header_footer(props)
        blocks = self.outline.blocks
        step = max(len(blocks) // 20, 1)
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Para):
                self._para(block)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, PageBreak):
                self.pending_break = True
            elif isinstance(block, TableOfContents):
                self._toc(block)
            if progress and index % step == 0:
                progress(index / len(blocks))

    def _properties(self, props: Properties) -> None:
        core = self.doc.core_properties
        core.title = xml_safe(props.title)[:250]
        core.subject = xml_safe(props.subject)[:250]
        core.author = xml_safe(props.author)[:250]
        core.last_modified_by = xml_safe(props.author)[:250]
        core.keywords = xml_safe(props.keywords)[:250]
        core.category = xml_safe(props.category)[:250]
        core.comments = xml_safe(props.comments)[:250]
        core.language = props.language
        core.version = xml_safe(props.version)[:60]
        core.revision = 1
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        core.created = now
        core.modified = now
        self._app_properties(props.organisation)

    def _app_properties(self, organisation: str) -> None:
        for part in self.doc.part.package.iter_parts():
            if str(part.partname) != "/docProps/app.xml":
                continue
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return
            namespace = root.nsmap.get(None, "")
            for tag, value in (("Company", organisation), ("Application", "innodraft")):
                node = root.find(f"{{{namespace}}}{tag}")
                if node is None:
                    node = etree.SubElement(root, f"{{{namespace}}}{tag}")
                node.text = xml_safe(value)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            return

    def _language(self, tag: str) -> None:
        ooxml.set_default_language(self.doc.styles.element, tag)
        ooxml.set_theme_language(self.doc.settings.element, tag)

    def _header_footer(self, props: Properties) -> None:
        section = self.doc.sections[0]
        if not _has_content(section.header._element):
            left, right = props.header
            paragraph = section.header.paragraphs[0]
            self._tab_line(paragraph, "header", [ooxml.text_run(xml_safe(left) + "\t" + xml_safe(right))])
        if not _has_content(section.footer._element):
            before, between, after = props.page_of
            runs = [ooxml.text_run(xml_safe(props.footer) + "\t" + before)]
            runs += ooxml.field_runs("PAGE", "1")
            runs.append(ooxml.text_run(between))
            runs += ooxml.field_runs("NUMPAGES", "1")
            if after:
                runs.append(ooxml.text_run(after))
            self._tab_line(section.footer.paragraphs[0], "footer", runs)

    def _tab_line(self, paragraph: Paragraph, role: str, runs: list[Any]) -> None:
        """A header/footer line: text left, text right (the style's own tab stops are cleared)."""
        paragraph._p.style = self.ids[role]
        ppr = paragraph._p.get_or_add_pPr()
        tabs = parse_xml(f"<w:tabs {nsdecls('w')}/>")
        for pos in _style_tab_positions(self.doc, self.ids[role]):
            tabs.append(ooxml.element("w:tab", val="clear", pos=str(pos)))
        tabs.append(ooxml.element("w:tab", val="right", pos=str(self.text_width)))
        ooxml.insert_before(ppr, tabs, ("w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr"))
        for run in runs:
            paragraph._p.append(run)

    # -- blocks ----------------------------------------------------------------------------------

    def _paragraph(self, style_role: str) -> Paragraph:
        after_table = self.doc.element.body[-2].tag == qn("w:tbl") if len(self.doc.element.body) > 1 else False
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self.ids[style_role]
        if after_table and not style_role.startswith("heading"):
            paragraph.paragraph_format.space_before = AFTER_TABLE
        if self.pending_break:
            paragraph.paragraph_format.page_break_before = True
            self.pending_break = False
        return paragraph

    def _heading(self, heading: Heading) -> None:
        level = min(max(heading.level, 1), 3)
        paragraph = self._paragraph(f"heading{level}")
        paragraph.add_run(xml_safe(heading.text))
        self.bookmark_id += 1
        ooxml.add_bookmark(paragraph._p, self.heading_names[self.heading_index], self.bookmark_id)
        self.heading_index += 1

    def _para(self, para: Para, paragraph: Paragraph | None = None) -> None:
        if paragraph is None:
            paragraph = self._paragraph(_ROLE_STYLE.get(para.role, "body"))
        for span in para.spans:
            self._span(paragraph, span)

    def _span(self, paragraph: Paragraph, span: Span) -> None:
        if span.ref and span.ref in self.keys:
            ooxml.append_field(paragraph._p, f"REF {self.keys[span.ref]} \\r \\h", xml_safe(span.text))
            return
        if not span.comments:
            self._run(paragraph, span.text, span)
            return
        bounds = {0, len(span.text)}
        for comment in span.comments:
            start, end = _clamp(comment.start, comment.end, len(span.text))
            bounds.update((start, end))
        cuts = sorted(bounds)
        runs: dict[int, Run] = {}
        for start, end in zip(cuts, cuts[1:], strict=False):
            runs[start] = self._run(paragraph, span.text[start:end], span)
        starts = sorted(runs)
        for comment in span.comments:
            start, end = _clamp(comment.start, comment.end, len(span.text))
            covered = [runs[s] for s in starts if start <= s < end] or [runs[starts[0]]]
            self._comment(covered, comment.author, comment.paragraphs)

    def _run(self, paragraph: Paragraph, text: str, span: Span) -> Run:
        run = paragraph.add_run(xml_safe(text))
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True
        return run

    def _comment(self, runs: list[Run], author: str, lines: tuple[str, ...]) -> None:
        comment = self.doc.add_comment(runs, text="", author=author, initials="ID")
        first = comment.paragraphs[0]
        first._p.style = self.ids["comment_text"]
        if lines:
            first.add_run(" " + xml_safe(lines[0])).bold = True
        for line in lines[1:]:
            paragraph = comment.add_paragraph(xml_safe(line))
            paragraph._p.style = self.ids["comment_text"]

    def _toc(self, toc: TableOfContents) -> None:
        title = self._paragraph("toc_heading")
        title.add_run(xml_safe(toc.title))
        if not toc.entries:
            paragraph = self._paragraph("toc1")
            for run in ooxml.field_begin() + ooxml.field_instruction(TOC_INSTRUCTION):
                paragraph._p.append(run)
            paragraph._p.append(ooxml.text_run(xml_safe(toc.placeholder)))
            paragraph._p.append(ooxml.field_end())
            return
        for index, (level, number, text) in enumerate(toc.entries):
            paragraph = self._paragraph(f"toc{min(max(level, 1), 3)}")
            if index == 0:
                for run in ooxml.field_begin() + ooxml.field_instruction(TOC_INSTRUCTION):
                    paragraph._p.append(run)
            anchor = self.heading_names[index]
            runs = [ooxml.text_run(f"{number}\t{xml_safe(text)}\t")]
            runs += ooxml.field_runs(f"PAGEREF {anchor} \\h", "")
            paragraph._p.append(ooxml.hyperlink_to(anchor, runs))
            if index == len(toc.entries) - 1:
                paragraph._p.append(ooxml.field_end())

    def _table(self, table: Table) -> None:
        if self.pending_break:
            self._paragraph("body")
        previous = self.doc.element.body[-2] if len(self.doc.element.body) > 1 else None
        if previous is not None and previous.tag == qn("w:p"):
            Paragraph(previous, self.doc._body).paragraph_format.keep_with_next = True
        columns = len(table.widths)
        widths = [int(self.text_width * w) for w in table.widths]
        look = "0" if table.key_value else "1"
        look_bits = "0600" if table.key_value else "0620"  # noHBand + noVBand (+ firstRow)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        tbl = parse_xml(
            f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{self.ids['table']}\"/>"
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="{look_bits}" w:firstRow="{look}" w:lastRow="0" w:firstColumn="0" '
            f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid></w:tbl>')
        self.doc.element.body._insert_tbl(tbl)
        proxy = DocxTable(tbl, self.doc._body)
        if table.header and not table.key_value:
            tr = self._row(proxy, widths)
            ooxml.repeat_header(tr)
            ooxml.cant_split(tr)
            for index, (tc, text) in enumerate(zip(tr.tc_lst, table.header, strict=False)):
                paragraph = _Cell(tc, proxy).paragraphs[0]
                paragraph._p.style = self.ids["table_heading"]
                paragraph.add_run(xml_safe(text))
                if index in table.numeric_columns:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in table.rows:
            tr = self._row(proxy, widths)
            if sum(len(p.text) for cell in row for p in cell.paras) < LONG_ROW:
                ooxml.cant_split(tr)
            for index, (tc, cell) in enumerate(zip(tr.tc_lst, row[:columns], strict=False)):
                self._cell(_Cell(tc, proxy), cell, index in table.numeric_columns)

    def _row(self, proxy: DocxTable, widths: list[int]) -> Any:
        tr = proxy._tbl.add_tr()
        for width in widths:
            tc = tr.add_tc()
            tc.get_or_add_tcPr().append(ooxml.element("w:tcW", w=str(width), type="dxa"))
        return tr

    def _cell(self, cell: _Cell, content: Cell, numeric: bool) -> None:
        for index, para in enumerate(content.paras or (Para.of(""),)):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph._p.style = self.ids[_CELL_ROLE_STYLE.get(para.role, "table_text")]
            if numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self._para(para, paragraph)


def _clamp(start: int, end: int, length: int) -> tuple[int, int]:
    start = min(max(start, 0), length)
    end = min(max(end, start), length)
    if start == end:  # an empty anchor: use the whole text
        return 0, length
    return start, end


def _has_content(element: Any) -> bool:
    """True when a header/footer part has text, fields or drawings (a house-style one)."""
    for node in element.iter(qn("w:t"), qn("w:instrText"), qn("w:fldSimple"), qn("w:drawing"),
                             qn("w:pict")):
        if node.tag != qn("w:t") or (node.text or "").strip():
            return True
    return False


def _style_tab_positions(document: Document, style_id: str) -> list[int]:
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return [int(tab.get(qn("w:pos"))) for tab in style.iter(qn("w:tab"))
                    if tab.get(qn("w:val")) != "clear"]
    return []
