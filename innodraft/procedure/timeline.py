"""Statutory timeline: earliest (or latest) dates per milestone and planning flags.

Dates are calendar days counted from the dispatch date (Aw 2.71). Each
milestone builds on the *effective* date of the one before: the planned date
when it is lawful, otherwise the statutory earliest date. So a late planned
tender deadline moves the award decision and standstill with it, and a planned
date that is too early is flagged without compounding into later milestones.
Dates are not moved off weekends or holidays; such a date gets a note saying how the
period is extended (Regulation 1182/71 art. 3(4); holidays in ``data/holidays.yaml``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from innodraft.procedure.catalog import procedure
from innodraft.procedure.holidays import end_of_period_rule, holiday
from innodraft.procedure.milestones import (
    AWARD_DECISION,
    CONTRACT,
    MILESTONE_KEYS,
    NVI,
    PUBLICATION,
    QUESTIONS,
    REQUESTS,
    STANDSTILL_END,
    TENDERS,
)
from innodraft.procedure.regime import regime_of
from innodraft.procedure.situation import Situation
from innodraft.procedure.texts import Text, date_text, message
from innodraft.procedure.timelimits import NVI_BEFORE_TENDERS, STANDSTILL, TimeLimit, find, min_days

__all__ = ["FLAGS", "MILESTONE_KEYS", "TimelineItem", "compute_timeline"]

FLAG_BEFORE_EARLIEST = "before_earliest"
"""A planned date is earlier than the statutory earliest date."""
FLAG_AFTER_LATEST = "after_latest"
"""A planned date is later than the latest lawful date (answers to questions)."""
FLAG_DIFFERS = "differs_from_publication"
"""The planned publication differs from the date the advice was computed for."""
FLAGS = (FLAG_BEFORE_EARLIEST, FLAG_AFTER_LATEST, FLAG_DIFFERS)
"""All timeline flags."""


@dataclass(frozen=True)
class TimelineItem:
    """One milestone with its statutory bounds, the planned date and a flag."""

    key: str
    earliest: dt.date | None
    """Earliest lawful date (None: no statutory minimum)."""
    latest: dt.date | None
    """Latest lawful date (answers to questions), else None."""
    planned: dt.date | None
    flag: str | None
    """One of :data:`FLAGS`, or None when the plan is fine or absent."""
    basis: tuple[str, ...]
    notes: tuple[Text, ...]

    @property
    def label(self) -> Text:
        """Name of the milestone in both languages."""
        return message(f"milestone.{self.key}")

    @property
    def effective(self) -> dt.date | None:
        """The date later milestones build on: the planned date unless it is too early."""
        if self.planned and self.earliest:
            return max(self.planned, self.earliest)
        return self.planned or self.earliest

    def problem(self) -> Text | None:
        """The flag as a sentence, or None."""
        if self.flag is None or self.planned is None:
            return None
        bound = self.latest if self.flag == FLAG_AFTER_LATEST else self.earliest
        return message(f"flag.{self.flag}", label=self.label, planned=date_text(self.planned),
                       earliest=date_text(self.earliest) if self.earliest else "",
                       latest=date_text(bound) if bound else "")

    def to_data(self, lang: str = "en") -> dict[str, Any]:
        """JSON form of the item (dates as ISO strings)."""
        problem = self.problem()
        return {"key": self.key, "label": self.label.get(lang), "earliest": _iso(self.earliest),
                "latest": _iso(self.latest), "planned": _iso(self.planned), "flag": self.flag,
                "problem": problem.get(lang) if problem else None, "basis": list(self.basis),
                "notes": [n.get(lang) for n in self.notes]}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _item(key: str, planned: Mapping[str, dt.date], earliest: dt.date | None = None,
          latest: dt.date | None = None, basis: tuple[str, ...] = (),
          notes: tuple[Text, ...] = ()) -> TimelineItem:
    plan = planned.get(key)
    flag = None
    if plan is not None and earliest is not None and plan < earliest:
        flag = FLAG_BEFORE_EARLIEST
    elif plan is not None and latest is not None and plan > latest:
        flag = FLAG_AFTER_LATEST
    shown = earliest or latest
    if shown is not None:
        name = None if shown.weekday() >= 5 else holiday(shown)
        if shown.weekday() >= 5 or name is not None:
            why = message("timeline.holiday", name=name) if name else message("timeline.weekend")
            notes = (*notes, why + Text(" ", " ") + end_of_period_rule())
    return TimelineItem(key, earliest, latest, plan, flag, basis, notes)


def _plus(day: dt.date | None, days: int) -> dt.date | None:
    return day + dt.timedelta(days=days) if day is not None else None


def compute_timeline(procedure_id: str, publication_date: dt.date, situation: Situation,
                     planned: Mapping[str, dt.date] | None = None, *,
                     regime: str | None = None) -> list[TimelineItem]:
    """Earliest statutory dates of ``procedure_id`` from ``publication_date``.

    Args:
        procedure_id: one of the catalogue ids.
        publication_date: planned dispatch date of the notice.
        situation: supplies the reductions (e-submission, PIN, urgency) and the regime.
        planned: planned dates by milestone key (:data:`MILESTONE_KEYS`); unknown keys
            and milestones the procedure does not have are ignored.
        regime: override the regime (default: derived from the situation).

    Returns:
        One item per milestone of the procedure, in chronological order.
    """
    spec = procedure(procedure_id)
    plan = dict(planned or {})
    limits = min_days(procedure_id, situation, regime or regime_of(situation)[0])
    keys = set(spec.milestones)
    items: dict[str, TimelineItem] = {}

    pub = _item(PUBLICATION, {}, publication_date, basis=("Aw 2.15(1)", "Aw 2.71"),
                notes=(message("timeline.counting"),))
    if plan.get(PUBLICATION) not in (None, publication_date):
        pub = TimelineItem(PUBLICATION, publication_date, None, plan[PUBLICATION], FLAG_DIFFERS,
                           pub.basis, pub.notes)
    items[PUBLICATION] = pub
    start = publication_date
    if REQUESTS in keys:
        items[REQUESTS] = _limit_item(REQUESTS, find(limits, "requests"), start, plan)
        start = items[REQUESTS].effective or start
    tenders = _limit_item(TENDERS, find(limits, "tenders"), start, plan,
                          after_requests=REQUESTS in keys)
    items[TENDERS] = tenders
    nvi_limit = find(limits, NVI_BEFORE_TENDERS)
    if nvi_limit is not None and NVI in keys:
        latest = _plus(tenders.effective, -nvi_limit.days)
        items[NVI] = _item(NVI, plan, latest=latest, basis=nvi_limit.basis,
                           notes=(message("timeline.nvi", days=nvi_limit.days),))
        if QUESTIONS in keys:
            items[QUESTIONS] = _item(QUESTIONS, plan, latest=latest, basis=nvi_limit.basis,
                                     notes=(message("timeline.questions", days=nvi_limit.days),))
    for key in (QUESTIONS, NVI):
        if key in keys and key not in items:
            items[key] = _item(key, plan)
    if AWARD_DECISION in keys:
        items[AWARD_DECISION] = _item(AWARD_DECISION, plan, tenders.effective,
                                      notes=(message("timeline.award_after_tenders"),))
    award = items[AWARD_DECISION].effective if AWARD_DECISION in items else tenders.effective
    standstill = find(limits, STANDSTILL)
    if STANDSTILL_END in keys:
        items[STANDSTILL_END] = _standstill_item(procedure_id, standstill, award, plan)
    if CONTRACT in keys:
        if standstill is not None and STANDSTILL_END in items:
            items[CONTRACT] = _item(CONTRACT, plan, _plus(items[STANDSTILL_END].effective, 1),
                                    basis=standstill.basis, notes=(message("timeline.contract"),))
        else:
            items[CONTRACT] = _item(CONTRACT, plan, award)
    return [items[key] for key in MILESTONE_KEYS if key in items]


def _limit_item(key: str, limit: TimeLimit | None, start: dt.date, plan: Mapping[str, dt.date],
                after_requests: bool = False) -> TimelineItem:
    if limit is None:
        return _item(key, plan, notes=(message("timeline.no_minimum"),))
    notes = (*limit.notes, message("timeline.after_requests")) if after_requests else limit.notes
    return _item(key, plan, _plus(start, limit.days), basis=limit.basis, notes=notes)


def _standstill_item(procedure_id: str, limit: TimeLimit | None, award: dt.date | None,
                     plan: Mapping[str, dt.date]) -> TimelineItem:
    if limit is None:
        return _item(STANDSTILL_END, plan, notes=(message("timeline.no_standstill"),))
    notes = [message("timeline.standstill", days=limit.days)]
    if procedure_id == "negotiated_without_notice":
        notes.append(message("timeline.standstill_single"))
    return _item(STANDSTILL_END, plan, _plus(award, limit.days), basis=limit.basis, notes=tuple(notes))
