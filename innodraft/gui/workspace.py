"""The objects that outlive a window: document, lint service, autosaver, context.

A UI-language switch rebuilds the window around the same workspace, so the
project, its undo history and the loaded linter stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from innodraft.gui.context import AppContext
from innodraft.gui.document import ProjectDocument
from innodraft.gui.lint_service import LintBackend, LintService
from innodraft.gui.session import Autosaver


class Workspace(QObject):
    """Document, linter and autosave of the running app."""

    def __init__(self, context: AppContext, document: ProjectDocument | None = None,
                 backend: LintBackend | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document = document or ProjectDocument(parent=self)
        self.lint = LintService(self.document, backend or LintBackend(context.settings.values), self)
        context.settings.changed.connect(self._on_settings_changed)
        self.autosaver = Autosaver(self.document, context.store, context.session,
                                   context.settings.values.autosave_seconds, self)
        self.closing_for_rebuild = False

    def _on_settings_changed(self, settings: object) -> None:
        backend = self.lint.backend
        old = getattr(backend, "settings", None)
        if getattr(old, "enabled_packs", None) != getattr(settings, "enabled_packs", None):
            self.lint.set_settings(settings)
        else:
            backend.settings = settings

    def start(self) -> None:
        """Start background services (the linter loads its pipelines)."""
        self.lint.start()

    def shutdown(self, clean: bool = True) -> None:
        """Stop services; a clean exit removes this session's marker entry."""
        self.autosaver.timer.stop()
        self.lint.shutdown()
        if clean:
            if not self.document.is_modified():
                self.autosaver.discard()
            self.context.marker.stop()
