"""Reading workbooks we did not just write (merge inputs, files from USB sticks) without risk.

The file's bytes are loaded into memory with ``deserialize``, so the original is
never touched and no ``-wal``/``-shm`` appear; a file whose ``-wal`` still holds
committed pages (left by a crash, or open in another Rencana) is read from a
private copy of both files. The copy is ``query_only`` behind an authorizer that
denies every write, with a limit on value sizes; it must pass ``quick_check``,
its size must match its header, and it must carry exactly the schema our
migrations produce. An older file is migrated in memory; a newer one is refused.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app import i18n
from app.errors import DamagedWorkbook, NotAWorkbook
from app.storage import database, schema
from app.storage.workbook import check_version, quick_check, read_header

if TYPE_CHECKING:
    import sqlite_utils

MAX_VALUE_BYTES = 8 * 1024 * 1024  # no field of ours comes near this
MAX_COPY_BYTES = 512 * 1024 * 1024  # 10x the biggest workshop is a few MB
MAX_OBJECTS = 1000  # our schema has about a hundred tables and indexes
MAX_ROWS = 500_000  # ten times a big workshop is about 100,000 rows

_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                 sqlite3.SQLITE_RECURSIVE}
_READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
                 "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"}


def _read_only_authorizer(action: int, arg1: str | None, arg2: str | None,
                          db_name: str | None, trigger: str | None) -> int:
    """Allow reads only; deny everything a trigger, a view or a write could do."""
    if trigger is not None:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA:
        allowed = arg2 is None or (arg1 or "").lower() in _READ_PRAGMAS
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _READ_ACTIONS else sqlite3.SQLITE_DENY


def load_copy(path: Path, *, migrate: bool = True,
              newer: bool = False) -> sqlite_utils.Database:
    """Return an in-memory, read-only copy of the workbook at ``path``.

    Raises NotAWorkbook, NewerWorkbook or DamagedWorkbook with one sentence; an
    older file is migrated in memory (never on disk) when ``migrate``. A file
    of a newer version is refused unless ``newer`` (to read it read-only): its
    schema cannot be compared, but it may hold only our tables and indexes.
    """
    _app_id, version = read_header(path)
    if not newer:
        check_version(path, version)
    if version < 1:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=path.name)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _fill(conn, path)
        version = _check_header_again(conn, path, version, newer)
        db = database(conn)
        _check_contents(db, path.name, version)
        if migrate and version < schema.SCHEMA_VERSION:
            schema.migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "too big" in str(exc):
            raise NotAWorkbook("{name} holds a value too large for a workbook.",
                               name=path.name) from None
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=path.name,
                              detail=str(exc)) from None
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_read_only_authorizer)
    return db


i18n.register({
    "{name} holds more rows than a workbook can ({count}).":
        "{name} memuat lebih banyak baris daripada yang dapat dimuat buku kerja ({count}).",
    "{name} holds a value too large for a workbook.":
        "{name} memuat nilai yang terlalu besar untuk sebuah buku kerja.",
})


def _fill(conn: sqlite3.Connection, path: Path) -> None:
    """Load the workbook's pages into ``conn`` (limits first) without touching ``path``."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _fill_from_wal(conn, path, wal)
    else:
        data = _read_bounded(path)
        _check_size(data, path.name)
        conn.deserialize(_without_wal_flag(data))
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")


def _read_bounded(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_COPY_BYTES:
        raise NotAWorkbook("{name} is too large to be a workbook ({size} MB).",
                           name=path.name, size=size // 2**20)
    return path.read_bytes()


def _check_size(data: bytes, name: str) -> None:
    """Raise DamagedWorkbook unless the file is exactly the pages its header counts.

    SQLite ignores bytes past the last page, and misses pages cut off the end
    until it reads them; both mean the file was damaged on its way here.
    """
    page_size, = struct.unpack(">H", data[16:18])
    page_size = 65536 if page_size == 1 else page_size
    pages, = struct.unpack(">I", data[28:32])
    valid = pages > 0 and data[24:28] == data[92:96]
    if page_size < 512 or page_size & (page_size - 1) or (valid and pages * page_size != len(data)):
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=name,
                              detail="its size does not match its pages")


def _fill_from_wal(conn: sqlite3.Connection, path: Path, wal: Path) -> None:
    """Copy the file and its write-ahead log to a private folder, read both, into ``conn``.

    The pair is copied again if either changed while being copied (another
    Rencana writing), so the copy is one consistent moment.
    """
    with tempfile.TemporaryDirectory(prefix="rencana-read-") as folder:
        copy = Path(folder) / "copy.rencana"
        for _attempt in range(5):
            before = [_stamp(path), _stamp(wal)]
            _read_bounded(path)  # size check only
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            if [_stamp(path), _stamp(wal)] == before:
                break
        source = sqlite3.connect(str(copy))
        try:
            source.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
            source.execute("PRAGMA trusted_schema = OFF")
            source.execute("PRAGMA query_only = ON")
            source.set_authorizer(_read_only_authorizer)
            source.backup(conn)
        finally:
            source.close()


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _check_header_again(conn: sqlite3.Connection, path: Path, version: int,
                        newer: bool) -> int:
    """Return the version the loaded pages carry (a write-ahead log may hold a newer one)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    loaded = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != schema.APPLICATION_ID or loaded < 1:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=path.name)
    if loaded != version and not newer:
        check_version(path, loaded)
    return int(loaded)


def _check_contents(db: sqlite_utils.Database, name: str, version: int) -> None:
    """Raise unless pages, schema, links and value sizes are those of a sound workbook."""
    count = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if count > MAX_OBJECTS:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=name)
    quick_check(db, name)
    _check_schema(db, name, version)
    if db.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=name,
                              detail="some links point to rows that do not exist")
    _touch_every_value(db, name)


def _touch_every_value(db: sqlite_utils.Database, name: str) -> None:
    """Count the rows and read the length of every value once, so that an oversized file
    or value is refused now, before anything reads it whole."""
    found: dict[str, list[str]] = {}
    for table, column in db.execute(
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table'"):
        found.setdefault(table, []).append(column)
    total = sum(db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in found)
    if total > MAX_ROWS:
        raise NotAWorkbook("{name} holds more rows than a workbook can ({count}).",
                           name=name, count=total)
    for table, columns in found.items():
        total = " + ".join(f"coalesce(length([{c}]), 0)" for c in columns)
        db.execute(f"SELECT sum({total}) FROM [{table}]").fetchone()


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
    kinds = {row[0] for row in db.execute("SELECT DISTINCT type FROM sqlite_master")}
    if version > schema.SCHEMA_VERSION:  # read-only: what a later Rencana added is unknown
        ours = set(schema.expected_schema(schema.SCHEMA_VERSION))
        same = ours <= set(found)
    else:
        same = found == schema.expected_schema(version)
    if not same or kinds - {"table", "index"}:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=name)
