"""Reading and writing records with their merge bookkeeping: the only place rows are written."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from app import model
from app.storage.schema import META_TABLE

if TYPE_CHECKING:
    import sqlite_utils

R = TypeVar("R", bound=model.Record)


def _to_record(cls: type[R], row: dict[str, Any]) -> R:
    values: dict[str, Any] = {"id": row["id"]}
    for name, rule in cls.rules().items():
        value = row.get(name)
        if rule.kind == "bool":
            value = bool(value)
        elif value is None and rule.kind in ("text",):
            value = ""
        values[name] = value
    return cls(**values)


def _order(cls: type[model.Record]) -> str:
    return ", ".join(f"[{c}]" for c in (*cls.ORDER, "id"))


def get(db: sqlite_utils.Database, cls: type[R], row_id: str | None) -> R | None:
    """Return the live record of ``cls`` with ``row_id``, or None if absent or deleted."""
    if not row_id:
        return None
    row = raw(db, cls.TABLE, row_id)
    if row is None or row["_deleted"]:
        return None
    return _to_record(cls, row)


def select(db: sqlite_utils.Database, cls: type[R], **equals: Any) -> list[R]:
    """Return the live records of ``cls`` whose fields equal ``equals``, in the class's order."""
    where = " AND ".join(["_deleted = 0", *(f"[{k}] IS ?" for k in equals)])
    sql = f"SELECT * FROM [{cls.TABLE}] WHERE {where} ORDER BY {_order(cls)}"
    cursor = db.execute(sql, list(equals.values()))
    names = [d[0] for d in cursor.description]
    return [_to_record(cls, dict(zip(names, row, strict=True))) for row in cursor]


def count(db: sqlite_utils.Database, cls: type[model.Record], **equals: Any) -> int:
    """Return how many live records of ``cls`` match ``equals``."""
    where = " AND ".join(["_deleted = 0", *(f"[{k}] IS ?" for k in equals)])
    sql = f"SELECT count(*) FROM [{cls.TABLE}] WHERE {where}"
    return int(db.execute(sql, list(equals.values())).fetchone()[0])


def exists(db: sqlite_utils.Database, table: str, row_id: str) -> bool:
    """Return whether a live row ``row_id`` exists in ``table``."""
    sql = f"SELECT 1 FROM [{table}] WHERE id = ? AND _deleted = 0"
    return db.execute(sql, [row_id]).fetchone() is not None


def raw(db: sqlite_utils.Database, table: str, row_id: str) -> dict[str, Any] | None:
    """Return the stored row (bookkeeping included, deleted or not), or None."""
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def next_revision(db: sqlite_utils.Database) -> int:
    """Advance and return the workbook's Lamport clock (call inside a transaction)."""
    row = db.execute(
        f"UPDATE [{META_TABLE}] SET value = CAST(value AS INTEGER) + 1 "
        "WHERE key = 'clock' RETURNING value"
    ).fetchone()
    return int(row[0])


def observe_revision(db: sqlite_utils.Database, revision: int) -> None:
    """Move the Lamport clock forward to at least ``revision`` (after merging others' rows)."""
    db.execute(
        f"UPDATE [{META_TABLE}] SET value = max(CAST(value AS INTEGER), ?) WHERE key = 'clock'",
        [revision],
    )


def now() -> str:
    """Return the current UTC time as ISO 8601 (display only, never used to order)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def write(db: sqlite_utils.Database, table: str, row_id: str, values: dict[str, Any],
          *, deleted: bool, device: str) -> None:
    """Store ``values`` and the tombstone flag as a new revision of the row.

    Fields whose value changed get the new (revision, device) in the row's field
    clock, which is what merge compares. Call inside a transaction.
    """
    old = raw(db, table, row_id)
    field_clock: dict[str, list[Any]] = json.loads(old["_clock"]) if old else {}
    revision = next_revision(db)
    stored = {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}
    for name, value in stored.items():
        if old is None or old.get(name) != value:
            field_clock[name] = [revision, device]
    if old is None or bool(old["_deleted"]) != deleted:
        field_clock["_deleted"] = [revision, device]
    row = {
        "id": row_id, **stored, "_rev": revision, "_device": device, "_modified": now(),
        "_deleted": int(deleted), "_clock": json.dumps(field_clock, sort_keys=True),
    }
    db.execute(_upsert_sql(table, tuple(row)), list(row.values()))


@functools.cache
def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """Return INSERT ... ON CONFLICT(id) DO UPDATE for ``columns`` of ``table``.

    sqlite-utils' ``upsert`` reads the table's schema on every call (about 4 ms a
    row, measured with cProfile on 2,000 people); this statement is built once.
    """
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
    return (f"INSERT INTO [{table}] ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")
