"""Run the CLI in-process with captured streams."""

from __future__ import annotations

import io
from dataclasses import dataclass

from innodraft.cli import main
from innodraft.cli.base import Env


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: str = "") -> Result:
    """Call ``innodraft ARGS`` and capture exit code, stdout and stderr."""
    env = Env(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(stdin))
    code = main(list(args), env)
    return Result(code, env.stdout.getvalue(), env.stderr.getvalue())  # type: ignore[attr-defined]
