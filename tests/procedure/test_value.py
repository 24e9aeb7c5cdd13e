"""Estimated value (Aw 2.15-2.22) and the small-lot exception (Aw 2.18(3), 2.19(3))."""

from __future__ import annotations

import pytest

from innodraft.core.enums import ContractType
from innodraft.core.model import ValueBuildUp
from innodraft.core.value import estimate
from innodraft.procedure import LotValue, analyse_lots
from tests.procedure.helpers import advice


@pytest.mark.parametrize(("build_up", "total"), [
    (ValueBuildUp(base=100_000), 100_000),
    (ValueBuildUp(base=100_000, options=20_000, extensions=50_000), 170_000),  # Aw 2.15(2)
    (ValueBuildUp(monthly_value=5_000, duration_months=24), 120_000),          # fixed term <= 48
    (ValueBuildUp(monthly_value=5_000, duration_months=48), 240_000),
    (ValueBuildUp(monthly_value=5_000, duration_months=60), 240_000),          # > 48 months: x 48
    (ValueBuildUp(monthly_value=5_000, open_ended=True, duration_months=12), 240_000),  # indefinite
    (ValueBuildUp(monthly_value=5_000), 240_000),                              # no term known
    (ValueBuildUp(monthly_value=5_000, duration_months=60, options=10_000, extensions=5_000), 255_000),
    # innovation partnership: all R&D phases plus the final purchase (Aw 2.22(2)(b))
    (ValueBuildUp(base=800_000, development_phases=1_200_000), 2_000_000),
    (ValueBuildUp(base=0, development_phases=300_000, options=100_000), 400_000),
    (ValueBuildUp(base=50_000, prizes=30_000), 80_000),                         # Aw 2.22(2)(c)
    (ValueBuildUp(base=-10, options=-5), 0),
])
def test_estimate(build_up: ValueBuildUp, total: float) -> None:
    assert estimate(build_up).total == pytest.approx(total)


def test_innovation_partnership_value_decides_the_threshold() -> None:
    value = estimate(ValueBuildUp(base=100_000, development_phases=150_000)).total  # 250 000
    assert advice(value=value, innovation="development", purchase_after_development=True).recommended == \
        "innovation_partnership"
    assert not advice(value=100_000).eu_procedure_required


def _lots(*values: float) -> list[LotValue]:
    return [LotValue(f"L-{i}", v) for i, v in enumerate(values, start=1)]


# (contract, lot values, threshold, exempt ids, lots under EU rules)
LOT_CASES = [
    # services: total 500 000 >= 216 000; small lots <= 80 000, together <= 100 000 (20 %)
    ("services", (400_000, 50_000, 50_000), 216_000, ("L-2", "L-3"), ("L-1",)),
    ("services", (420_000, 80_000, 20_000), 216_000, ("L-3", "L-2"), ("L-1",)),       # 80 000 exactly fits
    ("services", (419_999.99, 80_000.01, 20_000), 216_000, ("L-3",), ("L-1", "L-2")),  # 80 000.01 too big
    ("services", (400_000, 60_000, 40_000), 216_000, ("L-3", "L-2"), ("L-1",)),       # exactly 20 % fits
    ("services", (399_999, 60_001, 40_000), 216_000, ("L-3",), ("L-1", "L-2")),       # 20.0002 % does not
    ("services", (300_000, 60_000, 60_000, 60_000), 216_000, ("L-2",), ("L-1", "L-3", "L-4")),  # 20 % cap
    ("services", (100_000, 50_000, 50_000), 216_000, (), ()),              # total below: no EU rules
    ("services", (216_000 - 50_000, 50_000), 216_000, (), ("L-1", "L-2")),  # 50 000 > 20 % of 216 000
    ("social_services", (700_000, 60_000, 40_000), 750_000, ("L-3", "L-2"), ("L-1",)),
    # supplies (Aw 2.19(3)): 80 000 as well
    ("supplies", (500_000, 79_000, 30_000), 216_000, ("L-3", "L-2"), ("L-1",)),
    # works: lots <= 1 000 000, together <= 20 %
    ("works", (5_500_000, 1_000_000, 250_000), 5_404_000, ("L-3", "L-2"), ("L-1",)),
    ("works", (5_000_000, 1_000_000, 400_000), 5_404_000, ("L-3",), ("L-1", "L-2")),  # 1.4 M > 20 % of 6.4 M
    ("works", (5_000_000, 1_000_001, 300_000), 5_404_000, ("L-3",), ("L-1", "L-2")),
    ("works", (4_000_000, 900_000, 900_000, 900_000), 5_404_000, ("L-2",), ("L-1", "L-3", "L-4")),
]


@pytest.mark.parametrize(("contract", "values", "threshold", "exempt", "eu"), LOT_CASES)
def test_small_lot_exception(contract: str, values: tuple[float, ...], threshold: float,
                             exempt: tuple[str, ...], eu: tuple[str, ...]) -> None:
    result = analyse_lots(_lots(*values), ContractType(contract), threshold)
    assert result.total == pytest.approx(sum(values))
    assert result.eu_required is (sum(values) >= threshold)
    assert sorted(result.exempt_ids) == sorted(exempt)
    assert tuple(lot.id for lot in result.lots if lot.eu_rules) == eu
    assert result.exempt_total <= result.share_max * result.total + 1e-6
    assert all(lot.eligible for lot in result.lots if lot.exempt)
    assert ("2.18" if contract != "supplies" else "2.19") in result.basis


def test_lots_in_the_advice() -> None:
    result = advice(value=500_000, lots=[400_000, 50_000, 50_000])
    warning = next(w for w in result.warnings if w.code == "warn.small_lots")
    assert "L-2, L-3" in warning.text.en and "€ 100,000" in warning.text.en and "€ 100.000" in warning.text.nl
    assert result.lots is not None and result.lots.exempt_ids == ("L-2", "L-3")
    all_eu = advice(value=500_000, lots=[250_000, 250_000])
    assert "warn.lots_all_eu" in [w.code for w in all_eu.warnings]
    assert advice(value=500_000).lots is None
