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


def inflections(word: str, table: LemmaTable | None, lang: str) -> list[str]:
    """Forms of ``word`` for the ``word*`` syntax: table forms plus regular endings."""
    base = word.lower()
    forms = set(table.forms(base)) if table is not None else {base}
    forms.add(base)
    if lang == "nl" and base.isalpha():
        stem = base
        if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in "aeiou":
            stem = stem[:-3] + stem[-2] + stem[-1]  # adequaat -> adequat-e
        if base.endswith(("ig", "lijk", "isch", "baar", "zaam", "end", "aal", "ief", "ant", "ent", "ern", "iek", "eel")) or stem != base:
            forms.update({stem + "e", stem + "er", stem + "ere"})
            if base.endswith("ief"):
                forms.update({base[:-1] + "ve", base[:-1] + "ver"})
            if base.endswith(("isch", "ig", "lijk", "baar", "zaam")):
                forms.update({base + "st", base + "ste"})
    if lang == "en" and base.isalpha():
        forms.add(base + ("es" if base.endswith(("s", "x", "ch", "sh")) else "s"))
    return sorted(forms)


def expand_terms(entries: Iterable[str], table: LemmaTable | None, lang: str,
                 limit: int = 64) -> list[str]:
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
            combos = [c + [o] for c in combos for o in options][:limit]
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
        spec["expanded"] = True
        out.append(replace(rule, spec=spec))
    return out


def derive_anchors(patterns: Sequence[Sequence[dict[str, Any]]]) -> tuple[list[str], list[str]] | None:
    """Anchor words of sequence patterns: (lower-case, exact) words of one required token.

    For each pattern the first token that must be present and is fixed by
    ``LOWER``/``ORTH``/``TEXT`` (a word or an ``IN`` list) gives the anchors.
    None when some pattern has no such token.
    """
    lower: list[str] = []
    exact: list[str] = []
    for pattern in patterns:
        found = False
        for token in pattern:
            if token.get("OP") in ("?", "*", "!") or str(token.get("OP", "")).startswith("{0"):
                continue
            for key, target in (("LOWER", lower), ("ORTH", exact), ("TEXT", exact)):
                value = token.get(key)
                if isinstance(value, str):
                    target.append(value)
                    found = True
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    target.extend(str(v) for v in value["IN"])
                    found = True
                if found:
                    break
            if found:
                break
        if not found:
            return None
    return sorted(set(lower)), sorted(set(exact))


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


class RuleSet:
    """Rules compiled against one spaCy vocabulary."""

    def __init__(self, rules: Sequence[Rule], nlp: Language) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.rules = tuple(rules)
        self.vocab = nlp.vocab
        self._pm_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._pm_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[int, bool]] = {}
        """PhraseMatcher key hash -> (rule index, is_anchor)."""
        self._classes: list[_TokenClass] = []
        self._class_cache: dict[int, tuple[tuple[int, bool], ...]] = {}
        self._matchers: dict[int, Any] = {}
        self._always: list[int] = []
        """Check rules that run on every text (no anchors)."""
        for index, rule in enumerate(self.rules):
            spec = rule.spec
            if rule.kind == "terms":
                self._add_terms(nlp, index, spec["terms"], spec["exact"], spec["exclude_words"], False)
            elif rule.kind == "shape":
                self._classes.append(_TokenClass(
                    rule=index, regex=re.compile(spec["regex"]),
                    exclude=frozenset(w.lower() for w in spec["exclude_words"]),
                    exclude_regex=re.compile(spec["exclude_regex"]) if spec.get("exclude_regex") else None,
                    min_length=spec.get("min_length", 2)))
            elif rule.kind == "sequence":
                matcher = Matcher(nlp.vocab, validate=True)
                try:
                    matcher.add(rule.id, [list(p) for p in spec["patterns"]], greedy="LONGEST")
                except (ValueError, TypeError) as exc:
                    from innodraft.lint.packs import RulePackError

                    problem = " ".join(str(exc).split())[:300]
                    raise RulePackError(rule.file, rule.line, "patterns", f"not a valid token pattern: {problem}") from None
                self._matchers[index] = matcher
                anchors = spec["anchors"]
                if anchors:
                    self._add_terms(nlp, index, anchors, [], [], True)
                else:
                    derived = derive_anchors(spec["patterns"])
                    if derived is None:
                        self._always.append(index)
                    else:
                        self._add_terms(nlp, index, derived[0], derived[1], [], True)
            elif rule.kind == "check":
                if spec["anchors"]:
                    self._add_terms(nlp, index, spec["anchors"], [], [], True)
                else:
                    self._always.append(index)

    # -- compiling ---------------------------------------------------------------
    def _add_terms(self, nlp: Language, index: int, terms: Sequence[str], exact: Sequence[str],
                   exclude: Sequence[str], anchor: bool) -> None:
        prefixes = tuple(t[:-1].lower() for t in terms if t.endswith("+") and len(t) > 1 and " " not in t)
        suffixes = tuple(t[1:].lower() for t in terms if t.startswith("*") and " " not in t)
        plain_lower = [t for t in terms if not (t.startswith("*") or (t.endswith("+") and len(t) > 1 and " " not in t))]
        if prefixes or suffixes:
            self._classes.append(_TokenClass(rule=index, prefixes=prefixes, suffixes=suffixes,
                                             exclude=frozenset(exclude), anchor=anchor))
        for matcher, phrases, tag in ((self._pm_lower, plain_lower, "L"), (self._pm_orth, list(exact), "O")):
            if not phrases:
                continue
            key = f"{'A' if anchor else 'T'}{tag}:{self.rules[index].id}"
            docs = [d for d in nlp.tokenizer.pipe(dict.fromkeys(phrases)) if len(d)]
            if docs:
                matcher.add(key, docs)
                self._keys[self.vocab.strings[key]] = (index, anchor)

    # -- matching ----------------------------------------------------------------
    def match(self, doc: Doc, bounds: Sequence[tuple[int, int]] | None = None) -> tuple[list[Hit], dict[int, list[tuple[int, int]]]]:
        """Return (finding hits, anchor hits per rule index) in document characters.

        ``bounds`` are the (start, end) character ranges of the texts joined in
        ``doc``; sequence rules run only inside the texts that hold an anchor.
        """
        hits: list[Hit] = []
        anchors: dict[int, list[tuple[int, int]]] = {}
        if not len(doc):
            return hits, anchors
        for matcher in (self._pm_lower, self._pm_orth):
            for key, start, end in matcher(doc):
                index, is_anchor = self._keys[key]
                s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
                if is_anchor:
                    anchors.setdefault(index, []).append((s, e))
                else:
                    hits.append((index, s, e))
        if self._classes:
            self._match_classes(doc, hits, anchors)
        if self._matchers:
            self._match_sequences(doc, bounds or [(0, len(doc.text))], hits, anchors)
        return hits, anchors

    def _match_classes(self, doc: Doc, hits: list[Hit], anchors: dict[int, list[tuple[int, int]]]) -> None:
        import numpy as np
        from spacy.attrs import ORTH

        orths = doc.to_array(ORTH)
        cache = self._class_cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        strings = self.vocab.strings
        marked = []
        for orth in np.unique(orths).tolist():
            tags = cache.get(orth)
            if tags is None:
                tags = cache[orth] = self._classify(strings[orth])
            if tags:
                marked.append(orth)
        if not marked:
            return
        for position in np.nonzero(np.isin(orths, np.array(marked, dtype=orths.dtype)))[0].tolist():
            token = doc[position]
            for index, is_anchor in cache[int(orths[position])]:
                span = (token.idx, token.idx + len(token))
                if is_anchor:
                    anchors.setdefault(index, []).append(span)
                else:
                    hits.append((index, *span))

    def _classify(self, word: str) -> tuple[tuple[int, bool], ...]:
        tags: list[tuple[int, bool]] = []
        lower = word.lower()
        for cls in self._classes:
            if lower in cls.exclude or len(word) < cls.min_length:
                continue
            if cls.regex is not None:
                if cls.regex.fullmatch(word) and not (cls.exclude_regex and cls.exclude_regex.fullmatch(word)):
                    tags.append((cls.rule, cls.anchor))
                continue
            if (cls.prefixes and lower.startswith(cls.prefixes)) or (cls.suffixes and lower.endswith(cls.suffixes)):
                tags.append((cls.rule, cls.anchor))
        return tuple(tags)

    def _match_sequences(self, doc: Doc, bounds: Sequence[tuple[int, int]], hits: list[Hit],
                         anchors: dict[int, list[tuple[int, int]]]) -> None:
        starts = [b[0] for b in bounds]
        for index, matcher in self._matchers.items():
            if index in self._always:
                windows = set(range(len(bounds)))
            else:
                found = anchors.pop(index, None)
                if not found:
                    continue
                windows = {bisect.bisect_right(starts, s) - 1 for s, _ in found}
            for w in sorted(windows):
                b_start, b_end = bounds[w]
                span = doc.char_span(b_start, b_end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                for _key, start, end in matcher(span):
                    first, last = span[start], span[end - 1]
                    hits.append((index, first.idx, last.idx + len(last)))

    def always_rules(self) -> list[int]:
        """Check rules without anchors (run on every text)."""
        return [i for i in self._always if self.rules[i].kind == "check"]
