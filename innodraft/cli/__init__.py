"""The ``innodraft`` command line: ``main(argv, env) -> ExitStatus``.

Each subcommand lives in its own module under :mod:`innodraft.cli` with
``register(subparsers)``, which adds its parser and sets ``handler`` to a
``run(args, env)`` function. Errors are one line on stderr (exit 2); a
traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import traceback
from collections.abc import Sequence

from innodraft import APP_NAME, __version__
from innodraft.cli.base import Env, ExitStatus, UsageError
from innodraft.core.errors import InnodraftError

COMMAND_MODULES = (
    "innodraft.cli.cmd_new",
    "innodraft.cli.cmd_validate",
    "innodraft.cli.cmd_advise",
    "innodraft.cli.cmd_lint",
    "innodraft.cli.cmd_export",
    "innodraft.cli.cmd_import_",
)
"""Modules that each contribute one subcommand, in help order."""


class _Parser(argparse.ArgumentParser):
    """ArgumentParser that raises instead of exiting, so main() keeps control."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand."""
    parser = _Parser(prog=APP_NAME, description="Tender-drafting assistant for public buyers.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_names() -> tuple[str, ...]:
    """Names of all subcommands (the launcher uses them to tell CLI from GUI)."""
    return tuple(name.rsplit("cmd_", 1)[-1].rstrip("_") for name in COMMAND_MODULES)


def main(argv: Sequence[str] | None = None, env: Env | None = None) -> int:
    """Run the CLI and return the exit status."""
    env = env or Env()
    args_list = list(argv) if argv is not None else None
    debug = bool(args_list and "--debug" in args_list)
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help / --version print and exit 0
            return int(exc.code or 0)
        if not getattr(args, "command", None):
            parser.print_help(env.stdout)
            return ExitStatus.ERROR
        return int(args.handler(args, env))
    except UsageError as exc:
        env.err(str(exc))
        return ExitStatus.ERROR
    except InnodraftError as exc:
        if debug:
            traceback.print_exc(file=env.stderr)
        env.err(f"error: {exc}")
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        env.err("interrupted")
        return ExitStatus.ERROR
    except Exception as exc:
        if debug:
            traceback.print_exc(file=env.stderr)
        else:
            env.err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        return ExitStatus.ERROR
