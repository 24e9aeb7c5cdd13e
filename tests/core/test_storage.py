"""Project files: round trip, atomic save with .bak, and every kind of bad input."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from innodraft.core import atomic, serde, storage
from innodraft.core.errors import NewerFormatError, ProjectFileError
from innodraft.core.model import FORMAT_VERSION, Project, Requirement
from tests.factories import full_project


def _walk_defaults(obj: object, default: object, path: str = "") -> list[str]:
    """Paths of fields whose value equals the default (should be none in full_project)."""
    same = []
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value, base = getattr(obj, f.name), getattr(default, f.name)
        if dataclasses.is_dataclass(value):
            same += _walk_defaults(value, base, f"{path}{f.name}.")
        elif value == base:
            same.append(path + f.name)
    return same


def test_factory_sets_every_field() -> None:
    assert _walk_defaults(full_project(), Project()) == []


def test_round_trip_of_every_field(tmp_path: Path) -> None:
    project = full_project()
    target = tmp_path / "p.innodraft"
    storage.save(project, target)
    loaded = storage.load(target)
    assert loaded == project
    assert serde.to_data(loaded) == serde.to_data(project)


def test_file_is_utf8_json_with_header(tmp_path: Path) -> None:
    target = tmp_path / "p.innodraft"
    storage.save(full_project(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["application"] == "innodraft"
    assert data["format_version"] == FORMAT_VERSION
    assert "💡" in target.read_text(encoding="utf-8")  # stored readable, not \u-escaped


def test_lone_surrogate_survives_round_trip(tmp_path: Path) -> None:
    project = Project(requirements=[Requirement(id="E-001", text="broken \ud83d paste")])
    target = tmp_path / "s.innodraft"
    storage.save(project, target)
    assert storage.load(target).requirements[0].text == "broken \ud83d paste"


def test_save_keeps_one_backup_of_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "p.innodraft"
    first, second, third = (Project() for _ in range(3))
    first.meta.title, second.meta.title, third.meta.title = "one", "two", "three"
    storage.save(first, target)
    assert not atomic.backup_path(target).exists()
    storage.save(second, target)
    assert storage.load(atomic.backup_path(target)).meta.title == "one"
    storage.save(third, target)
    assert storage.load(target).meta.title == "three"
    assert storage.load(atomic.backup_path(target)).meta.title == "two"
    leftovers = [p.name for p in tmp_path.iterdir() if atomic.TEMP_MARK in p.name]
    assert leftovers == []


def test_failed_write_leaves_original_untouched(tmp_path: Path) -> None:
    target = tmp_path / "p.innodraft"
    storage.save(full_project(), target)
    before = target.read_bytes()
    with pytest.raises(RuntimeError), atomic.open_atomic(target) as fh:
        fh.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_bytes() == before
    assert [p for p in tmp_path.iterdir() if atomic.TEMP_MARK in p.name] == []


def test_write_with_library_saver_failure_is_clean(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def bad_save(path: Path) -> None:
        path.write_bytes(b"trunc")
        raise ValueError("lxml said no")

    with pytest.raises(ValueError):
        atomic.write_with(target, bad_save)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_save_preserves_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "p.innodraft"
    storage.save(Project(), target)
    os.chmod(target, 0o640)
    storage.save(Project(), target)
    assert target.stat().st_mode & 0o777 == 0o640


def _bad(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _valid_text() -> str:
    return storage.dumps(full_project()).decode("utf-8")


BAD_INPUTS = {
    "empty": (b"", "file is empty"),
    "whitespace": (b"  \n\t ", "file is empty"),
    "binary": (b"\x00\x01\x02\xff" * 100, "binary data"),
    "latin1": ('{"application": "innodraft", "x": "caf\xe9"}'.encode("latin-1"), "not UTF-8"),
    "zip": (b"PK\x03\x04" + b"\x00" * 50, "zip/Office file"),
    "truncated": (None, "truncated"),
    "garbage_json": (b'{"application": "innodraft", oops}', "invalid JSON at line 1"),
    "array": (b"[1, 2, 3]", "no JSON object"),
    "other_json": (b'{"name": "package.json", "version": "1.0"}', "not an innodraft project"),
    "no_version": (b'{"application": "innodraft"}', "format_version is missing"),
    "string_version": (b'{"application": "innodraft", "format_version": "1"}',
                       "format_version is missing"),
    "nan": (b'{"application": "innodraft", "format_version": 1, "value": {"base": NaN}}',
            "NaN is not allowed"),
    "deep": (b'{"application": "innodraft", "format_version": 1, "x": ' + b"[" * 5000
             + b"]" * 5000 + b"}", "nested deeper"),
    "wrong_type": (b'{"application": "innodraft", "format_version": 1, "requirements": [{"id": '
                   b'"E-001", "kind": "maybe"}]}', "requirements[0].kind"),
    "unknown_key": (b'{"application": "innodraft", "format_version": 1, "meta": {"titel": "x"}}',
                    "meta.titel: unknown key"),
    "missing_id": (b'{"application": "innodraft", "format_version": 1, "requirements": [{}]}',
                   "requirements[0].id: required key is missing"),
    "duplicate_id": (b'{"application": "innodraft", "format_version": 1, "requirements": '
                     b'[{"id": "E-001"}, {"id": "E-001"}]}', "id E-001 occurs twice"),
    "bad_date": (b'{"application": "innodraft", "format_version": 1, "meta": '
                 b'{"planned_publication": "2027-02-30"}}', "not a valid date"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gives_one_clear_error_and_leaves_file_alone(tmp_path: Path, case: str) -> None:
    content, expected = BAD_INPUTS[case]
    if content is None:
        text = _valid_text()
        content = text[: len(text) // 2].encode("utf-8")
    path = _bad(tmp_path, f"{case}.innodraft", content)
    stat_before = path.stat()
    with pytest.raises(ProjectFileError) as info:
        storage.load(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert expected in message
    assert "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_truncated_at_every_tenth_byte_never_loads_garbage(tmp_path: Path) -> None:
    raw = storage.dumps(full_project())
    for cut in range(0, len(raw) - 2, max(1, len(raw) // 200)):
        with pytest.raises(ProjectFileError):
            storage.loads(raw[:cut], "cut")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 1000)
    path = _bad(tmp_path, "huge.innodraft", b" " * 2000)
    with pytest.raises(ProjectFileError, match="too large"):
        storage.load(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="file not found"):
        storage.load(tmp_path / "nope.innodraft")
    with pytest.raises(ProjectFileError, match="is a folder"):
        storage.load(tmp_path)


def test_newer_format_gives_clear_error(tmp_path: Path) -> None:
    data = json.loads(storage.dumps(Project()))
    data["format_version"] = FORMAT_VERSION + 1
    data["something_new"] = {"x": 1}
    path = _bad(tmp_path, "new.innodraft", json.dumps(data).encode())
    with pytest.raises(NewerFormatError, match="newer innodraft"):
        storage.load(path)


def test_text_longer_than_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serde, "MAX_TEXT", 10)
    raw = storage.dumps(Project(requirements=[Requirement(id="E-001", text="x" * 11)]))
    with pytest.raises(ProjectFileError, match="longer than"):
        storage.loads(raw, "long")


def test_missing_sections_take_defaults() -> None:
    project = storage.loads(b'{"application": "innodraft", "format_version": 1}', "min")
    assert project == Project()
