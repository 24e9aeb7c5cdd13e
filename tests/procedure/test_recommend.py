"""Recommendation and ranking (§8 decision logic), utilities regime, social services."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innodraft.procedure import PROCEDURE_IDS, Situation, advise, default_bands, threshold_for
from tests.procedure.helpers import advice

ABOVE = {"authority": "sub_central", "contract": "services", "value": 500_000}
UTILITY = {"authority": "utility", "contract": "supplies", "value": 500_000}

# (facts, recommended, why-rule, next allowed ids in order)
CASES: list[tuple[dict[str, Any], str, str, tuple[str, ...]]] = [
    ({**ABOVE}, "open", "standard", ("restricted",)),
    ({**ABOVE, "innovation": "adaptation"}, "competitive_negotiation", "adapt_known_need",
     ("competitive_dialogue", "open")),
    ({**ABOVE, "specifiable": False}, "competitive_dialogue", "solution_unknown",
     ("competitive_negotiation", "open")),
    ({**ABOVE, "innovation": "development", "purchase_after_development": True}, "innovation_partnership",
     "develop_and_buy", ("competitive_negotiation", "competitive_dialogue")),
    ({**ABOVE, "innovation": "research"}, "pcp", "rd_outside_act", ("sbir", "competitive_negotiation")),
    ({**ABOVE, "innovation": "development"}, "pcp", "rd_outside_act", ("sbir",)),
    ({**ABOVE, "design_contest": True}, "design_contest", "design_first", ("open", "restricted")),
    ({**ABOVE, "design_contest": True, "innovation": "development", "purchase_after_development": True},
     "innovation_partnership", "develop_and_buy", ("design_contest",)),
    # utilities: free choice (Aw 3.32), ranking by fit
    ({**UTILITY}, "open", "standard", ("restricted",)),
    ({**UTILITY, "innovation": "adaptation"}, "competitive_negotiation", "adapt_known_need", ()),
    ({**UTILITY, "specifiable": False}, "competitive_dialogue", "solution_unknown", ()),
    ({**UTILITY, "innovation": "development", "purchase_after_development": True},
     "innovation_partnership", "develop_and_buy", ()),
    # social services: light regime above 750 000, national below
    ({"contract": "social_services", "value": 800_000}, "open", "standard", ("restricted",)),
    ({"contract": "social_services", "value": 800_000, "innovation": "adaptation"},
     "competitive_negotiation", "adapt_known_need", ()),
    ({"contract": "social_services", "value": 700_000}, "multiple_private", "bands", ("national_open",)),
    # below the threshold: the (UNVERIFIED) bands decide
    ({"contract": "works", "value": 100_000}, "single_private", "bands", ("multiple_private",)),
    ({"contract": "works", "value": 149_999.99}, "single_private", "bands", ("multiple_private",)),
    ({"contract": "works", "value": 150_000}, "multiple_private", "bands", ("national_open",)),
    ({"contract": "works", "value": 1_499_999}, "multiple_private", "bands", ("national_open",)),
    ({"contract": "works", "value": 1_500_000}, "national_open", "bands", ("national_restricted",)),
    ({"contract": "works", "value": 5_403_999}, "national_open", "bands", ("national_restricted",)),
    ({"contract": "works", "value": 5_404_000}, "open", "standard", ("restricted",)),
    ({"contract": "supplies", "value": 50_000}, "multiple_private", "bands", ("national_open",)),
    ({"contract": "services", "value": 100_000, "innovation": "research"}, "pcp", "rd_outside_act",
     ("sbir",)),
    ({"contract": "services", "value": 100_000, "design_contest": True}, "design_contest", "design_first",
     ("multiple_private",)),
]


@pytest.mark.parametrize(("facts", "recommended", "rule", "following"), CASES)
def test_recommendation(facts: dict[str, Any], recommended: str, rule: str,
                        following: tuple[str, ...]) -> None:
    result = advice(**facts)
    assert result.recommended == recommended
    first = result.procedures[0]
    assert first.id == recommended and first.rank == 1 and first.allowed
    why_words = {"standard": "off-the-shelf", "adapt_known_need": "adapted", "solution_unknown": "dialogue",
                 "develop_and_buy": "developed", "rd_outside_act": "outside the Act",
                 "design_first": "design", "bands": "procedure bands"}[rule]
    assert why_words in result.why.en and first.reasons[0].en.startswith("Recommended:")
    assert first.reasons[0].nl.startswith("Aanbevolen:")
    allowed = [p.id for p in result.procedures if p.allowed]
    assert tuple(allowed[1:1 + len(following)]) == following


def test_utilities_have_free_choice_and_own_time_limits() -> None:
    result = advice(**UTILITY)
    assert result.regime == "utility" and result.threshold.amount == 432_000
    for pid in ("open", "restricted", "competitive_dialogue", "competitive_negotiation",
                "innovation_partnership"):
        assert result.procedure(pid).allowed and "Aw 3.32" in result.procedure(pid).legal_basis
    assert result.procedure("restricted").min_days["tenders"] == 24  # Aw 3.59(4)-(5), not 40/35
    below = advice(**{**UTILITY, "value": 431_999})
    assert below.regime == "national" and "warn.utility_below" in [w.code for w in below.warnings]


def test_social_services_light_regime() -> None:
    result = advice(contract="social_services", value=750_000)
    assert result.regime == "light" and result.eu_procedure_required
    assert all(not p.min_days for p in result.procedures)
    warning = next(w for w in result.warnings if w.code == "warn.light_regime")
    assert warning.unverified and "Aw 2.39(2)" in warning.text.en
    utility = advice(authority="utility", contract="social_services", value=999_999)
    assert utility.regime == "national" and utility.threshold.amount == 1_000_000
    assert advice(authority="utility", contract="social_services", value=1_000_000).regime == "light"


def test_procedures_not_allowed_come_last_in_catalogue_order() -> None:
    result = advice(**ABOVE)
    flags = [p.allowed for p in result.procedures]
    assert flags == sorted(flags, reverse=True)
    rejected = [p.id for p in result.procedures if not p.allowed]
    assert rejected == [pid for pid in PROCEDURE_IDS if pid in rejected]


facts_strategy = st.fixed_dictionaries({
    "authority": st.sampled_from(["central", "sub_central", "utility"]),
    "contract": st.sampled_from(["works", "supplies", "services", "social_services"]),
    "value": st.floats(min_value=0, max_value=2e7, allow_nan=False),
    "date": st.dates(min_value=__import__("datetime").date(2022, 1, 1),
                     max_value=__import__("datetime").date(2029, 12, 31)).map(str),
    "innovation": st.sampled_from(["off_the_shelf", "adaptation", "development", "research"]),
    "specifiable": st.booleans(), "purchase_after_development": st.booleans(),
    "design_contest": st.booleans(), "urgency": st.booleans(),
    "electronic_submission": st.booleans(), "prior_information_notice": st.booleans(),
})


@settings(max_examples=150, deadline=None)
@given(facts_strategy)
def test_invariants_for_any_situation(facts: dict[str, Any]) -> None:
    sit = Situation.from_mapping(facts)
    result = advise(sit, bands=default_bands())
    thr = threshold_for(sit.authority, sit.contract, sit.date)
    assert result.eu_procedure_required is (sit.value >= thr.amount)
    assert sorted(p.id for p in result.procedures) == sorted(PROCEDURE_IDS)
    assert [p.rank for p in result.procedures] == list(range(1, len(PROCEDURE_IDS) + 1))
    assert result.procedure(result.recommended).allowed
    national = {"national_open", "national_restricted", "multiple_private", "single_private"}
    assert all(p.allowed is not result.eu_procedure_required
               for p in result.procedures if p.id in national)
    assert all(p.reasons and p.legal_basis for p in result.procedures)
    data = result.to_data("nl")
    assert set(data) == {"eu_procedure_required", "threshold", "recommended", "procedures", "timeline",
                         "memo"}
    assert data["recommended"] == result.recommended and data["memo"] and result.memo("en")
    assert next(i.key for i in result.timeline) == "publication"
