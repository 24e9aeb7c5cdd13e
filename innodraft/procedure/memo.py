"""The motivation memo of an advice, in Dutch or English (GUI and Word export use it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from innodraft.procedure.texts import date_text, join, message, money

if TYPE_CHECKING:
    from innodraft.procedure.advisor import Advice

MAX_ALTERNATIVES = 3
"""How many other allowed procedures the memo names."""


def memo_paragraphs(advice: Advice, lang: str = "en") -> list[str]:
    """The memo as paragraphs: facts, threshold, choice and reasons, alternatives,
    time limits, points of attention (with UNVERIFIED items marked) and a disclaimer."""
    sit, thr = advice.situation, advice.threshold
    chosen = advice.procedure(advice.recommended)
    period = {"from": date_text(thr.valid_from), "to": date_text(thr.valid_to)}
    paragraphs = [
        message("memo.facts", authority=message(f"authority.{sit.authority.value}"),
                contract=message(f"contract.{sit.contract.value}"), value=money(sit.value),
                date=date_text(sit.date)).get(lang),
        message("memo.eu_required" if advice.eu_procedure_required else "memo.eu_not_required",
                amount=money(thr.amount), basis=thr.basis, regime=message(f"regime.{advice.regime}"),
                **period).get(lang),
        message("memo.recommended", name=chosen.name, basis=", ".join(chosen.legal_basis)).get(lang),
        join(list(chosen.reasons)).get(lang),
    ]
    others = [p for p in advice.procedures if p.allowed and p.id != chosen.id][:MAX_ALTERNATIVES]
    if others:
        paragraphs.append(message("memo.alternatives", names=join([p.name for p in others], "; ")).get(lang))
    if chosen.time_limits:
        limits = [message("memo.limit", what=message(f"what.{limit.key}"), days=limit.days,
                          basis=", ".join(limit.basis)) for limit in chosen.time_limits]
        paragraphs.append(message("memo.time_limits", limits=join(limits, "; ")).get(lang))
    else:
        paragraphs.append(message("memo.no_limits").get(lang))
    if advice.warnings:
        lines = [message("memo.warnings").get(lang)] + [f"- {w.text.get(lang)}" for w in advice.warnings]
        paragraphs.append("\n".join(lines))
    if any(w.unverified for w in advice.warnings) or chosen.unverified is not None:
        paragraphs.append(message("memo.unverified").get(lang))
    paragraphs.append(message("memo.disclaimer").get(lang))
    return paragraphs


def render_memo(advice: Advice, lang: str = "en") -> str:
    """The memo as plain text with a title line; paragraphs separated by blank lines."""
    return "\n\n".join([message("memo.title").get(lang), *memo_paragraphs(advice, lang)])
