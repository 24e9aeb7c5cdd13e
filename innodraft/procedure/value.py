"""Lots and the small-lot exception (Aw 2.18-2.19), with limits from the data files.

The total of all lots is the value that is tested against the threshold. When
it reaches the threshold every lot falls under the EU rules, except small lots:
works lots of at most € 1 000 000 and service or supply lots of at most
€ 80 000, as long as those lots together are at most 20 % of the total of all
lots (Aw 2.18(3), 2.19(3): "niet meer bedraagt dan").

Which small lots to exempt is the authority's choice; :func:`analyse_lots`
proposes the smallest eligible lots first, which exempts the most lots within
the 20 % cap. The total value itself comes from
:func:`innodraft.core.value.estimate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from innodraft.core.enums import ContractType
from innodraft.procedure.situation import LotValue
from innodraft.procedure.thresholds import small_lot_limits


@dataclass(frozen=True)
class LotResult:
    """One lot: whether it may use the exception and whether it is proposed for it."""

    id: str
    value: float
    eligible: bool
    """Value at most the per-lot maximum."""
    exempt: bool
    """Proposed to be awarded outside the EU rules."""
    eu_rules: bool
    """The lot is tendered under the EU rules."""


@dataclass(frozen=True)
class LotAnalysis:
    """Result of the lot rules for one contract."""

    total: float
    """Sum of all lots (Aw 2.18(1), 2.19(1))."""
    threshold: float
    eu_required: bool
    """The total reaches the threshold."""
    lot_max: float
    share_max: float
    exempt_total: float
    lots: tuple[LotResult, ...]
    basis: str

    @property
    def exempt_ids(self) -> tuple[str, ...]:
        """Ids of the lots proposed for the small-lot exception."""
        return tuple(lot.id for lot in self.lots if lot.exempt)


def analyse_lots(lots: Sequence[LotValue], contract: ContractType, threshold: float) -> LotAnalysis:
    """Apply Aw 2.18-2.19 to ``lots`` against ``threshold`` (EUR excl. VAT)."""
    limits = small_lot_limits(contract)
    total = round(sum(max(lot.value, 0.0) for lot in lots), 2)
    eu_required = total >= threshold
    cap = limits.share_max * total
    exempt: set[int] = set()
    used = 0.0
    if eu_required:
        order = sorted(range(len(lots)), key=lambda i: (lots[i].value, lots[i].id))
        for i in order:
            value = max(lots[i].value, 0.0)
            if value <= limits.lot_max and used + value <= cap + 1e-9:
                exempt.add(i)
                used += value
    results = tuple(
        LotResult(id=lot.id, value=lot.value, eligible=max(lot.value, 0.0) <= limits.lot_max,
                  exempt=i in exempt, eu_rules=eu_required and i not in exempt)
        for i, lot in enumerate(lots)
    )
    return LotAnalysis(total=total, threshold=threshold, eu_required=eu_required,
                       lot_max=limits.lot_max, share_max=limits.share_max,
                       exempt_total=round(used, 2), lots=results, basis=limits.basis)
