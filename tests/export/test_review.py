"""The review copy: every lint finding as a comment on exactly the flagged characters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innodraft.core.model import Project, Requirement
from innodraft.export import export_review_docx
from innodraft.export.inputs import review_notes
from tests.export.fakes import FakeFinding, finding, lint_for
from tests.export.helpers import comment_anchors, comment_texts
from tests.export.sample import sample_project

DATE = dt.date(2026, 5, 1)


def _review(tmp_path: Path, project: Project, lint: object) -> Path:
    out = tmp_path / "review.docx"
    export_review_docx(project, out, lint=lint, date=DATE)
    return out


def test_comments_anchor_on_the_flagged_words_including_overlaps(tmp_path: Path) -> None:
    project = sample_project()
    e1, e6 = project.requirements[0].text, project.requirements[5].text
    lint = lint_for(project, {
        "E-001": [finding(e1, "NEN-EN 13201", rule="nl.formal.standard-without-equivalent",
                          basis="Aw 2.76", suggestion="Voeg „of gelijkwaardig” toe.",
                          replacement="NEN-EN 13201 of gelijkwaardig")],
        "E-006": [finding(e6, "Philips CityTouch", rule="nl.brand.without-equivalent"),
                  finding(e6, "Philips", rule="nl.brand.name", severity="info")],
    })
    out = _review(tmp_path, project, lint)
    anchors = comment_anchors(out)
    texts = comment_texts(out)
    by_rule = {texts[cid].splitlines()[0]: anchors[cid] for cid in anchors}
    assert by_rule == {"nl.formal.standard-without-equivalent (waarschuwing)": "NEN-EN 13201",
                       "nl.brand.without-equivalent (waarschuwing)": "Philips CityTouch",
                       "nl.brand.name (hint)": "Philips"}
    standard = next(t for t in texts.values() if t.startswith("nl.formal"))
    assert "Grondslag: Aw 2.76" in standard and "Suggestie: Voeg „of gelijkwaardig” toe." in standard
    assert "Voorstel: „NEN-EN 13201 of gelijkwaardig”" in standard
    document = docx.Document(str(out))
    assert {c.author for c in document.comments} == {"innodraft"}
    # the requirement text is unchanged by the run splitting
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(e1 in c for c in cells) and any(e6 in c for c in cells)


def test_accepted_findings_carry_their_justification(tmp_path: Path) -> None:
    project = sample_project()
    e6 = project.requirements[5].text
    lint = lint_for(project, {"E-006": [finding(e6, "Philips CityTouch",
                                                rule="nl.brand.without-equivalent")]})
    out = _review(tmp_path, project, lint)
    (comment,) = comment_texts(out).values()
    assert "Geaccepteerd (J. de Vries, 4 maart 2026): Bestaand beheersysteem" in comment
    overview = docx.Document(str(out)).tables[-1]
    assert [c.text for c in overview.rows[0].cells] == ["Nr.", "Regel", "Bevinding", "Status"]
    assert overview.rows[1].cells[3].text == "geaccepteerd"


def test_without_linter_result_acceptances_still_show(tmp_path: Path) -> None:
    project = sample_project()
    out = _review(tmp_path, project, lint_for(project, {}))
    anchors, texts = comment_anchors(out), comment_texts(out)
    assert list(anchors.values()) == ["Philips CityTouch"]
    assert "Geaccepteerd" in next(iter(texts.values()))


def test_suitability_findings_are_commented_too(tmp_path: Path) -> None:
    project = sample_project()
    text = project.selection.suitability[0].text
    lint = lint_for(project, {}, {"S-1": [finding(text, "vergelijkbare", rule="nl.vague.comparable")]})
    out = _review(tmp_path, project, lint)
    assert "vergelijkbare" in comment_anchors(out).values()


def test_stale_offsets_are_reanchored_on_the_flagged_words() -> None:
    text = "Het systeem is snel en gebruiksvriendelijk."
    project = Project(requirements=[Requirement(id="E-001", text=text)])
    stale = FakeFinding("r", "vague", "warning", 2, 8, "gebruiksvriendelijk", "vaag")
    (note,) = review_notes(project, lint_for(project, {"E-001": [stale]}))
    assert project.requirements[0].text[note.start:note.end] == "gebruiksvriendelijk"


def test_cover_counts_findings(tmp_path: Path) -> None:
    project = sample_project("en")
    e1 = project.requirements[0].text
    out = _review(tmp_path, project, lint_for(project, {"E-001": [finding(e1, "M4")]}))
    notice = next(p for p in docx.Document(str(out)).paragraphs if p.style.name == "Notice")
    assert "2 findings on 9 requirements, 1 of them accepted on purpose." in notice.text


_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=40).filter(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, data=st.data())
def test_any_span_of_any_text_is_anchored_exactly(tmp_path: Path, text: str, data: st.DataObject) -> None:
    from innodraft.core.text import xml_safe

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    project = Project(requirements=[Requirement(id="E-001", text=text)])
    flagged = FakeFinding("r", "vague", "warning", start, end, text[start:end], "m")
    lint = lint_for(project, {"E-001": [flagged]})
    out = _review(tmp_path, project, lint)
    anchored = list(comment_anchors(out).values())
    expected = xml_safe(text[start:end]).replace("\n", "").replace("\t", "").replace("\r", "")
    assert [a.replace("\n", "").replace("\r", "") for a in anchored] == [expected]


@pytest.mark.slow
def test_real_linter_findings_become_anchored_comments(tmp_path: Path) -> None:
    from innodraft.core.examples import load_example
    from innodraft.lint import lint_project

    project = load_example("nl")
    lint = lint_project(project)
    expected = sorted(f.text for item in lint.items() for f in item.findings)
    assert expected, "the example project has deliberate flaws"
    out = tmp_path / "review.docx"
    report = export_review_docx(project, out, lint=lint, date=DATE)
    anchored = sorted(comment_anchors(out).values())
    unreported = [a.match for r in project.requirements for a in r.accepted
                  if not any(f.rule == a.rule and f.text == a.match
                             for f in lint.requirements[r.id].findings)]
    assert anchored == sorted(expected + unreported)
    assert report.comments == len(anchored) and not report.messages
