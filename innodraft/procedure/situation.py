"""The facts the advisor decides on: :class:`Situation`, from JSON or a project.

``Situation.from_mapping`` checks every field of the CLI contract and raises
:class:`SituationError` naming the field. Decisions on the JSON input:

- ``authority``, ``contract``, ``value`` and ``date`` are required; the other
  fields default to the project model's defaults (``innovation``
  ``off_the_shelf``, ``specifiable`` true, ``electronic_submission`` true, the
  other booleans false).
- Unknown keys are refused (a typo such as ``urgancy`` must not pass silently).
- ``date`` must be ``YYYY-MM-DD`` and a real calendar date.
- ``value`` must be a finite number >= 0 (true/false are not numbers).
- Optional ``lots``: a list of numbers or of ``{"id": str, "value": number}``.

:func:`read_situation` also accepts an optional ``planned`` object
(milestone key -> date) for the timeline check; :func:`planned_milestones`
reads the same from a project's ``timeline``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from innodraft.core.enums import AuthorityType, ContractType, InnovationProfile
from innodraft.core.errors import InnodraftError
from innodraft.core.model import Project
from innodraft.core.value import estimate
from innodraft.procedure.milestones import MILESTONE_KEYS

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
"""Accepted date form (``date.fromisoformat`` alone also takes ``20260101``)."""

REQUIRED = ("authority", "contract", "value", "date")
"""Keys a situation mapping must contain."""

PLANNED = "planned"
"""Optional key of a situation file: planned milestone dates."""

ASSUMPTION_DATE_TODAY = "assumption_date_today"
"""Assumption code: the project has no planned publication date, today is used."""

ASSUMPTION_VALUE_FROM_LOTS = "assumption_value_from_lots"
"""Assumption code: the lots add up to more than the value build-up; their total is used."""


class SituationError(InnodraftError, ValueError):
    """A situation field is missing or has a wrong value; ``field`` names it."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class LotValue:
    """A lot and its estimated value (EUR excl. VAT)."""

    id: str
    value: float


@dataclass(frozen=True)
class Situation:
    """Everything the advisor needs; the fields of the ``advise`` CLI contract."""

    authority: AuthorityType
    contract: ContractType
    value: float
    """Estimated value, EUR excluding VAT, including options and extensions."""
    date: dt.date
    """Planned dispatch date of the notice."""
    innovation: InnovationProfile = InnovationProfile.OFF_THE_SHELF
    specifiable: bool = True
    """The need can be specified precisely up front."""
    purchase_after_development: bool = False
    design_contest: bool = False
    """A plan or design is wanted first."""
    urgency: bool = False
    """A duly substantiated urgency (Aw 2.74)."""
    electronic_submission: bool = True
    prior_information_notice: bool = False
    lots: tuple[LotValue, ...] = ()
    assumptions: tuple[str, ...] = ()
    """Message codes of facts that were assumed (shown as warnings)."""

    def facts(self) -> dict[str, Any]:
        """Plain values for the data files' ``when:`` conditions."""
        return {
            "authority": self.authority.value, "contract": self.contract.value,
            "innovation": self.innovation.value, "specifiable": self.specifiable,
            "purchase_after_development": self.purchase_after_development,
            "design_contest": self.design_contest, "urgency": self.urgency,
            "electronic_submission": self.electronic_submission,
            "prior_information_notice": self.prior_information_notice,
        }

    @classmethod
    def from_mapping(cls, data: Any) -> Situation:
        """Build a situation from a decoded JSON object, checking every field.

        Raises:
            SituationError: the message names the field and the problem.
        """
        if not isinstance(data, Mapping):
            raise SituationError("(situation)", "expected a JSON object")
        allowed = {f.name for f in fields(cls)} - {"assumptions"}
        for key in data:
            if key not in allowed:
                raise SituationError(str(key), f"unknown field; expected one of {', '.join(sorted(allowed))}")
        for key in REQUIRED:
            if key not in data or data[key] is None:
                raise SituationError(key, "missing")
        return cls(
            authority=_choice(data, "authority", AuthorityType),
            contract=_choice(data, "contract", ContractType),
            value=_amount(data["value"], "value"),
            date=parse_date(data["date"], "date"),
            innovation=_choice(data, "innovation", InnovationProfile, InnovationProfile.OFF_THE_SHELF),
            specifiable=_flag(data, "specifiable", True),
            purchase_after_development=_flag(data, "purchase_after_development", False),
            design_contest=_flag(data, "design_contest", False),
            urgency=_flag(data, "urgency", False),
            electronic_submission=_flag(data, "electronic_submission", True),
            prior_information_notice=_flag(data, "prior_information_notice", False),
            lots=_lots(data.get("lots", [])),
        )

    @classmethod
    def from_project(cls, project: Project, *, today: dt.date | None = None) -> Situation:
        """Read the facts from a project.

        The value is ``estimate(project.value).total``; when the lots add up to
        more, the lot total is used (Aw 2.18: all lots count). Without a planned
        publication date, ``today`` (default: the current date) is used and the
        advice says so.
        """
        est = estimate(project.value)
        assumptions: list[str] = []
        value = est.total
        if est.lots_total > value:
            value = est.lots_total
            assumptions.append(ASSUMPTION_VALUE_FROM_LOTS)
        day = project.meta.planned_publication
        if day is None:
            day = today or dt.date.today()
            assumptions.append(ASSUMPTION_DATE_TODAY)
        choice = project.procedure
        return cls(
            authority=AuthorityType(project.meta.authority_type),
            contract=ContractType(project.meta.contract_type),
            value=value, date=day, innovation=InnovationProfile(choice.innovation),
            specifiable=choice.specifiable, purchase_after_development=choice.purchase_after_development,
            design_contest=choice.design_contest, urgency=choice.urgency,
            electronic_submission=choice.electronic_submission,
            prior_information_notice=choice.prior_information_notice,
            lots=tuple(LotValue(lot.id, max(lot.value, 0.0)) for lot in project.value.lots),
            assumptions=tuple(assumptions),
        )


def read_situation(data: Any) -> tuple[Situation, dict[str, dt.date]]:
    """A situation object with an optional ``planned`` object of milestone dates.

    Raises:
        SituationError: a bad situation field, unknown milestone key or bad date.
    """
    if not isinstance(data, Mapping):
        raise SituationError("(situation)", "expected a JSON object")
    rest = {k: v for k, v in data.items() if k != PLANNED}
    raw_plan = data.get(PLANNED) or {}
    if not isinstance(raw_plan, Mapping):
        raise SituationError(PLANNED, "expected an object of milestone dates")
    plan = {}
    for key, value in raw_plan.items():
        if key not in MILESTONE_KEYS:
            raise SituationError(f"{PLANNED}.{key}",
                                 f"unknown milestone; expected one of {', '.join(MILESTONE_KEYS)}")
        plan[str(key)] = parse_date(value, f"{PLANNED}.{key}")
    return Situation.from_mapping(rest), plan


def planned_milestones(project: Project) -> dict[str, dt.date]:
    """Planned dates from the project's ``timeline`` (known keys with a date; first one wins)."""
    plan: dict[str, dt.date] = {}
    for milestone in project.timeline:
        if milestone.key in MILESTONE_KEYS and milestone.date is not None:
            plan.setdefault(milestone.key, milestone.date)
    return plan


def parse_date(raw: Any, field: str) -> dt.date:
    """A ``YYYY-MM-DD`` string (or a date) as a date.

    Raises:
        SituationError: not a string in that form, or not a real calendar date.
    """
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw
    if not isinstance(raw, str) or not ISO_DATE.fullmatch(raw.strip()):
        raise SituationError(field, f"expected a date as YYYY-MM-DD, got {raw!r}")
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise SituationError(field, f"impossible date {raw!r}") from None


def _choice(data: Mapping[str, Any], key: str, enum: type[Any], default: Any = None) -> Any:
    raw = data.get(key, default)
    options = ", ".join(m.value for m in enum)
    if isinstance(raw, enum):
        return raw
    if not isinstance(raw, str):
        raise SituationError(key, f"expected one of {options}, got {raw!r}")
    try:
        return enum(raw)
    except ValueError:
        raise SituationError(key, f"unknown value {raw!r}; expected one of {options}") from None


def _amount(raw: Any, field: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise SituationError(field, f"expected a number (EUR excl. VAT), got {raw!r}")
    if not math.isfinite(raw):
        raise SituationError(field, "must be a finite number")
    if raw < 0:
        raise SituationError(field, f"must not be negative, got {raw}")
    return float(raw)


def _flag(data: Mapping[str, Any], key: str, default: bool) -> bool:
    raw = data.get(key, default)
    if not isinstance(raw, bool):
        raise SituationError(key, f"expected true or false, got {raw!r}")
    return raw


def _lots(raw: Any) -> tuple[LotValue, ...]:
    if not isinstance(raw, list):
        raise SituationError("lots", "expected a list of lot values")
    lots = []
    for i, item in enumerate(raw, start=1):
        if isinstance(item, Mapping):
            unknown = set(item) - {"id", "value"}
            if unknown:
                raise SituationError(f"lots[{i - 1}].{sorted(unknown)[0]}", "unknown field")
            lot_id = item.get("id", f"L-{i}")
            if not isinstance(lot_id, str) or not lot_id.strip():
                raise SituationError(f"lots[{i - 1}].id", "expected a text")
            lots.append(LotValue(lot_id, _amount(item.get("value"), f"lots[{i - 1}].value")))
        else:
            lots.append(LotValue(f"L-{i}", _amount(item, f"lots[{i - 1}]")))
    return tuple(lots)
