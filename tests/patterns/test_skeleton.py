"""The guided-requirement skeleton: outcome -> function, performance level, verification."""

from __future__ import annotations

import pytest

from innodraft.core.enums import Language, Verification
from innodraft.patterns import placeholders, skeleton, verification_label


def test_dutch_skeleton_from_a_bare_outcome() -> None:
    text = skeleton("  Het energieverbruik daalt fors.  ", "nl")
    lines = text.split("\n")
    assert len(lines) == 3
    assert lines[0] == "Functie: de oplossing {functie}, met als resultaat: het energieverbruik daalt fors."
    assert lines[1] == "Prestatieniveau: {indicator}: ten minste {waarde}."
    assert lines[2] == "Verificatie: {verificatiemethode} – {toelichting}."


def test_english_skeleton_with_indicator_target_and_method() -> None:
    text = skeleton("Far fewer goods vehicles drive to the sites.", "en",
                    indicator="Goods-vehicle movements per working day",
                    target="At least 40 % fewer than in 2026.", verification=Verification.MONITORING)
    lines = text.split("\n")
    assert lines[0] == ("Function: the solution {function}, with the result: "
                        "far fewer goods vehicles drive to the sites.")
    assert lines[1] == ("Performance level: goods-vehicle movements per working day: "
                        "at least 40 % fewer than in 2026.")
    assert lines[2].startswith("Verification: " + verification_label("monitoring", "en"))
    assert placeholders(text) == ("function", "details")


def test_acronyms_and_braces_in_the_outcome_survive() -> None:
    text = skeleton("CO2-uitstoot {fase 1} halveert", "nl")
    assert "met als resultaat: CO2-uitstoot {fase 1} halveert." in text


def test_empty_outcome_leaves_a_placeholder() -> None:
    assert "met als resultaat: {resultaat}." in skeleton("", "nl")
    assert "with the result: {outcome}." in skeleton(" \n ", "en")


def test_no_verification_method_keeps_the_placeholder() -> None:
    assert "{verification_method}" in skeleton("x", "en", verification=Verification.NONE)
    assert "{verification_method}" not in skeleton("x", "en", verification="test")


def test_language_enum_is_accepted_and_others_are_refused() -> None:
    assert skeleton("x", Language.EN).startswith("Function:")
    with pytest.raises(ValueError, match="language"):
        skeleton("x", "de")
