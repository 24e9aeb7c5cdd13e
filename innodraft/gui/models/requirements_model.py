"""Table model of the Programma van Eisen: id, summary, kind, MoSCoW, score, findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt

from innodraft.core.enums import Priority, RequirementKind
from innodraft.core.model import Requirement

from innodraft.gui.document import ProjectDocument
from innodraft.gui.lint_service import LintService, severity_of
from innodraft.gui.models.item_table import Column, Index, ItemTableModel, SortRole

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}
"""Order of severities (higher is worse)."""

_HEAD = {
    "id": QT_TRANSLATE_NOOP("RequirementsModel", "ID"),
    "summary": QT_TRANSLATE_NOOP("RequirementsModel", "Requirement"),
    "kind": QT_TRANSLATE_NOOP("RequirementsModel", "Kind"),
    "priority": QT_TRANSLATE_NOOP("RequirementsModel", "MoSCoW"),
    "score": QT_TRANSLATE_NOOP("RequirementsModel", "Score"),
    "score_tip": QT_TRANSLATE_NOOP("RequirementsModel", "Lint score: 100 minus points per open finding"),
    "findings": QT_TRANSLATE_NOOP("RequirementsModel", "Open"),
    "findings_tip": QT_TRANSLATE_NOOP("RequirementsModel",
                                      "Open lint findings (accepted ones are not counted)"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RequirementsModel", text)


SeverityRole = Qt.ItemDataRole.UserRole + 3
"""Worst open severity of a requirement (``error``/``warning``/``info`` or empty)."""



def summary(req: Requirement, width: int = 90) -> str:
    """Title, or the first words of the text, on one line."""
    text = req.title.strip() or " ".join(req.text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class RequirementsModel(ItemTableModel):
    """The project's requirements with their live lint state."""

    def __init__(self, document: ProjectDocument, lint: LintService | None = None,
                 parent: QObject | None = None) -> None:
        t = _t
        columns = [
            Column("id", t(_HEAD["id"]), editable=False),
            Column("summary", t(_HEAD["summary"]), editable=False),
            Column("kind", t(_HEAD["kind"]), enum=RequirementKind),
            Column("priority", t(_HEAD["priority"]), enum=Priority),
            Column("score", t(_HEAD["score"]), editable=False, align_right=True,
                   tooltip=t(_HEAD["score_tip"])),
            Column("findings", t(_HEAD["findings"]), editable=False, align_right=True,
                   tooltip=t(_HEAD["findings_tip"])),
        ]
        super().__init__(document, ("requirements",), columns, parent=parent)
        self.lint = lint
        if lint is not None:
            lint.requirement_linted.connect(self._on_linted)
            lint.project_linted.connect(self._on_project_linted)

    _DERIVED = {"title": ("summary",), "text": ("summary", "score", "findings"),
                "accepted": ("score", "findings")}

    def refresh_row(self, item_id: str, keys: tuple[str, ...] = ()) -> None:
        mapped = tuple(k2 for k in keys for k2 in (k, *self._DERIVED.get(k, ())))
        super().refresh_row(item_id, mapped)

    def raw(self, item: Any, key: str) -> Any:
        if key == "summary":
            return summary(item)
        if key in ("score", "findings", "severity"):
            if self.lint is None or self.lint.result(item.id) is None:
                return None
            open_findings = self.lint.open_findings(item.id)
            if key == "findings":
                return len(open_findings)
            if key == "severity":
                return max((severity_of(f) for f in open_findings),
                           key=lambda s: SEVERITY_RANK.get(s, 0), default="")
            return self.lint.score(item.id)
        return super().raw(item, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()].key
        if role == SeverityRole:
            return self.raw(self.item(index.row()), "severity")
        if key in ("score", "findings") and role in (Qt.ItemDataRole.DisplayRole, SortRole):
            value = self.raw(self.item(index.row()), key)
            if role == SortRole:
                return -1 if value is None else value
            if value is None:
                return "–"
            return f"{value:.0f}" if key == "score" else str(value)
        if key == "summary" and role == Qt.ItemDataRole.ToolTipRole:
            return self.item(index.row()).text
        return super().data(index, role)

    def _on_linted(self, req_id: str) -> None:
        self.refresh_row(req_id, ("score", "findings"))

    def _on_project_linted(self) -> None:
        if self.rowCount():
            first, last = self.column_of("score"), self.column_of("findings")
            self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, last))


class RequirementsFilter(QSortFilterProxyModel):
    """Filters requirements by free text, kind and 'only with findings'."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._kind: RequirementKind | None = None
        self._only_findings = False

    def set_text(self, text: str) -> None:
        """Show rows whose id, title or text contains ``text``."""
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: RequirementKind | None) -> None:
        """Show only one kind (None: all)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_findings(self, only: bool) -> None:
        """Show only requirements with open findings."""
        self.beginFilterChange()
        self._only_findings = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, RequirementsModel):
            return True
        req = model.item(row)
        if self._kind is not None and req.kind != self._kind:
            return False
        if self._only_findings and not model.raw(req, "findings"):
            return False
        if self._text:
            hay = f"{req.id}\n{req.title}\n{req.text}\n{req.category}".casefold()
            return self._text in hay
        return True

    def source_row(self, proxy_row: int) -> int:
        """Row in the source model of a proxy row."""
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def proxy_index_of(self, source_row: int) -> QModelIndex:
        """Proxy index of a source row (invalid when filtered out)."""
        source = self.sourceModel()
        return self.mapFromSource(source.index(source_row, 0)) if source else QModelIndex()

