"""Core of innodraft: the project model, edit commands, files and settings.

Pure Python plus platformdirs; never imports Qt, spaCy, python-docx or openpyxl.
"""

from innodraft.core.errors import InnodraftError, ProjectFileError
from innodraft.core.model import FORMAT_VERSION, Project, Requirement

__all__ = ["FORMAT_VERSION", "InnodraftError", "Project", "ProjectFileError", "Requirement"]
