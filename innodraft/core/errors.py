"""Exception hierarchy. Every error a user can cause is an :class:`InnodraftError`.

The CLI prints ``str(error)`` as one line; the GUI shows it in a message box.
Messages name the file and the problem and never contain a traceback.
"""

from __future__ import annotations

import os


class InnodraftError(Exception):
    """Base class for errors caused by input, files or settings."""


class SchemaError(InnodraftError):
    """A value in project data has the wrong shape; ``path`` says where."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ProjectFileError(InnodraftError):
    """A project file cannot be read; the file is left untouched."""

    def __init__(self, file: str | os.PathLike[str], problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = str(file)
        self.problem = problem


class NewerFormatError(ProjectFileError):
    """The file was written by a newer innodraft with a newer format."""


class CommandError(InnodraftError):
    """An edit command cannot be applied (unknown path, wrong value type)."""


class InputFileError(InnodraftError):
    """An input document (.txt, .docx, .xlsx, .json) cannot be used."""

    def __init__(self, file: str | os.PathLike[str], problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = str(file)
        self.problem = problem
