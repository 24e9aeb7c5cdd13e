"""Shared pieces of the command-line interface: exit codes and environment."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, Any


class ExitStatus(IntEnum):
    """Process exit codes (stable CLI contract)."""

    OK = 0
    FINDINGS = 1
    """``lint`` found something at or above ``--min-severity``."""
    ERROR = 2
    """Usage or input error; one line on stderr says what."""


@dataclass
class Env:
    """Streams and environment of one CLI run (tests pass their own)."""

    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    def out(self, text: str = "") -> None:
        """Write a line to stdout."""
        self.stdout.write(text + "\n")

    def err(self, text: str) -> None:
        """Write one error line to stderr."""
        self.stderr.write(f"innodraft: {text}\n")


class UsageError(Exception):
    """Wrong arguments; becomes exit status 2 with the message."""


Handler = Any
"""A subcommand's ``run(args, env) -> ExitStatus``."""
