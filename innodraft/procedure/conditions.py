"""``when:`` conditions of the data files: field -> value or list of values.

A condition holds when every listed field has one of the listed values (AND
over fields, OR within a field's list). Fields are the situation facts plus
``eu_required`` and ``regime``; unknown fields or values are data-file errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from innodraft.core.enums import AuthorityType, ContractType, InnovationProfile
from innodraft.procedure.loader import DataFileError, as_mapping

REGIMES = ("classic", "utility", "light", "national")
"""Legal regimes: Aw part 2, Aw part 3 (utilities), light regime (Aw 2.38), below threshold."""

_BOOL = (True, False)
FACT_VALUES: dict[str, tuple[Any, ...]] = {
    "authority": tuple(m.value for m in AuthorityType),
    "contract": tuple(m.value for m in ContractType),
    "innovation": tuple(m.value for m in InnovationProfile),
    "specifiable": _BOOL,
    "purchase_after_development": _BOOL,
    "design_contest": _BOOL,
    "urgency": _BOOL,
    "electronic_submission": _BOOL,
    "prior_information_notice": _BOOL,
    "eu_required": _BOOL,
    "regime": REGIMES,
}
"""Fields a condition may test, with their possible values."""


@dataclass(frozen=True)
class Condition:
    """A parsed ``when:`` mapping."""

    tests: tuple[tuple[str, tuple[Any, ...]], ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        """True when every field of the condition has one of its values in ``facts``."""
        return all(facts[name] in values for name, values in self.tests)


def parse_condition(raw: Any, where: str) -> Condition:
    """Parse and check a ``when:`` mapping.

    Raises:
        DataFileError: unknown field or value.
    """
    tests = []
    for name, value in as_mapping(raw, where).items():
        if name not in FACT_VALUES:
            raise DataFileError(f"{where}.{name}", f"unknown field; expected one of {', '.join(FACT_VALUES)}")
        values = tuple(value) if isinstance(value, list) else (value,)
        for item in values:
            if item not in FACT_VALUES[name] or type(item) is not type(FACT_VALUES[name][0]):
                raise DataFileError(f"{where}.{name}", f"unknown value {item!r}")
        tests.append((str(name), values))
    return Condition(tuple(tests))
