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
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from innodraft.core.model import AcceptedFinding, Project

from innodraft.gui.document import ProjectDocument

PROJECT_LINT_DELAY_MS = 500
"""Quiet time after the last edit before the whole project is linted again."""


class LintBackend:
    """Adapter over :mod:`innodraft.lint`; loading and linting run on the worker thread."""

    def __init__(self, settings: Any = None) -> None:
        self.settings = settings
        """:class:`~innodraft.core.settings.Settings` (enabled rule packs); None: defaults."""

    def load(self) -> None:
        """Import the linter and load both pipelines (about a second each)."""
        import innodraft.lint as lint
        from innodraft.lint.project import score

        self._lint = lint
        self._score = score
        for lang in ("nl", "en"):
            lint.get_linter(lang, self.settings)

    def context(self, project: Project) -> Any:
        """Project context for context-aware rules (built on the UI thread)."""
        return self._lint.LintContext.from_project(project)

    def lint_text(self, text: str, lang: str, context: Any) -> list[Any]:
        """Findings for one requirement text."""
        return list(self._lint.lint_text(text, lang, context, settings=self.settings))

    def lint_project(self, project: Project) -> Any:
        """Findings of the whole project (requirements and suitability)."""
        return self._lint.lint_project(project, self.settings)

    def score(self, findings: list[Any]) -> float:
        """Score (0-100) of a requirement with these open findings."""
        fn = getattr(self, "_score", None)
        return float(fn(findings)) if fn is not None else score_of(findings)


@dataclass
class RequirementLint:
    """Last lint result of one requirement: the text it was computed for and its findings."""

    text: str
    findings: list[Any]


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
        self._snapshot_texts: dict[int, dict[str, str]] = {}
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

    @property
    def backend(self) -> LintBackend:
        """The linter adapter (its methods run on the worker thread)."""
        return self._worker.backend

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
        snapshot = copy.deepcopy(self.document.project)
        self._snapshot_texts = {self._generation: {r.id: r.text for r in snapshot.requirements}}
        self._worker.submit_project(self._generation, snapshot)

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

    def score(self, req_id: str) -> float | None:
        """Score of a requirement from its open findings (None before the first lint)."""
        if self.results.get(req_id) is None:
            return None
        return self.backend.score(self.open_findings(req_id))

    def set_settings(self, settings: Any) -> None:
        """Use other settings (rule packs) from now on and lint everything again."""
        self.backend.settings = settings
        self.results.clear()
        self._context_dirty = True
        for req in self.document.project.requirements:
            self.request(req.id, req.text)
        if self.available:
            self._project_timer.start()

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
            self._context = self.backend.context(self.document.project)
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
        if old is not None and old.text == text and old.findings == findings:
            return
        self.results[key] = RequirementLint(text, findings)
        self.requirement_linted.emit(key)

    def _on_project_linted(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.project_result = result
        texts = self._snapshot_texts.pop(generation, {})
        for req_id, findings in _per_requirement(result):
            text = texts.get(req_id)
            current = self.results.get(req_id)
            if text is None or (current is not None and current.text == text
                                and current.findings == findings):
                continue
            self.results[req_id] = RequirementLint(text, findings)
            self.requirement_linted.emit(req_id)
        self.project_linted.emit()


def _per_requirement(result: Any) -> list[tuple[str, list[Any]]]:
    """``(requirement id, all findings)`` from a ``lint_project`` result."""
    items = getattr(result, "requirements", None)
    if items is None and isinstance(result, Mapping):
        items = result.get("requirements")
    if not isinstance(items, Mapping):
        return []
    return [(str(req_id), list(getattr(data, "findings", data))) for req_id, data in items.items()]
