"""Desktop app figures: keystroke-to-highlight latency, start-up time, memory.

    python benchmarks/bench_gui.py                 # all three
    python benchmarks/bench_gui.py latency         # 300-requirement project, real key events
    python benchmarks/bench_gui.py startup         # process start -> interactive window (warm)
    python benchmarks/bench_gui.py memory          # RSS after loading the example project

Runs offscreen (no display needed). Prints the figures; it is not a test.

Latency: the requirement editor of a 300-requirement project receives real key
events (``QTest.keyClick``: key press and release through Qt's event system),
typed at about 12 characters per second with a pause every 25 keys (so the
background project lint runs in between, as it does for a real user). For each
key the clock runs from just before the key press until the underlines for the
text that now includes that key have been redrawn (``findings_applied``).
Targets (issue 6): p95 <= 50 ms; start-up <= 2 s warm.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INNODRAFT_HOME", tempfile.mkdtemp(prefix="innodraft-bench-"))
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TYPED = ("De armaturen zijn van het merk Philips, type CityTouch, en de storingen worden "
         "zo snel mogelijk verholpen door een Nederlandse leverancier uit de regio. ")
"""Text typed into the editor (brand, vague and local-preference wording)."""

PAUSE_EVERY = 25
"""Keys between pauses."""
PAUSE_MS = 700
"""A pause long enough for the background project lint to start."""
KEY_GAP_MS = 80
"""Time between keys (about 12 characters per second)."""


def _pump(ms: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def big_project(n: int = 300):
    """The Dutch example with its requirements repeated to ``n`` (ids E-001…)."""
    import dataclasses

    from innodraft.core.examples import load_example
    from innodraft.core.model import Requirement

    project = load_example("nl")
    base = project.requirements
    reqs: list[Requirement] = []
    for i in range(n):
        src = base[i % len(base)]
        reqs.append(dataclasses.replace(src, id=f"E-{i + 1:03d}", accepted=[],
                                        text=f"{src.text} (variant {i // len(base) + 1})"))
    project.requirements = reqs
    project.counters["E"] = n
    for crit in project.award.criteria:
        crit.requirement_ids = [r for r in crit.requirement_ids if any(q.id == r for q in reqs)]
    return project


def latency(n_requirements: int = 300, keys: int = 200) -> dict[str, float]:
    """Keystroke-to-highlight latency in ms (p50, p95, max) on a large project."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from innodraft.gui.app import create_application
    from innodraft.gui.context import AppContext
    from innodraft.gui.main_window import STEP_REQUIREMENTS, MainWindow
    from innodraft.gui.workspace import Workspace

    create_application([])
    ws = Workspace(AppContext.create(register=False))
    win = MainWindow(ws)
    win.resize(1360, 860)
    win.show()
    ws.start()
    t = time.perf_counter()
    while not ws.lint.available and time.perf_counter() - t < 30:
        _pump(20)
    ws.document.replace(big_project(n_requirements), None)
    t = time.perf_counter()
    while not ws.lint.is_up_to_date() and time.perf_counter() - t < 30:
        _pump(20)
    project_ready = time.perf_counter() - t
    win.show_step(STEP_REQUIREMENTS)
    page = win.requirements_page
    page.select(f"E-{n_requirements // 2:03d}")
    editor = page.editor.text
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    _pump(300)
    samples: list[float] = []
    handling: list[float] = []
    text = (TYPED * (keys // len(TYPED) + 1))[:keys]
    for i, ch in enumerate(text):
        start = time.perf_counter()
        QTest.keyClick(editor, ch)
        handling.append((time.perf_counter() - start) * 1000)
        deadline = start + 2.0
        while editor.findings_text != editor.toPlainText() and time.perf_counter() < deadline:
            QApplication.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        _pump(PAUSE_MS if (i + 1) % PAUSE_EVERY == 0 else KEY_GAP_MS)
    QTest.keyClick(editor, Qt.Key.Key_End)
    findings = len(page.editor.findings.model.rows)
    ws.closing_for_rebuild = True
    win.close()
    ws.shutdown(clean=False)
    q = statistics.quantiles(samples, n=100)
    return {"requirements": n_requirements, "keys": len(samples),
            "p50_ms": round(statistics.median(samples), 2), "p95_ms": round(q[94], 2),
            "max_ms": round(max(samples), 2), "over_50ms": sum(x > 50 for x in samples),
            "slow_keys": [i for i, x in enumerate(samples) if x > 50],
            "key_handling_p95_ms": round(
                statistics.quantiles(handling, n=100)[94], 2),
            "findings_at_end": findings, "initial_project_lint_s": round(project_ready, 2)}


def startup(runs: int = 5) -> dict[str, float]:
    """Wall time from process start to the interactive window (median of warm runs)."""
    code = "import sys; from innodraft.gui.app import main; sys.exit(main([]))"
    env = dict(os.environ, INNODRAFT_SMOKE_QUIT_MS="1", QT_QPA_PLATFORM="offscreen")
    walls, inner = [], []
    for i in range(runs + 1):
        env["INNODRAFT_HOME"] = tempfile.mkdtemp(prefix="innodraft-start-")
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline() if proc.stdout else ""
        wall = time.perf_counter() - start
        proc.wait(timeout=60)
        if "innodraft-smoke: ok" not in line:
            raise RuntimeError(f"start-up failed: {line!r}")
        if i == 0:
            continue  # cold: fills the disk cache
        walls.append(wall * 1000)
        inner.append(float(line.rsplit("=", 1)[1]))
    return {"runs": runs, "wall_median_ms": round(statistics.median(walls)),
            "wall_max_ms": round(max(walls)), "in_process_median_ms": round(statistics.median(inner))}


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory() -> dict[str, float]:
    """Resident memory: window shown, linter loaded, example project open and linted."""
    from innodraft.core.examples import example_path

    from innodraft.gui.app import create_application
    from innodraft.gui.context import AppContext
    from innodraft.gui.main_window import MainWindow
    from innodraft.gui.workspace import Workspace

    base = _rss_mb()
    create_application([])
    ws = Workspace(AppContext.create(register=False))
    win = MainWindow(ws)
    win.show()
    _pump(200)
    shown = _rss_mb()
    ws.start()
    t = time.perf_counter()
    while not ws.lint.available and time.perf_counter() - t < 30:
        _pump(20)
    linter = _rss_mb()
    win.files.open_path(example_path("nl"), ask=False)
    while not ws.lint.is_up_to_date() and time.perf_counter() - t < 30:
        _pump(20)
    for step in range(7):
        win.show_step(step)
        _pump(300)
    loaded = _rss_mb()
    ws.closing_for_rebuild = True
    win.close()
    ws.shutdown(clean=False)
    return {"python_and_imports_mb": round(base, 1), "window_shown_mb": round(shown, 1),
            "linter_loaded_mb": round(linter, 1), "example_open_all_steps_mb": round(loaded, 1)}


def main(argv: list[str]) -> int:
    """Run the chosen figures (all when none is named)."""
    wanted = argv or ["latency", "startup", "memory"]
    for name in wanted:
        if name in ("memory", "latency") and len(wanted) > 1:
            # each in a fresh process: one QApplication, clean memory figures
            out = subprocess.run([sys.executable, __file__, name], capture_output=True, text=True,
                                 check=True)
            print(out.stdout.strip())
            continue
        result = {"latency": latency, "startup": startup, "memory": memory}[name]()
        print(json.dumps({name: result}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
