"""Open the Word template: innodraft's own or an organisation's house style.

A house-style template (settings ``word_template``, .docx or .dotx) gives the
styles, page set-up, headers and logo. Styles the export needs but the template
lacks are copied from innodraft's template, and unnumbered headings get
innodraft's multilevel numbering; each such repair is reported as a message.
A template that cannot be used at all (missing, not a Word file, macros) is
replaced by the built-in one, again with a message. Nothing here raises for a
bad template.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from innodraft.export.build_template import TEMPLATE_PATH, heading_levels

STYLE_ROLES: dict[str, str] = {
    "body": "Normal", "title": "Title", "subtitle": "Subtitle", "heading1": "heading 1",
    "heading2": "heading 2", "heading3": "heading 3", "toc_heading": "TOC Heading", "toc1": "toc 1",
    "toc2": "toc 2", "toc3": "toc 3", "header": "header", "footer": "footer", "caption": "caption",
    "bullet": "List Bullet", "table_text": "Table Text", "table_heading": "Table Heading",
    "note": "Table Note", "formula": "Formula", "cover": "Cover Detail", "notice": "Notice",
    "table": "innodraft Table",
    "comment_text": "annotation text", "comment_reference": "annotation reference",
}
"""Role -> internal style name (``w:name``; stable across Word's UI languages)."""

MAX_TEMPLATE_BYTES = 30 * 1024 * 1024
"""A house-style template larger than this is not used."""

MAX_TEMPLATE_UNPACKED = 200 * 1024 * 1024
"""Nor one that unpacks to more than this (zip bomb)."""

_MAIN_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


@dataclass
class Template:
    """An opened template with its body cleared, and what was repaired."""

    document: Document
    style_ids: dict[str, str]
    """Role -> style id in this document."""
    source: str
    messages: list[str] = field(default_factory=list)
    house_style: bool = False


def open_template(path: str | Path | None = None) -> Template:
    """Open ``path`` (house style) or the built-in template, ready to be filled."""
    messages: list[str] = []
    document = None
    if path:
        try:
            document = docx.Document(io.BytesIO(_house_template_bytes(Path(path))))
        except _TemplateProblem as exc:
            messages.append(f"{path}: {exc}; the built-in template was used")
        except Exception as exc:  # python-docx on a broken package: any error type
            messages.append(f"{path}: not a usable Word template ({type(exc).__name__}); "
                            "the built-in template was used")
    house = document is not None
    if document is None:
        document = docx.Document(str(TEMPLATE_PATH))
    _clear_body(document)
    ids = _resolve_styles(document, messages, str(path) if house else "")
    return Template(document, ids, str(path) if house else "built-in", messages, house)


class _TemplateProblem(Exception):
    pass


def _house_template_bytes(path: Path) -> bytes:
    """The template as a .docx package (a .dotx gets the document content type)."""
    if path.suffix.lower() in (".docm", ".dotm"):
        raise _TemplateProblem("macro-enabled templates are not supported")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _TemplateProblem(f"cannot be read ({exc.strerror or exc})") from None
    if size > MAX_TEMPLATE_BYTES:
        raise _TemplateProblem("the file is too large for a template")
    data = path.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _TemplateProblem("not a Word file")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_TEMPLATE_UNPACKED:
            raise _TemplateProblem("unpacks to too much data")
        if "[Content_Types].xml" not in archive.namelist():
            raise _TemplateProblem("not a Word file")
        types = archive.read("[Content_Types].xml")
        if _MAIN_TEMPLATE.encode() not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in archive.infolist():
                content = archive.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    content = content.replace(_MAIN_TEMPLATE.encode(), _MAIN_DOC.encode())
                target.writestr(info, content)
        return out.getvalue()


def _clear_body(document: Document) -> None:
    """Remove the template's sample content, keeping the final section properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _style_by_name(styles_element: Any, name: str) -> Any:
    for style in styles_element.findall(qn("w:style")):
        node = style.find(qn("w:name"))
        if node is not None and node.get(qn("w:val"), "").lower() == name.lower():
            return style
    return None


def _resolve_styles(document: Document, messages: list[str], house: str) -> dict[str, str]:
    """Map roles to style ids, copying missing styles from the built-in template."""
    styles = document.styles.element
    builtin = None
    added: list[str] = []
    for name in STYLE_ROLES.values():
        if _style_by_name(styles, name) is not None:
            continue
        if builtin is None:
            builtin = docx.Document(str(TEMPLATE_PATH)).styles.element
        _copy_style(builtin, styles, name, added)
    ids = {}
    for role, name in STYLE_ROLES.items():
        style = _style_by_name(styles, name)
        ids[role] = style.get(qn("w:styleId"))
    if house and added:
        messages.append(f"{house}: lacks the styles {', '.join(added)}; innodraft's own were added")
    renumbered = _ensure_heading_numbering(document, ids, added)
    if house and renumbered:
        messages.append(f"{house}: headings had no numbering; innodraft's 1 / 1.1 / 1.1.1 numbering "
                        "was tied to them")
    return ids


def _copy_style(source: Any, target: Any, name: str, added: list[str]) -> None:
    style = _style_by_name(source, name)
    if style is None:
        return
    clone = copy.deepcopy(style)
    style_id = clone.get(qn("w:styleId"))
    taken = {s.get(qn("w:styleId")) for s in target.findall(qn("w:style"))}
    if style_id in taken:  # same id, other name (e.g. a localised template): rename ours
        clone.set(qn("w:styleId"), "innodraft" + style_id)
    based = clone.find(qn("w:basedOn"))
    if based is not None:
        parent = next((s for s in source.findall(qn("w:style"))
                       if s.get(qn("w:styleId")) == based.get(qn("w:val"))), None)
        parent_name = parent.find(qn("w:name")).get(qn("w:val")) if parent is not None else None
        if parent_name and _style_by_name(target, parent_name) is None:
            _copy_style(source, target, parent_name, added)
        if parent_name:
            based.set(qn("w:val"), _style_by_name(target, parent_name).get(qn("w:styleId")))
    target.append(clone)
    added.append(name)


def _numbering_ids(numbering: Any) -> tuple[int, int]:
    abstract = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    return max(abstract, default=0) + 1, max(nums, default=0) + 1


def _ensure_heading_numbering(document: Document, ids: dict[str, str], added: list[str]) -> bool:
    """Tie heading 1-3 (and a copied List Bullet) to numbering of this document.

    Headings that already carry numbering in the template keep it; copied
    styles refer to innodraft's numbering ids, which are re-pointed to
    definitions added to this document's numbering part.
    """
    styles = document.styles.element
    headings = [_style_by_name(styles, f"heading {n}") for n in (1, 2, 3)]
    own = None if "heading 1" in added else _num_id(headings[0])
    copied = [level for level in range(3) if f"heading {level + 1}" in added]
    changed = False
    if own is not None:  # the house numbering stays; copied lower levels join it
        for level in copied:
            _set_num(headings[level], own, level)
    elif copied or any(_num_id(h) is None for h in headings):
        numbering = _numbering_element(document)
        abstract_id, num_id = _numbering_ids(numbering)
        levels = heading_levels((ids["heading1"], ids["heading2"], ids["heading3"]))
        _add_numbering(numbering, abstract_id, num_id, "multilevel", levels)
        for level, style in enumerate(headings):
            _set_num(style, num_id, level)
        changed = len(copied) < 3
    if "List Bullet" in added:
        numbering = _numbering_element(document)
        abstract_id, num_id = _numbering_ids(numbering)
        bullet = copy.deepcopy(_builtin_bullet_levels())
        _add_numbering(numbering, abstract_id, num_id, "hybridMultilevel", "", bullet)
        for lvl in numbering.findall(qn("w:abstractNum"))[-1].findall(qn("w:lvl"))[:1]:
            pstyle = lvl.find(qn("w:pStyle"))
            if pstyle is not None:
                pstyle.set(qn("w:val"), ids["bullet"])
        _set_num(_style_by_name(styles, "List Bullet"), num_id, 0)
    return changed


def _num_id(style: Any) -> int | None:
    """The ``w:numId`` a paragraph style is tied to (None: not numbered)."""
    if style is None or style.find(qn("w:pPr")) is None:
        return None
    num = style.find(qn("w:pPr")).find(qn("w:numPr"))
    node = num.find(qn("w:numId")) if num is not None else None
    return int(node.get(qn("w:val"))) if node is not None and node.get(qn("w:val")) != "0" else None


def _numbering_element(document: Document) -> Any:
    """The numbering part's root, creating the part when the template has none."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart

    part = document.part
    try:
        return cast(Any, part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)).element
    except KeyError:
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING,
                                  parse_xml(f'<w:numbering xmlns:w="{w}"/>'), part.package)
        part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
        return numbering.element


def _builtin_bullet_levels() -> list[Any]:
    numbering = docx.Document(str(TEMPLATE_PATH)).part.numbering_part.element
    bullet = next(a for a in numbering.findall(qn("w:abstractNum"))
                  if any(f.get(qn("w:val")) == "bullet" for f in a.iter(qn("w:numFmt"))))
    return list(bullet.findall(qn("w:lvl")))


def _add_numbering(numbering: Any, abstract_id: int, num_id: int, kind: str, levels_xml: str,
                   levels: list[Any] | None = None) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="{kind}"/>{levels_xml}</w:abstractNum>')
    for level in levels or ():
        abstract.append(level)
    existing = numbering.findall(qn("w:abstractNum"))
    first_num = numbering.find(qn("w:num"))
    if existing:
        existing[-1].addnext(abstract)
    elif first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    num = parse_xml(f'<w:num xmlns:w="{w}" w:numId="{num_id}">'
                    f'<w:abstractNumId w:val="{abstract_id}"/></w:num>')
    (cleanup.addprevious if cleanup is not None else numbering.append)(num)


def _set_num(style: Any, num_id: int, level: int) -> None:
    if style is None:
        return
    ppr = style.get_or_add_pPr()
    old = ppr.find(qn("w:numPr"))
    if old is not None:
        ppr.remove(old)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    num_pr = parse_xml(f'<w:numPr xmlns:w="{w}"><w:ilvl w:val="{level}"/>'
                       f'<w:numId w:val="{num_id}"/></w:numPr>')
    successors = ("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                  "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                  "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                  "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                  "w:pPrChange")
    for tag in successors:
        found = ppr.find(qn(tag))
        if found is not None:
            found.addprevious(num_pr)
            return
    ppr.append(num_pr)
