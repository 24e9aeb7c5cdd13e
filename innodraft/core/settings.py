"""Application settings: built-in defaults < site (IT) < user, except locked keys.

The site layer is a JSON file in the platform's site-config folder
(``/etc/xdg/innodraft/site.json``, ``C:\\ProgramData\\innodraft\\innodraft\\site.json``) and, on
Windows, machine policy under ``HKLM\\Software\\Policies\\innodraft``. Keys the
site lists under ``"locked"`` cannot be changed by the user. A malformed file or
value never stops the app: it is reported once in ``warnings`` and skipped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innodraft.core import atomic, serde
from innodraft.core.errors import SchemaError
from innodraft.core.paths import AppPaths

SETTINGS_VERSION = 1
"""Version of the settings file layout."""

MAX_RECENT = 10
"""How many recent files are remembered."""

POLICY_KEY = r"Software\Policies\innodraft"
"""Registry key (under HKLM) holding machine policy on Windows."""


@dataclass
class Settings:
    """Every application option with its built-in default."""

    ui_language: str = ""
    """``nl``, ``en`` or empty for the system language."""
    organisation: str = ""
    """Organisation name used in exported documents."""
    word_template: str = ""
    """Path of a house-style .docx/.dotx template (empty: the built-in one)."""
    enabled_packs: list[str] = field(default_factory=lambda: ["nl", "en"])
    """Rule packs the linter runs."""
    extra_packs_dir: str = ""
    """Folder with organisation rule packs (usually set by IT)."""
    patterns_file: str = ""
    """Extra functional requirement patterns (YAML) for the guided helper."""
    procedure_bands_file: str = ""
    """Replacement for the default below-threshold procedure bands (YAML)."""
    evaluator_count: int = 3
    """Default number of evaluator sheets in the evaluation grid."""
    autosave_seconds: int = 60
    """Autosave interval; 0 disables autosave."""
    author: str = ""
    """Name recorded when a lint finding is accepted."""
    recent_files: list[str] = field(default_factory=list)


SITE_ONLY_KEYS = frozenset({"extra_packs_dir"})
"""Keys a user settings file may not set (only IT decides them)."""


@dataclass(frozen=True)
class LoadedSettings:
    """Effective settings with where each value came from."""

    values: Settings
    locked: frozenset[str]
    sources: dict[str, str]
    """Key -> ``builtin``, ``site``, ``policy`` or ``user``."""
    warnings: tuple[str, ...]
    site_values: dict[str, Any]
    """Values from the site layers (the defaults a user override is compared to)."""

    def is_locked(self, key: str) -> bool:
        """True when IT locked ``key``."""
        return key in self.locked


def _keys() -> dict[str, Any]:
    return serde.field_types(Settings)


def _read_json_object(path: Path, warnings: list[str]) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        raw = path.read_bytes()
        if len(raw) > 1_000_000:
            raise ValueError("file is larger than 1 MB")
        data = json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError) as exc:
        warnings.append(f"{path}: ignored, cannot be read ({exc}); using defaults")
        return {}
    if not isinstance(data, dict):
        warnings.append(f"{path}: ignored, expected a JSON object; using defaults")
        return {}
    return data


def _valid_values(data: dict[str, Any], origin: str, warnings: list[str],
                  exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    keys = _keys()
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key in ("locked", "settings_version"):
            continue
        if key not in keys:
            warnings.append(f"{origin}: unknown setting '{key}' ignored")
            continue
        if key in exclude:
            warnings.append(f"{origin}: '{key}' can only be set by the site configuration")
            continue
        try:
            values[key] = serde.check_value(keys[key], raw, key)
        except SchemaError as exc:
            warnings.append(f"{origin}: setting {exc.path} ignored ({exc.problem})")
    return values


def read_windows_policy() -> dict[str, Any]:
    """Read machine policy values from the registry (Windows only, else empty)."""
    if sys.platform != "win32":
        return {}
    import winreg

    result: dict[str, Any] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY)
    except OSError:
        return result
    with key:
        index = 0
        while True:
            try:
                name, value, kind = winreg.EnumValue(key, index)
            except OSError:
                break
            index += 1
            result[name] = _policy_value(name, value, kind)
    return result


def _policy_value(name: str, value: Any, kind: int) -> Any:
    """Registry values are strings or DWORDs; turn them into settings values."""
    hint = _keys().get(name)
    if name == "locked" or (hint is not None and getattr(hint, "__origin__", None) is list):
        if isinstance(value, list):  # REG_MULTI_SZ
            return [str(v) for v in value if str(v)]
        return [part.strip() for part in str(value).replace(",", ";").split(";") if part.strip()]
    if hint is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return value
    return value


def load_settings(paths: AppPaths, policy: dict[str, Any] | None = None) -> LoadedSettings:
    """Combine defaults, site file, Windows policy and user file."""
    warnings: list[str] = []
    sources = {key: "builtin" for key in _keys()}
    merged = serde.to_data(Settings())
    locked: set[str] = set()

    layers: list[tuple[str, dict[str, Any], str]] = [
        ("site", _read_json_object(paths.site_settings_file, warnings), str(paths.site_settings_file)),
        ("policy", read_windows_policy() if policy is None else policy, "machine policy"),
    ]
    site_values: dict[str, Any] = {}
    for origin, data, label in layers:
        raw_locked = data.get("locked", [])
        if isinstance(raw_locked, list) and all(isinstance(k, str) for k in raw_locked):
            locked.update(k for k in raw_locked if k in sources)
        else:
            warnings.append(f"{label}: 'locked' must be a list of setting names; ignored")
        for key, value in _valid_values(data, label, warnings).items():
            merged[key] = serde.to_data(value)
            site_values[key] = value
            sources[key] = origin

    user = _read_json_object(paths.settings_file, warnings)
    for key, value in _valid_values(user, str(paths.settings_file), warnings, SITE_ONLY_KEYS).items():
        if key in locked:
            continue
        merged[key] = serde.to_data(value)
        sources[key] = "user"

    values = serde.from_data(Settings, merged, "settings")
    values.recent_files = values.recent_files[:MAX_RECENT]
    return LoadedSettings(values, frozenset(locked), sources, tuple(warnings), site_values)


def save_user_settings(loaded: LoadedSettings, new: Settings, paths: AppPaths) -> None:
    """Write the user's own choices: keys that differ from site/built-in defaults.

    Locked and site-only keys are never written. A malformed existing file is
    kept as ``settings.json.corrupt-<time>`` before being replaced.
    """
    defaults = serde.to_data(Settings())
    for key, value in loaded.site_values.items():
        defaults[key] = serde.to_data(value)
    data: dict[str, Any] = {"settings_version": SETTINGS_VERSION}
    for f in dataclasses.fields(Settings):
        if f.name in loaded.locked or f.name in SITE_ONLY_KEYS:
            continue
        value = serde.to_data(getattr(new, f.name))
        if value != defaults.get(f.name):
            data[f.name] = value
    target = paths.settings_file
    target.parent.mkdir(parents=True, exist_ok=True)
    _preserve_if_malformed(target)
    atomic.write_atomic(target, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())


def _preserve_if_malformed(target: Path) -> None:
    if not target.is_file():
        return
    try:
        data = json.loads(target.read_bytes().decode("utf-8-sig"))
        if isinstance(data, dict):
            return
    except (OSError, ValueError):
        pass
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    with contextlib.suppress(OSError):
        target.replace(target.with_name(f"{target.name}.corrupt-{stamp}"))


def add_recent(settings: Settings, path: str) -> Settings:
    """Return settings with ``path`` first in the recent-files list."""
    recent = [path] + [p for p in settings.recent_files if p != path]
    return dataclasses.replace(settings, recent_files=recent[:MAX_RECENT])
