"""Which legal regime governs a situation: EU classic, utilities, light, or national.

- value below the threshold of the period → ``national`` (Aw part 1);
- social and other specific services at or above their threshold → ``light``
  (Aw 2.38-2.39; for utilities the threshold of Aw 3.9a);
- a special-sector company → ``utility`` (Aw part 3);
- otherwise → ``classic`` (Aw part 2).
"""

from __future__ import annotations

from innodraft.core.enums import AuthorityType, ContractType
from innodraft.procedure.situation import Situation
from innodraft.procedure.thresholds import Threshold, threshold_for


def regime_of(situation: Situation) -> tuple[str, Threshold]:
    """The regime name and the threshold it was decided on."""
    threshold = threshold_for(situation.authority, situation.contract, situation.date)
    if not threshold.reached_by(situation.value):
        return "national", threshold
    if situation.contract == ContractType.SOCIAL_SERVICES:
        return "light", threshold
    if situation.authority == AuthorityType.UTILITY:
        return "utility", threshold
    return "classic", threshold
