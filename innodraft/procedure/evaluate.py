"""Whether each procedure is allowed in a regime, with reasons and legal basis."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from innodraft.procedure.catalog import ProcedureSpec
from innodraft.procedure.texts import Text, join, message
from innodraft.procedure.timelimits import TimeLimit, as_dict


@dataclass(frozen=True)
class ProcedureAdvice:
    """One procedure as judged for the situation."""

    id: str
    name: Text
    allowed: bool
    reasons: tuple[Text, ...]
    legal_basis: tuple[str, ...]
    time_limits: tuple[TimeLimit, ...]
    """Statutory minimum periods with their basis (empty: no statutory minimum)."""
    grounds_met: tuple[str, ...]
    """Ids of the legal grounds that follow from the facts."""
    innovation_fit: str
    fit: Text
    phases: Text
    min_candidates: int | None
    award_criteria: tuple[str, ...]
    unverified: Text | None
    """An UNVERIFIED remark about this procedure in this regime."""
    rank: int = 0
    """1 = recommended; allowed procedures first."""

    @property
    def names(self) -> dict[str, str]:
        """``{"nl": ..., "en": ...}``."""
        return {"nl": self.name.nl, "en": self.name.en}

    @property
    def min_days(self) -> dict[str, int]:
        """``{"requests": 30, "tenders": 35, ...}`` as in the CLI JSON."""
        return as_dict(self.time_limits)

    def to_data(self, lang: str = "en") -> dict[str, Any]:
        """The CLI JSON form: id, allowed, reasons, legal_basis, min_days."""
        return {"id": self.id, "allowed": self.allowed, "reasons": [r.get(lang) for r in self.reasons],
                "legal_basis": list(self.legal_basis), "min_days": self.min_days}

    def with_reasons(self, before: tuple[Text, ...] = (), after: tuple[Text, ...] = ()) -> ProcedureAdvice:
        """A copy with extra reasons before and after the existing ones."""
        return replace(self, reasons=(*before, *self.reasons, *after))


def evaluate(spec: ProcedureSpec, regime: str, facts: Mapping[str, Any],
             limits: tuple[TimeLimit, ...]) -> ProcedureAdvice:
    """Judge ``spec`` under ``regime`` for the facts (situation plus ``eu_required``/``regime``)."""
    rule = spec.rule(regime)
    reasons: list[Text] = []
    basis = list(rule.basis)
    met: list[str] = []
    if rule.allowed == "grounds":
        holding = [g for g in rule.grounds if g.when is not None and g.when.holds(facts)]
        unchecked = [g for g in rule.grounds if g.when is None]
        allowed = bool(holding)
        met = [g.id for g in holding]
        basis += [g.basis for g in holding]
        if allowed:
            reasons.append(message("reason.grounds_met", grounds=join([g.text for g in holding], "; ")))
        elif rule.not_met is not None:
            reasons.append(rule.not_met)
        if unchecked and not allowed:
            reasons.append(message("reason.also_if", grounds=join([g.text for g in unchecked], "; ")))
    else:
        allowed = rule.allowed == "always"
        if rule.reason is not None:
            reasons.append(rule.reason)
    for note in rule.notes:
        if (allowed or note.always) and (note.when is None or note.when.holds(facts)):
            reasons.append(note.text)
    return ProcedureAdvice(
        id=spec.id, name=spec.name, allowed=allowed, reasons=tuple(reasons),
        legal_basis=tuple(dict.fromkeys(basis)), time_limits=limits,
        grounds_met=tuple(met), innovation_fit=spec.innovation_fit, fit=spec.fit, phases=spec.phases,
        min_candidates=spec.min_candidates, award_criteria=spec.award_criteria, unverified=rule.unverified,
    )
