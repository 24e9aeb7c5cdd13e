"""Every rule proves itself: its ``examples.flag`` sentences must be flagged, ``examples.pass`` not."""

from __future__ import annotations

import dataclasses

import pytest

from innodraft.lint import LintContext, get_linter
from innodraft.lint.model import SEVERITY_RANK
from innodraft.lint.packs import builtin_pack_dirs, load_pack

PACKS = {pack_id: load_pack(folder) for pack_id, folder in builtin_pack_dirs().items()}
RULES = [(pack, rule) for pack in PACKS.values() for rule in pack.rules]
CASES = [
    pytest.param(pack.language, rule, example, id=f"{rule.id}-{'flag' if example.flag else 'pass'}-{i}")
    for pack, rule in RULES
    for i, example in enumerate(rule.examples)
]


def _context(example_context: dict) -> LintContext:
    fields = {f.name for f in dataclasses.fields(LintContext)}
    unknown = set(example_context) - fields
    assert not unknown, f"unknown context keys in an example: {unknown}"
    return LintContext(**example_context)


def _counts(rule_severity: str, severity: str) -> bool:
    """A flag counts at warning or above, or at any level for an info rule."""
    floor = 0 if rule_severity == "info" else SEVERITY_RANK["warning"]
    return SEVERITY_RANK[severity] >= floor


@pytest.mark.parametrize(("lang", "rule", "example"), CASES)
def test_rule_example(lang, rule, example) -> None:
    findings = get_linter(lang).lint(example.text, _context(dict(example.context)))
    own = [f for f in findings if f.rule == rule.id and _counts(rule.severity, f.severity)]
    if example.flag:
        assert own, f"{rule.file}:{rule.line} {rule.id} should flag: {example.text!r}\n got: {findings}"
        for f in own:
            assert example.text[f.start:f.end] == f.text
    else:
        assert not own, f"{rule.file}:{rule.line} {rule.id} should pass: {example.text!r}\n got: {own}"


@pytest.mark.parametrize(("pack", "rule"), [pytest.param(p, r, id=r.id) for p, r in RULES])
def test_every_rule_has_examples(pack, rule) -> None:
    assert any(e.flag for e in rule.examples), f"{rule.id} has no 'flag' example"
    assert any(not e.flag for e in rule.examples), f"{rule.id} has no 'pass' example"


def test_every_rule_has_message_and_basis() -> None:
    for _pack, rule in RULES:
        assert rule.message.strip() and rule.basis.strip(), rule.id
