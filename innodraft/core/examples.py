"""The bundled example projects (a Dutch and an English innovation tender)."""

from __future__ import annotations

from pathlib import Path

from innodraft.core import storage
from innodraft.core.model import Project

EXAMPLES_DIR = Path(__file__).resolve().parent / "data" / "examples"
"""Folder holding the example ``.innodraft`` files."""

EXAMPLES = {"nl": "slimme-openbare-verlichting.innodraft", "en": "zero-emission-logistics.innodraft"}
"""Example file per language."""


def example_path(lang: str = "nl") -> Path:
    """Path of the bundled example project for ``lang`` (``nl`` or ``en``)."""
    try:
        return EXAMPLES_DIR / EXAMPLES[lang]
    except KeyError:
        raise ValueError(f"no example project for language {lang!r}") from None


def load_example(lang: str = "nl") -> Project:
    """Load the bundled example project for ``lang``."""
    return storage.load(example_path(lang))
