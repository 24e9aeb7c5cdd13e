"""Fixtures shared by all tests. Qt-free: the Qt fixtures live in tests/gui/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
"""Root of the source checkout."""

SHARED = REPO.parent / "shared"
"""Reference material next to the checkout (may be absent on CI)."""


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user and site folder at a fresh temporary folder.

    No test may read or write the real user's settings, autosaves or logs.
    """
    home = tmp_path_factory.mktemp("innodraft-home")
    monkeypatch.setenv("INNODRAFT_HOME", str(home))
    monkeypatch.delenv("INNODRAFT_SITE_DIR", raising=False)
    return home


@pytest.fixture
def innodraft_home() -> Path:
    """The temporary INNODRAFT_HOME of the current test."""
    return Path(os.environ["INNODRAFT_HOME"])
