"""Language detection for requirement text: Dutch or English, from function words."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "language.json"
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return frozenset(data["nl"]), frozenset(data["en"])


def detect_language(text: str, default: str = "nl") -> str:
    """Return ``"nl"`` or ``"en"``: whichever language's function words occur more.

    Only the first 5,000 characters are read. Ties (also: no words at all)
    give ``default``.
    """
    nl, en = _markers()
    score = 0
    for m in _WORD.finditer(text[:5000]):
        w = m.group(0).lower()
        if w in nl:
            score += 1
        elif w in en:
            score -= 1
    if score > 0:
        return "nl"
    if score < 0:
        return "en"
    return default if default in ("nl", "en") else "nl"
