"""Threshold table: every amount, both edges of the >= test, first and last day of each period.

Expected amounts come from the fact sheet §2.1 (not from the data file under test).
"""

from __future__ import annotations

import itertools

import pytest

from innodraft.core.enums import AuthorityType, ContractType
from innodraft.procedure import threshold_for
from innodraft.procedure.thresholds import neighbour_threshold, periods
from tests.procedure.helpers import advice, d

# (authority, contract, amount 2024-2025, amount 2026-2027, legal basis contains)
FACT_SHEET = [
    ("central", "works", 5_538_000, 5_404_000, "Aw 2.1"),
    ("central", "supplies", 143_000, 140_000, "Aw 2.2(1)"),
    ("central", "services", 143_000, 140_000, "Aw 2.2(1)"),
    ("central", "social_services", 750_000, 750_000, "Aw 2.6a"),
    ("sub_central", "works", 5_538_000, 5_404_000, "Aw 2.1"),
    ("sub_central", "supplies", 221_000, 216_000, "Aw 2.3"),
    ("sub_central", "services", 221_000, 216_000, "Aw 2.3"),
    ("sub_central", "social_services", 750_000, 750_000, "Aw 2.6a"),
    ("utility", "works", 5_538_000, 5_404_000, "Aw 3.8(a)"),
    ("utility", "supplies", 443_000, 432_000, "Aw 3.8(b)"),
    ("utility", "services", 443_000, 432_000, "Aw 3.8(b)"),
    ("utility", "social_services", 1_000_000, 1_000_000, "Aw 3.9a"),
]
PERIOD_DAYS = [  # (date, index into FACT_SHEET amounts, valid_from, valid_to)
    ("2024-01-01", 2, "2024-01-01", "2025-12-31"),
    ("2025-12-31", 2, "2024-01-01", "2025-12-31"),
    ("2026-01-01", 3, "2026-01-01", "2027-12-31"),
    ("2027-12-31", 3, "2026-01-01", "2027-12-31"),
]
CASES = [(auth, con, day, row[col], vf, vt, basis)
         for row in FACT_SHEET for (auth, con, basis) in [(row[0], row[1], row[4])]
         for (day, col, vf, vt) in PERIOD_DAYS]


@pytest.mark.parametrize(("authority", "contract", "day", "amount", "valid_from", "valid_to", "basis"), CASES)
def test_amount_and_period(authority: str, contract: str, day: str, amount: int, valid_from: str,
                           valid_to: str, basis: str) -> None:
    thr = threshold_for(AuthorityType(authority), ContractType(contract), d(day))
    assert (thr.amount, thr.valid_from, thr.valid_to) == (amount, d(valid_from), d(valid_to))
    assert thr.in_period and basis in thr.basis and "Delegated Regulation" in thr.basis


@pytest.mark.parametrize(("authority", "contract", "day", "amount", "valid_from", "valid_to", "basis"), CASES)
@pytest.mark.parametrize(("delta", "required"),
                         [(-1, False), (-0.01, False), (0, True), (0.01, True), (1, True)])
def test_exactly_at_threshold_counts_as_above(authority: str, contract: str, day: str, amount: int,
                                              valid_from: str, valid_to: str, basis: str,
                                              delta: float, required: bool) -> None:
    result = advice(authority=authority, contract=contract, date=day, value=amount + delta)
    assert result.eu_procedure_required is required
    assert result.threshold.amount == amount
    national = {"national_open", "national_restricted", "multiple_private", "single_private"}
    assert (result.recommended in national) is (not required)


@pytest.mark.parametrize(("day", "value", "required"), [
    ("2025-12-31", 218_000, False),  # 2024-2025 threshold 221 000
    ("2026-01-01", 218_000, True),   # 2026-2027 threshold 216 000
])
def test_period_boundary_changes_the_outcome(day: str, value: int, required: bool) -> None:
    result = advice(date=day, value=value)
    assert result.eu_procedure_required is required
    codes = [w.code for w in result.warnings]
    assert "warn.period_change" in codes  # the other period would decide differently


def test_no_period_change_warning_far_from_boundary() -> None:
    assert "warn.period_change" not in [w.code for w in advice(date="2026-06-01", value=218_000).warnings]
    assert neighbour_threshold(AuthorityType.SUB_CENTRAL, ContractType.SERVICES, d("2026-06-01")) is None


@pytest.mark.parametrize(("day", "period_from", "period_to"), [
    ("2023-12-31", "2024-01-01", "2025-12-31"),
    ("2019-05-01", "2024-01-01", "2025-12-31"),
    ("2028-01-01", "2026-01-01", "2027-12-31"),
    ("2031-07-15", "2026-01-01", "2027-12-31"),
])
def test_dates_outside_every_period_use_nearest_with_unverified_warning(day: str, period_from: str,
                                                                       period_to: str) -> None:
    result = advice(date=day)
    assert (result.threshold.valid_from, result.threshold.valid_to) == (d(period_from), d(period_to))
    assert not result.threshold.in_period
    warning = next(w for w in result.warnings if w.code == "warn.outside_period")
    assert warning.unverified and "UNVERIFIED" in warning.text.en and "NIET GEVERIFIEERD" in warning.text.nl
    assert day in warning.text.en


def test_periods_are_contiguous_and_dated() -> None:
    table = periods()
    assert [p.valid_from.isoformat() for p in table] == ["2024-01-01", "2026-01-01"]
    for earlier, later in itertools.pairwise(table):
        assert (later.valid_from - earlier.valid_to).days == 1
    assert all(p.source for p in table)


def test_near_threshold_warning() -> None:
    assert "warn.near_threshold" in [w.code for w in advice(value=210_000).warnings]
    assert "warn.near_threshold" not in [w.code for w in advice(value=100_000).warnings]
    assert "warn.near_threshold" not in [w.code for w in advice(value=216_000).warnings]
