"""The Excel evaluation grid: sheets, formulas, validation, protection, print set-up, injection."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from innodraft.core.enums import AwardBasis, PriceMethod
from innodraft.core.settings import Settings
from innodraft.export import ExportError, export_evaluation_xlsx
from innodraft.export.excel import bidder_codes, sheet_title
from tests.export.sample import sample_project
from tests.factories import full_project


@pytest.fixture
def grid(tmp_path: Path) -> Path:
    out = tmp_path / "grid.xlsx"
    export_evaluation_xlsx(sample_project(), out)
    return out


def test_sheets_in_order(grid: Path) -> None:
    wb = openpyxl.load_workbook(grid)
    assert wb.sheetnames == ["Instructies", "Criteria", "Anna", "Bram", "Chris", "Consensus", "Prijs",
                             "Resultaat"]
    assert wb.security.lockStructure


def test_every_sheet_is_protected_with_only_input_cells_unlocked(grid: Path) -> None:
    wb = openpyxl.load_workbook(grid)
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    assert cell.protection.locked, f"{ws.title}!{cell.coordinate} formula is unlocked"
    anna = wb["Anna"]
    assert not anna["D8"].protection.locked and not anna["E8"].protection.locked
    assert anna["C8"].protection.locked and anna["A8"].protection.locked
    consensus = wb["Consensus"]
    headers = [c.value for c in consensus[5]]
    agreed = headers.index("Consensusscore") + 1
    assert not consensus.cell(6, agreed).protection.locked


def test_weights_total_100_with_formula_check(grid: Path) -> None:
    ws = openpyxl.load_workbook(grid)["Criteria"]
    rows = {ws.cell(r, 3).value: r for r in range(4, 12)}
    total = rows["Totaal"]
    assert ws.cell(total, 7).value == f"=SUM(G4:G{total - 1})"
    assert ws.cell(total, 8).value.startswith(f"=IF(ABS(G{total}-100)<0.01")
    assert ws["G4"].value == "=E4*F4/100"
    values = [ws.cell(r, 5).value * ws.cell(r, 6).value / 100 for r in range(4, total)]
    assert sum(values) == pytest.approx(100)


def test_evaluator_sheet_scores_are_restricted_to_the_scale(grid: Path) -> None:
    ws = openpyxl.load_workbook(grid)["Anna"]
    (scores,) = [dv for dv in ws.data_validations.dataValidation
                 if dv.type == "list" and "0,2" in dv.formula1]
    assert scores.formula1 == '"0,2,4,6,8,10"'
    assert scores.showErrorMessage and scores.allow_blank
    covered = str(scores.sqref).split()
    assert covered == [f"{c}8:{c}10" for c in ("D", "F", "H", "J", "L")]
    assert [ws.cell(6, 4 + 2 * i).value for i in range(5)] == [f"Inschrijver {c}" for c in "ABCDE"]
    assert ws.cell(7, 4).value == "Score" and ws.cell(7, 5).value == "Motivering"
    assert ws.freeze_panes == "D8"
    assert ws["B2"].value == "Anna"


def test_consensus_formulas(grid: Path) -> None:
    ws = openpyxl.load_workbook(grid)["Consensus"]
    headers = [c.value for c in ws[5]]
    assert headers[:4] == ["Nr.", "Criterium", "Weging (%)", "Inschrijver"]
    assert headers[4:7] == ["='Anna'!B2", "='Bram'!B2", "='Chris'!B2"]
    assert ws["E6"].value == '=IF(ISNUMBER(\'Anna\'!D8),\'Anna\'!D8,"")'
    assert ws["H6"].value == '=IF(COUNT(E6:G6)=0,"",AVERAGE(E6:G6))'
    assert ws["I6"].value == '=IF(COUNT(E6:G6)<2,"",MAX(E6:G6)-MIN(E6:G6))'
    assert ws["J6"].value == '=IF(I6="","",IF(I6>SpreadLimit,"BESPREKEN",""))'
    assert ws["M6"].value == '=IF(ISNUMBER(K6),K6/MaxScore*C6,"")'
    assert ws["D2"].value == 2.0
    assert ws.max_row == 5 + 3 * 5


@pytest.mark.parametrize(("method", "formula"), [
    (PriceMethod.RELATIVE, '=IF(ISNUMBER(B9),$B$5/B9*$B$4,"")'),
    (PriceMethod.LINEAR, '=IF(ISNUMBER(B9),IF($B$6=$B$5,$B$4,($B$6-B9)/($B$6-$B$5)*$B$4),"")'),
    (PriceMethod.FICTITIOUS_DISCOUNT, '=IF(ISNUMBER(B9),B9-D9,"")'),
])
def test_price_sheet_uses_the_chosen_method(tmp_path: Path, method: PriceMethod, formula: str) -> None:
    out = tmp_path / "g.xlsx"
    export_evaluation_xlsx(sample_project(method=method), out)
    wb = openpyxl.load_workbook(out)
    price = wb["Prijs"]
    cell = "E9" if method is PriceMethod.FICTITIOUS_DISCOUNT else "C9"
    assert price[cell].value == formula
    result = wb["Resultaat"]
    rank = "F5" if method is PriceMethod.FICTITIOUS_DISCOUNT else "E5"
    order = 1 if method is PriceMethod.FICTITIOUS_DISCOUNT else 0
    column = rank[0]
    score = chr(ord(column) - 1)
    assert result[rank].value == f'=IF(ISNUMBER({score}5),RANK({score}5,${score}$5:${score}$9,{order}),"")'


def test_lowest_price_grid_has_no_evaluator_sheets(tmp_path: Path) -> None:
    project = sample_project()
    project.award.basis = AwardBasis.LOWEST_PRICE
    out = tmp_path / "g.xlsx"
    export_evaluation_xlsx(project, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Instructies", "Criteria", "Prijs", "Resultaat"]
    assert wb["Resultaat"]["C5"].value == '=IF(ISNUMBER(B5),RANK(B5,$B$5:$B$9,1),"")'


def test_evaluator_count_from_argument_settings_or_names(tmp_path: Path) -> None:
    project = sample_project("en")
    out = tmp_path / "g.xlsx"
    export_evaluation_xlsx(project, out, evaluators=4)
    assert openpyxl.load_workbook(out).sheetnames[2:6] == ["Anna", "Bram", "Chris", "Evaluator 4"]
    project.award.evaluators = []
    export_evaluation_xlsx(project, out, settings=Settings(evaluator_count=2))
    assert openpyxl.load_workbook(out).sheetnames[2:4] == ["Evaluator 1", "Evaluator 2"]
    with pytest.raises(ExportError, match="evaluators must be 1-50"):
        export_evaluation_xlsx(project, out, evaluators=0)
    with pytest.raises(ExportError, match="tenderers must be"):
        export_evaluation_xlsx(project, out, bidders=0)


def test_print_setup_and_freeze_panes(grid: Path) -> None:
    wb = openpyxl.load_workbook(grid)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddFooter.right.text == "&P / &N"
    assert wb["Anna"].page_setup.orientation == "landscape"
    assert wb["Anna"].print_title_rows == "$6:$7"
    assert wb["Consensus"].freeze_panes == "E6"


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    project = full_project()
    project.award.criteria[0].title = "=HYPERLINK(\"http://example.invalid\",\"klik\")"
    project.award.criteria[0].sub_criteria[0].title = "+1+1"
    project.award.scale[0].descriptor = "@SUM(1,1)"
    project.award.evaluators = ["=cmd|' /C calc'!A0", "-2+3"]
    project.award.basis = AwardBasis.BPKV
    out = tmp_path / "g.xlsx"
    export_evaluation_xlsx(project, out)
    wb = openpyxl.load_workbook(out)
    crit = wb["Criteria"]
    assert crit["C4"].value == '=HYPERLINK("http://example.invalid","klik")' and crit["C4"].data_type == "s"
    assert crit["D4"].value == "+1+1" and crit["D4"].data_type == "s"
    evaluator = wb.worksheets[2]
    assert evaluator.title == "cmd C calc A0"
    assert evaluator["B2"].value == "=cmd|' /C calc'!A0" and evaluator["B2"].data_type == "s"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "cmd|" not in str(cell.value) and "HYPERLINK" not in str(cell.value)


def test_control_characters_do_not_break_the_workbook(tmp_path: Path) -> None:
    project = full_project("\x00\x0b\ufffe\ud800")
    project.award.basis = AwardBasis.BPKV
    out = tmp_path / "g.xlsx"
    export_evaluation_xlsx(project, out)
    assert openpyxl.load_workbook(out)["Criteria"]["A1"].value


def test_bidder_codes_and_sheet_titles() -> None:
    assert bidder_codes(3) == ["A", "B", "C"] and bidder_codes(28)[-2:] == ["AA", "AB"]
    assert sheet_title("a/b:c*d?[e]", "X", set()) == "a b c d e"
    assert sheet_title("Jan-Willem (B2)", "X", set()) == "Jan-Willem (B2)"
    assert sheet_title("B1 – adviseur openbare verlichting", "X", set()) == "B1 – adviseur openbare"
    assert sheet_title("Prijs", "Beoordelaar 1", {"Prijs"}) == "Beoordelaar 1"
    assert sheet_title("x" * 40, "F", set()) == "x" * 31
    assert sheet_title("=cmd", "F", set()) == "cmd"
    assert sheet_title("''", "F", set()) == "F"
