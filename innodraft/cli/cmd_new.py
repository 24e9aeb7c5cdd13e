"""``innodraft new PATH [--example] [--lang nl|en] [--force]``: create a project."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from innodraft.cli.base import Env, ExitStatus, UsageError
from innodraft.core import storage
from innodraft.core.enums import Language
from innodraft.core.examples import load_example
from innodraft.core.model import Project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``new`` subcommand."""
    p = sub.add_parser("new", help="create a new project file",
                       description="Create a new, empty project or a copy of the bundled example.")
    p.add_argument("path", help="project file to create (.innodraft)")
    p.add_argument("--example", action="store_true", help="start from the bundled example project")
    p.add_argument("--lang", choices=["nl", "en"], default="nl",
                   help="language of the project (and of the example)")
    p.add_argument("--title", default="", help="title of a new empty project")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Write the new project."""
    target = Path(args.path)
    if target.suffix.lower() != ".innodraft":
        raise UsageError(f"{target}: project files end in .innodraft")
    if target.exists() and not args.force:
        raise UsageError(f"{target}: already exists (use --force to overwrite)")
    if not target.parent.is_dir() and str(target.parent):
        raise UsageError(f"{target.parent}: folder does not exist")
    if args.example:
        project = load_example(args.lang)
    else:
        project = Project()
        project.meta.language = Language(args.lang)
        project.meta.title = args.title
        project.meta.created = dt.date.today()
    try:
        storage.save(project, target, keep_backup=args.force)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write ({exc.strerror})") from None
    env.out(f"created {target}")
    return ExitStatus.OK
