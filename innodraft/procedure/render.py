"""Plain-text report of an advice (``innodraft advise --format text``)."""

from __future__ import annotations

from innodraft.procedure.advisor import Advice
from innodraft.procedure.texts import date_text, message, message_keys, money
from innodraft.procedure.timeline import TimelineItem


def _t(key: str, lang: str) -> str:
    return message(key).get(lang)


def _day_label(key: str, lang: str) -> str:
    """Readable name of a ``min_days`` key (the key itself when the catalogue has none)."""
    return _t(f"days.{key}", lang) if f"days.{key}" in message_keys() else key


def _timeline_line(item: TimelineItem, lang: str) -> str:
    parts = []
    if item.earliest:
        parts.append(f"{_t('text.earliest', lang)} {date_text(item.earliest).get(lang)}")
    if item.latest:
        parts.append(f"{_t('text.latest', lang)} {date_text(item.latest).get(lang)}")
    if not parts:
        parts.append(_t("text.no_statutory_date", lang))
    if item.planned:
        parts.append(f"{_t('text.planned', lang)} {date_text(item.planned).get(lang)}")
    flag = f"  !! {item.flag}" if item.flag else ""
    return f"  {item.label.get(lang):<46} {', '.join(parts)}{flag}"


def render_text(advice: Advice, lang: str = "en") -> str:
    """The advice as readable text: decision, ranked procedures, timeline, memo."""
    thr = advice.threshold
    yes_no = _t("text.yes" if advice.eu_procedure_required else "text.no", lang)
    chosen = advice.procedure(advice.recommended)
    lines = [
        f"{_t('text.eu_required', lang)}: {yes_no}",
        f"{_t('text.threshold', lang)}: {money(thr.amount).get(lang)} "
        f"({date_text(thr.valid_from).get(lang)} – {date_text(thr.valid_to).get(lang)}; {thr.basis})",
        f"{_t('text.regime', lang)}: {message(f'regime.{advice.regime}').get(lang)}",
        f"{_t('text.recommended', lang)}: {chosen.name.get(lang)} [{chosen.id}]",
        "",
        f"{_t('text.procedures', lang)}:",
    ]
    for item in advice.procedures:
        status = _t("text.allowed" if item.allowed else "text.not_allowed", lang)
        lines.append(f"{item.rank:>3}. {item.name.get(lang)} [{item.id}] — {status}")
        lines += [f"       - {reason.get(lang)}" for reason in item.reasons]
        lines.append(f"       {_t('text.basis', lang)}: {', '.join(item.legal_basis)}")
        if item.min_days:
            days = ", ".join(f"{_day_label(k, lang)} {v}" for k, v in item.min_days.items())
            lines.append(f"       {_t('text.min_days', lang)}: {days}")
    lines += ["", f"{_t('text.timeline', lang)} ({chosen.name.get(lang)}):"]
    lines += [_timeline_line(item, lang) for item in advice.timeline]
    lines += ["", f"{_t('text.memo', lang)}:", "", advice.memo(lang)]
    return "\n".join(lines)
