"""Autosave copies of open projects and recovery after an unclean exit.

Each open project has one autosave slot in the user data folder: a normal
project file (``<key>.innodraft``) and a small sidecar (``<key>.json``) naming
the original file. :meth:`AutosaveStore.recoverable` lists the slots that are
newer than their original (or whose original was never saved), which is what
the GUI offers after a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from innodraft.core import atomic, storage
from innodraft.core.errors import ProjectFileError
from innodraft.core.model import Project


@dataclass(frozen=True)
class AutosaveEntry:
    """One autosaved project."""

    key: str
    file: Path
    source: str | None
    """Original project file, None for a project never saved."""
    saved_at: dt.datetime
    title: str


def slot_key(source: str | os.PathLike[str] | None, session: str) -> str:
    """Key of the autosave slot for a project file (or an untitled one)."""
    if source is None:
        return f"untitled-{session}"
    digest = hashlib.sha256(str(Path(source).resolve()).encode("utf-8", "surrogatepass"))
    return "file-" + digest.hexdigest()[:20]


def new_session_id() -> str:
    """Random id that keeps untitled projects of different runs apart."""
    return uuid.uuid4().hex[:12]


class AutosaveStore:
    """The autosave folder."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def save(self, project: Project, source: str | os.PathLike[str] | None, session: str,
             now: dt.datetime | None = None) -> AutosaveEntry:
        """Write (or overwrite) the autosave slot of this project."""
        self.folder.mkdir(parents=True, exist_ok=True)
        key = slot_key(source, session)
        saved_at = (now or dt.datetime.now()).replace(microsecond=0)
        file = self.folder / f"{key}.innodraft"
        atomic.write_atomic(file, storage.dumps(project))
        meta = {
            "source": None if source is None else str(Path(source).resolve()),
            "saved_at": saved_at.isoformat(),
            "title": project.meta.title,
        }
        atomic.write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"))
        return AutosaveEntry(key, file, meta["source"], saved_at, project.meta.title)

    def entries(self) -> list[AutosaveEntry]:
        """All autosave slots with a readable sidecar, newest first."""
        result: list[AutosaveEntry] = []
        if not self.folder.is_dir():
            return result
        for sidecar in self.folder.glob("*.json"):
            file = sidecar.with_suffix(".innodraft")
            if not file.is_file():
                continue
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                saved_at = dt.datetime.fromisoformat(meta["saved_at"])
                source = meta.get("source")
                title = str(meta.get("title", ""))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            result.append(AutosaveEntry(sidecar.stem, file, source, saved_at, title))
        result.sort(key=lambda e: (e.saved_at, e.key), reverse=True)
        return result

    def recoverable(self) -> list[AutosaveEntry]:
        """Autosaves newer than the saved original (or with no saved original)."""
        found = []
        for entry in self.entries():
            if entry.source is None:
                found.append(entry)
                continue
            try:
                original = dt.datetime.fromtimestamp(Path(entry.source).stat().st_mtime)
            except OSError:
                found.append(entry)  # original gone: the autosave is all there is
                continue
            if entry.saved_at > original.replace(microsecond=0):
                found.append(entry)
        return found

    def load(self, entry: AutosaveEntry) -> Project:
        """Read the project of an autosave slot."""
        return storage.load(entry.file)

    def discard(self, entry_or_key: AutosaveEntry | str) -> None:
        """Delete an autosave slot."""
        key = entry_or_key.key if isinstance(entry_or_key, AutosaveEntry) else entry_or_key
        for suffix in (".innodraft", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()

    def discard_for(self, source: str | os.PathLike[str] | None, session: str) -> None:
        """Delete the slot of a project after it was saved or closed cleanly."""
        self.discard(slot_key(source, session))


def try_load(store: AutosaveStore, entry: AutosaveEntry) -> Project | None:
    """Load an autosave, or None when it is damaged (it is then left in place)."""
    try:
        return store.load(entry)
    except ProjectFileError:
        return None
