"""Convert model dataclasses to JSON-compatible data and back, with checking.

One generic converter driven by the type hints of the dataclasses, so a new
field needs no serialisation code. :func:`from_data` checks every value and
reports the first problem with a path such as ``requirements[3].kind``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from innodraft.core.errors import SchemaError

T = TypeVar("T")

MAX_TEXT = 1_000_000
"""Longest accepted string (characters); longer text is a corrupt or hostile file."""


def field_types(cls: Any) -> dict[str, Any]:
    """Resolved type hints of a dataclass's fields (computed once per class)."""
    return _field_types(cls)


@cache
def _field_types(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def to_data(obj: Any) -> Any:
    """Return a JSON-compatible copy of a model object."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, dt.datetime):
        return obj.isoformat(timespec="seconds")
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_data(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    return obj


def from_data(cls: type[T], data: Any, path: str = "") -> T:
    """Build an instance of dataclass ``cls`` from JSON data.

    Missing keys take the field default; unknown keys and wrongly typed values
    raise :class:`SchemaError` naming the path.
    """
    return typing.cast(T, _convert(cls, data, path or cls.__name__))


def check_value(tp: Any, value: Any, path: str) -> Any:
    """Check (and normalise) a Python value against a type hint; used by commands."""
    return _convert(tp, to_data(value), path)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return _convert(non_none[0], value, path)
        raise SchemaError(path, "unsupported union type")  # pragma: no cover - model has none
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(tp, value, path)
    if origin is list:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected a list, found {_describe(value)}")
        (item_tp,) = typing.get_args(tp)
        return [_convert(item_tp, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected an object, found {_describe(value)}")
        _, val_tp = typing.get_args(tp)
        return {str(k): _convert(val_tp, v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except (ValueError, TypeError):
            allowed = ", ".join(repr(m.value) for m in tp)
            raise SchemaError(path, f"{value!r} is not one of {allowed}") from None
    if tp is str:
        if not isinstance(value, str):
            raise SchemaError(path, f"expected text, found {_describe(value)}")
        if len(value) > MAX_TEXT:
            raise SchemaError(path, f"text longer than {MAX_TEXT:,} characters")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise SchemaError(path, f"expected true or false, found {_describe(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            raise SchemaError(path, f"expected a whole number, found {_describe(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SchemaError(path, f"expected a number, found {_describe(value)}")
        if not math.isfinite(value):
            raise SchemaError(path, "number is not finite")
        return float(value)
    if tp is dt.datetime:
        return _parse_temporal(dt.datetime.fromisoformat, value, path, "date-time")
    if tp is dt.date:
        return _parse_temporal(dt.date.fromisoformat, value, path, "date (YYYY-MM-DD)")
    if tp is Any:
        return value
    raise SchemaError(path, f"unsupported type {tp!r}")  # pragma: no cover


def _parse_temporal(parse: Any, value: Any, path: str, what: str) -> Any:
    if not isinstance(value, str):
        raise SchemaError(path, f"expected a {what}, found {_describe(value)}")
    try:
        return parse(value)
    except ValueError:
        raise SchemaError(path, f"{value!r} is not a valid {what}") from None


def _convert_dataclass(cls: Any, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise SchemaError(path, f"expected an object, found {_describe(value)}")
    hints = field_types(cls)
    unknown = sorted(set(value) - set(hints))
    if unknown:
        raise SchemaError(f"{path}.{unknown[0]}", "unknown key")
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in value:
            kwargs[f.name] = _convert(hints[f.name], value[f.name], f"{path}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SchemaError(f"{path}.{f.name}", "required key is missing")
    return cls(**kwargs)
