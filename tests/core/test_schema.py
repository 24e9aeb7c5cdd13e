"""The published JSON Schema is current, and project files validate against it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from innodraft.core import storage
from innodraft.core.examples import EXAMPLES_DIR
from innodraft.core.model import Project
from innodraft.core.schema import project_schema
from tests.conftest import REPO
from tests.factories import full_project

SCHEMA_FILE = REPO / "docs" / "project.schema.json"


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == project_schema(), "run: python -m innodraft.core.schema > docs/project.schema.json"


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(project_schema())


@pytest.mark.parametrize("project", [Project(), full_project()], ids=["empty", "full"])
def test_saved_projects_validate(project: Project) -> None:
    jsonschema.validate(json.loads(storage.dumps(project)), project_schema())


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("*.innodraft")), ids=lambda p: p.name)
def test_example_projects_validate(path: object) -> None:
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), project_schema())  # type: ignore[attr-defined]


def test_schema_rejects_what_the_loader_rejects() -> None:
    data = json.loads(storage.dumps(Project()))
    data["requirements"] = [{"id": "E-001", "kind": "maybe"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, project_schema())
