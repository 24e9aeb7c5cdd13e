"""Work-arounds for defects of the installed PySide6 (applied once, on import).

PySide6 6.12.0 returns the result of ``SignalInstance.emit()`` (``True``)
without taking a reference, so every emit from Python lowers ``True``'s
reference count by one; after a few thousand emits CPython aborts with
"bool_dealloc: deallocating True or False". :func:`apply` measures whether the
running PySide6 has that defect and, only then, wraps ``emit`` to give the
reference back. Python 3.12+ makes ``True`` immortal, so the probe finds no
drop there and nothing is patched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBE_EMITS = 64
"""Emits used to detect the reference leak."""

_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """True when ``Signal.emit`` drops a reference to ``True`` on every call."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.fired.emit()
    dropped = before - sys.getrefcount(True)
    # give the references back that the probe itself took away
    for _ in range(max(0, dropped)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped >= PROBE_EMITS


def apply() -> bool:
    """Install the work-arounds the running PySide6 needs; True when ``emit`` was wrapped."""
    global _applied
    if _applied:
        return True
    if not emit_leaks_true():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
