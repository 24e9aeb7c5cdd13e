"""Compile rules into spaCy matchers and find their raw hits in a document.

Code implements only the four rule kinds:

* ``terms``: word lists, matched with two :class:`~spacy.matcher.PhraseMatcher`
  (``LOWER`` and ``ORTH``) shared by every rule, so thousands of terms cost one
  hash lookup per token. Term syntax: ``word*`` = all inflected forms (expanded
  from the lemma table when the pipeline is built), ``*head`` = any word ending
  in ``head``, ``stem+`` = any word starting with ``stem`` (Dutch compounds).
* ``shape``: a regular expression every distinct word form is tested against
  once (model numbers, CamelCase product names, (R)/(TM)).
* ``sequence``: spaCy :class:`~spacy.matcher.Matcher` token patterns. They run
  only on the requirements where one of their anchor words occurs (the
  Matcher costs about 1 us per token and pattern, so running it everywhere
  would be the slowest part of the linter).
* ``check``: a named Python check (:mod:`innodraft.lint.checks`), run on the
  requirements where an anchor word occurs.

Per-word work (affixes, shapes) is cached by word form, so a 50,000-word
specification pays it once per distinct word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from innodraft.lint.packs import Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from innodraft.lint.lemmas import LemmaTable

Hit = tuple[int, int, int]
"""(rule index, start char, end char) in the document's text."""

_CACHE_LIMIT = 400_000


def _merge(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping token windows."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def inflections(word: str, table: LemmaTable | None, lang: str) -> list[str]:
    """Forms of ``word`` for the ``word*`` syntax: table forms plus regular endings."""
    base = word.lower()
    forms = set(table.forms(base)) if table is not None else {base}
    forms.add(base)
    if lang == "nl" and base.isalpha():
        stem = base
        if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in "aeiou":
            stem = stem[:-3] + stem[-2] + stem[-1]  # adequaat -> adequat-e
        if (
            base.endswith(
                ("ig", "lijk", "isch", "baar", "zaam", "end", "aal", "ief", "ant", "ent", "ern", "iek", "eel")
            )
            or stem != base
        ):
            forms.update({stem + "e", stem + "er", stem + "ere"})
            if base.endswith("ief"):
                forms.update({base[:-1] + "ve", base[:-1] + "ver"})
            if base.endswith(("isch", "ig", "lijk", "baar", "zaam")):
                forms.update({base + "st", base + "ste"})
    if lang == "nl" and base.isalpha() and len(forms) == 1 and len(base) > 3:
        # a noun the table does not know: regular plurals (microservice -> microservices)
        forms.update({base + "s", base + "en"})
    if lang == "en" and base.isalpha():
        forms.add(base + ("es" if base.endswith(("s", "x", "ch", "sh")) else "s"))
    return sorted(forms)


def expand_terms(entries: Iterable[str], table: LemmaTable | None, lang: str, limit: int = 64) -> list[str]:
    """Expand ``word*`` entries into concrete phrases (affix entries pass unchanged)."""
    out: list[str] = []
    for entry in entries:
        words = entry.split()
        if len(words) == 1 and (entry.startswith("*") or (entry.endswith("+") and len(entry) > 1)):
            out.append(entry)
            continue
        combos: list[list[str]] = [[]]
        for word in words:
            options = inflections(word[:-1], table, lang) if word.endswith("*") and len(word) > 1 else [word]
            combos = [[*c, o] for c in combos for o in options][:limit]
        out.extend(" ".join(c) for c in combos)
    return list(dict.fromkeys(out))


def _lemma_to_lower(pattern: list[dict[str, Any]], table: LemmaTable | None) -> list[dict[str, Any]]:
    result = []
    for token in pattern:
        token = dict(token)
        if "LEMMA" in token:
            value = token.pop("LEMMA")
            lemmas = value.get("IN", []) if isinstance(value, dict) else [value]
            forms: set[str] = set()
            for lemma in lemmas:
                forms.update(table.forms(lemma) if table is not None else [lemma.lower()])
            token["LOWER"] = {"IN": sorted(forms)}
        result.append(token)
    return result


def expand_rules(rules: Sequence[Rule], table: LemmaTable | None, lang: str) -> list[Rule]:
    """Resolve the parts of rules that need the lemma table (done once, when building)."""
    out = []
    for rule in rules:
        spec = dict(rule.spec)
        if spec.get("expanded"):
            out.append(rule)
            continue
        if rule.kind == "terms":
            spec["terms"] = expand_terms(spec["terms"], table, lang)
            spec["exact"] = expand_terms(spec["exact"], table, lang)
        elif rule.kind == "sequence":
            spec["patterns"] = [_lemma_to_lower(p, table) for p in spec["patterns"]]
            spec["anchors"] = expand_terms(spec["anchors"], table, lang)
        elif rule.kind == "check":
            spec["anchors"] = expand_terms(spec["anchors"], table, lang)
            if isinstance(spec.get("params", {}).get("cues"), list):
                spec["params"] = {**spec["params"], "cues": expand_terms(spec["params"]["cues"], table, lang)}
        spec["expanded"] = True
        out.append(replace(rule, spec=spec))
    return out


_COMMON_TEXT = """
de het een en van in is op te dat die voor met niet aan er zijn als ook door bij of naar om uit tot dan
wordt worden moet kan mag zal deze dit geen wel nog al over onder binnen zo zich hij zij wij ik je u hun
haar ons
the a an and of to in is on that for with not at be by as or it this are from can must shall will may no
"""
COMMON_WORDS = frozenset(_COMMON_TEXT.split())
"""Very frequent words: a sequence rule is not anchored on them if it can be helped."""

_FREQUENT_TEXT = """
opdrachtnemer opdrachtgever leverancier inschrijver dienst diensten systeem gegevens gebruiker gebruikers
oplossing levering uitvoering informatie werkzaamheden project opdracht ten minste jaar jaren
service services system systems data user users contractor vendor supplier provider solution information
work works project contract offeror bidder tenderer support report year years time
"""
FREQUENT_WORDS = frozenset(_FREQUENT_TEXT.split())
"""Words frequent in requirement text: an anchor on a rarer word of the same pattern is cheaper."""


def _token_values(token: dict[str, Any]) -> tuple[str, list[str]] | None:
    for key, kind in (("LOWER", "lower"), ("ORTH", "exact"), ("TEXT", "exact")):
        value = token.get(key)
        if isinstance(value, str):
            return kind, [value]
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return kind, [str(v) for v in value["IN"]]
    return None


def _required(token: dict[str, Any]) -> bool:
    op = str(token.get("OP", ""))
    return not (op in ("?", "*", "!") or op.startswith("{0"))


def derive_anchors(patterns: Sequence[Sequence[dict[str, Any]]]) -> tuple[list[str], list[str]] | None:
    """Anchor words of sequence patterns: (lower-case, exact) words of one required token per pattern.

    Per pattern the required token fixed by ``LOWER``/``ORTH``/``TEXT`` (a
    word or an ``IN`` list) with the fewest very frequent words is chosen, so
    that the Matcher runs on as few texts as possible. None when a pattern has
    no such token.
    """
    lower: list[str] = []
    exact: list[str] = []
    for pattern in patterns:
        best = anchor_token(pattern)
        if best is None:
            return None
        _position, kind, values = best
        (lower if kind == "lower" else exact).extend(values)
    return sorted(set(lower)), sorted(set(exact))


def anchor_token(pattern: Sequence[dict[str, Any]]) -> tuple[int, str, list[str]] | None:
    """(position, ``lower``/``exact``, words) of the token :func:`derive_anchors` anchors a pattern on."""
    best: tuple[int, int, str, list[str]] | None = None
    for position, token in enumerate(pattern):
        if not _required(token):
            continue
        found = _token_values(token)
        if found is None:
            continue
        kind, values = found
        cost = sum(1000 if v.lower() in COMMON_WORDS else 20 if v.lower() in FREQUENT_WORDS
                   else (2 if len(v) < 4 else 1) for v in values)
        if best is None or (cost, position) < best[:2]:
            best = (cost, position, kind, values)
    return None if best is None else (best[1], best[2], best[3])


def pattern_span(patterns: Sequence[Sequence[dict[str, Any]]]) -> int:
    """The most tokens any of the patterns can cover (unbounded repeats count 12)."""
    longest = 0
    for pattern in patterns:
        total = 0
        for token in pattern:
            op = str(token.get("OP", ""))
            if op in ("*", "+"):
                total += 12
            elif op.startswith("{"):
                total += int(op.strip("{}").split(",")[-1] or 12)
            else:
                total += 1
        longest = max(longest, total)
    return longest


@dataclass
class _TokenClass:
    rule: int
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None
    exclude: frozenset[str] = frozenset()
    exclude_regex: re.Pattern[str] | None = None
    min_length: int = 2
    anchor: bool = False
    """True: hits are anchors of a check/sequence rule, not findings."""
    unknown_only: bool = False
    """Only words the lemma table does not know."""


class RuleSet:
    """Rules compiled against one spaCy vocabulary."""

    def __init__(self, rules: Sequence[Rule], nlp: Language, table: LemmaTable | None = None) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.rules = tuple(rules)
        self.table = table
        self.vocab = nlp.vocab
        self._pm_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._pm_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[int, bool]] = {}
        """PhraseMatcher key hash -> (rule index or sequence group id, is_anchor)."""
        self._classes: list[_TokenClass] = []
        self._class_cache: dict[int, tuple[tuple[int, bool], ...]] = {}
        self._matchers: dict[int, Any] = {}
        """Sequence group id -> Matcher of the group's patterns."""
        self._spans: dict[int, tuple[int, int]] = {}
        """Sequence group id -> (tokens before, tokens after) an anchor that a match can reach."""
        self._group_rule: dict[int, int] = {}
        """Sequence group id -> rule index. A sequence rule without explicit anchors gets one group per
        set of derived anchor words, so an anchor runs only the patterns it can start (ids >= len(rules))."""
        self._always: list[int] = []
        """Check rules and sequence groups that run on every text (no anchors)."""
        for index, rule in enumerate(self.rules):
            spec = rule.spec
            if rule.kind == "terms":
                self._add_terms(nlp, index, spec["terms"], spec["exact"], spec["exclude_words"], False)
            elif rule.kind == "shape":
                self._classes.append(
                    _TokenClass(
                        rule=index,
                        regex=re.compile(spec["regex"]),
                        exclude=frozenset(w.lower() for w in spec["exclude_words"]),
                        exclude_regex=re.compile(spec["exclude_regex"])
                        if spec.get("exclude_regex")
                        else None,
                        min_length=spec.get("min_length", 2),
                    )
                )
            elif rule.kind == "sequence":
                self._add_sequence(nlp, index, rule, Matcher)
            elif rule.kind == "check":
                if spec.get("anchor_regex"):
                    self._classes.append(
                        _TokenClass(
                            rule=index,
                            regex=re.compile(spec["anchor_regex"]),
                            anchor=True,
                            unknown_only=bool(spec.get("anchor_unknown")),
                        )
                    )
                if spec["anchors"]:
                    self._add_terms(nlp, index, spec["anchors"], [], [], True)
                elif not spec.get("anchor_regex"):
                    self._always.append(index)

    # -- compiling ---------------------------------------------------------------
    def _add_sequence(self, nlp: Language, index: int, rule: Rule, matcher_class: Any) -> None:
        patterns = [list(p) for p in rule.spec["patterns"]]
        groups: dict[tuple[tuple[str, ...], tuple[str, ...]] | None, list[list[dict[str, Any]]]] = {}
        reaches: dict[tuple[tuple[str, ...], tuple[str, ...]] | None, tuple[int, int]] = {}
        if rule.spec["anchors"]:
            groups[(tuple(rule.spec["anchors"]), ())] = patterns
        else:
            for pattern in patterns:
                derived = derive_anchors([pattern])
                key = (tuple(derived[0]), tuple(derived[1])) if derived is not None else None
                if key is not None:
                    # a pattern whose anchors another group already has joins that group (one Matcher call)
                    key = next((k for k in groups if k is not None and set(key[0]) <= set(k[0])
                                and set(key[1]) <= set(k[1])), key)
                    # every match holds its anchor token: the window needs only the tokens before/after it
                    position = anchor_token(pattern)[0]  # type: ignore[index]
                    before, after = pattern_span([pattern[:position]]), pattern_span([pattern[position + 1:]])
                    old = reaches.get(key, (0, 0))
                    reaches[key] = (max(old[0], before), max(old[1], after))
                groups.setdefault(key, []).append(pattern)
        for number, (anchors, group) in enumerate(groups.items()):
            group_id = len(self.rules) + len(self._group_rule)
            matcher = matcher_class(nlp.vocab, validate=True)
            try:
                matcher.add(rule.id, group, greedy="LONGEST")
            except (ValueError, TypeError) as exc:
                from innodraft.lint.packs import RulePackError

                problem = " ".join(str(exc).split())[:300]
                raise RulePackError(
                    rule.file, rule.line, "patterns", f"not a valid token pattern: {problem}"
                ) from None
            self._group_rule[group_id] = index
            self._matchers[group_id] = matcher
            full = pattern_span(group)
            self._spans[group_id] = reaches.get(anchors, (full, full))
            if anchors is None:
                self._always.append(group_id)
            else:
                self._add_terms(nlp, group_id, anchors[0], anchors[1], [], True, name=f"{rule.id}#{number}")

    def _add_terms(
        self,
        nlp: Language,
        index: int,
        terms: Sequence[str],
        exact: Sequence[str],
        exclude: Sequence[str],
        anchor: bool,
        name: str | None = None,
    ) -> None:
        prefixes = tuple(t[:-1].lower() for t in terms if t.endswith("+") and len(t) > 1 and " " not in t)
        suffixes = tuple(t[1:].lower() for t in terms if t.startswith("*") and " " not in t)
        plain_lower = [
            t for t in terms if not (t.startswith("*") or (t.endswith("+") and len(t) > 1 and " " not in t))
        ]
        if prefixes or suffixes:
            self._classes.append(
                _TokenClass(
                    rule=index,
                    prefixes=prefixes,
                    suffixes=suffixes,
                    exclude=frozenset(exclude),
                    anchor=anchor,
                )
            )
        for matcher, phrases, tag in ((self._pm_lower, plain_lower, "L"), (self._pm_orth, list(exact), "O")):
            if not phrases:
                continue
            key = f"{'A' if anchor else 'T'}{tag}:{name or self.rules[index].id}"
            tokenizer: Any = nlp.tokenizer
            docs = [d for d in tokenizer.pipe(dict.fromkeys(phrases)) if len(d)]
            if docs:
                matcher.add(key, docs)
                self._keys[self.vocab.strings[key]] = (index, anchor)

    # -- matching ----------------------------------------------------------------
    def match(
        self,
        doc: Doc,
        bounds: Sequence[tuple[int, int]] | None = None,
    ) -> tuple[list[Hit], dict[int, list[tuple[int, int]]]]:
        """Return (finding hits, anchor character spans per check rule index).

        ``bounds`` are the (start, end) character ranges of the texts joined in
        ``doc``; a sequence rule runs only in a window of tokens around its
        anchor words, never across texts.
        """
        from spacy.attrs import IDX, LENGTH

        hits: list[Hit] = []
        anchors: dict[int, list[tuple[int, int, int, int]]] = {}
        if not len(doc):
            return hits, {}
        # character offsets of all tokens at once (a Token object per look-up costs more)
        idx = doc.to_array(IDX)
        ends = idx + doc.to_array(LENGTH)
        for matcher in (self._pm_lower, self._pm_orth):
            for key, start, end in matcher(doc):
                index, is_anchor = self._keys[key]
                s, e = int(idx[start]), int(ends[end - 1])
                if is_anchor:
                    anchors.setdefault(index, []).append((s, e, start, end))
                else:
                    hits.append((index, s, e))
        if self._classes:
            self._match_classes(doc, hits, anchors, idx, ends)
        if self._matchers:
            self._match_sequences(doc, bounds or [(0, len(doc.text))], hits, anchors, idx, ends)
        return hits, {i: [(s, e) for s, e, _a, _b in spans] for i, spans in anchors.items()}

    def _match_classes(
        self, doc: Doc, hits: list[Hit], anchors: dict[int, list[tuple[int, int, int, int]]],
        idx: Any, ends: Any,
    ) -> None:
        from spacy.attrs import ORTH

        # no np.unique/np.isin: they import numpy.ma on first use (~90 ms on the first lint)
        array = doc.to_array(ORTH)
        orths = array.tolist()
        cache = self._class_cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        strings = self.vocab.strings
        marked = set()
        for orth in set(orths):
            tags = cache.get(orth)
            if tags is None:
                tags = cache[orth] = self._classify(strings[orth])
            if tags:
                marked.add(orth)
        if not marked:
            return
        mask = array == 0
        for orth in marked:
            mask |= array == orth
        for position in mask.nonzero()[0].tolist():
            orth = orths[position]
            s, e = int(idx[position]), int(ends[position])
            for index, is_anchor in cache[orth]:
                if is_anchor:
                    anchors.setdefault(index, []).append((s, e, position, position + 1))
                else:
                    hits.append((index, s, e))

    def _classify(self, word: str) -> tuple[tuple[int, bool], ...]:
        tags: list[tuple[int, bool]] = []
        lower = word.lower()
        for cls in self._classes:
            if lower in cls.exclude or len(word) < cls.min_length:
                continue
            if cls.regex is not None:
                excluded = cls.exclude_regex is not None and cls.exclude_regex.fullmatch(word)
                if cls.regex.fullmatch(word) and not excluded:
                    if cls.unknown_only and self.table is not None and self.table.known(word):
                        continue
                    tags.append((cls.rule, cls.anchor))
                continue
            if (cls.prefixes and lower.startswith(cls.prefixes)) or (
                cls.suffixes and lower.endswith(cls.suffixes)
            ):
                tags.append((cls.rule, cls.anchor))
        return tuple(tags)

    def _match_sequences(
        self,
        doc: Doc,
        bounds: Sequence[tuple[int, int]],
        hits: list[Hit],
        anchors: dict[int, list[tuple[int, int, int, int]]],
        idx: Any,
        ends: Any,
    ) -> None:
        starts = [b[0] for b in bounds]
        token_bounds: dict[int, tuple[int, int]] = {}
        token_starts: list[int] = []

        def text_tokens(k: int) -> tuple[int, int]:
            """Tokens of text ``k``: from the one holding its first character to the one holding its last."""
            found = token_bounds.get(k)
            if found is None:
                if not token_starts:
                    token_starts.extend(idx.tolist())  # bisect on a list: searchsorted on uint64 is slow
                b_start, b_end = bounds[k]
                first = max(0, bisect.bisect_right(token_starts, b_start) - 1)
                found = token_bounds[k] = (first, max(first, bisect.bisect_right(token_starts, b_end - 1)))
            return found

        seen_by_rule: dict[int, set[tuple[int, int]]] = {}
        for group, matcher in self._matchers.items():
            index = self._group_rule[group]
            before, after = self._spans[group]
            if group in self._always:
                windows = [text_tokens(k) for k in range(len(bounds))]
            else:
                found = anchors.pop(group, None)
                if not found:
                    continue
                windows = []
                for s_char, _e, s_tok, e_tok in found:
                    lo, hi = text_tokens(bisect.bisect_right(starts, s_char) - 1)
                    windows.append((max(lo, s_tok - before), min(hi, e_tok + after)))
            seen = seen_by_rule.setdefault(index, set())
            for w_start, w_end in _merge(windows):
                if w_end <= w_start:
                    continue
                for _key, start, end in matcher(doc[w_start:w_end]):
                    if (w_start + start, w_start + end) in seen:
                        continue
                    seen.add((w_start + start, w_start + end))
                    hits.append((index, int(idx[w_start + start]), int(ends[w_start + end - 1])))

    def always_rules(self) -> list[int]:
        """Check rules without anchors (run on every text)."""
        return [i for i in self._always if i < len(self.rules) and self.rules[i].kind == "check"]
