"""``innodraft import SPEC.docx|SPEC.xlsx -o PROJECT.innodraft``: read an existing specification."""

from __future__ import annotations

import argparse
from pathlib import Path

from innodraft.cli.base import Env, ExitStatus, UsageError
from innodraft.core import storage


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` subcommand."""
    p = sub.add_parser(
        "import", help="read an existing specification (.docx or .xlsx) into a new project",
        description="Read requirements from a Word document (numbered paragraphs, requirement tables) or "
                    "an Excel sheet (a requirements column) into a new project, with ids E-001, E-002, ... "
                    "in document order. Broken or unsafe files (not a zip, zip bombs, oversized XML, "
                    "missing parts) are refused with exit status 2.")
    p.add_argument("source", metavar="SPEC.docx|SPEC.xlsx")
    p.add_argument("-o", "--output", metavar="PROJECT.innodraft",
                   help="project file to create (default: next to SPEC, same name)")
    p.add_argument("--lang", choices=("nl", "en"), help="language of the project (default: detected)")
    p.add_argument("--force", action="store_true", help="overwrite an existing project file")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Import, then save the project."""
    from innodraft.importing import import_file

    source = Path(args.source)
    target = Path(args.output) if args.output else source.with_suffix(".innodraft")
    if target.suffix.lower() != ".innodraft":
        raise UsageError(f"import: {target}: project files end in .innodraft")
    if target.exists() and not args.force:
        raise UsageError(f"import: {target}: already exists (use --force to overwrite)")
    if str(target.parent) and not target.parent.is_dir():
        raise UsageError(f"import: {target}: folder {target.parent} does not exist")
    result = import_file(source, language=args.lang)
    for warning in result.warnings:
        env.stderr.write(f"{source}: warning: {warning}\n")
    try:
        storage.save(result.project, target, keep_backup=args.force)
    except OSError as exc:
        raise UsageError(f"import: {target}: cannot write ({exc.strerror or exc})") from None
    kinds: dict[str, int] = {}
    for req in result.project.requirements:
        kinds[req.kind.value] = kinds.get(req.kind.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    count = len(result.project.requirements)
    env.out(f"imported {count} requirements ({summary}) from {source} into {target}")
    return ExitStatus.OK
