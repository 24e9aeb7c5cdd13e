"""Literal strings that every match of a regular expression must contain.

Context word lists are case-insensitive regular expressions; running them on
every sentence of every requirement is most of the post-processing time. A
cheap substring test on the lower-cased text ("does 'equivalent' or 'equal'
occur at all?") rules most texts out first. This module finds those strings
from the parsed expression, so the word lists stay plain data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

try:  # the parser behind ``re`` (Python 3.11+: re._parser)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no prefilter, same results
    _sre_parse = None
    _c = None

_MAX_ALTERNATIVES = 32


def required_literals(fragments: Sequence[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which occurs in every match of any fragment; None if unknown.

    Per fragment the most selective set is chosen (longest shortest string),
    e.g. ``or\\s+(?:an?\\s+)?(?:equal|equivalent)s?`` gives {"equal", "equivalent"}.
    """
    if _sre_parse is None:
        return None
    found: set[str] = set()
    for fragment in fragments:
        try:
            parsed = _sre_parse.parse(fragment, 0)
        except Exception:  # an odd fragment only loses its prefilter
            return None
        best = _best(_candidates(list(parsed)))
        if not best:
            return None
        found |= best
    return tuple(sorted(found))


def _best(candidates: Iterable[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if c and all(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _candidates(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Disjunctions of strings (one of each must occur) for a parsed sequence."""
    out: list[frozenset[str]] = []
    current: set[str] = {""}

    def finish() -> None:
        nonlocal current
        if current and all(current):
            out.append(frozenset(current))
        current = {""}

    for op, av in items:
        if op is _c.LITERAL:
            current = {s + chr(av).lower() for s in current}
        elif op is _c.BRANCH:
            words = _literal_branch(av[1])
            if words is not None and len(current) * len(words) <= _MAX_ALTERNATIVES:
                current = {s + w for s in current for w in words}
                continue
            finish()
            per_branch = [_best(_candidates(list(b))) for b in av[1]]
            if all(per_branch):
                out.append(frozenset().union(*per_branch))  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN:
            finish()
            best = _best(_candidates(list(av[-1])))
            if best:
                out.append(best)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, item = av
            finish()
            if low >= 1:
                best = _best(_candidates(list(item)))
                if best:
                    out.append(best)
        else:  # classes, any character, anchors, look-arounds: the run of literals ends
            finish()
    finish()
    return out


def _literal_branch(branches: Sequence[Any]) -> list[str] | None:
    """The words of a branch made of literals only ("al|ivalent"), else None."""
    words = []
    for branch in branches:
        word = []
        for op, av in branch:
            if op is not _c.LITERAL:
                return None
            word.append(chr(av).lower())
        words.append("".join(word))
    return words
