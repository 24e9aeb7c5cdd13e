"""SIGKILL during save never leaves a corrupt or missing project file.

The full stress (200+ kills) is ``benchmarks/stress_save.py``; the test suite
runs a shorter round plus a control round proving the check detects damage.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "benchmarks" / "stress_save.py"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=300, check=False)


def test_atomic_save_survives_random_kills() -> None:
    proc = _run("--kills", "25", "--seed", "11")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    summary = proc.stdout.strip().splitlines()[-1]
    assert "kills=25 corrupt=0 lost=0 bad_backup=0" in summary


def test_control_plain_overwrite_is_detected() -> None:
    proc = _run("--kills", "6", "--seed", "3", "--unsafe")
    assert proc.returncode == 1, proc.stdout
    assert "corrupt=0" not in proc.stdout
