"""Migration machinery: registered steps run in order; gaps and failures are clear."""

from __future__ import annotations

import json
from typing import Any

import pytest

from innodraft.core import migrations, storage
from innodraft.core.errors import ProjectFileError
from innodraft.core.model import FORMAT_VERSION


def test_steps_run_in_order_and_stamp_the_version() -> None:
    seen: list[int] = []

    def step(n: int) -> Any:
        def fn(data: dict[str, Any]) -> dict[str, Any]:
            seen.append(n)
            return {**data, f"step{n}": True}
        return fn

    registry = {0: step(0), 1: step(1), 2: step(2)}
    data, applied = migrations.migrate({"x": 1}, 0, target=3, registry=registry)
    assert seen == applied == [0, 1, 2]
    assert data == {"x": 1, "step0": True, "step1": True, "step2": True, "format_version": 3}


def test_gap_in_the_chain_is_reported() -> None:
    with pytest.raises(migrations.MigrationGap, match="from format 1"):
        migrations.migrate({}, 0, target=3, registry={0: dict})


def test_registering_twice_is_an_error() -> None:
    registry_before = dict(migrations.MIGRATIONS)
    try:
        migrations.migration(900)(dict)
        with pytest.raises(ValueError, match="twice"):
            migrations.migration(900)(dict)
    finally:
        migrations.MIGRATIONS.clear()
        migrations.MIGRATIONS.update(registry_before)


def test_loading_an_old_file_runs_the_registered_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate format FORMAT_VERSION-1 with a renamed key to exercise the load path."""
    old = FORMAT_VERSION - 1

    def rename(data: dict[str, Any]) -> dict[str, Any]:
        data["meta"] = {"title": data.pop("titel")}
        return data

    monkeypatch.setitem(migrations.MIGRATIONS, old, rename)
    raw = json.dumps({"application": "innodraft", "format_version": old, "titel": "Oud"})
    assert storage.loads(raw.encode(), "old.innodraft").meta.title == "Oud"


def test_failing_migration_is_a_clear_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    old = FORMAT_VERSION - 1

    def broken(data: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("requirements")

    monkeypatch.setitem(migrations.MIGRATIONS, old, broken)
    raw = json.dumps({"application": "innodraft", "format_version": old})
    with pytest.raises(ProjectFileError, match=f"cannot upgrade from format {old}"):
        storage.loads(raw.encode(), "old.innodraft")


def test_too_old_without_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(migrations.MIGRATIONS, FORMAT_VERSION - 1, raising=False)
    raw = json.dumps({"application": "innodraft", "format_version": FORMAT_VERSION - 1})
    with pytest.raises(ProjectFileError, match="too old"):
        storage.loads(raw.encode(), "old.innodraft")
