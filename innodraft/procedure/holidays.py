"""Dutch public holidays for the timeline notes (data in ``data/holidays.yaml``)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from innodraft.procedure.loader import DataFileError, load_data
from innodraft.procedure.texts import Text, text_from

FILE = "holidays.yaml"


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _text(raw: object, where: str) -> Text:
    return text_from(raw, f"{FILE}:{where}")


@cache
def _data() -> tuple[dict[tuple[int, int], Text], dict[int, Text], Text, Text]:
    data = load_data(FILE)
    if not isinstance(data, dict):
        raise DataFileError(FILE, "expected a mapping")
    fixed = {}
    for key, name in (data.get("fixed") or {}).items():
        try:
            month, day = (int(part) for part in str(key).split("-"))
            dt.date(2024, month, day)
        except ValueError:
            raise DataFileError(f"{FILE}:fixed.{key}", "expected MM-DD") from None
        fixed[(month, day)] = _text(name, f"fixed.{key}")
    easter = {}
    for key, name in (data.get("easter") or {}).items():
        if not isinstance(key, int) or not 0 <= key <= 70:
            raise DataFileError(f"{FILE}:easter.{key}", "expected days after Easter (0-70)")
        easter[key] = _text(name, f"easter.{key}")
    return fixed, easter, _text(data.get("kings_day"), "kings_day"), _text(data.get("rule"), "rule")


def holiday(day: dt.date) -> Text | None:
    """Name of the public holiday on ``day``, or None."""
    fixed, easter, kings_day, _rule = _data()
    if (day.month, day.day) in fixed:
        return fixed[(day.month, day.day)]
    after_easter = (day - easter_sunday(day.year)).days
    if after_easter in easter:
        return easter[after_easter]
    kings = dt.date(day.year, 4, 27)
    if kings.weekday() == 6:
        kings = dt.date(day.year, 4, 26)
    return kings_day if day == kings else None


def end_of_period_rule() -> Text:
    """How a period that ends on a holiday or weekend is extended (with its source)."""
    return _data()[3]
