"""``innodraft validate PATH...``: load and check project files."""

from __future__ import annotations

import argparse

from innodraft.cli.base import Env, ExitStatus
from innodraft.core import storage
from innodraft.core.errors import ProjectFileError
from innodraft.core.validation import check_project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``validate`` subcommand."""
    p = sub.add_parser("validate", help="check that project files are valid",
                       description="Load each project file and check its consistency. "
                                   "Exit 0 when all are valid, 2 when one is not.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--strict", action="store_true",
                   help="also fail on consistency warnings (weights, dangling links)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Validate every file; report each problem on its own line."""
    status = ExitStatus.OK
    for path in args.paths:
        try:
            project = storage.load(path)
        except ProjectFileError as exc:
            env.err(f"invalid: {exc}")
            status = ExitStatus.ERROR
            continue
        problems = check_project(project)
        for problem in problems:
            env.stderr.write(f"{path}: warning: {problem}\n")
        if problems and args.strict:
            status = ExitStatus.ERROR
            env.err(f"invalid: {path}: {len(problems)} consistency problem(s)")
        else:
            env.out(f"{path}: valid ({len(project.requirements)} requirements)")
    return status
