"""The literal prefilters of the context word lists never change a result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innodraft.lint import get_linter
from innodraft.lint.context import Lexical
from innodraft.lint.literals import required_literals

HELDOUT = Path(__file__).parent / "heldout"
NAMES = ("equivalence", "example", "bound", "rationale", "nonbinding", "escape", "motivation",
         "negation", "standard")


def test_required_literals_pick_the_selective_words() -> None:
    assert required_literals([r"or\s+(?:an?\s+)?(?:equal|equivalent)s?"]) == ("equal", "equivalent")
    assert required_literals([r"so\s+that"]) == ("that",)
    assert required_literals([r"(?:a\s+)?preference\s+for"]) == ("preference",)
    assert required_literals([r"justif\w+", "because"]) == ("because", "justif")


def test_required_literals_give_up_when_a_fragment_has_none() -> None:
    assert required_literals([r"\d+\s*%", "because"]) == ("%", "because")
    assert required_literals([r"\d+\s*\w+", "because"]) is None
    assert required_literals([r"(?:foo)?", "because"]) is None
    assert required_literals([r"[abc]+"]) is None


def test_branches_without_literals_in_every_branch_give_up() -> None:
    assert required_literals([r"(?:foo|\d+)"]) is None
    assert required_literals([r"(?:foo\d|bars\d)"]) == ("bars", "foo")


def _sentences() -> list[tuple[str, str]]:
    out = []
    for lang in ("nl", "en"):
        for line in (HELDOUT / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((lang, json.loads(line)["text"]))
    return out


def _lexicals(lang: str) -> list[tuple[str, Lexical]]:
    ctx = get_linter(lang).packs[0].context
    return [(n, getattr(ctx, n)) for n in NAMES if getattr(ctx, n) is not None]


def _same(lex: Lexical, text: str, start: int, end: int) -> None:
    fast = lex.search(text, start, end)
    plain = lex.regex.search(text, start, end)
    assert (fast.span() if fast else None) == (plain.span() if plain else None), (text, start, end)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_search_equals_the_plain_expression_on_held_out_text(lang: str) -> None:
    texts = [t for code, t in _sentences() if code == lang]
    assert len(texts) > 100
    for _name, lex in _lexicals(lang):
        for text in texts:
            _same(lex, text, 0, len(text))
            half = len(text) // 2
            _same(lex, text, 0, half)
            _same(lex, text, half, len(text))


_WORDS = ["or", "equal", "equivalent", "of", "gelijkwaardig", "so", "that", "zodat", "om", "te", "within",
          "binnen", "3", "days", "dagen", "e.g.", "zoals", "preferably", "waar", "mogelijk", "İ", "ß", "K",
          "\n", "  ", "-", "(", ")", "GELIJKWAARDIG", "Or Equal", "in", "order", "that,"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=14), st.integers(0, 60), st.integers(0, 80),
    st.sampled_from(["nl", "en"]),
)
def test_search_equals_the_plain_expression_on_word_salad(
    words: list[str], a: int, b: int, lang: str
) -> None:
    text = " ".join(words)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for _name, lex in _lexicals(lang):
        _same(lex, text, start, end)


def test_lexical_without_literals_still_searches() -> None:
    lex = Lexical([r"\d+\s*\w+"])
    assert lex.keys is None and lex.literals is None
    assert lex.search("tot 30 dagen", 0, 12) is not None
    assert lex.search("tot dertig dagen", 0, 16) is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scored_sequence_rules_are_not_anchored_on_very_common_words(lang: str) -> None:
    """An anchor such as "met" or "the" would run a rule's Matcher on almost every requirement (speed)."""
    from innodraft.lint.ruleset import COMMON_WORDS, derive_anchors

    scored = {"brand", "prescriptive", "vague", "proportionality", "discrimination"}
    bad = []
    for rule in get_linter(lang).packs[0].ruleset.rules:
        if rule.kind != "sequence" or rule.category not in scored:
            continue
        if rule.spec.get("anchors"):
            words = [w for w in rule.spec["anchors"] if not w.startswith("*")]
            found = [w for w in words if w.lower() in COMMON_WORDS]
        else:
            found = []
            for pattern in rule.spec["patterns"]:
                derived = derive_anchors([pattern])
                assert derived is not None, f"{rule.id}: a pattern without a fixed word runs on every text"
                found += [w for w in derived[0] if w in COMMON_WORDS]
        if found:
            bad.append((rule.id, found[:5]))
    assert not bad
