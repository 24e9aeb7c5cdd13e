"""Every QAction of the main window: text, shortcut, icon and tip in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from innodraft.gui.resources import icon

Key = QKeySequence.StandardKey


class Actions(QObject):
    """The window's actions; ``main_window`` connects them to their handlers."""

    def __init__(self, undo_stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.new = self._make(self.tr("&New"), "new", Key.New, self.tr("Start a new project"))
        self.open = self._make(self.tr("&Open…"), "open", Key.Open, self.tr("Open a project file"))
        self.open_example = self._make(self.tr("Open &example project"), "", None,
                                       self.tr("Open the bundled example project"))
        self.import_doc = self._make(self.tr("&Import Word or Excel…"), "import", "Ctrl+I",
                                     self.tr("Read requirements from a .docx or .xlsx file"))
        self.save = self._make(self.tr("&Save"), "save", Key.Save, self.tr("Save the project"))
        self.save_as = self._make(self.tr("Save &As…"), "save-as", Key.SaveAs,
                                  self.tr("Save the project under another name"))
        if self.save_as.shortcut().isEmpty():
            self.save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.recover = self._make(self.tr("&Recover autosaved work…"), "recover", None,
                                  self.tr("Show autosaved projects that were not saved"))
        self.export = self._make(self.tr("&Export documents…"), "step-export", "Ctrl+E",
                                 self.tr("Go to the Export step"))
        self.quit = self._make(self.tr("&Quit"), "", Key.Quit, self.tr("Close innodraft"))
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setIcon(icon("undo"))
        self.undo.setShortcut(QKeySequence(Key.Undo))
        self.redo = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setIcon(icon("redo"))
        self.redo.setShortcuts([QKeySequence(Key.Redo), QKeySequence("Ctrl+Y")]
                               if QKeySequence(Key.Redo) != QKeySequence("Ctrl+Y")
                               else [QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.preferences = self._make(self.tr("&Preferences…"), "preferences", Key.Preferences,
                                      self.tr("Language, organisation, template and defaults"))
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.add_requirement = self._make(self.tr("Add &requirement"), "add", "Ctrl+Shift+N",
                                          self.tr("Add a requirement on the Requirements step"))
        self.next_finding = self._make(self.tr("Next &finding"), "findings", "F8",
                                       self.tr("Jump to the next open lint finding"))
        self.next_step = self._make(self.tr("Next step"), "", "Ctrl+PgDown", "")
        self.prev_step = self._make(self.tr("Previous step"), "", "Ctrl+PgUp", "")
        self.about = self._make(self.tr("&About innodraft"), "help", None, "")
        self.steps: list[QAction] = []

    def _make(self, text: str, icon_name: str, shortcut: Key | str | None, tip: str) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def make_step(self, number: int, title: str, icon_name: str) -> QAction:
        """Action ``Ctrl+<number>`` that shows a step."""
        action = self._make(f"&{number} {title}", icon_name, f"Ctrl+{number}",
                            self.tr("Go to step %1").replace("%1", title))
        action.setCheckable(True)
        self.steps.append(action)
        return action
