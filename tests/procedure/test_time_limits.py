"""Minimum time limits with reductions (e-submission, PIN, urgency), NvI and standstill.

Expected days from the fact sheet §1.4 (Aw 2.71-2.74b, 3.59-3.60d, 2.73, 2.127).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.procedure.helpers import advice

CLASSIC = {"authority": "sub_central", "contract": "services", "value": 500_000}
UTILITY = {"authority": "utility", "contract": "supplies", "value": 500_000}
NO_E = {"electronic_submission": False}
PIN = {"prior_information_notice": True}
URG = {"urgency": True}

# (situation, procedure, expected min_days, an article in the basis of "tenders" or "requests")
CASES: list[tuple[dict[str, Any], str, dict[str, int], str]] = [
    # open procedure, classic sector
    (CLASSIC, "open", {"tenders": 40, "nvi_before_tenders": 10, "standstill": 20}, "Aw 2.74b"),
    ({**CLASSIC, **NO_E}, "open", {"tenders": 45, "nvi_before_tenders": 10, "standstill": 20}, "Aw 2.71(1)"),
    ({**CLASSIC, **PIN}, "open", {"tenders": 29, "nvi_before_tenders": 10, "standstill": 20},
     "Aw 2.71(5)-(6)"),
    ({**CLASSIC, **PIN, **NO_E}, "open", {"tenders": 29, "nvi_before_tenders": 10, "standstill": 20},
     "Aw 2.71(5)"),
    ({**CLASSIC, **URG}, "open", {"tenders": 15, "nvi_before_tenders": 4, "standstill": 20}, "Aw 2.74(a)"),
    ({**CLASSIC, **URG, **PIN, **NO_E}, "open", {"tenders": 15, "nvi_before_tenders": 4, "standstill": 20},
     "Aw 2.74(a)"),
    # restricted and competitive procedure with negotiation
    *[(s, p, d, b) for p in ("restricted", "competitive_negotiation") for s, d, b in [
        (CLASSIC, {"requests": 30, "tenders": 35, "nvi_before_tenders": 10, "standstill": 20}, "Aw 2.71(4)"),
        ({**CLASSIC, **NO_E}, {"requests": 30, "tenders": 40, "nvi_before_tenders": 10, "standstill": 20},
         "Aw 2.71(2)"),
        ({**CLASSIC, **PIN}, {"requests": 30, "tenders": 29, "nvi_before_tenders": 10, "standstill": 20},
         "Aw 2.71(5)-(6)"),
        ({**CLASSIC, **URG}, {"requests": 15, "tenders": 10, "nvi_before_tenders": 4, "standstill": 20},
         "Aw 2.74(c)"),
    ]],
    # dialogue and innovation partnership: requests only, no urgency reduction
    *[(s, p, {"requests": 30, "nvi_before_tenders": 10, "standstill": 20}, "Aw 2.71(3)")
      for p in ("competitive_dialogue", "innovation_partnership") for s in (CLASSIC, {**CLASSIC, **URG})],
    (CLASSIC, "negotiated_without_notice", {"standstill": 20}, ""),
    (CLASSIC, "design_contest", {}, ""),
    # utilities (Aw 3.59-3.60d)
    (UTILITY, "open", {"tenders": 40, "nvi_before_tenders": 10, "standstill": 20}, "Aw 3.60d"),
    ({**UTILITY, **NO_E}, "open", {"tenders": 45, "nvi_before_tenders": 10, "standstill": 20}, "Aw 3.59(1)"),
    ({**UTILITY, **PIN}, "open", {"tenders": 29, "nvi_before_tenders": 10, "standstill": 20}, "Aw 3.60"),
    ({**UTILITY, **URG}, "open", {"tenders": 15, "nvi_before_tenders": 4, "standstill": 20}, "Aw 3.60c"),
    (UTILITY, "restricted", {"requests": 30, "tenders": 24, "nvi_before_tenders": 10, "standstill": 20},
     "Aw 3.59(4)-(5)"),
    ({**UTILITY, **NO_E}, "competitive_negotiation",
     {"requests": 30, "tenders": 24, "nvi_before_tenders": 10, "standstill": 20}, "Aw 3.59(2)"),
    ({**UTILITY, **URG}, "restricted",
     {"requests": 15, "tenders": 24, "nvi_before_tenders": 10, "standstill": 20}, "Aw 3.59(2)"),
    (UTILITY, "competitive_dialogue", {"requests": 30, "nvi_before_tenders": 10, "standstill": 20},
     "Aw 3.59(2)"),
    # light regime: no statutory minima (Aw 2.39(2))
    *[({"contract": "social_services", "value": 800_000}, p, {}, "")
      for p in ("open", "restricted", "competitive_negotiation")],
    # below the threshold: national routes have none; a voluntary EU procedure keeps its own
    *[({**CLASSIC, "value": 100_000}, p, {}, "") for p in
      ("national_open", "national_restricted", "multiple_private", "single_private", "pcp", "sbir")],
    ({**CLASSIC, "value": 100_000}, "open", {"tenders": 40, "nvi_before_tenders": 10}, "Aw 2.74b"),
]


@pytest.mark.parametrize(("facts", "proc", "expected", "article"), CASES)
def test_min_days(facts: dict[str, Any], proc: str, expected: dict[str, int], article: str) -> None:
    item = advice(**facts).procedure(proc)
    assert item.min_days == expected
    if article:
        bases = [b for limit in item.time_limits if limit.key in ("tenders", "requests") for b in limit.basis]
        assert any(article in b for b in bases), bases


def test_utility_nvi_and_standstill_are_marked_unverified() -> None:
    result = advice(**UTILITY)
    limits = {limit.key: limit for limit in result.procedure("open").time_limits}
    assert limits["standstill"].unverified and limits["nvi_before_tenders"].unverified
    assert not limits["tenders"].unverified
    codes = {w.code for w in result.warnings if w.unverified}
    assert {"warn.unverified_limit.standstill", "warn.unverified_limit.nvi_before_tenders"} <= codes
    classic = advice(**CLASSIC)
    assert not any(limit.unverified for limit in classic.procedure("open").time_limits)


def test_reduction_warnings() -> None:
    codes = {w.code for w in advice(**CLASSIC, **URG, **PIN).warnings}
    assert {"warn.urgency", "warn.pin"} <= codes
    assert not {"warn.urgency", "warn.pin"} & {w.code for w in advice(**CLASSIC).warnings}
