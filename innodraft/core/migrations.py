"""Upgrades of older project-file formats, registered per version.

A migration takes the raw JSON object of format ``n`` and returns the object of
format ``n + 1``. :func:`migrate` runs them in order up to
:data:`~innodraft.core.model.FORMAT_VERSION`. Migrations work on plain dicts,
never on model classes, so they keep working when the model changes later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from innodraft.core.model import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""Upgrade functions keyed by the version they upgrade *from*.

Format 1 is the first released format, so there is nothing to upgrade yet.
When the format changes, bump ``FORMAT_VERSION`` and add ``@migration(1)``
here together with a test that loads a saved format-1 file.
"""


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register ``fn`` as the upgrade from ``from_version`` to ``from_version + 1``."""

    def register(fn: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"migration from format {from_version} registered twice")
        MIGRATIONS[from_version] = fn
        return fn

    return register


class MigrationGap(Exception):
    """No upgrade path from a version (an internal error, not a user error)."""


def migrate(data: dict[str, Any], version: int, target: int = FORMAT_VERSION,
            registry: dict[int, Migration] | None = None) -> tuple[dict[str, Any], list[int]]:
    """Upgrade ``data`` from ``version`` to ``target``.

    Returns:
        The upgraded object (``format_version`` set to ``target``) and the list
        of versions that were upgraded from, for the log.
    """
    steps = MIGRATIONS if registry is None else registry
    applied: list[int] = []
    while version < target:
        fn = steps.get(version)
        if fn is None:
            raise MigrationGap(f"no migration from format {version}")
        data = fn(dict(data))
        applied.append(version)
        version += 1
        data["format_version"] = version
    return data, applied

