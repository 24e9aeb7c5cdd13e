"""``innodraft lint PATH...``: lint requirements in text, Word, Excel or project files.

Output formats (stable contract, used by tools and tests):

* ``text``: ``path:line:col: severity category rule message`` per finding;
* ``json``: one object ``{"findings": [...]}``; each finding has ``path``,
  ``line``, ``item``, ``start``, ``end``, ``column``, ``text``, ``rule``,
  ``category``, ``severity``, ``message``, ``explanation``, ``suggestion``,
  ``basis``, ``replacement`` and ``accepted``.

Exit 0 when no (unaccepted) finding reaches ``--min-severity``, 1 when some
do, 2 on usage or input errors.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from innodraft.cli.base import Env, ExitStatus, UsageError
from innodraft.core.errors import InnodraftError

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``lint`` subcommand."""
    p = sub.add_parser(
        "lint", help="check requirements for brands, over-prescription, vagueness and disproportion",
        description="Lint requirement texts. Inputs: .txt (one requirement per non-empty line), .docx "
                    "(paragraphs and table cells), .xlsx (the requirement column), .innodraft (the project's "
                    "requirements with its value and contract type), '-' for standard input. Exit 0 when no "
                    "finding reaches --min-severity, 1 when some do, 2 on errors.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--lang", choices=["auto", "nl", "en"], default="auto",
                   help="language of the texts (default: the project's language, else detected per text)")
    p.add_argument("--format", choices=["text", "json"], default="text", dest="fmt")
    p.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning",
                   help="report and count findings from this severity up (default: warning)")
    p.add_argument("--column", metavar="COL",
                   help="requirement column of .xlsx files: a letter (C) or a header text")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Lint every path and print the findings."""
    from innodraft.lint import lint_many

    floor = _SEVERITY_RANK[args.min_severity]
    rows: list[dict[str, Any]] = []
    failed = False
    if args.paths.count("-") > 1:
        raise UsageError("innodraft lint: '-' (standard input) can be given only once")
    for raw_path in args.paths:
        try:
            if raw_path.lower().endswith(".innodraft"):
                rows += _lint_project(Path(raw_path), args)
                continue
            items = _read_items(raw_path, args, env)
            results = lint_many([i.text for i in items], args.lang)
            for item, findings in zip(items, results, strict=True):
                for f in findings:
                    rows.append(_row(raw_path, item.line, item.item, f, accepted=False))
        except InnodraftError as exc:
            env.err(f"error: {exc}")
            failed = True
    shown = [r for r in rows if _SEVERITY_RANK[r["severity"]] >= floor]
    if args.fmt == "json":
        env.out(json.dumps({"findings": shown}, ensure_ascii=False, indent=1))
    else:
        for r in shown:
            mark = " (accepted)" if r["accepted"] else ""
            env.out(f"{r['path']}:{r['line']}:{r['column']}: {r['severity']} {r['category']} {r['rule']} "
                    f"{_one_line(r['message'])}{mark}")
    if failed:
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if any(not r["accepted"] for r in shown) else ExitStatus.OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _read_items(raw_path: str, args: argparse.Namespace, env: Env) -> list[Any]:
    from innodraft.lint import readers

    if raw_path == "-":
        data = env.stdin.read(readers.MAX_TEXT_BYTES + 1)
        if len(data) > readers.MAX_TEXT_BYTES:
            raise InnodraftError("standard input is larger than 64 MB")
        return readers.read_text_lines(data)
    path = Path(raw_path)
    suffix = path.suffix.lower()
    if suffix in (".docx", ".dotx"):
        from innodraft.importing.safezip import open_docx

        return readers.docx_items(open_docx(path))
    if suffix in (".xlsx", ".xltx", ".xlsm"):
        from innodraft.importing.safezip import open_xlsx

        workbook = open_xlsx(path)  # refuses macro-enabled (.xlsm) workbooks with a clear message
        try:
            return readers.xlsx_items(workbook, path, args.column)
        finally:
            workbook.close()
    if suffix in (".doc", ".xls", ".pdf", ".odt", ".ods"):
        from innodraft.core.errors import InputFileError

        raise InputFileError(path, f"{suffix} files are not supported; save as .docx, .xlsx or .txt")
    return readers.read_txt(path)


def _lint_project(path: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    import dataclasses

    from innodraft.core import storage
    from innodraft.core.paths import app_paths
    from innodraft.core.settings import load_settings
    from innodraft.lint import lint_project

    project = storage.load(path)
    if args.lang in ("nl", "en"):
        project = dataclasses.replace(project, meta=dataclasses.replace(project.meta, language=args.lang))
    settings = load_settings(app_paths()).values
    result = lint_project(project, settings)
    rows = []
    for number, item in enumerate(result.items(), 1):
        for f in item.findings:
            rows.append(_row(str(path), number, item.item_id, f, accepted=f in item.accepted))
    return rows


def _row(path: str, line: int, item: str | None, f: Any, *, accepted: bool) -> dict[str, Any]:
    return {
        "path": path, "line": line, "item": item, "start": f.start, "end": f.end,
        "column": f.start + 1, "text": f.text, "rule": f.rule, "category": f.category,
        "severity": f.severity, "message": f.message, "explanation": f.explanation,
        "suggestion": f.suggestion, "basis": f.basis, "replacement": f.replacement,
        "accepted": accepted,
    }
