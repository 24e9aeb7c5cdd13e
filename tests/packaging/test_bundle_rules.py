"""What goes into the frozen bundle, checked on the rules alone (no PyInstaller run)."""

from __future__ import annotations

from pathlib import Path

import bundle_rules
import pytest

from tests.conftest import REPO


@pytest.mark.parametrize("module", [
    "pytest", "hypothesis", "spacy.tests", "spacy_lookups_data", "tkinter",
    "PySide6.QtNetwork", "ssl", "_ssl", "innodraft.gui.build_translations", "innodraft.gui.screenshots",
    "blis.py",
])
def test_left_out_modules(module: str) -> None:
    assert module in bundle_rules.EXCLUDED_MODULES


@pytest.mark.parametrize("module", ["blis", "blis.cy", "numpy", "hashlib", "cProfile", "socket"])
def test_modules_the_app_needs_are_not_excluded(module: str) -> None:
    # thinc's NumpyOps links against blis.cy; spaCy imports cProfile; hashlib works
    # without OpenSSL; socket itself stays (the standard library imports it everywhere).
    assert module not in bundle_rules.EXCLUDED_MODULES


@pytest.mark.parametrize(("name", "kind", "dropped"), [
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "BINARY", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY", False),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", "BINARY", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "BINARY", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "BINARY", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "BINARY", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "BINARY", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", "BINARY", True),
    ("PySide6/Qt6Network.dll", "BINARY", True),
    ("PySide6/opengl32sw.dll", "BINARY", True),
    ("PySide6/Qt6Widgets.dll", "BINARY", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "BINARY", False),
    ("PySide6/Qt/translations/qtbase_nl.qm", "DATA", False),
    ("PySide6/Qt/translations/qtbase_de.qm", "DATA", True),
    ("PySide6/Qt/translations/qtwebengine_nl.qm", "DATA", True),
    ("spacy/lang/de/stop_words.py", "DATA", True),
    ("spacy/lang/nl/lex_attrs.py", "DATA", False),
    ("spacy/tests/conftest.py", "DATA", True),
    ("spacy/tokens/doc.pyx", "DATA", True),
    ("docx/templates/default-comments.xml", "DATA", False),
    ("models/innodraft_nl/config.cfg", "DATA", False),
])
def test_drop_reason(name: str, kind: str, dropped: bool) -> None:
    assert (bundle_rules.drop_reason(name, kind) is not None) is dropped


def test_slim_drops_links_to_left_out_files() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Network.so.6", "/venv/libQt6Network.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, datas, dropped = bundle_rules.slim(binaries, [])
    assert [entry[0] for entry in kept] == ["PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]
    assert datas == []
    assert {name for name, _ in dropped} == {"PySide6/Qt/lib/libQt6Network.so.6", "libQt6Network.so.6"}


def test_orphan_libraries() -> None:
    binaries = [("PySide6/QtCore.abi3.so", "/v/QtCore.abi3.so", "EXTENSION"),
                ("libicuuc.so.73", "/v/libicuuc.so.73", "BINARY"),
                ("libgtk-3.so.0", "/v/libgtk-3.so.0", "BINARY"),
                ("libpython3.11.so.1.0", "/v/libpython3.11.so.1.0", "BINARY")]
    links = {"/v/QtCore.abi3.so": ["libicuuc.so.73"], "/v/libpython3.11.so.1.0": []}
    assert bundle_rules.orphan_libraries(binaries, lambda src: links.get(src, [])) == {"libgtk-3.so.0"}


@pytest.mark.parametrize(("rel", "strip"), [
    ("spacy/tokens/doc.cpython-311-x86_64-linux-gnu.so", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so", True),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", False),
    ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", False),
    ("libscipy_openblas64_-32a4b2a6.so", False),
    ("models/innodraft_nl/config.cfg", False),
])
def test_strippable(rel: str, strip: bool) -> None:
    assert bundle_rules.strippable(rel) is strip


def test_hidden_imports_keep_the_app_and_leave_out_developer_tools() -> None:
    modules = ["innodraft", "innodraft.cli.cmd_lint", "innodraft.gui.app", "innodraft.gui.screenshots",
               "innodraft.gui.build_translations", "spacy"]
    expected = ["innodraft", "innodraft.cli.cmd_lint", "innodraft.gui.app"]
    assert bundle_rules.app_hiddenimports(modules) == expected


def test_spacy_languages() -> None:
    assert bundle_rules.spacy_module_wanted("spacy.lang.nl.lemmatizer")
    assert bundle_rules.spacy_module_wanted("spacy.lang.char_classes")
    assert not bundle_rules.spacy_module_wanted("spacy.lang.de")
    assert not bundle_rules.spacy_module_wanted("spacy.tests.lang.test_nl")


def test_app_data_is_collected_by_folder() -> None:
    datas = bundle_rules.app_datas(REPO)
    dests = {(Path(source).name, dest) for source, dest in datas}
    assert any(dest.startswith("models/innodraft_nl") for _, dest in dests)
    assert any(name.endswith(".yaml") and dest.startswith("innodraft/lint/packs") for name, dest in dests)
    assert not any(name.endswith((".py", ".ts")) or "__pycache__" in dest for name, dest in dests)
