"""Check an Office file (a zip package) before python-docx or openpyxl reads it.

Word and Excel files are zip archives of XML parts. A hostile or broken file
can be no zip at all, a zip bomb (tiny file, huge content), hold one enormous
XML part, declare a DTD (entity expansion), lie about its sizes, be encrypted,
or lack the parts a document needs. :func:`check_package` finds all of that
by reading the central directory and decompressing every member once, in
chunks, with hard limits; nothing is written to disk. :func:`open_docx` and
:func:`open_xlsx` run it first and then hand the file to the library.

Reuse: ``innodraft lint SPEC.docx`` and the GUI's import call
:func:`open_docx` / :func:`open_xlsx` (or :func:`innodraft.importing.import_file`).
Every problem is an :class:`~innodraft.core.errors.InputFileError` whose
message names the file and says what is wrong.
"""

from __future__ import annotations

import os
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innodraft.core.errors import InputFileError

KINDS = ("docx", "xlsx")
"""Package kinds this module opens."""

_MAIN_TYPES = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
}
_MACRO_TYPES = {
    "docx": "application/vnd.ms-word.document.macroEnabled.main+xml",
    "xlsx": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
}
_NAMES = {"docx": "Word document", "xlsx": "Excel workbook"}
_A_NAME = {"docx": "a Word document", "xlsx": "an Excel workbook"}
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    """Hard limits for an input package (generous for real specifications)."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_members: int = 5_000
    max_total_bytes: int = 300 * 1024 * 1024
    """Total uncompressed size of all members."""
    max_xml_bytes: int = 60 * 1024 * 1024
    """Uncompressed size of one XML part."""
    max_ratio: float = 200.0
    """Compression ratio allowed for members larger than :attr:`ratio_floor`."""
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = Limits()
"""The limits used unless a caller passes its own."""


@dataclass(frozen=True)
class PackageInfo:
    """What :func:`check_package` found."""

    kind: str
    main_part: str
    members: int
    total_bytes: int


def _fail(path: Path, problem: str) -> InputFileError:
    return InputFileError(path, problem)


def check_package(path: str | os.PathLike[str], kind: str, limits: Limits = DEFAULT_LIMITS) -> PackageInfo:
    """Verify that ``path`` is a safe, complete ``kind`` package (``docx`` or ``xlsx``).

    Raises:
        InputFileError: missing/unreadable file, not a zip, encrypted or macro
            document, zip bomb, oversized XML, DTD, or missing parts.
    """
    file = Path(path)
    name = _NAMES[kind]
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise _fail(file, "file not found") from None
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror or exc})") from None
    if not file.is_file():
        raise _fail(file, "is not a file")
    if size > limits.max_file_bytes:
        raise _fail(file, f"file is larger than {limits.max_file_bytes // (1024 * 1024)} MB")
    try:
        with open(file, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise _fail(file, f"cannot be read ({exc.strerror or exc})") from None
    if head[:2] == b"\xd0\xcf":
        raise _fail(file, f"is an old binary or password-protected Office file, not {_A_NAME[kind]}; "
                          f"save it as .{kind} without a password")
    if head != b"PK\x03\x04":
        raise _fail(file, f"not {_A_NAME[kind]} (not a zip package)")
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            _check_directory(file, infos, limits)
            main = _main_part(file, archive, kind)
            _check_members(file, archive, infos, limits)
    except InputFileError:
        raise
    except zipfile.BadZipFile as exc:
        raise _fail(file, f"damaged {name} ({exc})") from None
    except Exception as exc:  # zlib.error, struct.error, EOFError ... from a corrupt archive
        raise _fail(file, f"damaged {name} ({type(exc).__name__}: {exc})") from None
    return PackageInfo(kind, main, len(infos), sum(i.file_size for i in infos))


def _check_directory(file: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise _fail(file, f"the package has more than {limits.max_members} parts")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _fail(file, "the package has duplicate part names")
    for info in infos:
        if info.filename.startswith(("/", "\\")) or ".." in info.filename.replace("\\", "/").split("/"):
            raise _fail(file, f"suspicious part name {info.filename!r}")
        if info.flag_bits & 0x1:
            raise _fail(file, "the package is encrypted")
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_bytes:
        raise _fail(file, f"unpacks to {total // (1024 * 1024)} MB, more than the "
                          f"{limits.max_total_bytes // (1024 * 1024)} MB allowed (zip bomb?)")
    for info in infos:
        _check_sizes(file, info, info.file_size, limits)


def _check_sizes(file: Path, info: zipfile.ZipInfo, size: int, limits: Limits) -> None:
    if info.filename.lower().endswith((".xml", ".rels")) and size > limits.max_xml_bytes:
        raise _fail(file, f"XML part {info.filename} is larger than "
                          f"{limits.max_xml_bytes // (1024 * 1024)} MB")
    if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
        raise _fail(file, f"part {info.filename} is compressed {size // max(info.compress_size, 1)}:1 "
                          "(zip bomb?)")


def _main_part(file: Path, archive: zipfile.ZipFile, kind: str) -> str:
    name = _NAMES[kind]
    names = set(archive.namelist())
    for required in ("[Content_Types].xml", "_rels/.rels"):
        if required not in names:
            raise _fail(file, f"not {_A_NAME[kind]}: the part {required} is missing")
    types = _read_limited(file, archive, "[Content_Types].xml", 1024 * 1024)
    if _MACRO_TYPES[kind].encode() in types:
        raise _fail(file, f"macro-enabled files are not read; save it as a plain .{kind}")
    other = next(k for k in KINDS if k != kind)
    for content_type in _MAIN_TYPES[kind]:
        match = re.search(rb'PartName="/([^"]+)"[^>]*ContentType="' + re.escape(content_type.encode()), types)
        if match is None:
            match = re.search(rb'ContentType="' + re.escape(content_type.encode())
                              + rb'"[^>]*PartName="/([^"]+)"', types)
        if match is not None:
            part = match.group(1).decode("utf-8", "replace")
            if part not in names:
                raise _fail(file, f"damaged {name}: the main part {part} is missing")
            return part
    if any(t.encode() in types for t in _MAIN_TYPES[other]):
        raise _fail(file, f"is {_A_NAME[other]}, not {_A_NAME[kind]}")
    raise _fail(file, f"not {_A_NAME[kind]}: it has no main document part")


def _read_limited(file: Path, archive: zipfile.ZipFile, member: str, limit: int) -> bytes:
    with archive.open(member) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _fail(file, f"part {member} is too large")
    return data


def _check_members(file: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                   limits: Limits) -> None:
    """Decompress every member once, counting real sizes (headers can lie) and looking for DTDs."""
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        size = 0
        tail = b""
        dtd = False
        is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
        with archive.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > info.file_size:
                    raise _fail(file, f"part {info.filename} is larger than its header says (zip bomb?)")
                if total > limits.max_total_bytes:
                    raise _fail(file, "unpacks to more than the size allowed (zip bomb?)")
                if is_xml and not dtd:
                    dtd = _DTD.search(tail + chunk) is not None
                    tail = chunk[-16:]
        _check_sizes(file, info, size, limits)
        if dtd:
            raise _fail(file, f"part {info.filename} declares a DTD or entities, which Office files never do")


def open_docx(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Any:
    """Check ``path`` with :func:`check_package`, then open it with python-docx.

    A ``.dotx`` template is accepted too. Returns a ``docx.document.Document``.

    Raises:
        InputFileError: the file is unsafe, broken or not a Word document.
    """
    import io

    import docx

    file = Path(path)
    check_package(file, "docx", limits)
    data = file.read_bytes()
    template = _MAIN_TYPES["docx"][1].encode()
    try:
        if template in _content_types(data):
            data = _as_document(data, template, _MAIN_TYPES["docx"][0].encode())
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types on malformed parts
        raise _fail(file, f"damaged Word document ({type(exc).__name__}: {exc})") from None


def open_xlsx(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Any:
    """Check ``path`` with :func:`check_package`, then open it with openpyxl (cached values).

    Returns an ``openpyxl.Workbook`` loaded with ``data_only=True``.

    Raises:
        InputFileError: the file is unsafe, broken or not an Excel workbook.
    """
    import openpyxl

    file = Path(path)
    check_package(file, "xlsx", limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions are not our concern
            return openpyxl.load_workbook(file, data_only=True)
    except Exception as exc:  # openpyxl raises many types on malformed parts
        raise _fail(file, f"damaged Excel workbook ({type(exc).__name__}: {exc})") from None


def _content_types(data: bytes) -> bytes:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("[Content_Types].xml")


def _as_document(data: bytes, old: bytes, new: bytes) -> bytes:
    """The package with its template content type replaced (python-docx opens documents only)."""
    import io

    out = io.BytesIO()
    with (zipfile.ZipFile(io.BytesIO(data)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(old, new)
            target.writestr(info, content)
    return out.getvalue()
