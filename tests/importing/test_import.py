"""Reading specifications: numbered paragraphs, tables, sheets, round trips, stable ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from innodraft.core.enums import Language, Priority, RequirementKind, Verification
from innodraft.core.errors import InputFileError
from innodraft.export import export_pve_docx
from innodraft.importing import import_file, read_items
from tests.export.sample import sample_project
from tests.importing import builders


def _texts(path: Path) -> list[tuple[str, str, str]]:
    project = import_file(path).project
    return [(r.id, r.title, r.text) for r in project.requirements]


def test_word_list_numbering_gives_numbers_categories_kinds_and_rationale(tmp_path: Path) -> None:
    result = import_file(builders.numbered_docx(tmp_path / "spec.docx"))
    reqs = result.project.requirements
    assert [(r.id, r.title) for r in reqs] == [("E-001", "1"), ("E-002", "2"), ("E-003", "3"), ("E-004", "4")]
    assert reqs[0].text == "De stalling biedt plaats aan ten minste 800 fietsen."
    assert reqs[0].rationale == "de huidige stalling is structureel vol."
    assert [r.category for r in reqs] == ["Capaciteit", "Capaciteit", "Veiligheid", "Wensen"]
    assert [r.kind for r in reqs] == [RequirementKind.KNOCKOUT] * 3 + [RequirementKind.AWARD]
    assert result.project.meta.title == "Programma van Eisen Fietsenstalling"
    assert result.project.meta.language is Language.NL
    assert result.project.counters["E"] == 4


def test_typed_numbers_and_modal_bullets(tmp_path: Path) -> None:
    rows = _texts(builders.typed_docx(tmp_path / "spec.docx"))
    assert rows == [
        ("E-001", "3.1", "Het systeem registreert elke in- en uitcheck binnen 2 seconden."),
        ("E-002", "3.2", "Het systeem is 99,5 % van de tijd beschikbaar."),
        ("E-003", "", "Gebruikers moeten kunnen betalen met een pinpas."),
        ("E-004", "E-12", "Het systeem toont de bezetting op een website."),
    ]
    project = import_file(tmp_path / "spec.docx").project
    assert project.requirements[0].category == "Functionele eisen"
    assert project.requirements[3].kind is RequirementKind.AWARD


def test_requirement_table_with_header_section_rows_and_injection_text(tmp_path: Path) -> None:
    project = import_file(builders.table_docx(tmp_path / "spec.docx")).project
    reqs = project.requirements
    assert [(r.title, r.kind, r.category) for r in reqs] == [
        ("R-1", RequirementKind.KNOCKOUT, "Beveiliging"),
        ("R-2", RequirementKind.AWARD, "Beveiliging"),
        ("R-3", RequirementKind.KNOCKOUT, "Beveiliging")]
    assert reqs[0].rationale == "Veiligheid"
    assert reqs[0].verification is Verification.INSPECTION
    assert reqs[0].verification_detail == "Inspectie bij oplevering"
    assert reqs[1].verification is Verification.DEMONSTRATION and reqs[1].verification_detail == ""
    assert reqs[2].text == '=HYPERLINK("http://x")' and reqs[2].verification_detail == ""


def test_header_less_id_table_and_english_detection(tmp_path: Path) -> None:
    project = import_file(builders.id_table_docx(tmp_path / "spec.docx")).project
    assert [(r.title, r.text[:15]) for r in project.requirements] == [("1.1", "The system shal"),
                                                                      ("1.2", "The supplier sh")]
    assert project.meta.language is Language.EN


def test_plain_paragraphs_with_modal_verbs_when_nothing_else(tmp_path: Path) -> None:
    rows = _texts(builders.loose_docx(tmp_path / "spec.docx"))
    assert [text for _, _, text in rows] == ["The contractor must clean the building every working day.",
                                             "Cleaning products shall carry an ecolabel or equivalent."]


def test_excel_requirements_column(tmp_path: Path) -> None:
    result = import_file(builders.sheet_xlsx(tmp_path / "spec.xlsx"))
    reqs = result.project.requirements
    assert result.kind == "xlsx"
    assert [(r.id, r.title, r.category) for r in reqs] == [
        ("E-001", "REQ-1", "Kantoren"), ("E-002", "REQ-2", "Kantoren"), ("E-003", "REQ-3", "Kantoren"),
        ("E-004", "4", "Sanitair")]
    assert reqs[2].text == "=1+1"
    assert [r.priority for r in reqs] == [Priority.MUST, Priority.SHOULD, Priority.COULD, Priority.MUST]
    assert [r.kind for r in reqs] == [RequirementKind.KNOCKOUT, RequirementKind.AWARD, RequirementKind.AWARD,
                                      RequirementKind.KNOCKOUT]
    assert reqs[0].verification is Verification.INSPECTION and reqs[0].rationale == "Hygiene"
    assert reqs[1].verification is Verification.MONITORING
    assert reqs[1].verification_detail == "Report per month"
    assert result.project.meta.language is Language.EN


def test_same_file_gives_the_same_ids(tmp_path: Path) -> None:
    path = builders.table_docx(tmp_path / "spec.docx")
    assert _texts(path) == _texts(path)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_exported_pve_imports_back_unchanged(tmp_path: Path, lang: str) -> None:
    original = sample_project(lang, requirements=30)
    for index, req in enumerate(original.requirements):
        req.id = f"E-{3 * index + 5:03d}"  # ids with gaps, as after deletions
    pve = tmp_path / "pve.docx"
    export_pve_docx(original, pve, date=dt.date(2026, 5, 1))
    imported = import_file(pve).project
    fields = ("id", "title", "text", "kind", "category", "rationale", "verification", "verification_detail")
    assert sorted([getattr(r, f) for f in fields] for r in imported.requirements) == \
        sorted([getattr(r, f) for f in fields] for r in original.requirements)  # the PvE groups by category
    assert imported.counters["E"] == 3 * 29 + 5
    assert imported.meta.language.value == lang


def test_examples_round_trip(tmp_path: Path) -> None:
    from innodraft.core.examples import load_example

    for lang in ("nl", "en"):
        original = load_example(lang)
        pve = tmp_path / f"{lang}.docx"
        export_pve_docx(original, pve)
        imported = import_file(pve).project
        assert sorted((r.id, r.text, r.kind) for r in imported.requirements) == \
            sorted((r.id, r.text, r.kind) for r in original.requirements)


def test_language_can_be_forced(tmp_path: Path) -> None:
    path = builders.loose_docx(tmp_path / "spec.docx")
    assert import_file(path, language="nl").project.meta.language is Language.NL


def test_nothing_found_is_a_clear_error(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Alleen een inleiding.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Versie"
    document.save(str(tmp_path / "empty.docx"))
    with pytest.raises(InputFileError, match=r"no requirements found.*1 table"):
        import_file(tmp_path / "empty.docx")


def test_wrong_suffix_is_refused(tmp_path: Path) -> None:
    (tmp_path / "spec.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputFileError, match=r"only import \.docx or \.xlsx"):
        import_file(tmp_path / "spec.pdf")


def test_read_items_reports_locations(tmp_path: Path) -> None:
    found = read_items(builders.table_docx(tmp_path / "spec.docx"))
    assert [i.location for i in found.items] == ["table 1, row 3", "table 1, row 4", "table 1, row 6"]
    progress: list[float] = []
    import_file(tmp_path / "spec.docx", progress=lambda f, _m: progress.append(f))
    assert progress == sorted(progress) and progress[-1] == 1.0
