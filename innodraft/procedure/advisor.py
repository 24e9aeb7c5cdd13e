"""The procedure advisor: :func:`advise` turns a :class:`Situation` into an :class:`Advice`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from innodraft.procedure.bands import Band, BandTable, configured_bands
from innodraft.procedure.catalog import catalog
from innodraft.procedure.evaluate import ProcedureAdvice, evaluate
from innodraft.procedure.notices import (
    Notice,
    lot_notices,
    recommended_notices,
    regime_notices,
    situation_notices,
    timeline_notices,
)
from innodraft.procedure.ranking import rank
from innodraft.procedure.regime import regime_of
from innodraft.procedure.situation import Situation
from innodraft.procedure.texts import Text, message, money
from innodraft.procedure.thresholds import Threshold
from innodraft.procedure.timelimits import min_days
from innodraft.procedure.timeline import TimelineItem, compute_timeline
from innodraft.procedure.value import LotAnalysis, analyse_lots


@dataclass(frozen=True)
class Advice:
    """The advice for one situation. Procedures are ranked: allowed first, recommended first."""

    situation: Situation
    regime: str
    """``classic``, ``utility``, ``light`` or ``national``."""
    eu_procedure_required: bool
    threshold: Threshold
    recommended: str
    why: Text
    """Why the recommended procedure comes first."""
    procedures: tuple[ProcedureAdvice, ...]
    timeline: tuple[TimelineItem, ...]
    """Timeline of the recommended procedure."""
    warnings: tuple[Notice, ...]
    lots: LotAnalysis | None
    band: Band | None
    """The below-threshold band that was applied (None at or above the threshold)."""
    bands: BandTable
    planned: tuple[tuple[str, dt.date], ...] = ()

    def procedure(self, proc_id: str) -> ProcedureAdvice:
        """The judged procedure with this id (KeyError if unknown)."""
        for item in self.procedures:
            if item.id == proc_id:
                return item
        raise KeyError(proc_id)

    def timeline_for(self, proc_id: str) -> list[TimelineItem]:
        """The timeline if ``proc_id`` is chosen instead of the recommendation."""
        return compute_timeline(proc_id, self.situation.date, self.situation, dict(self.planned),
                                regime=self.regime)

    def memo(self, lang: str = "en") -> str:
        """Short motivation of the choice in ``lang`` (``en`` or ``nl``)."""
        from innodraft.procedure.memo import render_memo

        return render_memo(self, lang)

    def to_data(self, lang: str = "en") -> dict[str, Any]:
        """The CLI JSON object (exact keys of the ``advise`` contract)."""
        return {
            "eu_procedure_required": self.eu_procedure_required,
            "threshold": {"amount": self.threshold.amount,
                          "valid_from": self.threshold.valid_from.isoformat(),
                          "valid_to": self.threshold.valid_to.isoformat(), "basis": self.threshold.basis},
            "recommended": self.recommended,
            "procedures": [p.to_data(lang) for p in self.procedures],
            "timeline": [item.to_data(lang) for item in self.timeline],
            "memo": self.memo(lang),
        }

    def to_json(self, lang: str = "en", indent: int | None = 2) -> str:
        """:meth:`to_data` as JSON text."""
        return json.dumps(self.to_data(lang), ensure_ascii=False, indent=indent)


def advise(situation: Situation, *, bands: BandTable | None = None,
           planned: Mapping[str, dt.date] | None = None) -> Advice:
    """Decide whether an EU procedure is required and rank the procedures.

    Args:
        situation: the facts.
        bands: below-threshold bands; default :func:`~innodraft.procedure.bands.configured_bands`
            (the ``procedure_bands_file`` setting, else the built-in UNVERIFIED defaults).
        planned: planned milestone dates (keys of :data:`~innodraft.procedure.milestones.MILESTONE_KEYS`)
            to check against the statutory timeline.
    """
    bands = bands if bands is not None else configured_bands()
    regime, threshold = regime_of(situation)
    eu_required = regime != "national"
    facts = {**situation.facts(), "eu_required": eu_required, "regime": regime}
    band = None if eu_required else bands.band_for(situation.contract, situation.value, threshold.amount)
    judged = {pid: evaluate(spec, regime, facts, min_days(pid, situation, regime))
              for pid, spec in catalog().items()}
    if band is not None:
        judged = _with_band_reasons(judged, band, bands, situation, threshold)
    ranking = rank([pid for pid, p in judged.items() if p.allowed], facts, band.procedures if band else ())
    order = [*ranking.order, *(pid for pid in judged if pid not in ranking.order)]
    recommended = order[0]
    why = message(f"why.{ranking.placed_by.get(recommended, 'standard')}")
    first = message("reason.recommended", why=why)
    procedures = tuple(replace(judged[pid].with_reasons(before=(first,) if i == 0 else ()), rank=i + 1)
                       for i, pid in enumerate(order))
    plan = dict(planned or {})
    timeline = tuple(compute_timeline(recommended, situation.date, situation, plan, regime=regime))
    lots = analyse_lots(situation.lots, situation.contract, threshold.amount) if situation.lots else None
    warnings = (situation_notices(situation, threshold, eu_required)
                + regime_notices(situation, regime, bands)
                + recommended_notices(procedures[0]) + lot_notices(lots) + timeline_notices(timeline))
    return Advice(situation=situation, regime=regime, eu_procedure_required=eu_required, threshold=threshold,
                  recommended=recommended, why=why, procedures=procedures, timeline=timeline,
                  warnings=tuple(warnings), lots=lots, band=band, bands=bands,
                  planned=tuple(sorted(plan.items())))


def _with_band_reasons(judged: dict[str, ProcedureAdvice], band: Band, bands: BandTable,
                       situation: Situation, threshold: Threshold) -> dict[str, ProcedureAdvice]:
    status = message("status.unverified") if not bands.verified else message(
        "status.configured", source=bands.source)
    high = band.high(threshold.amount)
    in_band = message("reason.band", status=status, contract=message(f"contract.{situation.contract.value}"),
                      low=money(band.low),
                      high=money(high) if high < threshold.amount else message("word.threshold"))
    advised = Text(en=", ".join(judged[p].name.en for p in band.procedures),
                   nl=", ".join(judged[p].name.nl for p in band.procedures))
    outside = message("reason.outside_band", status=status, advised=advised)
    result = dict(judged)
    for pid, item in judged.items():
        if catalog()[pid].family != "national" or not item.allowed:
            continue
        result[pid] = item.with_reasons(after=(in_band if pid in band.procedures else outside,))
    return result
