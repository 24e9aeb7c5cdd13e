"""Qt-free export job for the Export step: runs on a worker thread with a snapshot.

It calls :mod:`innodraft.export` for each requested document and reports
progress as ``progress(fraction, text)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from innodraft.core.model import Project

DOCUMENTS = ("docx", "review", "xlsx")
"""Document keys: tender document, review copy with comments, evaluation grid."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where."""

    folder: Path
    base_name: str
    documents: tuple[str, ...]
    evaluators: int
    organisation: str = ""
    template: str = ""

    def target(self, key: str) -> Path:
        """Output path of one document."""
        suffix = {"docx": ".docx", "review": " - review.docx", "xlsx": " - evaluation.xlsx"}[key]
        return self.folder / f"{self.base_name}{suffix}"


@dataclass(frozen=True)
class ExportResult:
    """Files written."""

    files: tuple[Path, ...]


def run_export(project: Project, request: ExportRequest,
               progress: Callable[[float, str], None] | None = None) -> ExportResult:
    """Write the requested documents (raises ImportError when the exporter is absent)."""
    import innodraft.export as export

    report = progress or (lambda _f, _t: None)
    request.folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    n = len(request.documents)
    for i, key in enumerate(request.documents):
        target = request.target(key)
        base = i / n

        def sub(fraction: float, text: str = "", _base: float = base) -> None:
            report(_base + max(0.0, min(1.0, fraction)) / n, text)

        sub(0.0, target.name)
        _call(export, key, project, target, request, sub)
        written.append(target)
    report(1.0, "")
    return ExportResult(tuple(written))


def _call(export: Any, key: str, project: Project, target: Path, request: ExportRequest,
          progress: Callable[..., None]) -> None:
    options = {"evaluators": request.evaluators, "organisation": request.organisation,
               "template": request.template or None}
    names = {"docx": ("write_tender_docx", "export_docx"),
             "review": ("write_review_docx", "export_review_docx"),
             "xlsx": ("write_evaluation_xlsx", "export_xlsx")}[key]
    for name in names:
        fn = getattr(export, name, None)
        if callable(fn):
            fn(project, target, progress=progress, **_accepted(fn, options))
            return
    raise ImportError(f"innodraft.export cannot write {key}")


def _accepted(fn: Callable[..., Any], options: dict[str, Any]) -> dict[str, Any]:
    import inspect

    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return {}
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return options
    return {k: v for k, v in options.items() if k in params}
