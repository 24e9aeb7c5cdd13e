"""Settings precedence (built-in < site < policy < user, locked keys win) and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from innodraft.core.paths import AppPaths, app_paths
from innodraft.core.settings import Settings, add_recent, load_settings, save_user_settings


@pytest.fixture
def paths(innodraft_home: Path) -> AppPaths:
    return app_paths()


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_defaults_when_nothing_is_configured(paths: AppPaths) -> None:
    loaded = load_settings(paths, policy={})
    assert loaded.values == Settings()
    assert loaded.warnings == ()
    assert set(loaded.sources.values()) == {"builtin"}


def test_paths_follow_innodraft_home(paths: AppPaths, innodraft_home: Path) -> None:
    assert paths.settings_file.is_relative_to(innodraft_home)
    assert paths.autosave_dir.is_relative_to(innodraft_home)
    assert paths.site_settings_file.is_relative_to(innodraft_home)


def test_site_overrides_builtin_and_user_overrides_site(paths: AppPaths) -> None:
    write(paths.site_settings_file, {"organisation": "Gemeente Site", "evaluator_count": 5,
                                     "ui_language": "nl"})
    write(paths.settings_file, {"organisation": "Mijn afdeling", "author": "Piet"})
    loaded = load_settings(paths, policy={})
    assert loaded.values.organisation == "Mijn afdeling"
    assert loaded.values.evaluator_count == 5
    assert loaded.values.ui_language == "nl"
    assert loaded.sources["organisation"] == "user"
    assert loaded.sources["evaluator_count"] == "site"
    assert loaded.sources["word_template"] == "builtin"


def test_locked_keys_beat_the_user(paths: AppPaths) -> None:
    write(paths.site_settings_file, {"word_template": "/srv/huisstijl.dotx",
                                     "locked": ["word_template"]})
    write(paths.settings_file, {"word_template": "/home/me/mine.docx"})
    loaded = load_settings(paths, policy={})
    assert loaded.values.word_template == "/srv/huisstijl.dotx"
    assert loaded.is_locked("word_template")
    assert loaded.sources["word_template"] == "site"


def test_policy_layer_beats_site_file_and_can_lock(paths: AppPaths) -> None:
    write(paths.site_settings_file, {"organisation": "from file"})
    write(paths.settings_file, {"organisation": "user", "ui_language": "en"})
    loaded = load_settings(paths, policy={"organisation": "from policy", "locked": ["organisation"]})
    assert loaded.values.organisation == "from policy"
    assert loaded.sources["organisation"] == "policy"
    assert loaded.values.ui_language == "en"


def test_user_cannot_set_site_only_keys(paths: AppPaths) -> None:
    write(paths.settings_file, {"extra_packs_dir": "/tmp/evil"})
    loaded = load_settings(paths, policy={})
    assert loaded.values.extra_packs_dir == ""
    assert any("site configuration" in w for w in loaded.warnings)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\x01binary", "", '"text"'])
def test_malformed_user_file_falls_back_with_one_warning(paths: AppPaths, content: str) -> None:
    write(paths.site_settings_file, {"organisation": "Site"})
    write(paths.settings_file, content)
    loaded = load_settings(paths, policy={})
    assert loaded.values.organisation == "Site"
    assert len(loaded.warnings) == 1
    assert str(paths.settings_file) in loaded.warnings[0]


def test_malformed_site_file_falls_back(paths: AppPaths) -> None:
    write(paths.site_settings_file, "{{{")
    write(paths.settings_file, {"author": "An"})
    loaded = load_settings(paths, policy={})
    assert loaded.values.author == "An"
    assert len(loaded.warnings) == 1


def test_bad_values_are_skipped_individually(paths: AppPaths) -> None:
    write(paths.settings_file, {"evaluator_count": "three", "enabled_packs": "nl", "author": "Ok",
                                "colour": "blue"})
    write(paths.site_settings_file, {"locked": "organisation"})
    loaded = load_settings(paths, policy={})
    assert loaded.values.author == "Ok"
    assert loaded.values.evaluator_count == 3
    assert loaded.values.enabled_packs == ["nl", "en"]
    assert len(loaded.warnings) == 4  # two bad values, one unknown key, bad 'locked'


def test_save_writes_only_changes_and_never_locked_keys(paths: AppPaths) -> None:
    write(paths.site_settings_file, {"organisation": "Site", "word_template": "/t.dotx",
                                     "locked": ["word_template"]})
    loaded = load_settings(paths, policy={})
    new = add_recent(loaded.values, "/p/a.innodraft")
    new.word_template = "/mine.docx"
    new.organisation = "Site"  # same as site default: not written
    new.author = "Jo"
    save_user_settings(loaded, new, paths)
    stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert stored == {"settings_version": 1, "author": "Jo", "recent_files": ["/p/a.innodraft"]}
    again = load_settings(paths, policy={})
    assert again.values.author == "Jo"
    assert again.values.word_template == "/t.dotx"


def test_saving_over_a_malformed_file_keeps_a_copy(paths: AppPaths) -> None:
    write(paths.settings_file, "{broken")
    loaded = load_settings(paths, policy={})
    save_user_settings(loaded, loaded.values, paths)
    copies = list(paths.user_config.glob("settings.json.corrupt-*"))
    assert len(copies) == 1 and copies[0].read_text() == "{broken"


def test_recent_files_are_unique_and_capped() -> None:
    settings = Settings()
    for i in range(15):
        settings = add_recent(settings, f"/p/{i % 12}.innodraft")
    assert settings.recent_files[0] == "/p/2.innodraft"
    assert len(settings.recent_files) == 10
    assert len(set(settings.recent_files)) == 10
