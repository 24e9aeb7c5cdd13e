"""Result records of the linter: findings, lint context, per-item and project results.

Everything here is a frozen dataclass built from plain values, so results can
cross threads (the GUI lints on a worker thread) and be compared in tests.
This module imports nothing heavy; spaCy stays in :mod:`innodraft.lint.nlp`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from innodraft.core.model import Project

SEVERITIES = ("info", "warning", "error")
"""Severities from mild to serious."""

SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
"""Severity name -> rank (0 info, 1 warning, 2 error)."""

SCORED_CATEGORIES = ("brand", "prescriptive", "vague", "proportionality", "discrimination")
"""The five categories the issue defines and the evaluation scores."""

CATEGORIES = (*SCORED_CATEGORIES, "formal", "style")
"""Every category a rule may have. ``formal``: legal form (standards without
"of gelijkwaardig"); ``style``: plain-language and requirement-writing hints."""

LANGUAGES = ("nl", "en")
"""Languages with a built-in rule pack."""


@dataclass(frozen=True, order=False)
class Finding:
    """One problem found in one text.

    ``start``/``end`` are offsets in Python characters (code points) into the
    linted text; ``text == linted_text[start:end]``. They never split a base
    character from its combining marks. Qt widgets count UTF-16 units: convert
    with :func:`utf16_span`.
    """

    rule: str
    """Stable rule id, e.g. ``nl.brand.without-equivalent``."""
    category: str
    severity: str
    start: int
    end: int
    text: str
    """The matched text."""
    message: str
    """One line, in the rule pack's language."""
    explanation: str = ""
    """Why this matters (a short paragraph)."""
    suggestion: str = ""
    """How to rewrite the requirement."""
    basis: str = ""
    """Legal or normative basis, e.g. "Aanbestedingswet 2012 art. 2.76"."""
    replacement: str | None = None
    """A concrete rewrite of ``text`` when the rule can offer one ("apply suggestion")."""

    @property
    def rank(self) -> int:
        """Severity rank: 0 info, 1 warning, 2 error."""
        return SEVERITY_RANK[self.severity]

    def sort_key(self) -> tuple[Any, ...]:
        """Position first, then the most serious, then rule id (deterministic)."""
        return (self.start, self.end, -self.rank, self.category, self.rule, self.message)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict of every field."""
        return {
            "rule": self.rule, "category": self.category, "severity": self.severity,
            "start": self.start, "end": self.end, "text": self.text,
            "message": self.message, "explanation": self.explanation,
            "suggestion": self.suggestion, "basis": self.basis,
            "replacement": self.replacement,
        }


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings in the deterministic order of :meth:`Finding.sort_key`."""
    return sorted(findings, key=Finding.sort_key)


def at_least(findings: Iterable[Finding], severity: str) -> list[Finding]:
    """Findings whose severity is ``severity`` or more serious."""
    floor = SEVERITY_RANK[severity]
    return [f for f in findings if f.rank >= floor]


def utf16_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Convert code-point offsets into UTF-16 offsets (what Qt's QTextCursor uses)."""
    def units(s: str) -> int:
        return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)
    return units(text[:start]), units(text[:start]) + units(text[start:end])


def grapheme_safe(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so it does not cut combining marks or joiners off.

    The result stays inside ``[0, len(text)]`` and ``start <= end``.
    """
    n = len(text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    if (end >= n or text[end] < "\u0300") and (start >= n or text[start] < "\u0300") and (
            end == 0 or text[end - 1] != "\u200d"):
        return start, end
    while 0 < start < n and _is_joining(text[start]):
        start -= 1
    while end < n and _is_joining(text[end]):
        end += 1
    # a joiner that ends the span pulls in the next character too
    while end < n and end > start and text[end - 1] == "\u200d":
        end += 1
        while end < n and _is_joining(text[end]):
            end += 1
    return start, end


def _is_joining(ch: str) -> bool:
    """Combining marks, variation selectors, emoji modifiers and ZWJ attach to the left."""
    if unicodedata.combining(ch) or ch == "\u200d":
        return True
    cp = ord(ch)
    return (0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF
            or 0xE0020 <= cp <= 0xE007F or unicodedata.category(ch) in ("Mn", "Me"))


@dataclass(frozen=True)
class LintContext:
    """What the context-aware rules know about the tender.

    The defaults mean "unknown": rules that need a figure stay quiet or give
    advice instead of a verdict.
    """

    language: str = "auto"
    """``nl``, ``en`` or ``auto`` (detect per text)."""
    estimated_value: float | None = None
    """Estimated contract value in EUR excl. VAT (None: unknown)."""
    contract_type: str | None = None
    """``works``, ``supplies``, ``services``, ``social_services`` or None."""
    eu_procedure: bool | None = None
    """True above the EU threshold (then the Directive's 2x turnover advice applies too)."""
    allow: tuple[str, ...] = ()
    """Terms the buyer legitimately requires; a finding whose text contains one is dropped."""
    disabled_rules: frozenset[str] = frozenset()
    """Rule ids (or id prefixes ending in ``.``) that never report."""
    item_kind: str | None = None
    """``requirement`` or ``suitability`` when known (selection rules weigh heavier)."""
    figures: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    """Figures of a suitability item: ``amount``, ``years``, ``count`` (its kind: ``suitability_kind``)."""
    suitability_kind: str | None = None
    """:class:`~innodraft.core.enums.SuitabilityKind` value of the item being linted."""
    motivation: str = ""
    """The buyer's motivation of the item (e.g. the "zwaarwegende argumenten" for a turnover demand)."""

    @classmethod
    def from_project(cls, project: Project) -> LintContext:
        """Context of a project: language, estimated value, contract type, allow list."""
        from innodraft.core.value import estimate

        total = estimate(project.value).total
        return cls(
            language=str(project.meta.language),
            estimated_value=total if total > 0 else None,
            contract_type=str(project.meta.contract_type),
            allow=tuple(a for a in project.lint.allow if a.strip()),
            disabled_rules=frozenset(project.lint.disabled_rules),
        )

    def is_disabled(self, rule_id: str) -> bool:
        """True when ``rule_id`` or one of its dotted prefixes is disabled."""
        if not self.disabled_rules:
            return False
        if rule_id in self.disabled_rules:
            return True
        return any(d.endswith(".") and rule_id.startswith(d) for d in self.disabled_rules)


@dataclass(frozen=True)
class ItemLint:
    """Lint result of one requirement or suitability item."""

    item_id: str
    kind: str
    """``requirement`` or ``suitability``."""
    text: str
    language: str
    findings: tuple[Finding, ...]
    """All findings, sorted; accepted ones included."""
    accepted: tuple[Finding, ...]
    """The findings the buyer accepted (a subset of ``findings``)."""
    score: int
    """0-100; accepted findings do not deduct."""

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        """Findings that are not accepted."""
        return tuple(f for f in self.findings if f not in self.accepted)


@dataclass(frozen=True)
class ProjectLint:
    """Lint result of a whole project."""

    requirements: Mapping[str, ItemLint]
    """Requirement id -> result, in project order."""
    suitability: Mapping[str, ItemLint]
    """Suitability requirement id -> result, in project order."""
    score: int
    """Document score: the mean of the item scores (100 for an empty project)."""

    def items(self) -> tuple[ItemLint, ...]:
        """Requirements then suitability items."""
        return (*self.requirements.values(), *self.suitability.values())

    def counts(self) -> dict[str, int]:
        """Number of open (not accepted) findings per severity."""
        counts = dict.fromkeys(SEVERITIES, 0)
        for item in self.items():
            for f in item.open_findings:
                counts[f.severity] += 1
        return counts


def frozen_mapping(pairs: Iterable[tuple[str, ItemLint]]) -> Mapping[str, ItemLint]:
    """A read-only, insertion-ordered mapping."""
    return MappingProxyType(dict(pairs))
