"""Live linting on a dedicated worker thread.

The spaCy pipelines are loaded once, on the worker, right after start-up, so the
window appears without waiting. Requests are coalesced: while the worker is
busy only the newest text per requirement is kept, so fast typing never builds
a queue. Results come back as signals on the UI thread together with the text
they were computed for; the UI ignores results for text that has changed since.

The linter itself is :mod:`innodraft.lint` (``lint_text``, ``LintContext``,
``lint_project``); :class:`LintBackend` is the thin seam tests can replace.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from innodraft.core.model import AcceptedFinding, Project

from innodraft.gui.document import ProjectDocument

PROJECT_LINT_DELAY_MS = 500
"""Quiet time after the last edit before the whole project is linted again."""


class LintBackend:
    """Adapter over :mod:`innodraft.lint`; every method runs on the worker thread."""

    def load(self) -> None:
        """Import the linter and load its pipelines (slow; raises ImportError if absent)."""
        import innodraft.lint as lint

        self._lint = lint
        for lang in ("nl", "en"):
            lint.lint_text("De leverancier levert een systeem.", lang, None)

    def context(self, project: Project) -> Any:
        """Project context for context-aware rules (built from a snapshot)."""
        factory = getattr(getattr(self._lint, "LintContext", None), "from_project", None)
        return factory(project) if factory is not None else None

    def lint_text(self, text: str, lang: str, context: Any) -> list[Any]:
        """Findings for one requirement text."""
        return list(self._lint.lint_text(text, lang, context))

    def lint_project(self, project: Project) -> Any:
        """Findings of the whole project (requirements and selection)."""
        return self._lint.lint_project(project)


@dataclass
class RequirementLint:
    """Last lint result of one requirement."""

    text: str
    findings: list[Any]
    score: float | None = None
    accepted: list[Any] = field(default_factory=list)


def is_accepted(finding: Any, accepted: list[AcceptedFinding]) -> bool:
    """True when ``finding`` was accepted for exactly its current text."""
    rule = getattr(finding, "rule", None)
    text = getattr(finding, "text", None)
    return any(a.rule == rule and a.match == text for a in accepted)


def score_of(findings: list[Any]) -> float:
    """Fallback requirement score: 100 minus 25 per error, 10 per warning, 2 per info."""
    cost = {"error": 25, "warning": 10, "info": 2}
    return float(max(0, 100 - sum(cost.get(severity_of(f), 0) for f in findings)))


def severity_of(finding: Any) -> str:
    """Severity of a finding as ``error``/``warning``/``info``."""
    value = getattr(finding, "severity", "info")
    return str(getattr(value, "value", value)).lower()


class _Worker(QObject):
    loaded = Signal(bool, str)
    text_linted = Signal(str, str, object, float)
    """key, text, findings, seconds spent."""
    project_linted = Signal(int, object)
    failed = Signal(str)
    _wake = Signal()

    def __init__(self, backend: LintBackend) -> None:
        super().__init__()
        self.backend = backend
        self._lock = threading.Lock()
        self._texts: dict[str, tuple[str, str, Any]] = {}
        self._project: tuple[int, Project] | None = None
        self._ready = False
        self._wake.connect(self._drain)

    @Slot()
    def load(self) -> None:
        try:
            self.backend.load()
        except Exception as exc:
            self.loaded.emit(False, f"{type(exc).__name__}: {exc}")
            return
        self._ready = True
        self.loaded.emit(True, "")
        self._drain()

    def submit_text(self, key: str, text: str, lang: str, context: Any) -> None:
        with self._lock:
            self._texts[key] = (text, lang, context)
        self._wake.emit()

    def submit_project(self, generation: int, snapshot: Project) -> None:
        with self._lock:
            self._project = (generation, snapshot)
        self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        if not self._ready:
            return
        while True:
            with self._lock:
                if self._texts:
                    key = next(iter(self._texts))
                    job: Any = ("text", key, self._texts.pop(key))
                elif self._project is not None:
                    job = ("project", self._project)
                    self._project = None
                else:
                    return
            try:
                if job[0] == "text":
                    _, key, (text, lang, context) = job
                    start = time.perf_counter()
                    findings = self.backend.lint_text(text, lang, context)
                    self.text_linted.emit(key, text, findings, time.perf_counter() - start)
                else:
                    generation, snapshot = job[1]
                    self.project_linted.emit(generation, self.backend.lint_project(snapshot))
            except Exception as exc:
                self.failed.emit(f"{type(exc).__name__}: {exc}")


class LintService(QObject):
    """Owns the lint thread and the latest result per requirement."""

    ready_changed = Signal(bool)
    requirement_linted = Signal(str)
    """A requirement's findings changed (its id)."""
    project_linted = Signal()
    error = Signal(str)

    def __init__(self, document: ProjectDocument, backend: LintBackend | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.available = False
        self.status = ""
        self.results: dict[str, RequirementLint] = {}
        self.project_result: Any = None
        self.last_seconds = 0.0
        self._generation = 0
        self._context: Any = None
        self._context_dirty = True
        self._thread = QThread()
        self._thread.setObjectName("innodraft-lint")
        self._worker = _Worker(backend or LintBackend())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.load)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.text_linted.connect(self._on_text_linted)
        self._worker.project_linted.connect(self._on_project_linted)
        self._worker.failed.connect(self.error)
        self._project_timer = QTimer(self)
        self._project_timer.setSingleShot(True)
        self._project_timer.setInterval(PROJECT_LINT_DELAY_MS)
        self._project_timer.timeout.connect(self.lint_project_now)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_reset)

    def start(self) -> None:
        """Start the worker thread (it loads the pipelines first)."""
        if not self._thread.isRunning():
            self.status = self.tr("Loading the linter…")
            self._thread.start()

    def shutdown(self) -> None:
        """Stop the worker thread (waits for the current job)."""
        self._project_timer.stop()
        self._thread.quit()
        self._thread.wait(10000)

    # -- requests ------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        """Language of the project's documents (the rule pack to run)."""
        return str(self.document.project.meta.language.value)

    def request(self, req_id: str, text: str) -> None:
        """Lint one requirement text now (coalesced per requirement)."""
        if self._context_dirty:
            self._refresh_context()
        self._worker.submit_text(req_id, text, self.lang, self._context)

    def lint_project_now(self) -> None:
        """Lint the whole project from a snapshot."""
        self._project_timer.stop()
        self._generation += 1
        self._worker.submit_project(self._generation, copy.deepcopy(self.document.project))

    def result(self, req_id: str) -> RequirementLint | None:
        """Latest lint result of a requirement (None before the first lint)."""
        return self.results.get(req_id)

    def open_findings(self, req_id: str) -> list[Any]:
        """Findings of a requirement that are not accepted."""
        res = self.results.get(req_id)
        if res is None:
            return []
        try:
            accepted = self.document.project.requirement(req_id).accepted
        except KeyError:
            return []
        return [f for f in res.findings if not is_accepted(f, accepted)]

    def item_findings(self, list_name: str, item_id: str) -> list[Any]:
        """Findings of a non-requirement item (e.g. ``suitability``) from the project run."""
        result = self.project_result
        if result is None:
            return []
        items = getattr(result, list_name, None)
        if items is None and isinstance(result, dict):
            items = result.get(list_name)
        if isinstance(items, Mapping):
            entry = items.get(item_id)
            if entry is None:
                return []
            return list(getattr(entry, "open_findings", getattr(entry, "findings", entry)))
        for entry in items or []:
            if str(getattr(entry, "id", getattr(entry, "item", ""))) == item_id:
                return list(getattr(entry, "findings", []))
        return []

    # -- slots ---------------------------------------------------------------------------------
    def _refresh_context(self) -> None:
        self._context_dirty = False
        if not self.available:
            return
        try:
            self._context = self._worker.backend.context(self.document.project)
        except Exception:
            self._context = None

    def _on_loaded(self, ok: bool, message: str) -> None:
        self.available = ok
        self.status = "" if ok else self.tr("Linter not available: %s") % message
        self._context_dirty = True
        self.ready_changed.emit(ok)
        if ok:
            self.lint_project_now()

    def _on_changed(self, paths: tuple) -> None:
        for path in paths:
            if path and path[0] in ("meta", "value", "lint", "selection", "award"):
                self._context_dirty = True
        if self.available:
            self._project_timer.start()

    def _on_reset(self) -> None:
        self.results.clear()
        self.project_result = None
        self._context_dirty = True
        if self.available:
            self.lint_project_now()
        self.project_linted.emit()

    def _on_text_linted(self, key: str, text: str, findings: list[Any], seconds: float) -> None:
        self.last_seconds = seconds
        old = self.results.get(key)
        self.results[key] = RequirementLint(text, findings, score_of(findings),
                                            old.accepted if old else [])
        self.requirement_linted.emit(key)

    def _on_project_linted(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.project_result = result
        for req_id, findings, score in _per_requirement(result):
            try:
                text = self.document.project.requirement(req_id).text
            except KeyError:
                continue
            current = self.results.get(req_id)
            if current is not None and current.text == text and current.findings == findings:
                continue
            self.results[req_id] = RequirementLint(text, findings,
                                                   score if score is not None else score_of(findings))
            self.requirement_linted.emit(req_id)
        self.project_linted.emit()


def _per_requirement(result: Any) -> list[tuple[str, list[Any], float | None]]:
    """``(requirement id, findings, score)`` from a ``lint_project`` result."""
    rows: list[tuple[str, list[Any], float | None]] = []
    items = getattr(result, "requirements", None)
    if items is None and isinstance(result, dict):
        items = result.get("requirements")
    if isinstance(items, Mapping):
        items = list(items.items())
    for entry in items or []:
        if isinstance(entry, tuple):
            req_id, data = entry
        else:
            req_id, data = getattr(entry, "id", None) or getattr(entry, "item", None), entry
        if req_id is None:
            continue
        findings = list(getattr(data, "findings", data if isinstance(data, list) else []))
        score = getattr(data, "score", None)
        rows.append((str(req_id), findings, score))
    return rows
