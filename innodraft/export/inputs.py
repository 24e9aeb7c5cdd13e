"""What the documents take from the analysers, in a shape of their own.

The tender document needs the procedure and its timeline (from
:mod:`innodraft.procedure`) and the review copy needs the lint findings (from
:mod:`innodraft.lint`). These adapters turn their results into
:class:`ProcedureInfo` and :class:`ReviewNote` so the document builder does not
depend on the analysers' classes, and fall back to what the project itself
says when an analyser is not available.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from innodraft.core.model import AcceptedFinding, Project


@dataclass(frozen=True)
class TimelineRow:
    """One line of the planning table."""

    label: str
    date: dt.date | None
    earliest: dt.date | None = None
    """Statutory earliest date, when the law sets a minimum time limit."""
    basis: str = ""


@dataclass(frozen=True)
class ProcedureInfo:
    """The procedure chapter's content in the document language."""

    name: str
    """Name of the procedure as used in a sentence (``openbare procedure``)."""
    basis: str
    reasons: tuple[str, ...]
    rationale: str
    timeline: tuple[TimelineRow, ...]


@dataclass(frozen=True)
class ReviewNote:
    """One lint finding (or kept acceptance) on a requirement or suitability item."""

    item_id: str
    """Requirement id (``E-001``) or suitability requirement id (``S-1``)."""
    rule: str
    start: int
    end: int
    message: str
    severity: str = ""
    explanation: str = ""
    basis: str = ""
    suggestion: str = ""
    replacement: str = ""
    accepted: AcceptedFinding | None = None


def _optional(module: str) -> Any:
    """Import an analyser module, or None when it is not (yet) there."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _text(value: Any, lang: str) -> str:
    """A text attribute that may be a plain string or an ``{nl, en}`` pair."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or value.get("nl") or "")
    for attr in (lang, "en", "nl"):
        found = getattr(value, attr, None)
        if isinstance(found, str) and found:
            return found
    return str(value)


def compute_advice(project: Project) -> Any:
    """Run the procedure advisor on ``project``; None if it is unavailable or fails."""
    procedure = _optional("innodraft.procedure")
    if procedure is None or not hasattr(procedure, "advise"):
        return None
    try:
        return procedure.advise(procedure.Situation.from_project(project))
    except Exception:  # the document falls back to the project's own choice
        return None


def compute_lint(project: Project, settings: Any = None) -> tuple[Any, str]:
    """Run the linter on ``project``: ``(result, "")``, or ``(None, why not)``."""
    for name in ("innodraft.lint", "innodraft.lint.project"):
        module = _optional(name)
        if module is not None and hasattr(module, "lint_project"):
            try:
                return module.lint_project(project, settings), ""
            except Exception as exc:  # a broken rule pack must not stop the review copy
                return None, f"the requirement checker failed ({type(exc).__name__}: {exc})"
    return None, "the requirement checker is not available"


def procedure_info(project: Project, advice: Any, lang: str) -> ProcedureInfo:
    """The procedure chapter from the advice (if any) and the project's own choice."""
    choice = project.procedure
    name, basis, reasons = choice.procedure_id or "", "", ()
    rows = [TimelineRow(m.label or m.key, m.date) for m in project.timeline]
    if advice is not None:
        recommended = getattr(advice, "procedure", None) or getattr(advice, "recommended", None)
        if recommended is not None and (not choice.procedure_id
                                        or getattr(recommended, "id", None) == choice.procedure_id):
            name = _text(getattr(recommended, "name", None), lang) or name
            basis = _text(getattr(recommended, "basis", None), lang)
            reasons = tuple(_text(r, lang) for r in getattr(advice, "reasons", ()) or ())
        rows = _merge_timeline(project, getattr(advice, "timeline", ()) or (), lang) or rows
    return ProcedureInfo(name=name, basis=basis, reasons=tuple(r for r in reasons if r),
                         rationale=choice.rationale, timeline=tuple(rows))


def _merge_timeline(project: Project, items: Iterable[Any], lang: str) -> list[TimelineRow]:
    """Advice timeline items with the project's planned dates filled in by key."""
    planned = {m.key: m for m in project.timeline if m.key}
    rows = []
    seen = set()
    for item in items:
        key = getattr(item, "key", "")
        milestone = planned.get(key)
        seen.add(key)
        rows.append(TimelineRow(
            label=(milestone.label if milestone and milestone.label else _text(getattr(item, "label", key), lang)),
            date=milestone.date if milestone and milestone.date else getattr(item, "date", None),
            earliest=getattr(item, "earliest", None),
            basis=_text(getattr(item, "basis", ""), lang)))
    rows.extend(TimelineRow(m.label or m.key, m.date) for m in project.timeline if m.key not in seen)
    return rows


def review_notes(project: Project, lint: Any) -> list[ReviewNote]:
    """Every finding per requirement and suitability item, plus acceptances the linter did not report.

    Findings whose offsets do not match the item's text (the text changed
    after linting) are re-anchored on the first occurrence of the flagged
    words, else on the whole text.
    """
    items = [(r.id, r.text, r.accepted) for r in project.requirements]
    items += [(s.id, s.text, s.accepted) for s in project.selection.suitability]
    per_item = _findings_by_item(lint)
    notes: list[ReviewNote] = []
    for item_id, text, accepted_list in items:
        used: set[int] = set()
        for finding in per_item.get(item_id, ()):
            start, end = _anchor(text, getattr(finding, "start", 0), getattr(finding, "end", 0),
                                 getattr(finding, "text", ""))
            accepted = _matching_acceptance(accepted_list, finding, text[start:end], used)
            notes.append(ReviewNote(
                item_id=item_id, rule=str(getattr(finding, "rule", "")), start=start, end=end,
                message=str(getattr(finding, "message", "")),
                severity=str(getattr(finding, "severity", "")),
                explanation=str(getattr(finding, "explanation", "") or ""),
                basis=str(getattr(finding, "basis", "") or ""),
                suggestion=str(getattr(finding, "suggestion", "") or ""),
                replacement=str(getattr(finding, "replacement", "") or ""),
                accepted=accepted))
        for index, acceptance in enumerate(accepted_list):
            if index in used:
                continue
            start, end = _anchor(text, -1, -1, acceptance.match)
            notes.append(ReviewNote(item_id=item_id, rule=acceptance.rule, start=start, end=end,
                                    message="", accepted=acceptance))
    return notes


def _findings_by_item(lint: Any) -> dict[str, list[Any]]:
    """Item id -> findings, from a :class:`innodraft.lint.model.ProjectLint`."""
    result: dict[str, list[Any]] = {}
    if lint is None:
        return result
    for attr in ("requirements", "suitability"):
        per = getattr(lint, attr, None)
        if isinstance(per, Mapping):
            for item_id, item in per.items():
                result.setdefault(str(item_id), []).extend(getattr(item, "findings", ()) or ())
    return result


def _anchor(text: str, start: int, end: int, flagged: str) -> tuple[int, int]:
    """A valid, non-empty (when possible) span of ``text`` for a comment."""
    if 0 <= start < end <= len(text) and (not flagged or text[start:end] == flagged):
        return start, end
    if flagged:
        found = text.find(flagged)
        if found < 0:
            found = text.lower().find(flagged.lower())
        if found >= 0:
            return found, found + len(flagged)
    if 0 <= start < end <= len(text):
        return start, end
    return 0, len(text)


def _matching_acceptance(accepted: list[AcceptedFinding], finding: Any, flagged: str,
                         used: set[int]) -> AcceptedFinding | None:
    rule = str(getattr(finding, "rule", ""))
    for index, acceptance in enumerate(accepted):
        if index not in used and acceptance.rule == rule and acceptance.match == flagged:
            used.add(index)
            return acceptance
    if getattr(finding, "accepted", False):
        for index, acceptance in enumerate(accepted):
            if index not in used and acceptance.rule == rule:
                used.add(index)
                return acceptance
    return None
