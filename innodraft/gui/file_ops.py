"""File commands: new, open, save, save as, recent files, import, recover, close prompt."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from innodraft.core.enums import Language
from innodraft.core.errors import InnodraftError, ProjectFileError
from innodraft.core.examples import example_path
from innodraft.core.model import Meta, Project

from innodraft.gui import i18n
from innodraft.gui.context import AppContext
from innodraft.gui.dialogs.recovery_dialog import RecoveryDialog
from innodraft.gui.document import ProjectDocument
from innodraft.gui.session import Autosaver, recoverable_entries

PROJECT_SUFFIX = ".innodraft"
"""File name extension of project files."""

IMPORT_SUFFIXES = (".docx", ".xlsx")
"""Documents that can be imported into a new project."""


def import_document(path: str | os.PathLike[str]) -> Project:
    """Read a Word or Excel specification into a new project (raises InnodraftError)."""
    from innodraft.importing import import_file

    return import_file(Path(path)).project


class FileOps(QObject):
    """The file commands of one window."""

    def __init__(self, window: QWidget, document: ProjectDocument, context: AppContext,
                 autosaver: Autosaver) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.context = context
        self.autosaver = autosaver

    # -- prompts -------------------------------------------------------------------------------
    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.document.is_modified():
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing it?")
                          .replace("%1", self.document.display_name()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("If you don't save, your changes are lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosaver.discard()
            return True
        return False

    # -- commands ------------------------------------------------------------------------------
    def new(self) -> bool:
        """Replace the project by an empty one."""
        if not self.maybe_save():
            return False
        lang = i18n.current_language()
        project = Project(meta=Meta(language=Language(lang), author=self.context.settings.values.author))
        self.document.replace(project, None)
        return True

    def open_dialog(self) -> bool:
        """Ask for a project file and open it."""
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), start,
            self.tr("innodraft projects (*.innodraft);;All files (*)"))
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str | os.PathLike[str], ask: bool = True) -> bool:
        """Open a project file (or import a .docx/.xlsx)."""
        if Path(path).suffix.lower() in IMPORT_SUFFIXES:
            return self.import_path(path, ask)
        if ask and not self.maybe_save():
            return False
        try:
            self.document.load(path)
        except ProjectFileError as exc:
            self._error(self.tr("Cannot open project"), str(exc))
            if not Path(path).exists():
                self.context.settings.forget(str(path))
            return False
        self.context.settings.remember(str(Path(path).resolve()))
        return True

    def open_example(self) -> bool:
        """Open the bundled example in the UI language (as an untitled copy)."""
        if not self.maybe_save():
            return False
        from innodraft.core import storage

        try:
            project = storage.load(example_path(i18n.current_language()))
        except (ProjectFileError, ValueError) as exc:
            self._error(self.tr("Cannot open example"), str(exc))
            return False
        self.document.replace(project, None)
        return True

    def import_dialog(self) -> bool:
        """Ask for a .docx/.xlsx and import it as a new project."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import specification"), "",
            self.tr("Word and Excel files (*.docx *.xlsx)"))
        return bool(path) and self.import_path(path)

    def import_path(self, path: str | os.PathLike[str], ask: bool = True) -> bool:
        """Import a specification document into a new, unsaved project."""
        if ask and not self.maybe_save():
            return False
        try:
            project = import_document(path)
        except ImportError:
            self._error(self.tr("Cannot import"), self.tr("The import module is not installed."))
            return False
        except (InnodraftError, OSError, ValueError) as exc:
            self._error(self.tr("Cannot import"), str(exc))
            return False
        self.document.replace(project, None, modified=True)
        return True

    def save(self) -> bool:
        """Save to the current file (asks for a name when there is none)."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask for a file name and save."""
        suggested = str(self.document.path) if self.document.path else (
            (self.document.project.meta.title.strip() or self.tr("project")) + PROJECT_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), suggested,
            self.tr("innodraft projects (*.innodraft)"))
        if not path:
            return False
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            self._error(self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")
            return False
        self.autosaver.discard()
        self.context.settings.remember(str(path.resolve()))
        return True

    # -- recovery ------------------------------------------------------------------------------
    def offer_recovery(self, crashed: bool) -> bool:
        """Show the recovery dialog when there is something to recover; True if recovered."""
        store = self.context.store
        if crashed:
            entries = recoverable_entries(store, self.context.start_state, self.context.session)
        else:
            entries = [e for e in store.recoverable() if e.key != f"untitled-{self.context.session}"
                       and e.key != self.autosaver.slot_key()]
        if not entries:
            if not crashed:
                QMessageBox.information(self.window, self.tr("Recover"),
                                        self.tr("There is no autosaved work to recover."))
            return False
        dialog = RecoveryDialog(entries, crashed, self.window)
        if not dialog.exec():
            return False
        if dialog.discard_all:
            for entry in entries:
                store.discard(entry)
            return False
        if dialog.chosen is None:
            return False
        return self.recover(dialog.chosen)

    def recover(self, entry: object) -> bool:
        """Open an autosave as a modified project bound to its original file."""
        from innodraft.core.autosave import try_load

        if not self.maybe_save():
            return False
        project = try_load(self.context.store, entry)  # type: ignore[arg-type]
        if project is None:
            self._error(self.tr("Cannot recover"), self.tr("The autosave is damaged."))
            return False
        source = getattr(entry, "source", None)
        self.document.replace(project, source, modified=True)
        self.autosaver.autosave_now()
        if getattr(entry, "key", "") != self.autosaver.slot_key():
            self.context.store.discard(entry)  # type: ignore[arg-type]
        return True
