"""Award arithmetic for the worked example in the tender document.

The same rules live as formulas in the Excel grid (:mod:`innodraft.export.excel`);
tests check both against an independent calculation.

Quality points of a tender = quality share (0-1 of the maximum score) x total
quality weight. Price points: relative ``lowest / price x max`` or linear
between the lowest (max points) and the highest price (0 points). With a
fictitious discount the quality share times the discount amount is deducted
from the price and the lowest fictitious price wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from innodraft.core.enums import AwardBasis, PriceMethod
from innodraft.core.model import AwardModel

EXAMPLE_PRICES = (100_000.0, 110_000.0, 125_000.0)
"""Prices of the fictitious tenderers A, B and C."""

EXAMPLE_QUALITY = (0.6, 0.8, 0.7)
"""Their quality shares (fraction of the maximum quality score)."""


@dataclass(frozen=True)
class ExampleRow:
    """One fictitious tenderer in the worked example."""

    code: str
    price: float
    quality_share: float
    quality_points: float
    price_points: float
    total: float
    """Total points (higher wins), or the fictitious price (lower wins)."""
    discount: float
    rank: int


def price_points(prices: Sequence[float], method: PriceMethod, max_points: float) -> list[float]:
    """Price points per price (fictitious discount gives no price points: all 0)."""
    if not prices or method is PriceMethod.FICTITIOUS_DISCOUNT:
        return [0.0] * len(prices)
    low, high = min(prices), max(prices)
    if method is PriceMethod.RELATIVE:
        return [low / p * max_points if p > 0 else 0.0 for p in prices]
    if high == low:
        return [max_points] * len(prices)
    return [(high - p) / (high - low) * max_points for p in prices]


def ranks(values: Sequence[float], *, descending: bool) -> list[int]:
    """Competition ranking like Excel's RANK: equal values share a rank (1, 2, 2, 4)."""
    return [1 + sum(1 for other in values if (other > v if descending else other < v)) for v in values]


def lower_wins(award: AwardModel) -> bool:
    """True when the lowest total wins (fictitious price, lowest price/cost)."""
    return award.basis is not AwardBasis.BPKV or award.price.method is PriceMethod.FICTITIOUS_DISCOUNT


def worked_example(award: AwardModel, quality_weight: float) -> tuple[ExampleRow, ...]:
    """The three-tenderer example for ``award`` (quality weight in % of the total)."""
    prices = list(EXAMPLE_PRICES)
    method = award.price.method
    codes = ("A", "B", "C")
    if award.basis is not AwardBasis.BPKV:
        totals = prices
        return tuple(ExampleRow(c, p, 0.0, 0.0, 0.0, p, 0.0, r)
                     for c, p, r in zip(codes, prices, ranks(totals, descending=False), strict=True))
    if method is PriceMethod.FICTITIOUS_DISCOUNT:
        discounts = [q * award.price.discount_total for q in EXAMPLE_QUALITY]
        totals = [p - d for p, d in zip(prices, discounts, strict=True)]
        return tuple(ExampleRow(c, p, q, 0.0, 0.0, t, d, r) for c, p, q, t, d, r in zip(
            codes, prices, EXAMPLE_QUALITY, totals, discounts, ranks(totals, descending=False),
            strict=True))
    quality = [q * quality_weight for q in EXAMPLE_QUALITY]
    points = price_points(prices, method, award.price.weight)
    totals = [qp + pp for qp, pp in zip(quality, points, strict=True)]
    return tuple(ExampleRow(c, p, q, qp, pp, t, 0.0, r) for c, p, q, qp, pp, t, r in zip(
        codes, prices, EXAMPLE_QUALITY, quality, points, totals, ranks(totals, descending=True),
        strict=True))
