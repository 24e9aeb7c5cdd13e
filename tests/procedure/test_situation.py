"""Situation: every field validated with the field named; reading a project."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from innodraft.core.enums import AuthorityType, ContractType, InnovationProfile
from innodraft.core.errors import InnodraftError
from innodraft.core.model import Lot, Milestone, Project
from innodraft.procedure import (
    Situation,
    SituationError,
    advise,
    default_bands,
    planned_milestones,
    read_situation,
)
from innodraft.procedure.situation import ASSUMPTION_DATE_TODAY, ASSUMPTION_VALUE_FROM_LOTS
from tests.factories import full_project
from tests.procedure.helpers import BASE, d

DROP = object()
"""Marks a key to remove from ``BASE``."""

BAD = [  # (change to BASE, field named in the error, words in the problem)
    ({"authority": DROP}, "authority", "missing"),
    ({"authority": None}, "authority", "missing"),
    ({"authority": "municipality"}, "authority", "unknown value"),
    ({"authority": 3}, "authority", "expected one of"),
    ({"contract": "goods"}, "contract", "unknown value"),
    ({"contract": DROP}, "contract", "missing"),
    ({"value": DROP}, "value", "missing"),
    ({"value": None}, "value", "missing"),
    ({"value": -1}, "value", "negative"),
    ({"value": -0.01}, "value", "negative"),
    ({"value": "100000"}, "value", "expected a number"),
    ({"value": True}, "value", "expected a number"),
    ({"value": float("nan")}, "value", "finite"),
    ({"value": float("inf")}, "value", "finite"),
    ({"date": DROP}, "date", "missing"),
    ({"date": "2026-02-30"}, "date", "impossible date"),
    ({"date": "2026-13-01"}, "date", "impossible date"),
    ({"date": "2025-02-29"}, "date", "impossible date"),
    ({"date": "01-03-2026"}, "date", "YYYY-MM-DD"),
    ({"date": "20260301"}, "date", "YYYY-MM-DD"),
    ({"date": 20260301}, "date", "YYYY-MM-DD"),
    ({"innovation": "disruptive"}, "innovation", "unknown value"),
    ({"specifiable": "yes"}, "specifiable", "true or false"),
    ({"purchase_after_development": 1}, "purchase_after_development", "true or false"),
    ({"design_contest": None}, "design_contest", "true or false"),
    ({"urgency": "false"}, "urgency", "true or false"),
    ({"electronic_submission": 0}, "electronic_submission", "true or false"),
    ({"prior_information_notice": []}, "prior_information_notice", "true or false"),
    ({"urgancy": True}, "urgancy", "unknown field"),
    ({"assumptions": []}, "assumptions", "unknown field"),
    ({"lots": {"a": 1}}, "lots", "list"),
    ({"lots": [100, -5]}, "lots[1]", "negative"),
    ({"lots": [{"id": "A", "value": "x"}]}, "lots[0].value", "expected a number"),
    ({"lots": [{"id": "", "value": 1}]}, "lots[0].id", "text"),
    ({"lots": [{"id": "A", "value": 1, "extra": 2}]}, "lots[0].extra", "unknown field"),
]


@pytest.mark.parametrize(("change", "field", "words"), BAD)
def test_bad_field_is_named(change: dict[str, Any], field: str, words: str) -> None:
    data = {k: v for k, v in {**BASE, **change}.items() if v is not DROP}
    with pytest.raises(SituationError) as info:
        Situation.from_mapping(data)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ") and words in str(info.value)
    assert isinstance(info.value, InnodraftError) and isinstance(info.value, ValueError)


def test_not_an_object() -> None:
    for data in ([], "x", None, 3):
        with pytest.raises(SituationError):
            Situation.from_mapping(data)


def test_defaults_and_all_fields() -> None:
    sit = Situation.from_mapping(BASE)
    assert (sit.authority, sit.contract, sit.value, sit.date) == (
        AuthorityType.SUB_CENTRAL, ContractType.SERVICES, 500_000.0, d("2026-06-01"))
    assert sit.innovation == InnovationProfile.OFF_THE_SHELF and sit.specifiable and sit.electronic_submission
    assert not (sit.purchase_after_development or sit.design_contest or sit.urgency
                or sit.prior_information_notice)
    full = Situation.from_mapping({**BASE, "innovation": "research", "specifiable": False,
                                   "purchase_after_development": True, "design_contest": True,
                                   "urgency": True, "electronic_submission": False,
                                   "prior_information_notice": True, "value": 0,
                                   "lots": [10, {"id": "Noord", "value": 20.5}]})
    assert full.innovation == InnovationProfile.RESEARCH and not full.specifiable and full.urgency
    assert full.value == 0.0
    assert [(lot.id, lot.value) for lot in full.lots] == [("L-1", 10.0), ("Noord", 20.5)]


def test_read_situation_with_planned_dates() -> None:
    sit, plan = read_situation({**BASE, "planned": {"tenders": "2026-07-20", "contract": "2026-09-01"}})
    assert sit.value == 500_000 and plan == {"tenders": d("2026-07-20"), "contract": d("2026-09-01")}
    for planned, field in [({"tender": "2026-07-20"}, "planned.tender"),
                           ({"tenders": "2026-07-32"}, "planned.tenders"), ("x", "planned")]:
        with pytest.raises(SituationError) as info:
            read_situation({**BASE, "planned": planned})
        assert info.value.field == field


def test_from_project_reads_meta_value_and_procedure() -> None:
    project = full_project()
    sit = Situation.from_project(project)
    assert sit.authority == AuthorityType.CENTRAL and sit.contract == ContractType.SUPPLIES
    assert sit.date == project.meta.planned_publication
    # build-up: monthly 2500.25 x 48 (open-ended) + options + extensions + R&D phases + prizes
    # = 370 027; the lots (600 000 + 400 000.50) are larger, so their total counts (Aw 2.18)
    assert 2500.25 * 48 + 50_000 + 200_000 + 10 + 5 < 1_000_000.5
    assert sit.value == pytest.approx(1_000_000.5) and sit.assumptions == (ASSUMPTION_VALUE_FROM_LOTS,)
    project.value.lots = []
    assert Situation.from_project(project).value == pytest.approx(2500.25 * 48 + 50_000 + 200_000 + 10 + 5)
    assert not Situation.from_project(project).assumptions
    choice = project.procedure
    assert (sit.innovation, sit.specifiable, sit.purchase_after_development, sit.design_contest,
            sit.urgency, sit.electronic_submission, sit.prior_information_notice) == (
        choice.innovation, choice.specifiable, choice.purchase_after_development, choice.design_contest,
        choice.urgency, choice.electronic_submission, choice.prior_information_notice)
    assert [lot.id for lot in sit.lots] == ["L-1", "L-2"]


def test_from_project_without_date_uses_today_and_says_so() -> None:
    project = Project()
    project.value.base = 100_000
    sit = Situation.from_project(project, today=dt.date(2026, 4, 7))
    assert sit.date == dt.date(2026, 4, 7) and ASSUMPTION_DATE_TODAY in sit.assumptions
    result = advise(sit, bands=default_bands())
    warning = next(w for w in result.warnings if w.code == ASSUMPTION_DATE_TODAY)
    assert "2026-04-07" in warning.text.en and "7-4-2026" in warning.text.nl
    assert Situation.from_project(project).date == dt.date.today()


def test_from_project_uses_lot_total_when_larger() -> None:
    project = Project()
    project.meta.planned_publication = dt.date(2026, 5, 1)
    project.value.base = 100_000
    project.value.lots = [Lot("L-1", "a", 150_000), Lot("L-2", "b", 90_000)]
    sit = Situation.from_project(project)
    assert sit.value == 240_000 and ASSUMPTION_VALUE_FROM_LOTS in sit.assumptions
    assert advise(sit, bands=default_bands()).eu_procedure_required  # 240 000 >= 216 000
    project.value.base = 300_000
    assert Situation.from_project(project).value == 300_000


def test_planned_milestones_from_project() -> None:
    project = Project()
    project.timeline = [Milestone("T-1", "tenders", "", d("2026-07-01")),
                        Milestone("T-2", "tenders", "", d("2026-08-01")),
                        Milestone("T-3", "kickoff", "", d("2026-01-01")),
                        Milestone("T-4", "nvi", "", None),
                        Milestone("T-5", "contract", "", d("2026-10-01"))]
    assert planned_milestones(project) == {"tenders": d("2026-07-01"), "contract": d("2026-10-01")}
