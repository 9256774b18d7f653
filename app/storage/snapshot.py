"""Writing a whole database to a file atomically: backup API, flush, rename into place.

Used for merge results, copies for team laptops and automatic backups. The
target holds either its old content or the complete new file, never a part:
the pages are copied into a temporary file in the target's folder (through
``app.atomic``, the one writer of every Rencana file), made a single
self-contained file (rollback journal, no ``-wal``), flushed to disk,
optionally verified, and only then renamed over the target.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app import atomic


def write_snapshot(source: sqlite3.Connection, target: Path,
                   verify: Callable[[Path], None] | None = None) -> Path:
    """Copy the database of ``source`` to ``target`` atomically; return ``target``.

    ``verify(temp)`` may raise to refuse the copy before it replaces anything;
    on any failure the temporary file is removed and the target is untouched.
    Raises app.atomic.WriteError (one sentence) when the disk or folder fails.
    """
    with atomic.replacing(target, database=True) as temp:
        dest = sqlite3.connect(str(temp), isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        atomic.remove_with_sidecars(temp, keep_main=True)
        if verify:
            verify(temp)
    return target


def copy_file_atomically(source: Path, target: Path,
                         verify: Callable[[Path], None] | None = None) -> Path:
    """Copy the file ``source`` to ``target`` byte for byte, atomically; return ``target``."""
    with atomic.replacing(target, database=True) as temp:
        with source.open("rb") as src, temp.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        if verify:
            verify(temp)
    return target
