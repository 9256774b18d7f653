"""A copy of the open workbook for a team laptop: one self-contained file, checked after writing.

The copy is taken with SQLite's backup API (a consistent moment, even while
the workbook is being edited), turned into a single file with a rollback
journal (so no ``-wal``/``-shm`` has to travel with it), flushed to disk,
read back through the hardened reader, and only then renamed into place: the
target holds its old content or the complete, verified copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import i18n
from app.errors import WorkbookError
from app.storage import safe, snapshot
from app.storage.lock import ensure_not_open
from app.storage.workbook import WorkbookFile


def save_team_copy(wb: WorkbookFile, out: Path) -> Path:
    """Write a verified copy of the open workbook to ``out``; return ``out``.

    Raises WorkbookError (one sentence) when ``out`` is the workbook itself, its
    folder is missing or not writable, or the disk is full; ``out`` is then as it was.
    """
    out = Path(out)
    if out.resolve() == wb.path.resolve():
        raise WorkbookError("Choose another name: this is the open workbook itself.")
    if not out.parent.is_dir():
        raise WorkbookError("The folder of {name} does not exist.", name=out.name)
    ensure_not_open(out)
    try:
        return snapshot.write_snapshot(wb.db.conn, out, verify=_verify)
    except sqlite3.Error as exc:
        raise WorkbookError("Cannot write {name}: {reason}.", name=out.name,
                            reason=exc) from None
    except PermissionError:
        raise WorkbookError("Cannot write {name}: the folder is read-only.",
                            name=out.name) from None
    except OSError as exc:
        raise WorkbookError("Cannot write {name}: {reason}.", name=out.name,
                            reason=exc.strerror or exc) from None


def _verify(path: Path) -> None:
    """Raise unless the file at ``path`` reads back as a sound workbook."""
    safe.load_copy(path, migrate=False).conn.close()


i18n.register({
    "Choose another name: this is the open workbook itself.":
        "Pilih nama lain: ini buku kerja yang sedang dibuka.",
    "Cannot write {name}: the folder is read-only.":
        "Tidak dapat menulis {name}: foldernya hanya-baca.",
})
