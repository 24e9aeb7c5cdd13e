"""The procedure catalogue (``data/procedures.yaml``) as frozen records.

Each :class:`ProcedureSpec` holds the procedure's names, phases, candidates,
award criteria, innovation fit and, per legal regime, a :class:`RegimeRule`
saying when it is allowed, on which grounds and with which legal basis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from innodraft.core.enums import AwardBasis
from innodraft.procedure.conditions import REGIMES, Condition, parse_condition
from innodraft.procedure.loader import (
    DataFileError,
    as_list,
    as_mapping,
    as_str,
    as_strings,
    load_data,
    section,
    top,
)
from innodraft.procedure.milestones import MILESTONE_KEYS
from innodraft.procedure.texts import Text, text_from

FILE = "procedures.yaml"
"""The data file read by this module."""

PROCEDURE_IDS = (
    "open", "restricted", "competitive_dialogue", "competitive_negotiation", "innovation_partnership",
    "negotiated_without_notice", "design_contest", "national_open", "national_restricted",
    "multiple_private", "single_private", "pcp", "sbir",
)
"""Stable procedure ids (CLI contract), in catalogue order."""

ALLOWED_KINDS = ("always", "grounds", "never")
"""How a regime rule decides: always allowed, on grounds, or never."""

FAMILIES = ("eu", "national", "outside")
"""EU procedure, national (below threshold) route, or outside the Act."""

FIT_LEVELS = ("low", "medium", "high", "very_high")
"""Innovation-fit levels, lowest first."""


@dataclass(frozen=True)
class Ground:
    """A legal ground for using a procedure; ``when`` None means the buyer must check it."""

    id: str
    basis: str
    text: Text
    when: Condition | None


@dataclass(frozen=True)
class Note:
    """An extra remark shown with an allowed procedure when its condition holds.

    ``always`` (``show: always`` in the data) shows it also when the procedure
    is not allowed, e.g. a hint at a ground the buyer should check.
    """

    text: Text
    when: Condition | None
    always: bool = False


@dataclass(frozen=True)
class RegimeRule:
    """When a procedure is allowed in one legal regime."""

    allowed: str
    """``always``, ``grounds`` or ``never``."""
    basis: tuple[str, ...]
    reason: Text | None
    grounds: tuple[Ground, ...]
    not_met: Text | None
    notes: tuple[Note, ...]
    unverified: Text | None


@dataclass(frozen=True)
class ProcedureSpec:
    """One procedure of the catalogue."""

    id: str
    name: Text
    family: str
    phases: Text
    min_candidates: int | None
    award_criteria: tuple[str, ...]
    innovation_fit: str
    fit: Text
    time_limits: str | None
    """Key of its table in ``time_limits.yaml`` (None: no statutory minimum)."""
    milestones: tuple[str, ...]
    regimes: Mapping[str, RegimeRule]

    def rule(self, regime: str) -> RegimeRule:
        """The rule for ``regime`` (falls back to the ``any`` rule)."""
        return self.regimes.get(regime) or self.regimes["any"]


def _optional_text(data: Mapping[str, Any], key: str, where: str) -> Text | None:
    return text_from(data[key], f"{where}.{key}") if data.get(key) is not None else None


def _condition(data: Mapping[str, Any], where: str) -> Condition | None:
    return parse_condition(data["when"], f"{where}.when") if data.get("when") is not None else None


def _rule(raw: Any, where: str) -> RegimeRule:
    data = as_mapping(raw, where)
    allowed = as_str(section(data, "allowed", where), f"{where}.allowed")
    if allowed not in ALLOWED_KINDS:
        raise DataFileError(f"{where}.allowed", f"expected one of {', '.join(ALLOWED_KINDS)}")
    grounds = tuple(
        Ground(id=as_str(section(g, "id", f"{where}.grounds[{i}]"), f"{where}.grounds[{i}].id"),
               basis=as_str(section(g, "basis", f"{where}.grounds[{i}]"), f"{where}.grounds[{i}].basis"),
               text=text_from(section(g, "text", f"{where}.grounds[{i}]"), f"{where}.grounds[{i}].text"),
               when=_condition(g, f"{where}.grounds[{i}]"))
        for i, g in enumerate(as_list(data.get("grounds", []), f"{where}.grounds"))
    )
    notes = tuple(
        Note(text=text_from(section(n, "text", f"{where}.notes[{i}]"), f"{where}.notes[{i}].text"),
             when=_condition(as_mapping(n, f"{where}.notes[{i}]"), f"{where}.notes[{i}]"),
             always=n.get("show", "allowed") == "always")
        for i, n in enumerate(as_list(data.get("notes", []), f"{where}.notes"))
    )
    rule = RegimeRule(allowed=allowed, basis=as_strings(section(data, "basis", where), f"{where}.basis"),
                      reason=_optional_text(data, "reason", where), grounds=grounds,
                      not_met=_optional_text(data, "not_met", where), notes=notes,
                      unverified=_optional_text(data, "unverified", where))
    if allowed == "grounds" and (not grounds or rule.not_met is None):
        raise DataFileError(where, "a 'grounds' rule needs grounds and a not_met text")
    if allowed != "grounds" and rule.reason is None:
        raise DataFileError(where, f"an '{allowed}' rule needs a reason")
    return rule


def _spec(proc_id: str, raw: Any) -> ProcedureSpec:
    where = f"{FILE}:procedures.{proc_id}"
    data = as_mapping(raw, where)
    regimes_raw = as_mapping(section(data, "regimes", where), f"{where}.regimes")
    for name in regimes_raw:
        if name not in (*REGIMES, "any"):
            raise DataFileError(f"{where}.regimes.{name}", "unknown regime")
    if "any" not in regimes_raw and set(REGIMES) - set(regimes_raw):
        missing = ", ".join(sorted(set(REGIMES) - set(regimes_raw)))
        raise DataFileError(f"{where}.regimes", f"missing {missing}")
    spec = ProcedureSpec(
        id=proc_id, name=text_from(section(data, "name", where), f"{where}.name"),
        family=as_str(section(data, "family", where), f"{where}.family"),
        phases=text_from(section(data, "phases", where), f"{where}.phases"),
        min_candidates=data.get("min_candidates"),
        award_criteria=tuple(as_list(data.get("award_criteria", []), f"{where}.award_criteria")),
        innovation_fit=as_str(section(data, "innovation_fit", where), f"{where}.innovation_fit"),
        fit=text_from(section(data, "fit", where), f"{where}.fit"),
        time_limits=data.get("time_limits"),
        milestones=as_strings(section(data, "milestones", where), f"{where}.milestones"),
        regimes={name: _rule(rule, f"{where}.regimes.{name}") for name, rule in regimes_raw.items()},
    )
    if spec.family not in FAMILIES:
        raise DataFileError(f"{where}.family", f"expected one of {', '.join(FAMILIES)}")
    if spec.innovation_fit not in FIT_LEVELS:
        raise DataFileError(f"{where}.innovation_fit", f"expected one of {', '.join(FIT_LEVELS)}")
    bad = [m for m in spec.milestones if m not in MILESTONE_KEYS]
    bad += [c for c in spec.award_criteria if c not in {b.value for b in AwardBasis}]
    if bad:
        raise DataFileError(where, f"unknown milestone or award criterion {bad[0]!r}")
    if spec.min_candidates is not None and (isinstance(spec.min_candidates, bool)
                                            or not isinstance(spec.min_candidates, int)):
        raise DataFileError(f"{where}.min_candidates", "expected a whole number or null")
    return spec


@cache
def catalog() -> Mapping[str, ProcedureSpec]:
    """All procedures by id, in the order of :data:`PROCEDURE_IDS`.

    Raises:
        DataFileError: the catalogue misses a procedure, has an extra one, or a bad value.
    """
    procedures = as_mapping(top(load_data(FILE), "procedures", FILE), f"{FILE}:procedures")
    if set(procedures) != set(PROCEDURE_IDS):
        extra = sorted(set(procedures) ^ set(PROCEDURE_IDS))
        raise DataFileError(f"{FILE}:procedures", f"procedure ids differ from the contract: {extra}")
    return {pid: _spec(pid, procedures[pid]) for pid in PROCEDURE_IDS}


def procedure(proc_id: str) -> ProcedureSpec:
    """The catalogue entry for ``proc_id``.

    Raises:
        KeyError: unknown id (message lists the valid ones).
    """
    try:
        return catalog()[proc_id]
    except KeyError:
        raise KeyError(f"unknown procedure {proc_id!r}; expected one of {', '.join(PROCEDURE_IDS)}") from None
