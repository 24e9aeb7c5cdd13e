"""Estimated value, consistency checks and XML-safe text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innodraft.core.enums import AwardBasis, PriceMethod
from innodraft.core.model import (
    AwardCriterion,
    Project,
    Requirement,
    ScaleLevel,
    SubCriterion,
    ValueBuildUp,
)
from innodraft.core.text import one_line, xml_safe
from innodraft.core.validation import check_project
from innodraft.core.value import estimate


@pytest.mark.parametrize(("build", "total"), [
    (ValueBuildUp(base=100_000), 100_000),
    (ValueBuildUp(base=100_000, options=20_000, extensions=30_000), 150_000),
    (ValueBuildUp(monthly_value=10_000, duration_months=24), 240_000),
    (ValueBuildUp(monthly_value=10_000, duration_months=48), 480_000),
    (ValueBuildUp(monthly_value=10_000, duration_months=60), 480_000),   # > 48 months: x 48
    (ValueBuildUp(monthly_value=10_000, open_ended=True), 480_000),       # indefinite: x 48
    (ValueBuildUp(base=1_000_000, development_phases=400_000, prizes=25_000), 1_425_000),
    (ValueBuildUp(base=-5), 0),
])
def test_estimate(build: ValueBuildUp, total: float) -> None:
    assert estimate(build).total == total


def test_estimate_names_its_legal_basis() -> None:
    parts = estimate(ValueBuildUp(monthly_value=1, duration_months=60, options=1)).parts
    assert [(p.key, p.basis) for p in parts] == [("monthly", "Aw 2.17(d)-(e)"),
                                                ("options", "Aw 2.15(2)")]


def _award_project(price: float, weights: list[float]) -> Project:
    project = Project()
    project.award.price.weight = price
    project.award.criteria = [AwardCriterion(id=f"G-{i}", weight=w) for i, w in enumerate(weights, 1)]
    project.award.scale = [ScaleLevel(score=0), ScaleLevel(score=10)]
    return project


def test_weights_must_total_100() -> None:
    assert check_project(_award_project(40, [30, 30])) == []
    (problem,) = check_project(_award_project(40, [30, 20]))
    assert problem.code == "weights_total"
    assert "90 %" in problem.message("en") and "90 %" in problem.message("nl")


def test_fictitious_discount_needs_quality_100_and_euro_value() -> None:
    project = _award_project(0, [70, 30])
    project.award.price.method = PriceMethod.FICTITIOUS_DISCOUNT
    assert [p.code for p in check_project(project)] == ["no_discount"]
    project.award.price.discount_total = 50_000
    assert check_project(project) == []


def test_dangling_links_motivation_and_scale() -> None:
    project = _award_project(40, [60])
    project.requirements = [Requirement(id="E-001", text="x", outcome_id="O-9")]
    project.award.criteria[0].requirement_ids = ["E-404"]
    project.award.criteria[0].sub_criteria = [SubCriterion(id="SG-1", weight=50)]
    project.award.basis = AwardBasis.LOWEST_PRICE
    project.award.scale = []
    codes = sorted(p.code for p in check_project(project))
    assert codes == ["missing_motivation", "no_scale", "sub_weights_total", "unknown_outcome",
                     "unknown_requirement"]
    for problem in check_project(project):
        assert problem.message("nl") != problem.message("en")


def test_xml_safe_maps_soft_breaks_and_drops_illegal() -> None:
    assert xml_safe("a\x0bb\x0cc") == "a\nb\nc"
    assert xml_safe("x\x00y\x07z\x1b\ufffe\uffff\ud800!") == "xyz!"
    assert xml_safe("tab\tnl\ncr\r emoji 💡 RTL مرحبا e\u0301") == "tab\tnl\ncr\r emoji 💡 RTL مرحبا e\u0301"
    assert xml_safe("") == ""


@given(st.text())
def test_xml_safe_output_is_always_xml_compatible(text: str) -> None:
    cleaned = xml_safe(text)
    for ch in cleaned:
        code = ord(ch)
        assert code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


def test_one_line() -> None:
    assert one_line("a\n  b\tc") == "a b c"
    assert one_line("x" * 300, limit=10) == "x" * 9 + "…"
