"""Documents out: the Word tender document, PvE and review copy, and the Excel evaluation grid.

Public API (python-docx and openpyxl load only when an export runs)::

    export_tender_docx(project, path, *, settings=None, advice=None, date=None,
                       pve_separate=False, progress=None) -> ExportReport
    export_pve_docx(project, path, *, settings=None, date=None, progress=None) -> ExportReport
    export_review_docx(project, path, *, settings=None, lint=None, advice=None, date=None,
                       progress=None) -> ExportReport
    export_evaluation_xlsx(project, path, *, settings=None, evaluators=None, bidders=5,
                           progress=None) -> ExportReport

``progress(fraction, message)`` is called from the exporting thread. Outputs are
replaced atomically; problems raise :class:`ExportError` (an ``InnodraftError``).
"""

from innodraft.export.api import (
    ExportError,
    ExportReport,
    Progress,
    export_evaluation_xlsx,
    export_pve_docx,
    export_review_docx,
    export_tender_docx,
)

__all__ = [
    "ExportError",
    "ExportReport",
    "Progress",
    "export_evaluation_xlsx",
    "export_pve_docx",
    "export_review_docx",
    "export_tender_docx",
]
