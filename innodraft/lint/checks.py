"""Python checks for what token patterns cannot express.

A ``check`` rule names one of these functions and gives it ``params`` from the
YAML file (word lists, thresholds, messages stay data). A check receives the
text being linted, the anchor positions that triggered it and the lint
context, and returns :class:`Candidate` spans; the engine then applies the
rule's predicates, severity and message exactly as for the other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from innodraft.lint.context import TextView


@dataclass
class Candidate:
    """A span a check reports, with values for the message and optional overrides."""

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None
    message: str | None = None


CheckFunc = Callable[["TextView", Sequence[tuple[int, int]], Mapping[str, Any]], Iterable[Candidate]]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: the function, a params validator, and whether it runs without anchors."""

    func: CheckFunc
    params: Mapping[str, type]
    required: tuple[str, ...] = ()
    always: bool = False
    prefilter: Callable[[str, Mapping[str, Any]], bool] | None = None
    """A cheap test that the text can have a hit at all (for checks that run on every text, and
    for anchored checks: the engine skips a text whose anchors all belong to checks that fail it)."""
    anchor_filter: Callable[[str, int, int, Mapping[str, Any]], bool] | None = None
    """A cheap test that one anchor (text, start, end, params) can lead to a hit; others are dropped."""

    def validate(self, params: Mapping[str, Any]) -> str | None:
        """Return a problem description, or None when ``params`` fit."""
        for key, value in params.items():
            if key not in self.params:
                return f"unknown parameter '{key}' (known: {', '.join(sorted(self.params))})"
            expected = self.params[key]
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                continue
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                return f"parameter '{key}' must be {expected.__name__}"
        for key in self.required:
            if key not in params:
                return f"parameter '{key}' is required"
        return None


CHECKS: dict[str, CheckSpec] = {}
"""Check name -> spec."""


def _register(name: str, params: Mapping[str, type], required: tuple[str, ...] = (),
              always: bool = False, prefilter: Callable[[str, Mapping[str, Any]], bool] | None = None,
              anchor_filter: Callable[[str, int, int, Mapping[str, Any]], bool] | None = None,
              ) -> Callable[[CheckFunc], CheckFunc]:
    def deco(func: CheckFunc) -> CheckFunc:
        CHECKS[name] = CheckSpec(func, params, required, always, prefilter, anchor_filter)
        return func
    return deco


_PREPARED: dict[tuple[int, Any], Any] = {}


def _prepared(params: Mapping[str, Any], build: Callable[[Mapping[str, Any]], Any]) -> Any:
    """Per-params compiled data of one builder (params dicts live as long as their rule)."""
    key = (id(params), build)
    found = _PREPARED.get(key)
    if found is None or found[0] is not params:
        found = _PREPARED[key] = (params, build(params))
    return found[1]


# -- numbers and amounts ---------------------------------------------------------------

_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "twaalf": 12, "vijftien": 15, "twintig": 20,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_NUM = r"\d+(?:[.,]\d+)*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))


def parse_number(raw: str, lang: str) -> float | None:
    """Parse "1.500.000", "1,5", "2,000,000.00", "drie" into a number."""
    word = raw.strip().lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    s = raw.strip()
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if lang == "nl":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or "," in s:
            s = s.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d+\.\d{3}", s):
            s = s.replace(".", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
            s = s.replace(",", "")
        elif "," in s and "." not in s:
            s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


_MULTIPLIERS = [
    (r"miljard|billion|bn|mrd", 1e9),
    (r"miljoen|million|mln\.?|mio\.?|m\b|mn", 1e6),
    (r"duizend|thousand|k\b|dzd", 1e3),
]
_CURRENCY = r"(?:€|eur(?:o)?\b|\$|usd\b|us\$|£|gbp\b)"
_AMOUNT = re.compile(
    rf"(?:{_CURRENCY}\s*(?P<n1>\d+(?:[.,]\d+)*)(?:\s*,-)?\s*(?P<m1>{'|'.join(m for m, _ in _MULTIPLIERS)})?"
    rf"|(?P<n2>\d+(?:[.,]\d+)*)\s*(?P<m2>{'|'.join(m for m, _ in _MULTIPLIERS)})?\s*{_CURRENCY})",
    re.IGNORECASE)


def find_amounts(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, float]]:
    """Money amounts in ``text[start:end]`` as (start, end, euros-or-dollars)."""
    found = []
    for m in _AMOUNT.finditer(text, start, end):
        raw = m.group("n1") or m.group("n2")
        mult_raw = (m.group("m1") or m.group("m2") or "").lower()
        value = parse_number(raw, lang)
        if value is None:
            continue
        for pattern, factor in _MULTIPLIERS:
            if mult_raw and re.fullmatch(pattern, mult_raw):
                value *= factor
                break
        found.append((m.start(), m.end(), value))
    return found


def _fmt_money(value: float, lang: str, written: str = "€") -> str:
    """``value`` with the currency sign of ``written`` (the amount as it appears in the text)."""
    whole = f"{value:,.0f}"
    low = written.lower()
    sign = "£" if ("£" in low or "gbp" in low) else "$" if ("$" in low or "usd" in low) else "€"
    return f"{sign} " + (whole.replace(",", ".") if lang == "nl" else whole)


def _sentences_with_anchors(view: TextView, anchors: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted({view.sentence_at(s) for s, _ in anchors})
    return spans or [(0, len(view.text))]


# -- turnover, insurance, reference value ---------------------------------------------

_AMOUNT_MARK = "\x00"
"""Stands for the amount in a ``value_after`` expression (the amount itself is replaced by it)."""


def _value_cues(params: Mapping[str, Any]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(cue before an amount, words after an amount) that make it the contract value.

    ``value_after`` items are pairs [lead, tail]: the lead ends right before the amount
    ("for this"), the tail follows it ("grounds-maintenance contract").
    """
    cues = params.get("value_cues") or []
    pairs = params.get("value_after") or []
    after = "|".join(rf"(?:{lead})\s*{_AMOUNT_MARK}(?:{tail})" for lead, tail in pairs)
    return (re.compile(rf"(?:{'|'.join(cues)})\W*(?:\w+\W+){{0,3}}?$", re.IGNORECASE) if cues else None,
            re.compile(after, re.IGNORECASE) if after else None)


def stated_value(view: TextView, params: Mapping[str, Any],
                 amounts: Sequence[tuple[int, int, float]]) -> tuple[int, int, float] | None:
    """The one of ``amounts`` (all of the text) that the text gives as the contract value
    ("de geraamde waarde ... is € 80.000", "for this £45,000 contract")."""
    cue, after = _prepared(params, _value_cues)
    if cue is None and after is None:
        return None
    text = view.text
    for start, end, amount in amounts:
        if cue is not None and cue.search(text, max(0, start - 60), start):
            return start, end, amount
        if after is not None:
            window = text[max(0, start - 30):start] + _AMOUNT_MARK + text[end:end + 60]
            if after.search(window) is not None:
                return start, end, amount
    return None


@_register("money_vs_value", {"levels": list, "unknown_value": dict, "below": dict,
                              "figure_kinds": list, "min_amount": float, "value_cues": list,
                              "value_after": list})
def money_vs_value(view: TextView, anchors: Sequence[tuple[int, int]],
                   params: Mapping[str, Any]) -> Iterable[Candidate]:
    """Compare a money demand (turnover, insured sum) with the estimated contract value.

    The amount is the largest money amount in a sentence with an anchor word,
    or the item's ``amount`` figure when its suitability kind is in
    ``figure_kinds``. ``levels`` (``{above: factor, severity, message}``,
    highest first): the first factor the ratio exceeds applies. ``below``
    applies when no level is exceeded, ``unknown_value`` when the estimated
    value is unknown; without them nothing is reported in those cases.
    Without a project value, an amount the text calls the contract value
    (``value_cues``: expressions ending just before the amount) is used.
    """
    ctx = view.ctx
    in_text_amounts = find_amounts(view.text, 0, len(view.text), view.lang)
    in_text = stated_value(view, params, in_text_amounts) if not ctx.estimated_value else None
    minimum = params.get("min_amount", 1000)
    amounts: list[tuple[int, int, float]] = []
    for s, e in _sentences_with_anchors(view, anchors) if anchors else []:
        amounts += [a for a in in_text_amounts
                    if s <= a[0] and a[1] <= e and a[2] >= minimum and a != in_text]
    if amounts:
        start, end, amount = max(amounts, key=lambda a: a[2])
    elif ctx.suitability_kind in params.get("figure_kinds", []) and ctx.figures.get("amount"):
        amount = float(ctx.figures["amount"])
        start, end = anchors[0] if anchors else (0, len(view.text))
    else:
        return []
    value = ctx.estimated_value or (in_text[2] if in_text else None)
    fields = {
        "amount": _fmt_money(amount, view.lang, view.text[start:end]),
        "value": "" if not value else _fmt_money(
            value, view.lang, view.text[in_text[0]:in_text[1]] if in_text else "€"),
    }
    if not value:
        unknown = params.get("unknown_value")
        if not unknown:
            return []
        return [Candidate(start, end, fields, unknown.get("severity"), unknown.get("message"))]
    ratio = amount / value
    fields["ratio"] = f"{ratio:.1f}".replace(".", "," if view.lang == "nl" else ".")
    for level in params.get("levels", []):
        if ratio > float(level.get("above", 0)):
            fields["limit"] = f"{float(level.get('above')):g}"
            return [Candidate(start, end, fields, level.get("severity"), level.get("message"))]
    below = params.get("below")
    return [Candidate(start, end, fields, below.get("severity"), below.get("message"))] if below else []


# -- years: reference look-back and years of experience --------------------------------

_YEARS_UNIT = r"(?:kalender)?(?:jaar|jaren|years?|yrs?)"


def _number_patterns(params: Mapping[str, Any]) -> list[re.Pattern[str]]:
    """The ``patterns`` of a check with ``{NUM}`` (named group ``n``) and ``{YEARS}`` filled in."""
    return [re.compile(p.replace("{NUM}", f"(?P<n>{_NUM})").replace("{YEARS}", _YEARS_UNIT), re.IGNORECASE)
            for p in params["patterns"]]


_YEAR_WORDS = ("jaar", "jaren", "year", "yrs")
_COUNT_WORDS = tuple(w.lower() for w, n in _NUMBER_WORDS.items() if n > 1)
_DIGIT = re.compile(r"\d")


def _has_year_word(text: str, params: Mapping[str, Any]) -> bool:
    """Cheap test: a word for years occurs (a case-insensitive regex costs ten times more)."""
    low = text.lower()
    return any(w in low for w in _YEAR_WORDS)


def _has_count(text: str, params: Mapping[str, Any]) -> bool:
    """Cheap test: a digit or a number word above one occurs."""
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return any(w in low for w in _COUNT_WORDS)


def _works_cues(params: Mapping[str, Any]) -> re.Pattern[str] | None:
    """The ``works_cues`` of a check as one expression (words that say a sentence is about works)."""
    cues = params.get("works_cues") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)", re.IGNORECASE) if cues else None


@_register("years_limit", {"patterns": list, "limits": dict, "figure_kinds": list, "figure": str,
                           "works_cues": list},
           required=("patterns", "limits"),
           prefilter=_has_year_word)
def years_limit(view: TextView, anchors: Sequence[tuple[int, int]],
                params: Mapping[str, Any]) -> Iterable[Candidate]:
    """A number of years above a limit that depends on the contract type.

    ``patterns`` are regexes with a named group ``n`` (the number) searched in
    the anchors' sentences; ``limits`` maps a contract type (or ``default``) to
    the highest allowed number. Without a contract type, a sentence that
    speaks of works (``works_cues``: "werk opgeleverd", "construction") gets
    the ``works`` limit.
    """
    ctx = view.ctx
    limits = params["limits"]
    limit = limits.get(ctx.contract_type or "unknown", limits.get("default"))
    if limit is None:
        return []
    out: list[Candidate] = []
    compiled = _prepared(params, _number_patterns)
    works = _prepared(params, _works_cues) if not ctx.contract_type and "works" in limits else None
    for s, e in _sentences_with_anchors(view, anchors) if anchors else []:
        sentence_limit = limits["works"] if works is not None and works.search(view.text, s, e) else limit
        for pattern in compiled:
            for m in pattern.finditer(view.text, s, e):
                n = parse_number(m.group("n"), view.lang)
                if n is not None and n > float(sentence_limit):
                    fields = {"years": f"{n:g}", "limit": f"{sentence_limit:g}"}
                    out.append(Candidate(m.start(), m.end(), fields))
    figure_key = params.get("figure")
    if not out and figure_key and ctx.suitability_kind in params.get("figure_kinds", []):
        n = ctx.figures.get(figure_key)
        if n is not None and float(n) > float(limit):
            s, e = anchors[0] if anchors else (0, len(view.text))
            out.append(Candidate(s, e, {"years": f"{float(n):g}", "limit": f"{limit:g}"}))
    return out


@_register("count_limit", {"patterns": list, "limit": int, "figure_kinds": list},
           required=("patterns", "limit"),
           prefilter=_has_count)
def count_limit(view: TextView, anchors: Sequence[tuple[int, int]],
                params: Mapping[str, Any]) -> Iterable[Candidate]:
    """A count (e.g. number of references) above ``limit``."""
    limit = params["limit"]
    out = []
    compiled = _prepared(params, _number_patterns)
    for s, e in _sentences_with_anchors(view, anchors) if anchors else []:
        for pattern in compiled:
            for m in pattern.finditer(view.text, s, e):
                n = parse_number(m.group("n"), view.lang)
                if n is not None and n > limit:
                    out.append(Candidate(m.start(), m.end(), {"count": f"{n:g}", "limit": str(limit)}))
    ctx = view.ctx
    if not out and ctx.suitability_kind in params.get("figure_kinds", []):
        n = ctx.figures.get("count")
        if n is not None and float(n) > limit:
            s, e = anchors[0] if anchors else (0, len(view.text))
            out.append(Candidate(s, e, {"count": f"{float(n):g}", "limit": str(limit)}))
    return out


# -- exact dimensions -----------------------------------------------------------------------

@dataclass(frozen=True)
class _DimensionParams:
    patterns: tuple[re.Pattern[str], ...]
    tolerance: re.Pattern[str] | None


def _dimension_params(params: Mapping[str, Any]) -> _DimensionParams:
    units = "|".join(params["units"])
    nouns = "|".join(params["nouns"])
    tolerance = re.compile(r"(?<!\w)(?:" + "|".join(params["tolerance"]) + r")(?!\w)", re.IGNORECASE) \
        if params.get("tolerance") else None
    num = r"\d+(?:[.,]\d+)?"
    value = rf"{num}\s*(?:\(\s*)?(?:{units})(?:\s*\))?(?![\w])"
    factor = rf"{num}(?:\s*(?:{units}))?"
    patterns = [
        re.compile(rf"{factor}\s*[x×]\s*{factor}(?:\s*[x×]\s*{factor})?\s*(?:{units})(?![\w])",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w])(?:{nouns})\w*\s+(?:\w+\s+){{0,3}}?(?P<v>{value})", re.IGNORECASE),
    ]
    if params.get("exact_words"):
        words = "|".join(params["exact_words"])
        patterns.append(re.compile(rf"(?<![\w])(?:{words})\s+(?P<v>{value})", re.IGNORECASE))
        # "exactly 2560 x 1440 pixels": an exact product of figures, whatever the unit
        patterns.append(re.compile(rf"(?<![\w])(?:{words})\s+(?P<v>{num}\s*[x×]\s*{num}(?:\s*[x×]\s*{num})?(?:\s*[^\W\d]+)?)",
                                   re.IGNORECASE))
    if params.get("adjectives"):
        adjectives = "|".join(params["adjectives"])
        patterns.append(re.compile(rf"(?P<v>{value})\s+(?:{adjectives})(?![\w])", re.IGNORECASE))
    return _DimensionParams(tuple(patterns), tolerance)


@_register("exact_dimension", {"units": list, "nouns": list, "tolerance": list, "exact_words": list,
                               "adjectives": list}, required=("units", "nouns"))
def exact_dimension(view: TextView, anchors: Sequence[tuple[int, int]],
                    params: Mapping[str, Any]) -> Iterable[Candidate]:
    """A dimension or volume given as one exact figure ("volume 141 L", "1200 x 600 mm", "300 mm wide")."""
    text = view.text
    p: _DimensionParams = _prepared(params, _dimension_params)
    tolerance = p.tolerance
    out = []
    for s, e in _sentences_with_anchors(view, anchors):
        for pattern in p.patterns:
            for m in pattern.finditer(text, s, e):
                g_start = m.start("v") if "v" in pattern.groupindex else m.start()
                g_end = m.end("v") if "v" in pattern.groupindex else m.end()
                clause_start = max(s, text.rfind(",", s, m.start()) + 1, text.rfind(";", s, m.start()) + 1)
                window = text[max(clause_start, m.start() - 40):min(e, g_end + 30)]
                if tolerance is not None and tolerance.search(window):
                    continue
                out.append(Candidate(g_start, g_end))
    return out


# -- capitalised product names after a product cue -----------------------------------------

_WORD = re.compile(r"[\w][\w.+&'’/-]*[\w+]|[\w]|[()\[\],;:.!?]")


@dataclass(frozen=True)
class _NameParams:
    skip: frozenset[str]
    not_names: frozenset[str]
    public: frozenset[str]
    connectors: frozenset[str]
    product_words: frozenset[str]
    cues: frozenset[tuple[str, ...]]
    direct_cues: frozenset[tuple[str, ...]]
    naming: frozenset[str]
    naming_heads: tuple[str, ...]
    following: frozenset[str]
    maker_links: frozenset[str]
    max_gap: int
    longest_cue: int


def _name_params(params: Mapping[str, Any]) -> _NameParams:
    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in params.get(key, []))
    cues = frozenset(tuple(c.lower().split()) for c in params.get("cues", []))
    direct = frozenset(tuple(c.lower().split()) for c in params.get("direct_cues", []))
    return _NameParams(low("skip"), low("not_names"), low("public"), low("connectors"), low("product_words"),
                       cues, direct, low("naming_nouns"), tuple(sorted(low("naming_heads"))),
                       low("following_nouns"), low("maker_links"), params.get("max_gap", 3),
                       max((len(c) for c in cues | direct), default=1))


def _starts_sentence(text: str, pos: int) -> bool:
    """True when only spaces, quotes, brackets or bullets stand between ``pos`` and a sentence break."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0\"“‘([•-–":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n\r"


_BEFORE = 100
"""Characters before a name in which :func:`named_product` looks for its cue."""


@dataclass(frozen=True)
class _NameFilter:
    cue_words: frozenset[str]
    """The longest word of every cue phrase (a cue before the name puts all of its words there)."""
    direct: tuple[tuple[str, ...], ...]
    """Direct cues: the words right before the name."""
    maker_links: frozenset[str]
    """The word between a product name and its maker ("van"), right before the name."""
    naming: tuple[str, ...]
    """Naming nouns and heads: the word right before the name ends with one."""
    following: re.Pattern[str] | None
    """After the anchor: up to four more name words, then a lower-case product noun (or a glued one)."""


def _name_filter(params: Mapping[str, Any]) -> _NameFilter:
    def alternation(words: Iterable[str]) -> str:
        return "|".join(sorted({w for w in words if w}, key=len, reverse=True))
    cue_words = frozenset(max(_WORD_CHARS.findall(c.lower()), key=len)
                          for c in params.get("cues", []) if _WORD_CHARS.search(c))
    direct = tuple({tuple(_WORD_CHARS.findall(c.lower())) for c in params.get("direct_cues", [])})
    naming_words = [*params.get("naming_nouns", []), *params.get("naming_heads", [])]
    naming = tuple(sorted({w.lower() for w in naming_words}))
    nouns = alternation(re.escape(w.lower()) for w in params.get("following_nouns", []))
    following = re.compile(
        rf"(?:[ \t]+(?:[A-Z0-9][\w.+&'’/-]*|&|for|voor)){{0,4}}?(?:[ \t]+|-)[a-z]*(?:{nouns})(?!\w)"
    ) if nouns else None
    return _NameFilter(cue_words, direct, frozenset(w.lower() for w in params.get("maker_links", [])),
                       naming, following)


_WORD_CHARS = re.compile(r"\w+")


def _may_name_product(text: str, start: int, end: int, params: Mapping[str, Any]) -> bool:
    """Necessary for a :func:`named_product` hit: a cue shortly before the anchor, a naming word right
    before it, or a product noun after the name."""
    f: _NameFilter = _prepared(params, _name_filter)
    lo = max(0, start - _BEFORE)
    words = _WORD_CHARS.findall(text[lo:start].lower())
    if not f.cue_words.isdisjoint(words):
        return True
    if words and (words[-1].endswith(f.naming) or words[-1] in f.maker_links):
        return True
    if any(tuple(words[-len(d):]) == d for d in f.direct if d):
        return True
    if _MODEL_NEAR.match(text, end, end + 120) is not None:
        return True
    return f.following is not None and f.following.match(text, end, end + 200) is not None


@_register("named_product", {"max_gap": int, "skip": list, "not_names": list, "public": list,
                             "connectors": list, "product_words": list, "naming_nouns": list,
                             "naming_heads": list, "following_nouns": list, "cues": list,
                             "direct_cues": list, "maker_links": list},
           required=("cues",), anchor_filter=_may_name_product)
def named_product(view: TextView, anchors: Sequence[tuple[int, int]],
                  params: Mapping[str, Any]) -> Iterable[Candidate]:
    """A capitalised name that is not an ordinary word, shortly after a product cue.

    Anchors are capitalised words the lemma table does not know. A name is
    reported when a cue ("koppeling met", "via", "integrate with") precedes it
    within ``max_gap`` lower-case words, a naming noun directly precedes it
    ("de tool X", also a compound ending in a ``naming_heads`` word: "het
    planningspakket X"), or a product noun follows it ("X-gevelplaten", "the X
    typeface"). The name must not start a sentence, be an acronym, an ordinary
    word or compound, an organisation word or a public service.
    """
    text = view.text
    p: _NameParams = _prepared(params, _name_params)
    out: list[Candidate] = []
    for a_start, _a_end in anchors:
        if _starts_sentence(text, a_start):
            continue  # first word of a sentence or list item
        prev_words = _WORD.findall(text, max(0, a_start - _BEFORE), a_start)
        if prev_words and _is_name_word(prev_words[-1]) and not prev_words[-1].isupper():
            continue  # continuation of a name that started earlier
        name = [m for m in _name_words(text, a_start, p)]
        if not name:
            continue
        cue = _find_cue(prev_words, p, view.known_word)
        if cue is None and (_followed_by_product_noun(text, name[-1], p) or _followed_by_model(text, name)):
            cue = 0
        if cue is None:
            continue
        direct = cue == 0
        words = [m.group(0) for m in name]
        if direct:
            if _generic(words, view, p.not_names, p.public, compounds=False):
                continue
        elif _generic(words, view, p.not_names, p.public) and not (
                len(words) > 1 and words[-1].lower() in p.product_words
                and not _generic(words[:-1], view, p.not_names, p.public | p.product_words, strict=True)):
            continue
        end = name[-1].end()
        tail = re.search(r"[A-Za-z0-9]-[a-z]", name[-1].group(0))
        if tail:
            end = name[-1].start() + tail.start() + 1
        out.append(Candidate(name[0].start(), end))
    return out


def _find_cue(prev_words: list[str], p: _NameParams, known: Callable[[str], bool] = lambda w: False,
              ) -> int | None:
    """Gap in words between a cue and the name (0: a naming noun right before it), or None.

    ``known`` tells ordinary words: "Raad van Bestuur van X" is no "Product van Maker".
    """
    prev_words = prev_words[-(p.max_gap + p.longest_cue + 3):]
    words = [w.lower() for w in prev_words]
    i = len(words)
    while i and words[i - 1] == "(":
        i -= 1
    if (i >= 2 and p.maker_links and words[i - 1] in p.maker_links and _is_name_word(prev_words[i - 2])
            and words[i - 2] not in p.not_names and not prev_words[i - 2].isupper()
            and not known(prev_words[i - 2])):
        return 0  # "Formulierenbouwer van Ritense": a product name, then its maker
    gap = 0
    while True:
        for size in range(min(p.longest_cue, i), 0, -1):
            phrase = tuple(words[i - size:i])
            if phrase in p.cues:
                return gap
            if gap == 0 and phrase in p.direct_cues:
                return 1  # a cue, not a naming noun: the name must not be an ordinary word
            if size == 1 and gap == 0 and (phrase[0] in p.naming or (
                    p.naming_heads and prev_words[i - 1].islower() and phrase[0].endswith(p.naming_heads))):
                return 0
        if i == 0 or gap >= p.max_gap:
            return None
        word = words[i - 1]
        if not (word in p.skip or (word.isalpha() and prev_words[i - 1].islower())):
            return None
        i -= 1
        gap += 1


def _followed_by_product_noun(text: str, last: re.Match[str], p: _NameParams) -> bool:
    """The name is glued to a lower-case product noun ("X-gevelplaten") or followed by one ("X typeface")."""
    if not p.following:
        return False
    word = last.group(0)
    glued = re.search(r"[A-Za-z0-9]-([a-z]+)$", word)
    if glued:
        noun = glued.group(1)
    else:
        nxt = _WORD.match(text, last.end() + 1) if text[last.end():last.end() + 1] == " " else None
        noun = nxt.group(0) if nxt else ""
    return bool(noun) and noun.islower() and (noun in p.following or noun.endswith(tuple(p.following)))


_MODEL_AFTER = re.compile(
    r" (?!(?:19|20)\d\d\b)(?:\d{3,}[A-Za-z0-9-]*|\d+[A-Za-z][A-Za-z0-9-]*|[A-Z]{1,3}-?\d{2,}[A-Za-z0-9-]*)\b")
"""A type code right after a name: "5910", "5910Ri", "FL-240" (not a year)."""

_MODEL_NEAR = re.compile(r"(?:[ \t]+[A-Z][\w.+&'’/-]*){1,3}" + _MODEL_AFTER.pattern)
"""After an anchor: more name words, then a type code (the cheap test of :func:`_followed_by_model`)."""


def _followed_by_model(text: str, name: list[re.Match[str]]) -> bool:
    """A name of two or more words followed by a type code ("Eppendorf Centrifuge 5910"): line and model."""
    return len(name) >= 2 and _MODEL_AFTER.match(text, name[-1].end()) is not None


def _name_words(text: str, start: int, p: _NameParams) -> list[re.Match[str]]:
    name: list[re.Match[str]] = []
    for m in _WORD.finditer(text, start, min(len(text), start + 200)):
        word = m.group(0)
        if _is_name_word(word) or (name and word.lower() in p.connectors and len(name) < 4):
            name.append(m)
            continue
        break
    while name and name[-1].group(0).lower() in p.connectors:
        name.pop()
    return name


def _is_name_word(word: str) -> bool:
    if not word[:1].isalpha() or not (word[:1].isupper() or any(c.isupper() for c in word[1:])):
        return False
    return word[:1].isupper() or bool(re.search(r"[a-z][A-Z]", word))


def _generic(words: Sequence[str], view: TextView, not_names: AbstractSet[str], public: AbstractSet[str],
             strict: bool = False, compounds: bool = True) -> bool:
    """True when the capitalised words are ordinary words, acronyms, organisations or public services.

    ``strict``: only organisation words and public services count (for "Name Pro" style names).
    """
    words = [re.sub(r"['’]s$", "", w) for w in words]
    joined = " ".join(words).lower()
    parts = [p for w in words for p in re.split(r"[-/]", w.lower()) if p]
    if joined in public or any(w.lower() in public for w in words) or any(p in public for p in parts):
        return True
    if any(w.lower().rstrip(".") in not_names for w in words):
        return True
    if strict:
        return False
    cores = [w for w in words if w.lower() not in ("&",)]
    if all(w.isupper() or w.replace("-", "").isupper() for w in cores):
        return True  # acronyms: ESB, DMS, ZTC
    def ordinary(w: str) -> bool:
        if re.search(r"[a-z][A-Z]|\d", w):
            return False
        pieces = re.split(r"[-/]", w)
        # closed compounds (zaak+systeem) are Dutch word formation; in English a capitalised
        # unknown word made of two known ones is usually a name (Starbucks, Salesforce)
        known = _known_or_compound if compounds and view.lang == "nl" else (lambda v, p: v.known_word(p))
        return all(known(view, p) or (p.isupper() and len(p) <= 5) for p in pieces if p)
    return all(ordinary(w) for w in cores)


def _known_or_compound(view: TextView, word: str, depth: int = 0) -> bool:
    """Known word, or a compound of known words (with linking -s-, -e-, -en-): zaak+systeem."""
    if view.known_word(word):
        return True
    w = word.lower()
    if depth > 1 or len(w) < 6:
        return False
    for i in range(3, len(w) - 2):
        left, right = w[:i], w[i:]
        if not (view.known_word(right) or _known_or_compound(view, right, depth + 1)):
            continue
        if view.known_word(left) or any(left.endswith(link) and len(left) - len(link) >= 3
                                        and view.known_word(left[:-len(link)]) for link in ("s", "en", "e")):
            return True
    return False


# -- model numbers after a make ---------------------------------------------------------

@dataclass(frozen=True)
class _ModelParams:
    not_makes: frozenset[str]
    not_models: frozenset[str]


def _model_params(params: Mapping[str, Any]) -> _ModelParams:
    return _ModelParams(frozenset(w.lower() for w in params.get("not_makes", [])),
                        frozenset(w.lower() for w in params.get("not_models", [])))


_MAKE_WORD = re.compile(r"(?:[A-Z][A-Za-z]+|[a-z]{1,2}[A-Z][A-Za-z]+)$")


@_register("model_number", {"not_makes": list, "not_models": list})
def model_number(view: TextView, anchors: Sequence[tuple[int, int]],
                 params: Mapping[str, Any]) -> Iterable[Candidate]:
    """A type code ("IQ4", "Net2", "T14") right after a capitalised name: "Trend IQ4", "Paxton Net2".

    Anchors are type-code words. The word before must be capitalised and not
    a document or measuring word (``not_makes``: Bijlage, Level, Euro ...);
    the code must not be a known non-product code (``not_models``: CO2, B2 ...).
    The span runs back over the capitalised words of the name.
    """
    text = view.text
    p: _ModelParams = _prepared(params, _model_params)
    out: list[Candidate] = []
    for a_start, a_end in anchors:
        if text[a_start:a_end].lower() in p.not_models:
            continue
        words = list(re.finditer(r"\S+", text[max(0, a_start - 120):a_start]))
        offset = max(0, a_start - 120)
        start = None
        for m in reversed(words):
            word = m.group(0)
            if not _MAKE_WORD.fullmatch(word) or word.lower() in p.not_makes:
                break
            start = offset + m.start()
            if _starts_sentence(text, start):
                break
        if start is None:
            continue
        out.append(Candidate(start, a_end))
    return out


# -- long sentences --------------------------------------------------------------------------

@_register("long_sentence", {"max_words": int}, required=("max_words",), always=True,
           prefilter=lambda text, params: text.count(" ") >= params["max_words"])
def long_sentence(view: TextView, anchors: Sequence[tuple[int, int]],
                  params: Mapping[str, Any]) -> Iterable[Candidate]:
    """Sentences longer than ``max_words`` words (plain-language hint)."""
    limit = params["max_words"]
    text = view.text
    if text.count(" ") < limit:
        return []
    out = []
    for s, e in view.sentences:
        n = len(text[s:e].split())
        if n > limit:
            out.append(Candidate(s, e, {"words": str(n), "limit": str(limit)}))
    return out
