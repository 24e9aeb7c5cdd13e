"""The motivation memo in Dutch and English."""

from __future__ import annotations

import pytest

from innodraft.procedure.memo import memo_paragraphs
from tests.procedure.helpers import advice


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_memo_names_choice_threshold_grounds_and_sources(lang: str) -> None:
    result = advice(innovation="adaptation")
    memo = result.memo(lang)
    chosen = result.procedure(result.recommended)
    assert chosen.name.get(lang) in memo
    assert ("€ 216,000" if lang == "en" else "€ 216.000") in memo
    assert ("€ 500,000" if lang == "en" else "€ 500.000") in memo
    assert "Aw 2.28(1)(a)(1°)" in memo or "Aw 2.28 lid 1 onder a sub 1°" in memo
    assert "2025/2152" in memo and "Aw 2.127(2)-(3)" in memo
    title = "Procedure choice: motivation" if lang == "en" else "Procedurekeuze: motivering"
    assert memo.splitlines()[0] == title


def test_memo_marks_unverified_items_only_when_present() -> None:
    plain = advice().memo("en")
    assert "UNVERIFIED" not in plain
    below = advice(value=100_000)
    assert "UNVERIFIED" in below.memo("en") and "NIET GEVERIFIEERD" in below.memo("nl")
    assert "No EU procedure is required" in below.memo("en")
    assert "Items marked UNVERIFIED" in below.memo("en")


def test_memo_lists_alternatives_and_time_limits() -> None:
    result = advice(specifiable=False)
    paragraphs = memo_paragraphs(result, "en")
    alternatives = next(p for p in paragraphs if p.startswith("Other allowed procedures"))
    assert "Competitive procedure with negotiation" in alternatives and "Open procedure" in alternatives
    assert any("period for requests to participate: 30 days" in p for p in paragraphs)
    light = advice(contract="social_services", value=800_000).memo("en")
    assert "No statutory minimum time limits apply" in light and "light regime" in light


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        advice().memo("de")
