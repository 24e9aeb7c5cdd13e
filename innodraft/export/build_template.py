"""Build the Word template shipped with innodraft (``data/template.docx``).

Run ``python -m innodraft.export.build_template`` after changing a style; the
output is deterministic (fixed part order and zip timestamps), and a test
rebuilds it and compares every part with the committed file.

The template is written part by part rather than derived from python-docx's
default (US Letter, a hundred unused table styles, a stray thumbnail). It holds:

* A4 portrait, 2.5 cm margins, a separate first-page header/footer (cover);
* ``Normal``, ``Title``, ``Subtitle``, ``heading 1-3`` tied to one multilevel
  numbering definition (1 / 1.1 / 1.1.1), ``TOC Heading``, ``toc 1-3``,
  ``header``, ``footer``, ``caption``, ``List Bullet`` (bullets), comment styles;
* innodraft's own styles: ``Table Text``, ``Table Heading``, ``Table Note``,
  ``Formula``, ``Notice``, ``Cover Detail`` and the table style ``innodraft Table``;
* an empty comments part, so adding comments never needs python-docx's own
  template files (they are awkward to reach in a frozen app).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

TEMPLATE_PATH = Path(__file__).resolve().parent / "data" / "template.docx"
"""Where the built template is stored (shipped as package data)."""

HEADING_NUM_ID = 1
"""``w:numId`` of the heading numbering in the built-in template."""

BULLET_NUM_ID = 2
"""``w:numId`` of the bullet list numbering."""

FONT = "Calibri"
"""Body and heading font (Carlito renders it metric-compatibly on Linux)."""

NAVY = "1F3864"
"""Heading colour."""

GREY = "595959"
"""Colour of secondary text (subtitle, header, footer, notes)."""

TEXT_WIDTH = 9072
"""Width of the text block in twips: A4 (11906) minus 2 x 1417."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _ppr(*, keep_next: bool = False, keep_lines: bool = False, page_break: bool = False,
         num: tuple[int, int] | None = None, border: tuple[str, int, str] | None = None,
         tabs: tuple[tuple[str, int, str], ...] = (), spacing: tuple[int, int, int] | None = None,
         ind: tuple[int, int] | None = None, contextual: bool = False, jc: str | None = None,
         outline: int | None = None) -> str:
    """A ``w:pPr`` with its children in schema order."""
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if page_break:
        parts.append("<w:pageBreakBefore/>")
    if num is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if border:
        side, size, color = border
        parts.append(f'<w:pBdr><w:{side} w:val="single" w:sz="{size}" w:space="8" w:color="{color}"/>'
                     "</w:pBdr>")
    if tabs:
        parts.append("<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:leader="{leader}" w:pos="{pos}"/>'
                                          for kind, pos, leader in tabs) + "</w:tabs>")
    if spacing is not None:
        before, after, line = spacing
        parts.append(f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="auto"/>')
    if ind is not None:
        parts.append(f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>' if ind[1]
                     else f'<w:ind w:left="{ind[0]}"/>')
    if contextual:
        parts.append("<w:contextualSpacing/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>" if parts else ""


def _rpr(*, style: str | None = None, font: str | None = None, bold: bool = False,
         italic: bool = False, color: str | None = None, size: float | None = None,
         caps: bool = False, lang: str | None = None, vanish: bool = False) -> str:
    """A ``w:rPr`` with its children in schema order (size in points)."""
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if vanish:
        parts.append("<w:vanish/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size is not None:
        half = round(size * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if lang:
        parts.append(f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def _style(kind: str, style_id: str, name: str, *, based_on: str | None = None,
           next_style: str | None = None, link: str | None = None, priority: int | None = None,
           qformat: bool = False, semi_hidden: bool = False, default: bool = False,
           ppr: str = "", rpr: str = "", extra: str = "") -> str:
    attrs = f'w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    body = f'<w:name w:val="{name}"/>'
    if based_on:
        body += f'<w:basedOn w:val="{based_on}"/>'
    if next_style:
        body += f'<w:next w:val="{next_style}"/>'
    if link:
        body += f'<w:link w:val="{link}"/>'
    if priority is not None:
        body += f'<w:uiPriority w:val="{priority}"/>'
    if semi_hidden:
        body += "<w:semiHidden/><w:unhideWhenUsed/>"
    if qformat:
        body += "<w:qFormat/>"
    return f"<w:style {attrs}>{body}{ppr}{rpr}{extra}</w:style>"


def _heading(level: int, size: float, before: int, after: int, indent: int, *, italic: bool = False) -> str:
    return _style(
        "paragraph", f"Heading{level}", f"heading {level}", based_on="Normal", next_style="Normal",
        priority=9, qformat=True,
        ppr=_ppr(keep_next=True, keep_lines=True, num=(HEADING_NUM_ID, level - 1),
                 spacing=(before, after, 240), ind=(indent, indent), outline=level - 1),
        rpr=_rpr(bold=True, italic=italic, color=NAVY, size=size))


def _table_style() -> str:
    border = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{color}"/>'
    borders = "".join(border.format(side=side, color=color) for side, color in
                      (("top", "8EAADB"), ("bottom", "8EAADB"), ("insideH", "BFBFBF")))
    tbl_pr = ("<w:tblPr><w:tblStyleRowBandSize w:val=\"1\"/><w:tblBorders>" + borders + "</w:tblBorders>"
              '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
              '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>')
    first_row = ('<w:tblStylePr w:type="firstRow">' + _rpr(bold=True, color=NAVY) +
                 '<w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:tcBorders>'
                 '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/></w:tcBorders>'
                 '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>')
    return _style("table", "InnodraftTable", "innodraft Table", based_on="TableNormal", priority=59,
                  ppr=_ppr(spacing=(0, 0, 240)), extra=tbl_pr + first_row)


def styles_xml() -> str:
    """The ``word/styles.xml`` part."""
    toc_tabs = (("right", TEXT_WIDTH, "dot"),)
    styles = [
        _style("paragraph", "Normal", "Normal", default=True, qformat=True),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True,
               priority=1, semi_hidden=True),
        _style("table", "TableNormal", "Normal Table", default=True, priority=99, semi_hidden=True,
               extra='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
                     '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                     '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                     "</w:tblCellMar></w:tblPr>"),
        _style("numbering", "NoList", "No List", default=True, priority=99, semi_hidden=True),
        _style("paragraph", "Title", "Title", based_on="Normal", next_style="Normal", priority=10,
               qformat=True, ppr=_ppr(spacing=(2400, 240, 240), contextual=True),
               rpr=_rpr(bold=True, color=NAVY, size=28)),
        _style("paragraph", "Subtitle", "Subtitle", based_on="Normal", next_style="Normal",
               priority=11, qformat=True, ppr=_ppr(spacing=(0, 480, 240)),
               rpr=_rpr(color=GREY, size=15)),
        _heading(1, 15, 360, 120, 567),
        _heading(2, 12.5, 280, 80, 709),
        _heading(3, 11, 200, 60, 851, italic=True),
        _style("paragraph", "TOCHeading", "TOC Heading", based_on="Normal", next_style="Normal",
               priority=39, qformat=True, ppr=_ppr(keep_next=True, spacing=(0, 240, 240)),
               rpr=_rpr(bold=True, color=NAVY, size=15)),
        _style("paragraph", "TOC1", "toc 1", based_on="Normal", next_style="Normal", priority=39,
               ppr=_ppr(tabs=(*toc_tabs, ("left", 567, "none")), spacing=(120, 40, 240),
                        ind=(567, 567)), rpr=_rpr(bold=True)),
        _style("paragraph", "TOC2", "toc 2", based_on="Normal", next_style="Normal", priority=39,
               ppr=_ppr(tabs=(*toc_tabs, ("left", 1276, "none")), spacing=(0, 20, 240),
                        ind=(1276, 709))),
        _style("paragraph", "TOC3", "toc 3", based_on="Normal", next_style="Normal", priority=39,
               ppr=_ppr(tabs=(*toc_tabs, ("left", 2127, "none")), spacing=(0, 20, 240),
                        ind=(2127, 851))),
        _style("paragraph", "Header", "header", based_on="Normal", priority=99,
               ppr=_ppr(tabs=(("center", TEXT_WIDTH // 2, "none"), ("right", TEXT_WIDTH, "none")),
                        spacing=(0, 0, 240)), rpr=_rpr(color=GREY, size=8.5)),
        _style("paragraph", "Footer", "footer", based_on="Normal", priority=99,
               ppr=_ppr(tabs=(("center", TEXT_WIDTH // 2, "none"), ("right", TEXT_WIDTH, "none")),
                        spacing=(0, 0, 240)), rpr=_rpr(color=GREY, size=8.5)),
        _style("paragraph", "Caption", "caption", based_on="Normal", next_style="Normal", priority=35,
               qformat=True, ppr=_ppr(keep_next=True, spacing=(120, 60, 240)),
               rpr=_rpr(bold=True, color=GREY, size=9)),
        _style("paragraph", "ListBullet", "List Bullet", based_on="Normal", priority=99,
               ppr=_ppr(num=(BULLET_NUM_ID, 0), spacing=(0, 60, 264), ind=(357, 357))),
        _style("paragraph", "TableText", "Table Text", based_on="Normal", qformat=True,
               ppr=_ppr(spacing=(20, 40, 240)), rpr=_rpr(size=9.5)),
        _style("paragraph", "TableHeading", "Table Heading", based_on="TableText", qformat=True,
               ppr=_ppr(keep_next=True), rpr=_rpr(bold=True, color=NAVY)),
        _style("paragraph", "TableNote", "Table Note", based_on="TableText", qformat=True,
               rpr=_rpr(italic=True, color=GREY, size=8.5)),
        _style("paragraph", "Formula", "Formula", based_on="Normal", next_style="Normal", qformat=True,
               ppr=_ppr(keep_next=True, spacing=(60, 120, 240), ind=(567, 0)),
               rpr=_rpr(font="Cambria", italic=True, size=11)),
        _style("paragraph", "Notice", "Notice", based_on="Normal", qformat=True,
               ppr=_ppr(border=("left", 18, NAVY), spacing=(240, 120, 264), ind=(170, 0)),
               rpr=_rpr(color=NAVY)),
        _style("paragraph", "CoverDetail", "Cover Detail", based_on="Normal", qformat=True,
               ppr=_ppr(spacing=(0, 40, 240)), rpr=_rpr(color=GREY, size=11)),
        _style("paragraph", "CommentText", "annotation text", based_on="Normal", priority=99,
               semi_hidden=True, ppr=_ppr(spacing=(0, 60, 240)), rpr=_rpr(size=9)),
        _style("character", "CommentReference", "annotation reference", based_on="DefaultParagraphFont",
               priority=99, semi_hidden=True, rpr=_rpr(size=8)),
        _style("character", "Strong", "Strong", based_on="DefaultParagraphFont", priority=22,
               qformat=True, rpr=_rpr(bold=True)),
        _style("character", "Emphasis", "Emphasis", based_on="DefaultParagraphFont", priority=20,
               qformat=True, rpr=_rpr(italic=True)),
        _style("character", "Hyperlink", "Hyperlink", based_on="DefaultParagraphFont", priority=99,
               rpr='<w:rPr><w:color w:val="2E74B5"/><w:u w:val="single"/></w:rPr>'),
        _style("table", "TableGrid", "Table Grid", based_on="TableNormal", priority=39,
               extra='<w:tblPr><w:tblBorders>' + "".join(
                   f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV")) +
                     "</w:tblBorders></w:tblPr>"),
        _table_style(),
    ]
    defaults = ("<w:docDefaults><w:rPrDefault>" + _rpr(font=FONT, size=10.5, lang="nl-NL") +
                "</w:rPrDefault><w:pPrDefault>" + _ppr(spacing=(0, 120, 264)) +
                "</w:pPrDefault></w:docDefaults>")
    return (_DECL + f'<w:styles xmlns:w="{_W}" xmlns:r="{_R}">' + defaults + "".join(styles)
            + "</w:styles>")


def _level(ilvl: int, fmt: str, text: str, indent: int, hanging: int, style: str | None = None,
           font: str | None = None) -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    rpr = _rpr(font=font) if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def heading_levels(styles: tuple[str, str, str], indents: tuple[int, int, int] = (567, 709, 851)) -> str:
    """The nine ``w:lvl`` elements of the heading numbering (1 / 1.1 / 1.1.1 ...).

    ``styles`` are the style ids of heading 1-3, which the first three levels
    are tied to (``w:pStyle``); shared with the renderer, which adds the same
    definition to a house-style template whose headings are not numbered.
    """
    levels = []
    for ilvl in range(9):
        text = ".".join(f"%{n}" for n in range(1, ilvl + 2))
        indent = indents[min(ilvl, 2)] + max(ilvl - 2, 0) * 142
        levels.append(_level(ilvl, "decimal", text, indent, indent,
                             styles[ilvl] if ilvl < 3 else None))
    return "".join(levels)


def numbering_xml() -> str:
    """The ``word/numbering.xml`` part: heading outline and bullets."""
    headings = (f'<w:abstractNum w:abstractNumId="{HEADING_NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
                + heading_levels(("Heading1", "Heading2", "Heading3")) + "</w:abstractNum>")
    bullet_chars = ("\u2022", "\u2013", "\u2022")
    bullets = (f'<w:abstractNum w:abstractNumId="{BULLET_NUM_ID}">'
               '<w:multiLevelType w:val="hybridMultilevel"/>'
               + "".join(_level(i, "bullet", bullet_chars[i % 3], 357 * (i + 1), 357,
                                "ListBullet" if i == 0 else None, FONT) for i in range(9))
               + "</w:abstractNum>")
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'
                   for n in (HEADING_NUM_ID, BULLET_NUM_ID))
    return _DECL + f'<w:numbering xmlns:w="{_W}">' + headings + bullets + nums + "</w:numbering>"


def _sect_pr() -> str:
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter"/>'
            '<w:footerReference w:type="first" r:id="rIdFooterFirst"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" '
            'w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')


def _part(root: str, body: str) -> str:
    return _DECL + f'<w:{root} xmlns:w="{_W}" xmlns:r="{_R}">{body}</w:{root}>'


def _rels(items: list[tuple[str, str, str]]) -> str:
    return (_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/>'
                      for rid, kind, target in items) + "</Relationships>")


def template_parts() -> list[tuple[str, str]]:
    """Every part of the template as ``(zip name, XML text)``, in zip order."""
    header_style = '<w:p><w:pPr><w:pStyle w:val="{0}"/></w:pPr></w:p>'
    content_types = (
        _DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="/word/{name}.xml" ContentType="{_CT_BASE}.{kind}+xml"/>'
                  for name, kind in (("document", "document.main"), ("styles", "styles"),
                                     ("numbering", "numbering"), ("settings", "settings"),
                                     ("fontTable", "fontTable"), ("comments", "comments"),
                                     ("header1", "header"), ("header2", "header"),
                                     ("footer1", "footer"), ("footer2", "footer")))
        + '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    package_rels = (
        _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>")
    core = (_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
            'terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>innodraft</dc:title>'
            "<dc:language>nl-NL</dc:language></cp:coreProperties>")
    app = (_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties"><Application>innodraft</Application><Company></Company></Properties>')
    settings = _part("settings", '<w:defaultTabStop w:val="709"/><w:autoHyphenation/>'
                     '<w:consecutiveHyphenLimit w:val="2"/><w:hyphenationZone w:val="425"/>'
                     '<w:characterSpacingControl w:val="doNotCompress"/>'
                     '<w:compat><w:compatSetting w:name="compatibilityMode" '
                     'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                     '<w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/>'
                     '<w:listSeparator w:val=";"/>')
    fonts = _part("fonts", "".join(f'<w:font w:name="{f}"><w:family w:val="{fam}"/></w:font>'
                                   for f, fam in ((FONT, "swiss"), ("Cambria", "roman"))))
    document = _part("document", '<w:body><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>'
                     + _sect_pr() + "</w:body>")
    document_rels = _rels([
        ("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdSettings", "settings", "settings.xml"), ("rIdFonts", "fontTable", "fontTable.xml"),
        ("rIdComments", "comments", "comments.xml"),
        ("rIdHeader", "header", "header1.xml"), ("rIdHeaderFirst", "header", "header2.xml"),
        ("rIdFooter", "footer", "footer1.xml"), ("rIdFooterFirst", "footer", "footer2.xml"),
    ])
    return [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", fonts),
        ("word/comments.xml", _part("comments", "")),
        ("word/header1.xml", _part("hdr", header_style.format("Header"))),
        ("word/header2.xml", _part("hdr", header_style.format("Header"))),
        ("word/footer1.xml", _part("ftr", header_style.format("Footer"))),
        ("word/footer2.xml", _part("ftr", header_style.format("Footer"))),
    ]


def build_template_bytes() -> bytes:
    """The template .docx as bytes (deterministic)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in template_parts():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def main() -> None:
    """Write :data:`TEMPLATE_PATH`."""
    TEMPLATE_PATH.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE_PATH.write_bytes(build_template_bytes())
    print(f"wrote {TEMPLATE_PATH}")


if __name__ == "__main__":
    main()
