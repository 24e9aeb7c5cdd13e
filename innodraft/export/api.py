"""Export functions the CLI and the GUI call (the GUI from a worker thread).

Each takes the project, an output path and optional ``settings``, reports
progress as ``progress(fraction, message)`` and replaces the output atomically:
a failed export leaves an existing file untouched. python-docx and openpyxl
are imported only when an export runs.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innodraft.core import atomic
from innodraft.core.errors import InnodraftError
from innodraft.core.model import Project
from innodraft.core.settings import Settings
from innodraft.export import inputs
from innodraft.export.tender import DocumentOptions, build_outline

Progress = Callable[[float, str], None]
"""``progress(fraction 0-1, message)``; called from the exporting thread."""

MAX_EVALUATORS = 50
"""More evaluator sheets than this are refused."""

MAX_BIDDERS = 100
"""More tenderer columns than this are refused."""


class ExportError(InnodraftError):
    """An output cannot be written or the request is invalid; the message says why."""


@dataclass(frozen=True)
class ExportReport:
    """What an export produced."""

    path: Path
    kind: str
    """``tender``, ``pve``, ``review`` or ``grid``."""
    seconds: float
    messages: tuple[str, ...] = ()
    """Things the user should know (template fallbacks, missing linter)."""
    comments: int = 0
    """Review copy: number of margin comments."""


def _notify(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def _save(path: str | os.PathLike[str], save: Callable[[Path], None]) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    try:
        atomic.write_with(target, save)
    except PermissionError:
        raise ExportError(f"{target}: permission denied (is it open in Word or Excel?)") from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return target


def _docx(project: Project, path: str | os.PathLike[str], options: DocumentOptions,
          settings: Settings | None, procedure: inputs.ProcedureInfo | None,
          notes: list[inputs.ReviewNote], messages: list[str], progress: Progress | None,
          started: float) -> ExportReport:
    from innodraft.export.word import render
    from innodraft.export.wordtemplate import open_template

    _notify(progress, 0.3, "assembling")
    outline = build_outline(project, procedure, notes, options)
    template = open_template((settings.word_template if settings else "") or None)
    messages.extend(template.messages)
    _notify(progress, 0.4, "rendering")
    document = render(outline, template, lambda f: _notify(progress, 0.4 + 0.5 * f, "rendering"))
    _notify(progress, 0.9, "saving")
    target = _save(path, lambda tmp: document.save(str(tmp)))
    _notify(progress, 1.0, "done")
    return ExportReport(target, options.kind, round(time.perf_counter() - started, 3), tuple(messages),
                        outline.comment_count())


def _options(project: Project, settings: Settings | None, kind: str, date: dt.date | None,
             **extra: Any) -> DocumentOptions:
    return DocumentOptions(kind=kind, date=date, organisation=settings.organisation if settings else "",
                           evaluator_count=settings.evaluator_count if settings else 3, **extra)


def export_tender_docx(project: Project, path: str | os.PathLike[str], *, settings: Settings | None = None,
                       advice: Any = None, date: dt.date | None = None, pve_separate: bool = False,
                       progress: Progress | None = None) -> ExportReport:
    """Write the tender document (aanbestedingsleidraad, with the PvE unless ``pve_separate``).

    ``advice`` is an :func:`innodraft.procedure.advise` result; when None the
    advisor is run here (and skipped if it is unavailable).

    Raises:
        ExportError: the output cannot be written.
    """
    started = time.perf_counter()
    _notify(progress, 0.0, "advising")
    advice = advice if advice is not None else inputs.compute_advice(project)
    procedure = inputs.procedure_info(project, advice, project.meta.language.value)
    options = _options(project, settings, "tender", date, pve_separate=pve_separate)
    return _docx(project, path, options, settings, procedure, [], [], progress, started)


def export_pve_docx(project: Project, path: str | os.PathLike[str], *, settings: Settings | None = None,
                    date: dt.date | None = None, progress: Progress | None = None) -> ExportReport:
    """Write the Programma van Eisen as a document of its own.

    Raises:
        ExportError: the output cannot be written.
    """
    started = time.perf_counter()
    options = _options(project, settings, "pve", date)
    return _docx(project, path, options, settings, None, [], [], progress, started)


def export_review_docx(project: Project, path: str | os.PathLike[str], *, settings: Settings | None = None,
                       lint: Any = None, advice: Any = None, date: dt.date | None = None,
                       progress: Progress | None = None) -> ExportReport:
    """Write the review copy: the tender document with every lint finding as a comment.

    ``lint`` is an :func:`innodraft.lint.lint_project` result; when None the
    linter runs here (the slow step). Without a linter only accepted findings
    are shown and the report says so.

    Raises:
        ExportError: the output cannot be written.
    """
    started = time.perf_counter()
    messages: list[str] = []
    _notify(progress, 0.0, "checking requirements")
    if lint is None:
        lint, problem = inputs.compute_lint(project, settings)
        if problem:
            messages.append(f"{problem}; only accepted findings are shown")
    notes = inputs.review_notes(project, lint)
    advice = advice if advice is not None else inputs.compute_advice(project)
    procedure = inputs.procedure_info(project, advice, project.meta.language.value)
    options = _options(project, settings, "review", date, linter_available=lint is not None)
    return _docx(project, path, options, settings, procedure, notes, messages, progress, started)


def export_evaluation_xlsx(project: Project, path: str | os.PathLike[str], *,
                           settings: Settings | None = None, evaluators: int | None = None,
                           bidders: int = 5, progress: Progress | None = None) -> ExportReport:
    """Write the Excel evaluation grid.

    Evaluator sheets are named after ``project.award.evaluators``; when the
    project names none, ``evaluators`` (or settings ``evaluator_count``) numbered
    sheets are made. ``evaluators`` given explicitly overrides the names' count
    (extra sheets are numbered, surplus names dropped).

    Raises:
        ExportError: bad counts, or the output cannot be written.
    """
    from innodraft.export.excel import build_workbook

    started = time.perf_counter()
    names = [n for n in project.award.evaluators if n.strip()]
    count = evaluators if evaluators is not None else (len(names) or
                                                       (settings.evaluator_count if settings else 3))
    if not 1 <= count <= MAX_EVALUATORS:
        raise ExportError(f"number of evaluators must be 1-{MAX_EVALUATORS}, not {count}")
    if not 1 <= bidders <= MAX_BIDDERS:
        raise ExportError(f"number of tenderers must be 1-{MAX_BIDDERS}, not {bidders}")
    names = (names + [""] * count)[:count]
    _notify(progress, 0.1, "building workbook")
    workbook = build_workbook(project, names, bidders)
    _notify(progress, 0.8, "saving")
    target = _save(path, lambda tmp: workbook.save(str(tmp)))
    _notify(progress, 1.0, "done")
    return ExportReport(target, "grid", round(time.perf_counter() - started, 3))
