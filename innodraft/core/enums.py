"""Closed vocabularies of the project model.

The string values are what the project file stores; they are stable API
(the CLI contracts and the JSON Schema use them). Labels shown to users live
in the GUI translations and in the export templates, not here.
"""

from __future__ import annotations

from enum import StrEnum


class AuthorityType(StrEnum):
    """Kind of contracting authority (decides the EU threshold)."""

    CENTRAL = "central"
    """Central government ("de staat", Aw 2.2)."""
    SUB_CENTRAL = "sub_central"
    """Municipalities, provinces, water boards, bodies governed by public law (Aw 2.3)."""
    UTILITY = "utility"
    """Special-sector entity (speciale-sectorbedrijf, Aw Deel 3)."""


class ContractType(StrEnum):
    """Nature of the contract."""

    WORKS = "works"
    SUPPLIES = "supplies"
    SERVICES = "services"
    SOCIAL_SERVICES = "social_services"
    """Social and other specific services (Annex XIV Dir24, Aw 2.38)."""


class Language(StrEnum):
    """Language of the tender documents (and of the lint rule pack)."""

    NL = "nl"
    EN = "en"


class InnovationProfile(StrEnum):
    """How far the wanted solution is from what the market offers today."""

    OFF_THE_SHELF = "off_the_shelf"
    ADAPTATION = "adaptation"
    DEVELOPMENT = "development"
    RESEARCH = "research"


class RequirementKind(StrEnum):
    """Role of a requirement in the tender."""

    KNOCKOUT = "knockout"
    """Eis: must be met, else the tender is invalid."""
    AWARD = "award_criterion"
    """Wens / award criterion: scored."""
    INFORMATION = "information"
    """Informative text, not binding."""


class Priority(StrEnum):
    """MoSCoW priority."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class Verification(StrEnum):
    """How compliance with a requirement is verified."""

    NONE = ""
    DECLARATION = "declaration"
    """Tenderer's own declaration, checked after award."""
    DOCUMENT = "document"
    """Review of a submitted document (plan, certificate, datasheet)."""
    DEMONSTRATION = "demonstration"
    INSPECTION = "inspection"
    TEST = "test"
    ANALYSIS = "analysis"
    REFERENCE = "reference"
    """Reference check with an earlier client."""
    MONITORING = "monitoring"
    """Measured during contract performance (KPI, SLA report)."""


class SuitabilityKind(StrEnum):
    """Category of a suitability (geschiktheid) requirement, Aw 2.90."""

    TURNOVER = "turnover"
    REFERENCE = "reference"
    EXPERIENCE = "experience"
    CERTIFICATE = "certificate"
    INSURANCE = "insurance"
    PROFESSIONAL = "professional"
    """Professional authorisation / registration."""
    STAFF = "staff"
    OTHER = "other"


class AwardBasis(StrEnum):
    """Award criterion of Aw 2.114."""

    BPKV = "bpkv"
    """Beste prijs-kwaliteitverhouding (best price-quality ratio)."""
    LOWEST_COST = "lowest_cost"
    LOWEST_PRICE = "lowest_price"


class PriceMethod(StrEnum):
    """How tender prices are turned into scores."""

    RELATIVE = "relative"
    """Lowest price / price x maximum price points."""
    LINEAR = "linear"
    """Linear between the lowest tender (max points) and the highest (0 points)."""
    FICTITIOUS_DISCOUNT = "fictitious_discount"
    """Fictieve korting / gunnen op waarde: quality in euro deducted from price."""


class MarketNoteKind(StrEnum):
    """Entry type in the market-consultation log."""

    NOTE = "note"
    QUESTION = "question"
    MEETING = "meeting"
