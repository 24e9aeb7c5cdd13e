"""Turn the advisor's :class:`~innodraft.procedure.Advice` into rows for the Procedure page.

:func:`advise_project` runs on a worker thread with a project snapshot; the row
helpers pick the UI language out of the advisor's bilingual ``Text`` values.
Milestone labels are GUI texts (translated where they are shown).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from innodraft.core.model import Project


def advise_project(project: Project) -> Any:
    """Run the procedure advisor for ``project``, with its planned milestones."""
    from innodraft.procedure import Situation, advise, planned_milestones

    return advise(Situation.from_project(project), planned=planned_milestones(project))


def text(value: Any, lang: str) -> str:
    """A bilingual ``Text`` (or plain value) in ``lang``."""
    if value is None:
        return ""
    getter = getattr(value, "get", None)
    if callable(getter) and hasattr(value, "en"):
        return str(getter(lang))
    return str(value)


@dataclass(frozen=True)
class ProcedureRow:
    """One procedure of the advice, ready to show."""

    id: str
    name: str
    allowed: bool
    recommended: bool
    reasons: str
    legal_basis: str
    fit: str


def procedure_rows(advice: Any, lang: str) -> list[ProcedureRow]:
    """Allowed procedures first (recommended on top, then by rank), then the others."""
    rows = []
    for p in advice.procedures:
        rows.append(ProcedureRow(
            id=p.id, name=text(p.name, lang), allowed=bool(p.allowed),
            recommended=p.id == advice.recommended,
            reasons="\n".join(text(r, lang) for r in p.reasons),
            legal_basis="\n".join(dict.fromkeys(p.legal_basis)),
            fit=text(getattr(p, "fit", ""), lang)))
    order = {p.id: i for i, p in enumerate(advice.procedures)}
    rows.sort(key=lambda r: (not r.recommended, not r.allowed, order[r.id]))
    return rows


def procedure_name(advice: Any, proc_id: str | None, lang: str) -> str:
    """Name of a procedure of the advice ('' when unknown)."""
    for p in getattr(advice, "procedures", ()):
        if p.id == proc_id:
            return text(p.name, lang)
    return ""


@dataclass(frozen=True)
class TimelineRow:
    """One milestone: statutory earliest/latest date, the plan and what is wrong with it."""

    key: str
    earliest: dt.date | None
    latest: dt.date | None
    planned: dt.date | None
    flag: str | None
    note: str
    basis: str


def timeline_rows(advice: Any, lang: str) -> list[TimelineRow]:
    """The recommended procedure's timeline."""
    return [TimelineRow(item.key, item.earliest, item.latest, item.planned, item.flag,
                        " ".join(text(n, lang) for n in item.notes), ", ".join(item.basis))
            for item in advice.timeline]


def warnings(advice: Any, lang: str) -> list[tuple[str, bool]]:
    """``(text, unverified)`` of the advice's notices."""
    return [(text(n.text, lang), bool(n.unverified)) for n in advice.warnings]


def threshold_facts(advice: Any) -> tuple[bool, float, int, dt.date, dt.date, str]:
    """``(EU procedure required, estimated value, threshold, valid from, valid to, basis)``."""
    t = advice.threshold
    return (bool(advice.eu_procedure_required), float(advice.situation.value), int(t.amount),
            t.valid_from, t.valid_to, str(t.legal_basis))


def memo(advice: Any, lang: str) -> str:
    """The advice memo in ``lang``."""
    return str(advice.memo(lang))
