"""Architecture rules: Qt only in innodraft/gui; the core stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "innodraft"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py"))


@pytest.mark.parametrize("path", [p for p in _modules(PACKAGE) if "gui" not in p.relative_to(PACKAGE).parts],
                         ids=lambda p: str(p.relative_to(REPO)))
def test_no_qt_outside_gui(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6")
           or n.startswith("innodraft.gui")}
    if path.name == "entry.py":
        bad.discard("innodraft.gui.app")  # the launcher sits above CLI and GUI
    assert not bad, f"{path} imports {sorted(bad)}"


HEAVY = {"spacy", "yaml", "docx", "openpyxl", "PySide6", "thinc", "lxml"}


@pytest.mark.parametrize("path", _modules(PACKAGE / "core"), ids=lambda p: p.name)
def test_core_imports_no_heavy_libraries(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in HEAVY}
    layer_violations = {n for n in _imports(path)
                        if n.startswith("innodraft.") and not n.startswith("innodraft.core")}
    assert not bad and not layer_violations, f"{path}: {sorted(bad | layer_violations)}"


def test_importing_core_and_cli_loads_no_qt() -> None:
    code = ("import sys, innodraft.core.storage, innodraft.core.commands, innodraft.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'spacy', 'docx', 'openpyxl')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


FORBIDDEN = {
    "lint": ("innodraft.procedure", "innodraft.export", "innodraft.importing", "innodraft.cli",
             "innodraft.gui"),
    "procedure": ("innodraft.lint", "innodraft.export", "innodraft.importing", "innodraft.cli",
                  "innodraft.gui"),
    "export": ("innodraft.cli", "innodraft.gui"),
    "importing": ("innodraft.cli", "innodraft.gui", "innodraft.export"),
    "patterns": ("innodraft.lint", "innodraft.procedure", "innodraft.export", "innodraft.cli",
                 "innodraft.gui"),
    "cli": ("innodraft.gui",),
}
"""Layer rules of docs/architecture.md: who may not import whom."""


@pytest.mark.parametrize("path", [p for layer in FORBIDDEN for p in _modules(PACKAGE / layer)],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_import_only_downwards(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    bad = {n for n in _imports(path) if n.startswith(FORBIDDEN[layer])}
    assert not bad, f"{path} ({layer}) imports {sorted(bad)}"
