"""Statutory timeline: earliest/latest dates and flags for planned milestones."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from innodraft.procedure import MILESTONE_KEYS, compute_timeline
from tests.procedure.helpers import advice, d, situation

PUB = d("2026-03-02")  # a Monday
DAY = dt.timedelta(days=1)


def _dates(items: list[Any], attr: str = "earliest") -> dict[str, dt.date | None]:
    return {item.key: getattr(item, attr) for item in items}


def test_milestone_keys_are_the_documented_constants() -> None:
    assert MILESTONE_KEYS == ("publication", "requests", "questions", "nvi", "tenders", "award_decision",
                              "standstill_end", "contract")


def test_open_procedure_earliest_dates() -> None:
    items = compute_timeline("open", PUB, situation(date=str(PUB)))
    tenders = PUB + 40 * DAY  # 45 - 5 for electronic submission
    assert [i.key for i in items] == ["publication", "questions", "nvi", "tenders", "award_decision",
                                      "standstill_end", "contract"]
    assert _dates(items) == {"publication": PUB, "questions": None, "nvi": None, "tenders": tenders,
                             "award_decision": tenders, "standstill_end": tenders + 20 * DAY,
                             "contract": tenders + 21 * DAY}
    assert _dates(items, "latest")["nvi"] == tenders - 10 * DAY
    assert _dates(items, "latest")["questions"] == tenders - 10 * DAY
    assert not any(i.flag for i in items)
    weekend = [i.key for i in items if any("weekend" in n.en for n in i.notes)]
    assert weekend == [k for k, v in _dates(items).items() if v and v.weekday() >= 5] + \
        [k for k, v in _dates(items, "latest").items() if v and v.weekday() >= 5]


@pytest.mark.parametrize(("facts", "requests", "tenders_after"), [
    ({}, 30, 35), ({"electronic_submission": False}, 30, 40), ({"urgency": True}, 15, 10),
    ({"prior_information_notice": True}, 30, 29),
])
def test_restricted_tenders_count_from_the_invitation(facts: dict[str, Any], requests: int,
                                                      tenders_after: int) -> None:
    items = compute_timeline("restricted", PUB, situation(date=str(PUB), **facts))
    dates = _dates(items)
    assert dates["requests"] == PUB + requests * DAY
    assert dates["tenders"] == PUB + (requests + tenders_after) * DAY
    tenders = next(i for i in items if i.key == "tenders")
    assert any("invitation" in n.en for n in tenders.notes)


def _open(planned: dict[str, dt.date], **facts: Any) -> dict[str, Any]:
    items = compute_timeline("open", PUB, situation(date=str(PUB), **facts), planned)
    return {i.key: i for i in items}


EARLIEST_TENDERS = PUB + 40 * DAY


@pytest.mark.parametrize(("planned", "facts", "flags"), [
    ({}, {}, {}),
    ({"tenders": EARLIEST_TENDERS}, {}, {}),
    ({"tenders": EARLIEST_TENDERS - DAY}, {}, {"tenders": "before_earliest"}),
    ({"tenders": PUB + 44 * DAY}, {"electronic_submission": False}, {"tenders": "before_earliest"}),
    ({"tenders": PUB + 15 * DAY}, {"urgency": True}, {}),
    ({"tenders": PUB + 14 * DAY}, {"urgency": True}, {"tenders": "before_earliest"}),
    ({"nvi": EARLIEST_TENDERS - 10 * DAY}, {}, {}),
    ({"nvi": EARLIEST_TENDERS - 9 * DAY}, {}, {"nvi": "after_latest"}),
    ({"nvi": EARLIEST_TENDERS - 4 * DAY}, {"urgency": True}, {"nvi": "after_latest"}),
    ({"nvi": PUB + 11 * DAY}, {"urgency": True}, {}),  # urgency: tenders +15, answers 4 days before
    ({"questions": EARLIEST_TENDERS - 5 * DAY}, {}, {"questions": "after_latest"}),
    ({"award_decision": EARLIEST_TENDERS - DAY}, {}, {"award_decision": "before_earliest"}),
    ({"standstill_end": EARLIEST_TENDERS + 19 * DAY}, {}, {"standstill_end": "before_earliest"}),
    ({"standstill_end": EARLIEST_TENDERS + 20 * DAY}, {}, {}),
    ({"contract": EARLIEST_TENDERS + 20 * DAY}, {}, {"contract": "before_earliest"}),
    ({"contract": EARLIEST_TENDERS + 21 * DAY}, {}, {}),
    ({"publication": PUB + DAY}, {}, {"publication": "differs_from_publication"}),
    ({"publication": PUB}, {}, {}),
    ({"requests": PUB, "kickoff": PUB}, {}, {}),  # not milestones of the open procedure: ignored
])
def test_flags(planned: dict[str, dt.date], facts: dict[str, Any], flags: dict[str, str]) -> None:
    items = _open(planned, **facts)
    assert {k: i.flag for k, i in items.items() if i.flag} == flags
    for key in flags:
        problem = items[key].problem()
        assert problem is not None and items[key].planned is not None
        assert items[key].planned.isoformat() in problem.en
        planned_nl = items[key].planned
        assert f"{planned_nl.day}-{planned_nl.month}-{planned_nl.year}" in problem.nl


def test_later_plan_moves_the_following_milestones() -> None:
    late = EARLIEST_TENDERS + 14 * DAY
    items = _open({"tenders": late, "award_decision": late + 30 * DAY})
    assert items["nvi"].latest == late - 10 * DAY
    assert items["award_decision"].earliest == late
    assert items["standstill_end"].earliest == late + 50 * DAY
    assert items["contract"].earliest == late + 51 * DAY


def test_too_early_plan_does_not_compound() -> None:
    items = _open({"tenders": PUB + 10 * DAY})
    assert items["tenders"].flag == "before_earliest"
    assert items["tenders"].effective == EARLIEST_TENDERS
    assert items["award_decision"].earliest == EARLIEST_TENDERS
    assert items["standstill_end"].earliest == EARLIEST_TENDERS + 20 * DAY


def test_restricted_requests_flag() -> None:
    items = compute_timeline("restricted", PUB, situation(date=str(PUB)), {"requests": PUB + 29 * DAY})
    assert {i.key: i.flag for i in items}["requests"] == "before_earliest"


def test_national_routes_have_no_statutory_dates() -> None:
    sit = situation(date=str(PUB), value=100_000)
    multiple = {i.key: i for i in compute_timeline("multiple_private", PUB, sit, {"tenders": PUB + 5 * DAY})}
    assert "standstill_end" not in multiple and multiple["tenders"].earliest is None
    assert multiple["tenders"].flag is None and multiple["award_decision"].earliest == PUB + 5 * DAY
    national = {i.key: i for i in compute_timeline("national_open", PUB, sit)}
    assert national["standstill_end"].earliest is None
    assert any("Aw 2.127(4)" in n.en for n in national["standstill_end"].notes)
    assert any("Gids Proportionaliteit 3.6" in n.en for n in national["tenders"].notes)


def test_negotiated_without_notice_standstill_note() -> None:
    items = {i.key: i for i in compute_timeline("negotiated_without_notice", PUB, situation(date=str(PUB)),
                                                 {"tenders": PUB + 7 * DAY})}
    assert items["standstill_end"].earliest == PUB + 27 * DAY
    assert any("only one operator" in n.en for n in items["standstill_end"].notes)


def test_advice_reports_flags_as_warnings_and_json() -> None:
    result = advice(date=str(PUB), planned={"tenders": PUB + 20 * DAY})
    assert result.recommended == "open"
    warning = next(w for w in result.warnings if w.code == "timeline.before_earliest")
    assert EARLIEST_TENDERS.isoformat() in warning.text.en
    data = next(item for item in result.to_data()["timeline"] if item["key"] == "tenders")
    assert data["flag"] == "before_earliest" and data["earliest"] == EARLIEST_TENDERS.isoformat()
    assert data["planned"] == (PUB + 20 * DAY).isoformat() and data["problem"]
    other = {i.key: i for i in result.timeline_for("restricted")}
    assert other["requests"].earliest == PUB + 30 * DAY and other["tenders"].flag == "before_earliest"


def test_regime_override_and_light_regime() -> None:
    light = situation(date=str(PUB), contract="social_services", value=800_000)
    items = {i.key: i for i in compute_timeline("open", PUB, light)}
    assert items["tenders"].earliest is None and items["standstill_end"].earliest is None
    forced = {i.key: i for i in compute_timeline("open", PUB, light, regime="classic")}
    assert forced["tenders"].earliest == EARLIEST_TENDERS
    with pytest.raises(KeyError, match="unknown procedure"):
        compute_timeline("openbaar", PUB, light)
