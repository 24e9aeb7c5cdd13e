"""The trimmed ICU data package: format round trip, what is kept, and a real rewrite."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import icu_data
import pytest

HEADER = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD" \
    + bytes([1, 0, 0, 0, 73, 0, 0, 0])
HEADER += b"\0" * (32 - len(HEADER))


def item(name: str, size: int) -> icu_data.Item:
    return icu_data.Item(f"icudt73l/{name}", bytes([size % 256]) * size)


def test_round_trip_keeps_items_and_sorts_names() -> None:
    items = [item("root.res", 37), item("coll/nl.res", 100), item("brkitr/word.brk", 16), item("nl.res", 1)]
    blob = icu_data.build_package(HEADER, items)
    header, parsed = icu_data.parse_package(blob)
    assert header == HEADER
    assert [i.name for i in parsed] == sorted(i.name for i in items)
    original = {i.name: i.data for i in items}
    for got in parsed:  # each item is padded with zeros to the next 16-byte boundary
        data = original[got.name]
        assert got.data[:len(data)] == data and not got.data[len(data):].strip(b"\0")
        assert len(got.data) == -(-len(data) // icu_data.ALIGN) * icu_data.ALIGN
    (count,) = struct.unpack_from("<I", blob, len(HEADER))
    offsets = [struct.unpack_from("<II", blob, len(HEADER) + 4 + 8 * n)[1] for n in range(count)]
    assert all(offset % icu_data.ALIGN == 0 for offset in offsets)


def test_refuses_what_is_not_common_data() -> None:
    with pytest.raises(ValueError):
        icu_data.parse_package(b"\x20\x00\x00\x00" + b"\0" * 60)


@pytest.mark.parametrize(("name", "size", "kept"), [
    ("root.res", 100, True), ("nl.res", 100, True), ("nl_BE.res", 100, True), ("en_GB.res", 100, True),
    ("coll/nl.res", 100, True), ("coll/ucadata.icu", 100, True), ("coll/sv.res", 100, False),
    ("de.res", 100, False), ("zh_Hant_TW.res", 100, False), ("curr/ja.res", 100, False),
    ("pool.res", 100, True), ("res_index.res", 100, True), ("supplementalData.res", 100, True),
    ("brkitr/word.brk", 100, True), ("brkitr/cjdict.dict", 100, False), ("translit/root.res", 100, False),
    ("ibm-5348_P100-1997.cnv", 50_000, True), ("gb18030.cnv", 200_000, False), ("uts46.nrm", 100, True),
])
def test_what_is_kept(name: str, size: int, kept: bool) -> None:
    assert icu_data.keep(icu_data.Item(f"icudt73l/{name}", b"\0" * size)) is kept


def _qt_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


BINUTILS = all(shutil.which(tool) for tool in ("as", "ld", "readelf"))


@pytest.mark.skipif(_qt_icu_data() is None or not BINUTILS,
                    reason="needs PySide6's ICU data library (Linux) and binutils")
def test_rewrite_of_qt_icu_data(tmp_path: Path) -> None:
    source = _qt_icu_data()
    assert source is not None
    library = tmp_path / source.name
    shutil.copyfile(source, library)
    before, after = icu_data.rewrite_library(library)
    assert after < before / 3
    symbol, offset, size = icu_data._symbol(library)
    assert symbol.startswith("icudt") and after > size
    with library.open("rb") as handle:
        handle.seek(offset)
        _, items = icu_data.parse_package(handle.read(size))
    names = {i.name.split("/", 1)[1] for i in items}
    assert {"root.res", "nl.res", "en.res", "coll/nl.res", "coll/ucadata.icu", "res_index.res"} <= names
    assert not {"de.res", "coll/sv.res", "brkitr/cjdict.dict"} & names
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True)
    assert f"[{source.name}]" in dynamic.stdout  # the same soname
