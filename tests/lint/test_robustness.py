"""Property tests: arbitrary text never breaks the linter; offsets stay valid; output is deterministic."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innodraft.lint import LintContext, detect_language, get_linter, lint_many, lint_text
from innodraft.lint.model import Finding, grapheme_safe

WORDS_NL = [
    "De",
    "leverancier",
    "levert",
    "gebruiksvriendelijk",
    "zo",
    "snel",
    "mogelijk",
    "TOPdesk",
    "van",
    "het",
    "merk",
    "Philips",
    "of",
    "gelijkwaardig",
    "etc.",
    "binnen",
    "4",
    "uur",
    "omzet",
    "€",
    "2.000.000",
    "NEN-EN",
    "1090",
    "gevestigd",
    "in",
    "de",
    "regio",
    "(",
    ")",
    ",",
    ".",
    "Windows®",
    "zoals",
    "Excel",
    "koppeling",
    "met",
    "Xential",
    "\n",
    "👩🏽‍🔧",
    "e\u0301",
    "\u200d",
    "\x00",
    "\u202e",
]
WORDS_EN = [
    "The",
    "contractor",
    "shall",
    "use",
    "GitHub",
    "as",
    "soon",
    "as",
    "possible",
    "or",
    "equivalent",
    "U.S.",
    "citizens",
    "ISO",
    "27001",
    "certified",
    "e.g.",
    "Slack",
    "within",
    "2",
    "hours",
    "on-site",
    "etc.",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS_NL + WORDS_EN), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS_NL), st.characters()), max_size=60).map("".join),
)


def check_offsets(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.severity in ("info", "warning", "error")
        if f.end < len(text):
            assert not unicodedata.combining(text[f.end]), "span cuts off a combining mark"
    assert findings == sorted(findings, key=Finding.sort_key)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["nl", "en"]))
def test_any_text(text: str, lang: str) -> None:
    first = lint_text(text, lang)
    check_offsets(text, first)
    assert lint_text(text, lang) == first


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, max_size=8))
def test_batch_equals_single(texts_: list[str]) -> None:
    linter = get_linter("nl")
    batch = linter.lint_many(texts_)
    assert batch == [linter.lint(t) for t in texts_]
    for text, found in zip(texts_, batch, strict=True):
        check_offsets(text, found)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_detect_language_total(text: str) -> None:
    assert detect_language(text) in ("nl", "en")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=50), st.integers(-5, 60), st.integers(-5, 60))
def test_grapheme_safe_bounds(text: str, start: int, end: int) -> None:
    s, e = grapheme_safe(text, start, end)
    assert 0 <= s <= e <= len(text)


def test_empty_and_whitespace() -> None:
    for text in ("", " ", "\n\n\n", "\t", "\u00a0"):
        assert lint_text(text, "nl") == []
        assert lint_text(text, "en") == []
    assert lint_many([], "auto") == []


def test_one_megabyte_paragraph() -> None:
    unit = "De leverancier levert zo snel mogelijk een gebruiksvriendelijk systeem via TOPdesk, etc. "
    text = unit * (1_000_000 // len(unit) + 1)
    assert len(text) > 1_000_000
    found = lint_text(text, "nl")
    check_offsets(text, found)
    assert sum(1 for f in found if f.text == "TOPdesk") == text.count("TOPdesk")


def test_control_characters_and_emoji_offsets() -> None:
    text = "\x00\x07 👩🏽‍🔧 De leverancier\u0301 levert gebruiksvriendelijke 🇳🇱 software via TOPdesk 👩🏽‍🔧."
    found = lint_text(text, "nl")
    check_offsets(text, found)
    brand = [f for f in found if f.category == "brand"]
    assert brand and brand[0].text == "TOPdesk"
    assert text[brand[0].start : brand[0].end] == "TOPdesk"
    # a combining mark glued to a word never leaves a span that splits the grapheme
    glued = "Het systeem is gebruiksvriendelijk\u0301 en snel\u0301."
    check_offsets(glued, lint_text(glued, "nl"))


def test_mixed_languages_auto() -> None:
    texts_ = ["Het systeem is gebruiksvriendelijk.", "The system shall be user friendly.", "", "🙂"]
    results = lint_many(texts_, "auto")
    assert [f.rule for f in results[0]] == ["nl.vague.subjective"]
    assert [f.rule for f in results[1]] == ["en.vague.subjective"]
    assert results[2] == results[3] == []


def test_context_language_used_for_auto() -> None:
    found = lint_text("The portal is gebruiksvriendelijk.", "auto", LintContext(language="nl"))
    assert [f.rule for f in found] == ["nl.vague.subjective"]


def test_lone_surrogates_keep_offsets() -> None:
    """Text decoded with surrogateescape holds lone surrogates; spaCy cannot store them."""
    text = "\udcff De leverancier reageert zo snel mogelijk.\ud800"
    findings = lint_text(text, "nl")
    assert findings and all(text[f.start:f.end] == f.text for f in findings)
    assert lint_many(["\ud800", text], "nl")[1] == findings
