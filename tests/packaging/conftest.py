"""The packaging scripts live in ``packaging/`` (not a package): make them importable.

This folder has no ``__init__.py`` on purpose: as a package named ``packaging``
it would hide the ``packaging`` distribution that spaCy imports.
"""

from __future__ import annotations

import sys

from tests.conftest import REPO

PACKAGING = REPO / "packaging"
"""Folder of the build scripts, the spec, the WiX source and the policy templates."""

if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))  # last: the script names (build, smoke, msi...) hide nothing
