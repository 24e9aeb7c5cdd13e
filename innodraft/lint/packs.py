"""Rule packs: YAML files of rules, read and checked here and nowhere else.

A pack is a folder with a ``pack.yaml`` manifest (``id``, ``language``,
``name``, ``version``, ``context`` word lists) and rule files ``*.yaml``. A rule
file holds one rule (a mapping with ``id``) or a family (``defaults`` merged
into each entry of ``rules``). Word lists may live in ``lexicons/NAME.txt``
(one entry per line, ``#`` comments) inside the pack or in the shared
``packs/_lexicons`` folder.

Every problem raises :class:`RulePackError` naming the file, the line and the
key, like ``packs/nl/vague.yaml:12: key 'severity': must be one of ...``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innodraft.core.errors import InnodraftError
from innodraft.lint.model import CATEGORIES, SEVERITIES

BUILTIN_PACKS_DIR = Path(__file__).resolve().parent / "packs"
"""Folder of the packs shipped with innodraft (``nl``, ``en``) and ``_lexicons``."""

SHARED_LEXICONS = "_lexicons"
"""Sub-folder of a packs folder with word lists any pack may use."""

KINDS = ("terms", "sequence", "shape", "check")
"""Rule kinds; code implements only these (see :mod:`innodraft.lint.ruleset`)."""

_REPEAT_OP = re.compile(r"\{(?:\d{1,2}|\d{0,2},\d{1,2})\}")
"""spaCy's repeat operators with small bounds: {n}, {n,m}, {,m}."""

PREDICATES = ("equivalence", "example", "bounded", "rationale", "nonbinding", "escape", "parenthetical",
              "motivated", "selection", "negated", "standard")
"""Context predicates a rule may use in ``when`` / ``unless`` (see :mod:`innodraft.lint.context`)."""

MAX_RULE_FILE_BYTES = 2_000_000
"""Larger rule or lexicon files are refused."""

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*\.[a-z]+\.[a-z0-9][a-z0-9-]*$")
_PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")

COMMON_KEYS = {
    "id": str, "kind": str, "category": str, "severity": str, "message": str,
    "explanation": str, "suggestion": str, "basis": str, "replacement": str,
    "when": dict, "unless": list, "exceptions": list, "examples": dict,
    "enabled": bool, "description": str, "scope": str, "yield_to": list, "yield_scope": str,
    "exceptions_scope": str,
}
KIND_KEYS: dict[str, dict[str, type]] = {
    "terms": {"terms": list, "exact": list, "lexicon": list, "exact_lexicon": list,
              "exclude_words": list, "not_at_sentence_start": bool, "substitutions": dict},
    "sequence": {"patterns": list, "anchors": list},
    "shape": {"regex": str, "exclude_words": list, "exclude_regex": str, "min_length": int,
              "not_at_sentence_start": bool},
    "check": {"check": str, "params": dict, "anchors": list, "suitability_kinds": list,
              "anchor_regex": str, "anchor_unknown": bool},
}
OVERRIDE_KEYS = {"severity": str, "message": str, "suggestion": str, "rule": str,
                 "replacement": str, "explanation": str}
MANIFEST_KEYS = {"id": str, "language": str, "name": str, "version": str, "description": str,
                 "licence": str, "context": dict, "special_cases": list}


class RulePackError(InnodraftError):
    """A rule pack file is broken; the message names file, line and key."""

    def __init__(self, file: str | Path, line: int | None, key: str | None, problem: str) -> None:
        where = f"{file}:{line}" if line else str(file)
        what = f"key '{key}': {problem}" if key else problem
        super().__init__(f"{where}: {what}")
        self.file = str(file)
        self.line = line
        self.key = key
        self.problem = problem


class Marked(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers the line of each key."""

    lines: dict[str, int]
    line: int


def _loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader: Any, node: Any) -> Marked:
        mapping = Marked()
        mapping.lines = {}
        mapping.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                raise RulePackError(loader.name, line, str(key), "keys must be text")
            if key in mapping:
                raise RulePackError(loader.name, line, key, "duplicate key")
            mapping[key] = loader.construct_object(value_node, deep=True)
            mapping.lines[key] = line
        return mapping

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    # YAML 1.2 booleans only: "on", "no", "yes", "off" stay text (they are words in patterns)
    bool_tag = "tag:yaml.org,2002:bool"
    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != bool_tag]
        for key, resolvers in base.yaml_implicit_resolvers.items()
    }
    booleans = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
    Loader.add_implicit_resolver(bool_tag, booleans, list("tTfF"))
    return Loader


_LOADER: type | None = None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file into plain values with line-aware mappings."""
    import yaml

    global _LOADER
    if _LOADER is None:
        _LOADER = _loader()
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RulePackError(path, None, None, f"not UTF-8 text ({exc.reason})") from None
    loader = _LOADER(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise RulePackError(path, line, None, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise RulePackError(path, None, None, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            raise RulePackError(path, None, None, "file is larger than 2 MB")
        return path.read_bytes()
    except OSError as exc:
        raise RulePackError(path, None, None, f"cannot be read ({exc.strerror})") from None


@dataclass(frozen=True)
class Example:
    """A sentence a rule must flag (``flag``) or must leave alone (``pass``)."""

    text: str
    flag: bool
    context: Mapping[str, Any] = field(default_factory=dict)
    """LintContext fields for context-aware rules (e.g. ``estimated_value``)."""


@dataclass(frozen=True)
class Override:
    """What changes when a context predicate holds; ``severity: off`` drops the finding."""

    predicate: str
    severity: str | None = None
    message: str | None = None
    suggestion: str | None = None
    explanation: str | None = None
    rule: str | None = None
    replacement: str | None = None


@dataclass(frozen=True)
class Rule:
    """One rule, validated; ``spec`` keeps the kind-specific keys as plain data."""

    id: str
    kind: str
    category: str
    severity: str
    message: str
    explanation: str
    suggestion: str
    basis: str
    replacement: str | None
    overrides: tuple[Override, ...]
    exceptions: tuple[str, ...]
    examples: tuple[Example, ...]
    spec: Mapping[str, Any]
    file: str
    line: int
    scope: str = "sentence"

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-ready data (stored in the built pipeline)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
            "basis": self.basis,
            "replacement": self.replacement,
            "overrides": [o.__dict__ for o in self.overrides],
            "exceptions": list(self.exceptions),
            "spec": _plain(self.spec),
            "file": self.file,
            "line": self.line,
            "scope": self.scope,
            "examples": [
                {"text": e.text, "flag": e.flag, "context": _plain(e.context)} for e in self.examples
            ],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Rule:
        """Inverse of :meth:`to_data`."""
        return cls(
            id=data["id"],
            kind=data["kind"],
            category=data["category"],
            severity=data["severity"],
            message=data["message"],
            explanation=data["explanation"],
            suggestion=data["suggestion"],
            basis=data["basis"],
            replacement=data["replacement"],
            overrides=tuple(Override(**o) for o in data["overrides"]),
            exceptions=tuple(data["exceptions"]),
            spec=data["spec"],
            file=data["file"],
            line=data["line"],
            scope=data.get("scope", "sentence"),
            examples=tuple(Example(e["text"], e["flag"], e.get("context", {})) for e in data["examples"]),
        )


@dataclass(frozen=True)
class Pack:
    """A loaded rule pack."""

    id: str
    language: str
    name: str
    version: str
    folder: Path
    rules: tuple[Rule, ...]
    context: Mapping[str, Any]
    """Word lists for the context predicates (equivalence clauses, example markers...)."""
    special_cases: tuple[str, ...]
    """Abbreviations the tokenizer keeps whole (``o.a.``, ``e.g.``)."""
    digest: str
    """SHA-256 over every file of the pack (detects a stale built pipeline)."""


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _line(mapping: Any, key: str) -> int | None:
    if isinstance(mapping, Marked):
        return mapping.lines.get(key, mapping.line)
    return None


def _check_type(path: Path, mapping: Mapping[str, Any], key: str, expected: type) -> None:
    value = mapping[key]
    ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    if not ok:
        names = {str: "text", list: "a list", dict: "a mapping", bool: "true or false", int: "a whole number"}
        raise RulePackError(
            path, _line(mapping, key), key, f"must be {names.get(expected, expected.__name__)}"
        )


def _check_strings(path: Path, mapping: Mapping[str, Any], key: str) -> list[str]:
    values = mapping[key]
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise RulePackError(path, _line(mapping, key), key, "every entry must be non-empty text")
    return list(values)


def load_pack(folder: Path, *, shared_lexicons: Path | None = None) -> Pack:
    """Load and validate one pack folder.

    Raises:
        RulePackError: a file is missing, unreadable or invalid.
    """
    folder = Path(folder)
    manifest_path = folder / "pack.yaml"
    if not manifest_path.is_file():
        raise RulePackError(manifest_path, None, None, "pack manifest missing")
    manifest = read_yaml(manifest_path)
    if not isinstance(manifest, Mapping):
        raise RulePackError(manifest_path, None, None, "must be a mapping")
    for key in manifest:
        if key not in MANIFEST_KEYS:
            raise RulePackError(manifest_path, _line(manifest, key), key, "unknown key")
        _check_type(manifest_path, manifest, key, MANIFEST_KEYS[key])
    for key in ("id", "language"):
        if key not in manifest:
            raise RulePackError(manifest_path, None, key, "missing")
    pack_id = manifest["id"]
    if not _PACK_ID_RE.match(pack_id):
        raise RulePackError(
            manifest_path, _line(manifest, "id"), "id", "use lower-case letters, digits and '-'"
        )
    language = manifest["language"]
    if language not in ("nl", "en"):
        raise RulePackError(manifest_path, _line(manifest, "language"), "language", "must be nl or en")
    context = manifest.get("context", {})
    for key, value in context.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RulePackError(
                manifest_path, _line(context, key), f"context.{key}", "must be a list of text"
            )
    lexicon_dirs = [folder / "lexicons"]
    lexicon_dirs.append(shared_lexicons or BUILTIN_PACKS_DIR / SHARED_LEXICONS)
    files = sorted(p for p in folder.glob("*.yaml") if p.name != "pack.yaml")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        for rule in _rules_in_file(path, pack_id, lexicon_dirs):
            if rule.id in seen:
                raise RulePackError(
                    path, rule.line, "id", f"duplicate rule id {rule.id} (also in {seen[rule.id]})"
                )
            seen[rule.id] = f"{path.name}:{rule.line}"
            rules.append(rule)
    digest = pack_digest(folder, shared_lexicons)
    return Pack(
        id=pack_id,
        language=language,
        name=manifest.get("name", pack_id),
        version=str(manifest.get("version", "")),
        folder=folder,
        rules=tuple(rules),
        context={k: tuple(v) for k, v in context.items()},
        special_cases=tuple(manifest.get("special_cases", [])),
        digest=digest,
    )


def pack_digest(folder: Path, shared_lexicons: Path | None = None) -> str:
    """SHA-256 over the bytes of every file a pack is built from (no parsing)."""
    folder = Path(folder)
    digest = hashlib.sha256()
    digest.update((folder / "pack.yaml").read_bytes())
    for path in sorted(p for p in folder.glob("*.yaml") if p.name != "pack.yaml"):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for lex_dir in (folder / "lexicons", shared_lexicons or BUILTIN_PACKS_DIR / SHARED_LEXICONS):
        if lex_dir.is_dir():
            for path in sorted(lex_dir.glob("*.txt")):
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _rules_in_file(path: Path, pack_id: str, lexicon_dirs: Sequence[Path]) -> Iterable[Rule]:
    data = read_yaml(path)
    if not isinstance(data, Mapping):
        raise RulePackError(path, None, None, "a rule file must be a mapping")
    if "rules" in data:
        for key in data:
            if key not in ("rules", "defaults", "description"):
                raise RulePackError(
                    path, _line(data, key), key, "unknown key in a rule family (use 'defaults' and 'rules')"
                )
        defaults = data.get("defaults", {})
        if not isinstance(defaults, Mapping):
            raise RulePackError(path, _line(data, "defaults"), "defaults", "must be a mapping")
        entries = data["rules"]
        if not isinstance(entries, list) or not entries:
            raise RulePackError(path, _line(data, "rules"), "rules", "must be a non-empty list of rules")
        for entry in entries:
            if not isinstance(entry, Mapping):
                raise RulePackError(path, _line(data, "rules"), "rules", "every entry must be a mapping")
            merged = Marked({**defaults, **entry})
            merged.lines = {**getattr(defaults, "lines", {}), **getattr(entry, "lines", {})}
            merged.line = getattr(entry, "line", 0)
            yield _build_rule(path, merged, pack_id, lexicon_dirs)
    else:
        yield _build_rule(path, data, pack_id, lexicon_dirs)


def _build_rule(path: Path, data: Mapping[str, Any], pack_id: str, lexicon_dirs: Sequence[Path]) -> Rule:
    line = getattr(data, "line", 0)
    for key in ("id", "kind", "category", "severity", "message"):
        if key not in data:
            raise RulePackError(path, line, key, "missing")
    kind = data["kind"]
    if kind not in KINDS:
        raise RulePackError(path, _line(data, "kind"), "kind", f"must be one of {', '.join(KINDS)}")
    allowed = {**COMMON_KEYS, **KIND_KEYS[kind]}
    for key in data:
        if key not in allowed:
            raise RulePackError(path, _line(data, key), key, f"unknown key for a '{kind}' rule")
        _check_type(path, data, key, allowed[key])
    rule_id = data["id"]
    if not _ID_RE.match(rule_id) or not rule_id.startswith(pack_id + "."):
        raise RulePackError(
            path, _line(data, "id"), "id", f"must look like {pack_id}.<category>.<name> (lower case)"
        )
    category = data["category"]
    if category not in CATEGORIES:
        raise RulePackError(
            path, _line(data, "category"), "category", f"must be one of {', '.join(CATEGORIES)}"
        )
    severity = data["severity"]
    if severity not in SEVERITIES:
        raise RulePackError(
            path, _line(data, "severity"), "severity", f"must be one of {', '.join(SEVERITIES)}"
        )
    scope = data.get("scope", "sentence")
    if scope not in ("sentence", "requirement"):
        raise RulePackError(path, _line(data, "scope"), "scope", "must be sentence or requirement")
    overrides: list[Override] = []
    for pred in data.get("unless", []):
        if pred not in PREDICATES:
            raise RulePackError(path, _line(data, "unless"), "unless", f"unknown predicate '{pred}'")
        overrides.append(Override(pred, severity="off"))
    when = data.get("when", {})
    for pred, change in when.items():
        if pred not in PREDICATES:
            raise RulePackError(
                path,
                _line(when, pred),
                f"when.{pred}",
                f"unknown predicate; use one of {', '.join(PREDICATES)}",
            )
        if not isinstance(change, Mapping):
            raise RulePackError(path, _line(when, pred), f"when.{pred}", "must be a mapping")
        for key in change:
            if key not in OVERRIDE_KEYS:
                raise RulePackError(path, _line(change, key), f"when.{pred}.{key}", "unknown key")
            _check_type(path, change, key, OVERRIDE_KEYS[key])
        sev = change.get("severity")
        if sev is not None and sev not in (*SEVERITIES, "off"):
            raise RulePackError(
                path,
                _line(change, "severity"),
                f"when.{pred}.severity",
                "must be info, warning, error or off",
            )
        if "rule" in change and (
            not _ID_RE.match(change["rule"]) or not change["rule"].startswith(pack_id + ".")
        ):
            raise RulePackError(path, _line(change, "rule"), f"when.{pred}.rule", "invalid rule id")
        overrides.append(Override(pred, **dict(change)))
    exceptions = tuple(_check_strings(path, data, "exceptions")) if "exceptions" in data else ()
    for name in data.get("yield_to", []):
        if name not in CATEGORIES:
            raise RulePackError(path, _line(data, "yield_to"), "yield_to", f"unknown category '{name}'")
    spec = _kind_spec(path, data, kind, lexicon_dirs)
    spec["yield_to"] = list(data.get("yield_to", []))
    for key in ("yield_scope", "exceptions_scope"):
        if data.get(key, "overlap") not in ("overlap", "sentence"):
            raise RulePackError(path, _line(data, key), key, "must be overlap or sentence")
        spec[key] = data.get(key, "overlap")
    examples = _examples(path, data)
    return Rule(
        id=rule_id,
        kind=kind,
        category=category,
        severity=severity,
        message=data["message"],
        explanation=data.get("explanation", "").strip(),
        suggestion=data.get("suggestion", "").strip(),
        basis=data.get("basis", "").strip(),
        replacement=data.get("replacement"),
        overrides=tuple(overrides),
        exceptions=exceptions,
        examples=examples,
        spec=spec,
        file=f"{path.parent.name}/{path.name}",
        line=line,
        scope=scope,
    )


def _kind_spec(
    path: Path, data: Mapping[str, Any], kind: str, lexicon_dirs: Sequence[Path]
) -> dict[str, Any]:
    spec: dict[str, Any] = {}
    if kind == "terms":
        terms = _check_strings(path, data, "terms") if "terms" in data else []
        exact = _check_strings(path, data, "exact") if "exact" in data else []
        for name in data.get("lexicon", []):
            terms += _lexicon(path, data, "lexicon", name, lexicon_dirs)
        for name in data.get("exact_lexicon", []):
            exact += _lexicon(path, data, "exact_lexicon", name, lexicon_dirs)
        substitutions = data.get("substitutions", {})
        for key, value in substitutions.items():
            if not isinstance(value, str) or not str(key).strip():
                raise RulePackError(
                    path, _line(substitutions, key), f"substitutions.{key}", "must map text to text"
                )
            terms.append(str(key))
        if not (terms or exact):
            raise RulePackError(
                path, getattr(data, "line", None), "terms", "a terms rule needs terms, exact or a lexicon"
            )
        for key, entries in (("terms", terms), ("exact", exact)):
            for entry in entries:
                problem = term_syntax_problem(entry)
                if problem:
                    raise RulePackError(
                        path, _line(data, key) or _line(data, "lexicon"), key, f"{entry!r}: {problem}"
                    )
        spec = {
            "terms": terms,
            "exact": exact,
            "exclude_words": [w.lower() for w in data.get("exclude_words", [])],
            "not_at_sentence_start": data.get("not_at_sentence_start", False),
            "substitutions": {str(k).lower(): v for k, v in substitutions.items()},
        }
    elif kind == "sequence":
        patterns = data.get("patterns")
        if not patterns:
            raise RulePackError(path, getattr(data, "line", None), "patterns", "missing")
        for pattern in patterns:
            if (
                not isinstance(pattern, list)
                or not pattern
                or not all(isinstance(t, Mapping) for t in pattern)
            ):
                raise RulePackError(
                    path,
                    _line(data, "patterns"),
                    "patterns",
                    "each pattern must be a non-empty list of token mappings",
                )
        spec = {
            "patterns": _normalise_patterns(_plain(patterns)),
            "anchors": _check_strings(path, data, "anchors") if "anchors" in data else [],
        }
        _validate_patterns(path, data, spec["patterns"])
    elif kind == "shape":
        if "regex" not in data:
            raise RulePackError(path, getattr(data, "line", None), "regex", "missing")
        for key in ("regex", "exclude_regex"):
            if key in data:
                try:
                    re.compile(data[key])
                except re.error as exc:
                    raise RulePackError(
                        path, _line(data, key), key, f"invalid regular expression ({exc})"
                    ) from None
        spec = {
            "regex": data["regex"],
            "exclude_regex": data.get("exclude_regex"),
            "exclude_words": list(data.get("exclude_words", [])),
            "min_length": data.get("min_length", 2),
            "not_at_sentence_start": data.get("not_at_sentence_start", False),
        }
    else:
        from innodraft.lint.checks import CHECKS

        name = data.get("check")
        if name not in CHECKS:
            raise RulePackError(
                path,
                _line(data, "check") or getattr(data, "line", None),
                "check",
                f"unknown check '{name}'; known: {', '.join(sorted(CHECKS))}",
            )
        params = _plain(data.get("params", {}))
        problem = CHECKS[name].validate(params)
        if problem:
            raise RulePackError(path, _line(data, "params"), "params", problem)
        anchors = _check_strings(path, data, "anchors") if "anchors" in data else []
        for entry in anchors:
            problem = term_syntax_problem(entry)
            if problem:
                raise RulePackError(path, _line(data, "anchors"), "anchors", f"{entry!r}: {problem}")
        if "anchor_regex" in data:
            try:
                re.compile(data["anchor_regex"])
            except re.error as exc:
                raise RulePackError(
                    path, _line(data, "anchor_regex"), "anchor_regex", f"invalid regular expression ({exc})"
                ) from None
        spec = {
            "check": name,
            "params": params,
            "anchors": anchors,
            "suitability_kinds": list(data.get("suitability_kinds", [])),
            "anchor_regex": data.get("anchor_regex"),
            "anchor_unknown": data.get("anchor_unknown", False),
        }
        if not (spec["anchors"] or spec["suitability_kinds"] or spec["anchor_regex"] or CHECKS[name].always):
            raise RulePackError(
                path,
                getattr(data, "line", None),
                "anchors",
                "this check needs anchors (words that trigger it)",
            )
    return spec


_STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "LEMMA", "NORM", "SHAPE", "PREFIX", "SUFFIX"}


def _normalise_patterns(patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Write numbers in string attributes as text (YAML reads ``[1, 2]`` as numbers)."""

    def text(value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    result = []
    for pattern in patterns:
        tokens = []
        for token in pattern:
            token = dict(token)
            for key, value in token.items():
                if key in _STRING_ATTRS:
                    if isinstance(value, dict):
                        token[key] = {
                            op: [text(v) for v in arg] if isinstance(arg, list) else text(arg)
                            for op, arg in value.items()
                        }
                    else:
                        token[key] = text(value)
            tokens.append(token)
        result.append(tokens)
    return result


_PATTERN_KEYS = {
    "ORTH",
    "TEXT",
    "LOWER",
    "LEMMA",
    "NORM",
    "SHAPE",
    "IS_ALPHA",
    "IS_DIGIT",
    "IS_PUNCT",
    "IS_TITLE",
    "IS_UPPER",
    "IS_LOWER",
    "IS_SPACE",
    "LIKE_NUM",
    "LENGTH",
    "OP",
    "IS_SENT_START",
    "PREFIX",
    "SUFFIX",
    "IS_BRACKET",
    "IS_QUOTE",
    "LIKE_URL",
}


def _validate_patterns(path: Path, data: Mapping[str, Any], patterns: list[list[dict[str, Any]]]) -> None:
    for pattern in patterns:
        for token in pattern:
            for key, value in token.items():
                if key not in _PATTERN_KEYS:
                    raise RulePackError(
                        path,
                        _line(data, "patterns"),
                        f"patterns.{key}",
                        "unknown token attribute (tags and parses are not available)",
                    )
                if key == "OP" and not (
                    isinstance(value, str) and (value in ("?", "*", "+", "!") or _REPEAT_OP.fullmatch(value))
                ):
                    raise RulePackError(
                        path, _line(data, "patterns"), "patterns.OP", f"unsupported operator {value!r}"
                    )
                if isinstance(value, Mapping):
                    for op, arg in value.items():
                        if op == "REGEX":
                            try:
                                re.compile(arg)
                            except (re.error, TypeError) as exc:
                                raise RulePackError(
                                    path,
                                    _line(data, "patterns"),
                                    f"patterns.{key}.REGEX",
                                    f"invalid regular expression ({exc})",
                                ) from None


def term_syntax_problem(term: str) -> str | None:
    """Check the term syntax: ``word*`` inflections, ``*head`` / ``stem+`` compound parts."""
    words = term.split()
    for word in words:
        core = word
        if word.startswith("*") or (word.endswith("+") and len(word) > 1):
            if len(words) > 1:
                return "compound parts (*head, stem+) must be a single word"
            core = word.strip("*+")
            if len(core) < 3:
                return "a compound part needs at least 3 letters"
        elif word.endswith("*"):
            core = word[:-1]
        if not core:
            return "empty word"
    return None


def _lexicon(
    path: Path, data: Mapping[str, Any], key: str, name: str, lexicon_dirs: Sequence[Path]
) -> list[str]:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", str(name)):
        raise RulePackError(path, _line(data, key), key, f"bad lexicon name {name!r}")
    for folder in lexicon_dirs:
        candidate = folder / f"{name}.txt"
        if candidate.is_file():
            entries = []
            for line in _read_bytes(candidate).decode("utf-8-sig").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    entries.append(line)
            return entries
    raise RulePackError(path, _line(data, key), key, f"lexicon '{name}' not found")


def _examples(path: Path, data: Mapping[str, Any]) -> tuple[Example, ...]:
    raw = data.get("examples", {})
    out: list[Example] = []
    for key in raw:
        if key not in ("flag", "pass"):
            raise RulePackError(path, _line(raw, key), f"examples.{key}", "use 'flag' and 'pass'")
        items = raw[key]
        if not isinstance(items, list):
            raise RulePackError(path, _line(raw, key), f"examples.{key}", "must be a list")
        for item in items:
            if isinstance(item, str):
                out.append(Example(item, key == "flag"))
            elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
                ctx = item.get("context", {})
                if not isinstance(ctx, Mapping):
                    raise RulePackError(path, _line(raw, key), f"examples.{key}.context", "must be a mapping")
                out.append(Example(item["text"], key == "flag", _plain(ctx)))
            else:
                raise RulePackError(
                    path,
                    _line(raw, key),
                    f"examples.{key}",
                    "entries are text or {text: ..., context: {...}}",
                )
    return tuple(out)


def builtin_pack_dirs() -> dict[str, Path]:
    """Pack id -> folder of the built-in packs."""
    return {
        p.name: p for p in sorted(BUILTIN_PACKS_DIR.iterdir()) if p.is_dir() and (p / "pack.yaml").is_file()
    }


def extra_pack_dirs(folder: str | Path) -> dict[str, Path]:
    """Pack folders inside an organisation packs folder (``extra_packs_dir``)."""
    root = Path(folder)
    if not str(folder) or not root.is_dir():
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and (p / "pack.yaml").is_file()}
