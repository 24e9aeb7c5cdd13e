"""The tender project: plain, mutable dataclasses without behaviour beyond lookups.

Every edit goes through :mod:`innodraft.core.commands`; nothing else should
assign to these objects once a project is open. Items in lists carry a stable
``id`` (``E-001``, ``O-1``) that never changes when items move or are deleted;
:class:`Project` keeps the last number handed out per prefix in ``counters`` so
deleted ids are never reused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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

FORMAT_VERSION = 1
"""Version of the project file format written by this release."""

ID_PREFIXES: dict[str, str] = {
    "requirements": "E",
    "outcomes": "O",
    "market": "M",
    "exclusion_grounds": "X",
    "suitability": "S",
    "criteria": "G",
    "sub_criteria": "SG",
    "milestones": "T",
    "lots": "L",
}
"""Id prefix per item list (the list's field name)."""


@dataclass
class Lot:
    """A lot (perceel) with its own estimated value."""

    id: str
    title: str = ""
    value: float = 0.0


@dataclass
class ValueBuildUp:
    """Inputs of the estimated contract value (Aw 2.15-2.22), EUR excluding VAT."""

    base: float = 0.0
    """Value of the firm part of the contract over its fixed term."""
    options: float = 0.0
    """Options mentioned in the documents."""
    extensions: float = 0.0
    """Optional extension periods."""
    duration_months: int | None = None
    """Fixed term in months (None when there is no fixed term)."""
    monthly_value: float | None = None
    """For services without a total price: the monthly amount (Aw 2.17(d)-(e))."""
    open_ended: bool = False
    """Indefinite term (monthly value x 48)."""
    development_phases: float = 0.0
    """Innovation partnership: value of all R&D phases (Aw 2.22)."""
    prizes: float = 0.0
    """Design contest prizes and payments to participants (Aw 2.22)."""
    lots: list[Lot] = field(default_factory=list)


@dataclass
class Meta:
    """Identification of the tender."""

    title: str = ""
    reference: str = ""
    authority_name: str = ""
    authority_type: AuthorityType = AuthorityType.SUB_CENTRAL
    contract_type: ContractType = ContractType.SERVICES
    cpv_codes: list[str] = field(default_factory=list)
    language: Language = Language.NL
    author: str = ""
    document_version: str = "0.1"
    created: dt.date | None = None
    planned_publication: dt.date | None = None
    """Planned dispatch date of the notice (drives thresholds and timeline)."""


@dataclass
class Outcome:
    """A desired outcome of the need, with how success is measured."""

    id: str
    text: str = ""
    indicator: str = ""
    """Measurable performance indicator (what is measured)."""
    target: str = ""
    """Target level (e.g. '>= 95 % of trips')."""


@dataclass
class Need:
    """The buyer's need, stated as a problem and outcomes (the *what*)."""

    problem: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    context: str = ""
    ambition: str = ""
    left_open: str = ""
    """What is deliberately left to the market."""


@dataclass
class MarketNote:
    """An entry of the market consultation log."""

    id: str
    kind: MarketNoteKind = MarketNoteKind.NOTE
    date: dt.date | None = None
    party: str = ""
    title: str = ""
    text: str = ""
    answer: str = ""


@dataclass
class AcceptedFinding:
    """A lint finding the buyer keeps on purpose, with the reason.

    Acceptances have no id: a requirement's ``accepted`` list is edited as a
    whole with ``SetValue(("requirements", req_id, "accepted"), new_list)``.
    """

    rule: str
    """Rule id, e.g. ``nl.brand.without-equivalent``."""
    match: str
    """The flagged text at the time of acceptance; the acceptance applies to this text only."""
    justification: str
    author: str = ""
    accepted_at: dt.datetime | None = None


@dataclass
class Requirement:
    """One requirement of the Programma van Eisen."""

    id: str
    title: str = ""
    text: str = ""
    kind: RequirementKind = RequirementKind.KNOCKOUT
    category: str = ""
    rationale: str = ""
    verification: Verification = Verification.NONE
    verification_detail: str = ""
    priority: Priority = Priority.MUST
    outcome_id: str | None = None
    accepted: list[AcceptedFinding] = field(default_factory=list)


@dataclass
class ExclusionGround:
    """An exclusion ground (uitsluitingsgrond), Aw 2.86-2.87."""

    id: str
    text: str = ""
    mandatory: bool = True
    basis: str = ""


@dataclass
class SuitabilityRequirement:
    """A suitability requirement (geschiktheidseis) with its figures."""

    id: str
    kind: SuitabilityKind = SuitabilityKind.OTHER
    text: str = ""
    amount: float | None = None
    """Money figure in EUR (turnover, insured sum, reference value)."""
    count: int | None = None
    """Number of references, years of experience, staff."""
    years: int | None = None
    """Look-back period in years (references, turnover)."""
    motivation: str = ""
    accepted: list[AcceptedFinding] = field(default_factory=list)


@dataclass
class Selection:
    """Exclusion and suitability (selection stage)."""

    exclusion_grounds: list[ExclusionGround] = field(default_factory=list)
    suitability: list[SuitabilityRequirement] = field(default_factory=list)
    max_candidates: int | None = None


@dataclass
class ScaleLevel:
    """One step of the scoring scale with its anchored descriptor."""

    score: float
    label: str = ""
    descriptor: str = ""


@dataclass
class SubCriterion:
    """A sub-criterion; its weight is a share (%) of its parent criterion."""

    id: str
    title: str = ""
    description: str = ""
    weight: float = 0.0


@dataclass
class AwardCriterion:
    """A quality award criterion; weight is a percentage of the total score."""

    id: str
    title: str = ""
    description: str = ""
    weight: float = 0.0
    requirement_ids: list[str] = field(default_factory=list)
    sub_criteria: list[SubCriterion] = field(default_factory=list)


@dataclass
class PriceModel:
    """How price is scored."""

    method: PriceMethod = PriceMethod.RELATIVE
    weight: float = 40.0
    """Percentage of the total score given to price (relative / linear)."""
    discount_total: float = 0.0
    """Fictitious discount: euro value of a perfect quality score."""


@dataclass
class AwardModel:
    """Award criteria, weights, scoring scale and evaluation set-up."""

    basis: AwardBasis = AwardBasis.BPKV
    criteria: list[AwardCriterion] = field(default_factory=list)
    price: PriceModel = field(default_factory=PriceModel)
    scale: list[ScaleLevel] = field(default_factory=list)
    evaluators: list[str] = field(default_factory=list)
    """Evaluator names or codes (empty: use the count from settings)."""
    spread_threshold: float = 2.0
    """Consensus flag when evaluators' scores differ by more than this."""
    motivation: str = ""
    """Required motivation when the basis is lowest price or lowest cost."""


@dataclass
class ProcedureChoice:
    """Facts for the procedure advisor and the buyer's choice."""

    innovation: InnovationProfile = InnovationProfile.OFF_THE_SHELF
    specifiable: bool = True
    purchase_after_development: bool = False
    design_contest: bool = False
    urgency: bool = False
    electronic_submission: bool = True
    prior_information_notice: bool = False
    procedure_id: str | None = None
    rationale: str = ""


@dataclass
class Milestone:
    """A planned date in the tender timeline."""

    id: str
    key: str = ""
    """Machine key (``publication``, ``questions``, ``nvi``, ``tenders``, ...)."""
    label: str = ""
    date: dt.date | None = None


@dataclass
class LintConfig:
    """Project-level lint settings (like Vale's accept.txt)."""

    allow: list[str] = field(default_factory=list)
    """Terms the buyer legitimately requires; never flagged."""
    disabled_rules: list[str] = field(default_factory=list)


@dataclass
class Project:
    """A tender project: everything a ``.innodraft`` file holds."""

    meta: Meta = field(default_factory=Meta)
    value: ValueBuildUp = field(default_factory=ValueBuildUp)
    need: Need = field(default_factory=Need)
    market: list[MarketNote] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    selection: Selection = field(default_factory=Selection)
    award: AwardModel = field(default_factory=AwardModel)
    procedure: ProcedureChoice = field(default_factory=ProcedureChoice)
    timeline: list[Milestone] = field(default_factory=list)
    lint: LintConfig = field(default_factory=LintConfig)
    counters: dict[str, int] = field(default_factory=dict)
    """Highest number handed out per id prefix; ids are never reused."""

    def requirement(self, req_id: str) -> Requirement:
        """Return the requirement with this id.

        Raises:
            KeyError: no such requirement.
        """
        for req in self.requirements:
            if req.id == req_id:
                return req
        raise KeyError(req_id)

    def outcome(self, outcome_id: str) -> Outcome:
        """Return the outcome with this id (KeyError if absent)."""
        for outcome in self.need.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(outcome_id)
