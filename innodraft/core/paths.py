"""Where innodraft reads and writes: user/site folders, bundled data, models.

Folders come from platformdirs. The environment variable ``INNODRAFT_HOME``
puts every per-user folder under one directory (tests, portable use), and
``INNODRAFT_SITE_DIR`` overrides the site configuration folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from innodraft import APP_NAME, ORG_NAME

PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The ``innodraft`` package folder (inside ``_internal`` when frozen)."""


def bundle_root() -> Path:
    """Folder that holds ``models/`` and ``resources/``.

    In a PyInstaller bundle that is ``sys._MEIPASS``; in a source checkout the
    repository root (the parent of the package).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return PACKAGE_DIR.parent


def models_dir() -> Path:
    """Folder with the saved spaCy pipelines (``INNODRAFT_MODELS`` overrides)."""
    override = os.environ.get("INNODRAFT_MODELS")
    return Path(override) if override else bundle_root() / "models"


def resources_dir() -> Path:
    """Folder with GUI/installer assets (icons, translations)."""
    return bundle_root() / "resources"


@dataclass(frozen=True)
class AppPaths:
    """The folders innodraft uses for one user on one machine."""

    user_config: Path
    user_data: Path
    user_log: Path
    site_config: Path

    @property
    def settings_file(self) -> Path:
        """User settings (JSON)."""
        return self.user_config / "settings.json"

    @property
    def site_settings_file(self) -> Path:
        """Site settings provisioned by IT (JSON)."""
        return self.site_config / "site.json"

    @property
    def autosave_dir(self) -> Path:
        """Folder for autosaved copies of open projects."""
        return self.user_data / "autosave"

    @property
    def session_file(self) -> Path:
        """Marker that exists while the GUI runs (detects unclean exits)."""
        return self.user_data / "session.json"


def app_paths(env: dict[str, str] | None = None) -> AppPaths:
    """Return the folders for this user, honouring the override variables."""
    environ = os.environ if env is None else env
    home = environ.get("INNODRAFT_HOME")
    site_override = environ.get("INNODRAFT_SITE_DIR")
    if home:
        root = Path(home)
        paths = AppPaths(root / "config", root / "data", root / "log", root / "site")
    else:
        paths = AppPaths(
            Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME)),
            Path(platformdirs.site_config_dir(APP_NAME, ORG_NAME)),
        )
    if site_override:
        paths = AppPaths(paths.user_config, paths.user_data, paths.user_log, Path(site_override))
    return paths
