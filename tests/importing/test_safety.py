"""Broken and hostile input files are refused with a clear InputFileError, never a crash."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innodraft.core.errors import InputFileError
from innodraft.importing import Limits, check_package, import_file, open_docx, open_xlsx
from tests.importing import builders


@pytest.fixture
def good_docx(tmp_path: Path) -> Path:
    return builders.table_docx(tmp_path / "good.docx")


def _refused(path: Path, match: str, kind: str = "docx", limits: Limits | None = None) -> None:
    with pytest.raises(InputFileError, match=match) as caught:
        check_package(path, kind, limits or Limits())
    assert str(path) in str(caught.value)
    if limits is None:
        with pytest.raises(InputFileError):
            import_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.docx", "file not found")
    folder = tmp_path / "dir.docx"
    folder.mkdir()
    with pytest.raises(InputFileError, match="is not a file"):
        check_package(folder, "docx")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "spec.docx"
    path.write_text("Dit is gewoon tekst.")
    _refused(path, r"not a Word document \(not a zip package\)")


def test_old_binary_office_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    _refused(path, "old binary or password-protected Office file")


def test_truncated_zip(tmp_path: Path, good_docx: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(good_docx.read_bytes()[:3000])
    _refused(path, "damaged Word document")


def test_zip_bomb_by_ratio(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    members["word/media/padding.bin"] = bytes(8 * 1024 * 1024)
    _refused(builders.zip_with(tmp_path / "bomb.docx", members), r"compressed \d+:1 \(zip bomb\?\)")


def test_zip_bomb_by_total_size(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    members.update({f"word/media/p{i}.bin": random.Random(i).randbytes(300_000) for i in range(4)})
    path = builders.zip_with(tmp_path / "big.docx", members)
    _refused(path, r"unpacks to \d+ MB, more than the 1 MB allowed",
             limits=Limits(max_total_bytes=1024 * 1024))


def test_oversized_xml_part(tmp_path: Path, good_docx: Path) -> None:
    _refused(good_docx, r"XML part \S+ is larger than 0 MB", limits=Limits(max_xml_bytes=1000))


def test_size_lie_in_the_header(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    path = builders.zip_with(tmp_path / "lie.docx", members, compress=zipfile.ZIP_STORED)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    data = path.read_bytes()
    central = data.rfind(b"PK\x01\x02", 0, data.find(b"word/document.xml", data.find(b"PK\x01\x02")))
    size_field = central + 24
    forged = bytearray(data)
    forged[size_field:size_field + 4] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(forged))
    assert info.file_size > 100
    _refused(path, "damaged|zip bomb")


def test_dtd_and_entities_are_refused(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    document = members["word/document.xml"]
    members["word/document.xml"] = document.replace(
        b"?>", b'?>\n<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
    _refused(builders.zip_with(tmp_path / "dtd.docx", members), "declares a DTD or entities")


def test_encrypted_member(tmp_path: Path, good_docx: Path) -> None:
    path = tmp_path / "enc.docx"
    path.write_bytes(builders.central_flag(good_docx.read_bytes(), 0x1))
    _refused(path, "encrypted")


@pytest.mark.parametrize(("missing", "match"), [
    ("[Content_Types].xml", r"the part \[Content_Types\].xml is missing"),
    ("_rels/.rels", r"the part _rels/.rels is missing"),
    ("word/document.xml", "the main part word/document.xml is missing"),
])
def test_missing_parts(tmp_path: Path, good_docx: Path, missing: str, match: str) -> None:
    members = builders.docx_members(good_docx)
    del members[missing]
    _refused(builders.zip_with(tmp_path / "part.docx", members), match)


def test_suspicious_member_names(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    members["../../evil.xml"] = b"<x/>"
    _refused(builders.zip_with(tmp_path / "slip.docx", members), "suspicious part name")


def test_wrong_kind_and_macros(tmp_path: Path, good_docx: Path) -> None:
    xlsx = builders.sheet_xlsx(tmp_path / "sheet.xlsx")
    renamed = tmp_path / "sheet.docx"
    renamed.write_bytes(xlsx.read_bytes())
    _refused(renamed, "is an Excel workbook, not a Word document")
    with pytest.raises(InputFileError, match="is a Word document, not an Excel workbook"):
        check_package(good_docx, "xlsx")
    members = builders.docx_members(good_docx)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    _refused(builders.zip_with(tmp_path / "macro.docx", members), "macro-enabled files are not read")


def test_broken_xml_inside_a_valid_zip(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    members["word/document.xml"] = b"<w:document><unclosed>"
    with pytest.raises(InputFileError, match="damaged Word document"):
        open_docx(builders.zip_with(tmp_path / "xml.docx", members))
    sheet = builders.docx_members(builders.sheet_xlsx(tmp_path / "s.xlsx"))
    sheet["xl/workbook.xml"] = b"not xml"
    with pytest.raises(InputFileError, match="damaged Excel workbook"):
        open_xlsx(builders.zip_with(tmp_path / "bad.xlsx", sheet))


def test_dotx_template_opens(tmp_path: Path, good_docx: Path) -> None:
    members = builders.docx_members(good_docx)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"document.main+xml",
                                                                              b"template.main+xml")
    path = builders.zip_with(tmp_path / "spec.dotx", members)
    assert len(import_file(path).project.requirements) == 3


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 40))
def test_corrupted_files_fail_cleanly(tmp_path: Path, seed: int, flips: int) -> None:
    source = builders.table_docx(tmp_path / "base.docx")
    data = bytearray(source.read_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path = tmp_path / "fuzz.docx"
    path.write_bytes(bytes(data))
    try:
        import_file(path)
    except InputFileError as exc:
        assert str(path) in str(exc)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    for suffix in (".docx", ".xlsx"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(b"PK\x03\x04" + data)
        with pytest.raises(InputFileError):
            import_file(path)
