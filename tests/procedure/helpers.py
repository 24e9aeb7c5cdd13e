"""Builders for procedure tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from innodraft.procedure import Advice, Situation, advise, default_bands

BASE: dict[str, Any] = {"authority": "sub_central", "contract": "services", "value": 500_000,
                        "date": "2026-06-01"}
"""A situation above the 2026-2027 sub-central services threshold (216 000)."""


def situation(**changes: Any) -> Situation:
    """``BASE`` with ``changes`` applied, through the validating constructor."""
    data = {**BASE, **changes}
    return Situation.from_mapping({k: v for k, v in data.items() if v is not None})


def advice(planned: dict[str, dt.date] | None = None, **changes: Any) -> Advice:
    """Advice for ``situation(**changes)`` with the built-in bands."""
    return advise(situation(**changes), bands=default_bands(), planned=planned)


def d(text: str) -> dt.date:
    """Short for ``date.fromisoformat``."""
    return dt.date.fromisoformat(text)
