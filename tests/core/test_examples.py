"""The bundled example projects: complete, consistent, and showing what the app checks.

The examples are the first thing a buyer sees, so these tests hold them to more
than "it loads": every section is filled in, ids agree with the counters, and the
deliberately over-prescriptive parts that the linter, the proportionality checks
and the timeline warnings are meant to show are still there.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from innodraft.cli import main
from innodraft.cli.base import Env
from innodraft.core import storage
from innodraft.core.enums import AwardBasis, ContractType, Language, PriceMethod, RequirementKind
from innodraft.core.examples import EXAMPLES, EXAMPLES_DIR, example_path, load_example
from innodraft.core.model import ID_PREFIXES, Project
from innodraft.core.validation import check_project, quality_weight
from innodraft.core.value import estimate

LANGS = sorted(EXAMPLES)

TIMELINE_KEYS = {"publication", "requests", "questions", "nvi", "tenders", "award_decision",
                 "standstill_end", "contract"}
"""Milestone keys the procedure advisor and the timeline view understand."""

CPV = re.compile(r"^\d{8}-\d$")

EQUIVALENT = {"nl": "of gelijkwaardig", "en": "or equivalent"}

BRAND = {"nl": "Schréder", "en": "Volvo"}
"""A brand named without an equivalence clause, on purpose (linter showcase)."""


def _run(*args: str) -> tuple[int, str, str]:
    env = Env(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO())
    code = main(list(args), env)
    return code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def _id_lists(project: Project) -> dict[str, list[str]]:
    """Ids per prefix, sub-criteria of all criteria together (they share one counter)."""
    return {
        "E": [r.id for r in project.requirements],
        "O": [o.id for o in project.need.outcomes],
        "M": [m.id for m in project.market],
        "X": [x.id for x in project.selection.exclusion_grounds],
        "S": [s.id for s in project.selection.suitability],
        "G": [c.id for c in project.award.criteria],
        "SG": [s.id for c in project.award.criteria for s in c.sub_criteria],
        "T": [t.id for t in project.timeline],
        "L": [lot.id for lot in project.value.lots],
    }


def id_problems(project: Project) -> list[str]:
    """Everything wrong with the ids and counters of ``project`` (empty when fine)."""
    problems: list[str] = []
    for prefix, ids in _id_lists(project).items():
        if len(set(ids)) != len(ids):
            problems.append(f"{prefix}: duplicate ids {sorted(ids)}")
        width = 3 if prefix == "E" else 1
        pattern = re.compile(rf"^{prefix}-(\d{{{width},}})$")
        numbers = []
        for item_id in ids:
            match = pattern.match(item_id)
            if not match:
                problems.append(f"{prefix}: malformed id {item_id!r}")
                continue
            numbers.append(int(match.group(1)))
        counter = project.counters.get(prefix)
        if numbers and counter != max(numbers):
            problems.append(f"{prefix}: counter {counter} but highest id number {max(numbers)}")
        if not numbers and counter is not None:
            problems.append(f"{prefix}: counter {counter} set but no items use the prefix")
    unknown = set(project.counters) - set(ID_PREFIXES.values())
    if unknown:
        problems.append(f"unknown counter prefixes {sorted(unknown)}")
    return problems


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def project(lang: str) -> Project:
    return load_example(lang)


def test_both_languages_are_bundled() -> None:
    assert set(EXAMPLES) == {"nl", "en"}
    on_disk = {p.name for p in EXAMPLES_DIR.glob("*.innodraft")}
    assert on_disk == set(EXAMPLES.values())


def test_example_loads_in_its_language(lang: str, project: Project) -> None:
    assert example_path(lang).name == EXAMPLES[lang]
    assert project.meta.language is Language(lang)


def test_example_has_no_consistency_problems(project: Project) -> None:
    assert [str(p) for p in check_project(project)] == []


def test_example_is_in_canonical_saved_form(lang: str) -> None:
    """Saving an unedited example changes nothing, so diffs of the examples stay honest."""
    raw = example_path(lang).read_bytes()
    assert storage.dumps(storage.loads(raw)) == raw


def test_requirement_count(project: Project) -> None:
    assert 20 <= len(project.requirements) <= 30


def test_ids_agree_with_counters(project: Project) -> None:
    assert id_problems(project) == []


@pytest.mark.parametrize("breakage", ["duplicate", "counter_low", "stray_counter", "malformed"])
def test_id_check_catches_broken_ids(breakage: str) -> None:
    broken = copy.deepcopy(load_example("nl"))
    if breakage == "duplicate":
        broken.requirements[1].id = broken.requirements[0].id
    elif breakage == "counter_low":
        broken.counters["E"] -= 1
    elif breakage == "stray_counter":
        broken.counters["Q"] = 3
    else:
        broken.market[0].id = "M1"
    assert id_problems(broken)


def test_meta_and_value(lang: str, project: Project) -> None:
    meta = project.meta
    assert meta.title and meta.reference and meta.authority_name and meta.author
    assert meta.authority_type.value == "sub_central"
    assert meta.cpv_codes and all(CPV.match(code) for code in meta.cpv_codes)
    assert meta.created is not None and meta.planned_publication is not None
    assert meta.planned_publication.year == 2027 and meta.created < meta.planned_publication
    total = estimate(project.value).total
    assert total > 216_000, "an innovation tender above the EU threshold"
    assert project.value.duration_months and project.value.options and project.value.extensions
    if project.value.lots:
        assert estimate(project.value).lots_total == pytest.approx(total)


def test_need_is_complete(project: Project) -> None:
    need = project.need
    assert need.problem and need.context and need.ambition and need.left_open
    assert 3 <= len(need.outcomes) <= 5
    for outcome in need.outcomes:
        assert outcome.text and outcome.indicator and outcome.target, outcome.id
    linked = {r.outcome_id for r in project.requirements}
    assert {o.id for o in need.outcomes} <= linked, "every outcome is served by a requirement"


def test_market_consultation_is_logged(project: Project) -> None:
    kinds = {note.kind.value for note in project.market}
    assert {"meeting", "question", "note"} <= kinds
    for note in project.market:
        assert note.date is not None and note.party and note.title and note.text, note.id
        assert note.date < project.meta.planned_publication  # type: ignore[operator]
        if note.kind.value == "question":
            assert note.answer, f"{note.id} is a question without an answer"


def test_requirements_mix_kinds_and_are_documented(project: Project) -> None:
    kinds = {r.kind for r in project.requirements}
    assert kinds == set(RequirementKind)
    priorities = {r.priority.value for r in project.requirements}
    assert {"must", "should", "could"} <= priorities
    for req in project.requirements:
        assert req.title and req.text and req.category, req.id
    verified = [r for r in project.requirements if r.verification.value]
    assert len(verified) >= len(project.requirements) * 0.75
    good = [r for r in verified if r.rationale and r.verification_detail and r.outcome_id]
    assert len(good) >= 12, "plenty of complete functional requirements to learn from"


def test_deliberately_flawed_requirements_are_present(lang: str, project: Project) -> None:
    texts = [r.text for r in project.requirements]
    brand = [t for t in texts if BRAND[lang] in t]
    assert brand and all(EQUIVALENT[lang] not in t for t in brand), "brand without equivalence"
    assert any(EQUIVALENT[lang] in t for t in texts), "some reference with an equivalence clause"
    vague = {"nl": ("gebruiksvriendelijk", "zo snel mogelijk", "voldoende"),
             "en": ("state-of-the-art", "as appropriate", "adequate", "timely")}[lang]
    assert sum(any(word in t for word in vague) for t in texts) >= 2
    local = {"nl": "gevestigd in de regio", "en": "office within 25 km"}[lang]
    assert any(local in t for t in texts)
    assert any(re.search(r"\bexact(?:ly)? \d", t) for t in texts), "an exact dimension"


def test_selection_has_exclusion_grounds_and_figures(lang: str, project: Project) -> None:
    selection = project.selection
    assert len(selection.exclusion_grounds) >= 3
    assert all(x.basis and x.text for x in selection.exclusion_grounds)
    assert any(x.mandatory for x in selection.exclusion_grounds)
    assert any(not x.mandatory for x in selection.exclusion_grounds)
    kinds = {s.kind.value for s in selection.suitability}
    assert {"turnover", "reference", "certificate", "insurance"} <= kinds
    assert all(s.text and s.motivation for s in selection.suitability)
    assert selection.max_candidates and selection.max_candidates >= 3

    # Deliberately disproportionate: the turnover demand exceeds 3x the value (Aw 2.90(5)).
    turnover = [s for s in selection.suitability if s.kind.value == "turnover"]
    assert turnover and turnover[0].amount is not None
    assert turnover[0].amount > 3 * estimate(project.value).total
    # Deliberately too long: a reference look-back beyond 3 years for supplies/services (Aw 2.93).
    assert project.meta.contract_type in (ContractType.SUPPLIES, ContractType.SERVICES)
    assert any(s.kind.value == "reference" and (s.years or 0) > 3 for s in selection.suitability)


def test_award_model_is_complete(project: Project) -> None:
    award = project.award
    assert award.basis is AwardBasis.BPKV
    assert 3 <= len(award.criteria) <= 5
    req_kinds = {r.id: r.kind for r in project.requirements}
    for crit in award.criteria:
        assert crit.title and crit.description and crit.weight > 0, crit.id
        assert crit.requirement_ids, crit.id
        assert all(req_kinds[rid] is RequirementKind.AWARD for rid in crit.requirement_ids)
        assert len(crit.sub_criteria) >= 2
        assert sum(s.weight for s in crit.sub_criteria) == pytest.approx(100)
    if award.price.method is PriceMethod.FICTITIOUS_DISCOUNT:
        assert quality_weight(project) == pytest.approx(100)
        assert award.price.discount_total > 0
    else:
        assert award.price.weight + quality_weight(project) == pytest.approx(100)
    scores = [level.score for level in award.scale]
    assert len(scores) >= 5 and scores == sorted(scores) and len(set(scores)) == len(scores)
    assert all(level.label and level.descriptor for level in award.scale)
    assert 0 < award.spread_threshold < scores[-1]
    assert len(award.evaluators) >= 3


def test_both_price_methods_are_shown() -> None:
    methods = {load_example(lang).award.price.method for lang in LANGS}
    assert len(methods) == 2


def test_procedure_and_timeline(project: Project) -> None:
    proc = project.procedure
    assert proc.procedure_id and proc.rationale
    assert proc.innovation.value != "off_the_shelf" and not proc.specifiable
    by_key = {m.key: m for m in project.timeline}
    assert set(by_key) == TIMELINE_KEYS and len(project.timeline) == len(TIMELINE_KEYS)
    assert all(m.label and m.date for m in project.timeline)
    dates: list[dt.date] = [m.date for m in project.timeline]  # type: ignore[misc]
    assert dates == sorted(dates), "milestones in chronological order"
    assert by_key["publication"].date == project.meta.planned_publication


def test_timeline_is_deliberately_too_tight_somewhere(project: Project) -> None:
    """At least one planned date undercuts a statutory minimum, so the warnings show."""
    d = {m.key: m.date for m in project.timeline}
    tight = [
        (d["requests"] - d["publication"]).days < 30,  # type: ignore[operator]
        (d["tenders"] - d["nvi"]).days < 10,  # type: ignore[operator]
        (d["standstill_end"] - d["award_decision"]).days < 20,  # type: ignore[operator]
    ]
    assert sum(tight) >= 2


def test_cli_validate_reports_no_warnings(lang: str) -> None:
    code, out, err = _run("validate", "--strict", str(example_path(lang)))
    assert code == 0, err
    assert err == ""
    assert "valid (" in out


@pytest.mark.parametrize("lang_args", [[], ["--lang", "nl"], ["--lang", "en"]])
def test_cli_new_example_writes_the_example(tmp_path: Path, lang_args: list[str]) -> None:
    lang = lang_args[1] if lang_args else "nl"
    target = tmp_path / "mijn project.innodraft"
    code, out, err = _run("new", str(target), "--example", *lang_args)
    assert code == 0, err
    assert target.is_file() and "created" in out
    assert storage.load(target) == load_example(lang)
    assert target.read_bytes() == example_path(lang).read_bytes()
