"""Session marker, periodic autosave and detection of an unclean exit.

While the app runs, ``session.json`` in the user data folder lists the running
sessions (id and process id). A clean exit removes its entry. At start-up an
entry whose process is gone means that session crashed (or was killed); the
app then offers the autosaves :meth:`AutosaveStore.recoverable` finds, except
those of sessions that are still running.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from innodraft.core import atomic
from innodraft.core.autosave import AutosaveEntry, AutosaveStore, new_session_id, slot_key
from innodraft.core.paths import AppPaths

from innodraft.gui.document import ProjectDocument


def pid_alive(pid: int) -> bool:
    """True when a process with ``pid`` exists."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class StartState:
    """What the marker file said at start-up."""

    unclean: bool
    """A previous session ended without removing its entry."""
    crashed_sessions: tuple[str, ...]
    live_sessions: tuple[str, ...]


class SessionMarker:
    """Reads and writes the list of running sessions in ``session.json``."""

    def __init__(self, paths: AppPaths, session: str | None = None) -> None:
        self.file = paths.session_file
        self.session = session or new_session_id()

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        sessions = data.get("sessions") if isinstance(data, dict) else None
        return sessions if isinstance(sessions, dict) else {}

    def _write(self, sessions: dict[str, dict[str, object]]) -> None:
        if not sessions:
            with contextlib.suppress(OSError):
                self.file.unlink()
            return
        self.file.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_atomic(self.file, json.dumps({"sessions": sessions}, indent=1).encode("utf-8"))

    def start(self) -> StartState:
        """Register this session; report sessions that ended uncleanly (and forget them)."""
        sessions = self._read()
        crashed, live = [], []
        for sid, info in list(sessions.items()):
            pid = info.get("pid") if isinstance(info, dict) else None
            if isinstance(pid, int) and pid_alive(pid) and pid != os.getpid():
                live.append(sid)
            else:
                crashed.append(sid)
                del sessions[sid]
        sessions[self.session] = {"pid": os.getpid(),
                                  "started": dt.datetime.now().isoformat(timespec="seconds")}
        with contextlib.suppress(OSError):
            self._write(sessions)
        return StartState(bool(crashed), tuple(crashed), tuple(live))

    def stop(self) -> None:
        """Remove this session's entry (clean exit)."""
        sessions = self._read()
        sessions.pop(self.session, None)
        with contextlib.suppress(OSError):
            self._write(sessions)


def recoverable_entries(store: AutosaveStore, state: StartState, own_session: str) -> list[AutosaveEntry]:
    """Autosaves worth offering after an unclean exit (not those of running sessions)."""
    if not state.unclean:
        return []
    skip = {f"untitled-{sid}" for sid in (*state.live_sessions, own_session)}
    return [e for e in store.recoverable() if e.key not in skip]


class Autosaver(QObject):
    """Writes the open project to its autosave slot every ``interval`` seconds when changed."""

    saved = Signal(str)
    """Emitted with the autosave file path."""
    failed = Signal(str)

    def __init__(self, document: ProjectDocument, store: AutosaveStore, session: str,
                 interval_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.session = session
        self._saved_revision = document.revision
        self._slot_source: Path | None = document.path
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave_now)
        self.set_interval(interval_s)
        document.path_changed.connect(self._on_path_changed)
        document.modified_changed.connect(self._on_modified)

    def set_interval(self, seconds: int) -> None:
        """Change the interval (0 turns autosave off)."""
        self.timer.stop()
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def autosave_now(self) -> bool:
        """Autosave if the project changed since the last autosave; True when written."""
        if not self.document.is_modified() or self.document.revision == self._saved_revision:
            return False
        try:
            entry = self.store.save(self.document.project, self.document.path, self.session)
        except OSError as exc:
            self.failed.emit(str(exc))
            return False
        self._saved_revision = self.document.revision
        self._slot_source = self.document.path
        self.saved.emit(str(entry.file))
        return True

    def discard(self) -> None:
        """Delete this project's autosave slot (saved or closed on purpose)."""
        self.store.discard_for(self._slot_source, self.session)
        if self.document.path != self._slot_source:
            self.store.discard_for(self.document.path, self.session)
        self._saved_revision = self.document.revision

    def _on_path_changed(self, _path: object) -> None:
        # the old slot (untitled or the previous file) is obsolete once the file is saved
        if self._slot_source != self.document.path:
            self.store.discard_for(self._slot_source, self.session)
            self._slot_source = self.document.path

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def slot_key(self) -> str:
        """Key of the current slot (for tests)."""
        return slot_key(self.document.path, self.session)
