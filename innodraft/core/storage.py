"""Read and write ``.innodraft`` project files (UTF-8 JSON, versioned).

Reading never modifies the file. Every problem (missing, empty, binary,
truncated, huge, not a project, newer format, wrong field) is reported as one
:class:`~innodraft.core.errors.ProjectFileError` naming the file and the
problem. Writing is atomic and keeps one ``.bak`` of the previous version.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from innodraft.core import atomic, serde
from innodraft.core.errors import NewerFormatError, ProjectFileError, SchemaError
from innodraft.core.migrations import MigrationGap, migrate
from innodraft.core.model import FORMAT_VERSION, Project

MAGIC = "innodraft"
"""Value of the ``application`` key that marks a project file."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger files are refused (a real project is well under 10 MB)."""

MAX_NESTING = 64
"""Deeper JSON nesting is refused before parsing (malicious input)."""


def project_to_data(project: Project) -> dict[str, Any]:
    """Return the JSON object stored for ``project``."""
    data: dict[str, Any] = {"application": MAGIC, "format_version": FORMAT_VERSION}
    data.update(serde.to_data(project))
    return data


def dumps(project: Project) -> bytes:
    """Serialise a project to the bytes of a project file."""
    data = project_to_data(project)
    try:
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (from broken copy-paste) cannot be UTF-8; \u escapes keep them.
        return (json.dumps(data, ensure_ascii=True, indent=1) + "\n").encode("ascii")


def save(project: Project, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
    """Write ``project`` to ``path`` atomically, keeping ``<path>.bak``."""
    data = dumps(project)
    atomic.write_atomic(path, data, keep_backup=keep_backup)


def load(path: str | os.PathLike[str]) -> Project:
    """Read a project file.

    Raises:
        ProjectFileError: the file cannot be used; the message says why.
        NewerFormatError: the file needs a newer innodraft.
    """
    file = Path(path)
    raw = _read_bytes(file)
    return loads(raw, file)


def loads(raw: bytes, file: str | os.PathLike[str] = "<data>") -> Project:
    """Parse the bytes of a project file (see :func:`load`)."""
    data = _parse_json(raw, file)
    version = _check_header(data, file)
    body = {k: v for k, v in data.items() if k not in ("application", "format_version")}
    if version < FORMAT_VERSION:
        try:
            body, _ = migrate(body, version)
        except MigrationGap:
            raise ProjectFileError(file, f"format version {version} is too old to upgrade") from None
        except Exception as exc:  # a migration met data it cannot handle
            raise ProjectFileError(file, f"cannot upgrade from format {version}: {exc}") from None
        body.pop("format_version", None)
    try:
        project = serde.from_data(Project, body, "project")
    except SchemaError as exc:
        raise ProjectFileError(file, f"invalid project data at {exc.path}: {exc.problem}") from None
    _check_ids(project, file)
    return project


def _read_bytes(file: Path) -> bytes:
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise ProjectFileError(file, "file not found") from None
    except OSError as exc:
        raise ProjectFileError(file, f"cannot read file ({exc.strerror})") from None
    if file.is_dir():
        raise ProjectFileError(file, "is a folder, not a project file")
    if size > MAX_FILE_BYTES:
        raise ProjectFileError(
            file, f"file is too large for a project ({size / 1048576:.0f} MB, "
                  f"limit {MAX_FILE_BYTES // 1048576} MB)")
    try:
        with open(file, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ProjectFileError(file, f"cannot read file ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ProjectFileError(file, "file is too large for a project")
    return raw


def _parse_json(raw: bytes, file: str | os.PathLike[str]) -> dict[str, Any]:
    if not raw.strip():
        raise ProjectFileError(file, "file is empty")
    if raw.startswith(b"PK\x03\x04"):
        raise ProjectFileError(file, "this is a zip/Office file, not an innodraft project "
                                     "(use 'innodraft import' for .docx/.xlsx)")
    if b"\x00" in raw[:4096]:
        raise ProjectFileError(file, "binary data, not an innodraft project")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(file, f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    if _nesting_too_deep(text):
        raise ProjectFileError(file, f"JSON nested deeper than {MAX_NESTING} levels")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1:
            problem = "file is truncated (JSON ends unexpectedly)"
        else:
            problem = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise ProjectFileError(file, problem) from None
    except ValueError as exc:
        raise ProjectFileError(file, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProjectFileError(file, "not an innodraft project (no JSON object)")
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _nesting_too_deep(text: str) -> bool:
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _check_header(data: dict[str, Any], file: str | os.PathLike[str]) -> int:
    if data.get("application") != MAGIC:
        raise ProjectFileError(file, "not an innodraft project (the 'application' marker is missing)")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ProjectFileError(file, "format_version is missing or not a whole number")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            file, f"written by a newer innodraft (format {version}; this version reads up to "
                  f"{FORMAT_VERSION}). Update innodraft to open it.")
    return version


def _check_ids(project: Project, file: str | os.PathLike[str]) -> None:
    lists: dict[str, list[Any]] = {
        "requirements": project.requirements,
        "need.outcomes": project.need.outcomes,
        "market": project.market,
        "selection.exclusion_grounds": project.selection.exclusion_grounds,
        "selection.suitability": project.selection.suitability,
        "award.criteria": project.award.criteria,
        "timeline": project.timeline,
        "value.lots": project.value.lots,
    }
    for name, items in lists.items():
        seen: set[str] = set()
        for item in items:
            if not item.id.strip():
                raise ProjectFileError(file, f"invalid project data at {name}: an item has an empty id")
            if item.id in seen:
                raise ProjectFileError(file, f"invalid project data at {name}: id {item.id} occurs twice")
            seen.add(item.id)
