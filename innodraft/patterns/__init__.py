"""Library of functional requirement patterns (Dutch and English), extensible by a site file.

Each pattern shows a typical prescriptive requirement (``before``: it says *how*)
and its functional rewrite (``after``: it says *what* the solution must achieve
and at which performance level), with the matching verification method and a
suggested award criterion. The GUI's guided-requirement helper offers them per
theme; :func:`skeleton` turns one of the project's outcomes into a requirement
skeleton "function -> performance level -> verification".

The built-in library is data: ``data/themes.yaml`` (the themes in display order)
and ``data/patterns-<theme>.yaml``. An organisation adds or replaces patterns
with one YAML file named by the ``patterns_file`` setting (usually set by IT in
the site configuration)::

    themes:                       # optional: extra themes of the organisation
      - id: water
        label: {nl: Water en dijken, en: Water and dykes}
    patterns:
      - id: ps.green-maintenance  # same id as a built-in pattern: replaces it
        theme: public_space
        title: {nl: ..., en: ...}
        before: {nl: ..., en: ...}
        after: {nl: "... ten minste {waarde} ...", en: "... at least {value} ..."}
        verification: inspection  # declaration, document, demonstration, inspection,
                                  # test, analysis, reference or monitoring
        verification_detail: {nl: ..., en: ...}
        award_criterion: {nl: ..., en: ...}
        source: "..."             # optional
        note: {nl: ..., en: ...}  # optional

In an organisation file one language per text may be left out (the other is
shown instead); built-in patterns always have both. ``{name}`` in ``after``
marks a value the buyer fills in. Every problem in a file is reported as one
:class:`PatternFileError` naming the file, the line and the key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from innodraft.core.enums import Verification
from innodraft.core.errors import InnodraftError

DATA_DIR = Path(__file__).resolve().parent / "data"
"""Folder of the built-in library."""

THEMES_FILE = DATA_DIR / "themes.yaml"
"""Built-in themes, in display order."""

PATTERN_FILES = "patterns-*.yaml"
"""Glob of the built-in pattern files inside :data:`DATA_DIR`."""

LANGS = ("nl", "en")
"""Languages every built-in text is written in."""

MAX_FILE_BYTES = 2_000_000
"""Larger pattern files are refused (the whole built-in library is ~100 kB)."""

BUILTIN = "builtin"
"""``origin`` of the built-in patterns and themes."""

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

_PATTERN_KEYS = {"id", "theme", "title", "before", "after", "verification", "verification_detail",
                 "award_criterion", "source", "note"}
_REQUIRED_KEYS = _PATTERN_KEYS - {"source", "note"}
_BILINGUAL = ("title", "before", "after", "verification_detail", "award_criterion")


class PatternFileError(InnodraftError):
    """A pattern file cannot be used; the message names file, line and key."""

    def __init__(self, file: str | os.PathLike[str], problem: str, *, line: int | None = None,
                 key: str | None = None) -> None:
        where = str(file)
        if line is not None:
            where += f", line {line}"
        if key:
            where += f", at {key}"
        super().__init__(f"{where}: {problem}")
        self.file = str(file)
        self.line = line
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class Text:
    """A text in Dutch and English."""

    nl: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in ``lang``; the other language when that one is empty."""
        first = getattr(self, _check_lang(lang))
        return first or self.nl or self.en

    def __bool__(self) -> bool:
        return bool(self.nl or self.en)


@dataclass(frozen=True)
class Theme:
    """A group of patterns with its label."""

    id: str
    label: Text
    origin: str = BUILTIN
    """``builtin`` or the organisation file that defined the theme."""


@dataclass(frozen=True)
class Pattern:
    """One functional requirement pattern."""

    id: str
    """Stable id, e.g. ``it.availability``; an organisation file replaces a pattern by id."""
    theme: str
    title: Text
    before: Text
    """A typical prescriptive requirement (the *how*)."""
    after: Text
    """The functional rewrite (the *what* and its performance level) with ``{placeholders}``."""
    verification: Verification
    verification_detail: Text
    award_criterion: Text
    """A suggested award criterion that rewards doing better than the requirement."""
    source: str = ""
    note: Text = field(default_factory=Text)
    origin: str = BUILTIN
    """``builtin`` or the organisation file the pattern came from."""

    def placeholders(self, lang: str) -> tuple[str, ...]:
        """Names of the values the buyer fills in, in order of appearance."""
        return placeholders(self.after.get(lang))


def placeholders(text: str) -> tuple[str, ...]:
    """The ``{name}`` placeholders in ``text``, in order of appearance."""
    return tuple(_PLACEHOLDER.findall(text))


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return str(lang)


# --------------------------------------------------------------------------- public API


def load_patterns(extra_file: str | os.PathLike[str] | None = None) -> list[Pattern]:
    """Return the pattern library, grouped by theme (theme order, then id).

    ``extra_file`` is the ``patterns_file`` setting: its patterns are added, and
    a pattern with the id of an existing one replaces it. An empty string means
    no extra file.

    Raises:
        PatternFileError: the extra file (or, as a bug, a built-in file) is broken.
    """
    theme_list, patterns = _library(extra_file)
    order = {theme.id: index for index, theme in enumerate(theme_list)}
    return sorted(patterns, key=lambda p: (order[p.theme], p.id))


def load_patterns_lenient(extra_file: str | os.PathLike[str] | None = None
                          ) -> tuple[list[Pattern], PatternFileError | None]:
    """Like :func:`load_patterns`, but a broken extra file falls back to the built-ins.

    Returns the patterns and the error to show once (None when all went well), so
    a bad site file never stops the app.
    """
    try:
        return load_patterns(extra_file), None
    except PatternFileError as exc:
        if not extra_file:
            raise
        return load_patterns(None), exc


def themes(extra_file: str | os.PathLike[str] | None = None) -> list[Theme]:
    """The themes in display order: the built-in ones, then those of the extra file."""
    theme_list, _ = _library(extra_file)
    return list(theme_list)


def by_theme(patterns: Iterable[Pattern]) -> dict[str, list[Pattern]]:
    """Group patterns by theme id, keeping their order."""
    groups: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        groups.setdefault(pattern.theme, []).append(pattern)
    return groups


_VERIFICATION_LABELS: dict[Verification, Text] = {
    Verification.NONE: Text("", ""),
    Verification.DECLARATION: Text("eigen verklaring van de inschrijver", "tenderer's own declaration"),
    Verification.DOCUMENT: Text("beoordeling van een ingediend document (plan, certificaat, datasheet)",
                                "review of a submitted document (plan, certificate, data sheet)"),
    Verification.DEMONSTRATION: Text("demonstratie", "demonstration"),
    Verification.INSPECTION: Text("inspectie", "inspection"),
    Verification.TEST: Text("test of meting", "test or measurement"),
    Verification.ANALYSIS: Text("analyse of berekening", "analysis or calculation"),
    Verification.REFERENCE: Text("referentiecontrole bij een eerdere opdrachtgever",
                                 "reference check with an earlier client"),
    Verification.MONITORING: Text("meting tijdens de uitvoering (prestatie-indicator in de rapportage)",
                                  "monitoring during the contract (performance indicator in the reports)"),
}


def verification_label(verification: Verification | str, lang: str) -> str:
    """How a verification method reads in a requirement, in ``lang``."""
    return _VERIFICATION_LABELS[Verification(verification)].get(lang)


_SKELETON = {
    "nl": {
        "function": "Functie: de oplossing {functie}, met als resultaat: {outcome}.",
        "outcome": "{resultaat}",
        "level": "Prestatieniveau: {indicator}: {target}.",
        "indicator": "{indicator}",
        "target": "ten minste {waarde}",
        "verification": "Verificatie: {method} – {toelichting}.",
        "method": "{verificatiemethode}",
    },
    "en": {
        "function": "Function: the solution {function}, with the result: {outcome}.",
        "outcome": "{outcome}",
        "level": "Performance level: {indicator}: {target}.",
        "indicator": "{indicator}",
        "target": "at least {value}",
        "verification": "Verification: {method} – {details}.",
        "method": "{verification_method}",
    },
}


def skeleton(outcome_text: str, lang: str, *, indicator: str = "", target: str = "",
             verification: Verification | str | None = None) -> str:
    """Turn an outcome into a requirement skeleton: function -> performance level -> verification.

    The result has three lines; ``{name}`` marks what the buyer still fills in.
    The outcome's ``indicator`` and ``target`` and a chosen ``verification``
    method are filled in when given::

        >>> print(skeleton("Minder energieverbruik.", "nl"))
        Functie: de oplossing {functie}, met als resultaat: minder energieverbruik.
        Prestatieniveau: {indicator}: ten minste {waarde}.
        Verificatie: {verificatiemethode} – {toelichting}.
    """
    words = _SKELETON[_check_lang(lang)]
    outcome = _clause(outcome_text) or words["outcome"]
    level_indicator = _clause(indicator) or words["indicator"]
    level_target = _clause(target) or words["target"]
    method = words["method"]
    if verification is not None and Verification(verification) is not Verification.NONE:
        method = verification_label(verification, lang)
    # Plain replacement (not str.format): the buyer's text may contain braces.
    lines = [
        words["function"].replace("{outcome}", outcome),
        words["level"].replace("{indicator}", level_indicator, 1).replace("{target}", level_target),
        words["verification"].replace("{method}", method),
    ]
    return "\n".join(lines)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _clause(text: str) -> str:
    """An outcome sentence as a clause: trimmed, no final full stop, sentence case lowered."""
    text = _clean(text).rstrip(".!;:").strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


# --------------------------------------------------------------------------- loading


@cache
def _builtin() -> tuple[tuple[Theme, ...], tuple[Pattern, ...]]:
    theme_list = _parse_themes_file(THEMES_FILE)
    known = {t.id for t in theme_list}
    patterns: list[Pattern] = []
    seen: dict[str, Path] = {}
    for path in sorted(DATA_DIR.glob(PATTERN_FILES)):
        extra_themes, file_patterns, root = _parse_pattern_file(path, known, strict=True)
        if extra_themes:
            raise PatternFileError(path, "built-in pattern files may not define themes "
                                         f"(add them to {THEMES_FILE.name})")
        for index, pattern in enumerate(file_patterns):
            if pattern.id in seen:
                _fail(path, root, ("patterns", index, "id"),
                      f"id {pattern.id} is already used in {seen[pattern.id].name}")
            seen[pattern.id] = path
        patterns.extend(file_patterns)
    return tuple(theme_list), tuple(patterns)


def _library(extra_file: str | os.PathLike[str] | None
             ) -> tuple[list[Theme], list[Pattern]]:
    builtin_themes, builtin_patterns = _builtin()
    theme_list = list(builtin_themes)
    patterns = list(builtin_patterns)
    if extra_file is None or not str(extra_file).strip():
        return theme_list, patterns
    path = Path(os.fspath(extra_file)).expanduser()
    known = {t.id for t in theme_list}
    extra_themes, extra_patterns, _ = _parse_pattern_file(path, known, strict=False)
    theme_index = {t.id: i for i, t in enumerate(theme_list)}
    for theme in extra_themes:
        if theme.id in theme_index:
            theme_list[theme_index[theme.id]] = theme
        else:
            theme_index[theme.id] = len(theme_list)
            theme_list.append(theme)
    pattern_index = {p.id: i for i, p in enumerate(patterns)}
    for pattern in extra_patterns:
        if pattern.id in pattern_index:
            patterns[pattern_index[pattern.id]] = pattern
        else:
            pattern_index[pattern.id] = len(patterns)
            patterns.append(pattern)
    return theme_list, patterns


def _read_yaml(path: Path) -> tuple[Any, Any]:
    """Parse a YAML file; return the data and the root node (for line numbers)."""
    import yaml  # lazy: only the pattern helper needs PyYAML

    try:
        if path.is_dir():
            raise PatternFileError(path, "is a folder, not a pattern file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PatternFileError(path, f"file is too large ({size:,} bytes; "
                                         f"limit {MAX_FILE_BYTES:,})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PatternFileError(path, "file not found") from None
    except OSError as exc:
        raise PatternFileError(path, f"cannot read file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PatternFileError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise PatternFileError(path, "file is empty (expected a 'patterns' list)")
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise PatternFileError(path, "file holds no YAML document (expected a 'patterns' list)")
        _check_duplicate_keys(path, root)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise PatternFileError(path, f"invalid YAML: {problem}",
                               line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise PatternFileError(path, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return data, root


def _check_duplicate_keys(path: Path, root: Any) -> None:
    import yaml

    seen_nodes: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in keys:
                    raise PatternFileError(path, f"key '{key}' occurs twice in the same block",
                                           line=key_node.start_mark.line + 1)
                keys.add(key)
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _line_of(root: Any, key_path: Sequence[str | int]) -> int | None:
    """Line (1-based) of the node at ``key_path``, or of the deepest node that exists."""
    import yaml

    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for step in key_path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            for key_node, value_node in node.value:
                if str(key_node.value) == step:
                    child = value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def _key_text(key_path: Sequence[str | int]) -> str:
    text = ""
    for step in key_path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def _fail(path: Path, root: Any, key_path: Sequence[str | int], problem: str) -> NoReturn:
    raise PatternFileError(path, problem, line=_line_of(root, key_path), key=_key_text(key_path))


def _parse_themes_file(path: Path) -> list[Theme]:
    data, root = _read_yaml(path)
    if not isinstance(data, dict) or set(data) != {"themes"}:
        _fail(path, root, (), "expected exactly one key, 'themes'")
    return _parse_themes(path, root, data["themes"], strict=True, origin=BUILTIN)


def _parse_themes(path: Path, root: Any, items: Any, *, strict: bool, origin: str) -> list[Theme]:
    if not isinstance(items, list):
        _fail(path, root, ("themes",), "expected a list of themes")
    result: list[Theme] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where: tuple[str | int, ...] = ("themes", index)
        if not isinstance(item, dict):
            _fail(path, root, where, "expected a theme with 'id' and 'label'")
        unknown = sorted(set(item) - {"id", "label"})
        if unknown:
            _fail(path, root, (*where, unknown[0]), "unknown key (a theme has 'id' and 'label')")
        theme_id = _identifier(path, root, item, where)
        if theme_id in seen:
            _fail(path, root, (*where, "id"), f"theme {theme_id} is defined twice")
        seen.add(theme_id)
        label = _bilingual(path, root, item, (*where, "label"), strict=strict, context=theme_id)
        result.append(Theme(theme_id, label, origin))
    return result


def _parse_pattern_file(path: Path, known_themes: set[str], *, strict: bool
                        ) -> tuple[list[Theme], list[Pattern], Any]:
    data, root = _read_yaml(path)
    origin = BUILTIN if strict else str(path)
    if not isinstance(data, dict):
        _fail(path, root, (), "expected a mapping with a 'patterns' list")
    unknown = sorted(set(data) - {"patterns", "themes"})
    if unknown:
        _fail(path, root, (unknown[0],), "unknown key (expected 'patterns' and optionally 'themes')")
    if "patterns" not in data:
        _fail(path, root, (), "the 'patterns' list is missing")
    file_themes = _parse_themes(path, root, data["themes"], strict=strict, origin=origin) \
        if "themes" in data else []
    theme_ids = known_themes | {t.id for t in file_themes}
    items = data["patterns"]
    if not isinstance(items, list):
        _fail(path, root, ("patterns",), "expected a list of patterns")
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        pattern = _parse_pattern(path, root, item, index, theme_ids, strict=strict, origin=origin)
        if pattern.id in seen:
            _fail(path, root, ("patterns", index, "id"), f"id {pattern.id} occurs twice in this file")
        seen.add(pattern.id)
        patterns.append(pattern)
    return file_themes, patterns, root


def _identifier(path: Path, root: Any, item: dict[str, Any], where: tuple[str | int, ...]) -> str:
    if "id" not in item:
        _fail(path, root, where, "required key 'id' is missing")
    value = item["id"]
    if not isinstance(value, str) or not _ID.match(value):
        _fail(path, root, (*where, "id"),
              f"invalid id {value!r} (letters, digits, '.', '_' and '-', no spaces)")
    return value


def _parse_pattern(path: Path, root: Any, item: Any, index: int, theme_ids: set[str], *,
                   strict: bool, origin: str) -> Pattern:
    where: tuple[str | int, ...] = ("patterns", index)
    if not isinstance(item, dict):
        _fail(path, root, where, "expected a pattern (a mapping with 'id', 'theme', ...)")
    pattern_id = _identifier(path, root, item, where)
    unknown = sorted(set(item) - _PATTERN_KEYS)
    if unknown:
        _fail(path, root, (*where, unknown[0]),
              f"unknown key in pattern {pattern_id} (allowed: {', '.join(sorted(_PATTERN_KEYS))})")
    missing = sorted(_REQUIRED_KEYS - set(item))
    if missing:
        _fail(path, root, where, f"pattern {pattern_id}: required key '{missing[0]}' is missing")
    theme = item["theme"]
    if not isinstance(theme, str) or theme not in theme_ids:
        _fail(path, root, (*where, "theme"),
              f"pattern {pattern_id}: unknown theme {theme!r} (known: {', '.join(sorted(theme_ids))})")
    texts = {key: _bilingual(path, root, item, (*where, key), strict=strict, context=pattern_id)
             for key in _BILINGUAL}
    for lang in LANGS:
        after = getattr(texts["after"], lang)
        if _PLACEHOLDER.sub("", after).count("{") or _PLACEHOLDER.sub("", after).count("}"):
            _fail(path, root, (*where, "after", lang),
                  f"pattern {pattern_id}: malformed placeholder (write {{name}}, e.g. {{waarde}})")
    raw_verification = item["verification"]
    try:
        verification = Verification(raw_verification)
    except ValueError:
        verification = Verification.NONE
    if verification is Verification.NONE or not isinstance(raw_verification, str):
        allowed = ", ".join(v.value for v in Verification if v.value)
        _fail(path, root, (*where, "verification"),
              f"pattern {pattern_id}: {raw_verification!r} is not one of {allowed}")
    source = item.get("source", "")
    if not isinstance(source, str):
        _fail(path, root, (*where, "source"), f"pattern {pattern_id}: expected text")
    note = _bilingual(path, root, item, (*where, "note"), strict=strict, context=pattern_id) \
        if "note" in item else Text()
    return Pattern(id=pattern_id, theme=theme, verification=verification, source=source.strip(),
                   note=note, origin=origin, **texts)


def _bilingual(path: Path, root: Any, item: dict[str, Any], where: tuple[str | int, ...], *,
               strict: bool, context: str) -> Text:
    value = item.get(str(where[-1]))
    if not isinstance(value, dict):
        _fail(path, root, where, f"{context}: expected a text per language ({', '.join(LANGS)})")
    unknown = sorted(set(map(str, value)) - set(LANGS))
    if unknown:
        _fail(path, root, (*where, unknown[0]),
              f"{context}: unknown language (use {' and '.join(LANGS)})")
    texts: dict[str, str] = {}
    for lang in LANGS:
        text = value.get(lang, "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            _fail(path, root, (*where, lang), f"{context}: expected text, found {type(text).__name__}")
        texts[lang] = " ".join(text.split())
    if strict:
        for lang in LANGS:
            if not texts[lang]:
                _fail(path, root, (*where, lang), f"{context}: the {lang} text is missing or empty")
    elif not any(texts.values()):
        _fail(path, root, where, f"{context}: the text is empty in every language")
    return Text(**texts)
