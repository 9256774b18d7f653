"""The workbook schema, derived from app.model, and its versioned migrations.

A migration is a function taking a sqlite-utils ``Database``; ``MIGRATIONS[i]``
brings a file from version ``i`` to ``i + 1``. A shipped migration is never
edited: a later change to app.model comes with a new migration here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import sqlite_utils

from app import model

APPLICATION_ID = 0x52454E43  # "RENC"
BOOKKEEPING = {
    "_rev": int,  # Lamport clock of the latest write of this row
    "_device": str,  # device that made that write
    "_modified": str,  # wall-clock time of that write, for display only
    "_deleted": int,  # tombstone: 1 when the row is deleted
    "_clock": str,  # JSON {field: [rev, device]}: who last wrote each field (for merge)
}
META_TABLE = "_meta"

_PY_TYPES = {
    "text": str, "int": int, "real": float, "number": float, "bool": int, "date": str,
    "year": int, "money": int, "ref": str, "choice": str,
}


def columns(cls: type[model.Record]) -> dict[str, type]:
    """Return the SQLite column types of a record class, bookkeeping included."""
    cols: dict[str, type] = {"id": str}
    cols.update({name: _PY_TYPES[rule.kind] for name, rule in cls.rules().items()})
    cols.update(BOOKKEEPING)
    return cols


def _create_record_table(db: sqlite_utils.Database, cls: type[model.Record]) -> None:
    refs = [(name, rule.ref, "id") for name, rule in cls.rules().items() if rule.ref]
    defaults = {name: 0 for name in BOOKKEEPING if name in ("_rev", "_deleted")}
    defaults["_clock"] = "{}"  # type: ignore[assignment]
    db[cls.TABLE].create(  # type: ignore[union-attr]
        columns(cls), pk="id", foreign_keys=refs, not_null={"id"}, defaults=defaults,
    )
    for name, _table, _col in refs:
        db[cls.TABLE].create_index([name])  # type: ignore[union-attr]


def _m001_initial(db: sqlite_utils.Database) -> None:
    db[META_TABLE].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]
    db[META_TABLE].insert({"key": "clock", "value": "0"})  # type: ignore[union-attr]
    for cls in model.RECORDS:
        _create_record_table(db, cls)


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_m001_initial,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, version: int, upto: int | None = None) -> None:
    """Run the migrations from ``version`` to ``upto`` (default: all), each in one transaction."""
    for number, step in enumerate(MIGRATIONS[version:upto], start=version + 1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number:d}")


@functools.cache
def expected_schema(version: int) -> dict[str, str]:
    """Return {name: sql} of every object a workbook at ``version`` holds (to compare files)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    migrate(db, 0, version)
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    return {name: sql for name, sql in rows}
