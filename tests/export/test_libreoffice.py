"""Render and recalculate the outputs with LibreOffice headless (skipped without soffice)."""

from __future__ import annotations

import datetime as dt
import random
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from innodraft.core.enums import PriceMethod
from innodraft.export import export_evaluation_xlsx, export_review_docx, export_tender_docx
from innodraft.export.excel import scoring_items
from tests.export.fakes import finding, lint_for
from tests.export.helpers import convert, needs_soffice, pdf_pages, pdf_text
from tests.export.sample import sample_project

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow, needs_soffice]

DATE = dt.date(2026, 5, 1)


def test_tender_document_renders_to_a4_pdf_with_page_x_of_y(tmp_path: Path) -> None:
    source = tmp_path / "leidraad.docx"
    export_tender_docx(sample_project(), source, date=DATE)
    pdf = convert(source, "pdf", tmp_path / "pdf")
    pages = pdf_pages(pdf)
    assert 6 <= pages <= 9
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    text = pdf_text(pdf)
    assert f"Pagina 2 van {pages}" in text and f"Pagina {pages} van {pages}" in text
    assert "Pagina 1 van" not in text  # the cover has no footer
    for expected in ("Slimme openbare verlichting", "Inhoud", "1       Inleiding", "Programma van Eisen",
                     "E-009", "Rekenvoorbeeld", "84,36", "Documentgegevens"):
        assert expected in text, expected
    # headings are numbered by Word numbering, rendered by LibreOffice
    assert re.search(r"^\s*6\s+Programma van Eisen\s*$", text, re.MULTILINE)
    assert re.search(r"^\s*5\.5\.1\s+Rekenvoorbeeld", text, re.MULTILINE)


def test_english_document_and_review_copy_render(tmp_path: Path) -> None:
    project = sample_project("en")
    source = tmp_path / "tender.docx"
    export_tender_docx(project, source, date=DATE)
    text = pdf_text(convert(source, "pdf", tmp_path / "pdf"))
    assert "Programme of Requirements" in text and "Page 2 of" in text
    review = tmp_path / "review.docx"
    lint = lint_for(project, {"E-001": [finding(project.requirements[0].text, "NEN-EN 13201")]})
    export_review_docx(project, review, lint=lint, date=DATE)
    pdf = convert(review, "pdf", tmp_path / "pdf")
    assert "Overview of the findings" in pdf_text(pdf)


def _fill(path: Path, project_method: PriceMethod, seed: int) -> dict[str, object]:
    """Fill evaluator scores, agreed scores and prices; return what was entered."""
    rng = random.Random(seed)
    wb = openpyxl.load_workbook(path)
    evaluators = ["Anna", "Bram", "Chris"]
    project = sample_project(method=project_method)
    items = scoring_items(project)
    codes = "ABCDE"
    scores = {(e, i, b): rng.choice([0, 2, 4, 6, 8, 10]) for e in evaluators for i in range(len(items))
              for b in range(len(codes))}
    for (e, i, b), value in scores.items():
        wb[e].cell(8 + i, 4 + 2 * b).value = value
    agreed = {(i, b): rng.choice([2, 4, 6, 8, 10]) for i in range(len(items)) for b in range(len(codes))}
    consensus = wb["Consensus"]
    agreed_col = [c.value for c in consensus[5]].index("Consensusscore") + 1
    for (i, b), value in agreed.items():
        consensus.cell(6 + i * len(codes) + b, agreed_col).value = value
    prices = [round(rng.uniform(80_000, 160_000), 2) for _ in range(4)]  # tenderer E did not bid
    for b, price in enumerate(prices):
        wb["Prijs"].cell(9 + b, 2).value = price
    wb.save(path)
    return {"scores": scores, "agreed": agreed, "prices": prices, "items": items}


def _competition_rank(values: list[float], *, descending: bool) -> list[int]:
    return [1 + sum(1 for o in values if (o > v if descending else o < v)) for v in values]


@pytest.mark.parametrize("method", list(PriceMethod))
def test_grid_recalculates_to_independently_computed_totals(tmp_path: Path, method: PriceMethod) -> None:
    source = tmp_path / "grid.xlsx"
    export_evaluation_xlsx(sample_project(method=method), source)
    entered = _fill(source, method, seed=7 + len(method.value))
    recalculated = convert(source, "xlsx", tmp_path / "recalc")
    wb = openpyxl.load_workbook(recalculated, data_only=True)
    items, agreed, prices = entered["items"], entered["agreed"], entered["prices"]
    weights = [it.criterion_weight * it.share / 100 for it in items]

    # consensus: mean, spread and flag per line
    consensus = wb["Consensus"]
    for i in range(len(items)):
        for b in range(5):
            row = 6 + i * 5 + b
            scores = [entered["scores"][(e, i, b)] for e in ("Anna", "Bram", "Chris")]
            assert consensus.cell(row, 8).value == pytest.approx(sum(scores) / 3)
            spread = max(scores) - min(scores)
            assert consensus.cell(row, 9).value == pytest.approx(spread)
            assert (consensus.cell(row, 10).value == "BESPREKEN") == (spread > 2)

    quality = [sum(agreed[(i, b)] / 10 * weights[i] for i in range(len(items))) for b in range(4)]
    result = wb["Resultaat"]
    low, high = min(prices), max(prices)
    if method is PriceMethod.FICTITIOUS_DISCOUNT:
        totals = [p - q / 100 * 200_000 for p, q in zip(prices, quality, strict=True)]
        got = [result.cell(5 + b, 5).value for b in range(4)]
        ranks = _competition_rank(totals, descending=False)
        rank_col = 6
    else:
        if method is PriceMethod.RELATIVE:
            points = [low / p * 40 for p in prices]
        else:
            points = [(high - p) / (high - low) * 40 for p in prices]
        totals = [q + pp for q, pp in zip(quality, points, strict=True)]
        got = [result.cell(5 + b, 4).value for b in range(4)]
        assert [result.cell(5 + b, 2).value for b in range(4)] == pytest.approx(quality)
        ranks = _competition_rank(totals, descending=True)
        rank_col = 5
    assert got == pytest.approx(totals)
    assert [result.cell(5 + b, rank_col).value for b in range(4)] == ranks
    assert result.cell(9, rank_col).value in (None, "")  # tenderer E has no price: no rank
    assert result["B11"].value == "ABCD"[ranks.index(1)]
    criteria = wb["Criteria"]
    total_row = next(r for r in range(4, 12) if criteria.cell(r, 3).value == "Totaal")
    assert criteria.cell(total_row, 7).value == pytest.approx(100)
    assert criteria.cell(total_row, 8).value == "OK"
    # the LibreOffice round trip keeps the protection and the validation
    kept = openpyxl.load_workbook(recalculated)
    assert kept["Anna"].protection.sheet and kept["Anna"].data_validations.dataValidation
