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
from innodraft.export.labels import label


@dataclass(frozen=True)
class TimelineRow:
    """One line of the planning table."""

    label: str
    date: dt.date | None
    """The planned date, else the statutory earliest date."""
    earliest: dt.date | None = None
    """Statutory earliest date (None: no minimum time limit)."""
    latest: dt.date | None = None
    """Statutory latest date (answers to questions)."""
    basis: str = ""
    planned: bool = True
    """False when ``date`` is the earliest lawful date because nothing is planned."""


@dataclass(frozen=True)
class ProcedureInfo:
    """The procedure chapter's content in the document language."""

    name: str
    """Name of the procedure as used in a sentence (``openbare procedure``)."""
    basis: str
    grounds: tuple[str, ...]
    """The legal grounds that allow this procedure (for procedures that need one)."""
    rationale: str
    timeline: tuple[TimelineRow, ...]
    problems: tuple[str, ...] = ()
    """Advisor warnings and timeline problems (shown in the review copy only)."""


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


def compute_advice(project: Project) -> Any:
    """Run the procedure advisor on ``project`` (with its planned dates); None if that fails."""
    procedure = _optional("innodraft.procedure")
    if procedure is None or not hasattr(procedure, "advise"):
        return None
    try:
        situation = procedure.Situation.from_project(project)
        return procedure.advise(situation, planned=procedure.planned_milestones(project))
    except Exception:  # the document falls back to the project's own timeline
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
    """The procedure chapter from the advice (if any) and the project's own choice.

    The chosen procedure is ``project.procedure.procedure_id``, else the
    advisor's recommendation; its timeline comes from the advisor with the
    project's planned dates, else from the project's milestones.
    """
    choice = project.procedure
    rows = tuple(TimelineRow(m.label or m.key, m.date) for m in project.timeline)
    if advice is None:
        return ProcedureInfo(choice.procedure_id or "", "", (), choice.rationale, rows)
    proc_id = choice.procedure_id or advice.recommended
    try:
        judged = advice.procedure(proc_id)
    except (KeyError, ValueError, LookupError):
        return ProcedureInfo(proc_id, "", (), choice.rationale, rows)
    name = _in_sentence(judged.name.get(lang))
    grounds = tuple(_ground_texts(advice, proc_id, judged.grounds_met, lang))
    labels = {m.key: m.label for m in project.timeline if m.key and m.label}
    items = advice.timeline_for(proc_id) if proc_id != advice.recommended else advice.timeline
    publication = project.meta.planned_publication
    timeline = tuple(TimelineRow(
        label=labels.get(item.key) or item.label.get(lang),
        date=item.planned or (publication if item.key == "publication" else None) or item.earliest,
        earliest=item.earliest, latest=item.latest, basis="; ".join(item.basis),
        planned=item.planned is not None or (item.key == "publication" and publication is not None))
        for item in items)
    problems = []
    if proc_id != advice.recommended:
        recommended = _in_sentence(advice.procedure(advice.recommended).name.get(lang))
        problems.append(label("proc.recommended_other", lang, procedure=recommended))
    problems += [p.get(lang) for item in items if (p := item.problem()) is not None]
    problems += [w.text.get(lang) for w in advice.warnings]
    return ProcedureInfo(name=name, basis="; ".join(judged.legal_basis), grounds=grounds,
                         rationale=choice.rationale, timeline=timeline or rows,
                         problems=tuple(dict.fromkeys(p for p in problems if p)))


def _in_sentence(name: str) -> str:
    """``Openbare procedure`` -> ``openbare procedure`` (acronyms stay)."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _ground_texts(advice: Any, proc_id: str, met: Iterable[str], lang: str) -> list[str]:
    procedure = _optional("innodraft.procedure")
    try:
        rule = procedure.catalog()[proc_id].regimes[advice.regime]
    except (AttributeError, KeyError):
        return []
    wanted = set(met)
    return [g.text.get(lang) for g in rule.grounds if g.id in wanted]


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
