"""The SQL of merge, copies and backups: whole tables in and out, with their bookkeeping.

Merge works on complete rows (user fields and bookkeeping) because it must
carry every field's clock unchanged; ``app.ops`` remains the only writer of
single user edits.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

from app import model
from app.storage import schema
from app.storage.schema import META_TABLE
from app.storage.workbook import connect

if TYPE_CHECKING:
    import sqlite_utils


def all_rows(db: sqlite_utils.Database, table: str) -> list[dict[str, Any]]:
    """Return every stored row of ``table`` (tombstones included), ordered by id."""
    cursor = db.execute(f"SELECT * FROM [{table}] ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def meta(db: sqlite_utils.Database) -> dict[str, str]:
    """Return the workbook's own settings table (the clock, what merge has seen)."""
    return {str(k): str(v) for k, v in db.execute(f"SELECT key, value FROM [{META_TABLE}]")}


def clock(db: sqlite_utils.Database) -> int:
    """Return the workbook's Lamport clock."""
    row = db.execute(f"SELECT value FROM [{META_TABLE}] WHERE key = 'clock'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def set_meta(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    """Store settings in the workbook's own table (call inside a transaction)."""
    db.conn.executemany(
        f"INSERT INTO [{META_TABLE}] (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        sorted(values.items()),
    )


def raise_clock(db: sqlite_utils.Database, revision: int) -> None:
    """Move the workbook's Lamport clock forward to at least ``revision``."""
    db.execute(
        f"UPDATE [{META_TABLE}] SET value = max(CAST(value AS INTEGER), ?) WHERE key = 'clock'",
        [revision],
    )


def put_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert or replace complete rows (bookkeeping included) of ``table`` in place."""
    if not rows:
        return
    names = list(schema.columns(model.BY_TABLE[table]))
    cols = ", ".join(f"[{n}]" for n in names)
    marks = ", ".join("?" for _ in names)
    sets = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n != "id")
    db.conn.executemany(
        f"INSERT INTO [{table}] ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {sets}",
        [[row.get(n) for n in names] for row in rows],
    )


def remove_rows(db: sqlite_utils.Database, table: str, ids: list[str]) -> None:
    """Remove rows for good (only to undo a merge that brought them in)."""
    db.conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", [[i] for i in ids])


def new_workbook_in_memory() -> sqlite_utils.Database:
    """Return an empty workbook database in memory, with our header and schema."""
    db = connect(":memory:")
    db.conn.deserialize(_empty_workbook())
    db.execute("PRAGMA foreign_keys = ON")
    return db


@functools.cache
def _empty_workbook() -> bytes:
    """Return the pages of an empty workbook (made once: running the migrations is slow)."""
    db = connect(":memory:")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID:d}")
    schema.migrate(db, 0)
    data = db.conn.serialize()
    db.conn.close()
    return data


def seen_of(values: dict[str, str]) -> dict[str, int]:
    """Return the merge knowledge ({device: revision}) kept in the settings table."""
    try:
        data = json.loads(values.get("seen", "{}"))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}


def deleted_rows_owned_by(db: sqlite_utils.Database, table: str, field: str,
                          owner_id: str) -> list[dict[str, Any]]:
    """Return the deleted rows of ``table`` whose owner ``field`` is ``owner_id``."""
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE [{field}] = ? AND _deleted = 1 "
                        "ORDER BY id", [owner_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
