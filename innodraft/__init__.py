"""innodraft: a tender-drafting assistant for public buyers.

This module is the single source of the application's identity. The build
(pyproject), the PyInstaller spec and the MSI definition read these values.
"""

__version__ = "0.1.0"
"""Package version (PEP 440). The only place it is written down."""

APP_NAME = "innodraft"
"""Program name as shown to users and used for folders."""

APP_ID = "nl.innodraft.innodraft"
"""Reverse-domain application id (desktop files, Qt organisation domain)."""

ORG_NAME = "innodraft"
"""Publisher / organisation name used for settings folders."""

HELP_URL = "https://github.com/innodraft/innodraft"
"""Where users and IT find documentation (shown in Add/Remove Programs)."""

PROJECT_SUFFIX = ".innodraft"
"""File-name suffix of project files."""
