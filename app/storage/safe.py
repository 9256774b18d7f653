"""Reading workbooks we did not just write (merge inputs, files from USB sticks) without risk.

The file's bytes are loaded into memory with ``deserialize``, so the original is
never touched and no ``-wal``/``-shm`` appear; the copy is ``query_only`` behind an
authorizer that denies every write, with a limit on value sizes; it must pass
``quick_check`` and carry exactly the schema our migrations produce.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from app.errors import DamagedWorkbook, NotAWorkbook
from app.storage import schema
from app.storage.workbook import MAX_FILE_BYTES, check_version, quick_check, read_header

MAX_VALUE_BYTES = 8 * 1024 * 1024  # no field of ours comes near this

_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                 sqlite3.SQLITE_PRAGMA, sqlite3.SQLITE_RECURSIVE}


def _read_only_authorizer(action: int, arg1: str | None, arg2: str | None,
                          db_name: str | None, trigger: str | None) -> int:
    """Allow reads only; deny everything a trigger or a write could do."""
    if trigger is not None:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _READ_ACTIONS else sqlite3.SQLITE_DENY


def load_copy(path: Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Return an in-memory, read-only copy of the workbook at ``path``.

    Raises NotAWorkbook, NewerWorkbook or DamagedWorkbook with one sentence; an
    older file is migrated in memory (never on disk) when ``migrate``.
    """
    _app_id, version = read_header(path)
    check_version(path, version)
    if version < 1:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=path.name)
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise NotAWorkbook("{name} is too large to be a workbook ({size} MB).",
                           name=path.name, size=len(data) // 2**20)
    data = _without_wal_flag(data)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    try:
        conn.deserialize(data)
        conn.execute("PRAGMA trusted_schema = OFF")
        db = sqlite_utils.Database(conn, execute_plugins=False)
        quick_check(db, path.name)
        _check_schema(db, path.name, version)
        if migrate and version < schema.SCHEMA_VERSION:
            schema.migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=path.name, detail=exc) from None
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_read_only_authorizer)
    return db


def _without_wal_flag(data: bytes) -> bytes:
    """Return the bytes with the header's WAL read/write versions set to rollback mode.

    A WAL-mode image cannot be opened from memory (SQLite wants a ``-wal`` file
    beside it); bytes 18 and 19 of the header name the mode, 1 meaning rollback.
    """
    if data[18:20] == b"\x02\x02":
        return data[:18] + b"\x01\x01" + data[20:]
    return data


def _check_schema(db: sqlite_utils.Database, name: str, version: int) -> None:
    """Raise NotAWorkbook unless the file's schema is exactly the one we make."""
    found = dict(db.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    if found != schema.expected_schema(version):
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=name)
