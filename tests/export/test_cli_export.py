"""``innodraft export``: outputs, exit codes and messages."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import openpyxl
import pytest

from innodraft.core import storage
from tests.cli.helpers import run_cli
from tests.export.sample import sample_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.innodraft"
    storage.save(sample_project(), path)
    return path


def test_all_outputs_are_written(tmp_path: Path, project_file: Path) -> None:
    out = {name: tmp_path / name for name in ("t.docx", "r.docx", "p.docx", "g.xlsx")}
    result = run_cli("export", str(project_file), "--docx", str(out["t.docx"]),
                     "--review-docx", str(out["r.docx"]), "--pve-docx", str(out["p.docx"]),
                     "--xlsx", str(out["g.xlsx"]), "--evaluators", "4", "--bidders", "3")
    assert result.code == 0, result.err
    assert [line.split()[1] for line in result.out.splitlines()] == [str(out[n]) for n in
                                                                     ("t.docx", "p.docx", "r.docx", "g.xlsx")]
    assert "comments" in result.out.splitlines()[2]
    text = "\n".join(p.text for p in docx.Document(str(out["t.docx"])).paragraphs)
    assert "afzonderlijk document" in text  # --pve-docx makes the tender document refer to it
    wb = openpyxl.load_workbook(out["g.xlsx"])
    assert wb.sheetnames[2:6] == ["Anna", "Bram", "Chris", "Beoordelaar 4"]
    assert wb["Anna"].cell(6, 8).value == "Inschrijver C" and wb["Anna"].cell(6, 10).value is None


def test_existing_outputs_are_replaced(tmp_path: Path, project_file: Path) -> None:
    target = tmp_path / "t.docx"
    target.write_bytes(b"old")
    assert run_cli("export", str(project_file), "--docx", str(target)).code == 0
    assert target.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(("args", "message"), [
    ([], "nothing to do"),
    (["--docx", "out.xlsx"], "must end in .docx"),
    (["--docx", "missing/out.docx"], "does not exist"),
    (["--evaluators", "0", "--xlsx", "g.xlsx"], "between 1 and 50"),
    (["--evaluators", "x", "--xlsx", "g.xlsx"], "not a whole number"),
    (["--docx", "same.docx", "--review-docx", "same.docx"], "name the same file"),
])
def test_bad_arguments_exit_2(tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch,
                              args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("export", str(project_file), *args)
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1


def test_bad_project_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.innodraft"
    bad.write_text("{not json")
    result = run_cli("export", str(bad), "--docx", str(tmp_path / "t.docx"))
    assert result.code == 2 and "bad.innodraft" in result.err
    assert not (tmp_path / "t.docx").exists()
    assert run_cli("export", str(tmp_path / "none.innodraft"), "--docx", str(tmp_path / "t.docx")).code == 2


def test_unwritable_folder_exits_2(tmp_path: Path, project_file: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root may write anywhere: let the permission check see a read-only folder
        real_access = os.access
        monkeypatch.setattr(os, "access",
                            lambda p, mode, **kw: False if Path(p) == locked else real_access(p, mode))
    else:
        locked.chmod(0o500)
    try:
        result = run_cli("export", str(project_file), "--docx", str(locked / "t.docx"))
    finally:
        locked.chmod(0o700)
    assert result.code == 2 and "not writable" in result.err
    assert not (locked / "t.docx").exists()


def test_file_as_folder_exits_2(tmp_path: Path, project_file: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = run_cli("export", str(project_file), "--docx", str(tmp_path / "afile" / "t.docx"))
    assert result.code == 2 and "is a file, not a folder" in result.err


def test_write_failure_exits_2_and_keeps_the_old_file(tmp_path: Path, project_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "g.xlsx"
    target.write_bytes(b"previous")

    def failing(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"PK partial")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(openpyxl.Workbook, "save", failing)
    result = run_cli("export", str(project_file), "--xlsx", str(target))
    assert result.code == 2 and "Input/output error" in result.err
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.xlsx", "p.innodraft"]


def test_consistency_problems_are_warnings(tmp_path: Path) -> None:
    project = sample_project()
    project.award.criteria[0].weight = 10
    path = tmp_path / "p.innodraft"
    storage.save(project, path)
    result = run_cli("export", str(path), "--xlsx", str(tmp_path / "g.xlsx"))
    assert result.code == 0 and "warning" in result.err and "not 100" in result.err
