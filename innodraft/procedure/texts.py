"""Bilingual texts (Dutch and English) and the message catalogue of the advisor.

Every user-facing sentence of :mod:`innodraft.procedure` is a :class:`Text`
holding both languages. The sentences themselves live in
``data/messages.yaml`` and in the other data files, never in code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from innodraft.procedure.loader import DataFileError, load_data

LANGS = ("en", "nl")
"""Languages every text is available in; English is the CLI default."""


@dataclass(frozen=True)
class Text:
    """One sentence in English and Dutch."""

    en: str
    nl: str

    def get(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (``en`` or ``nl``).

        Raises:
            ValueError: unknown language.
        """
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
        return self.en if lang == "en" else self.nl

    def format(self, **params: Any) -> Text:
        """Fill ``{name}`` placeholders; a :class:`Text` parameter is filled per language."""

        def fill(lang: str) -> str:
            values = {k: v.get(lang) if isinstance(v, Text) else v for k, v in params.items()}
            return self.get(lang).format(**values)

        return Text(en=fill("en"), nl=fill("nl"))

    def __add__(self, other: Text) -> Text:
        """Concatenate per language."""
        return Text(en=self.en + other.en, nl=self.nl + other.nl)


def text_from(raw: Any, where: str) -> Text:
    """Build a :class:`Text` from a ``{en: ..., nl: ...}`` mapping of a data file.

    Raises:
        DataFileError: a language is missing or not a string.
    """
    if not isinstance(raw, Mapping):
        raise DataFileError(where, "expected a mapping with 'en' and 'nl' texts")
    for lang in LANGS:
        if not isinstance(raw.get(lang), str) or not raw[lang].strip():
            raise DataFileError(f"{where}.{lang}", "missing or empty text")
    return Text(en=raw["en"], nl=raw["nl"])


@cache
def _messages() -> dict[str, Text]:
    data = load_data("messages.yaml")
    if not isinstance(data, Mapping):
        raise DataFileError("messages.yaml", "expected a mapping of message keys")
    return {str(key): text_from(value, f"messages.yaml:{key}") for key, value in data.items()}


def message(key: str, **params: Any) -> Text:
    """The catalogue message ``key`` with its placeholders filled.

    Raises:
        KeyError: no such message (a programming error, caught by the tests).
    """
    return _messages()[key].format(**params) if params else _messages()[key]


def message_keys() -> frozenset[str]:
    """All keys of the message catalogue."""
    return frozenset(_messages())


def money(amount: float) -> Text:
    """``€ 216,000`` in English and ``€ 216.000`` in Dutch (cents only when present)."""
    cents = round(amount * 100) % 100 != 0
    en = f"{amount:,.2f}" if cents else f"{round(amount):,}"
    nl = en.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return Text(en=f"€ {en}", nl=f"€ {nl}")


def date_text(day: dt.date) -> Text:
    """ISO date in English (``2026-01-01``), Dutch style in Dutch (``1-1-2026``)."""
    return Text(en=day.isoformat(), nl=f"{day.day}-{day.month}-{day.year}")


def join(texts: list[Text] | tuple[Text, ...], sep: str = " ") -> Text:
    """Join texts per language with ``sep``."""
    return Text(en=sep.join(t.en for t in texts), nl=sep.join(t.nl for t in texts))
