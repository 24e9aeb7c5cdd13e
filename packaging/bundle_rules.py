"""What goes into the frozen bundle: data to collect and files to leave out.

Plain functions and tables, shared by ``innodraft.spec`` (which applies them to
PyInstaller's lists) and ``tests/packaging`` (which checks them without a
build). Everything is data-driven: new rule packs, models, templates,
translations and icons are picked up by folder, not listed one by one.

Names are PyInstaller destination names (``PySide6/Qt/plugins/platforms/
libqxcb.so``) with ``/`` separators; the rules work for Linux and Windows
names alike (``libqxcb.so`` and ``qwindows.dll`` both reduce to a stem).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
"""The source checkout (parent of ``packaging/``)."""

SPACY_LANGUAGES = frozenset({"nl", "en"})
"""spaCy language packages the linter uses. Others are collected only when spaCy imports them itself."""

DEV_ONLY_MODULES = ("innodraft.gui.build_translations", "innodraft.gui.screenshots")
"""innodraft modules that are developer tools, never run by the app."""

EXCLUDED_MODULES = (
    # Tests and test tools.
    "pytest", "_pytest", "pluggy", "hypothesis", "pytestqt", "py", "iniconfig",
    "spacy.tests", "thinc.tests", "srsly.tests", "numpy.tests", "numpy.f2py",
    "blis.tests", "preshed.tests", "cymem.tests", "murmurhash.tests", "lxml.html.tests", "openpyxl.tests",
    # Build-time data: the pipelines in models/ carry their lookup tables.
    "spacy_lookups_data",
    # GUI toolkits and notebooks we do not use.
    "tkinter", "_tkinter", "IPython", "matplotlib", "PIL", "PyQt5", "PyQt6", "PySide2",
    # Qt modules the app never imports (QtNetwork would bring TLS and network back ends).
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    # Optional thinc/spaCy back ends that are not installed or not wanted.
    "torch", "tensorflow", "mxnet", "cupy", "jax",
    # thinc's Python BLAS wrapper: 17 MiB, the whole BLIS library again next to blis.cy.
    # The runtime hook provides blis.py with the same gemm done by numpy.
    "blis.py",
    # TLS and OpenSSL hashes: the app makes no network connections, and hashlib falls
    # back to Python's own md5/sha1/sha2/sha3/blake2 modules. Leaves out libssl/libcrypto.
    "ssl", "_ssl", "_hashlib",
    # lxml parts python-docx and openpyxl do not use.
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
    # Line editing of the interactive console (and with it libreadline/libtinfo).
    "readline", "rlcompleter",
    # Developer tools.
    "mypy", "ruff", "jsonschema", "pydoc_data", "lib2to3", "setuptools", "pkg_resources", "distutils",
    *DEV_ONLY_MODULES,
)
"""Modules PyInstaller must not follow (passed as ``excludes``)."""

QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # Linux: X11, Wayland, headless; Windows: the native platform.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qdirect2d"}),
    # Not qgtk3: it would load the desktop's GTK against the bundle's older cairo/pango.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
"""Qt plugin folders kept, with the plugin stems kept in each (``None``: all of them).

Folders not listed (tls, networkinformation, egldeviceintegrations, generic,
printsupport, sqldrivers, ...) are left out: the app has no network, no
printing, no database and no embedded-device back ends.
"""

QT_LIBRARIES_DROPPED = frozenset({
    "Qt6Network", "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6EglFsKmsGbmSupport",
    "Qt6Pdf", "Qt6Quick", "Qt6Qml", "Qt6QmlModels", "Qt6QmlMeta", "Qt6QmlWorkerScript",
    "Qt6VirtualKeyboard", "Qt6VirtualKeyboardQml", "Qt6PrintSupport", "Qt6Sql",
    # Windows: the software OpenGL fallback (20 MiB); only OpenGL and Qt Quick views use it.
    "opengl32sw",
})
"""Qt libraries only the dropped plugins need, or nothing the app uses (matched by stem, any platform)."""

QT_TRANSLATION_LANGUAGES = frozenset({"nl", "en"})
"""Qt's own catalogues (``qtbase_nl.qm``) kept for these UI languages."""

_SOURCE_SUFFIXES = frozenset({".pyx", ".pxd", ".pxi", ".pyi", ".c", ".cpp", ".h", ".hh", ".hpp"})
"""Build sources that some packages ship next to their modules."""


def collect_tree(source: Path, dest: str, skip_suffixes: Iterable[str] = ()) -> list[tuple[str, str]]:
    """``(file, destination folder)`` pairs for every file under ``source``.

    ``__pycache__`` folders, hidden files and ``skip_suffixes`` are left out; the
    pairs are sorted so the bundle is the same on every build.
    """
    skip = frozenset(skip_suffixes)
    pairs = []
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if not path.is_file() or path.suffix in skip:
            continue
        if any(part == "__pycache__" or part.startswith(".") for part in rel.parts):
            continue
        pairs.append((str(path), str(PurePosixPath(dest, *rel.parts[:-1]))))
    return pairs


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Data files of the app: models, resources and the package's own data.

    * ``models/`` (saved spaCy pipelines with their licence files);
    * ``resources/`` (icons, compiled ``.qm`` translations; not the ``.ts`` sources);
    * every non-Python file inside the ``innodraft`` package (rule packs,
      procedure data, templates, example projects, patterns).
    """
    datas = collect_tree(root / "models", "models")
    datas += collect_tree(root / "resources", "resources", skip_suffixes={".ts"})
    datas += collect_tree(root / "innodraft", "innodraft", skip_suffixes={".py", ".pyc", ".pyo"})
    return datas


def app_hiddenimports(modules: Iterable[str]) -> list[str]:
    """The innodraft modules to bundle: all of them except the developer tools.

    The CLI loads its commands with ``importlib``, so PyInstaller cannot see
    them; listing every module also keeps new ones from being forgotten.
    """
    return sorted(m for m in modules if m.startswith("innodraft") and not _is_dev_only(m))


def _is_dev_only(module: str) -> bool:
    return any(module == d or module.startswith(d + ".") for d in DEV_ONLY_MODULES)


def spacy_module_wanted(module: str) -> bool:
    """True for spaCy modules collected as hidden imports.

    Language packages other than nl/en are left to PyInstaller's import
    analysis: spaCy imports a few (``xx``, ``ja``, ...) itself, those stay.
    """
    parts = module.split(".")
    if "tests" in parts:
        return False
    if len(parts) >= 3 and parts[1] == "lang":
        return parts[2] in SPACY_LANGUAGES or not _is_language_code(parts[2])
    return True


def _is_language_code(name: str) -> bool:
    return re.fullmatch(r"[a-z]{2,3}", name) is not None


def _stem(name: str) -> str:
    base = PurePosixPath(name).name
    base = base.split(".so")[0] if ".so" in base else base.rsplit(".", 1)[0]
    if base.startswith("lib"):
        base = base[3:]
    return base


def _qt_parts(name: str) -> tuple[str, ...] | None:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    for i in range(len(parts) - 1):
        if parts[i] in ("PySide6", "shiboken6") and i + 1 < len(parts):
            return parts[i + 1:]
    return None


def drop_reason(name: str, kind: str) -> str | None:
    """Why the bundle entry ``name`` of type ``kind`` is left out, or None to keep it."""
    norm = name.replace("\\", "/")
    parts = PurePosixPath(norm).parts
    if "__pycache__" in parts:
        return "bytecode cache"
    if any(p in ("tests", "testing") for p in parts[:-1]) and parts[0] in ("spacy", "thinc", "srsly", "blis"):
        return "tests"
    if parts[0] == "spacy" and len(parts) >= 3 and parts[1] == "lang" and _is_language_code(parts[2]) \
            and parts[2] not in SPACY_LANGUAGES and kind == "DATA":
        return "spaCy language data"
    if kind == "DATA" and PurePosixPath(norm).suffix in _SOURCE_SUFFIXES:
        return "build source"
    if _stem(norm) in QT_LIBRARIES_DROPPED:
        return "Qt library of a dropped plugin"
    qt = _qt_parts(norm)
    if qt is None:
        return None
    if qt[:2] == ("Qt", "plugins") and len(qt) >= 4:
        folder, stem = qt[2], _stem(qt[-1])
        if folder not in QT_PLUGINS_KEPT:
            return f"Qt plugin folder {folder}"
        kept = QT_PLUGINS_KEPT[folder]
        if kept is not None and stem not in kept:
            return f"Qt plugin {folder}/{stem}"
        return None
    if qt[:2] == ("Qt", "translations") and norm.endswith(".qm"):
        lang = re.search(r"_([a-z]{2})(?:_[A-Z]{2})?\.qm$", norm)
        if not (qt[-1].startswith("qtbase_") and lang and lang.group(1) in QT_TRANSLATION_LANGUAGES):
            return "Qt translation"
        return None
    return None


Toc = list[tuple[str, str, str]]
"""A PyInstaller TOC: ``(destination name, source or link target, type code)`` entries."""


def slim(binaries: Iterable[tuple[str, str, str]], datas: Iterable[tuple[str, str, str]]
         ) -> tuple[Toc, Toc, list[tuple[str, str]]]:
    """``(binaries, datas, dropped)``: the TOCs without the entries :func:`drop_reason` rejects.

    A symbolic link (``SYMLINK`` entry: name, relative target) goes when its
    target goes. ``dropped`` lists ``(name, reason)`` for the build report.
    """
    tocs = [list(binaries), list(datas)]
    dropped: list[tuple[str, str]] = []
    gone: set[str] = set()
    for toc in tocs:
        for name, _source, kind in toc:
            reason = drop_reason(name, kind)
            if reason is not None:
                gone.add(name.replace("\\", "/"))
                dropped.append((name, reason))

    def kept(entry: tuple[str, str, str]) -> bool:
        name = entry[0].replace("\\", "/")
        if name in gone:
            return False
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), entry[1].replace("\\", "/")))
            if target in gone:
                dropped.append((entry[0], "link to a left-out file"))
                return False
        return True

    kept_binaries = [e for e in tocs[0] if kept(e)]
    kept_datas = [e for e in tocs[1] if kept(e)]
    return kept_binaries, kept_datas, dropped


def orphan_libraries(binaries: Iterable[tuple[str, str, str]],
                     needed: Callable[[str], Iterable[str]]) -> set[str]:
    """Top-level shared libraries that nothing left in the bundle links against.

    PyInstaller collects the link-time dependencies of every binary before the
    Qt plugins are thinned out, so the system libraries of a dropped plugin
    (GTK's cairo and pango for ``qgtk3``, ...) stay behind. ``needed(source)``
    returns the library names a binary links against (``DT_NEEDED``). Roots are
    every binary inside a package folder plus the Python library the
    bootloader loads. Used on Linux only.
    """
    entries = [e for e in binaries if e[2] != "SYMLINK"]
    top = {PurePosixPath(e[0]).name: e for e in entries if "/" not in e[0].replace("\\", "/")}
    stack = [e for e in entries if "/" in e[0].replace("\\", "/")]
    stack += [e for name, e in top.items() if name.startswith(("libpython", "python"))]
    reached = {PurePosixPath(e[0]).name for e in stack}
    while stack:
        entry = stack.pop()
        for lib in needed(entry[1]):
            name = PurePosixPath(lib).name
            if name in top and name not in reached:
                reached.add(name)
                stack.append(top[name])
    return {entry[0] for name, entry in top.items() if name not in reached}


NEVER_STRIPPED = ("numpy/", "numpy.libs/", "scipy/", "scipy.libs/", "libscipy_openblas", "libgfortran",
                  "libquadmath")
"""Bundle paths whose ELF files are never stripped on Linux.

Stripping numpy and its OpenBLAS breaks the import (``ELF load command
address/offset not page-aligned``, feasibility §7): auditwheel-patched
libraries (``*.libs/`` folders) do not survive ``strip``. Every other shared
library (spaCy, thinc, blis, Qt, the Python extension modules) is stripped with
``strip --strip-unneeded``, which keeps the dynamic symbols they are loaded by.
"""


def strippable(rel: str) -> bool:
    """True when the bundle file ``rel`` (relative to ``_internal``) may be stripped."""
    rel = rel.replace("\\", "/")
    if rel.startswith(NEVER_STRIPPED) or any(part.endswith(".libs") for part in rel.split("/")[:-1]):
        return False
    return rel.endswith(".so") or ".so." in rel
