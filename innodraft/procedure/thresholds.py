"""Dated EU thresholds (``data/thresholds.yaml``) and the small-lot limits.

The threshold of a contract is that of the period containing the planned
dispatch date of the notice (Aw 2.15(1)). For a date outside every period the
nearest period is used and :attr:`Threshold.in_period` is False, so the
advisor can warn that the amount for that date is not in the data (decision:
a buyer planning for 2028 still gets advice, clearly marked, rather than an
error).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from innodraft.core.enums import AuthorityType, ContractType
from innodraft.procedure.loader import (
    DataFileError,
    as_amount,
    as_date,
    as_list,
    as_mapping,
    as_str,
    load_data,
    section,
    top,
)

FILE = "thresholds.yaml"
"""The data file read by this module."""


@dataclass(frozen=True)
class ThresholdPeriod:
    """One validity period of the threshold table."""

    valid_from: dt.date
    valid_to: dt.date
    source: str
    amounts: Mapping[str, int]

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the period (both ends included)."""
        return self.valid_from <= day <= self.valid_to


@dataclass(frozen=True)
class Threshold:
    """The EU threshold that applies to one situation."""

    amount: int
    valid_from: dt.date
    valid_to: dt.date
    key: str
    """Table key, e.g. ``classic_supplies_services_sub_central``."""
    legal_basis: str
    source: str
    in_period: bool
    """False when the date lies outside every period (nearest period used)."""

    @property
    def basis(self) -> str:
        """Legal basis and the act that fixed the amount, as one line."""
        return f"{self.legal_basis}; {self.source}"

    def reached_by(self, value: float) -> bool:
        """Aw 2.1-2.6a: a value equal to the threshold counts as reaching it."""
        return value >= self.amount


@dataclass(frozen=True)
class SmallLotLimits:
    """Aw 2.18(3)/2.19(3): per-lot maximum and the maximum share of all lots."""

    lot_max: float
    share_max: float
    basis: str


@dataclass(frozen=True)
class _Table:
    periods: tuple[ThresholdPeriod, ...]
    lookup: Mapping[str, Mapping[str, str]]
    basis: Mapping[str, str]
    small_lots: Mapping[str, SmallLotLimits]
    near_threshold_share: float
    period_change_warning_days: int


def _period(raw: object, where: str, keys: set[str]) -> ThresholdPeriod:
    data = as_mapping(raw, where)
    amounts = as_mapping(section(data, "amounts", where), f"{where}.amounts")
    missing = keys - set(amounts)
    if missing:
        raise DataFileError(f"{where}.amounts", f"missing {', '.join(sorted(missing))}")
    period = ThresholdPeriod(
        valid_from=as_date(section(data, "valid_from", where), f"{where}.valid_from"),
        valid_to=as_date(section(data, "valid_to", where), f"{where}.valid_to"),
        source=as_str(section(data, "source", where), f"{where}.source"),
        amounts={k: int(as_amount(v, f"{where}.amounts.{k}")) for k, v in amounts.items()},
    )
    if period.valid_to < period.valid_from:
        raise DataFileError(where, "valid_to is before valid_from")
    return period


def _keyed(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    return as_mapping(section(data, key, where), f"{where}.{key}")


@cache
def _table() -> _Table:
    data = as_mapping(load_data(FILE), FILE)
    lookup_raw = as_mapping(top(data, "lookup", FILE), f"{FILE}:lookup")
    lookup = {
        auth.value: {con.value: as_str(section(row, con.value, f"{FILE}:lookup.{auth.value}"),
                                       f"{FILE}:lookup.{auth.value}.{con.value}") for con in ContractType}
        for auth in AuthorityType
        for row in [_keyed(lookup_raw, auth.value, f"{FILE}:lookup")]
    }
    keys = {key for row in lookup.values() for key in row.values()}
    basis_raw = as_mapping(top(data, "basis", FILE), f"{FILE}:basis")
    basis = {key: as_str(basis_raw.get(key), f"{FILE}:basis.{key}") for key in keys}
    raw_periods = as_list(top(data, "periods", FILE), f"{FILE}:periods")
    periods = sorted((_period(p, f"{FILE}:periods[{i}]", keys) for i, p in enumerate(raw_periods)),
                     key=lambda p: p.valid_from)
    if not periods:
        raise DataFileError(f"{FILE}:periods", "no threshold period")
    for earlier, later in pairwise(periods):
        if later.valid_from <= earlier.valid_to:
            raise DataFileError(f"{FILE}:periods", f"periods overlap at {later.valid_from}")
    lwhere = f"{FILE}:small_lots"
    lots = as_mapping(top(data, "small_lots", FILE), lwhere)
    lot_max, lot_basis = _keyed(lots, "lot_max", lwhere), _keyed(lots, "basis", lwhere)
    share = as_amount(section(lots, "share_max", lwhere), f"{lwhere}.share_max")
    small = {
        con.value: SmallLotLimits(
            lot_max=as_amount(section(lot_max, con.value, f"{lwhere}.lot_max"),
                              f"{lwhere}.lot_max.{con.value}"),
            share_max=share,
            basis=as_str(section(lot_basis, con.value, f"{lwhere}.basis"), f"{lwhere}.basis.{con.value}"),
        )
        for con in ContractType
    }
    return _Table(
        periods=tuple(periods), lookup=lookup, basis=basis, small_lots=small,
        near_threshold_share=as_amount(top(data, "near_threshold_share", FILE),
                                       f"{FILE}:near_threshold_share"),
        period_change_warning_days=int(as_amount(top(data, "period_change_warning_days", FILE),
                                                 f"{FILE}:period_change_warning_days")),
    )


def periods() -> tuple[ThresholdPeriod, ...]:
    """All threshold periods, oldest first."""
    return _table().periods


def _period_for(day: dt.date) -> tuple[ThresholdPeriod, bool]:
    table = _table().periods
    for period in table:
        if period.contains(day):
            return period, True
    return (table[0] if day < table[0].valid_from else table[-1]), False


def _build(period: ThresholdPeriod, authority: AuthorityType, contract: ContractType,
           in_period: bool) -> Threshold:
    key = _table().lookup[AuthorityType(authority).value][ContractType(contract).value]
    return Threshold(amount=period.amounts[key], valid_from=period.valid_from, valid_to=period.valid_to,
                     key=key, legal_basis=_table().basis[key], source=period.source, in_period=in_period)


def threshold_for(authority: AuthorityType, contract: ContractType, day: dt.date) -> Threshold:
    """The threshold for this authority and contract type on ``day``.

    Outside every period the nearest period is used with ``in_period=False``.
    """
    period, inside = _period_for(day)
    return _build(period, authority, contract, inside)


def neighbour_threshold(authority: AuthorityType, contract: ContractType,
                        day: dt.date) -> tuple[Threshold, int] | None:
    """The adjacent period's threshold when ``day`` is near a period boundary.

    Returns the threshold of the period just before or after and the number of
    days to the boundary, or None when ``day`` is further away than the
    configured warning distance (or there is no adjacent period).
    """
    table = _table()
    period, inside = _period_for(day)
    if not inside:
        return None
    index = table.periods.index(period)
    limit = table.period_change_warning_days
    after = (period.valid_to - day).days + 1
    if index + 1 < len(table.periods) and after <= limit:
        return _build(table.periods[index + 1], authority, contract, True), after
    before = (day - period.valid_from).days + 1
    if index > 0 and before <= limit:
        return _build(table.periods[index - 1], authority, contract, True), before
    return None


def near_threshold_share() -> float:
    """Share below the threshold within which the advisor warns (advisory, not law)."""
    return _table().near_threshold_share


def small_lot_limits(contract: ContractType) -> SmallLotLimits:
    """Small-lot limits for this contract type (Aw 2.18(3), 2.19(3))."""
    return _table().small_lots[ContractType(contract).value]
