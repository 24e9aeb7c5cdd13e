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
import itertools
from collections.abc import Callable
from typing import Any

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
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

_P, _PPR, _PSTYLE, _R, _RPR, _T, _TAB, _BR, _B, _I = (
    qn(t) for t in ("w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:t", "w:tab", "w:br", "w:b", "w:i"))
_TBL, _TR, _TRPR, _TC, _TCPR, _TCW, _CANT_SPLIT = (
    qn(t) for t in ("w:tbl", "w:tr", "w:trPr", "w:tc", "w:tcPr", "w:tcW", "w:cantSplit"))
_JC, _SPACING, _KEEP_NEXT, _PAGE_BREAK_BEFORE = (
    qn(t) for t in ("w:jc", "w:spacing", "w:keepNext", "w:pageBreakBefore"))
_VAL, _BEFORE, _W, _TYPE, _ID = (qn(t) for t in ("w:val", "w:before", "w:w", "w:type", "w:id"))
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

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
        usable = int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)
        self.text_width = int(usable / 635) if usable > 0 else 9072  # EMU -> twips
        self.pending_break = False
        self.body = self.doc.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.bookmark_id = 0
        self.comments_root: Any = None
        self.next_comment_id = 0
        self.comment_date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
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
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
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
    # Paragraphs, runs and cells are built with lxml SubElement (python-docx's element classes
    # still apply): python-docx's own add_paragraph/add_run parse XML per element and would
    # make a 300-requirement document take several seconds.

    def _p(self, container: Any, style_role: str, *, right: bool = False) -> Any:
        """A new paragraph at the end of ``container`` (the body: before the section properties)."""
        body = container is self.body
        after_table = body and len(self.body) > 1 and self.body[-2].tag == _TBL
        p = etree.SubElement(container, _P)
        if body:
            self.sect_pr.addprevious(p)
        ppr = etree.SubElement(p, _PPR)
        etree.SubElement(ppr, _PSTYLE).set(_VAL, self.ids[style_role])
        if body and self.pending_break:
            etree.SubElement(ppr, _PAGE_BREAK_BEFORE)
            self.pending_break = False
        if after_table and not style_role.startswith("heading"):
            etree.SubElement(ppr, _SPACING).set(_BEFORE, str(int(AFTER_TABLE.pt * 20)))
        if right:
            etree.SubElement(ppr, _JC).set(_VAL, "right")
        return p

    def _heading(self, heading: Heading) -> None:
        level = min(max(heading.level, 1), 3)
        p = self._p(self.body, f"heading{level}")
        _run(p, xml_safe(heading.text))
        self.bookmark_id += 1
        ooxml.add_bookmark(p, self.heading_names[self.heading_index], self.bookmark_id)
        self.heading_index += 1

    def _para(self, para: Para, p: Any = None) -> None:
        if p is None:
            p = self._p(self.body, _ROLE_STYLE.get(para.role, "body"))
        for span in para.spans:
            self._span(p, span)

    def _span(self, p: Any, span: Span) -> None:
        if span.ref and span.ref in self.keys:
            ooxml.append_field(p, f"REF {self.keys[span.ref]} \\r \\h", xml_safe(span.text))
            return
        if not span.comments:
            _run(p, xml_safe(span.text), span.bold, span.italic)
            return
        bounds = {0, len(span.text)}
        for comment in span.comments:
            start, end = _clamp(comment.start, comment.end, len(span.text))
            bounds.update((start, end))
        cuts = sorted(bounds)
        runs: dict[int, Any] = {}
        for start, end in itertools.pairwise(cuts):
            runs[start] = _run(p, xml_safe(span.text[start:end]), span.bold, span.italic)
        starts = sorted(runs)
        for comment in span.comments:
            start, end = _clamp(comment.start, comment.end, len(span.text))
            covered = [runs[s] for s in starts if start <= s < end] or [runs[starts[0]]]
            self._comment(covered[0], covered[-1], comment.author, comment.paragraphs)

    def _comment(self, first: Any, last: Any, author: str, lines: tuple[str, ...]) -> None:
        """A comment on the runs ``first`` .. ``last``, built like Word writes it."""
        if self.comments_root is None:
            self.comments_root = self.doc.part._comments_part.element
            ids = [int(c.get(_ID)) for c in self.comments_root.findall(qn("w:comment"))]
            self.next_comment_id = max(ids, default=-1) + 1
        cid = str(self.next_comment_id)
        self.next_comment_id += 1
        comment = etree.SubElement(self.comments_root, qn("w:comment"))
        for name, value in (("w:id", cid), ("w:author", xml_safe(author)), ("w:initials", "ID"),
                            ("w:date", self.comment_date)):
            comment.set(qn(name), value)
        for index, line in enumerate(lines or ("",)):
            p = self._p(comment, "comment_text")
            if index == 0:
                mark = etree.SubElement(p, _R)
                etree.SubElement(etree.SubElement(mark, _RPR), qn("w:rStyle")).set(
                    _VAL, self.ids["comment_reference"])
                etree.SubElement(mark, qn("w:annotationRef"))
                _run(p, " " + xml_safe(line), bold=True)
            else:
                _run(p, xml_safe(line))
        parent = first.getparent()
        start = etree.SubElement(parent, qn("w:commentRangeStart"))
        start.set(_ID, cid)
        first.addprevious(start)
        reference = etree.SubElement(parent, _R)
        style = etree.SubElement(etree.SubElement(reference, _RPR), qn("w:rStyle"))
        style.set(_VAL, self.ids["comment_reference"])
        etree.SubElement(reference, qn("w:commentReference")).set(_ID, cid)
        last.addnext(reference)
        end = etree.SubElement(parent, qn("w:commentRangeEnd"))
        end.set(_ID, cid)
        last.addnext(end)

    def _toc(self, toc: TableOfContents) -> None:
        _run(self._p(self.body, "toc_heading"), xml_safe(toc.title))
        if not toc.entries:
            p = self._p(self.body, "toc1")
            for run in ooxml.field_begin() + ooxml.field_instruction(TOC_INSTRUCTION):
                p.append(run)
            p.append(ooxml.text_run(xml_safe(toc.placeholder)))
            p.append(ooxml.field_end())
            return
        for index, (level, number, text) in enumerate(toc.entries):
            p = self._p(self.body, f"toc{min(max(level, 1), 3)}")
            if index == 0:
                for run in ooxml.field_begin() + ooxml.field_instruction(TOC_INSTRUCTION):
                    p.append(run)
            anchor = self.heading_names[index]
            runs = [ooxml.text_run(f"{number}\t{xml_safe(text)}\t")]
            runs += ooxml.field_runs(f"PAGEREF {anchor} \\h", "")
            p.append(ooxml.hyperlink_to(anchor, runs))
            if index == len(toc.entries) - 1:
                p.append(ooxml.field_end())

    def _table(self, table: Table) -> None:
        if self.pending_break:
            self._p(self.body, "body")
        previous = self.body[-2] if len(self.body) > 1 else None
        if previous is not None and previous.tag == _P:
            pstyle = previous.find(f"{_PPR}/{_PSTYLE}")
            if pstyle is not None and previous.find(f"{_PPR}/{_KEEP_NEXT}") is None:
                pstyle.addnext(ooxml.element("w:keepNext"))
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
        self.sect_pr.addprevious(tbl)
        tbl = self.body[-2]
        if table.header and not table.key_value:
            tr = self._row(tbl, cant_split=True)
            ooxml.repeat_header(tr)
            for index, (width, text) in enumerate(zip(widths, table.header, strict=False)):
                p = self._p(self._tc(tr, width), "table_heading", right=index in table.numeric_columns)
                _run(p, xml_safe(text))
        for row in table.rows:
            tr = self._row(tbl, cant_split=sum(len(p.text) for cell in row for p in cell.paras) < LONG_ROW)
            for index, (width, cell) in enumerate(zip(widths, row[:columns], strict=False)):
                self._cell(self._tc(tr, width), cell, index in table.numeric_columns)

    @staticmethod
    def _row(tbl: Any, *, cant_split: bool) -> Any:
        tr = etree.SubElement(tbl, _TR)
        if cant_split:
            etree.SubElement(etree.SubElement(tr, _TRPR), _CANT_SPLIT)
        return tr

    @staticmethod
    def _tc(tr: Any, width: int) -> Any:
        tc = etree.SubElement(tr, _TC)
        tcw = etree.SubElement(etree.SubElement(tc, _TCPR), _TCW)
        tcw.set(_W, str(width))
        tcw.set(_TYPE, "dxa")
        return tc

    def _cell(self, tc: Any, content: Cell, numeric: bool) -> None:
        for para in content.paras or (Para.of(""),):
            self._para(para, self._p(tc, _CELL_ROLE_STYLE.get(para.role, "table_text"), right=numeric))


def _run(p: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
    """Append a run with ``text`` (tabs and line breaks become ``w:tab``/``w:br``)."""
    r = etree.SubElement(p, _R)
    if bold or italic:
        rpr = etree.SubElement(r, _RPR)
        if bold:
            etree.SubElement(rpr, _B)
        if italic:
            etree.SubElement(rpr, _I)
    for line_number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if line_number:
            etree.SubElement(r, _BR)
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                etree.SubElement(r, _TAB)
            if piece:
                node = etree.SubElement(r, _T)
                node.text = piece
                node.set(_SPACE, "preserve")
    return r


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
