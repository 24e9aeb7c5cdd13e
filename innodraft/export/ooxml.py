"""Small WordprocessingML pieces python-docx has no API for.

Complex fields (TOC, PAGE, NUMPAGES, PAGEREF, REF), bookmarks, hyperlinks to
bookmarks, ``updateFields`` in the settings, the document language, repeated
table header rows and element insertion in schema order. Only imported by
:mod:`innodraft.export.word` (python-docx is loaded lazily there).
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
    "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)
"""Children of ``w:settings`` that must come after ``w:updateFields`` (ECMA-376 order)."""


def element(tag: str, **attrs: str) -> Any:
    """A new ``w:`` element with ``w:``-qualified attributes."""
    elm = OxmlElement(tag)
    for name, value in attrs.items():
        elm.set(qn(f"w:{name}"), value)
    return elm


def insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    """Insert ``child`` before the first existing successor, else append it."""
    for tag in successors:
        prefix, _, local = tag.partition(":")
        found = parent.find(qn(tag)) if prefix in ("w", "m") else None
        if found is None and prefix not in ("w", "m"):
            found = next((c for c in parent if str(c.tag).endswith("}" + local)), None)
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def set_update_fields(settings_element: Any) -> None:
    """Ask Word to update every field (TOC, page numbers, references) when opening."""
    existing = settings_element.find(qn("w:updateFields"))
    if existing is None:
        existing = element("w:updateFields")
        insert_before(settings_element, existing, _SETTINGS_AFTER_UPDATE_FIELDS)
    existing.set(qn("w:val"), "true")


def set_theme_language(settings_element: Any, tag: str) -> None:
    """Set ``w:themeFontLang`` (the language Word assumes for theme fonts)."""
    lang = settings_element.find(qn("w:themeFontLang"))
    if lang is None:
        lang = element("w:themeFontLang")
        insert_before(settings_element, lang, _SETTINGS_AFTER_UPDATE_FIELDS[9:])
    lang.set(qn("w:val"), tag)


def set_default_language(styles_element: Any, tag: str) -> None:
    """Set the language of all text via ``w:docDefaults`` (proofing, hyphenation, screen readers)."""
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = element("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = element("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = element("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = element("w:lang")
        insert_before(rpr, lang, ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    lang.set(qn("w:val"), tag)


def _run(*children: Any, rpr: Any = None) -> Any:
    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(rpr)
    for child in children:
        run.append(child)
    return run


def _text(value: str) -> Any:
    node = element("w:t")
    node.text = value
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return node


def field_runs(instruction: str, cached: str, *, dirty: bool = False) -> list[Any]:
    """The runs of a complex field ``{ instruction }`` showing ``cached`` until updated."""
    begin = element("w:fldChar", fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    instr = element("w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    runs = [_run(begin), _run(instr), _run(element("w:fldChar", fldCharType="separate"))]
    if cached:
        runs.append(_run(_text(cached)))
    runs.append(_run(element("w:fldChar", fldCharType="end")))
    return runs


def append_field(paragraph_element: Any, instruction: str, cached: str, *, dirty: bool = False) -> None:
    """Append a complex field at the end of a paragraph."""
    for run in field_runs(instruction, cached, dirty=dirty):
        paragraph_element.append(run)


def field_begin(dirty: bool = True) -> list[Any]:
    """Runs opening a field whose result spans several paragraphs (TOC)."""
    begin = element("w:fldChar", fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    return [_run(begin)]


def field_instruction(instruction: str) -> list[Any]:
    """The instruction and separator runs of an open field."""
    instr = element("w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [_run(instr), _run(element("w:fldChar", fldCharType="separate"))]


def field_end() -> Any:
    """The run closing a field."""
    return _run(element("w:fldChar", fldCharType="end"))


def text_run(value: str) -> Any:
    """A plain run (tabs become ``w:tab``)."""
    run = OxmlElement("w:r")
    for index, piece in enumerate(value.split("\t")):
        if index:
            run.append(element("w:tab"))
        if piece:
            run.append(_text(piece))
    return run


def hyperlink_to(anchor: str, runs: list[Any]) -> Any:
    """A ``w:hyperlink`` to a bookmark holding ``runs``."""
    link = element("w:hyperlink", anchor=anchor, history="1")
    for run in runs:
        link.append(run)
    return link


def add_bookmark(paragraph_element: Any, name: str, bookmark_id: int) -> None:
    """Wrap the paragraph's content in a bookmark."""
    start = element("w:bookmarkStart", id=str(bookmark_id), name=name)
    end = element("w:bookmarkEnd", id=str(bookmark_id))
    ppr = paragraph_element.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph_element.insert(0, start)
    paragraph_element.append(end)


def repeat_header(row_element: Any) -> None:
    """Mark a table row as header row, repeated at the top of every page."""
    trpr = row_element.get_or_add_trPr()
    trpr.append(element("w:tblHeader"))


def cant_split(row_element: Any) -> None:
    """Keep a table row on one page."""
    trpr = row_element.get_or_add_trPr()
    trpr.insert(0, element("w:cantSplit"))
