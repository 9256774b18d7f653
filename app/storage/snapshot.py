"""Writing a whole database to a file atomically: backup API, flush, rename into place.

Used for merge results, copies for team laptops and automatic backups. The
target holds either its old content or the complete new file, never a part:
the pages are copied into a temporary file in the target's folder, made a
single self-contained file (rollback journal, no ``-wal``), flushed to disk,
optionally verified, and only then renamed over the target.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

SIDECARS = ("-wal", "-shm", "-journal")


def temp_path(target: Path) -> Path:
    """Return the temporary name a snapshot of ``target`` is built under."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def write_snapshot(source: sqlite3.Connection, target: Path,
                   verify: Callable[[Path], None] | None = None) -> Path:
    """Copy the database of ``source`` to ``target`` atomically; return ``target``.

    ``verify(temp)`` may raise to refuse the copy before it replaces anything;
    on any failure the temporary file is removed and the target is untouched.
    """
    remove_stale_temps(target)
    temp = temp_path(target)
    remove_with_sidecars(temp)
    try:
        dest = sqlite3.connect(str(temp), isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        remove_with_sidecars(temp, keep_main=True)
        fsync_file(temp)
        if verify:
            verify(temp)
        _replace(temp, target)
    except BaseException:
        remove_with_sidecars(temp)
        raise
    return target


def _replace(temp: Path, target: Path) -> None:
    """Rename ``temp`` over ``target``, dropping journal files the old target left behind.

    SQLite would otherwise replay an old ``-wal`` into the new file.
    """
    remove_with_sidecars(target, keep_main=True)
    os.replace(temp, target)
    fsync_folder(target.parent)


def copy_file_atomically(source: Path, target: Path,
                         verify: Callable[[Path], None] | None = None) -> Path:
    """Copy the file ``source`` to ``target`` byte for byte, atomically; return ``target``."""
    remove_stale_temps(target)
    temp = temp_path(target)
    try:
        with source.open("rb") as src, temp.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if verify:
            verify(temp)
        _replace(temp, target)
    except BaseException:
        remove_with_sidecars(temp)
        raise
    return target


def fsync_file(path: Path) -> None:
    """Flush the file's content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to the disk where the system allows it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def remove_with_sidecars(path: Path, *, keep_main: bool = False) -> None:
    """Delete ``path`` (unless ``keep_main``) and any journal files SQLite left beside it."""
    for suffix in ("" if not keep_main else None, *SIDECARS):
        if suffix is None:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def remove_stale_temps(target: Path) -> None:
    """Delete temporary files of ``target`` left by processes that were killed."""
    for temp in target.parent.glob(f".{target.name}.*.tmp"):
        pid = temp.name.removeprefix(f".{target.name}.").removesuffix(".tmp")
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            remove_with_sidecars(temp)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: never guess there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
