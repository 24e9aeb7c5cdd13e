"""Warnings that go with an advice: assumptions, UNVERIFIED items, planning problems."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from innodraft.core.enums import AuthorityType, ContractType
from innodraft.procedure.bands import BandTable
from innodraft.procedure.evaluate import ProcedureAdvice
from innodraft.procedure.situation import ASSUMPTION_DATE_TODAY, ASSUMPTION_VALUE_FROM_LOTS, Situation
from innodraft.procedure.texts import Text, date_text, message, money
from innodraft.procedure.thresholds import Threshold, near_threshold_share, neighbour_threshold
from innodraft.procedure.timeline import TimelineItem
from innodraft.procedure.value import LotAnalysis


@dataclass(frozen=True)
class Notice:
    """One warning of an advice."""

    code: str
    """Stable code, e.g. ``warn.bands_default`` or ``timeline.before_earliest``."""
    text: Text
    unverified: bool = False
    """The warning concerns something not confirmed in a primary source."""


def situation_notices(situation: Situation, threshold: Threshold, eu_required: bool) -> list[Notice]:
    """Assumed facts, dates outside the threshold table, nearby threshold changes."""
    notes: list[Notice] = []
    if ASSUMPTION_DATE_TODAY in situation.assumptions:
        notes.append(Notice(ASSUMPTION_DATE_TODAY,
                            message(ASSUMPTION_DATE_TODAY, date=date_text(situation.date))))
    if ASSUMPTION_VALUE_FROM_LOTS in situation.assumptions:
        notes.append(Notice(ASSUMPTION_VALUE_FROM_LOTS,
                            message(ASSUMPTION_VALUE_FROM_LOTS, value=money(situation.value))))
    if not threshold.in_period:
        notes.append(Notice("warn.outside_period", message(
            "warn.outside_period", date=date_text(situation.date),
            **{"from": date_text(threshold.valid_from)},
            to=date_text(threshold.valid_to)), unverified=True))
    neighbour = neighbour_threshold(situation.authority, situation.contract, situation.date)
    if neighbour is not None and neighbour[0].reached_by(situation.value) != eu_required:
        other, days = neighbour
        outcome = message("outcome.required" if other.reached_by(situation.value) else "outcome.not_required")
        notes.append(Notice("warn.period_change", message(
            "warn.period_change", days=days, amount=money(other.amount), outcome=outcome,
            **{"from": date_text(other.valid_from)})))
    share = near_threshold_share()
    if not eu_required and situation.value >= threshold.amount * (1 - share):
        notes.append(Notice("warn.near_threshold", message("warn.near_threshold", share=round(share * 100))))
    return notes


def regime_notices(situation: Situation, regime: str, bands: BandTable) -> list[Notice]:
    """What the regime brings: bands and Gids below the threshold, light regime, urgency, PIN."""
    notes: list[Notice] = []
    if regime == "national":
        if bands.problem:
            notes.append(Notice("warn.bands_file", message("warn.bands_file", problem=bands.problem)))
        if not bands.verified:
            notes.append(Notice("warn.bands_default", message("warn.bands_default"), unverified=True))
        if situation.contract == ContractType.WORKS:
            notes.append(Notice("warn.works_arw", message("warn.works_arw"), unverified=True))
        notes.append(Notice("warn.cross_border", message("warn.cross_border")))
        notes.append(Notice("warn.gids", message("warn.gids"), unverified=True))
        if situation.authority == AuthorityType.UTILITY:
            notes.append(Notice("warn.utility_below", message("warn.utility_below"), unverified=True))
    if regime == "light":
        notes.append(Notice("warn.light_regime", message("warn.light_regime"), unverified=True))
    if regime != "national" and situation.urgency:
        notes.append(Notice("warn.urgency", message("warn.urgency")))
    if regime != "national" and situation.prior_information_notice:
        notes.append(Notice("warn.pin", message("warn.pin")))
    return notes


def recommended_notices(advice: ProcedureAdvice) -> list[Notice]:
    """UNVERIFIED parts of the recommended procedure, and its ground to record."""
    notes: list[Notice] = []
    if advice.unverified is not None:
        notes.append(Notice(f"unverified.{advice.id}", advice.unverified, unverified=True))
    for limit in advice.time_limits:
        if limit.unverified:
            notes.append(Notice(f"warn.unverified_limit.{limit.key}", message(
                "warn.unverified_limit", what=message(f"what.{limit.key}"), basis=", ".join(limit.basis)),
                unverified=True))
    if advice.grounds_met and advice.id in ("competitive_dialogue", "competitive_negotiation"):
        notes.append(Notice("warn.record_ground", message("warn.record_ground", name=advice.name)))
    return notes


def lot_notices(analysis: LotAnalysis | None) -> list[Notice]:
    """The small-lot exception, when the lots reach the threshold."""
    if analysis is None or not analysis.eu_required:
        return []
    if not analysis.exempt_ids:
        return [Notice("warn.lots_all_eu", message("warn.lots_all_eu"))]
    return [Notice("warn.small_lots", message(
        "warn.small_lots", lots=", ".join(analysis.exempt_ids), amount=money(analysis.exempt_total),
        share=round(analysis.share_max * 100), basis=analysis.basis))]


def timeline_notices(items: Sequence[TimelineItem]) -> list[Notice]:
    """One warning per flagged planned milestone."""
    return [Notice(f"timeline.{item.flag}", problem) for item in items
            if item.flag is not None and (problem := item.problem()) is not None]
