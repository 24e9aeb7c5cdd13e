"""The Word tender document and PvE: structure, fields, properties, content, robustness."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from docx.shared import Mm

from innodraft.core.enums import AwardBasis, Language, PriceMethod, RequirementKind
from innodraft.core.settings import Settings
from innodraft.export import ExportError, export_pve_docx, export_review_docx, export_tender_docx
from innodraft.export.scoring import EXAMPLE_PRICES, EXAMPLE_QUALITY
from tests.export.fakes import lint_for
from tests.export.helpers import NS, W, instructions, part_xml
from tests.export.sample import sample_project
from tests.factories import TRICKY_TEXTS, full_project

DATE = dt.date(2026, 5, 1)


@pytest.fixture
def tender(tmp_path: Path) -> Path:
    out = tmp_path / "leidraad.docx"
    export_tender_docx(sample_project(), out, date=DATE)
    return out


def _style_id(document: docx.document.Document, name: str) -> str:
    return document.styles[name].style_id


def test_page_is_a4_with_cover_without_header(tender: Path) -> None:
    section = docx.Document(str(tender)).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert section.different_first_page_header_footer


def test_headings_use_builtin_styles_and_no_typed_numbers(tender: Path) -> None:
    document = docx.Document(str(tender))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    names = [h[1] for h in headings if h[0] == "Heading 1"]
    assert names == ["Inleiding", "Behoefte en beoogde resultaten", "Procedure en planning",
                     "Uitsluiting en geschiktheid", "Gunning", "Programma van Eisen"]
    assert {h[0] for h in headings} == {"Heading 1", "Heading 2", "Heading 3"}
    assert not [text for _, text in headings if re.match(r"\d", text)], "numbers must come from numbering"
    assert document.paragraphs[0].style.name == "Title"


def test_heading_styles_are_tied_to_one_multilevel_list(tender: Path) -> None:
    document = docx.Document(str(tender))
    numbering = part_xml(tender, "word/numbering.xml")
    num_ids = set()
    for level, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        ppr = document.styles[name].element.pPr
        num_pr = ppr.find(f"{{{W}}}numPr")
        assert num_pr is not None, f"{name} has no numbering"
        num_id = num_pr.find(f"{{{W}}}numId").get(f"{{{W}}}val")
        ilvl = num_pr.find(f"{{{W}}}ilvl")
        assert int(ilvl.get(f"{{{W}}}val") if ilvl is not None else 0) == level
        num_ids.add(num_id)
    assert len(num_ids) == 1
    num = numbering.find(f"w:num[@w:numId='{num_ids.pop()}']", NS)
    abstract_id = num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
    abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
    assert abstract.find("w:multiLevelType", NS).get(f"{{{W}}}val") == "multilevel"
    levels = abstract.findall("w:lvl", NS)
    assert [lvl.find("w:lvlText", NS).get(f"{{{W}}}val") for lvl in levels[:3]] == ["%1", "%1.%2", "%1.%2.%3"]
    assert [lvl.find("w:pStyle", NS).get(f"{{{W}}}val") for lvl in levels[:3]] == [
        _style_id(document, f"Heading {n}") for n in (1, 2, 3)]


def test_toc_field_prefilled_and_fields_update_on_open(tender: Path) -> None:
    body = part_xml(tender, "word/document.xml")
    codes = instructions(body)
    assert codes[0] == 'TOC \\o "1-3" \\h \\z \\u'
    begin = body.find(".//w:fldChar[@w:fldCharType='begin']", NS)
    assert begin.get(f"{{{W}}}dirty") == "true"
    toc_paras = [p for p in body.iter(f"{{{W}}}p")
                 if (s := p.find("w:pPr/w:pStyle", NS)) is not None
                 and s.get(f"{{{W}}}val", "").startswith("TOC")]
    texts = ["".join(t.text for t in p.iter(f"{{{W}}}t")) for p in toc_paras]
    assert "Inhoud" in texts[0]
    assert "6Programma van Eisen" in texts and "5.5.1Rekenvoorbeeld" in texts
    assert sum(1 for c in codes if c.startswith("PAGEREF _Toc")) == len(texts) - 1
    bookmarks = {b.get(f"{{{W}}}name") for b in body.iter(f"{{{W}}}bookmarkStart")}
    assert all(c.split()[1] in bookmarks for c in codes if c.startswith(("PAGEREF", "REF")))
    settings = part_xml(tender, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(f"{{{W}}}val") == "true"


def test_footer_has_page_x_of_y_and_header_names_the_document(tender: Path) -> None:
    section = docx.Document(str(tender)).sections[0]
    footer_xml = section.footer._element
    assert [c.strip() for c in (n.text for n in footer_xml.iter(f"{{{W}}}instrText"))] == ["PAGE", "NUMPAGES"]
    footer_text = "".join(t.text for t in footer_xml.iter(f"{{{W}}}t"))
    assert footer_text.startswith("INK-2026-014 · Slimme openbare verlichting · Versie 0.9")
    assert "Pagina " in footer_text and " van " in footer_text
    assert section.header.paragraphs[0].text == "Gemeente Voorbeeld\tAanbestedingsleidraad"
    assert not section.first_page_footer.paragraphs[0].text


def test_properties_and_language(tmp_path: Path) -> None:
    for lang, tag, kind in (("nl", "nl-NL", "Aanbestedingsleidraad"), ("en", "en-GB", "Tender document")):
        out = tmp_path / f"{lang}.docx"
        export_tender_docx(sample_project(lang), out, settings=Settings(organisation="Gemeente Org"),
                           date=DATE)
        props = docx.Document(str(out)).core_properties
        assert props.title == "Slimme openbare verlichting"
        assert props.language == tag and props.version == "0.9" and props.author == "A. Inkoper"
        assert kind in props.subject and props.category == kind
        assert "INK-2026-014" in props.keywords
        styles = part_xml(out, "word/styles.xml")
        assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(f"{{{W}}}val") == tag
        app = part_xml(out, "docProps/app.xml")
        assert "Gemeente Org" in [node.text for node in app.iter() if node.tag.endswith("Company")]


def test_version_block_on_cover(tender: Path) -> None:
    document = docx.Document(str(tender))
    block = document.tables[0]
    rows = {row.cells[0].text: row.cells[1].text for row in block.rows}
    assert rows["Versie"] == "0.9" and rows["Datum"] == "1 mei 2026" and rows["Kenmerk"] == "INK-2026-014"


def test_tables_repeat_header_rows_and_use_the_table_style(tender: Path) -> None:
    document = docx.Document(str(tender))
    grids = [t for t in document.tables if t.rows[0].cells[0].text == "Nr."]
    assert len(grids) >= 5
    for table in grids:
        assert table.style.name == "innodraft Table"
        assert table.rows[0]._tr.find(f"{{{W}}}trPr/{{{W}}}tblHeader") is not None
        assert table.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"


def test_pve_lists_every_requirement_with_kind_and_verification(tender: Path) -> None:
    project = sample_project()
    document = docx.Document(str(tender))
    rows = {}
    for table in document.tables:
        if [c.text for c in table.rows[0].cells] == ["Nr.", "Eis", "Soort", "Verificatie"]:
            rows.update({row.cells[0].text: row for row in table.rows[1:]})
    assert list(rows) == [r.id for r in project.requirements]
    kinds = {RequirementKind.KNOCKOUT: "Knock-out", RequirementKind.AWARD: "Gunningscriterium",
             RequirementKind.INFORMATION: "Informatie"}
    for req in project.requirements:
        row = rows[req.id]
        assert req.text in row.cells[1].text and req.title in row.cells[1].text
        assert row.cells[2].text == kinds[req.kind]
        if req.rationale:
            assert "Toelichting: " + req.rationale in row.cells[1].text
    assert rows["E-001"].cells[3].paragraphs[0].text == "Documentcontrole"
    categories = [p.text for p in document.paragraphs if p.style.name == "Heading 2"][-3:]
    assert categories == ["Verlichting", "Energie", "Beheer"]


def test_pve_refers_to_the_award_chapter_by_field(tender: Path) -> None:
    body = part_xml(tender, "word/document.xml")
    ref = next(c for c in instructions(body) if c.startswith("REF "))
    assert ref.endswith("\\r \\h")


def _table_after(document: docx.document.Document, heading: str) -> docx.table.Table:
    body = document.element.body
    found = False
    for child in body.iterchildren():
        if child.tag == f"{{{W}}}p" and "".join(t.text or "" for t in child.iter(f"{{{W}}}t")) == heading:
            found = True
        elif found and child.tag == f"{{{W}}}tbl":
            return docx.table.Table(child, document._body)
    raise AssertionError(f"no table after {heading}")


@pytest.mark.parametrize("method", list(PriceMethod))
def test_worked_example_matches_an_independent_calculation(tmp_path: Path, method: PriceMethod) -> None:
    project = sample_project("en", method)
    out = tmp_path / "example.docx"
    export_tender_docx(project, out, date=DATE)
    table = _table_after(docx.Document(str(out)), "Worked example")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    low, high = min(EXAMPLE_PRICES), max(EXAMPLE_PRICES)
    if method is PriceMethod.FICTITIOUS_DISCOUNT:
        fictitious = [p - q * 200_000 for p, q in zip(EXAMPLE_PRICES, EXAMPLE_QUALITY, strict=True)]
        assert [r[4] for r in rows] == [f"€{v:,.0f}" for v in fictitious]
        order = sorted(range(3), key=lambda i: fictitious[i])
    else:
        if method is PriceMethod.RELATIVE:
            points = [low / p * 40 for p in EXAMPLE_PRICES]
        else:
            points = [(high - p) / (high - low) * 40 for p in EXAMPLE_PRICES]
        totals = [q * 60 + pp for q, pp in zip(EXAMPLE_QUALITY, points, strict=True)]
        assert [r[4] for r in rows] == [f"{t:.2f}" for t in totals]
        order = sorted(range(3), key=lambda i: -totals[i])
    assert [int(rows[i][5]) for i in order] == [1, 2, 3]


def test_lowest_price_award_shows_motivation(tmp_path: Path) -> None:
    project = sample_project()
    project.award.basis = AwardBasis.LOWEST_PRICE
    project.award.motivation = "Het betreft een gestandaardiseerde levering."
    out = tmp_path / "lowest.docx"
    export_tender_docx(project, out, date=DATE)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "laagste prijs (artikel 2.114" in text and project.award.motivation in text


def test_english_document_uses_english_labels(tmp_path: Path) -> None:
    out = tmp_path / "en.docx"
    export_tender_docx(sample_project("en"), out, date=DATE)
    document = docx.Document(str(out))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["Introduction", "Need and intended outcomes", "Procedure and timeline",
                  "Exclusion and suitability", "Award", "Programme of Requirements"]
    assert document.tables[0].rows[4].cells[1].text == "1 May 2026"


def test_separate_pve_document_and_reference(tmp_path: Path) -> None:
    tender, pve = tmp_path / "t.docx", tmp_path / "p.docx"
    export_tender_docx(sample_project(), tender, date=DATE, pve_separate=True)
    export_pve_docx(sample_project(), pve, date=DATE)
    tender_text = "\n".join(p.text for p in docx.Document(str(tender)).paragraphs)
    assert "afzonderlijk document" in tender_text
    assert not any(t.rows[0].cells[0].text == "Nr." and t.rows[0].cells[1].text == "Eis"
                   for t in docx.Document(str(tender)).tables)
    document = docx.Document(str(pve))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Behoefte en beoogde resultaten", "Programma van Eisen"]
    assert document.paragraphs[1].text == "Programma van Eisen"


def test_tricky_user_text_never_crashes_and_is_sanitised(tmp_path: Path) -> None:
    project = full_project("\x0c\ud800\ufffe")
    project.meta.language = Language.NL
    out = tmp_path / "tricky.docx"
    export_tender_docx(project, out, date=DATE)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    text += "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "nulbyte" in text and "Lampen 💡 met 🇳🇱" in text  # NUL dropped, emoji kept
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)
    assert "=SUM(A1:A3) formula-looking" in text
    assert TRICKY_TEXTS[1][:10] in text


def test_empty_project_exports_with_placeholders(tmp_path: Path) -> None:
    from innodraft.core.model import Project

    out = tmp_path / "empty.docx"
    export_tender_docx(Project(), out, date=DATE)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "(opdracht zonder titel)" in text and "[nog in te vullen]" in text
    assert "Er zijn nog geen eisen opgenomen." in text


def test_existing_output_is_replaced_atomically_and_kept_on_failure(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "t.docx"
    out.write_bytes(b"old version")
    export_tender_docx(sample_project(), out, date=DATE)
    good = out.read_bytes()
    assert good.startswith(b"PK")

    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(ExportError, match="No space left"):
        export_tender_docx(sample_project(), out, date=DATE)
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["t.docx"]


def test_unwritable_targets_raise_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_tender_docx(sample_project(), tmp_path / "missing" / "t.docx")
    with pytest.raises(ExportError, match="is a folder"):
        export_tender_docx(sample_project(), tmp_path)


def test_progress_is_reported_in_order(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    export_tender_docx(sample_project(), tmp_path / "t.docx", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and seen[-1][1] == "done"


def test_procedure_chapter_comes_from_the_advisor(tmp_path: Path) -> None:
    from innodraft.core.examples import load_example
    from innodraft.export import fmt
    from innodraft.procedure import Situation, advise, planned_milestones

    project = load_example("nl")
    advice = advise(Situation.from_project(project), planned=planned_milestones(project))
    chosen = advice.procedure(project.procedure.procedure_id or advice.recommended)
    tender, review = tmp_path / "t.docx", tmp_path / "r.docx"
    export_tender_docx(project, tender, date=DATE)
    text = "\n".join(p.text for p in docx.Document(str(tender)).paragraphs)
    assert f"aanbesteed via de {chosen.name.nl.lower()}." in text.lower()
    assert "Grondslag: " + "; ".join(chosen.legal_basis) in text
    assert "procedure-advies" not in text  # advice notes stay out of the published document
    planning = _table_after(docx.Document(str(tender)), "Planning")
    rows = {r.cells[0].text: r.cells[1].text for r in planning.rows[1:]}
    for milestone in project.timeline:
        if milestone.date and milestone.key != "publication":
            assert rows[milestone.label] == fmt.date(milestone.date, "nl")
    export_review_docx(project, review, lint=lint_for(project, {}), date=DATE)
    review_text = "\n".join(p.text for p in docx.Document(str(review)).paragraphs)
    for item in advice.timeline_for(chosen.id):
        if (problem := item.problem()) is not None:
            assert problem.nl in review_text
    if chosen.id != advice.recommended:
        assert "Het procedure-advies beveelt de" in review_text
