"""The Excel evaluation grid (beoordelingsmodel) built with openpyxl.

Sheets: instructions; criteria with weights, a 100 % check and the scoring
scale; one sheet per evaluator (drop-down scores limited to the scale, a reasons
cell per score, tenderers under codes); consensus (every evaluator's score,
mean, spread, a flag above the threshold, agreed score and reasons, quality
points); price (relative, linear or fictitious discount); result (totals and
RANK). Every calculated cell is a formula, so the committee works offline and
LibreOffice or Excel recalculates; all sheets are protected with the input
cells unlocked, and the workbook structure is locked.

User text is written as text (``data_type = "s"``) after
:func:`~innodraft.core.text.xml_safe`, so ``=cmd|...`` stays inert.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from innodraft.core.enums import AwardBasis, PriceMethod
from innodraft.core.model import Project
from innodraft.core.text import xml_safe
from innodraft.export import fmt
from innodraft.export.labels import enum_label, label

MAX_CELL_TEXT = 32_767
"""Excel's limit on the characters in one cell."""

DEFAULT_MAX_SCORE = 10.0
"""Maximum score when the project has no scale yet."""

_NAVY = "1F3864"
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_FORMULA_FILL = PatternFill("solid", fgColor="F2F2F2")
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_FLAG_FILL = PatternFill("solid", fgColor="F8CBAD")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_GROUP_BORDER = Border(left=_THIN, right=_THIN, top=Side(style="medium", color="1F3864"), bottom=_THIN)
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
_TITLE_FONT = Font(size=14, bold=True, color=_NAVY)
_BOLD = Font(bold=True)
_HEADER_FONT = Font(bold=True, color=_NAVY)
_POINTS = "0.00"
_PERCENT = "0.0"
_MONEY = '"€" #,##0.00'


@dataclass(frozen=True)
class Item:
    """A line that evaluators score: a sub-criterion, or a criterion without sub-criteria."""

    id: str
    criterion_id: str
    criterion: str
    sub: str
    criterion_weight: float
    share: float
    """Share of the criterion in percent (100 without sub-criteria)."""


def scoring_items(project: Project) -> list[Item]:
    """The scored lines in criterion order (empty unless the award is on price-quality)."""
    if project.award.basis is not AwardBasis.BPKV:
        return []
    items: list[Item] = []
    for crit in project.award.criteria:
        if crit.sub_criteria:
            items.extend(Item(sub.id, crit.id, crit.title, sub.title, crit.weight, sub.weight)
                         for sub in crit.sub_criteria)
        else:
            items.append(Item(crit.id, crit.id, crit.title, "", crit.weight, 100.0))
    return items


def bidder_codes(count: int) -> list[str]:
    """Codes A, B, ..., Z, AA, AB, ... for ``count`` tenderers."""
    return [get_column_letter(n) for n in range(1, count + 1)]


def sheet_title(name: str, fallback: str, taken: set[str]) -> str:
    """A plain, unique sheet title from user text (else ``fallback``).

    Only letters, digits, spaces and ``-–_.(),&`` are kept (other characters
    become spaces), so titles need no escaping beyond quotes and cannot look
    like formulas; long names are cut at a word.
    """
    clean = " ".join("".join(c if c.isalnum() or c in "-–_.(),&" else " " for c in xml_safe(name)).split())
    if len(clean) > 31:
        cut = clean[:32].rsplit(" ", 1)[0] if " " in clean[:32] else ""
        clean = (cut if len(cut) >= 10 else clean[:31]).rstrip(" -–")
    if not clean or clean.lower() in {t.lower() for t in taken}:
        clean = fallback
    return clean


def _ref(sheet: str, cell: str) -> str:
    return f"{quote_sheetname(sheet)}!{cell}"


class _Grid:
    def __init__(self, project: Project, evaluators: list[str], bidders: int) -> None:
        self.project = project
        self.lang = project.meta.language.value
        self.award = project.award
        self.items = scoring_items(project)
        self.codes = bidder_codes(bidders)
        self.scale = sorted({level.score for level in self.award.scale})
        self.wb = Workbook()
        self.names = {key: self.t(f"xl.sheet.{key}")
                      for key in ("instructions", "criteria", "consensus", "price", "result")}
        taken = set(self.names.values())
        self.evaluators: list[tuple[str, str]] = []
        for index, name in enumerate(evaluators, start=1):
            title = sheet_title(name, self.t("xl.sheet.evaluator", n=index), taken)
            taken.add(title)
            self.evaluators.append((title, name or self.t("xl.sheet.evaluator", n=index)))
        self.discount = self.award.price.method is PriceMethod.FICTITIOUS_DISCOUNT
        self.bpkv = self.award.basis is AwardBasis.BPKV
        self.item_rows: dict[str, int] = {}
        self.eval_first_row = 8
        self.consensus_first_row = 6

    def t(self, key: str, **params: object) -> str:
        return label(key, self.lang, **params)

    # -- cell helpers --------------------------------------------------------------------------

    def text(self, ws: Worksheet, cell: str, value: str, font: Font | None = None,
             wrap: bool = False) -> Any:
        target = ws[cell]
        target.value = xml_safe(value)[:MAX_CELL_TEXT]
        target.data_type = "s"  # never a formula, whatever the first character
        if font is not None:
            target.font = font
        target.alignment = _WRAP if wrap else _TOP
        return target

    def formula(self, ws: Worksheet, cell: str, formula: str, number_format: str | None = None) -> Any:
        target = ws[cell]
        target.value = formula
        target.fill = _FORMULA_FILL
        target.border = _BORDER
        target.alignment = _TOP
        if number_format:
            target.number_format = number_format
        return target

    def value(self, ws: Worksheet, cell: str, value: float, number_format: str | None = None) -> Any:
        target = ws[cell]
        target.value = value
        target.border = _BORDER
        target.alignment = _TOP
        if number_format:
            target.number_format = number_format
        return target

    def input(self, ws: Worksheet, cell: str, number_format: str | None = None, wrap: bool = False) -> Any:
        target = ws[cell]
        target.fill = _INPUT_FILL
        target.protection = _UNLOCKED
        target.border = _BORDER
        if number_format:
            target.number_format = number_format
        if wrap:
            target.alignment = _WRAP
        return target

    def header(self, ws: Worksheet, row: int, titles: list[str], first_col: int = 1) -> None:
        for offset, title in enumerate(titles):
            cell = self.text(ws, f"{get_column_letter(first_col + offset)}{row}", title, _HEADER_FONT)
            cell.fill = _HEADER_FILL
            cell.alignment = _HEADER_ALIGN
            cell.border = _BORDER

    def widths(self, ws: Worksheet, widths: dict[str, float]) -> None:
        for column, width in widths.items():
            ws.column_dimensions[column].width = width

    @staticmethod
    def fit_rows(ws: Worksheet, rows: range | list[int], minimum: float = 15.0) -> None:
        """Row heights that show wrapped text in full (neither Excel nor LibreOffice fits them on load)."""
        spans = {}
        for merged in ws.merged_cells.ranges:
            spans[(merged.min_row, merged.min_col)] = sum(
                ws.column_dimensions[get_column_letter(c)].width or 8.43
                for c in range(merged.min_col, merged.max_col + 1))
        for row in rows:
            lines = 1
            for cell in ws[row]:
                if cell.value is None or cell.data_type == "f" or not isinstance(cell.value, str):
                    continue
                width = (spans.get((row, cell.column))
                         or ws.column_dimensions[cell.column_letter].width or 8.43)
                chars = max(width * 1.2 - 2, 1.0) / (1.12 if cell.font.b else 1.0)
                needed = sum(max(1, -(-len(part) // int(chars))) for part in cell.value.split("\n"))
                lines = max(lines, needed)
            ws.row_dimensions[row].height = max(minimum, 15.0 * lines)

    def finish_sheet(self, ws: Worksheet, *, landscape: bool, title_rows: str | None = None) -> None:
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.5
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddHeader.left.text = xml_safe(self.project.meta.title)[:200].replace("&", "&&")
        ws.oddHeader.right.text = "&A"
        ws.oddFooter.left.text = xml_safe(self.project.meta.reference)[:100].replace("&", "&&")
        ws.oddFooter.right.text = "&P / &N"

    def define(self, name: str, sheet: str, cell: str) -> None:
        column, row = cell.rstrip("0123456789"), cell[len(cell.rstrip("0123456789")):]
        self.wb.defined_names[name] = DefinedName(name, attr_text=f"{quote_sheetname(sheet)}!${column}${row}")

    def score_validation(self, ws: Worksheet) -> DataValidation:
        if self.scale and len(",".join(f"{s:g}" for s in self.scale)) < 250:
            dv = DataValidation(type="list", formula1='"' + ",".join(f"{s:g}" for s in self.scale) + '"',
                                allow_blank=True)
        else:
            low = min(self.scale, default=0.0)
            dv = DataValidation(type="decimal", operator="between", formula1=f"{low:g}",
                                formula2=f"{self.max_score:g}", allow_blank=True)
        dv.promptTitle = self.t("xl.dv_title")
        dv.prompt = self.t("xl.dv_prompt")
        dv.errorTitle = self.t("xl.dv_title")
        dv.error = self.t("xl.dv_error")
        dv.showInputMessage = True
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        return dv

    @property
    def max_score(self) -> float:
        return max(self.scale, default=DEFAULT_MAX_SCORE)

    # -- sheets --------------------------------------------------------------------------------

    def build(self) -> Workbook:
        self.instructions()
        self.criteria()
        if self.items:
            for title, name in self.evaluators:
                self.evaluator(title, name)
            self.consensus()
        self.price()
        self.result()
        self.wb.security = WorkbookProtection(lockStructure=True)
        self.wb.active = 0
        return self.wb

    def instructions(self) -> None:
        ws = self.wb.active
        ws.title = self.names["instructions"]
        meta = self.project.meta
        title = meta.title.strip() or self.t("doc.untitled")
        self.text(ws, "A1", self.t("xl.title", title=title), _TITLE_FONT)
        self.text(ws, "A2", " · ".join(p for p in (meta.authority_name, meta.reference) if p.strip()))
        self.text(ws, "A3", self.t("xl.version", version=meta.document_version,
                                   date=fmt.date(dt.date.today(), self.lang)))
        row = 5
        self.text(ws, f"A{row}", self.t("xl.steps"), _HEADER_FONT)
        steps = ["xl.step1", "xl.step2", "xl.step3", "xl.step4", "xl.step5", "xl.step6"]
        if not self.items:
            steps = ["xl.no_quality", "xl.step4", "xl.step5", "xl.step6"]
        for key in steps:
            row += 1
            self.text(ws, f"A{row}", self.t(key), wrap=True)
        row += 2
        self.text(ws, f"A{row}", self.t("xl.method"), _HEADER_FONT)
        row += 1
        self.text(ws, f"A{row}", self.t(f"award.basis.{self.award.basis.value}"), wrap=True)
        if self.bpkv:
            params = {"points": fmt.number(self.award.price.weight, self.lang),
                      "amount": fmt.money(self.award.price.discount_total, self.lang)}
            for key in (f"award.method.{self.award.price.method.value}",
                        f"award.formula.{self.award.price.method.value}"):
                row += 1
                self.text(ws, f"A{row}", self.t(key, **params), wrap=True)
            row += 1
            self.text(ws, f"A{row}", self.t("award.quality_formula",
                                            max_score=fmt.number(self.max_score, self.lang)), wrap=True)
        row += 2
        self.text(ws, f"A{row}", self.t("xl.legend"), _HEADER_FONT)
        self.input(ws, f"A{row + 1}")
        ws[f"A{row + 1}"].protection = Protection(locked=True)
        self.text(ws, f"B{row + 1}", self.t("xl.legend_input"))
        ws[f"A{row + 2}"].fill = _FORMULA_FILL
        ws[f"A{row + 2}"].border = _BORDER
        self.text(ws, f"B{row + 2}", self.t("xl.legend_formula"))
        self.text(ws, f"A{row + 4}", self.t("xl.protection"), wrap=True)
        long_lines = [line for line in range(6, row + 5)
                      if ws[f"A{line}"].value and len(str(ws[f"A{line}"].value)) > 20]
        for line in long_lines:
            ws.merge_cells(f"A{line}:F{line}")
            ws[f"A{line}"].alignment = _WRAP
        self.widths(ws, {"A": 14, "B": 30, "C": 14, "D": 14, "E": 14, "F": 14})
        self.fit_rows(ws, long_lines)
        self.finish_sheet(ws, landscape=False)

    def criteria(self) -> None:
        ws = self.wb.create_sheet(self.names["criteria"])
        self.text(ws, "A1", self.t("xl.criteria_title"), _TITLE_FONT)
        self.header(ws, 3, [self.t(k) for k in ("xl.col.item", "xl.col.criterion_id", "xl.col.criterion",
                                                "xl.col.sub", "xl.col.crit_weight", "xl.col.share",
                                                "xl.col.weight", "xl.col.check")])
        first = row = 4
        last_item = first + len(self.items) - 1
        for item in self.items:
            self.item_rows[item.id] = row
            self.text(ws, f"A{row}", item.id, _BOLD)
            self.text(ws, f"B{row}", item.criterion_id)
            self.text(ws, f"C{row}", item.criterion, wrap=True)
            self.text(ws, f"D{row}", item.sub, wrap=True)
            self.value(ws, f"E{row}", item.criterion_weight, _PERCENT)
            self.value(ws, f"F{row}", item.share, _PERCENT)
            self.formula(ws, f"G{row}", f"=E{row}*F{row}/100", _PERCENT)
            shares = f"SUMIF($B${first}:$B${last_item},B{row},$F${first}:$F${last_item})"
            ok, not_ok = self.t("xl.ok"), self.t("xl.not_100")
            self.formula(ws, f"H{row}", f'=IF(ABS({shares}-100)<0.01,"{ok}","{not_ok}")')
            row += 1
        if self.bpkv and not self.discount:
            self.text(ws, f"C{row}", self.t("award.price_row"), _BOLD)
            self.text(ws, f"D{row}", enum_label("price", self.award.price.method, self.lang))
            self.value(ws, f"E{row}", self.award.price.weight, _PERCENT)
            self.value(ws, f"F{row}", 100.0, _PERCENT)
            self.formula(ws, f"G{row}", f"=E{row}*F{row}/100", _PERCENT)
            self.define("PriceWeight", ws.title, f"G{row}")
            row += 1
        total = row
        self.text(ws, f"C{total}", self.t("xl.total"), _BOLD)
        if total > first:
            self.formula(ws, f"G{total}", f"=SUM(G{first}:G{total - 1})", _PERCENT).font = _BOLD
            self.formula(ws, f"H{total}", f'=IF(ABS(G{total}-100)<0.01,"{self.t("xl.ok")}",'
                                          f'"{self.t("xl.not_100")}")').font = _BOLD
            ws.conditional_formatting.add(f"H{first}:H{total}", FormulaRule(
                formula=[f'AND(H{first}<>"",H{first}<>"{self.t("xl.ok")}")'], fill=_FLAG_FILL))
        row = total + 3
        self.text(ws, f"A{row}", self.t("xl.scale"), _HEADER_FONT)
        self.header(ws, row + 1, [self.t("col.score"), self.t("col.label"), self.t("col.descriptor")])
        ws.merge_cells(f"C{row + 1}:H{row + 1}")
        scale_first = row + 2
        levels = sorted(self.award.scale, key=lambda s: s.score)
        for offset, level in enumerate(levels):
            line = scale_first + offset
            self.value(ws, f"A{line}", level.score)
            self.text(ws, f"B{line}", level.label, wrap=True)
            self.text(ws, f"C{line}", level.descriptor, wrap=True)
            ws.merge_cells(f"C{line}:H{line}")
        max_row = scale_first + len(levels) + 1
        self.text(ws, f"A{max_row}", self.t("xl.max_score"), _BOLD)
        if levels:
            self.formula(ws, f"C{max_row}", f"=MAX(A{scale_first}:A{scale_first + len(levels) - 1})")
        else:
            self.value(ws, f"C{max_row}", DEFAULT_MAX_SCORE)
        self.define("MaxScore", ws.title, f"C{max_row}")
        self.widths(ws, {"A": 9, "B": 12, "C": 34, "D": 26, "E": 12, "F": 12, "G": 11, "H": 11})
        self.fit_rows(ws, range(3, total + 1))
        self.fit_rows(ws, range(scale_first, scale_first + len(levels)))
        ws.freeze_panes = "A4"
        self.finish_sheet(ws, landscape=True, title_rows="3:3")

    def evaluator(self, title: str, name: str) -> None:
        ws = self.wb.create_sheet(title)
        meta = self.project.meta
        last_col = get_column_letter(3 + 2 * len(self.codes))
        title = meta.title.strip() or self.t("doc.untitled")
        self.text(ws, "A1", f"{self.t('xl.evaluator_title')} – {title}", _TITLE_FONT)
        self.text(ws, "A2", self.t("xl.evaluator_name"), _BOLD)
        self.text(ws, "B2", name)
        self.input(ws, "B2")
        self.text(ws, "B3", self.t("xl.no_conflict"), wrap=True)
        self.input(ws, "C3")
        yes_no = DataValidation(type="list", formula1=f'"{self.t("yes")},{self.t("no")}"', allow_blank=True)
        ws.add_data_validation(yes_no)
        yes_no.add("C3")
        self.text(ws, "A4", self.t("xl.evaluator_help"), wrap=True)
        ws.merge_cells(f"A4:{last_col}4")
        ws.row_dimensions[4].height = 30
        self.header(ws, 6, [self.t("xl.col.item"), self.t("col.criterion"), self.t("xl.col.weight")])
        ws.merge_cells("A6:A7")
        ws.merge_cells("B6:B7")
        ws.merge_cells("C6:C7")
        first, last = self.eval_first_row, self.eval_first_row + len(self.items) - 1
        dv = self.score_validation(ws)
        criteria = quote_sheetname(self.names["criteria"])
        for index, code in enumerate(self.codes):
            score_col = get_column_letter(4 + 2 * index)
            why_col = get_column_letter(5 + 2 * index)
            self.header(ws, 6, [self.t("tenderer.code", code=code), ""], 4 + 2 * index)
            ws.merge_cells(f"{score_col}6:{why_col}6")
            self.header(ws, 7, [self.t("xl.col.score"), self.t("xl.col.motivation")], 4 + 2 * index)
            dv.add(f"{score_col}{first}:{score_col}{last}")
            for row in range(first, last + 1):
                self.input(ws, f"{score_col}{row}").alignment = Alignment(horizontal="center",
                                                                                  vertical="top")
                self.input(ws, f"{why_col}{row}", wrap=True)
            self.formula(ws, f"{score_col}{last + 2}", f'=COUNT({score_col}{first}:{score_col}{last})&" / "&'
                                                       f"ROWS({score_col}{first}:{score_col}{last})")
            self.formula(ws, f"{score_col}{last + 3}",
                         f'=IF(COUNT({score_col}{first}:{score_col}{last})=0,"",SUMPRODUCT($C${first}:$C${last},'
                         f"{score_col}{first}:{score_col}{last})/MaxScore)", _POINTS)
            ws.column_dimensions[score_col].width = 9
            ws.column_dimensions[why_col].width = 36
        for offset, item in enumerate(self.items):
            row = first + offset
            self.text(ws, f"A{row}", item.id, _BOLD).alignment = Alignment(vertical="top")
            text = f"{item.criterion} – {item.sub}" if item.sub else item.criterion
            self.text(ws, f"B{row}", text, wrap=True).border = _BORDER
            self.formula(ws, f"C{row}", f"={criteria}!G{self.item_rows[item.id]}", _PERCENT).alignment = _TOP
        self.text(ws, f"B{last + 2}", self.t("xl.scored"), _BOLD)
        self.text(ws, f"B{last + 3}", self.t("xl.indicative"), _BOLD)
        self.widths(ws, {"A": 8, "B": 36, "C": 10})
        self.fit_rows(ws, [3, 6, 7])
        self.fit_rows(ws, range(first, last + 1), minimum=45.0)
        ws.freeze_panes = f"D{first}"
        self.finish_sheet(ws, landscape=True, title_rows="6:7")

    def consensus(self) -> None:
        ws = self.wb.create_sheet(self.names["consensus"])
        n_eval = len(self.evaluators)
        self.text(ws, "A1", self.t("xl.consensus_title"), _TITLE_FONT)
        self.text(ws, "A2", self.t("xl.threshold"), _BOLD)
        self.value(ws, "D2", self.award.spread_threshold, "0.0")
        self.define("SpreadLimit", ws.title, "D2")
        header_row = self.consensus_first_row - 1
        eval_cols = [get_column_letter(5 + i) for i in range(n_eval)]
        first_eval, last_eval = eval_cols[0], eval_cols[-1]
        cols = {name: get_column_letter(5 + n_eval + i) for i, name in
                enumerate(("mean", "spread", "flag", "agreed", "why", "points"))}
        self.header(ws, header_row, [self.t("xl.col.item"), self.t("col.criterion"), self.t("xl.col.weight"),
                                     self.t("xl.col.tenderer")])
        for col, (title, _name) in zip(eval_cols, self.evaluators, strict=True):
            self.header(ws, header_row, [""], 5 + eval_cols.index(col))
            self.formula(ws, f"{col}{header_row}", f"={quote_sheetname(title)}!B2").font = _HEADER_FONT
            ws[f"{col}{header_row}"].fill = _HEADER_FILL
            ws[f"{col}{header_row}"].alignment = _HEADER_ALIGN
            ws.column_dimensions[col].width = 13
        self.header(ws, header_row, [self.t(k) for k in ("xl.col.mean", "xl.col.spread", "xl.col.flag",
                                                          "xl.col.agreed", "xl.col.agreed_motivation",
                                                          "xl.col.points")], 5 + n_eval)
        dv = self.score_validation(ws)
        row = self.consensus_first_row
        for offset, item in enumerate(self.items):
            eval_row = self.eval_first_row + offset
            for index, code in enumerate(self.codes):
                score_col = get_column_letter(4 + 2 * index)
                self.text(ws, f"A{row}", item.id, _BOLD).alignment = _TOP
                if index == 0:
                    self.text(ws, f"B{row}", f"{item.criterion} – {item.sub}" if item.sub else item.criterion,
                              wrap=True)
                self.formula(ws, f"C{row}", f"={quote_sheetname(self.names['criteria'])}!G"
                                            f"{self.item_rows[item.id]}", _PERCENT)
                self.text(ws, f"D{row}", code).alignment = Alignment(horizontal="center", vertical="top")
                for col, (title, _name) in zip(eval_cols, self.evaluators, strict=True):
                    source = _ref(title, f"{score_col}{eval_row}")
                    self.formula(ws, f"{col}{row}", f'=IF(ISNUMBER({source}),{source},"")')
                scores = f"{first_eval}{row}:{last_eval}{row}"
                self.formula(ws, f"{cols['mean']}{row}", f'=IF(COUNT({scores})=0,"",AVERAGE({scores}))',
                             _POINTS)
                self.formula(ws, f"{cols['spread']}{row}",
                             f'=IF(COUNT({scores})<2,"",MAX({scores})-MIN({scores}))', "0.0")
                self.formula(ws, f"{cols['flag']}{row}",
                             f'=IF({cols["spread"]}{row}="","",IF({cols["spread"]}{row}>SpreadLimit,'
                             f'"{self.t("xl.flag")}",""))')
                self.input(ws, f"{cols['agreed']}{row}")
                self.input(ws, f"{cols['why']}{row}", wrap=True)
                self.formula(ws, f"{cols['points']}{row}",
                             f'=IF(ISNUMBER({cols["agreed"]}{row}),{cols["agreed"]}{row}/MaxScore*C{row},"")',
                             _POINTS)
                if index == 0 and offset:
                    for cell in ws[row][:5 + n_eval + 6 - 1]:
                        cell.border = _GROUP_BORDER
                row += 1
        last = row - 1
        dv.add(f"{cols['agreed']}{self.consensus_first_row}:{cols['agreed']}{last}")
        first = self.consensus_first_row
        ws.conditional_formatting.add(f"{cols['flag']}{first}:{cols['flag']}{last}", FormulaRule(
            formula=[f'{cols["flag"]}{first}<>""'], fill=_FLAG_FILL, font=Font(bold=True)))
        self.consensus_range = (first, last, cols)
        self.widths(ws, {"A": 8, "B": 30, "C": 9, "D": 12, cols["mean"]: 12, cols["spread"]: 10,
                         cols["flag"]: 12, cols["agreed"]: 16, cols["why"]: 40, cols["points"]: 17})
        self.fit_rows(ws, range(first, last + 1))
        name_lines = [-(-len(name) // 9) for _, name in self.evaluators]
        ws.row_dimensions[header_row].height = 15.0 * max([2, *name_lines])
        ws.freeze_panes = f"E{first}"
        self.finish_sheet(ws, landscape=True, title_rows=f"{header_row}:{header_row}")

    def quality_formula(self, code_cell: str) -> str:
        """Sum of a tenderer's quality points on the consensus sheet."""
        first, last, cols = self.consensus_range
        sheet = quote_sheetname(self.names["consensus"])
        return (f"SUMIF({sheet}!$D${first}:$D${last},{code_cell},"
                f"{sheet}!${cols['points']}${first}:${cols['points']}${last})")

    def complete_formula(self, code_cell: str) -> str:
        first, last, cols = self.consensus_range
        sheet = quote_sheetname(self.names["consensus"])
        return (f'=IF(COUNTIFS({sheet}!$D${first}:$D${last},{code_cell},{sheet}!${cols["points"]}${first}:'
                f'${cols["points"]}${last},">=0")={len(self.items)},"{self.t("yes")}","{self.t("no")}")')

    def price(self) -> None:
        ws = self.wb.create_sheet(self.names["price"])
        self.text(ws, "A1", self.t("xl.price_title"), _TITLE_FONT)
        first = 9
        last = first + len(self.codes) - 1
        prices = f"$B${first}:$B${last}"
        self.text(ws, "A3", self.t("xl.method"), _BOLD)
        method = (enum_label("price", self.award.price.method, self.lang) if self.bpkv
                  else self.t(f"award.basis.{self.award.basis.value}"))
        self.text(ws, "B3", method, wrap=not self.bpkv)
        if self.bpkv and not self.discount:
            self.text(ws, "A4", self.t("xl.max_price_points"), _BOLD)
            self.formula(ws, "B4", "=PriceWeight", _POINTS)
        elif self.discount:
            self.text(ws, "A4", self.t("xl.discount_amount"), _BOLD)
            self.value(ws, "B4", self.award.price.discount_total, _MONEY)
            self.define("DiscountAmount", ws.title, "B4")
        self.text(ws, "A5", self.t("xl.lowest"), _BOLD)
        self.formula(ws, "B5", f'=IF(COUNT({prices})=0,"",MIN({prices}))', _MONEY)
        self.text(ws, "A6", self.t("xl.highest"), _BOLD)
        self.formula(ws, "B6", f'=IF(COUNT({prices})=0,"",MAX({prices}))', _MONEY)
        titles = [self.t("xl.col.tenderer"), self.t("xl.col.price")]
        if self.bpkv and not self.discount:
            titles.append(self.t("xl.col.price_points"))
        elif self.discount:
            titles += [self.t("xl.col.quality_share"), self.t("xl.col.discount"), self.t("xl.col.fictitious")]
        self.header(ws, first - 1, titles)
        dv = DataValidation(type="decimal", operator="greaterThan", formula1="0", allow_blank=True)
        dv.prompt = dv.error = self.t("xl.dv_price")
        dv.showInputMessage = dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(f"B{first}:B{last}")
        for offset, code in enumerate(self.codes):
            row = first + offset
            self.text(ws, f"A{row}", self.t("tenderer.code", code=code), _BOLD)
            self.input(ws, f"B{row}", _MONEY)
            if self.bpkv and not self.discount:
                if self.award.price.method is PriceMethod.RELATIVE:
                    points = f"$B$5/B{row}*$B$4"
                else:
                    points = f"IF($B$6=$B$5,$B$4,($B$6-B{row})/($B$6-$B$5)*$B$4)"
                self.formula(ws, f"C{row}", f'=IF(ISNUMBER(B{row}),{points},"")', _POINTS)
            elif self.discount:
                quality = self.quality_formula(f'"{code}"') if self.items else "0"
                self.formula(ws, f"C{row}", f'=IF(ISNUMBER(B{row}),{quality},"")', _POINTS)
                self.formula(ws, f"D{row}", f'=IF(ISNUMBER(B{row}),C{row}/100*DiscountAmount,"")', _MONEY)
                self.formula(ws, f"E{row}", f'=IF(ISNUMBER(B{row}),B{row}-D{row},"")', _MONEY)
        self.price_rows = (first, last)
        self.widths(ws, {"A": 30, "B": 24, "C": 18, "D": 18, "E": 18})
        self.fit_rows(ws, [3, first - 1])
        ws.freeze_panes = f"A{first}"
        self.finish_sheet(ws, landscape=False, title_rows=f"{first - 1}:{first - 1}")

    def result(self) -> None:
        ws = self.wb.create_sheet(self.names["result"])
        price_sheet = quote_sheetname(self.names["price"])
        lower = not self.bpkv or self.discount
        self.text(ws, "A1", self.t("xl.result_title"), _TITLE_FONT)
        self.text(ws, "A2", self.t("xl.lower_wins" if lower else "xl.higher_wins"))
        first = 5
        last = first + len(self.codes) - 1
        price_first = self.price_rows[0]
        if not self.bpkv:
            titles = ["xl.col.tenderer", "xl.col.price", "xl.col.rank"]
        elif self.discount:
            titles = ["xl.col.tenderer", "xl.col.quality_share", "xl.col.price", "xl.col.discount",
                      "xl.col.fictitious", "xl.col.rank", "xl.col.complete"]
        else:
            titles = ["xl.col.tenderer", "xl.col.quality_points", "xl.col.price_points", "xl.col.total",
                      "xl.col.rank", "xl.col.complete"]
        self.header(ws, first - 1, [self.t(k) for k in titles])
        score_col = "B" if not self.bpkv else ("E" if self.discount else "D")
        rank_col = "C" if not self.bpkv else ("F" if self.discount else "E")
        for offset, code in enumerate(self.codes):
            row = first + offset
            src = price_first + offset
            self.text(ws, f"A{row}", code, _BOLD).alignment = Alignment(horizontal="center")
            if not self.bpkv:
                self.formula(ws, f"B{row}", f'=IF(ISNUMBER({price_sheet}!B{src}),{price_sheet}!B{src},"")',
                             _MONEY)
            elif self.discount:
                for col, source, number_format in (("B", "C", _POINTS), ("C", "B", _MONEY),
                                                   ("D", "D", _MONEY), ("E", "E", _MONEY)):
                    self.formula(ws, f"{col}{row}", f'=IF(ISNUMBER({price_sheet}!B{src}),{price_sheet}!'
                                                    f'{source}{src},"")', number_format)
            else:
                quality = self.quality_formula(f"A{row}") if self.items else "0"
                self.formula(ws, f"B{row}", f"={quality}", _POINTS)
                self.formula(ws, f"C{row}", f'=IF(ISNUMBER({price_sheet}!C{src}),{price_sheet}!C{src},"")',
                             _POINTS)
                self.formula(ws, f"D{row}", f'=IF(ISNUMBER({price_sheet}!B{src}),B{row}+C{row},"")', _POINTS)
            order = 1 if lower else 0
            self.formula(ws, f"{rank_col}{row}", f'=IF(ISNUMBER({score_col}{row}),RANK({score_col}{row},'
                                                 f'${score_col}${first}:${score_col}${last},{order}),"")')
            if self.bpkv and self.items:
                self.formula(ws, f"{get_column_letter(ws[f'{rank_col}{row}'].column + 1)}{row}",
                             self.complete_formula(f"A{row}"))
        winner = last + 2
        self.text(ws, f"A{winner}", self.t("xl.winner"), _BOLD)
        self.formula(ws, f"B{winner}", f'=IFERROR(INDEX($A${first}:$A${last},MATCH(1,${rank_col}${first}:'
                                       f'${rank_col}${last},0)),"")').font = _BOLD
        self.widths(ws, {"A": 14, "B": 18, "C": 18, "D": 18, "E": 18, "F": 12, "G": 18})
        self.fit_rows(ws, [first - 1])
        ws.freeze_panes = f"A{first}"
        self.finish_sheet(ws, landscape=False, title_rows=f"{first - 1}:{first - 1}")


def build_workbook(project: Project, evaluators: list[str], bidders: int) -> Workbook:
    """The evaluation grid for ``project`` with one sheet per entry of ``evaluators``.

    An empty evaluator name gives a numbered sheet (``Beoordelaar 2``).
    """
    return _Grid(project, evaluators, bidders).build()
