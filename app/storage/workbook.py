"""Opening, creating and closing workbook files: pragmas, header checks, migrations, lock."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app import atomic, paths
from app.errors import (
    DamagedWorkbook,
    NewerWorkbook,
    NotAWorkbook,
    WorkbookError,
)
from app.storage import database, schema
from app.storage.lock import Lock

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the file header, without opening SQLite.

    Raises WorkbookError when the file is missing, empty, not SQLite or not ours.
    """
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        raise WorkbookError("{name} does not exist.", name=name) from None
    except OSError as exc:
        raise WorkbookError("Cannot read {name}: {reason}.", name=name,
                            reason=exc.strerror or exc) from None
    if size == 0:
        raise NotAWorkbook("{name} is empty: it is not a Rencana workbook.", name=name)
    if size > MAX_FILE_BYTES:
        raise NotAWorkbook("{name} is too large to be a workbook ({size} MB).",
                           name=name, size=size // 2**20)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=name)
    user_version, = struct.unpack(">I", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    if application_id != schema.APPLICATION_ID:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=name)
    return application_id, user_version


def check_version(path: Path, version: int) -> None:
    """Raise NewerWorkbook if ``version`` is newer than this Rencana understands."""
    if version > schema.SCHEMA_VERSION:
        raise NewerWorkbook(
            "{name} was made by a newer version of Rencana; update Rencana to open it.",
            name=path.name,
        )


def connect(target: str, *, uri: bool = False) -> sqlite_utils.Database:
    """Return a sqlite-utils Database on ``target`` in autocommit mode (atomic() opens txns)."""
    conn = sqlite3.connect(target, uri=uri, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    return database(conn)


def _prepare_writable(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def quick_check(db: sqlite_utils.Database, name: str) -> None:
    """Raise DamagedWorkbook unless SQLite's quick_check returns exactly ``ok``."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=name, detail=str(exc)) from None
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=name, detail=detail)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class WorkbookFile:
    """An open workbook: its path, its sqlite-utils Database, and whether it may be written."""

    def __init__(self, path: Path, db: sqlite_utils.Database, *, read_only: bool,
                 lock: Lock | None) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.device = paths.device_id()
        self._lock = lock
        self.closed = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """Run the block as one transaction (nested blocks become savepoints)."""
        if self.read_only:
            raise WorkbookError("The workbook is open read-only.")
        with self.db.atomic() as db:
            yield db

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and release the lock."""
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.conn.close()
        self.closed = True
        if self._lock:
            self._lock.release()

    def __enter__(self) -> WorkbookFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create(path: Path, *, shown_as: str | None = None) -> WorkbookFile:
    """Create an empty workbook file at ``path`` (which must not exist) and open it.

    The caller fills it (see app.workbooks.new_workbook); raises WorkbookError,
    naming the file ``shown_as`` (the target a temporary file becomes).
    """
    if path.exists():
        raise WorkbookError("{name} already exists.", name=path.name)
    try:
        db = connect(str(path))
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID:d}")
        _prepare_writable(db)
        schema.migrate(db, 0)
    except sqlite3.Error as exc:
        raise atomic.write_error(Path(shown_as or path.name), exc) from None
    lock = Lock(path)
    lock.acquire()
    return WorkbookFile(path, db, read_only=False, lock=lock)


def open_file(path: Path, *, read_only: bool = False) -> WorkbookFile:
    """Open the workbook at ``path``, migrating it if older; raise WorkbookError if unusable.

    Nothing is written before the file passed every check ``safe.load_copy``
    makes (pages, links, sizes, exactly our schema: no trigger, view, extra
    table or index) and, when older, migrated in memory: a refused file is left
    byte for byte as it was, with nothing beside it. An older file is then
    copied beside itself and migrated in one transaction.

    A file on read-only media, or opened with ``read_only``, is read into memory
    (its ``-wal`` included: what is committed) and never written; a newer file
    is refused unless ``read_only``.
    """
    _app_id, version = read_header(path)
    read_only = read_only or not _writable(path)
    if read_only:
        return _open_read_only(path)
    check_version(path, version)
    if version < 1:
        raise NotAWorkbook("{name} is not a Rencana workbook.", name=path.name)
    lock = Lock(path)
    lock.acquire()
    try:
        return _open_checked(path, lock)
    except BaseException:
        lock.release()
        raise


def _open_read_only(path: Path) -> WorkbookFile:
    from app.storage import safe  # safe reads headers with this module's helpers

    db = safe.load_copy(path, newer=True)
    return WorkbookFile(path, db, read_only=True, lock=None)


def _open_checked(path: Path, lock: Lock) -> WorkbookFile:
    from app.storage import safe  # safe reads headers with this module's helpers

    safe.load_copy(path).conn.close()  # refuses before anything is written
    db = None
    try:
        db = connect(str(path))
        db.execute("PRAGMA synchronous = FULL")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version < schema.SCHEMA_VERSION:
            _migrate_on_disk(db, path, version)
        _prepare_writable(db)
    except BaseException as exc:
        if db is not None:
            db.conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise DamagedWorkbook("{name} is damaged: {detail}.", name=path.name,
                                  detail=str(exc)) from None
        raise
    return WorkbookFile(path, db, read_only=False, lock=lock)


def _migrate_on_disk(db: sqlite_utils.Database, path: Path, version: int) -> None:
    """Copy the file beside itself, then migrate it in one transaction.

    If the migration fails (it passed in memory: a full disk, a power cut), the
    transaction leaves the file as it was and the copy is removed.
    """
    copy = backup_before_migration(db, path, version)
    try:
        schema.migrate(db, version)
    except BaseException:
        with contextlib.suppress(OSError):
            copy.unlink()
        raise


def backup_before_migration(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the workbook beside itself before migrating it; return the copy's path."""
    target = path.with_name(f"{path.stem}.before-v{schema.SCHEMA_VERSION}-from-v{version}.rencana")
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    return target
