"""Own labelled cases (tests/lint/cases/*.yaml): per-case expectations and overall precision/recall."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from innodraft.lint import SCORED_CATEGORIES, get_linter

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append((path.stem, case))
    return out


CASES = _load()


def predicted(lang: str, text: str) -> set[str]:
    return {f.category for f in get_linter(lang).lint(text)
            if f.category in SCORED_CATEGORIES and f.severity != "info"}


@pytest.mark.parametrize(
    ("lang", "case"),
    [
        pytest.param(
            lang,
            case,
            id=f"{lang}-{i}",
            marks=[pytest.mark.xfail(reason=case["known_miss"], strict=True)]
            if case.get("known_miss")
            else [],
        )
        for i, (lang, case) in enumerate(CASES)
    ],
)
def test_case(lang: str, case: dict) -> None:
    assert predicted(lang, case["text"]) == set(case["labels"]), case["text"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_precision_and_recall_on_own_cases(lang: str) -> None:
    tp = fp = fn = 0
    for case_lang, case in CASES:
        if case_lang != lang:
            continue
        pred, gold = predicted(lang, case["text"]), set(case["labels"])
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.85
