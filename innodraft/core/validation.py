"""Consistency checks on a loaded project (beyond the file's structure).

A project with these problems still loads and saves; the checks tell the buyer
what to fix before export. Each problem is a frozen :class:`Problem` with a
code and parameters; :meth:`Problem.message` renders it in Dutch or English.
"""

from __future__ import annotations

from dataclasses import dataclass

from innodraft.core.enums import AwardBasis, PriceMethod
from innodraft.core.model import Project

WEIGHT_TOLERANCE = 0.01
"""Weights may differ this much (percentage points) from 100."""

_MESSAGES: dict[str, dict[str, str]] = {
    "weights_total": {
        "en": "award weights (price {price} % + quality {quality} %) total {total} %, not 100 %",
        "nl": "de wegingen (prijs {price} % + kwaliteit {quality} %) tellen op tot {total} %, niet 100 %",
    },
    "sub_weights_total": {
        "en": "sub-criteria of {criterion} total {total} %, not 100 %",
        "nl": "de subcriteria van {criterion} tellen op tot {total} %, niet 100 %",
    },
    "unknown_outcome": {
        "en": "requirement {item} links to outcome {target}, which does not exist",
        "nl": "eis {item} verwijst naar resultaat {target}, dat niet bestaat",
    },
    "unknown_requirement": {
        "en": "award criterion {item} links to requirement {target}, which does not exist",
        "nl": "gunningscriterium {item} verwijst naar eis {target}, die niet bestaat",
    },
    "missing_motivation": {
        "en": "award on {basis} needs a motivation in the tender documents (Aw 2.114(4))",
        "nl": "gunnen op {basis} vraagt een motivering in de aanbestedingsstukken (Aw 2.114 lid 4)",
    },
    "no_scale": {
        "en": "quality criteria are set but the scoring scale is empty",
        "nl": "er zijn kwaliteitscriteria maar de beoordelingsschaal is leeg",
    },
    "no_discount": {
        "en": "fictitious discount is chosen but its euro value is 0",
        "nl": "fictieve korting is gekozen maar de waarde in euro is 0",
    },
    "empty_requirement": {
        "en": "requirement {item} has no text",
        "nl": "eis {item} heeft geen tekst",
    },
}


@dataclass(frozen=True)
class Problem:
    """One consistency problem."""

    code: str
    path: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, lang: str = "en") -> str:
        """The problem as a sentence in ``lang`` (``nl`` or ``en``)."""
        template = _MESSAGES[self.code].get(lang) or _MESSAGES[self.code]["en"]
        return template.format(**dict(self.params))

    def __str__(self) -> str:
        return f"{self.path}: {self.message('en')}"


def _fmt(number: float) -> str:
    return f"{number:g}"


def check_project(project: Project) -> list[Problem]:
    """Return the consistency problems of ``project`` (empty when none)."""
    problems: list[Problem] = []
    outcome_ids = {o.id for o in project.need.outcomes}
    req_ids = {r.id for r in project.requirements}
    for req in project.requirements:
        if not req.text.strip():
            problems.append(Problem("empty_requirement", f"requirements/{req.id}",
                                    (("item", req.id),)))
        if req.outcome_id and req.outcome_id not in outcome_ids:
            problems.append(Problem("unknown_outcome", f"requirements/{req.id}/outcome_id",
                                    (("item", req.id), ("target", req.outcome_id))))
    award = project.award
    for crit in award.criteria:
        for target in crit.requirement_ids:
            if target not in req_ids:
                problems.append(Problem("unknown_requirement", f"award/criteria/{crit.id}",
                                        (("item", crit.id), ("target", target))))
        if crit.sub_criteria:
            total = sum(s.weight for s in crit.sub_criteria)
            if abs(total - 100) > WEIGHT_TOLERANCE:
                problems.append(Problem("sub_weights_total", f"award/criteria/{crit.id}",
                                        (("criterion", crit.id), ("total", _fmt(total)))))
    problems.extend(_check_weights(project))
    if award.basis is not AwardBasis.BPKV and not award.motivation.strip():
        problems.append(Problem("missing_motivation", "award/motivation",
                                (("basis", award.basis.value),)))
    if award.criteria and not award.scale:
        problems.append(Problem("no_scale", "award/scale"))
    return problems


def quality_weight(project: Project) -> float:
    """Sum of the quality criteria weights (percent of the total score)."""
    return sum(c.weight for c in project.award.criteria)


def _check_weights(project: Project) -> list[Problem]:
    award = project.award
    if award.basis is not AwardBasis.BPKV or not award.criteria:
        return []
    quality = quality_weight(project)
    if award.price.method is PriceMethod.FICTITIOUS_DISCOUNT:
        # Price is not a weighted share here: quality criteria alone total 100 %.
        problems = []
        if abs(quality - 100) > WEIGHT_TOLERANCE:
            problems.append(Problem("weights_total", "award/criteria",
                                    (("price", "0"), ("quality", _fmt(quality)),
                                     ("total", _fmt(quality)))))
        if award.price.discount_total <= 0:
            problems.append(Problem("no_discount", "award/price/discount_total"))
        return problems
    total = award.price.weight + quality
    if abs(total - 100) > WEIGHT_TOLERANCE:
        return [Problem("weights_total", "award/criteria",
                        (("price", _fmt(award.price.weight)), ("quality", _fmt(quality)),
                         ("total", _fmt(total))))]
    return []
