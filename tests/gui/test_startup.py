"""Start-up in a subprocess (a second QApplication in the test process would abort), preferences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from innodraft.core.examples import example_path
from tests.conftest import REPO

from innodraft.gui.app import parse_args


def run_app(args: list[str], home: Path, quit_ms: str = "200") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INNODRAFT_HOME=str(home),
               INNODRAFT_SMOKE_QUIT_MS=quit_ms)
    return subprocess.run([sys.executable, "-m", "innodraft", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_smoke_start_and_quit(innodraft_home: Path) -> None:
    done = run_app([], innodraft_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("innodraft-smoke: ok startup_ms=")
    # a clean exit leaves no session entry behind (no recovery offer next time)
    marker = innodraft_home / "data" / "session.json"
    assert not marker.exists() or json.loads(marker.read_text())["sessions"] == {}


def test_open_file_given_on_the_command_line(innodraft_home: Path) -> None:
    done = run_app([str(example_path("en"))], innodraft_home, "1500")
    assert done.returncode == 0, done.stderr
    settings = json.loads((innodraft_home / "config" / "settings.json").read_text())
    assert settings["recent_files"] == [str(example_path("en").resolve())]


def test_parse_args() -> None:
    assert parse_args(["a.innodraft"]) == ("a.innodraft", None)
    assert parse_args(["--quit-after", "50"]) == (None, 50)
    assert parse_args(["--quit-after=7", "b.innodraft"]) == ("b.innodraft", 7)


def test_preferences_show_locked_settings_read_only(qtbot: Any, innodraft_home: Path) -> None:
    from innodraft.core.settings import Settings

    from innodraft.gui.context import AppContext
    from innodraft.gui.dialogs.preferences_dialog import PreferencesDialog

    site = innodraft_home / "site"
    site.mkdir(parents=True, exist_ok=True)
    (site / "site.json").write_text(json.dumps({
        "organisation": "Gemeente Waalstede", "word_template": "/huisstijl/leidraad.dotx",
        "locked": ["organisation", "word_template"]}), encoding="utf-8")
    context = AppContext.create(register=False)
    holder = context.settings
    dialog = PreferencesDialog(holder.loaded, holder.values)
    qtbot.addWidget(dialog)
    assert not dialog.organisation.isEnabled()
    assert dialog.organisation.text() == "Gemeente Waalstede"
    assert "organisation" in dialog.organisation.accessibleDescription().lower() or \
        "organisatie" in dialog.organisation.accessibleDescription().lower()
    assert not dialog.template.isEnabled()
    assert dialog.author.isEnabled()
    dialog.author.setText("A. Inkoper")
    dialog.organisation.setText("Iets anders")  # cannot happen through the UI; must be ignored
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.autosave.setValue(30)
    new = dialog.result_settings()
    assert isinstance(new, Settings)
    assert new.organisation == "Gemeente Waalstede"
    assert (new.author, new.ui_language, new.autosave_seconds) == ("A. Inkoper", "nl", 30)
    assert holder.update(new)
    stored = json.loads(context.paths.settings_file.read_text())
    assert "organisation" not in stored and stored["author"] == "A. Inkoper"


@pytest.mark.parametrize("packs", [["nl"], ["nl", "en"]])
def test_rule_pack_choice_round_trips(qtbot: Any, packs: list[str]) -> None:
    import dataclasses

    from innodraft.gui.context import AppContext
    from innodraft.gui.dialogs.preferences_dialog import PreferencesDialog

    holder = AppContext.create(register=False).settings
    current = dataclasses.replace(holder.values, enabled_packs=packs)
    dialog = PreferencesDialog(holder.loaded, current)
    qtbot.addWidget(dialog)
    assert dialog.result_settings().enabled_packs == packs
