"""The requirement linter: rule packs on spaCy pipelines, findings with legal basis.

Public API (importing this package does not import spaCy; the pipeline of a
language is loaded on first use, about a second, then cached):

``lint_text(text, lang="auto", context=None, *, settings=None) -> list[Finding]``
    Lint one requirement (the fast path for lint-as-you-type: a few ms for
    ~40 words once the pipeline is loaded). ``lang`` is ``"nl"``, ``"en"`` or
    ``"auto"`` (then :func:`detect_language`; ``context.language`` is used
    when it is ``nl``/``en``). Safe to call from one worker thread at a time
    (a lock serialises concurrent calls per language).

``lint_many(texts, lang="auto", context=None, *, settings=None) -> list[list[Finding]]``
    Lint many texts in one go (one spaCy document per ~200k characters);
    ``"auto"`` detects the language per text.

``lint_project(project: Project, settings: Settings | None = None) -> ProjectLint``
    Lint every requirement and suitability item (text plus the figures
    amount/years/count) with the project's language, estimated value
    (``innodraft.core.value.estimate(project.value).total``), contract type,
    allow list and disabled rules. ``ProjectLint.requirements[req_id]`` is an
    :class:`ItemLint` with ``findings``, ``accepted`` (those matching an
    ``AcceptedFinding`` of the requirement by ``rule`` and ``match`` text) and
    ``score``; ``ProjectLint.score`` is the document score. Accepted findings
    do not deduct.

``get_linter(lang: str, settings: Settings | None = None) -> Linter``
    The cached :class:`~innodraft.lint.engine.Linter` (load the pipeline
    ahead of time, e.g. at start-up on a worker thread).

``detect_language(text: str, default: str = "nl") -> str``
    ``"nl"`` or ``"en"``.

``load_pack(folder: Path) -> Pack`` / ``RulePackError``
    Read and validate a rule pack; errors name file, line and key.

Results: :class:`Finding` (frozen; ``rule``, ``category``, ``severity``,
``start``, ``end``, ``text``, ``message``, ``explanation``, ``suggestion``,
``basis``, ``replacement``), sorted by :meth:`Finding.sort_key`; offsets are
code points into the linted text (``text == linted[start:end]``), never
splitting combining marks; :func:`utf16_span` converts them for Qt.
:class:`LintContext` (frozen) carries language, estimated value, contract
type, allow list and disabled rules; ``LintContext.from_project(project)``.

Settings honoured: ``enabled_packs`` (pack ids; ``nl``/``en`` are built in,
others come from ``extra_packs_dir``, one folder per pack with a
``pack.yaml``). Categories: ``brand``, ``prescriptive``, ``vague``,
``proportionality``, ``discrimination`` (scored), ``formal`` and ``style``.
Severities: ``error``, ``warning``, ``info`` (advice).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from innodraft.lint.language import detect_language
from innodraft.lint.model import (
    CATEGORIES,
    SCORED_CATEGORIES,
    SEVERITIES,
    Finding,
    ItemLint,
    LintContext,
    ProjectLint,
    at_least,
    sort_findings,
    utf16_span,
)
from innodraft.lint.packs import Pack, RulePackError, load_pack

if TYPE_CHECKING:
    from innodraft.core.model import Project
    from innodraft.core.settings import Settings
    from innodraft.lint.engine import Linter

__all__ = [
    "CATEGORIES",
    "SCORED_CATEGORIES",
    "SEVERITIES",
    "Finding",
    "ItemLint",
    "LintContext",
    "Pack",
    "ProjectLint",
    "RulePackError",
    "at_least",
    "detect_language",
    "get_linter",
    "lint_many",
    "lint_project",
    "lint_text",
    "load_pack",
    "sort_findings",
    "utf16_span",
]


def _resolve_lang(text: str, lang: str, context: LintContext | None) -> str:
    if lang in ("nl", "en"):
        return lang
    if lang != "auto":
        raise ValueError(f"lang must be 'nl', 'en' or 'auto', not {lang!r}")
    if context is not None and context.language in ("nl", "en"):
        return context.language
    return detect_language(text)


def get_linter(lang: str, settings: Settings | None = None) -> Linter:
    """The cached linter of ``lang``; see :func:`innodraft.lint.nlp.get_linter`."""
    from innodraft.lint.nlp import get_linter as _get

    return _get(lang, settings)


def lint_text(
    text: str, lang: str = "auto", context: LintContext | None = None, *, settings: Settings | None = None
) -> list[Finding]:
    """Findings for one requirement text, sorted."""
    return get_linter(_resolve_lang(text, lang, context), settings).lint(text, context)


def lint_many(
    texts: Sequence[str],
    lang: str = "auto",
    context: LintContext | None = None,
    *,
    settings: Settings | None = None,
) -> list[list[Finding]]:
    """Findings per text; with ``"auto"`` each text's language is detected."""
    results: list[list[Finding]] = [[] for _ in texts]
    groups: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        groups.setdefault(_resolve_lang(text, lang, context), []).append(i)
    for code, indexes in groups.items():
        found = get_linter(code, settings).lint_many([texts[i] for i in indexes], context)
        for i, f in zip(indexes, found, strict=True):
            results[i] = f
    return results


def lint_project(project: Project, settings: Settings | None = None) -> ProjectLint:
    """Lint a whole project; see :func:`innodraft.lint.project.lint_project`."""
    from innodraft.lint.project import lint_project as _lint_project

    return _lint_project(project, settings)
