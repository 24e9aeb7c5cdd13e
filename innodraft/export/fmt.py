"""Numbers, money, percentages and dates written the Dutch or English way."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
"""Document language tag per project language."""


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """``1234.5`` -> ``1.234,5`` (nl) or ``1,234.5`` (en); trailing zeros dropped unless ``decimals``."""
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(value: float, lang: str) -> str:
    """``€ 1.250.000`` / ``€1,250,000``; cents only when there are any."""
    decimals = 0 if round(value, 2) == int(value) else 2
    amount = number(value, lang, decimals)
    return f"€ {amount}" if lang == "nl" else f"€{amount}"


def percent(value: float, lang: str) -> str:
    """``40 %`` (nl) / ``40%`` (en), at most two decimals."""
    text = number(round(value, 2), lang)
    return f"{text} %" if lang == "nl" else f"{text}%"


def date(value: dt.date | None, lang: str) -> str:
    """``3 maart 2027`` / ``3 March 2027``; empty for ``None``."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS['en' if lang == 'en' else 'nl'][value.month - 1]} {value.year}"


def paragraphs(text: str) -> list[str]:
    """Split user text into paragraphs at blank lines; single newlines stay (line breaks)."""
    parts = [part.strip() for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")]
    return [part for part in parts if part]
