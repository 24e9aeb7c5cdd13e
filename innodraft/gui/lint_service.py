"""Live linting on a dedicated worker thread.

The spaCy pipelines are loaded once, on the worker, right after start-up, so the
window appears without waiting. The worker has three queues, served in order:

1. *typing*: the text of the requirement being edited (newest text per
   requirement only, so fast typing never builds a queue);
2. *background*: other requirements whose text changed (undo, open, import),
   linted in small chunks so a keystroke never waits more than one chunk;
3. *selection*: the suitability requirements, linted with their figures via
   ``lint_project`` on a slim copy of the project (no requirements).

Results come back as signals on the UI thread together with the text they were
computed for; the UI ignores results for text that has changed since. The
linter is :mod:`innodraft.lint`; :class:`LintBackend` is the seam tests replace.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from innodraft.core.model import AcceptedFinding, Project

from innodraft.gui.document import ProjectDocument

PROJECT_LINT_DELAY_MS = 400
"""Quiet time after the last edit before the rest of the project is brought up to date."""

CHUNK = 16
"""Requirements per background lint call (a few milliseconds each)."""


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
        """Context of the project's requirements (built on the UI thread)."""
        base = self._lint.LintContext.from_project(project)
        return dataclasses.replace(base, item_kind="requirement")

    def lint_text(self, text: str, lang: str, context: Any) -> list[Any]:
        """Findings for one requirement text."""
        return list(self._lint.lint_text(text, lang, context, settings=self.settings))

    def lint_many(self, texts: list[str], lang: str, context: Any) -> list[list[Any]]:
        """Findings for several requirement texts."""
        return [list(f) for f in self._lint.lint_many(texts, lang, context, settings=self.settings)]

    def lint_project(self, project: Project) -> Any:
        """Findings of a project's items (the service passes one without requirements)."""
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


def selection_snapshot(project: Project) -> Project:
    """A copy with what selection rules need (meta, value, selection, lint), no requirements."""
    return Project(meta=copy.deepcopy(project.meta), value=copy.deepcopy(project.value),
                   selection=copy.deepcopy(project.selection), lint=copy.deepcopy(project.lint))


class _Worker(QObject):
    loaded = Signal(bool, str)
    text_linted = Signal(str, str, object, float)
    """key, text, findings, seconds spent."""
    batch_linted = Signal(object)
    """list of (key, text, findings) from the background queue."""
    selection_linted = Signal(int, object)
    failed = Signal(str)
    _wake = Signal()

    def __init__(self, backend: LintBackend) -> None:
        super().__init__()
        self.backend = backend
        self._lock = threading.Lock()
        self._texts: dict[str, tuple[str, str, Any]] = {}
        self._background: list[tuple[str, str]] = []
        self._background_job: tuple[str, Any] = ("nl", None)
        self._selection: tuple[int, Project] | None = None
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

    def submit_project(self, generation: int, items: list[tuple[str, str]], lang: str,
                       context: Any, selection: Project) -> None:
        with self._lock:
            self._background = list(items)
            self._background_job = (lang, context)
            self._selection = (generation, selection)
        self._wake.emit()

    def _next_job(self) -> Any:
        with self._lock:
            if self._texts:
                key = next(iter(self._texts))
                return ("text", key, self._texts.pop(key))
            if self._background:
                chunk, self._background = self._background[:CHUNK], self._background[CHUNK:]
                return ("batch", chunk, self._background_job)
            if self._selection is not None:
                job, self._selection = self._selection, None
                return ("selection", job)
        return None

    @Slot()
    def _drain(self) -> None:
        if not self._ready:
            return
        while (job := self._next_job()) is not None:
            try:
                if job[0] == "text":
                    _, key, (text, lang, context) = job
                    start = time.perf_counter()
                    findings = self.backend.lint_text(text, lang, context)
                    self.text_linted.emit(key, text, findings, time.perf_counter() - start)
                elif job[0] == "batch":
                    _, chunk, (lang, context) = job
                    found = self.backend.lint_many([t for _, t in chunk], lang, context)
                    self.batch_linted.emit([(k, t, f) for (k, t), f in zip(chunk, found, strict=True)])
                else:
                    generation, snapshot = job[1]
                    self.selection_linted.emit(generation, self.backend.lint_project(snapshot))
            except Exception as exc:
                self.failed.emit(f"{type(exc).__name__}: {exc}")


class LintService(QObject):
    """Owns the lint thread and the latest result per requirement and suitability item."""

    ready_changed = Signal(bool)
    requirement_linted = Signal(str)
    """A requirement's findings changed (its id)."""
    project_linted = Signal()
    """The whole project is up to date (background and selection done)."""
    error = Signal(str)

    def __init__(self, document: ProjectDocument, backend: LintBackend | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.available = False
        self.status = ""
        self.results: dict[str, RequirementLint] = {}
        self.selection_result: Any = None
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
        self._worker.batch_linted.connect(self._on_batch_linted)
        self._worker.selection_linted.connect(self._on_selection_linted)
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
        language = self.document.project.meta.language
        return str(getattr(language, "value", language))

    def _current_context(self) -> Any:
        if self._context_dirty:
            self._context_dirty = False
            try:
                self._context = self.backend.context(self.document.project) if self.available else None
            except Exception:
                self._context = None
        return self._context

    def request(self, req_id: str, text: str) -> None:
        """Lint one requirement text now (coalesced per requirement)."""
        self._worker.submit_text(req_id, text, self.lang, self._current_context())

    def lint_project_now(self) -> None:
        """Bring every requirement and the suitability checks up to date."""
        self._project_timer.stop()
        self._generation += 1
        stale = [(r.id, r.text) for r in self.document.project.requirements
                 if (res := self.results.get(r.id)) is None or res.text != r.text]
        self._worker.submit_project(self._generation, stale, self.lang, self._current_context(),
                                    selection_snapshot(self.document.project))

    # -- results -------------------------------------------------------------------------------
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

    def item_findings(self, list_name: str, item_id: str) -> list[Any]:
        """Open findings of a suitability item from the latest selection lint."""
        items = _mapping(self.selection_result, list_name)
        entry = items.get(item_id)
        if entry is None:
            return []
        return list(getattr(entry, "open_findings", getattr(entry, "findings", entry)))

    def summary(self) -> tuple[int, dict[str, int]] | None:
        """Document score (mean of item scores) and open findings per severity."""
        reqs = self.document.project.requirements
        if not reqs and self.selection_result is None:
            return None
        scores: list[float] = []
        counts = {"error": 0, "warning": 0, "info": 0}
        for req in reqs:
            if self.results.get(req.id) is None:
                continue
            open_ = self.open_findings(req.id)
            scores.append(self.backend.score(open_))
            for f in open_:
                counts[severity_of(f)] = counts.get(severity_of(f), 0) + 1
        for entry in _mapping(self.selection_result, "suitability").values():
            value = getattr(entry, "score", None)
            if value is not None:
                scores.append(float(value))
            for f in getattr(entry, "open_findings", ()):
                counts[severity_of(f)] = counts.get(severity_of(f), 0) + 1
        return (round(sum(scores) / len(scores)) if scores else 100), counts

    def is_up_to_date(self) -> bool:
        """True when every requirement and the selection have a current result."""
        if self.selection_result is None:
            return False
        return all((res := self.results.get(r.id)) is not None and res.text == r.text
                   for r in self.document.project.requirements)

    def set_settings(self, settings: Any) -> None:
        """Use other settings (rule packs) from now on and lint everything again."""
        self.backend.settings = settings
        self.results.clear()
        self._context_dirty = True
        if self.available:
            self.lint_project_now()

    # -- slots ---------------------------------------------------------------------------------
    def _on_loaded(self, ok: bool, message: str) -> None:
        self.available = ok
        self.status = "" if ok else self.tr("Linter not available: %s") % message
        self._context_dirty = True
        self.ready_changed.emit(ok)
        if ok:
            self.lint_project_now()

    def _on_changed(self, paths: tuple) -> None:
        for path in paths:
            if path and path[0] in ("meta", "value", "lint"):
                self._context_dirty = True
        if self.available:
            self._project_timer.start()

    def _on_reset(self) -> None:
        self.results.clear()
        self.selection_result = None
        self._context_dirty = True
        if self.available:
            self.lint_project_now()
        self.project_linted.emit()

    def _store(self, key: str, text: str, findings: list[Any]) -> bool:
        old = self.results.get(key)
        if old is not None and old.text == text and old.findings == findings:
            return False
        self.results[key] = RequirementLint(text, findings)
        return True

    def _on_text_linted(self, key: str, text: str, findings: list[Any], seconds: float) -> None:
        self.last_seconds = seconds
        if self._store(key, text, findings):
            self.requirement_linted.emit(key)

    def _on_batch_linted(self, rows: list[tuple[str, str, list[Any]]]) -> None:
        for key, text, findings in rows:
            if self._store(key, text, findings):
                self.requirement_linted.emit(key)

    def _on_selection_linted(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.selection_result = result
        self.project_linted.emit()


def _mapping(result: Any, name: str) -> Mapping[str, Any]:
    items = getattr(result, name, None)
    if items is None and isinstance(result, Mapping):
        items = result.get(name)
    return items if isinstance(items, Mapping) else {}
