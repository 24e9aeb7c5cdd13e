"""CLI skeleton: --version, new, validate, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from innodraft import __version__
from innodraft.core import storage
from innodraft.core.model import FORMAT_VERSION, Project
from innodraft.entry import _wants_cli
from tests.cli.helpers import run_cli


def test_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "innodraft", "--version"], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"innodraft {__version__}"


def test_new_empty_project(tmp_path: Path) -> None:
    target = tmp_path / "n.innodraft"
    result = run_cli("new", str(target), "--lang", "en", "--title", "Bridges")
    assert result.code == 0, result.err
    project = storage.load(target)
    assert project.meta.title == "Bridges" and project.meta.language.value == "en"


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "n.innodraft"
    storage.save(Project(), target)
    before = target.read_bytes()
    result = run_cli("new", str(target))
    assert result.code == 2
    assert "already exists" in result.err and result.err.count("\n") == 1
    assert target.read_bytes() == before


@pytest.mark.parametrize(("args", "message"), [
    (["new", "x.txt"], "end in .innodraft"),
    (["new", "/nonexistent-dir/x.innodraft"], "folder does not exist"),
    (["frobnicate"], "invalid choice"),
    (["validate"], "required"),
    ([], ""),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_validate_valid_and_invalid(tmp_path: Path) -> None:
    good = tmp_path / "good.innodraft"
    storage.save(Project(), good)
    bad = tmp_path / "bad.innodraft"
    bad.write_text('{"application": "innodraft", "format_version": 1, "meta": []}')
    assert run_cli("validate", str(good)).code == 0
    result = run_cli("validate", str(good), str(bad))
    assert result.code == 2
    assert f"{bad}: invalid project data at project.meta: expected an object" in result.err
    assert "Traceback" not in result.err


def test_validate_newer_format_names_the_reason(tmp_path: Path) -> None:
    newer = tmp_path / "newer.innodraft"
    data = json.loads(storage.dumps(Project()))
    data["format_version"] = FORMAT_VERSION + 3
    newer.write_text(json.dumps(data))
    result = run_cli("validate", str(newer))
    assert result.code == 2 and "newer innodraft" in result.err


def test_validate_strict_fails_on_consistency_problems(tmp_path: Path) -> None:
    project = Project()
    project.award.price.weight = 10
    from innodraft.core.model import AwardCriterion, ScaleLevel

    project.award.criteria = [AwardCriterion(id="G-1", weight=20)]
    project.award.scale = [ScaleLevel(score=1)]
    path = tmp_path / "w.innodraft"
    storage.save(project, path)
    lenient = run_cli("validate", str(path))
    assert lenient.code == 0 and "total 30 %" in lenient.err
    assert run_cli("validate", "--strict", str(path)).code == 2


def test_internal_errors_are_one_line_and_debug_shows_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.innodraft"
    storage.save(Project(), good)

    def boom(*_: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr("innodraft.cli.cmd_validate.check_project", boom)
    quiet = run_cli("validate", str(good))
    assert quiet.code == 2
    assert quiet.err.strip() == ("innodraft: internal error: RuntimeError: kaboom "
                                 "(run with --debug for details)")
    loud = run_cli("--debug", "validate", str(good))
    assert loud.code == 2 and "Traceback" in loud.err


@pytest.mark.parametrize(("argv", "cli"), [
    ([], False), (["project.innodraft"], False), (["--debug"], False),
    (["new", "x"], True), (["--debug", "validate", "x"], True), (["--version"], True),
    (["-h"], True), (["validate.innodraft"], False),
])
def test_launcher_tells_cli_from_gui(argv: list[str], cli: bool) -> None:
    assert _wants_cli(argv) is cli
