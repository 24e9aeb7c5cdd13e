"""The data files: complete in both languages, consistent, and errors that name file and key."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest

from innodraft.procedure import MILESTONE_KEYS, PROCEDURE_IDS, DataFileError, catalog
from innodraft.procedure.catalog import _spec
from innodraft.procedure.conditions import REGIMES, parse_condition
from innodraft.procedure.loader import DATA_DIR, read_yaml
from innodraft.procedure.ranking import rules
from innodraft.procedure.texts import Text, message, message_keys
from innodraft.procedure.timeline import FLAGS
from tests.conftest import REPO

CODE = sorted((REPO / "innodraft" / "procedure").glob("*.py"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_used_in_code_exists() -> None:
    used = {m for path in CODE for m in re.findall(r'message\(\s*"([a-z_.]+)"', path.read_text("utf-8"))}
    used |= {f"milestone.{k}" for k in MILESTONE_KEYS} | {f"flag.{f}" for f in FLAGS}
    used |= {f"regime.{r}" for r in REGIMES} | {f"why.{r.id}" for r in rules()}
    kinds = [("contract", ["works", "supplies", "services", "social_services"]),
             ("authority", ["central", "sub_central", "utility"]),
             ("what", ["requests", "tenders", "nvi_before_tenders", "standstill"])]
    used |= {f"{kind}.{v}" for kind, values in kinds for v in values}
    assert used - message_keys() == set()
    assert len(used) > 60


def _all_texts() -> list[tuple[str, Text]]:
    texts = [(key, message(key)) for key in message_keys()]
    for pid, spec in catalog().items():
        texts += [(f"{pid}.name", spec.name), (f"{pid}.phases", spec.phases), (f"{pid}.fit", spec.fit)]
        for regime, rule in spec.regimes.items():
            where = f"{pid}.{regime}"
            texts += [(where, t) for t in (rule.reason, rule.not_met, rule.unverified) if t is not None]
            texts += [(f"{where}.{g.id}", g.text) for g in rule.grounds]
            texts += [(f"{where}.note", n.text) for n in rule.notes]
    return texts


@pytest.mark.parametrize(("where", "text"), _all_texts(), ids=[w for w, _ in _all_texts()])
def test_both_languages_present_with_same_placeholders(where: str, text: Text) -> None:
    assert text.en.strip() and text.nl.strip()
    assert _fields(text.en) == _fields(text.nl), where
    assert ("UNVERIFIED" in text.en) == ("NIET GEVERIFIEERD" in text.nl), where


def test_catalogue_ids_and_regimes() -> None:
    assert tuple(catalog()) == PROCEDURE_IDS == (
        "open", "restricted", "competitive_dialogue", "competitive_negotiation", "innovation_partnership",
        "negotiated_without_notice", "design_contest", "national_open", "national_restricted",
        "multiple_private", "single_private", "pcp", "sbir")
    for spec in catalog().values():
        for regime in REGIMES:
            assert spec.rule(regime).basis
        assert spec.milestones[0] == "publication"
        assert list(spec.milestones) == [k for k in MILESTONE_KEYS if k in spec.milestones]


def test_every_data_file_parses() -> None:
    files = sorted(DATA_DIR.glob("*.yaml"))
    assert {f.name for f in files} == {"advice_rules.yaml", "bands.yaml", "holidays.yaml", "messages.yaml",
                                       "procedures.yaml", "thresholds.yaml", "time_limits.yaml"}
    for path in files:
        assert isinstance(read_yaml(path), dict)


@pytest.mark.parametrize(("raw", "where"), [
    ({"colour": "red"}, "x.when.colour"),
    ({"innovation": "disruptive"}, "x.when.innovation"),
    ({"urgency": "yes"}, "x.when.urgency"),
    ({"eu_required": 1}, "x.when.eu_required"),
    ([1, 2], "x.when"),
])
def test_bad_conditions(raw: Any, where: str) -> None:
    with pytest.raises(DataFileError) as info:
        parse_condition(raw, "x.when")
    assert info.value.where == where


GOOD: dict[str, Any] = {
    "name": {"en": "A", "nl": "B"}, "family": "eu", "phases": {"en": "a", "nl": "b"}, "min_candidates": None,
    "award_criteria": ["bpkv"], "innovation_fit": "low", "fit": {"en": "a", "nl": "b"}, "time_limits": None,
    "milestones": ["publication"],
    "regimes": {"any": {"allowed": "always", "basis": "Aw 1", "reason": {"en": "a", "nl": "b"}}},
}


@pytest.mark.parametrize(("change", "where"), [
    ({"name": {"en": "A"}}, "procedures.open.name.nl"),
    ({"family": "private"}, "procedures.open.family"),
    ({"innovation_fit": "huge"}, "procedures.open.innovation_fit"),
    ({"milestones": ["kickoff"]}, "procedures.open"),
    ({"award_criteria": ["cheapest"]}, "procedures.open"),
    ({"min_candidates": "five"}, "procedures.open.min_candidates"),
    ({"regimes": {"classic": GOOD["regimes"]["any"]}}, "procedures.open.regimes"),
    ({"regimes": {"mars": GOOD["regimes"]["any"]}}, "procedures.open.regimes.mars"),
    ({"regimes": {"any": {"allowed": "sometimes", "basis": "x"}}}, "procedures.open.regimes.any.allowed"),
    ({"regimes": {"any": {"allowed": "always", "basis": "x"}}}, "procedures.open.regimes.any"),
    ({"regimes": {"any": {"allowed": "grounds", "basis": "x", "grounds": []}}},
     "procedures.open.regimes.any"),
    ({"regimes": {"any": {"allowed": "grounds", "basis": "x", "not_met": {"en": "a", "nl": "b"},
                          "grounds": [{"id": "g", "basis": "b", "text": {"en": "a", "nl": "b"},
                                       "when": {"colour": "red"}}]}}},
     "procedures.open.regimes.any.grounds[0].when.colour"),
])
def test_bad_catalogue_entries_name_the_key(change: dict[str, Any], where: str) -> None:
    assert _spec("open", GOOD).id == "open"
    with pytest.raises(DataFileError) as info:
        _spec("open", {**GOOD, **change})
    assert info.value.where == f"procedures.yaml:{where}"


@pytest.mark.parametrize(("content", "problem"), [
    (b"a: [1, 2\n", "not valid YAML"),
    (b"\xff\xfe\x00bad", "UTF-8"),
    (b"x" * 2_000_001, "larger than 2 MB"),
])
def test_read_yaml_errors(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=re.escape(problem)) as info:
        read_yaml(path)
    assert str(path) in str(info.value)
    with pytest.raises(DataFileError, match="cannot be read"):
        read_yaml(tmp_path / "missing.yaml")


def test_yaml_error_has_a_line_number(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("a: 1\nb: [1, 2\nc: 3\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_yaml(path)
    assert re.search(r"f\.yaml:\d+", info.value.where)
