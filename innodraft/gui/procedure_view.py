"""Qt-free helpers that turn the advisor's result into rows for the Procedure page.

:func:`advise_project` runs on a worker thread with a project snapshot; the
other helpers read the advice defensively (``attr`` works on objects and dicts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from innodraft.core.model import Project


def advise_project(project: Project) -> Any:
    """Run the procedure advisor for ``project`` (ImportError when it is absent)."""
    from innodraft.procedure import Situation, advise

    return advise(Situation.from_project(project))


def attr(obj: Any, name: str, default: Any = None) -> Any:
    """``obj.name`` or ``obj[name]``; ``default`` when absent or None."""
    if obj is None:
        return default
    value = obj.get(name, default) if isinstance(obj, Mapping) else getattr(obj, name, default)
    return default if value is None else value


def procedure_name(procs: list[Any], proc_id: Any, lang: str) -> str:
    """Display name of ``proc_id`` in ``lang`` (falls back to the id)."""
    for p in procs:
        if attr(p, "id") == proc_id:
            for key in (f"name_{lang}", "name"):
                name = attr(p, key)
                if isinstance(name, Mapping):
                    name = name.get(lang) or name.get("en")
                if name:
                    return str(name)
    return str(proc_id or "")


def _date_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def timeline_rows(advice: Any, project: Project) -> list[tuple[str, str, str, str, bool]]:
    """``(label, earliest date, planned date, note, problem)`` per milestone."""
    planned = {m.key: m.date for m in project.timeline if m.key}
    rows = []
    for entry in attr(advice, "timeline", []) or []:
        key = str(attr(entry, "key", ""))
        label = str(attr(entry, "label", key))
        earliest = attr(entry, "earliest", attr(entry, "date", None))
        planned_date = attr(entry, "planned", planned.get(key))
        warnings = attr(entry, "warnings", [])
        if isinstance(warnings, str):
            warnings = [warnings]
        note = "; ".join(str(w) for w in warnings) or str(attr(entry, "note", ""))
        problem = bool(warnings) or bool(attr(entry, "too_early", False))
        rows.append((label, _date_text(earliest), _date_text(planned_date), note, problem))
    return rows
