"""Statutory minimum time limits per procedure (``data/time_limits.yaml``).

:func:`min_days` applies the reductions that the situation allows: electronic
submission (-5 on the standard period only, Aw 2.74b), a prior information
notice (29 days, Aw 2.71(5)-(6)) and a substantiated urgency (Aw 2.74). The
result is the lowest applicable value. Under the light regime (Aw 2.39(2)) and
for national, private and outside-the-Act routes there are no statutory minima.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from innodraft.core.enums import AuthorityType
from innodraft.procedure.catalog import catalog, procedure
from innodraft.procedure.conditions import parse_condition
from innodraft.procedure.loader import (
    DataFileError,
    as_days,
    as_list,
    as_mapping,
    as_str,
    load_data,
    section,
    top,
)
from innodraft.procedure.milestones import NVI, STANDSTILL_END
from innodraft.procedure.situation import Situation
from innodraft.procedure.texts import Text, text_from

FILE = "time_limits.yaml"
"""The data file read by this module."""

REQUESTS = "requests"
"""``min_days`` key: requests to participate, from dispatch of the notice."""
TENDERS = "tenders"
"""``min_days`` key: receipt of tenders, from dispatch of the notice or the invitation."""
NVI_BEFORE_TENDERS = "nvi_before_tenders"
"""``min_days`` key: answers to questions at least this many days before the tender deadline."""
STANDSTILL = "standstill"
"""``min_days`` key: standstill period after dispatch of the award decision."""

EU_REGIMES = ("classic", "utility")
"""Regimes with statutory time limits (the light regime has none, Aw 2.39(2))."""


@dataclass(frozen=True)
class TimeLimit:
    """One statutory minimum as it applies to the situation."""

    key: str
    days: int
    basis: tuple[str, ...]
    """Articles behind the value (the standard period and any reduction used)."""
    standard_days: int
    """The period before reductions."""
    notes: tuple[Text, ...] = ()
    unverified: bool = False
    """The article for this regime is not confirmed in a primary source."""


def _limit(key: str, raw: Any, where: str, facts: Mapping[str, Any]) -> TimeLimit:
    data = as_mapping(raw, where)
    standard = as_days(section(data, "days", where), f"{where}.days")
    days, basis = standard, [as_str(section(data, "basis", where), f"{where}.basis")]
    notes = [text_from(data["note"], f"{where}.note")] if "note" in data else []
    for i, red in enumerate(as_list(data.get("reductions", []), f"{where}.reductions")):
        rwhere = f"{where}.reductions[{i}]"
        if parse_condition(section(red, "when", rwhere), f"{rwhere}.when").holds(facts):
            days -= as_days(section(red, "minus", rwhere), f"{rwhere}.minus")
            basis.append(as_str(section(red, "basis", rwhere), f"{rwhere}.basis"))
    for i, alt in enumerate(as_list(data.get("alternatives", []), f"{where}.alternatives")):
        awhere = f"{where}.alternatives[{i}]"
        if not parse_condition(section(alt, "when", awhere), f"{awhere}.when").holds(facts):
            continue
        alt_days = as_days(section(alt, "days", awhere), f"{awhere}.days")
        if alt_days < days:
            days = alt_days
            basis = [basis[0], as_str(section(alt, "basis", awhere), f"{awhere}.basis")]
            if "note" in alt:
                notes.append(text_from(alt["note"], f"{awhere}.note"))
    return TimeLimit(key=key, days=days, basis=tuple(dict.fromkeys(basis)), standard_days=standard,
                     notes=tuple(notes), unverified=bool(data.get("unverified", False)))


@cache
def _data() -> Mapping[str, Any]:
    data = as_mapping(load_data(FILE), FILE)
    tables = as_mapping(top(data, "tables", FILE), f"{FILE}:tables")
    for regime in EU_REGIMES:
        for key in as_mapping(section(tables, regime, f"{FILE}:tables"), f"{FILE}:tables.{regime}"):
            if key not in catalog():
                raise DataFileError(f"{FILE}:tables.{regime}.{key}", "unknown procedure id")
    return data


def table_regime(regime: str, situation: Situation) -> str | None:
    """Which table applies: the EU regime itself, or for a voluntary EU procedure
    below the threshold the table of the authority's sector; None under the light regime."""
    if regime in EU_REGIMES:
        return regime
    if regime == "national":
        return "utility" if situation.authority == AuthorityType.UTILITY else "classic"
    return None


def min_days(proc_id: str, situation: Situation, regime: str) -> tuple[TimeLimit, ...]:
    """Statutory minimum periods of ``proc_id`` for this situation and regime.

    Keys: :data:`REQUESTS`, :data:`TENDERS` (where the law sets a minimum),
    :data:`NVI_BEFORE_TENDERS` and :data:`STANDSTILL` (EU regimes only).
    """
    spec = procedure(proc_id)
    table = table_regime(regime, situation)
    if table is None or spec.family != "eu":
        return ()
    data, facts = _data(), situation.facts()
    limits: list[TimeLimit] = []
    where = f"{FILE}:tables.{table}.{proc_id}"
    entry = as_mapping(top(data, "tables", FILE), f"{FILE}:tables")[table].get(proc_id) or {}
    for key in (REQUESTS, TENDERS):
        if key in as_mapping(entry, where):
            limits.append(_limit(key, entry[key], f"{where}.{key}", facts))
    if NVI in spec.milestones:
        limits.append(_nvi(data, table, proc_id, situation))
    if STANDSTILL_END in spec.milestones and regime in EU_REGIMES:
        sdata = as_mapping(section(top(data, "standstill", FILE), table, f"{FILE}:standstill"),
                           f"{FILE}:standstill.{table}")
        swhere = f"{FILE}:standstill.{table}"
        days = as_days(section(sdata, "days", swhere), f"{swhere}.days")
        basis = as_str(sdata.get("basis"), f"{swhere}.basis")
        limits.append(TimeLimit(STANDSTILL, days, (basis,), days,
                                unverified=bool(sdata.get("unverified", False))))
    return tuple(limits)


def _nvi(data: Mapping[str, Any], table: str, proc_id: str, situation: Situation) -> TimeLimit:
    where = f"{FILE}:nvi.{table}"
    ndata = as_mapping(section(top(data, "nvi", FILE), table, f"{FILE}:nvi"), where)
    standard = as_days(section(ndata, "days", where), f"{where}.days")
    urgent = situation.urgency and proc_id in as_list(ndata.get("urgency_for", []), f"{where}.urgency_for")
    days = as_days(section(ndata, "urgency_days", where), f"{where}.urgency_days") if urgent else standard
    basis = as_str(section(ndata, "basis", where), f"{where}.basis")
    return TimeLimit(NVI_BEFORE_TENDERS, days, (basis,), standard,
                     unverified=bool(ndata.get("unverified", False)))


def as_dict(limits: tuple[TimeLimit, ...]) -> dict[str, int]:
    """``{key: days}`` as used in the CLI JSON ``min_days``."""
    return {limit.key: limit.days for limit in limits}


def find(limits: tuple[TimeLimit, ...], key: str) -> TimeLimit | None:
    """The limit with ``key``, or None."""
    return next((limit for limit in limits if limit.key == key), None)
