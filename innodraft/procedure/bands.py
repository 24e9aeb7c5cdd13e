"""Below-threshold procedure bands: built-in defaults, replaceable by site config.

The defaults (``data/bands.yaml``) are indicative and UNVERIFIED. An
organisation's own bands come from the ``procedure_bands_file`` setting (same
YAML format, see the comments in the default file). A bands file that cannot
be used never stops the advice: :func:`configured_bands` falls back to the
defaults and records the problem, which the advice shows as a warning.
:func:`load_bands` is the strict reader (raises), for validation tools and tests.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from innodraft.core.enums import ContractType
from innodraft.core.paths import AppPaths, app_paths
from innodraft.core.settings import load_settings
from innodraft.procedure.catalog import PROCEDURE_IDS
from innodraft.procedure.loader import (
    DATA_DIR,
    DataFileError,
    as_amount,
    as_list,
    as_mapping,
    as_str,
    as_strings,
    read_yaml,
    section,
    top,
)

STATUSES = ("unverified", "verified")
"""Band table status; ``unverified`` is shown as a warning with every advice."""

THRESHOLD = "threshold"
"""``below:`` value meaning "up to the EU threshold of the advice"."""

BUILT_IN = "built-in"
"""``BandTable.origin`` of the bundled defaults."""


@dataclass(frozen=True)
class Band:
    """Values from ``low`` up to (not including) ``below`` use ``procedures``, preferred first."""

    low: float
    below: float
    """``math.inf`` for the band that ends at the EU threshold."""
    procedures: tuple[str, ...]

    def high(self, threshold: float) -> float:
        """Upper limit with the EU threshold filled in."""
        return min(self.below, threshold)


@dataclass(frozen=True)
class BandTable:
    """Bands per contract type, with where they came from."""

    status: str
    source: str
    bands: Mapping[str, tuple[Band, ...]]
    origin: str = BUILT_IN
    """File path, or :data:`BUILT_IN`."""
    problem: str | None = None
    """Why a configured file was not used (the defaults were used instead)."""

    @property
    def verified(self) -> bool:
        """True when the table is marked ``verified`` (an organisation's own policy)."""
        return self.status == "verified"

    def band_for(self, contract: ContractType, value: float, threshold: float) -> Band | None:
        """The band containing ``value`` (None at or above the threshold)."""
        for band in self.bands[ContractType(contract).value]:
            if band.low <= value < band.high(threshold):
                return band
        return None


def _bands(raw: object, where: str) -> tuple[Band, ...]:
    bands: list[Band] = []
    low = 0.0
    items = as_list(raw, where)
    for i, item in enumerate(items):
        iwhere = f"{where}[{i}]"
        below_raw = section(item, "below", iwhere)
        below = math.inf if below_raw == THRESHOLD else as_amount(below_raw, f"{iwhere}.below")
        if below <= low:
            raise DataFileError(f"{iwhere}.below", "bands must be in increasing order")
        procs = as_strings(section(item, "procedures", iwhere), f"{iwhere}.procedures")
        unknown = [p for p in procs if p not in PROCEDURE_IDS]
        if unknown or not procs:
            raise DataFileError(f"{iwhere}.procedures", f"unknown or no procedure id {unknown[:1]}")
        bands.append(Band(low, below, procs))
        low = below
    if not bands or bands[-1].below != math.inf:
        raise DataFileError(where, f"the last band must end at '{THRESHOLD}'")
    return tuple(bands)


def load_bands(path: str | Path) -> BandTable:
    """Read and check a bands file.

    Raises:
        DataFileError: unreadable file or a wrong value; the message names file and key.
    """
    name = str(path)
    data = as_mapping(read_yaml(path), name)
    status = as_str(top(data, "status", name), f"{name}:status")
    if status not in STATUSES:
        raise DataFileError(f"{name}:status", f"expected one of {', '.join(STATUSES)}")
    table = as_mapping(top(data, "bands", name), f"{name}:bands")
    unknown = set(table) - {c.value for c in ContractType}
    if unknown:
        raise DataFileError(f"{name}:bands.{sorted(unknown)[0]}", "unknown contract type")
    bands = {c.value: _bands(section(table, c.value, f"{name}:bands"), f"{name}:bands.{c.value}")
             for c in ContractType}
    return BandTable(status=status, source=as_str(top(data, "source", name), f"{name}:source"),
                     bands=bands, origin=name)


def default_bands() -> BandTable:
    """The bundled indicative bands (UNVERIFIED)."""
    table = load_bands(DATA_DIR / "bands.yaml")
    return BandTable(table.status, table.source, table.bands, BUILT_IN)


def configured_bands(paths: AppPaths | None = None) -> BandTable:
    """Bands from the ``procedure_bands_file`` setting, else the defaults.

    A relative path is taken relative to the site configuration folder. If the
    file cannot be used, the defaults are returned with ``problem`` set.
    """
    paths = paths or app_paths()
    setting = load_settings(paths).values.procedure_bands_file.strip()
    if not setting:
        return default_bands()
    file = Path(setting).expanduser()
    if not file.is_absolute():
        file = paths.site_config / file
    try:
        return load_bands(file)
    except DataFileError as exc:
        fallback = default_bands()
        return BandTable(fallback.status, fallback.source, fallback.bands, BUILT_IN, problem=str(exc))
