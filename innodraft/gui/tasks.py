"""Run plain core functions off the UI thread.

:func:`run_task` puts a callable on the global ``QThreadPool``; its result,
error and progress reports arrive as Qt signals on the UI thread. The callable
must not touch widgets or the open project (pass it a snapshot). A
``progress`` keyword, when the callable accepts one, is a function
``progress(fraction, text)`` that is safe to call from the worker.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    """Signals of one task, delivered on the thread the task was started from."""

    succeeded = Signal(object)
    failed = Signal(object, str)
    """The exception and its formatted traceback."""
    progressed = Signal(float, str)
    finished = Signal()


class Task(QRunnable):
    """A callable run on the thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = TaskSignals()
        try:
            accepts_progress = "progress" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            accepts_progress = False
        if accepts_progress and "progress" not in kwargs:
            self.kwargs["progress"] = self._report

    def _report(self, fraction: float, text: str = "") -> None:
        self.signals.progressed.emit(float(fraction), str(text))

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


_RUNNING: set[Task] = set()


def run_task(fn: Callable[..., Any], *args: Any,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException, str], None] | None = None,
             on_progress: Callable[[float, str], None] | None = None,
             **kwargs: Any) -> Task:
    """Start ``fn(*args, **kwargs)`` on the thread pool and return the task."""
    task = Task(fn, *args, **kwargs)
    if on_success is not None:
        task.signals.succeeded.connect(on_success)
    if on_failure is not None:
        task.signals.failed.connect(on_failure)
    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    _RUNNING.add(task)
    task.signals.finished.connect(lambda: _RUNNING.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(msecs: int = 30000) -> bool:
    """Wait for the pool's tasks (tests and shutdown)."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
