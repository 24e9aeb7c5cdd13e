"""Export speed: a 300-requirement project to .docx (tender, review, PvE) and .xlsx.

Target (issue 5): the tender document and the evaluation grid each in at most
1 s. Prints one line per output with the best of several runs; exit 1 when a
target is missed. The review copy is timed with a prepared lint result (the
linter's own time is not an export cost).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import MappingProxyType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from innodraft.core.enums import Language, RequirementKind  # noqa: E402
from innodraft.core.examples import load_example  # noqa: E402
from innodraft.core.model import Project, Requirement  # noqa: E402

REQUIREMENTS = 300
RUNS = 5
TARGET_SECONDS = 1.0


def big_project() -> Project:
    """The Dutch example with its requirements repeated to 300 (categories kept)."""
    project = load_example("nl")
    base = project.requirements
    project.requirements = [
        Requirement(id=f"E-{i + 1:03d}", title=r.title, text=r.text, kind=r.kind, category=r.category,
                    rationale=r.rationale, verification=r.verification,
                    verification_detail=r.verification_detail, priority=r.priority, outcome_id=r.outcome_id)
        for i, r in enumerate(base[i % len(base)] for i in range(REQUIREMENTS))]
    project.counters["E"] = REQUIREMENTS
    project.meta.language = Language.NL
    return project


class _Finding:
    def __init__(self, text: str, start: int, end: int) -> None:
        self.rule, self.category, self.severity = "bench.rule", "vague", "warning"
        self.start, self.end, self.text = start, end, text[start:end]
        self.message, self.explanation, self.suggestion, self.basis = "m", "", "s", "b"
        self.replacement = None


class _Item:
    def __init__(self, findings: tuple[Any, ...]) -> None:
        self.findings, self.accepted = findings, ()


class _Lint:
    def __init__(self, project: Project) -> None:
        items = {}
        for r in project.requirements:
            words = r.text.split(" ")
            first = len(words[0])
            second = _Finding(r.text, first + 1, first + 1 + len(words[1]))
            items[r.id] = _Item((_Finding(r.text, 0, first), second))
        self.requirements = MappingProxyType(items)
        self.suitability = MappingProxyType({})


def best_of(label: str, action: Any) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    best, median = min(times), statistics.median(times)
    print(f"{label:<34} best {best:6.3f} s   median {median:6.3f} s")
    return best


def main() -> int:
    from innodraft.export import (
        export_evaluation_xlsx,
        export_pve_docx,
        export_review_docx,
        export_tender_docx,
    )
    from innodraft.export.inputs import compute_advice

    project = big_project()
    advice = compute_advice(project)
    lint = _Lint(project)
    kinds = {k: sum(1 for r in project.requirements if r.kind is k) for k in RequirementKind}
    mix = ", ".join(f"{n} {k.value}" for k, n in kinds.items())
    print(f"project: {len(project.requirements)} requirements ({mix}), "
          f"{len(project.award.criteria)} criteria, {RUNS} runs each")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        date = dt.date(2026, 5, 1)
        export_tender_docx(project, out / "warmup.docx", advice=advice, date=date)  # imports, template cache
        docx_time = best_of("tender document (.docx)",
                            lambda: export_tender_docx(project, out / "t.docx", advice=advice, date=date))
        best_of("programme of requirements (.docx)",
                lambda: export_pve_docx(project, out / "p.docx", date=date))
        best_of("review copy, 600 comments (.docx)",
                lambda: export_review_docx(project, out / "r.docx", lint=lint, advice=advice, date=date))
        xlsx_time = best_of("evaluation grid, 4 evaluators (.xlsx)",
                            lambda: export_evaluation_xlsx(project, out / "g.xlsx"))
        names = ("t.docx", "p.docx", "r.docx", "g.xlsx")
        sizes = {name: (out / name).stat().st_size // 1024 for name in names}
        print("sizes: " + ", ".join(f"{name} {kb} KB" for name, kb in sizes.items()))
    ok = docx_time <= TARGET_SECONDS and xlsx_time <= TARGET_SECONDS
    print(f"target <= {TARGET_SECONDS:.1f} s for .docx and .xlsx: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
