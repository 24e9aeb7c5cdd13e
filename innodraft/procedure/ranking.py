"""Ranking of the allowed procedures by the rules in ``data/advice_rules.yaml``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from innodraft.procedure.catalog import PROCEDURE_IDS
from innodraft.procedure.conditions import Condition, parse_condition
from innodraft.procedure.loader import DataFileError, as_list, as_str, as_strings, load_data, section, top
from innodraft.procedure.texts import message_keys

FILE = "advice_rules.yaml"
"""The data file read by this module."""

BANDS = "bands"
"""``prefer:`` value standing for the procedures of the below-threshold band."""


@dataclass(frozen=True)
class RankRule:
    """Procedures to place next when the condition holds."""

    id: str
    when: Condition
    prefer: tuple[str, ...] | None
    """Procedure ids, or None for the band's procedures."""


@dataclass(frozen=True)
class Ranking:
    """Allowed procedures in order, and which rule placed each."""

    order: tuple[str, ...]
    placed_by: Mapping[str, str]
    """Procedure id -> rule id (absent: placed in catalogue order)."""


@cache
def rules() -> tuple[RankRule, ...]:
    """The ranking rules in order.

    Raises:
        DataFileError: bad id, condition or procedure, or a rule without its "why" message.
    """
    result = []
    for i, raw in enumerate(as_list(top(load_data(FILE), "rules", FILE), f"{FILE}:rules")):
        where = f"{FILE}:rules[{i}]"
        rule_id = as_str(section(raw, "id", where), f"{where}.id")
        if f"why.{rule_id}" not in message_keys():
            raise DataFileError(f"{where}.id", f"no message why.{rule_id} in messages.yaml")
        prefer_raw = section(raw, "prefer", where)
        prefer = None if prefer_raw == BANDS else as_strings(prefer_raw, f"{where}.prefer")
        if prefer is not None and any(p not in PROCEDURE_IDS for p in prefer):
            raise DataFileError(f"{where}.prefer", "unknown procedure id")
        result.append(RankRule(rule_id, parse_condition(section(raw, "when", where) or {}, f"{where}.when"),
                               prefer))
    return tuple(result)


def rank(allowed: Sequence[str], facts: Mapping[str, Any], band: Sequence[str] = ()) -> Ranking:
    """Order the ``allowed`` procedure ids.

    Args:
        allowed: ids of the allowed procedures (any order).
        facts: situation facts plus ``eu_required`` and ``regime``.
        band: procedures of the below-threshold band, preferred first.
    """
    allowed_set = set(allowed)
    order: list[str] = []
    placed_by: dict[str, str] = {}
    for rule in rules():
        if not rule.when.holds(facts):
            continue
        for pid in (tuple(band) if rule.prefer is None else rule.prefer):
            if pid in allowed_set and pid not in placed_by:
                order.append(pid)
                placed_by[pid] = rule.id
    order += [pid for pid in PROCEDURE_IDS if pid in allowed_set and pid not in placed_by]
    return Ranking(tuple(order), placed_by)
