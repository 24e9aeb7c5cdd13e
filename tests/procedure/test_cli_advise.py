"""``innodraft advise``: the stable JSON contract, text output, languages and exit 2 on bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from innodraft.cli import command_names
from innodraft.core import storage
from innodraft.core.enums import AuthorityType, ContractType, InnovationProfile
from innodraft.core.model import Milestone, Project
from tests.cli.helpers import run_cli
from tests.procedure.helpers import BASE


def _file(tmp_path: Path, data: Any, name: str = "situation.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_advise_is_a_command() -> None:
    assert "advise" in command_names()


def test_json_contract(tmp_path: Path) -> None:
    result = run_cli("advise", _file(tmp_path, {**BASE, "innovation": "adaptation"}), "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert set(data) == {"eu_procedure_required", "threshold", "recommended", "procedures", "timeline",
                         "memo"}
    assert data["eu_procedure_required"] is True
    assert data["threshold"] == {"amount": 216_000, "valid_from": "2026-01-01", "valid_to": "2027-12-31",
                                 "basis": data["threshold"]["basis"]}
    assert isinstance(data["threshold"]["amount"], int) and "Aw 2.3" in data["threshold"]["basis"]
    assert data["recommended"] == "competitive_negotiation"
    assert next(p["id"] for p in data["procedures"]) == data["recommended"]
    for proc in data["procedures"]:
        assert set(proc) == {"id", "allowed", "reasons", "legal_basis", "min_days"}
        assert isinstance(proc["allowed"], bool) and proc["reasons"] and proc["legal_basis"]
        assert all(isinstance(v, int) for v in proc["min_days"].values())
    cpn = next(p for p in data["procedures"] if p["id"] == "competitive_negotiation")
    assert cpn["min_days"]["requests"] == 30 and cpn["min_days"]["tenders"] == 35
    assert [t["key"] for t in data["timeline"]][:2] == ["publication", "requests"]
    assert data["memo"].startswith("Procedure choice")
    assert "Competitive procedure with negotiation" in data["memo"]


def test_dutch_output(tmp_path: Path) -> None:
    path = _file(tmp_path, BASE)
    nl = json.loads(run_cli("advise", path, "--format", "json", "--lang", "nl").out)
    en = json.loads(run_cli("advise", path, "--format", "json").out)
    assert nl["recommended"] == en["recommended"] == "open"
    assert nl["memo"].startswith("Procedurekeuze") and "Openbare procedure" in nl["memo"]
    assert nl["procedures"][0]["reasons"][0].startswith("Aanbevolen:")
    assert en["procedures"][0]["reasons"][0].startswith("Recommended:")
    assert nl["threshold"] == en["threshold"]


def test_text_output_and_stdin(tmp_path: Path) -> None:
    result = run_cli("advise", _file(tmp_path, {**BASE, "value": 100_000}))
    assert result.code == 0 and "EU procedure required: no" in result.out
    assert "[multiple_private]" in result.out and "UNVERIFIED" in result.out
    piped = run_cli("advise", "-", "--lang", "nl", stdin=json.dumps(BASE))
    assert piped.code == 0 and "Europese procedure verplicht: ja" in piped.out


def test_planned_dates_in_a_situation_file(tmp_path: Path) -> None:
    data = {**BASE, "date": "2026-03-02", "planned": {"tenders": "2026-03-20"}}
    out = json.loads(run_cli("advise", _file(tmp_path, data), "--format", "json").out)
    tenders = next(t for t in out["timeline"] if t["key"] == "tenders")
    assert tenders["flag"] == "before_earliest" and tenders["earliest"] == "2026-04-11"


def test_project_file(tmp_path: Path) -> None:
    project = Project()
    project.meta.authority_type = AuthorityType.CENTRAL
    project.meta.contract_type = ContractType.SUPPLIES
    project.meta.planned_publication = dt.date(2026, 9, 1)
    project.value.base = 900_000
    project.value.development_phases = 600_000
    project.procedure.innovation = InnovationProfile.DEVELOPMENT
    project.procedure.purchase_after_development = True
    project.timeline = [Milestone("T-1", "requests", "", dt.date(2026, 9, 20))]
    path = tmp_path / "p.innodraft"
    storage.save(project, path)
    result = run_cli("advise", str(path), "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["recommended"] == "innovation_partnership" and data["threshold"]["amount"] == 140_000
    requests = next(t for t in data["timeline"] if t["key"] == "requests")
    assert requests["earliest"] == "2026-10-01" and requests["flag"] == "before_earliest"


@pytest.mark.parametrize(("content", "words"), [
    ({**BASE, "value": -1}, "value: must not be negative"),
    ({k: v for k, v in BASE.items() if k != "value"}, "value: missing"),
    ({**BASE, "date": "2026-02-30"}, "date: impossible date"),
    ({**BASE, "authority": "gemeente"}, "authority: unknown value"),
    ({**BASE, "contract": "concession"}, "contract: unknown value"),
    ({**BASE, "innovation": "moonshot"}, "innovation: unknown value"),
    ({**BASE, "urgency": "ja"}, "urgency: expected true or false"),
    ({**BASE, "planned": {"signing": "2026-01-01"}}, "planned.signing: unknown milestone"),
    ([BASE], "expected a JSON object"),
    ("{not json", "not valid JSON"),
])
def test_bad_input_exits_2_naming_the_field(tmp_path: Path, content: Any, words: str) -> None:
    result = run_cli("advise", _file(tmp_path, content), "--format", "json")
    assert result.code == 2 and result.out == ""
    assert words in result.err and result.err.count("\n") == 1 and "Traceback" not in result.err


@pytest.mark.parametrize("args", [["advise"], ["advise", "x.json", "--format", "xml"],
                                  ["advise", "x.json", "--lang", "de"]])
def test_usage_errors(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.code == 2 and "Traceback" not in result.err


def test_unreadable_inputs(tmp_path: Path) -> None:
    missing = run_cli("advise", str(tmp_path / "nope.json"))
    assert missing.code == 2 and "file not found" in missing.err
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert "UTF-8" in run_cli("advise", str(binary)).err
    broken = tmp_path / "broken.innodraft"
    broken.write_text("{}", encoding="utf-8")
    result = run_cli("advise", str(broken))
    assert result.code == 2 and "broken.innodraft" in result.err


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bundled_example_projects(lang: str) -> None:
    from innodraft.core.examples import example_path

    result = run_cli("advise", str(example_path(lang)), "--format", "json", "--lang", lang)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    chosen = next(p for p in data["procedures"] if p["id"] == data["recommended"])
    assert chosen["allowed"] and data["memo"]
