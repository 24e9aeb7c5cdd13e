"""Translated labels for the core's closed vocabularies (enum values).

The core stores stable string values; users see these labels. The English
source texts are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate``
collects them under the context ``labels``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

CONTEXT = "labels"
"""Translation context of every label in this module."""

_LABELS: dict[Enum, str] = {
    AuthorityType.CENTRAL: QT_TRANSLATE_NOOP("labels", "Central government"),
    AuthorityType.SUB_CENTRAL: QT_TRANSLATE_NOOP(
        "labels", "Sub-central authority (municipality, province, water board)"),
    AuthorityType.UTILITY: QT_TRANSLATE_NOOP("labels", "Utility (special sector)"),
    ContractType.WORKS: QT_TRANSLATE_NOOP("labels", "Works"),
    ContractType.SUPPLIES: QT_TRANSLATE_NOOP("labels", "Supplies"),
    ContractType.SERVICES: QT_TRANSLATE_NOOP("labels", "Services"),
    ContractType.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("labels", "Social and other specific services"),
    Language.NL: QT_TRANSLATE_NOOP("labels", "Dutch"),
    Language.EN: QT_TRANSLATE_NOOP("labels", "English"),
    InnovationProfile.OFF_THE_SHELF: QT_TRANSLATE_NOOP("labels", "Available on the market"),
    InnovationProfile.ADAPTATION: QT_TRANSLATE_NOOP("labels", "Adaptation of existing solutions"),
    InnovationProfile.DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "Development needed"),
    InnovationProfile.RESEARCH: QT_TRANSLATE_NOOP("labels", "Research and development"),
    RequirementKind.KNOCKOUT: QT_TRANSLATE_NOOP("labels", "Knock-out"),
    RequirementKind.AWARD: QT_TRANSLATE_NOOP("labels", "Award criterion"),
    RequirementKind.INFORMATION: QT_TRANSLATE_NOOP("labels", "Information"),
    Priority.MUST: QT_TRANSLATE_NOOP("labels", "Must"),
    Priority.SHOULD: QT_TRANSLATE_NOOP("labels", "Should"),
    Priority.COULD: QT_TRANSLATE_NOOP("labels", "Could"),
    Priority.WONT: QT_TRANSLATE_NOOP("labels", "Won't"),
    Verification.NONE: QT_TRANSLATE_NOOP("labels", "(not set)"),
    Verification.DECLARATION: QT_TRANSLATE_NOOP("labels", "Own declaration"),
    Verification.DOCUMENT: QT_TRANSLATE_NOOP("labels", "Document review"),
    Verification.DEMONSTRATION: QT_TRANSLATE_NOOP("labels", "Demonstration"),
    Verification.INSPECTION: QT_TRANSLATE_NOOP("labels", "Inspection"),
    Verification.TEST: QT_TRANSLATE_NOOP("labels", "Test"),
    Verification.ANALYSIS: QT_TRANSLATE_NOOP("labels", "Analysis"),
    Verification.REFERENCE: QT_TRANSLATE_NOOP("labels", "Reference check"),
    Verification.MONITORING: QT_TRANSLATE_NOOP("labels", "Monitoring during the contract"),
    SuitabilityKind.TURNOVER: QT_TRANSLATE_NOOP("labels", "Turnover"),
    SuitabilityKind.REFERENCE: QT_TRANSLATE_NOOP("labels", "Reference"),
    SuitabilityKind.EXPERIENCE: QT_TRANSLATE_NOOP("labels", "Experience"),
    SuitabilityKind.CERTIFICATE: QT_TRANSLATE_NOOP("labels", "Certificate"),
    SuitabilityKind.INSURANCE: QT_TRANSLATE_NOOP("labels", "Insurance"),
    SuitabilityKind.PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Professional registration"),
    SuitabilityKind.STAFF: QT_TRANSLATE_NOOP("labels", "Staff"),
    SuitabilityKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    AwardBasis.BPKV: QT_TRANSLATE_NOOP("labels", "Best price-quality ratio"),
    AwardBasis.LOWEST_COST: QT_TRANSLATE_NOOP("labels", "Lowest cost (life-cycle)"),
    AwardBasis.LOWEST_PRICE: QT_TRANSLATE_NOOP("labels", "Lowest price"),
    PriceMethod.RELATIVE: QT_TRANSLATE_NOOP("labels", "Relative (lowest / price)"),
    PriceMethod.LINEAR: QT_TRANSLATE_NOOP("labels", "Linear between lowest and highest"),
    PriceMethod.FICTITIOUS_DISCOUNT: QT_TRANSLATE_NOOP("labels", "Fictitious discount (value in euro)"),
    MarketNoteKind.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    MarketNoteKind.QUESTION: QT_TRANSLATE_NOOP("labels", "Question"),
    MarketNoteKind.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting"),
}

_WORDS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("labels", "Warning"),
    "info": QT_TRANSLATE_NOOP("labels", "Info"),
    "brand": QT_TRANSLATE_NOOP("labels", "Brand or type"),
    "prescriptive": QT_TRANSLATE_NOOP("labels", "Prescriptive"),
    "vague": QT_TRANSLATE_NOOP("labels", "Vague"),
    "proportionality": QT_TRANSLATE_NOOP("labels", "Proportionality"),
    "discrimination": QT_TRANSLATE_NOOP("labels", "Discrimination"),
    "formal": QT_TRANSLATE_NOOP("labels", "Formal"),
    "style": QT_TRANSLATE_NOOP("labels", "Style"),
}


def label(value: Enum) -> str:
    """The user-visible label of an enum value, in the UI language."""
    text = _LABELS.get(value)
    if text is None:
        return str(getattr(value, "value", value))
    return QCoreApplication.translate(CONTEXT, text)


def word(key: str) -> str:
    """Translated label for a lint severity or category key (the key itself if unknown)."""
    text = _WORDS.get(str(key))
    return QCoreApplication.translate(CONTEXT, text) if text else str(key)


def choices(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    """``(value, label)`` pairs of an enum, in declaration order."""
    return [(member, label(member)) for member in enum_cls]
