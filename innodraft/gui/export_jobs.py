"""Qt-free export job for the Export step: runs on a worker thread with a snapshot.

It calls :mod:`innodraft.export` for each requested document (the advice is
computed once and shared) and reports ``progress(fraction, text)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innodraft.core.model import Project
from innodraft.core.settings import Settings

DOCUMENTS = ("docx", "review", "xlsx")
"""Document keys: tender document, review copy with comments, evaluation grid."""

SUFFIXES = {"docx": ".docx", "review": " - review.docx", "xlsx": " - evaluation.xlsx"}
"""File name ending per document key."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where."""

    folder: Path
    base_name: str
    documents: tuple[str, ...]
    evaluators: int | None
    """Evaluator sheets (None: the project's names or the settings' count)."""
    settings: Settings | None = None

    def target(self, key: str) -> Path:
        """Output path of one document."""
        return self.folder / f"{self.base_name}{SUFFIXES[key]}"


@dataclass(frozen=True)
class ExportResult:
    """Files written and what the exporter wants the user to know."""

    files: tuple[Path, ...]
    messages: tuple[str, ...] = ()
    comments: int = 0


def run_export(project: Project, request: ExportRequest,
               progress: Callable[[float, str], None] | None = None) -> ExportResult:
    """Write the requested documents (raises ExportError/ImportError)."""
    from innodraft import export

    report = progress or (lambda _f, _t: None)
    request.folder.mkdir(parents=True, exist_ok=True)
    advice = _advice(project) if {"docx", "review"} & set(request.documents) else None
    files: list[Path] = []
    messages: list[str] = []
    comments = 0
    n = len(request.documents)
    for i, key in enumerate(request.documents):
        target = request.target(key)

        def sub(fraction: float, text: str = "", _base: float = i / n, _name: str = target.name) -> None:
            report(_base + max(0.0, min(1.0, fraction)) / n, _name)

        sub(0.0)
        if key == "docx":
            result = export.export_tender_docx(project, target, settings=request.settings,
                                               advice=advice, progress=sub)
        elif key == "review":
            result = export.export_review_docx(project, target, settings=request.settings,
                                               advice=advice, progress=sub)
        else:
            result = export.export_evaluation_xlsx(project, target, settings=request.settings,
                                                   evaluators=request.evaluators, progress=sub)
        files.append(Path(result.path))
        messages.extend(m for m in result.messages if m not in messages)
        comments += int(getattr(result, "comments", 0))
    report(1.0, "")
    return ExportResult(tuple(files), tuple(messages), comments)


def _advice(project: Project) -> Any:
    try:
        from innodraft.gui.procedure_view import advise_project

        return advise_project(project)
    except Exception:
        return None
