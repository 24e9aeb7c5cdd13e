"""A smaller ICU data library for the Linux bundle (30.5 MiB -> about 4 MiB).

PySide6's Qt on Linux links ICU, whose data library ``libicudata.so.NN`` holds
one symbol, ``icudtNN_dat``: an ICU *common data* package with every locale,
collation, converter, dictionary and transliterator ICU knows. Qt uses ICU for
collation, locale-specific case mapping and legacy text codecs; innodraft's
interface is Dutch or English and reads and writes UTF-8 only. So the package is
rewritten with:

* the locale data of ``root``, ``nl`` and ``en`` (and their regional variants)
  in every category (main, collation, currencies, language, region, unit and
  zone names, number spell-out, break rules);
* every item that is not locale data (collation base ``ucadata.icu``, break
  rules ``*.brk``, normalisation, properties, alias tables, the resource pools
  and indexes, supplemental data);
* single-byte codepage converters (``*.cnv`` up to 64 KiB);

and without the word dictionaries for CJK and South-East Asian line breaking,
the transliterators, multi-byte converters and the other ~700 locales. A lookup
of a dropped locale falls back to ``root``, as ICU does for any locale it lacks.

The new package is assembled into a shared library with the same soname and
symbol (GNU ``as`` and ``ld``, from binutils like ``strip``). Windows bundles are
not touched.

Format (ICU ``udata``): a header (``headerSize``, magic ``0xda 0x27``,
``UDataInfo`` with data format ``CmnD``), then at ``headerSize`` a table of
contents: ``count`` and ``count`` pairs of offsets (name, data) relative to the
table, names sorted (ICU searches them by bisection), items 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KEPT_LANGUAGES = frozenset({"root", "nl", "en"})
"""Locales whose data stays (with every regional variant: ``nl_BE``, ``en_GB``...)."""

DROPPED_FOLDERS = frozenset({"translit"})
"""Item folders left out entirely (transliteration: Qt never asks for it)."""

MAX_CONVERTER_BYTES = 64 * 1024
"""Larger converter tables (multi-byte CJK, EBCDIC DBCS) are left out."""

NOT_LOCALES = frozenset({"res_index", "pool"})
"""Resource names that look like locale ids but are ICU's locale index and key pool."""

_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*$")

ALIGN = 16


@dataclass(frozen=True)
class Item:
    """One named item of a common data package."""

    name: str
    """``icudt73l/coll/nl.res``: package prefix, folder, file."""
    data: bytes


def parse_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """``(header, items)`` of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if blob[8] != 0:
        raise ValueError("big-endian ICU data is not supported")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [*sorted(offset for _, offset in entries), len(toc)]
    following = {start: ends[i + 1] for i, start in enumerate(ends[:-1])}
    items = []
    for name_offset, data_offset in entries:
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        items.append(Item(name, toc[data_offset:following[data_offset]]))
    return blob[:header_size], items


def build_package(header: bytes, items: list[Item]) -> bytes:
    """A common data package of ``items`` (sorted by name) behind ``header``."""
    items = sorted(items, key=lambda item: item.name.encode("ascii"))
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for item in items:
        name_offsets.append(table_size + len(names))
        names += item.name.encode("ascii") + b"\0"
    position = _aligned(table_size + len(names))
    body = bytearray()
    data_offsets = []
    for item in items:
        data_offsets.append(position + len(body))
        body += item.data
        body += b"\0" * (_aligned(len(body)) - len(body))
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    head = table + names
    head += b"\0" * (position - len(head))
    return header + head + bytes(body)


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def keep(item: Item) -> bool:
    """True for the items the bundle keeps (see the module description)."""
    parts = item.name.split("/")
    folder = parts[1] if len(parts) > 2 else ""
    stem, _, suffix = parts[-1].rpartition(".")
    if folder in DROPPED_FOLDERS or suffix == "dict":
        return False
    if suffix == "cnv":
        return len(item.data) <= MAX_CONVERTER_BYTES
    locale = _LOCALE.match(stem) if suffix == "res" and stem not in NOT_LOCALES else None
    if locale is None:
        return True  # not locale data: pools, indexes, supplemental data, rules, properties
    return locale.group("lang") in KEPT_LANGUAGES


def trim(blob: bytes, wanted: Callable[[Item], bool] = keep) -> bytes:
    """The package ``blob`` with only the items ``wanted`` accepts."""
    header, items = parse_package(blob)
    return build_package(header, [item for item in items if wanted(item)])


def _symbol(library: Path) -> tuple[str, int, int]:
    """``(name, file offset, size)`` of the library's ``icudtNN_dat`` symbol."""
    out = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True,
                         check=True).stdout
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+"
                      r"(icudt\d+_dat)\s*$", out, re.MULTILINE)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    sections = subprocess.run(["readelf", "-W", "--sections", str(library)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, section_offset + address - section_address, size
    raise ValueError(f"{library}: no .rodata section")


def rewrite_library(library: Path) -> tuple[int, int]:
    """Replace ``library`` (``libicudata.so.NN``) by a trimmed one; returns (bytes before, after)."""
    for tool in ("readelf", "as", "ld"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(f"{tool} not found (install binutils)")
    symbol, offset, size = _symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        blob = handle.read(size)
    trimmed = trim(blob)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="icu-") as tmp:
        work = Path(tmp)
        (work / "data.bin").write_bytes(trimmed)
        (work / "data.s").write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
            '\t.incbin "data.bin"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        subprocess.run(["ld", "-shared", "-soname", library.name, "-o", "lib.so", "data.o"], cwd=work,
                       check=True)
        shutil.copyfile(work / "lib.so", library)
    return before, library.stat().st_size
