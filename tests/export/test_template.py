"""The shipped Word template, house-style templates and the label table."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest

from innodraft.core.enums import (
    AuthorityType,
    AwardBasis,
    ContractType,
    PriceMethod,
    RequirementKind,
    SuitabilityKind,
    Verification,
)
from innodraft.core.settings import Settings
from innodraft.export import export_tender_docx
from innodraft.export.build_template import TEMPLATE_PATH, build_template_bytes
from innodraft.export.labels import LABELS, label, placeholders
from innodraft.export.wordtemplate import STYLE_ROLES, open_template
from tests.export.helpers import NS, W, part_xml
from tests.export.sample import sample_project

DATE = dt.date(2026, 5, 1)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_committed_template_matches_the_build_script() -> None:
    assert _parts(TEMPLATE_PATH.read_bytes()) == _parts(build_template_bytes()), \
        "run: python -m innodraft.export.build_template"


def test_template_has_every_style_the_export_needs() -> None:
    template = open_template()
    assert not template.messages and not template.house_style
    names = {s.name.lower() for s in template.document.styles}
    assert {name.lower() for name in STYLE_ROLES.values()} <= names | {"normal"}
    section = template.document.sections[0]
    assert (section.page_width, section.page_height) == (7560310, 10692130)  # A4 in EMU


def test_labels_have_both_languages_with_the_same_placeholders() -> None:
    for key, (nl, en) in LABELS.items():
        assert nl.strip() and en.strip(), key
        assert placeholders(nl) == placeholders(en), key
    assert label("footer.page", "en", page=1, pages=2) == "Page 1 of 2"
    assert label("footer.page", "nl", page=1, pages=2) == "Pagina 1 van 2"


def test_every_label_key_used_in_the_code_exists() -> None:
    import re

    source = "\n".join(p.read_text(encoding="utf-8") for p in (TEMPLATE_PATH.parent.parent).glob("*.py"))
    used = set(re.findall(r'(?<![a-z_])(?:self\.t|doc\.t|label)\("([a-z_.0-9]+)"', source))
    assert used and used <= set(LABELS), sorted(used - set(LABELS))


@pytest.mark.parametrize(("prefix", "enum"), [
    ("kind", RequirementKind), ("verif", Verification), ("suit", SuitabilityKind), ("price", PriceMethod),
    ("authority", AuthorityType), ("contract", ContractType), ("award.basis", AwardBasis),
    ("award.method", PriceMethod), ("award.formula", PriceMethod)])
def test_every_enum_member_has_a_label(prefix: str, enum: type) -> None:
    missing = [m for m in enum if f"{prefix}.{m.value}" not in LABELS]
    assert not missing


def _house_template(path: Path, *, numbered: bool = False) -> Path:
    """A house style made with python-docx's default template: Letter, no innodraft styles."""
    document = docx.Document()
    document.add_paragraph("Sample text that must not end up in the export")
    section = document.sections[0]
    section.header.paragraphs[0].text = "HOUSE STYLE HEADER"
    document.styles["Normal"].font.name = "Arial"
    if numbered:
        ppr = document.styles["Heading 1"].element.get_or_add_pPr()
        ppr.append(docx.oxml.parse_xml(f'<w:numPr xmlns:w="{W}"><w:numId w:val="1"/></w:numPr>'))
    document.save(str(path))
    return path


def test_house_style_template_is_used_and_repaired(tmp_path: Path) -> None:
    template = _house_template(tmp_path / "huisstijl.docx")
    out = tmp_path / "t.docx"
    report = export_tender_docx(sample_project(), out, settings=Settings(word_template=str(template)),
                                date=DATE)
    assert any("lacks the styles" in m and "Table Text" in m for m in report.messages)
    assert any("headings had no numbering" in m for m in report.messages)
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Arial"
    assert "Sample text" not in "\n".join(p.text for p in document.paragraphs)
    assert document.sections[0].header.paragraphs[0].text == "HOUSE STYLE HEADER"
    h1 = document.styles["Heading 1"].element.pPr.find(f"{{{W}}}numPr")
    num_id = h1.find(f"{{{W}}}numId").get(f"{{{W}}}val")
    numbering = part_xml(out, "word/numbering.xml")
    abstract_id = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", NS).get(f"{{{W}}}val")
    level0 = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl", NS)
    assert level0.find("w:pStyle", NS).get(f"{{{W}}}val") == document.styles["Heading 1"].style_id
    table_style = {t.style.name for t in document.tables}
    assert table_style == {"innodraft Table"}
    assert "Table Text" in {s.name for s in document.styles}


def test_house_headings_with_own_numbering_are_kept(tmp_path: Path) -> None:
    template = _house_template(tmp_path / "huisstijl.docx", numbered=True)
    report = export_tender_docx(sample_project(), tmp_path / "t.docx",
                                settings=Settings(word_template=str(template)), date=DATE)
    assert not any("headings had no numbering" in m for m in report.messages)


def test_dotx_template_is_accepted(tmp_path: Path) -> None:
    source = _house_template(tmp_path / "h.docx")
    dotx = tmp_path / "huisstijl.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    report = export_tender_docx(sample_project(), tmp_path / "t.docx",
                                settings=Settings(word_template=str(dotx)), date=DATE)
    assert not any("built-in template was used" in m for m in report.messages)
    header = docx.Document(str(tmp_path / "t.docx")).sections[0].header
    assert header.paragraphs[0].text == "HOUSE STYLE HEADER"


@pytest.mark.parametrize(("content", "expected"), [
    (None, "cannot be read"),
    (b"not a zip at all", "not a Word file"),
    (b"PK\x03\x04 broken", "not a Word file"),
])
def test_unusable_template_falls_back_with_a_message(tmp_path: Path, content: bytes | None,
                                                     expected: str) -> None:
    path = tmp_path / "bad.docx"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "t.docx"
    report = export_tender_docx(sample_project(), out, settings=Settings(word_template=str(path)), date=DATE)
    (message,) = report.messages
    assert expected in message and "built-in template was used" in message
    assert docx.Document(str(out)).styles["Heading 1"].element.pPr.find(f"{{{W}}}numPr") is not None


def test_macro_template_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "macro.dotm"
    path.write_bytes(b"anything")
    report = export_tender_docx(sample_project(), tmp_path / "t.docx",
                                settings=Settings(word_template=str(path)))
    assert "macro-enabled templates are not supported" in report.messages[0]
