"""Specification files of several shapes, built for the import tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl


def numbered_docx(path: Path) -> Path:
    """Headings 1-2 and 'List Number' paragraphs (Word list numbering), plus a rationale line."""
    document = docx.Document()
    document.add_paragraph("Programma van Eisen Fietsenstalling", "Title")
    document.add_paragraph("Inleiding", "Heading 1")
    document.add_paragraph("Dit document bevat de eisen voor de nieuwe fietsenstalling.")
    document.add_paragraph("Eisen", "Heading 1")
    document.add_paragraph("Capaciteit", "Heading 2")
    document.add_paragraph("De stalling biedt plaats aan ten minste 800 fietsen.", "List Number")
    document.add_paragraph("Toelichting: de huidige stalling is structureel vol.")
    document.add_paragraph("Ten minste 40 plaatsen zijn geschikt voor bakfietsen.", "List Number")
    document.add_paragraph("Veiligheid", "Heading 2")
    document.add_paragraph("De stalling is 24 uur per dag bewaakt.", "List Number")
    document.add_paragraph("Wensen", "Heading 1")
    document.add_paragraph("Het dak is begroeid met sedum.", "List Number")
    document.save(str(path))
    return path


def typed_docx(path: Path) -> Path:
    """Clause numbers typed into the text, headings with typed numbers, bullets with and without modals."""
    document = docx.Document()
    document.add_paragraph("3 Functionele eisen", "Heading 1")
    document.add_paragraph("3.1 Het systeem registreert elke in- en uitcheck binnen 2 seconden.")
    document.add_paragraph("3.2 Het systeem is 99,5 % van de tijd beschikbaar.")
    document.add_paragraph("Achtergrond: de gemeente telt 10.000 fietsers per dag.")
    document.add_paragraph("10.000 fietsers per dag is een gemiddelde.")
    document.add_paragraph("Gebruikers moeten kunnen betalen met een pinpas.", "List Bullet")
    document.add_paragraph("Een mooi kleurtje.", "List Bullet")
    document.add_paragraph("4 Wensen", "Heading 1")
    document.add_paragraph("E-12: Het systeem toont de bezetting op een website.")
    document.save(str(path))
    return path


def table_docx(path: Path) -> Path:
    """A requirement table with a header row, a merged section row and an empty row."""
    document = docx.Document()
    document.add_paragraph("Eisen en wensen", "Heading 1")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["Nr.", "Eis", "Eis/wens", "Toelichting", "Verificatie"],
                          strict=True):
        cell.text = text
    section = table.add_row()
    merged = section.cells[0].merge(section.cells[4])
    merged.text = "Beveiliging"
    for row in (["R-1", "Camera's dekken de hele stalling.", "Eis", "Veiligheid", "Inspectie bij oplevering"],
                ["R-2", "De stalling heeft een servicebalie.", "Wens", "", "Demonstratie"],
                ["", "", "", "", ""],
                ["R-3", "=HYPERLINK(\"http://x\")", "Eis", "", "—"]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    version = document.add_table(rows=2, cols=2)
    version.cell(0, 0).text, version.cell(0, 1).text = "Versie", "1.0"
    version.cell(1, 0).text, version.cell(1, 1).text = "Datum", "1 mei 2026"
    document.save(str(path))
    return path


def id_table_docx(path: Path) -> Path:
    """A table without header: an id column and a text column."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for ref, text in (("1.1", "The system shall export all data in an open format."),
                      ("1.2", "The supplier shall answer support calls within one working day.")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = ref, text
    document.save(str(path))
    return path


def loose_docx(path: Path) -> Path:
    """Plain paragraphs only: those with a modal verb are requirements."""
    document = docx.Document()
    document.add_paragraph("Introduction to the tender.")
    document.add_paragraph("The contractor must clean the building every working day.")
    document.add_paragraph("We look forward to your tender.")
    document.add_paragraph("Cleaning products shall carry an ecolabel or equivalent.")
    document.save(str(path))
    return path


def sheet_xlsx(path: Path) -> Path:
    """A workbook whose second sheet holds the requirements below title rows."""
    wb = openpyxl.Workbook()
    wb.active.title = "Voorblad"
    wb.active["A1"] = "Aanbesteding schoonmaak"
    ws = wb.create_sheet("Eisen")
    ws["A1"] = "Programma van eisen"
    ws.append([])
    ws.append(["ID", "Requirement", "Priority", "Verification method", "Rationale"])
    ws.append(["Kantoren"])
    ws.append(["REQ-1", "The contractor shall clean all offices daily.", "Must", "Inspection", "Hygiene"])
    ws.append(["REQ-2", "Windows should be cleaned monthly.", "Should", "Report per month", ""])
    ws.append([None, None, None])
    ws.append(["REQ-3", "=1+1", "Could", "", ""])
    ws["B8"].data_type = "s"
    ws.append(["Sanitair"])
    ws.append([4, "Toilets are checked every two hours.", "M", "KPI report", ""])
    wb.save(str(path))
    return path


def zip_with(path: Path, members: dict[str, bytes], *, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip file holding exactly ``members``."""
    with zipfile.ZipFile(path, "w", compress) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def docx_members(source: Path) -> dict[str, bytes]:
    """The parts of an existing package."""
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def patched(data: bytes, old: bytes, new: bytes) -> bytes:
    """``data`` with the first ``old`` replaced (same length keeps zip offsets valid)."""
    assert len(old) == len(new) and old in data
    return data.replace(old, new, 1)


def central_flag(data: bytes, bit: int) -> bytes:
    """Set a general-purpose flag bit in every central directory entry."""
    out = bytearray(data)
    index = out.find(b"PK\x01\x02")
    while index >= 0:
        out[index + 8] |= bit
        index = out.find(b"PK\x01\x02", index + 4)
    return bytes(out)


def bytes_of(document: docx.document.Document) -> bytes:
    """A python-docx document as bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
