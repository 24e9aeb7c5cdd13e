"""Offline guarantee: lint, advise, export, import and GUI start never touch the network.

Two ways, so that neither a monkeypatch nor an audit hook alone is trusted:

* in-process, the socket functions (``socket.socket.connect``/``connect_ex``,
  ``create_connection``, ``getaddrinfo``, ``gethostbyname``...) are replaced by
  ones that record and raise, and an audit hook records the same events from C
  code;
* in a subprocess, the CLI and the GUI run under the frozen app's runtime hook
  with ``INNODRAFT_DENY_NETWORK=1``, which ends the process with status 97 at
  the first host-name lookup or IP connection.

Each way has a control test that makes a connection attempt and must be caught.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from innodraft.core.examples import example_path
from tests.cli.helpers import run_cli
from tests.conftest import REPO

RUNTIME_HOOK = REPO / "packaging" / "rthooks" / "pyi_rth_innodraft.py"
DENIED_STATUS = 97
"""Exit status the runtime hook gives a process that tried to use the network."""

NETWORK_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                            "socket.gethostbyaddr", "socket.getnameinfo", "socket.connect", "socket.sendto",
                            "socket.sendmsg"})
IP_FAMILIES = frozenset({socket.AF_INET, socket.AF_INET6})


class NetworkUsed(RuntimeError):
    """Raised by the guard instead of opening a connection."""


_ATTEMPTS: list[list[str]] = []
"""Open recordings; the audit hook (which cannot be removed) writes to the innermost one."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _ATTEMPTS or event not in NETWORK_EVENTS:
        return
    local = getattr(args[0], "family", None) not in IP_FAMILIES
    if event.startswith(("socket.connect", "socket.send")) and local:
        return  # a local (AF_UNIX) socket is not the network
    _ATTEMPTS[-1].append(f"{event}{args!r}")
    raise NetworkUsed(event)


sys.addaudithook(_audit)


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt to resolve a name or open an IP connection, recorded and refused."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            target = args[0] if args else None
            if name.startswith("socket.socket.") and getattr(target, "family", None) not in IP_FAMILIES:
                return original[name](*args, **kwargs)
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(name)
        return refused

    original = {"socket.socket.connect": socket.socket.connect,
                "socket.socket.connect_ex": socket.socket.connect_ex}
    monkeypatch.setattr(socket.socket, "connect", refuse("socket.socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.socket.connect_ex"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    _ATTEMPTS.append(attempts)
    try:
        yield attempts
    finally:
        _ATTEMPTS.remove(attempts)


def test_control_the_in_process_guard_catches_a_connection(network_attempts: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkUsed):
        sock.connect_ex(("192.0.2.1", 80))
    with pytest.raises(NetworkUsed):  # a lookup through the C function, seen by the audit hook
        socket._socket.getaddrinfo("localhost", 80)  # type: ignore[attr-defined]
    assert len(network_attempts) == 3


SAMPLES = {"nl": "De printer moet van het merk HP zijn.\nHet systeem moet gebruiksvriendelijk zijn.\n",
           "en": "The laptop must be a Dell Latitude 5440.\nThe system shall be user-friendly.\n"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lint_stays_offline(network_attempts: list[str], tmp_path: Path, lang: str) -> None:
    sample = tmp_path / f"sample-{lang}.txt"
    sample.write_text(SAMPLES[lang], encoding="utf-8")
    result = run_cli("lint", "--format", "json", "--lang", lang, str(sample))
    assert result.code == 1, result.err
    assert json.loads(result.out)["findings"]
    result = run_cli("lint", "--format", "json", str(example_path(lang)))
    assert result.code in (0, 1), result.err
    assert network_attempts == []


def test_advise_stays_offline(network_attempts: list[str]) -> None:
    for fmt in ("text", "json"):
        result = run_cli("advise", "--format", fmt, str(example_path("nl")))
        assert result.code == 0, result.err
    assert network_attempts == []


def test_export_and_import_stay_offline(network_attempts: list[str], tmp_path: Path) -> None:
    project = tmp_path / "project.innodraft"
    assert run_cli("new", "--example", "--lang", "nl", str(project)).code == 0
    outputs = {"--docx": "tender.docx", "--review-docx": "review.docx", "--pve-docx": "pve.docx",
               "--xlsx": "grid.xlsx"}
    args = [arg for option, name in outputs.items() for arg in (option, str(tmp_path / name))]
    result = run_cli("export", str(project), *args)
    assert result.code == 0, result.err
    assert all((tmp_path / name).stat().st_size > 0 for name in outputs.values())
    result = run_cli("import", str(tmp_path / "tender.docx"), "-o", str(tmp_path / "back.innodraft"))
    assert result.code == 0, result.err
    assert run_cli("validate", str(tmp_path / "back.innodraft")).code == 0
    assert network_attempts == []


# --------------------------------------------------------------------------- subprocesses

WRAPPER = ("import runpy, sys; runpy.run_path(sys.argv.pop(1)); "
           "from innodraft.entry import main; code = main(sys.argv[1:]); "
           "print('qtnetwork-loaded=' + str(any('QtNetwork' in m for m in sys.modules)), file=sys.stderr); "
           "sys.exit(code)")
"""Run innodraft under the frozen app's runtime hook (first argument: the hook's path)."""


def run_denied(args: list[str], home: Path, code: str = WRAPPER, **extra_env: str
               ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INNODRAFT_")}
    env.update(INNODRAFT_HOME=str(home), INNODRAFT_DENY_NETWORK="1", QT_QPA_PLATFORM="offscreen", **extra_env)
    return subprocess.run([sys.executable, "-c", code, str(RUNTIME_HOOK), *args], cwd=home, env=env,
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_control_the_subprocess_guard_stops_a_lookup(innodraft_home: Path) -> None:
    done = run_denied([], innodraft_home,
                      code="import runpy, socket, sys; runpy.run_path(sys.argv.pop(1)); "
                           "socket.getaddrinfo('localhost', 80)")
    assert done.returncode == DENIED_STATUS
    assert "network use denied" in done.stderr


@pytest.mark.slow
def test_cli_in_a_subprocess_stays_offline(innodraft_home: Path) -> None:
    sample = innodraft_home / "sample.txt"
    sample.write_text(SAMPLES["nl"], encoding="utf-8")
    project = str(example_path("nl"))
    runs = {"lint": (["lint", "--format", "json", str(sample)], 1),
            "advise": (["advise", "--format", "json", project], 0),
            "export": (["export", project, "--docx", "t.docx", "--review-docx", "r.docx",
                        "--xlsx", "g.xlsx"], 0)}
    for what, (args, expected) in runs.items():
        done = run_denied(args, innodraft_home)
        assert done.returncode != DENIED_STATUS, f"{what} used the network: {done.stderr[-500:]}"
        assert done.returncode == expected, f"{what}: {done.stderr[-500:]}"
    assert (innodraft_home / "r.docx").is_file() and (innodraft_home / "g.xlsx").is_file()


@pytest.mark.slow
def test_gui_start_stays_offline(innodraft_home: Path) -> None:
    done = run_denied([str(example_path("nl"))], innodraft_home, INNODRAFT_SMOKE_QUIT_MS="1500")
    assert done.returncode != DENIED_STATUS, f"the GUI used the network: {done.stderr[-500:]}"
    assert done.returncode == 0, done.stderr[-800:]
    assert "innodraft-smoke: ok" in done.stdout
    assert "qtnetwork-loaded=False" in done.stderr  # Qt's own network stack is never loaded
