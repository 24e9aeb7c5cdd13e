"""Assemble the tender document, the PvE and the review copy as an :class:`Outline`.

Chapters of the tender document (aanbestedingsleidraad): introduction and
contract details, need and outcomes, procedure and timeline, exclusion and
suitability, award (criteria, weights, scale, evaluation, price method with a
worked example) and the Programma van Eisen. The review copy is the same
document with every lint finding as a comment on the flagged words plus an
overview chapter; the PvE document holds the need and the requirements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from innodraft.core.enums import AwardBasis, PriceMethod, RequirementKind
from innodraft.core.model import Project, Requirement
from innodraft.core.text import one_line
from innodraft.core.validation import quality_weight
from innodraft.export import fmt, inputs
from innodraft.export.inputs import ProcedureInfo, ReviewNote
from innodraft.export.labels import LABELS, enum_label, label
from innodraft.export.outline import (
    Cell,
    Comment,
    Heading,
    Outline,
    PageBreak,
    Para,
    Properties,
    Span,
    Table,
    TableOfContents,
)
from innodraft.export.scoring import worked_example

KINDS = ("tender", "pve", "review")
"""Documents this module assembles."""

COMMENT_AUTHOR = "innodraft"
"""Author of the review comments."""

AWARD_KEY = "award"
"""Heading key of the award chapter (target of the PvE's cross-reference)."""


@dataclass(frozen=True)
class DocumentOptions:
    """Choices that are not part of the project."""

    kind: str = "tender"
    """``tender``, ``pve`` or ``review``."""
    date: dt.date | None = None
    """Date in the version block (default: today)."""
    organisation: str = ""
    """Organisation for the document properties (settings ``organisation``)."""
    evaluator_count: int = 3
    """Committee size when the project names no evaluators."""
    pve_separate: bool = False
    """The tender document refers to a separate PvE instead of including it."""
    linter_available: bool = True
    """False: the review copy says only accepted findings could be included."""


class _Builder:
    """Collects blocks in one language."""

    def __init__(self, project: Project, options: DocumentOptions) -> None:
        self.project = project
        self.options = options
        self.lang = project.meta.language.value
        self.date = options.date or dt.date.today()
        self.outline = Outline(self._properties())
        self.item_texts = {r.id: r.text for r in project.requirements}
        self.item_texts.update({s.id: s.text for s in project.selection.suitability})

    def t(self, key: str, **params: object) -> str:
        return label(key, self.lang, **params)

    def add(self, *blocks: Heading | Para | Table | PageBreak | TableOfContents) -> None:
        self.outline.add(*blocks)

    def text_or_todo(self, text: str) -> list[Para]:
        parts = fmt.paragraphs(text)
        return [Para.of(p) for p in parts] if parts else [Para.of(self.t("todo"), italic=True)]

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Cell | str]],
              widths: Sequence[float], numeric: Sequence[int] = ()) -> Table:
        cells = tuple(tuple(c if isinstance(c, Cell) else Cell.of(c) for c in row) for row in rows)
        return Table(tuple(header), cells, tuple(widths), numeric_columns=tuple(numeric))

    # -- properties and cover ------------------------------------------------------------------

    def doc_kind(self) -> str:
        kind = self.options.kind
        base = self.t("doc.pve") if kind == "pve" else self.t("doc.tender")
        return f"{self.t('doc.review')} – {base}" if kind == "review" else base

    def title(self) -> str:
        return self.project.meta.title.strip() or self.t("doc.untitled")

    def _properties(self) -> Properties:
        meta = self.project.meta
        kind = self.doc_kind()
        page = self.t("footer.page", page="\0", pages="\0").split("\0")
        footer = " · ".join(p for p in (meta.reference, one_line(self.title(), 70),
                                         f"{self.t('cover.version')} {meta.document_version}") if p)
        return Properties(
            title=self.title(), subject=self.t("doc.subject", kind=kind, title=self.title()),
            author=meta.author or self.options.organisation or meta.authority_name,
            organisation=self.options.organisation or meta.authority_name,
            language=fmt.LANGUAGE_TAGS.get(self.lang, "nl-NL"), version=meta.document_version,
            keywords="; ".join([meta.reference, *meta.cpv_codes]).strip("; "),
            category=kind, comments=self.t("doc.subject", kind=kind, title=self.title()),
            header=(meta.authority_name, kind), footer=footer, page_of=(page[0], page[1], page[2]))

    def cover(self) -> None:
        meta = self.project.meta
        self.add(Para.of(self.title(), "title"), Para.of(self.doc_kind(), "subtitle"))
        for detail in (meta.authority_name, meta.reference):
            if detail.strip():
                self.add(Para.of(detail, "cover"))
        rows = [(self.t("cover.document"), self.doc_kind()),
                (self.t("cover.reference"), meta.reference),
                (self.t("cover.authority"), meta.authority_name),
                (self.t("cover.version"), meta.document_version),
                (self.t("cover.date"), fmt.date(self.date, self.lang)),
                (self.t("cover.author"), meta.author or self.options.organisation)]
        self.add(Para.of(self.t("cover.version_block"), "caption"),
                 Table((), tuple((Cell.of(k, bold=True), Cell.of(v)) for k, v in rows if v.strip()),
                       (0.3, 0.7), key_value=True))

    def contents(self) -> int:
        """Reserve the TOC's place; returns its index, filled by :meth:`finish`."""
        self.add(PageBreak())
        index = len(self.outline.blocks)
        self.add(TableOfContents(self.t("toc.title"), ()), PageBreak())
        return index

    def finish(self, toc_index: int) -> Outline:
        old = self.outline.blocks[toc_index]
        assert isinstance(old, TableOfContents)
        self.outline.blocks[toc_index] = TableOfContents(old.title, tuple(self.outline.headings()),
                                                         self.t("toc.placeholder"))
        return self.outline

    # -- chapters ------------------------------------------------------------------------------

    def introduction(self) -> None:
        meta = self.project.meta
        self.add(Heading(1, self.t("intro.title")), Para.of(self.t("intro.text")),
                 Heading(2, self.t("intro.details")))
        rows = [(self.t("intro.contract"), self.title()),
                (self.t("cover.authority"), meta.authority_name),
                (self.t("intro.authority_type"), enum_label("authority", meta.authority_type, self.lang)),
                (self.t("intro.contract_type"), enum_label("contract", meta.contract_type, self.lang)),
                (self.t("intro.cpv"), ", ".join(meta.cpv_codes)),
                (self.t("cover.reference"), meta.reference)]
        self.add(Table((), tuple((Cell.of(k, bold=True), Cell.of(v)) for k, v in rows if v.strip()),
                       (0.35, 0.65), key_value=True))
        lots = self.project.value.lots
        self.add(Heading(2, self.t("intro.lots")))
        if lots:
            self.add(self.table((self.t("col.nr"), self.t("intro.lot")),
                                [(lot.id, lot.title) for lot in lots], (0.15, 0.85)))
        else:
            self.add(Para.of(self.t("intro.no_lots")))

    def need(self) -> None:
        need = self.project.need
        self.add(Heading(1, self.t("need.title")), Heading(2, self.t("need.problem")),
                 *self.text_or_todo(need.problem))
        for key, text in (("need.context", need.context), ("need.ambition", need.ambition)):
            if text.strip():
                self.add(Heading(2, self.t(key)), *self.text_or_todo(text))
        self.add(Heading(2, self.t("need.outcomes")))
        if need.outcomes:
            self.add(Para.of(self.t("need.outcomes_intro")),
                     self.table((self.t("col.nr"), self.t("col.outcome"), self.t("col.indicator"),
                                 self.t("col.target")),
                                [(Cell.of(o.id, bold=True), o.text, o.indicator, o.target)
                                 for o in need.outcomes], (0.08, 0.34, 0.29, 0.29)))
        else:
            self.add(Para.of(self.t("todo"), italic=True))
        if need.left_open.strip():
            self.add(Heading(2, self.t("need.left_open")), *self.text_or_todo(need.left_open))

    def procedure(self, info: ProcedureInfo) -> None:
        review = self.options.kind == "review"
        self.add(Heading(1, self.t("proc.title")), Heading(2, self.t("proc.procedure")))
        if info.name:
            self.add(Para.of(self.t("proc.chosen", procedure=info.name)))
        else:
            self.add(Para.of(self.t("todo"), italic=True))
        if info.basis:
            self.add(Para.of(self.t("proc.basis", basis=info.basis)))
        if info.grounds:
            self.add(Para.of(self.t("proc.grounds")), *(Para.of(g, "bullet") for g in info.grounds))
        self.add(*(Para.of(p) for p in fmt.paragraphs(info.rationale)))
        self.add(Heading(2, self.t("proc.timeline")))
        if info.timeline:
            header = [self.t("col.activity"), self.t("col.date")]
            widths: tuple[float, ...] = (0.45, 0.3, 0.25)
            if review:
                header.append(self.t("col.lawful"))
                widths = (0.34, 0.22, 0.24, 0.2)
            header.append(self.t("col.basis"))
            rows = []
            for row in info.timeline:
                when = fmt.date(row.date, self.lang)
                if when and not row.planned:
                    when += " " + self.t("proc.earliest_mark")
                cells = [row.label, when]
                if review:
                    bounds = [self.t("proc.from", date=fmt.date(row.earliest, self.lang))
                              if row.earliest else "",
                              self.t("proc.until", date=fmt.date(row.latest, self.lang))
                              if row.latest else ""]
                    cells.append("; ".join(b for b in bounds if b))
                cells.append(row.basis)
                rows.append(cells)
            self.add(Para.of(self.t("proc.timeline_intro")), self.table(header, rows, widths))
        else:
            self.add(Para.of(self.t("proc.no_timeline")))
        if review and info.problems:
            self.add(Para.of(self.t("proc.problems"), "notice"),
                     *(Para.of(p, "bullet") for p in info.problems))
        self.add(Heading(2, self.t("proc.communication")), Para.of(self.t("proc.communication_text")))
        if self.project.procedure.electronic_submission:
            self.add(Para.of(self.t("proc.electronic")))

    def selection(self, notes: dict[str, list[ReviewNote]]) -> None:
        sel = self.project.selection
        self.add(Heading(1, self.t("sel.title")), Heading(2, self.t("sel.exclusion")))
        if sel.exclusion_grounds:
            self.add(Para.of(self.t("sel.exclusion_intro")), self.table(
                (self.t("col.nr"), self.t("col.ground"), self.t("col.mandatory"), self.t("col.basis")),
                [(Cell.of(g.id, bold=True), g.text,
                  self.t("sel.mandatory") if g.mandatory else self.t("sel.optional"), g.basis)
                 for g in sel.exclusion_grounds], (0.1, 0.56, 0.14, 0.2)))
        else:
            self.add(Para.of(self.t("none")))
        self.add(Heading(2, self.t("sel.suitability")))
        if sel.suitability:
            rows = []
            for req in sel.suitability:
                figures = [self.t("sel.amount", value=fmt.money(req.amount, self.lang))
                           if req.amount is not None else "",
                           self.t("sel.count", value=req.count) if req.count is not None else "",
                           self.t("sel.years", value=req.years) if req.years is not None else ""]
                comments = tuple(self._comment(n) for n in notes.get(req.id, []))
                paras = [Para((Span(req.text, comments=comments),))
                         if req.text.strip() else Para.of(self.t("todo"), italic=True)]
                if any(figures):
                    paras.append(Para.of("; ".join(f for f in figures if f), "note"))
                rows.append((Cell.of(req.id, bold=True), enum_label("suit", req.kind, self.lang),
                             Cell(tuple(paras)), req.motivation))
            self.add(Para.of(self.t("sel.suitability_intro")), self.table(
                (self.t("col.nr"), self.t("col.kind"), self.t("col.requirement"), self.t("col.motivation")),
                rows, (0.1, 0.16, 0.44, 0.3)))
        else:
            self.add(Para.of(self.t("none")))
        self.add(Para.of(self.t("sel.espd")))
        if sel.max_candidates:
            self.add(Para.of(self.t("sel.max_candidates", count=sel.max_candidates)))

    def award(self) -> None:
        award = self.project.award
        lang = self.lang
        self.add(Heading(1, self.t("award.title"), key=AWARD_KEY), Heading(2, self.t("award.basis")),
                 Para.of(self.t(f"award.basis.{award.basis.value}")))
        if award.basis is not AwardBasis.BPKV:
            self.add(Para.of(self.t("award.motivation")), *self.text_or_todo(award.motivation),
                     Para.of(self.t("award.lowest_text")))
            self.example()
            return
        discount = award.price.method is PriceMethod.FICTITIOUS_DISCOUNT
        self.add(Heading(2, self.t("award.criteria")),
                 Para.of(self.t("award.criteria_intro_discount" if discount else "award.criteria_intro")))
        rows: list[tuple[Cell | str, ...]] = []
        for crit in award.criteria:
            desc = [*self.text_or_todo(crit.description)] if crit.description.strip() else []
            if crit.requirement_ids:
                desc.append(Para.of(self.t("award.linked", ids=", ".join(crit.requirement_ids)), "note"))
            rows.append((Cell.of(crit.id, bold=True), Cell.of(crit.title, bold=True),
                         Cell(tuple(desc) or (Para.of(""),)), fmt.percent(crit.weight, lang)))
            for sub in crit.sub_criteria:
                weight = self.t("award.sub_weight", weight=fmt.percent(sub.weight, lang), parent=crit.id)
                rows.append((sub.id, sub.title, sub.description,
                             f"{weight} ({fmt.percent(crit.weight * sub.weight / 100, lang)})"))
        total = quality_weight(self.project)
        if not discount:
            rows.append(("", Cell.of(self.t("award.price_row"), bold=True),
                         enum_label("price", award.price.method, lang),
                         fmt.percent(award.price.weight, lang)))
            total += award.price.weight
        rows.append(("", Cell.of(self.t("award.total_row"), bold=True), "",
                     Cell.of(fmt.percent(total, lang), bold=True)))
        self.add(self.table((self.t("col.nr"), self.t("col.criterion"), self.t("col.description"),
                             self.t("col.weight")), rows, (0.1, 0.26, 0.44, 0.2), numeric=(3,)))
        self.add(Heading(2, self.t("award.scale")))
        if award.scale:
            self.add(Para.of(self.t("award.scale_intro")), self.table(
                (self.t("col.score"), self.t("col.label"), self.t("col.descriptor")),
                [(Cell.of(fmt.number(s.score, lang), bold=True), s.label, s.descriptor)
                 for s in sorted(award.scale, key=lambda s: s.score)], (0.1, 0.22, 0.68), numeric=(0,)))
        else:
            self.add(Para.of(self.t("todo"), italic=True))
        count = len(award.evaluators) or self.options.evaluator_count
        self.add(Heading(2, self.t("award.evaluation")),
                 Para.of(self.t("award.evaluation_text", count=count,
                                threshold=fmt.number(award.spread_threshold, lang))))
        self.price_method()

    def price_method(self) -> None:
        award = self.project.award
        lang = self.lang
        method = award.price.method
        max_score = max((s.score for s in award.scale), default=10)
        params = {"points": fmt.number(award.price.weight, lang),
                  "amount": fmt.money(award.price.discount_total, lang)}
        self.add(Heading(2, self.t("award.price")),
                 Para.of(self.t(f"award.method.{method.value}", **params)),
                 Para.of(self.t(f"award.formula.{method.value}", **params), "formula"),
                 Para.of(self.t("award.quality_formula_intro")),
                 Para.of(self.t("award.quality_formula", max_score=fmt.number(max_score, lang)), "formula"))
        if method is not PriceMethod.FICTITIOUS_DISCOUNT:
            self.add(Para.of(self.t("award.total_formula"), "formula"))
        self.example()

    def example(self) -> None:
        award = self.project.award
        lang = self.lang
        rows_in = worked_example(award, quality_weight(self.project))
        self.add(Heading(3, self.t("award.example")), Para.of(self.t("award.example_intro")))
        code = [Cell.of(self.t("tenderer.code", code=r.code)) for r in rows_in]
        header: tuple[str, ...]
        rows: list[tuple[Cell | str, ...]]
        if award.basis is not AwardBasis.BPKV:
            header = (self.t("col.tenderer"), self.t("col.price"), self.t("col.rank"))
            rows = [(c, fmt.money(r.price, lang), str(r.rank)) for c, r in zip(code, rows_in, strict=True)]
            self.add(self.table(header, rows, (0.4, 0.35, 0.25), numeric=(1, 2)))
        elif award.price.method is PriceMethod.FICTITIOUS_DISCOUNT:
            header = (self.t("col.tenderer"), self.t("col.price"), self.t("col.quality_share"),
                      self.t("col.discount"), self.t("col.fictitious_price"), self.t("col.rank"))
            rows = [(c, fmt.money(r.price, lang), fmt.percent(r.quality_share * 100, lang),
                     fmt.money(r.discount, lang), fmt.money(r.total, lang), str(r.rank))
                    for c, r in zip(code, rows_in, strict=True)]
            self.add(self.table(header, rows, (0.2, 0.16, 0.18, 0.17, 0.19, 0.1), numeric=(1, 2, 3, 4, 5)))
        else:
            header = (self.t("col.tenderer"), self.t("col.price"), self.t("col.quality"),
                      self.t("col.price_points"), self.t("col.total"), self.t("col.rank"))
            rows = [(c, fmt.money(r.price, lang), fmt.number(r.quality_points, lang, 2),
                     fmt.number(r.price_points, lang, 2), fmt.number(r.total, lang, 2), str(r.rank))
                    for c, r in zip(code, rows_in, strict=True)]
            self.add(self.table(header, rows, (0.2, 0.16, 0.18, 0.17, 0.19, 0.1), numeric=(1, 2, 3, 4, 5)))

    def requirements(self, notes: dict[str, list[ReviewNote]], *, standalone: bool) -> None:
        reqs = self.project.requirements
        self.add(Heading(1, self.t("pve.title")))
        if standalone:
            self.add(Para.of(self.t("pve.intro_standalone")))
        else:
            award_number = next((n for (lvl, n, _), block in zip(self.outline.headings(), self._headings(),
                                                                   strict=True)
                                 if lvl == 1 and block.key == AWARD_KEY), "")
            before, _, after = self.t("pve.intro", award_chapter="\0").partition("\0")
            self.add(Para((Span(before), Span(award_number, ref=AWARD_KEY), Span(after))))
        counts = {kind: sum(1 for r in reqs if r.kind is kind) for kind in RequirementKind}
        if not reqs:
            self.add(Para.of(self.t("pve.empty")))
            return
        self.add(Para.of(self.t("pve.counts", total=len(reqs), knockout=counts[RequirementKind.KNOCKOUT],
                                award=counts[RequirementKind.AWARD],
                                info=counts[RequirementKind.INFORMATION])))
        categories: dict[str, list[Requirement]] = {}
        for req in reqs:
            categories.setdefault(req.category.strip(), []).append(req)
        header = (self.t("col.nr"), self.t("col.requirement"), self.t("col.kind"), self.t("col.verification"))
        for category, items in categories.items():
            self.add(Heading(2, category or self.t("pve.general")),
                     self.table(header, [self._requirement_row(r, notes.get(r.id, [])) for r in items],
                                (0.09, 0.55, 0.18, 0.18)))

    def _headings(self) -> list[Heading]:
        return [b for b in self.outline.blocks if isinstance(b, Heading)]

    def _requirement_row(self, req: Requirement, notes: list[ReviewNote]) -> tuple[Cell, ...]:
        paras: list[Para] = []
        if req.title.strip():
            paras.append(Para.of(req.title, bold=True))
        if req.text.strip():
            comments = tuple(self._comment(n) for n in notes)
            paras.append(Para((Span(req.text, comments=comments),)))
        else:
            paras.append(Para.of(self.t("todo"), italic=True))
        if req.rationale.strip():
            paras.append(Para.of(self.t("pve.rationale", text=req.rationale), "note"))
        if req.verification_detail.strip():
            paras.append(Para.of(self.t("pve.verification", text=req.verification_detail), "note"))
        if req.outcome_id:
            paras.append(Para.of(self.t("pve.outcome", id=req.outcome_id), "note"))
        verification = [Para.of(enum_label("verif", req.verification, self.lang))]
        return (Cell.of(req.id, bold=True), Cell(tuple(paras)),
                Cell.of(enum_label("kind", req.kind, self.lang)), Cell(tuple(verification)))

    def _comment(self, note: ReviewNote) -> Comment:
        lang = self.lang
        key = f"severity.{note.severity}"
        severity = self.t(key) if key in LABELS else note.severity
        head = note.rule + (f" ({severity})" if severity else "")
        lines = [head]
        for text in (note.message, note.explanation):
            if text:
                lines.append(text)
        if note.basis:
            lines.append(self.t("review.basis", text=note.basis))
        if note.suggestion:
            lines.append(self.t("review.suggestion", text=note.suggestion))
        if note.replacement:
            lines.append(self.t("review.replacement", text=note.replacement))
        if note.accepted is not None:
            acc = note.accepted
            who = ", ".join(p for p in (acc.author, fmt.date(acc.accepted_at.date(), lang)
                                        if acc.accepted_at else "") if p)
            lines.append(self.t("review.accepted_by", who=f" ({who})" if who else "",
                                text=acc.justification or "—"))
        return Comment(note.start, note.end, COMMENT_AUTHOR, tuple(lines), note.accepted is not None)

    def review_overview(self, notes: list[ReviewNote]) -> None:
        self.add(Heading(1, self.t("review.title")))
        if not self.options.linter_available:
            self.add(Para.of(self.t("review.no_linter"), italic=True))
        if not notes:
            self.add(Para.of(self.t("review.none")))
            return
        self.add(Para.of(self.t("review.intro")))
        rows = []
        for note in notes:
            text = self.item_texts.get(note.item_id, "")
            finding = [Para((Span("„" + one_line(text[note.start:note.end], 80) + "”", italic=True),))]
            if note.message:
                finding.append(Para.of(note.message))
            if note.accepted is not None:
                finding.append(Para.of(note.accepted.justification, "note"))
            status = self.t("review.accepted") if note.accepted is not None else self.t("review.open")
            rows.append((Cell.of(note.item_id, bold=True), note.rule, Cell(tuple(finding)), status))
        header = (self.t("col.nr"), self.t("col.rule"), self.t("col.finding"), self.t("col.status"))
        self.add(self.table(header, rows, (0.11, 0.27, 0.47, 0.15)))

    def review_summary(self, notes: list[ReviewNote]) -> None:
        accepted = sum(1 for n in notes if n.accepted is not None)
        counts = self.t("cover.review_counts", findings=len(notes),
                        requirements=len(self.project.requirements), accepted=accepted)
        self.add(Para((Span(self.t("cover.review_note") + " "), Span(counts, bold=True)), "notice"))


def build_outline(project: Project, procedure: ProcedureInfo | None = None,
                  notes: Sequence[ReviewNote] = (), options: DocumentOptions | None = None) -> Outline:
    """The outline of the document ``options.kind`` for ``project``.

    ``procedure`` comes from :func:`innodraft.export.inputs.procedure_info`;
    ``notes`` (review copy only) from :func:`innodraft.export.inputs.review_notes`.
    """
    options = options or DocumentOptions()
    if options.kind not in KINDS:
        raise ValueError(f"unknown document kind {options.kind!r}")
    doc = _Builder(project, options)
    doc.cover()
    review = options.kind == "review"
    if review:
        doc.review_summary(list(notes))
    toc = doc.contents()
    by_requirement: dict[str, list[ReviewNote]] = {}
    for note in notes if review else ():
        by_requirement.setdefault(note.item_id, []).append(note)
    if options.kind == "pve":
        doc.need()
        doc.requirements({}, standalone=True)
        return doc.finish(toc)
    doc.introduction()
    doc.need()
    doc.procedure(procedure or inputs.procedure_info(project, None, doc.lang))
    doc.selection(by_requirement)
    doc.award()
    if options.pve_separate and not review:
        doc.add(Heading(1, doc.t("pve.title")), Para.of(doc.t("pve.separate")))
    else:
        doc.requirements(by_requirement, standalone=False)
    if review:
        doc.review_overview(list(notes))
    return doc.finish(toc)
