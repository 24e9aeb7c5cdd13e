"""Lint a whole project: requirements and suitability items, acceptance and scores."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from innodraft.lint.model import Finding, ItemLint, LintContext, ProjectLint, frozen_mapping

if TYPE_CHECKING:
    from innodraft.core.model import AcceptedFinding, Project
    from innodraft.core.settings import Settings

SCORING_FILE = Path(__file__).resolve().parent / "data" / "scoring.json"


@lru_cache(maxsize=1)
def _scoring() -> dict[str, Any]:
    return json.loads(SCORING_FILE.read_text(encoding="utf-8"))


def score(findings: Sequence[Finding]) -> int:
    """100 minus the deductions of ``findings`` (see ``data/scoring.json``), at least 0."""
    data = _scoring()
    total = float(data["start"])
    for f in findings:
        total -= data["deduction"][f.severity] * data["category_factor"].get(f.category, 1.0)
    return max(0, round(total))


def is_accepted(finding: Finding, accepted: Sequence[AcceptedFinding]) -> bool:
    """True when an acceptance has the finding's rule and matched text."""
    return any(a.rule == finding.rule and a.match == finding.text for a in accepted)


def item_result(item_id: str, kind: str, text: str, language: str, findings: Sequence[Finding],
                accepted: Sequence[AcceptedFinding]) -> ItemLint:
    """Bundle findings of one item with acceptance and score."""
    ok = tuple(f for f in findings if is_accepted(f, accepted))
    open_ = [f for f in findings if f not in ok]
    return ItemLint(item_id=item_id, kind=kind, text=text, language=language,
                    findings=tuple(findings), accepted=ok, score=score(open_))


def lint_project(project: Project, settings: Settings | None = None) -> ProjectLint:
    """Lint every requirement and suitability item of ``project``.

    The project's language chooses the rule pack; its estimated value and
    contract type feed the context-aware rules; its allow list and disabled
    rules apply everywhere. Suitability items are linted with their figures
    (amount, years, count) and motivation.
    """
    from innodraft.lint.nlp import get_linter

    base = LintContext.from_project(project)
    lang = base.language if base.language in ("nl", "en") else "nl"
    linter = get_linter(lang, settings)
    req_ctx = dataclasses.replace(base, item_kind="requirement")
    req_findings = linter.lint_many([r.text for r in project.requirements], req_ctx)
    requirements = frozen_mapping(
        (r.id, item_result(r.id, "requirement", r.text, lang, found, r.accepted))
        for r, found in zip(project.requirements, req_findings, strict=True))
    suit_items = project.selection.suitability
    contexts = []
    for s in suit_items:
        figures = {k: float(v) for k, v in (("amount", s.amount), ("years", s.years), ("count", s.count))
                   if v is not None}
        contexts.append(dataclasses.replace(
            base, item_kind="suitability", suitability_kind=str(s.kind),
            figures=MappingProxyType(figures), motivation=s.motivation))
    suit_findings = linter.lint_many([s.text for s in suit_items], contexts) if suit_items else []
    suitability = frozen_mapping(
        (s.id, item_result(s.id, "suitability", s.text, lang, found, s.accepted))
        for s, found in zip(suit_items, suit_findings, strict=True))
    scores = [i.score for i in (*requirements.values(), *suitability.values())]
    doc_score = round(sum(scores) / len(scores)) if scores else 100
    return ProjectLint(requirements=requirements, suitability=suitability, score=doc_score)
