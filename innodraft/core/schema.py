"""JSON Schema of the project file, generated from the model's type hints.

``python -m innodraft.core.schema > docs/project.schema.json`` regenerates the
published schema; a test checks that the committed file is current and that
the example projects validate against it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import types
import typing
from enum import Enum
from typing import Any

from innodraft.core import serde
from innodraft.core.model import FORMAT_VERSION, Project
from innodraft.core.storage import MAGIC

SCHEMA_ID = f"https://innodraft.nl/schema/project-v{FORMAT_VERSION}.json"
"""``$id`` of the schema (an identifier, never fetched)."""


def _doc(cls: type, name: str) -> str | None:
    """Attribute docstring of a dataclass field, read from the source if available."""
    return _field_docs(cls).get(name)


@typing.no_type_check
def _field_docs(cls: type) -> dict[str, str]:
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):  # frozen app without sources
        return {}
    body = tree.body[0].body
    docs = {}
    for node, following in itertools.pairwise(body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docs[node.target.id] = " ".join(following.value.value.split())
    return docs


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is dict:
        _, value = typing.get_args(tp)
        return {"type": "object", "additionalProperties": _type_schema(value, defs)}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    simple: dict[Any, dict[str, Any]] = {
              str: {"type": "string", "maxLength": serde.MAX_TEXT}, bool: {"type": "boolean"},
              int: {"type": "integer"}, float: {"type": "number"},
              dt.date: {"type": "string", "format": "date"},
              dt.datetime: {"type": "string", "format": "date-time"}}
    return dict(simple[tp])


def _dataclass_schema(cls: Any, defs: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        prop = _type_schema(serde.field_types(cls)[f.name], defs)
        doc = _doc(cls, f.name)
        if doc:
            prop = {"description": doc, **prop}
        props[f.name] = prop
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    schema: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if cls.__doc__:
        schema = {"description": " ".join(cls.__doc__.split()), **schema}
    if required:
        schema["required"] = required
    return schema


def project_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a ``.innodraft`` file."""
    defs: dict[str, Any] = {}
    body = _dataclass_schema(Project, defs)
    body["properties"] = {
        "application": {"const": MAGIC, "description": "Marks the file as an innodraft project."},
        "format_version": {"const": FORMAT_VERSION,
                           "description": "Version of this file format."},
        **body["properties"],
    }
    body["required"] = ["application", "format_version"]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "innodraft project file", **body, "$defs": dict(sorted(defs.items()))}


def main() -> None:
    """Print the schema as JSON."""
    print(json.dumps(project_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
