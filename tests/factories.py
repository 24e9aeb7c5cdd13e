"""Builders of test projects with every field filled in."""

from __future__ import annotations

import datetime as dt

from innodraft.core.enums import (
    AuthorityType,
    AwardBasis,
    ContractType,
    InnovationProfile,
    Language,
    MarketNoteKind,
    PriceMethod,
    Priority,
    RequirementKind,
    SuitabilityKind,
    Verification,
)
from innodraft.core.model import (
    AcceptedFinding,
    AwardCriterion,
    AwardModel,
    ExclusionGround,
    LintConfig,
    Lot,
    MarketNote,
    Meta,
    Milestone,
    Need,
    Outcome,
    PriceModel,
    ProcedureChoice,
    Project,
    Requirement,
    ScaleLevel,
    Selection,
    SubCriterion,
    SuitabilityRequirement,
    ValueBuildUp,
)

TRICKY_TEXTS = (
    "Lampen 💡 met 🇳🇱 vlag en 👩🏽‍🔧 monteur",
    "مرحبا بالعالم — right-to-left ‏text‏",
    "Cafe\u0301 combin\u0308ed a\u0300ccents",
    "tab\there, newline\nhere, cr\rhere",
    "vertical\x0btab, nul\x00byte, bell\x07, esc\x1b",
    "quotes \" and \\ backslash and </xml> & ampersand",
    "=SUM(A1:A3) formula-looking",
    "\ufeffBOM in the middle\u200b zero width",
)
"""Texts that break naive serialisation, XML or spreadsheets."""


def full_project(text_seed: str = "") -> Project:
    """A project in which every field differs from its default."""
    tricky = [t + text_seed for t in TRICKY_TEXTS]
    reqs = [
        Requirement(
            id=f"E-{i:03d}", title=f"Eis {i}", text=tricky[i % len(tricky)],
            kind=list(RequirementKind)[i % 3], category="energie", rationale="omdat",
            verification=Verification.TEST, verification_detail="meting",
            priority=list(Priority)[i % 4], outcome_id="O-1",
            accepted=[AcceptedFinding(rule="nl.brand.without-equivalent", match="Philips",
                                      justification="bestaand systeem " + tricky[0],
                                      author="Jan", accepted_at=dt.datetime(2026, 3, 4, 10, 30, 5))]
            if i == 1 else [],
        )
        for i in range(1, 7)
    ]
    return Project(
        meta=Meta(title="Slimme verlichting " + tricky[0], reference="REF-2027/01",
                  authority_name="Gemeente Voorbeeld", authority_type=AuthorityType.CENTRAL,
                  contract_type=ContractType.SUPPLIES, cpv_codes=["34993000-4", "45316110-9"],
                  language=Language.EN, author="A. Inkoper", document_version="1.2",
                  created=dt.date(2026, 1, 31), planned_publication=dt.date(2027, 2, 28)),
        value=ValueBuildUp(base=1_000_000.5, options=50_000, extensions=200_000,
                           duration_months=36, monthly_value=2500.25, open_ended=True,
                           development_phases=10.0, prizes=5.0,
                           lots=[Lot(id="L-1", title="Noord", value=600_000),
                                 Lot(id="L-2", title="Zuid " + tricky[1], value=400_000.5)]),
        need=Need(problem=tricky[2], outcomes=[Outcome(id="O-1", text=tricky[3],
                                                       indicator="kWh", target="-40 %")],
                  context="ctx", ambition="amb", left_open=tricky[4]),
        market=[MarketNote(id="M-1", kind=MarketNoteKind.QUESTION, date=dt.date(2026, 5, 1),
                           party="Leverancier", title="Vraag", text=tricky[5], answer="ja")],
        requirements=reqs,
        selection=Selection(
            exclusion_grounds=[ExclusionGround(id="X-1", text="fraude", mandatory=False,
                                               basis="Aw 2.86")],
            suitability=[SuitabilityRequirement(
                id="S-1", kind=SuitabilityKind.TURNOVER, text=tricky[6], amount=5e6, count=2,
                years=3, motivation="risico",
                accepted=[AcceptedFinding(rule="r", match="m", justification="j")])],
            max_candidates=5),
        award=AwardModel(
            basis=AwardBasis.LOWEST_COST,
            criteria=[AwardCriterion(id="G-1", title="Kwaliteit", description=tricky[7],
                                     weight=60, requirement_ids=["E-002"],
                                     sub_criteria=[SubCriterion(id="SG-1", title="a",
                                                                description="d", weight=100)])],
            price=PriceModel(method=PriceMethod.LINEAR, weight=35, discount_total=1000),
            scale=[ScaleLevel(score=s, label=f"l{s}", descriptor=f"d{s}") for s in (0, 5, 10)],
            evaluators=["B1", "B2"], spread_threshold=3.5, motivation="levenscyclus"),
        procedure=ProcedureChoice(innovation=InnovationProfile.DEVELOPMENT, specifiable=False,
                                  purchase_after_development=True, design_contest=True,
                                  urgency=True, electronic_submission=False,
                                  prior_information_notice=True, procedure_id="open",
                                  rationale="omdat"),
        timeline=[Milestone(id="T-1", key="publication", label="Publicatie",
                            date=dt.date(2027, 2, 28))],
        lint=LintConfig(allow=["NEN-EN 13201"], disabled_rules=["nl.style.long-sentence"]),
        counters={"E": 9, "O": 1, "M": 1, "X": 1, "S": 1, "G": 1, "SG": 1, "T": 1, "L": 2},
    )
