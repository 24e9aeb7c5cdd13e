"""What the running app knows beyond the open project: folders, settings, session."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from innodraft.core.autosave import AutosaveStore
from innodraft.core.paths import AppPaths, app_paths
from innodraft.core.settings import LoadedSettings, Settings, add_recent, load_settings, save_user_settings

from innodraft.gui.session import SessionMarker, StartState


class SettingsHolder(QObject):
    """The effective settings; emits ``changed`` after preferences were saved."""

    changed = Signal(object)

    def __init__(self, loaded: LoadedSettings, paths: AppPaths) -> None:
        super().__init__()
        self.loaded = loaded
        self.paths = paths
        self.values: Settings = loaded.values
        self.error = ""

    def update(self, new: Settings) -> bool:
        """Save the user's settings and make them effective (False if the file failed)."""
        self.values = new
        ok = True
        try:
            save_user_settings(self.loaded, new, self.paths)
            self.error = ""
        except OSError as exc:
            self.error = str(exc)
            ok = False
        self.changed.emit(new)
        return ok

    def remember(self, path: str) -> None:
        """Put ``path`` first in the recent files list and save."""
        self.update(add_recent(self.values, path))

    def forget(self, path: str) -> None:
        """Remove ``path`` from the recent files (it no longer opens)."""
        import dataclasses

        self.update(dataclasses.replace(
            self.values, recent_files=[p for p in self.values.recent_files if p != path]))


@dataclass
class AppContext:
    """Folders, settings, session marker and autosave store of this run."""

    paths: AppPaths
    settings: SettingsHolder
    marker: SessionMarker
    store: AutosaveStore
    start_state: StartState = field(default_factory=lambda: StartState(False, (), ()))

    @property
    def session(self) -> str:
        """This run's session id."""
        return self.marker.session

    @classmethod
    def create(cls, register: bool = True) -> AppContext:
        """Read settings and register the session (``register=False`` for tests/tools)."""
        paths = app_paths()
        holder = SettingsHolder(load_settings(paths), paths)
        marker = SessionMarker(paths)
        state = marker.start() if register else StartState(False, (), ())
        return cls(paths, holder, marker, AutosaveStore(paths.autosave_dir), state)
