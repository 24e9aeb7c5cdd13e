"""Estimated contract value from its build-up (Aw 2.15-2.22).

Pure arithmetic on :class:`~innodraft.core.model.ValueBuildUp`. The rules that
depend on dated legal figures (small-lot exception amounts) take those figures
as arguments; :mod:`innodraft.procedure` reads them from its data files.
"""

from __future__ import annotations

from dataclasses import dataclass

from innodraft.core.model import ValueBuildUp

MONTHS_CAP = 48
"""Aw 2.17(d)-(e): services without a total price count at most 48 months."""


@dataclass(frozen=True)
class ValuePart:
    """One line of the value build-up with the article it rests on."""

    key: str
    """``base``, ``monthly``, ``options``, ``extensions``, ``development_phases``, ``prizes``."""
    amount: float
    basis: str


@dataclass(frozen=True)
class ValueEstimate:
    """Total estimated value (EUR excl. VAT) and how it was reached."""

    total: float
    parts: tuple[ValuePart, ...]
    lots_total: float
    """Sum of the lot values (0 when there are no lots)."""


def estimate(value: ValueBuildUp) -> ValueEstimate:
    """Return the estimated value of a contract.

    Services without a total price (``monthly_value`` set) count the monthly
    amount over the fixed term when that is at most 48 months, else over 48
    months (Aw 2.17(d)-(e)). Options and extensions always count (Aw 2.15(2)),
    as do the R&D phases of an innovation partnership and design-contest prizes
    (Aw 2.22).
    """
    parts: list[ValuePart] = []
    if value.monthly_value is not None:
        months = value.duration_months
        if value.open_ended or months is None or months > MONTHS_CAP:
            months = MONTHS_CAP
        parts.append(ValuePart("monthly", max(value.monthly_value, 0.0) * months,
                               "Aw 2.17(d)-(e)"))
    else:
        parts.append(ValuePart("base", max(value.base, 0.0), "Aw 2.15(2)"))
    for key, amount, basis in (
        ("options", value.options, "Aw 2.15(2)"),
        ("extensions", value.extensions, "Aw 2.15(2)"),
        ("development_phases", value.development_phases, "Aw 2.22"),
        ("prizes", value.prizes, "Aw 2.22(2)"),
    ):
        if amount:
            parts.append(ValuePart(key, max(amount, 0.0), basis))
    total = round(sum(p.amount for p in parts), 2)
    lots_total = round(sum(max(lot.value, 0.0) for lot in value.lots), 2)
    return ValueEstimate(total=total, parts=tuple(parts), lots_total=lots_total)
