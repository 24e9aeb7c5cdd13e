"""The linter of one language: raw hits -> predicates -> sorted findings.

:class:`Linter` owns a loaded spaCy pipeline (tokenizer + the
``innodraft_rules`` component) and any organisation packs compiled at run
time. Many texts are linted as one document joined with blank lines, so
spaCy's per-document overhead is paid once; hits are then split back per text
and only texts with a hit get the Python post-processing.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from innodraft.lint.checks import CHECKS, Candidate
from innodraft.lint.context import PREDICATE_FUNCS, PackContext, TextView
from innodraft.lint.model import SEVERITY_RANK, Finding, LintContext, grapheme_safe, sort_findings
from innodraft.lint.packs import Rule

if TYPE_CHECKING:
    from spacy.language import Language

    from innodraft.lint.lemmas import LemmaTable
    from innodraft.lint.ruleset import RuleSet

SEPARATOR = "\n\n"
"""Joins texts of one batch; no rule matches across it."""

BATCH_CHARS = 200_000
"""Texts are joined into documents of about this many characters."""

_SURROGATE = re.compile("[\ud800-\udfff]")

BOUNDS_KEY = "innodraft_bounds"
HITS_KEY = "innodraft_hits"


@dataclass(frozen=True)
class ActivePack:
    """A compiled pack taking part in linting."""

    id: str
    ruleset: RuleSet
    context: PackContext
    in_pipeline: bool
    """True for the pack built into the spaCy pipeline (matched by its component)."""


class _Safe(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str | None, values: Mapping[str, Any]) -> str:
    if not template:
        return ""
    if "{" not in template:
        return template
    try:
        return template.format_map(_Safe(values))
    except (ValueError, IndexError, AttributeError):
        return template


class Linter:
    """Lints texts of one language. Call from one thread at a time (a lock guards it)."""

    def __init__(self, nlp: Language, language: str, packs: Sequence[ActivePack],
                 table: LemmaTable | None, *, lock: threading.Lock | None = None,
                 run_pipeline: bool = True) -> None:
        self.nlp = nlp
        self.language = language
        self.packs = tuple(packs)
        self.table = table
        self.run_pipeline = run_pipeline
        self._lock = lock or threading.Lock()
        self._exception_re: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._always: list[tuple[tuple[int, int], Any, Mapping[str, Any]]] | None = None
        self._prefilters: dict[tuple[int, int], tuple[Any, Any, Mapping[str, Any]]] | None = None

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every active rule."""
        return tuple(r for p in self.packs for r in p.ruleset.rules)

    def lint(self, text: str, context: LintContext | None = None) -> list[Finding]:
        """Findings for one text, sorted."""
        return self.lint_many([text], context)[0]

    def lint_many(
        self, texts: Sequence[str], context: LintContext | Sequence[LintContext] | None = None
    ) -> list[list[Finding]]:
        """Findings per text (same order). ``context`` is shared or one per text."""
        if isinstance(context, LintContext) or context is None:
            contexts: Sequence[LintContext] = [context or LintContext()] * len(texts)
        else:
            contexts = context
            if len(contexts) != len(texts):
                raise ValueError("one context per text is needed")
        results: list[list[Finding]] = [[] for _ in texts]
        with self._lock:
            for batch in _batches(texts):
                self._lint_batch(texts, batch, contexts, results)
        return results

    # -- internals ----------------------------------------------------------------------
    def _lint_batch(
        self,
        texts: Sequence[str],
        indexes: Sequence[int],
        contexts: Sequence[LintContext],
        results: list[list[Finding]],
    ) -> None:
        joined_parts: list[str] = []
        bounds: list[tuple[int, int]] = []
        pos = 0
        for i in indexes:
            text = texts[i]
            bounds.append((pos, pos + len(text)))
            joined_parts.append(text)
            pos += len(text) + len(SEPARATOR)
        joined = SEPARATOR.join(joined_parts)
        if not joined.isascii() and _SURROGATE.search(joined):
            # spaCy cannot store lone surrogates (text decoded with errors="surrogateescape");
            # one replacement character each keeps every offset the same
            joined = _SURROGATE.sub("\ufffd", joined)
        doc = self.nlp.make_doc(joined)
        doc.user_data[BOUNDS_KEY] = bounds
        if self.run_pipeline:
            for _name, proc in self.nlp.pipeline:
                doc = proc(doc)
        starts = [b[0] for b in bounds]
        per_text: dict[
            int, tuple[list[tuple[ActivePack, int, int, int]], dict[tuple[int, int], list[tuple[int, int]]]]
        ] = {}
        for p_index, pack in enumerate(self.packs):
            if pack.in_pipeline:
                hits, anchors = doc.user_data.get(HITS_KEY, ([], {}))
            else:
                hits, anchors = pack.ruleset.match(doc, bounds)
            for rule_index, s, e in hits:
                k = bisect.bisect_right(starts, s) - 1
                b_start, b_end = bounds[k]
                if e > b_end:
                    continue
                per_text.setdefault(k, ([], {}))[0].append((pack, rule_index, s - b_start, e - b_start))
            for rule_index, spans in anchors.items():
                for s, e in spans:
                    k = bisect.bisect_right(starts, s) - 1
                    b_start, b_end = bounds[k]
                    if e > b_end:
                        continue
                    per_text.setdefault(k, ([], {}))[1].setdefault((p_index, rule_index), []).append(
                        (s - b_start, e - b_start)
                    )
        always = self._always_checks()
        prefilters = self._anchor_prefilters()
        for k, i in enumerate(indexes):
            ctx = contexts[i]
            entry = per_text.get(k)
            text = texts[i]
            if entry is not None and entry[1] and prefilters and not ctx.suitability_kind:
                entry = _filter_anchors(text, entry, prefilters)
            run_always = [key for key, test, params in always if test is None or test(text, params)]
            if entry is None and not run_always and not ctx.suitability_kind:
                continue
            results[i] = self._findings(text, ctx, entry or ([], {}), run_always)

    def _anchor_prefilters(self) -> dict[tuple[int, int], tuple[Any, Any, Mapping[str, Any]]]:
        """Anchored checks with a cheap text prefilter or anchor filter, and their params (computed once)."""
        if self._prefilters is None:
            found = {}
            for p_index, pack in enumerate(self.packs):
                for r_index, rule in enumerate(pack.ruleset.rules):
                    if rule.kind != "check":
                        continue
                    spec = CHECKS[rule.spec["check"]]
                    if spec.prefilter is not None or spec.anchor_filter is not None:
                        found[(p_index, r_index)] = (spec.prefilter, spec.anchor_filter,
                                                     rule.spec.get("params", {}))
            self._prefilters = found
        return self._prefilters

    def _always_checks(self) -> list[tuple[tuple[int, int], Any, Mapping[str, Any]]]:
        """Checks without anchors, with their cheap prefilter and params (computed once)."""
        if self._always is None:
            found = []
            for p_index, pack in enumerate(self.packs):
                for r_index in pack.ruleset.always_rules():
                    rule = pack.ruleset.rules[r_index]
                    found.append(
                        (
                            (p_index, r_index),
                            CHECKS[rule.spec["check"]].prefilter,
                            rule.spec.get("params", {}),
                        )
                    )
            self._always = found
        return self._always

    def _findings(
        self,
        text: str,
        ctx: LintContext,
        entry: tuple[list[tuple[ActivePack, int, int, int]], dict[tuple[int, int], list[tuple[int, int]]]],
        always: Sequence[tuple[int, int]],
    ) -> list[Finding]:
        hits, anchors = entry
        views: dict[str, TextView] = {}

        def view_for(pack: ActivePack) -> TextView:
            v = views.get(pack.id)
            if v is None:
                v = views[pack.id] = TextView(text, self.language, pack.context, ctx, self.table)
            return v

        candidates: list[tuple[ActivePack, Rule, Candidate | tuple[int, int]]] = []
        for pack, rule_index, s, e in hits:
            candidates.append((pack, pack.ruleset.rules[rule_index], (s, e)))
        check_runs: dict[tuple[int, int], list[tuple[int, int]]] = dict(anchors)
        for key in always:
            check_runs.setdefault(key, [])
        if ctx.suitability_kind:
            for p_index, pack in enumerate(self.packs):
                for r_index, rule in enumerate(pack.ruleset.rules):
                    if rule.kind == "check" and ctx.suitability_kind in rule.spec.get(
                        "suitability_kinds", ()
                    ):
                        check_runs.setdefault((p_index, r_index), [])
        for (p_index, r_index), spans in sorted(check_runs.items()):
            pack = self.packs[p_index]
            rule = pack.ruleset.rules[r_index]
            if rule.kind != "check" or ctx.is_disabled(rule.id):
                continue
            spec = CHECKS[rule.spec["check"]]
            for checked in spec.func(view_for(pack), sorted(spans), rule.spec.get("params", {})):
                candidates.append((pack, rule, checked))
        found: list[tuple[Finding, Rule]] = []
        for pack, rule, candidate in candidates:
            finding = self._finding(view_for(pack), rule, candidate, ctx)
            if finding is not None:
                found.append((finding, rule))
        return _dedupe(_yield(found, next(iter(views.values()), None)))

    def _finding(self, view: TextView, rule: Rule, cand: Candidate | tuple[int, int],
                 ctx: LintContext) -> Finding | None:
        """The finding of one candidate span after the rule's exceptions, predicates and allow list.

        ``cand`` is a check's :class:`Candidate`, or (start, end) of a plain hit.
        """
        if ctx.disabled_rules and ctx.is_disabled(rule.id):
            return None
        text = view.text
        if isinstance(cand, tuple):
            start, end = grapheme_safe(text, cand[0], cand[1])
            cand_severity = cand_message = None
            fields: dict[str, Any] = {}
        else:
            start, end = grapheme_safe(text, cand.start, cand.end)
            cand_severity, cand_message, fields = cand.severity, cand.message, cand.fields
        if start >= end and text:
            return None
        if rule.exceptions and self._in_exception(rule, view, start, end):
            return None
        if ctx.allow and _allowed(ctx.allow, text, start, end):
            return None
        if rule.spec.get("not_at_sentence_start") and view.sentence_at(start)[0] == start:
            return None
        rule_id = rule.id
        severity = cand_severity or rule.severity
        message = cand_message or rule.message
        suggestion, explanation, replacement = rule.suggestion, rule.explanation, rule.replacement
        for override in rule.overrides:
            if PREDICATE_FUNCS[override.predicate](view, start, end, rule.scope):
                if override.severity == "off":
                    return None
                severity = override.severity or severity
                message = override.message or message
                suggestion = override.suggestion or suggestion
                explanation = override.explanation or explanation
                replacement = override.replacement if override.replacement is not None else replacement
                rule_id = override.rule or rule_id
                break
        if rule_id != rule.id and ctx.is_disabled(rule_id):
            return None
        matched = text[start:end]
        values = {"match": matched, **fields}
        substitutions = rule.spec.get("substitutions")
        if substitutions:
            sub = substitutions.get(" ".join(matched.lower().split()))
            if sub is None:
                return None
            values["replacement"] = sub[:1].upper() + sub[1:] if matched[:1].isupper() else sub
        return Finding(
            rule=rule_id,
            category=rule.category,
            severity=severity,
            start=start,
            end=end,
            text=matched,
            message=_format(message, values),
            explanation=_format(explanation, values),
            suggestion=_format(suggestion, values),
            basis=rule.basis,
            replacement=_format(replacement, values) if replacement else None,
        )

    def _in_exception(self, rule: Rule, view: TextView, start: int, end: int) -> bool:
        """An exception phrase overlaps the match (``exceptions_scope: sentence``: is in its sentence)."""
        text = view.text
        key = (rule.id, rule.file)
        if key in self._exception_re:
            pattern = self._exception_re[key]
        else:
            body = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in rule.exceptions)
            pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None
            self._exception_re[key] = pattern
        if pattern is None:
            return False
        if rule.spec.get("exceptions_scope") == "sentence":
            lo, hi = view.sentence_at(start)
            return pattern.search(text, lo, hi) is not None
        lo = max(0, start - 80)
        return any(
            m.start() < end and m.end() > start for m in pattern.finditer(text, lo, min(len(text), end + 80))
        )


def _filter_anchors(
    text: str,
    entry: tuple[list[Any], dict[tuple[int, int], list[tuple[int, int]]]],
    filters: Mapping[tuple[int, int], tuple[Any, Any, Mapping[str, Any]]],
) -> tuple[list[Any], dict[tuple[int, int], list[tuple[int, int]]]] | None:
    """Drop check anchors that cannot lead to a hit (cheap tests of the checks); None when nothing is left."""
    hits, anchors = entry
    kept: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key, spans in anchors.items():
        found = filters.get(key)
        if found is None:
            kept[key] = spans
            continue
        prefilter, anchor_filter, params = found
        if prefilter is not None and not prefilter(text, params):
            continue
        if anchor_filter is not None:
            spans = [(s, e) for s, e in spans if anchor_filter(text, s, e, params)]
        if spans:
            kept[key] = spans
    return (hits, kept) if hits or kept else None


def _allowed(allow: Iterable[str], text: str, start: int, end: int) -> bool:
    lowered = text.casefold()
    for term in allow:
        t = term.strip().casefold()
        if not t:
            continue
        i = lowered.find(t, max(0, start - len(t)))
        while i >= 0 and i < end:
            if i + len(t) > start:
                return True
            i = lowered.find(t, i + 1)
    return False


def _yield(found: list[tuple[Finding, Rule]], view: TextView | None) -> list[Finding]:
    """Drop findings of rules with ``yield_to`` next to a finding of one of those categories.

    ``yield_scope: overlap`` (default): the spans overlap; ``sentence``: same sentence.
    """
    if not any(rule.spec.get("yield_to") for _f, rule in found):
        return [f for f, _rule in found]
    others = sorted((f for f, _r in found if f.severity != "info"), key=lambda f: f.start)
    starts = [f.start for f in others]
    longest = max((f.end - f.start for f in others), default=0)
    kept = []
    for f, rule in found:
        yielding = rule.spec.get("yield_to") or ()
        if yielding:
            if rule.spec.get("yield_scope") == "sentence" and view is not None:
                lo, hi = view.sentence_at(f.start)
            else:
                lo, hi = f.start, f.end
            i = bisect.bisect_left(starts, hi) - 1
            hit = False
            while i >= 0 and starts[i] >= lo - longest:
                g = others[i]
                if g is not f and g.category in yielding and g.start < hi and lo < g.end:
                    hit = True
                    break
                i -= 1
            if hit:
                continue
        kept.append(f)
    return kept


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding covered by another of the same category that is at least as serious,
    and one that overlaps or directly follows a finding of the same rule.

    Linear in practice: only kept findings that still reach the current start are compared.
    """
    if len(findings) < 2:
        return sort_findings(findings)
    # stable: among equals the earlier candidate (word lists before shapes and checks) wins
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -SEVERITY_RANK[f.severity]))
    kept: list[Finding] = []
    active: list[Finding] = []
    for f in ordered:
        active = [k for k in active if k.end >= f.start - 1]
        covered = False
        for k in active:
            if k.category == f.category and k.start <= f.start and f.end <= k.end and k.rank >= f.rank:
                covered = True
                break
            if k.rule == f.rule and k.start < f.end and f.start <= k.end + 1:
                # overlapping, or right after it ("ISO 9001 certificaat"): one finding per phrase
                covered = True
                break
        if not covered:
            kept.append(f)
            active.append(f)
    return sort_findings(kept)


def _batches(texts: Sequence[str]) -> Iterable[list[int]]:
    batch: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        if batch and size + len(text) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += len(text) + len(SEPARATOR)
    if batch:
        yield batch
