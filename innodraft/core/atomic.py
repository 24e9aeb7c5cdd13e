"""Crash-safe file writing.

:func:`write_atomic` writes to a temporary file in the target's folder, flushes
and fsyncs it, then renames it over the target with :func:`os.replace`. At any
instant a reader (or a process killed half-way) sees either the complete old
file or the complete new one. With ``keep_backup`` the previous version is
copied to ``<name>.bak`` (itself written atomically) before the switch.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_MARK = ".innodraft-tmp-"
"""Part of every temporary file name, so stale ones can be recognised."""


def backup_path(path: Path) -> Path:
    """Where :func:`write_atomic` keeps the previous version of ``path``."""
    return path.with_name(path.name + ".bak")


def write_atomic(path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically (see module docstring)."""
    with open_atomic(path, keep_backup=keep_backup) as fh:
        fh.write(data)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str], *, keep_backup: bool = False) -> Iterator[BinaryIO]:
    """Context manager yielding a binary file that replaces ``path`` on success.

    If the body raises, the temporary file is removed and ``path`` is untouched.
    Writers that produce files through a library (python-docx, openpyxl) can
    use :func:`write_with` instead.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix="." + target.name + TEMP_MARK, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _copy_mode(target, tmp)
        if keep_backup and target.is_file():
            _make_backup(target)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_with(path: str | os.PathLike[str], save: Callable[[Path], None]) -> None:
    """Let ``save(tmp_path)`` write a file, then move it over ``path`` atomically.

    For libraries that want a file name (``Document.save``, ``Workbook.save``).
    A failing ``save`` leaves ``path`` untouched and no temporary file behind.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix="." + target.name + TEMP_MARK, dir=folder,
                                    suffix=target.suffix)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        save(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def remove_stale_temps(path: str | os.PathLike[str]) -> int:
    """Delete temporary files left next to ``path`` by an interrupted save."""
    target = Path(path)
    removed = 0
    prefix = "." + target.name + TEMP_MARK
    with contextlib.suppress(OSError):
        for candidate in target.parent.iterdir():
            if candidate.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed += 1
    return removed


def _make_backup(target: Path) -> None:
    backup = backup_path(target)
    fd, tmp_name = tempfile.mkstemp(prefix="." + backup.name + TEMP_MARK, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(target, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _copy_mode(target: Path, tmp: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
