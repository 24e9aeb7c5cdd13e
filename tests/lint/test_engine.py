"""Engine behaviour that no single rule example shows."""

from __future__ import annotations

from innodraft.lint import get_linter


def test_one_finding_per_phrase_when_a_rule_hits_adjacent_words() -> None:
    """"ISO 9001 certificaat": the certificate rule hits both words; the reviewer gets one comment."""
    text = "De inschrijver beschikt over een ISO 9001 certificaat en een ISO 14001 certificaat."
    findings = get_linter("nl").lint(text)
    certs = [f.text for f in findings if f.rule == "nl.proportionality.certificate"]
    assert certs == ["ISO 9001", "ISO 14001"]


def test_separate_phrases_of_one_rule_stay_separate() -> None:
    findings = get_linter("en").lint("The portal shall be user friendly, and the reports shall be intuitive.")
    assert [f.text for f in findings if f.rule == "en.vague.subjective"] == ["user friendly", "intuitive"]
