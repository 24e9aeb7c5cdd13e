"""``innodraft advise SITUATION.json|PROJECT.innodraft``: procedure advice and timeline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from innodraft.cli.base import Env, ExitStatus
from innodraft.core import storage
from innodraft.core.errors import InputFileError
from innodraft.core.paths import app_paths
from innodraft.procedure import (
    Situation,
    SituationError,
    advise,
    configured_bands,
    planned_milestones,
    read_situation,
)
from innodraft.procedure.render import render_text

PROJECT_SUFFIX = ".innodraft"
"""Inputs with this suffix are read as projects; anything else as a situation JSON file."""

MAX_SITUATION_BYTES = 1_000_000
"""A situation file is a few hundred bytes; larger input is refused."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``advise`` subcommand."""
    p = sub.add_parser(
        "advise", help="advise a tender procedure and its statutory timeline",
        description="Decide whether an EU procedure is required, which procedures are allowed and "
                    "which one is recommended, with the legal basis and the statutory timeline. "
                    "Input: a situation JSON object (authority, contract, value, date, innovation, "
                    "specifiable, purchase_after_development, design_contest, urgency, "
                    "electronic_submission, prior_information_notice; optional lots and planned "
                    "milestone dates) or a project file. Use - to read JSON from stdin.")
    p.add_argument("path", metavar="SITUATION.json|PROJECT.innodraft")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    p.add_argument("--lang", choices=("en", "nl"), default="en",
                   help="language of reasons, warnings and memo (default en)")
    p.set_defaults(handler=run)


def _read_json(path: str, env: Env) -> object:
    if path == "-":
        raw = env.stdin.read(MAX_SITUATION_BYTES + 1)
    else:
        try:
            raw = Path(path).read_bytes()[: MAX_SITUATION_BYTES + 1].decode("utf-8-sig")
        except FileNotFoundError:
            raise InputFileError(path, "file not found") from None
        except OSError as exc:
            raise InputFileError(path, f"cannot be read ({exc.strerror or exc})") from None
        except UnicodeDecodeError:
            raise InputFileError(path, "not a UTF-8 JSON file") from None
    if len(raw) > MAX_SITUATION_BYTES:
        raise InputFileError(path, "larger than 1 MB; not a situation file")
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise InputFileError(path, f"not valid JSON ({exc})") from None


def run(args: argparse.Namespace, env: Env) -> ExitStatus:
    """Print the advice; bad input is one line on stderr naming the field (exit 2)."""
    path: str = args.path
    try:
        if path.lower().endswith(PROJECT_SUFFIX):
            project = storage.load(path)
            situation, planned = Situation.from_project(project), planned_milestones(project)
        else:
            situation, planned = read_situation(_read_json(path, env))
    except SituationError as exc:
        raise InputFileError(path, str(exc)) from None
    advice = advise(situation, bands=configured_bands(app_paths(env.environ)), planned=planned)
    if args.format == "json":
        env.out(advice.to_json(args.lang))
    else:
        env.out(render_text(advice, args.lang))
    return ExitStatus.OK
