"""Stand-ins for the linter's result records (same attribute names as innodraft.lint.model)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from innodraft.core.model import Project


@dataclass(frozen=True)
class FakeFinding:
    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    explanation: str = ""
    suggestion: str = ""
    basis: str = ""
    replacement: str | None = None


@dataclass(frozen=True)
class FakeItem:
    findings: tuple[FakeFinding, ...]
    accepted: tuple[FakeFinding, ...] = ()


@dataclass(frozen=True)
class FakeLint:
    requirements: Any
    suitability: Any = field(default_factory=lambda: MappingProxyType({}))


def finding(text: str, flagged: str, rule: str = "nl.test.rule", occurrence: int = 0,
            **extra: Any) -> FakeFinding:
    """A finding on the ``occurrence``-th appearance of ``flagged`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(flagged, start + 1)
    message = extra.pop("message", f"„{flagged}” is vaag.")
    return FakeFinding(rule=rule, category="vague", severity=extra.pop("severity", "warning"), start=start,
                       end=start + len(flagged), text=flagged, message=message, **extra)


def lint_for(project: Project, flags: dict[str, list[FakeFinding]],
             suitability: dict[str, list[FakeFinding]] | None = None) -> FakeLint:
    """A lint result with ``flags`` per requirement id (no findings elsewhere)."""
    reqs = {r.id: FakeItem(tuple(flags.get(r.id, ()))) for r in project.requirements}
    suit = {s.id: FakeItem(tuple((suitability or {}).get(s.id, ()))) for s in project.selection.suitability}
    return FakeLint(MappingProxyType(reqs), MappingProxyType(suit))
