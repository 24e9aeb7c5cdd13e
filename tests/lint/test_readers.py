"""``innodraft lint`` on .docx and .xlsx: line numbers, item ids, --column, the importer's safety checks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import openpyxl

from tests.cli.helpers import run_cli


def _findings(*args: str) -> tuple[int, list[dict], str]:
    result = run_cli("lint", *args, "--format", "json", "--lang", "nl")
    data = json.loads(result.out) if result.out.strip() else {"findings": []}
    return result.code, data["findings"], result.err


def test_docx_paragraphs_and_table_rows_keep_numbers_and_ids(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Programma van eisen")
    document.add_paragraph("E-001 De leverancier reageert tijdig op meldingen.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "E-002"
    table.cell(0, 1).text = "Het portaal is gebruiksvriendelijk voor alle inwoners."
    table.cell(1, 0).text = "E-003"
    table.cell(1, 1).text = "Storingen worden binnen 4 uur verholpen."
    path = tmp_path / "pve.docx"
    document.save(str(path))
    code, findings, _err = _findings(str(path))
    assert code == 1
    where = {(f["line"], f["item"], f["category"]) for f in findings}
    assert (2, "E-001", "vague") in where
    assert (3, "E-002", "vague") in where
    assert not any(f["item"] == "E-003" for f in findings)


def test_xlsx_column_by_header_and_letter(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nr.", "Toelichting", "Eis"])
    sheet.append(["W-1", "Dit is uitleg zonder eis, zo snel mogelijk gelezen.",
                  "De oplossing koppelt met TOPdesk."])
    sheet.append(["W-2", "Nog meer uitleg.", "Back-ups worden 30 dagen bewaard."])
    path = tmp_path / "eisen.xlsx"
    workbook.save(str(path))
    code, findings, _err = _findings(str(path))
    assert code == 1
    assert {(f["line"], f["item"], f["category"]) for f in findings} == {(2, "W-1", "brand")}
    code, findings, _err = _findings(str(path), "--column", "B")
    assert {(f["line"], f["category"]) for f in findings} == {(2, "vague")}


def test_unsafe_or_wrong_packages_exit_2_with_a_message(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    result = run_cli("lint", str(bomb))
    assert result.code == 2 and "bomb.docx" in result.err and "Traceback" not in result.err
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    result = run_cli("lint", str(fake))
    assert result.code == 2 and "fake.xlsx" in result.err
    word = tmp_path / "word-renamed.xlsx"
    docx.Document().save(str(word))
    result = run_cli("lint", str(word))
    assert result.code == 2 and "Word document" in result.err
