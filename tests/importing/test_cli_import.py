"""``innodraft import``: project written, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

from innodraft.core import storage
from tests.cli.helpers import run_cli
from tests.importing import builders


def test_import_writes_a_valid_project(tmp_path: Path) -> None:
    spec = builders.table_docx(tmp_path / "spec.docx")
    target = tmp_path / "out.innodraft"
    result = run_cli("import", str(spec), "-o", str(target))
    assert result.code == 0, result.err
    assert result.out.startswith(f"imported 3 requirements (1 award_criterion, 2 knockout) from {spec}")
    project = storage.load(target)
    assert [r.id for r in project.requirements] == ["E-001", "E-002", "E-003"]
    assert run_cli("validate", str(target)).code == 0


def test_default_output_name_and_force(tmp_path: Path) -> None:
    spec = builders.sheet_xlsx(tmp_path / "spec.xlsx")
    assert run_cli("import", str(spec)).code == 0
    assert (tmp_path / "spec.innodraft").is_file()
    again = run_cli("import", str(spec))
    assert again.code == 2 and "already exists" in again.err
    assert run_cli("import", str(spec), "--force", "--lang", "nl").code == 0
    assert storage.load(tmp_path / "spec.innodraft").meta.language.value == "nl"


def test_broken_and_hostile_files_exit_2(tmp_path: Path) -> None:
    text = tmp_path / "spec.docx"
    text.write_text("plain text")
    result = run_cli("import", str(text), "-o", str(tmp_path / "o.innodraft"))
    assert result.code == 2
    assert result.err == f"innodraft: error: {text}: not a Word document (not a zip package)\n"
    members = builders.docx_members(builders.table_docx(tmp_path / "good.docx"))
    members["word/media/zeros.bin"] = bytes(8 * 1024 * 1024)
    bomb = builders.zip_with(tmp_path / "bomb.docx", members)
    result = run_cli("import", str(bomb), "-o", str(tmp_path / "o.innodraft"))
    assert result.code == 2 and "zip bomb" in result.err
    assert not (tmp_path / "o.innodraft").exists()


def test_bad_output_exit_2(tmp_path: Path) -> None:
    spec = builders.table_docx(tmp_path / "spec.docx")
    assert "end in .innodraft" in run_cli("import", str(spec), "-o", str(tmp_path / "x.json")).err
    assert "does not exist" in run_cli("import", str(spec), "-o", str(tmp_path / "no" / "x.innodraft")).err
