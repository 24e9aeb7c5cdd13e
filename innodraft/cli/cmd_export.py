"""``innodraft export PROJECT.innodraft [--docx OUT] [--review-docx OUT] [--pve-docx OUT] [--xlsx OUT]``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from innodraft.cli.base import Env, ExitStatus, UsageError
from innodraft.core import storage
from innodraft.core.paths import app_paths
from innodraft.core.settings import load_settings
from innodraft.core.validation import check_project

OUTPUTS = (("docx", ".docx"), ("review_docx", ".docx"), ("pve_docx", ".docx"), ("xlsx", ".xlsx"))
"""Output options and the file name ending each needs."""


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= number <= 50:
        raise argparse.ArgumentTypeError(f"must be between 1 and 50, not {number}")
    return number


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export`` subcommand."""
    p = sub.add_parser(
        "export", help="write the Word tender document, review copy, PvE and Excel evaluation grid",
        description="Export a project. Existing output files are replaced atomically (a failed export "
                    "leaves them untouched). Exit 0 when every output was written, 2 on a bad project, "
                    "bad arguments or an unwritable path.")
    p.add_argument("project", metavar="PROJECT.innodraft")
    p.add_argument("--docx", metavar="OUT.docx", help="tender document (aanbestedingsleidraad with the PvE)")
    p.add_argument("--review-docx", metavar="OUT.docx",
                   help="review copy: the tender document with every lint finding as a Word comment")
    p.add_argument("--pve-docx", metavar="OUT.docx",
                   help="Programma van Eisen as a document of its own "
                        "(the tender document then refers to it)")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="Excel evaluation grid")
    p.add_argument("--evaluators", type=_count, metavar="N",
                   help="number of evaluator sheets (default: the project's evaluators, else the setting)")
    p.add_argument("--bidders", type=_count, default=5, metavar="N",
                   help="number of tenderer columns in the grid (default 5)")
    p.set_defaults(handler=run)


def _targets(args: argparse.Namespace) -> dict[str, Path]:
    targets = {key: Path(getattr(args, key)) for key, _ in OUTPUTS if getattr(args, key)}
    if not targets:
        raise UsageError("export: nothing to do; give --docx, --review-docx, --pve-docx and/or --xlsx")
    project = Path(args.project).resolve()
    seen: dict[Path, str] = {}
    for key, suffix in OUTPUTS:
        if key not in targets:
            continue
        target = targets[key]
        option = "--" + key.replace("_", "-")
        if target.suffix.lower() != suffix:
            raise UsageError(f"export: {option} {target}: the file name must end in {suffix}")
        folder = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            raise UsageError(f"export: {option} {target}: is a folder")
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"export: {option} {target}: {folder} is a file, not a folder")
        if not folder.is_dir():
            raise UsageError(f"export: {option} {target}: folder {folder} does not exist")
        if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            raise UsageError(f"export: {option} {target}: not writable")
        resolved = target.resolve()
        if resolved == project:
            raise UsageError(f"export: {option} {target}: would overwrite the project file")
        if resolved in seen:
            raise UsageError(f"export: {option} and {seen[resolved]} name the same file {target}")
        seen[resolved] = option
    return targets


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Load the project, then write each requested output."""
    from innodraft.export import (
        export_evaluation_xlsx,
        export_pve_docx,
        export_review_docx,
        export_tender_docx,
    )

    targets = _targets(args)
    project = storage.load(args.project)
    settings = load_settings(app_paths(env.environ)).values
    for problem in check_project(project):
        env.stderr.write(f"{args.project}: warning: {problem}\n")
    reports = []
    if "docx" in targets:
        reports.append(export_tender_docx(project, targets["docx"], settings=settings,
                                          pve_separate="pve_docx" in targets))
    if "pve_docx" in targets:
        reports.append(export_pve_docx(project, targets["pve_docx"], settings=settings))
    if "review_docx" in targets:
        reports.append(export_review_docx(project, targets["review_docx"], settings=settings))
    if "xlsx" in targets:
        reports.append(export_evaluation_xlsx(project, targets["xlsx"], settings=settings,
                                              evaluators=args.evaluators, bidders=args.bidders))
    names = {"tender": "tender document", "pve": "programme of requirements", "review": "review copy",
             "grid": "evaluation grid"}
    for report in reports:
        for message in report.messages:
            env.stderr.write(f"{report.path}: warning: {message}\n")
        extra = f", {report.comments} comments" if report.kind == "review" else ""
        env.out(f"wrote {report.path} ({names[report.kind]}{extra}, {report.seconds:.2f} s)")
    return ExitStatus.OK
