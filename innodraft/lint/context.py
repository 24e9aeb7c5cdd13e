"""Context predicates: what around a match changes or cancels a finding.

A rule names predicates in ``when`` (change severity/message) and ``unless``
(drop the finding). The word lists behind them are regular-expression
fragments in the pack manifest's ``context`` section, so each language
defines its own equivalence clauses, example markers, hard bounds, purpose
clauses and so on. All work here is on the text of one requirement and only
runs for texts that have a candidate finding.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from innodraft.lint.literals import required_literals

if TYPE_CHECKING:
    from innodraft.lint.lemmas import LemmaTable
    from innodraft.lint.model import LintContext

_FLAGS = re.IGNORECASE | re.UNICODE


class Lexical:
    """A compiled word list with a cheap substring prefilter.

    ``literals`` are lower-case strings one of which occurs in every match
    (taken from the start of each fragment); when none occurs in the text
    the regular expression is not run at all.
    """

    def __init__(self, fragments: Sequence[str]) -> None:
        body = "|".join(f"(?:{f})" for f in fragments)
        self.regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w])", _FLAGS)
        literals: set[str] = set()
        for fragment in fragments:
            found = leading_literals(fragment)
            if not found:
                literals = set()
                break
            literals |= found
        self.literals = tuple(sorted(literals)) if literals else None
        self.keys = required_literals(fragments)
        """Lower-case strings one of which every match contains (longer, so more selective, than literals)."""
        self._starts = (
            re.compile("|".join(re.escape(lit) for lit in sorted(literals, key=len, reverse=True)))
            if literals else None
        )
        """Where a match can start: the literals, case-sensitive, searched in the lower-cased text."""

    def search(self, text: str, start: int, end: int, lowered: str | None = None) -> re.Match[str] | None:
        """The leftmost match in ``text[start:end]``.

        With literals the expression is only tried where one of them occurs
        (every match starts with one): a case-insensitive ``search`` would try
        every position and costs several times more.
        """
        starts, keys = self._starts, self.keys
        if starts is None and keys is None:
            return self.regex.search(text, start, end)
        low = lowered if lowered is not None else text.lower()
        if len(low) != len(text):  # a few characters change length in lower case
            return self.regex.search(text, start, end)
        if keys is not None and not any(low.find(key, start, end) >= 0 for key in keys):
            return None
        if starts is None:
            return self.regex.search(text, start, end)
        match = self.regex.match
        at = starts.search(low, start, end)
        while at is not None:
            found = match(text, at.start(), end)
            if found is not None:
                return found
            at = starts.search(low, at.start() + 1, end)
        return None

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, start, end)

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)


def leading_literals(fragment: str) -> set[str]:
    """Lower-case literal starts of a regex fragment ("zoals(?:...)" -> {"zoals"}); empty if unknown."""
    if fragment.startswith("(?:"):
        depth, i, parts, last = 0, 3, [], 3
        while i < len(fragment):
            ch = fragment[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    parts.append(fragment[last:i])
                    break
                depth -= 1
            elif ch == "|" and depth == 0:
                parts.append(fragment[last:i])
                last = i + 1
            i += 1
        else:
            return set()
        rest = fragment[i + 1:]
        if rest[:1] in ("?", "*"):
            return set()
        out: set[str] = set()
        for part in parts:
            found = leading_literals(part)
            if not found:
                return set()
            out |= found
        return out
    literal = []
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\" and i + 1 < len(fragment):
            nxt = fragment[i + 1]
            if nxt.isalnum():
                break  # a class such as \s or \w
            literal.append(nxt)
            i += 2
        elif ch not in "\\.^$*+?{}[]|()":
            literal.append(ch)
            i += 1
        else:
            if ch in "?*{" and literal:
                literal.pop()
            break
        if i < len(fragment) and fragment[i] in "?*{" and literal:
            literal.pop()
            break
    # leading white space stays: a match starts where its literal starts
    text = "".join(literal).lower().rstrip()
    return {text} if text.strip() else set()


def _alternation(fragments: Sequence[str], *, edge: bool = True) -> Lexical | None:
    if not fragments:
        return None
    return Lexical(fragments)


@dataclass(frozen=True)
class PackContext:
    """Compiled context word lists of one pack."""

    equivalence: Lexical | None
    example: Lexical | None
    example_tail: re.Pattern[str] | None
    bound: Lexical | None
    rationale: Lexical | None
    nonbinding: Lexical | None
    escape: Lexical | None
    motivation: Lexical | None
    negation: Lexical | None
    standard: Lexical | None
    abbreviations: frozenset[str]

    @classmethod
    def compile(cls, lists: Mapping[str, Sequence[str]]) -> PackContext:
        """Build from a manifest's ``context`` mapping (missing lists disable a predicate)."""
        def get(name: str) -> list[str]:
            return list(lists.get(name, ()))

        numbers = [*get("number_words"), r"\d+(?:[.,]\d+)?"]
        units = get("bound_units")
        bound = None
        if get("bound_leads") and units:
            bound = Lexical([
                rf"(?:{'|'.join(get('bound_leads'))})\s+(?:\w+\s+){{0,3}}?"
                rf"(?:{'|'.join(numbers)})\s*(?:{'|'.join(units)})"])
        tail = get("example_tails")
        return cls(
            equivalence=_alternation(get("equivalence")),
            example=_alternation(get("example_markers")),
            example_tail=re.compile(rf"(?:{'|'.join(tail)})\W*$", _FLAGS) if tail else None,
            bound=bound,
            rationale=_alternation(get("rationale_markers")),
            nonbinding=_alternation(get("nonbinding")),
            escape=_alternation(get("escape_clauses")),
            motivation=_alternation(get("motivation")),
            negation=_alternation(get("negations")),
            standard=_alternation(get("standard_leads")),
            abbreviations=frozenset(a.lower() for a in get("abbreviations")),
        )


_SENT_END = re.compile(r"(?:[.!?]+[\"”’')\]]*[ \t\u00a0]+(?=[\"“‘(\[•\-–]?[A-Z0-9À-ÖØ-Þ])|\s*[\n\r\u2028\u2029]+\s*|[ \t]*[•▪◦][ \t]*)")  # noqa: E501 - one regular expression
_WORD_BEFORE = re.compile(r"(\S+)$")
_MAYBE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s|[\n\r\u2028\u2029•▪◦]")


_T = TypeVar("_T")


class _cached(Generic[_T]):
    """``functools.cached_property`` without its per-access lock (Python 3.11), for per-text values."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Any, owner: Any = None) -> _T:
        value = obj.__dict__[self.name] = self.func(obj)  # later look-ups find the instance attribute
        return value


class TextView:
    """One text being linted, with lazily computed sentences."""

    def __init__(
        self, text: str, lang: str, pctx: PackContext, ctx: LintContext, table: LemmaTable | None = None
    ) -> None:
        self.text = text
        self.lang = lang
        self.pctx = pctx
        self.ctx = ctx
        self.table = table

    @_cached
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence; abbreviations and initials do not end one."""
        text = self.text
        if not _MAYBE_BREAK.search(text, 0, max(0, len(text) - 1)):
            return [(0, len(text))]
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _SENT_END.finditer(text):
            if m.group(0)[:1] in ".!?":
                before = _WORD_BEFORE.search(text, max(0, m.start() - 80), m.start() + 1)
                word = before.group(1).lower().lstrip("([{\"'“‘") if before else ""
                if (
                    word in self.pctx.abbreviations
                    or re.fullmatch(r"\(?[a-z]\.", word)
                    or re.fullmatch(r"(?:\w\.){2,}", word)
                ):
                    continue
            end = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(".!?\"”’')]")))
            if end > start:
                spans.append((start, end))
            start = m.end()
        if start < len(text) or not spans:
            spans.append((start, len(text)))
        return spans

    @_cached
    def lowered(self) -> str:
        """The text in lower case (offsets differ where a character changes length, e.g. "İ")."""
        return self.text.lower()

    @_cached
    def _starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing character ``pos``."""
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        return self.sentences[i]

    def region(self, start: int, scope: str) -> tuple[int, int]:
        """Sentence of ``start`` or the whole text (``scope == "requirement"``)."""
        return (0, len(self.text)) if scope == "requirement" else self.sentence_at(start)

    def whole(self, name: str, pattern: Lexical | None) -> bool:
        """Whether ``pattern`` occurs anywhere in the text (computed once per text)."""
        memo = self.__dict__.setdefault("_whole", {})
        if name not in memo:
            memo[name] = _search(pattern, self.text, 0, len(self.text), self)
        return bool(memo[name])

    def may_contain(self, pattern: Lexical) -> bool:
        """False when none of the pattern's literals occurs anywhere in the text (then no region can match).

        Computed once per text and pattern: most requirements have no equivalence clause, example
        marker or purpose clause, so the predicates of their findings cost a dictionary lookup.
        """
        needed = pattern.keys if pattern.keys is not None else pattern.literals
        if needed is None:
            return True
        memo: dict[int, bool] = self.__dict__.setdefault("_may", {})
        key = id(pattern)
        found = memo.get(key)
        if found is None:
            low = self.lowered
            found = memo[key] = any(lit in low for lit in needed)
        return found

    def known_word(self, word: str) -> bool:
        """True when the lemma table knows ``word``."""
        return self.table is not None and self.table.known(word)


def _search(
    pattern: Lexical | re.Pattern[str] | None, text: str, start: int, end: int, view: TextView | None = None
) -> bool:
    if pattern is None:
        return False
    if isinstance(pattern, Lexical):
        if view is not None and not view.may_contain(pattern):
            return False
        return pattern.search(text, start, end, view.lowered if view is not None else None) is not None
    return pattern.search(text, start, end) is not None


def equivalence(view: TextView, start: int, end: int, scope: str) -> bool:
    """An equivalence clause ("of gelijkwaardig", "or equal") in the same sentence."""
    if view.pctx.equivalence is None or not view.may_contain(view.pctx.equivalence):
        return False
    s, e = view.region(start, scope)
    return _search(view.pctx.equivalence, view.text, s, e, view)


def example(view: TextView, start: int, end: int, scope: str) -> bool:
    """The match is given as an example ("zoals X", "e.g. X", "(X, Y, etc.)")."""
    text, pctx = view.text, view.pctx
    if "(" not in text and (pctx.example is None or not view.may_contain(pctx.example)):
        return False
    s, _e = view.sentence_at(start)
    if pctx.example is not None:
        last = None
        for m in pctx.example.finditer(text, s, start):
            last = m
        if last is not None:
            between = text[last.end() : start]
            if len(between) <= 160 and not re.search(r"[.;!?]\s|[.;!?]$|\)", between.rstrip(": ")):
                return True
    # inside a parenthesised list that is illustrative
    brackets = _brackets(view, start, end)
    if brackets is not None:
        inner = text[brackets[0] + 1 : brackets[1]]
        if pctx.example_tail is not None and pctx.example_tail.search(inner):
            return True
        if pctx.example is not None and pctx.example.match(inner.lstrip()):
            return True
    return False


def _brackets(view: TextView, start: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) bracket around the match, the opening one in the match's sentence."""
    text = view.text
    if "(" not in text:
        return None
    s, _e = view.sentence_at(start)
    open_at = text.rfind("(", s, start)
    if open_at < 0 or text.find(")", open_at, start) >= 0:
        return None
    close_at = text.find(")", end)
    return (open_at, close_at) if close_at >= 0 else None


def bounded(view: TextView, start: int, end: int, scope: str) -> bool:
    """A hard numeric limit ("uiterlijk binnen 3 werkdagen") in the same sentence."""
    if view.pctx.bound is None or not view.may_contain(view.pctx.bound):
        return False
    s, e = view.region(start, scope)
    return _search(view.pctx.bound, view.text, s, e, view)


def rationale(view: TextView, start: int, end: int, scope: str) -> bool:
    """The match is in a purpose clause ("zodat ...", "so that ..."), which is not binding."""
    if view.pctx.rationale is None or not view.may_contain(view.pctx.rationale):
        return False
    s, _e = view.sentence_at(start)
    return _search(view.pctx.rationale, view.text, s, start, view)


def nonbinding(view: TextView, start: int, end: int, scope: str) -> bool:
    """The text says outright that it prescribes nothing ("not prescribing")."""
    return view.whole("nonbinding", view.pctx.nonbinding)


def escape(view: TextView, start: int, end: int, scope: str) -> bool:
    """An escape clause ("waar mogelijk", "preferably") makes the sentence non-binding."""
    if view.pctx.escape is None or not view.may_contain(view.pctx.escape):
        return False
    s, e = view.region(start, scope)
    return _search(view.pctx.escape, view.text, s, e, view)


def motivated(view: TextView, start: int, end: int, scope: str) -> bool:
    """The text or the item's motivation field gives a reason ("zwaarwegende argumenten")."""
    if view.ctx.motivation.strip():
        return True
    return view.whole("motivation", view.pctx.motivation)


def selection(view: TextView, start: int, end: int, scope: str) -> bool:
    """The text is a suitability (selection) requirement of the project."""
    return view.ctx.item_kind == "suitability"


def negated(view: TextView, start: int, end: int, scope: str) -> bool:
    """A negation ("geen", "not") within the three words before the match."""
    s, _e = view.sentence_at(start)
    window = view.text[s:start]
    words = window.split()[-3:]
    return bool(view.pctx.negation and any(view.pctx.negation.fullmatch(w.strip(",;:()")) for w in words))


def standard(view: TextView, start: int, end: int, scope: str) -> bool:
    """The sentence ties the match to a named standard or guideline ("conform de BIO")."""
    if view.pctx.standard is None or not view.may_contain(view.pctx.standard):
        return False
    s, e = view.region(start, scope)
    return _search(view.pctx.standard, view.text, s, e, view)


def parenthetical(view: TextView, start: int, end: int, scope: str) -> bool:
    """The match stands inside brackets ("(circa 40 % van de omvang)"): an aside."""
    return _brackets(view, start, end) is not None


PREDICATE_FUNCS: dict[str, Callable[[TextView, int, int, str], bool]] = {
    "parenthetical": parenthetical,
    "equivalence": equivalence,
    "example": example,
    "bounded": bounded,
    "rationale": rationale,
    "nonbinding": nonbinding,
    "escape": escape,
    "motivated": motivated,
    "selection": selection,
    "negated": negated,
    "standard": standard,
}
"""Predicate name -> function(view, start, end, scope)."""
