"""Every procedure's legal grounds, per regime: allowed or not, which ground, which article."""

from __future__ import annotations

from typing import Any

import pytest

from innodraft.procedure import PROCEDURE_IDS
from tests.procedure.helpers import advice

REGIMES: dict[str, dict[str, Any]] = {
    "classic": {"authority": "sub_central", "contract": "services", "value": 500_000},
    "utility": {"authority": "utility", "contract": "services", "value": 500_000},
    "light": {"authority": "sub_central", "contract": "social_services", "value": 800_000},
    "national": {"authority": "sub_central", "contract": "services", "value": 100_000},
}
DEV_BUY = {"innovation": "development", "purchase_after_development": True}
R228 = ("competitive_dialogue", "competitive_negotiation")
NATIONAL = ("national_open", "national_restricted", "multiple_private", "single_private")

# (regime, facts, procedure, allowed, grounds met, text in legal basis, text in reasons)
CASES: list[tuple[str, dict[str, Any], str, bool, tuple[str, ...], str, str]] = [
    *[(r, {}, p, True, (), b, t) for p in ("open", "restricted") for r, b, t in [
        ("classic", "Dir24 Art 2", "always allowed"), ("utility", "Aw 3.32", "free choice"),
        ("light", "Aw 2.38", "Light regime"), ("national", "Aw 2.2", "voluntarily")]],
    # Aw 2.28(1) grounds for the dialogue and the negotiated procedure (classic sector)
    *[(r, f, p, ok, g, b, t) for p in R228 for r in ("classic", "national") for f, ok, g, b, t in [
        ({}, False, (), "Aw 2.28(1)", "Aw 2.28(1)(a)(3°)"),
        ({"urgency": True, "prior_information_notice": True}, False, (), "Aw 2.28(1)", "Aw 2.28(1)(b)"),
        ({"innovation": "adaptation"}, True, ("adapt_available",), "Aw 2.28(1)(a)(1°)", "Allowed on"),
        ({"innovation": "development"}, True, ("adapt_available", "design_or_innovative"),
         "Aw 2.28(1)(a)(2°)", "innovative solutions"),
        ({"innovation": "research"}, True, ("adapt_available", "design_or_innovative"),
         "Aw 2.28(1)(a)(1°)", "readily available"),
        ({"design_contest": True}, True, ("includes_design",), "Aw 2.28(1)(a)(2°)", "includes design"),
        ({"specifiable": False}, True, ("not_specifiable",), "Aw 2.28(1)(a)(4°)", "sufficient precision"),
    ]],
    # utilities and light regime: free choice, no grounds test
    *[(r, {}, p, True, (), b, t) for p in (*R228, "innovation_partnership") for r, b, t in [
        ("utility", "Aw 3.32", "Special-sector company"), ("light", "Aw 2.39", "shape the procedure")]],
    # innovation partnership: develop and then buy (Aw 2.31a)
    *[(r, f, "innovation_partnership", ok, g, "Aw 2.31a", t) for r in ("classic", "national")
      for f, ok, g, t in [
        (DEV_BUY, True, ("develop_then_buy",), "not yet available on the market"),
        ({**DEV_BUY, "innovation": "research"}, True, ("develop_then_buy",), "developed and then bought"),
        ({"innovation": "development"}, False, (), "subsequently bought"),
        ({**DEV_BUY, "innovation": "adaptation"}, False, (), "not yet on the market"),
        ({"purchase_after_development": True}, False, (), "Aw 2.31a"),
    ]],
    ("classic", DEV_BUY, "innovation_partnership", True, ("develop_then_buy",), "Aw 2.126b", "IPR"),
    # negotiated without notice: exhaustive grounds the buyer must check
    *[("classic", f, "negotiated_without_notice", False, (), "Aw 2.32-2.36", t) for f, t in [
        ({}, "Aw 2.32(1)(a)"), ({}, "Aw 2.32(1)(b)"), ({}, "Aw 2.32(1)(c)"), ({}, "Aw 2.33(b)-(d)"),
        ({}, "Aw 2.36"), ({"urgency": True}, "not enough"),
        ({"contract": "supplies", "innovation": "research"}, "Check Aw 2.33(a)"),
        ({"design_contest": True}, "follow-up service contract may be negotiated"),
    ]],
    ("utility", {}, "negotiated_without_notice", False, (), "Aw 3.36-3.38", "Aw 3.36(1)(b)"),
    ("light", {}, "negotiated_without_notice", False, (), "Aw 2.32-2.36", "Aw 2.39(1)"),
    ("national", {}, "negotiated_without_notice", False, (), "Aw 1.14", "single or multiple private"),
    # design contest: a plan or design first (Aw 2.42)
    *[(r, f, "design_contest", ok, g, "Aw 2.42", t) for r in REGIMES for f, ok, g, t in [
        ({"design_contest": True}, True, ("design_wanted",), "plan or design is wanted"),
        ({}, False, (), "architecture"),
    ]],
    ("classic", {"design_contest": True}, "design_contest", True, ("design_wanted",), "Aw 2.157", "Aw 2.34"),
    # national routes only below the threshold
    *[(r, {}, p, r == "national", (), b if r == "national" else "Aw 2.14",
       t if r == "national" else "Aw 2.14")
      for p, b, t in [("national_open", "Aw 1.18-1.21", "TenderNed"),
                      ("national_restricted", "Aw 1.12-1.13", "preselection"),
                      ("multiple_private", "Aw 1.14-1.16", "at least two operators"),
                      ("single_private", "Aw 1.4-1.6", "objective criteria")]
      for r in REGIMES],
    # PCP and SBIR: R&D services outside the Act (Aw 2.24(g)), in every regime
    *[(r, f, p, ok, g, "Aw 2.24(g)", t) for p in ("pcp", "sbir") for r in REGIMES for f, ok, g, t in [
        ({"innovation": "research"}, True, ("rd_services",), "State-aid"),
        ({"innovation": "development"}, True, ("rd_services",), "risk-benefit"),
        ({"innovation": "research", "purchase_after_development": True}, True, ("rd_services",),
         "separate, regular procurement"),
        ({"innovation": "adaptation"}, False, (), "Not applicable"),
        ({}, False, (), "research and development services"),
    ]],
]


def _id(case: tuple[Any, ...]) -> str:
    regime, facts, proc, allowed = case[:4]
    return f"{proc}-{regime}-{'-'.join(f'{k}={v}' for k, v in facts.items()) or 'base'}-{allowed}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_grounds(case: tuple[str, dict[str, Any], str, bool, tuple[str, ...], str, str]) -> None:
    regime, facts, proc, allowed, grounds, basis, words = case
    result = advice(**{**REGIMES[regime], **facts})
    assert result.regime == regime
    item = result.procedure(proc)
    assert item.allowed is allowed
    assert item.grounds_met == grounds
    assert any(basis in b for b in item.legal_basis), item.legal_basis
    assert any(words in r.en for r in item.reasons), [r.en for r in item.reasons]
    assert all(r.nl and r.nl != r.en for r in item.reasons)


def test_every_procedure_in_every_regime_is_covered() -> None:
    covered = {(c[0], c[2]) for c in CASES}
    assert covered == {(r, p) for r in REGIMES for p in PROCEDURE_IDS}


def test_unverified_procedure_remarks() -> None:
    assert advice(**REGIMES["utility"], design_contest=True).procedure("design_contest").unverified
    assert advice(**REGIMES["classic"], design_contest=True).procedure("design_contest").unverified is None
    sbir = advice(**REGIMES["classic"], innovation="research").procedure("sbir").unverified
    assert sbir is not None and "UNVERIFIED" in sbir.en and "NIET GEVERIFIEERD" in sbir.nl


def test_award_criteria_and_candidates_from_the_catalogue() -> None:
    result = advice(**REGIMES["classic"], **DEV_BUY)
    assert result.procedure("innovation_partnership").award_criteria == ("bpkv",)
    assert result.procedure("competitive_dialogue").award_criteria == ("bpkv",)
    assert set(result.procedure("open").award_criteria) == {"bpkv", "lowest_cost", "lowest_price"}
    assert {p: result.procedure(p).min_candidates for p in
            ("restricted", "competitive_dialogue", "competitive_negotiation", "innovation_partnership")} == {
        "restricted": 5, "competitive_dialogue": 3, "competitive_negotiation": 3, "innovation_partnership": 3}
    assert result.procedure("open").names == {"nl": "Openbare procedure", "en": "Open procedure"}
