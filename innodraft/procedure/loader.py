"""Reading the advisor's YAML data files, with errors that name file and key.

Only :mod:`innodraft.procedure` reads these files (architecture rule 7). The
bundled files are parsed once per process; a site file (the procedure bands)
is read fresh every time so that an edit by IT takes effect without restart.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from innodraft.core.errors import InnodraftError

DATA_DIR = Path(__file__).resolve().parent / "data"
"""Folder with the bundled data files."""

MAX_DATA_BYTES = 2_000_000
"""A data file larger than this is refused (a real one is a few kB)."""


class DataFileError(InnodraftError):
    """A data file is missing, unreadable or has a wrong value; ``where`` is ``file:key``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def read_yaml(path: str | os.PathLike[str]) -> Any:
    """Parse one YAML file (safe loader).

    Raises:
        DataFileError: the file is missing, too large, not UTF-8 or not valid YAML.
    """
    import yaml  # lazily: only the advisor needs PyYAML

    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise DataFileError(str(file), f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_DATA_BYTES:
        raise DataFileError(str(file), "file is larger than 2 MB")
    try:
        return yaml.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataFileError(str(file), "not a UTF-8 text file") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark is not None else str(file)
        raise DataFileError(where, f"not valid YAML ({getattr(exc, 'problem', exc)})") from None


@cache
def load_data(name: str) -> Any:
    """Parse a bundled data file by name (``thresholds.yaml``), once per process."""
    return read_yaml(DATA_DIR / name)


def _lookup(data: Any, key: str, where: str, key_where: str) -> Any:
    if not isinstance(data, Mapping):
        raise DataFileError(where, "expected a mapping")
    if key not in data:
        raise DataFileError(key_where, "missing")
    return data[key]


def top(data: Any, key: str, file: str) -> Any:
    """``data[key]`` of a file's top-level mapping; errors name ``file:key``."""
    return _lookup(data, key, file, f"{file}:{key}")


def section(data: Any, key: str, where: str) -> Any:
    """``data[key]`` of a mapping, or a :class:`DataFileError` naming ``where.key``."""
    return _lookup(data, key, where, f"{where}.{key}")


def as_mapping(value: Any, where: str) -> Mapping[str, Any]:
    """Check that ``value`` is a mapping."""
    if not isinstance(value, Mapping):
        raise DataFileError(where, "expected a mapping")
    return value


def as_list(value: Any, where: str) -> list[Any]:
    """Check that ``value`` is a list."""
    if not isinstance(value, list):
        raise DataFileError(where, "expected a list")
    return value


def as_str(value: Any, where: str) -> str:
    """Check that ``value`` is a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(where, "expected a non-empty text")
    return value


def as_amount(value: Any, where: str) -> float:
    """Check that ``value`` is a number >= 0 (booleans are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise DataFileError(where, "expected an amount >= 0")
    return float(value)


def as_days(value: Any, where: str) -> int:
    """Check that ``value`` is a whole number of days >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataFileError(where, "expected a whole number of days >= 0")
    return value


def as_date(value: Any, where: str) -> dt.date:
    """Check that ``value`` is a date (YAML parses ``2026-01-01`` to a date)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise DataFileError(where, "expected a date (YYYY-MM-DD)")
    return value


def as_strings(value: Any, where: str) -> tuple[str, ...]:
    """A string or a list of strings, as a tuple."""
    items = [value] if isinstance(value, str) else as_list(value, where)
    return tuple(as_str(item, f"{where}[{i}]") for i, item in enumerate(items))
