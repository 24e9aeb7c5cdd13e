"""Autosave slots and the recovery list."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from innodraft.core import storage
from innodraft.core.autosave import AutosaveStore, new_session_id, try_load
from innodraft.core.model import Project
from innodraft.core.paths import app_paths


def _project(title: str) -> Project:
    project = Project()
    project.meta.title = title
    return project


def test_untitled_autosave_is_recoverable(tmp_path: Path) -> None:
    store = AutosaveStore(app_paths().autosave_dir)
    session = new_session_id()
    store.save(_project("Concept"), None, session)
    entries = store.recoverable()
    assert [e.title for e in entries] == ["Concept"]
    assert store.load(entries[0]).meta.title == "Concept"
    store.discard_for(None, session)
    assert store.recoverable() == []


def test_autosave_newer_than_file_is_offered_older_is_not(tmp_path: Path) -> None:
    store = AutosaveStore(tmp_path / "auto")
    source = tmp_path / "p.innodraft"
    storage.save(_project("saved"), source)
    past = dt.datetime.now() - dt.timedelta(hours=1)
    store.save(_project("older edit"), source, "s1", now=past)
    assert store.recoverable() == []
    future = dt.datetime.now() + dt.timedelta(minutes=5)
    store.save(_project("newer edit"), source, "s1", now=future)
    (entry,) = store.recoverable()
    assert entry.source == str(source.resolve())
    assert store.load(entry).meta.title == "newer edit"
    assert storage.load(source).meta.title == "saved"  # the original is untouched


def test_one_slot_per_file_across_sessions(tmp_path: Path) -> None:
    store = AutosaveStore(tmp_path / "auto")
    source = tmp_path / "p.innodraft"
    store.save(_project("a"), source, "s1")
    store.save(_project("b"), source, "s2")
    assert len(store.entries()) == 1


def test_deleted_original_makes_autosave_recoverable(tmp_path: Path) -> None:
    store = AutosaveStore(tmp_path / "auto")
    source = tmp_path / "gone.innodraft"
    storage.save(_project("x"), source)
    store.save(_project("edit"), source, "s", now=dt.datetime.now() - dt.timedelta(days=1))
    os.remove(source)
    assert [e.title for e in store.recoverable()] == ["edit"]


def test_damaged_slots_are_skipped_not_fatal(tmp_path: Path) -> None:
    store = AutosaveStore(tmp_path / "auto")
    entry = store.save(_project("ok"), None, "s")
    (tmp_path / "auto" / "junk.json").write_text("{nope")
    (tmp_path / "auto" / "junk.innodraft").write_text("{}")
    assert [e.key for e in store.entries()] == [entry.key]
    entry.file.write_text("garbage")
    assert try_load(store, entry) is None
    assert entry.file.exists()


def test_missing_folder_lists_nothing(tmp_path: Path) -> None:
    assert AutosaveStore(tmp_path / "none").recoverable() == []
