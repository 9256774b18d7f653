"""Opening, creating and closing workbook files: pragmas, header checks, migrations, lock."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from app import atomic, paths
from app.errors import (
    DamagedWorkbook,
    NewerWorkbook,
    NotAWorkbook,
    RencanaError,
    WorkbookError,
)
from app.storage import schema
from app.storage.lock import Lock

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
    return sqlite_utils.Database(conn, execute_plugins=False)


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

    A file on read-only media, or opened with ``read_only``, is opened immutable
    and never written; a newer file is refused unless ``read_only``.
    """
    _app_id, version = read_header(path)
    read_only = read_only or not _writable(path)
    if not read_only:
        check_version(path, version)
    lock = None
    if not read_only:
        lock = Lock(path)
        lock.acquire()
    try:
        return _open_checked(path, version, read_only, lock)
    except BaseException:
        if lock:
            lock.release()
        raise


def _open_checked(path: Path, version: int, read_only: bool, lock: Lock | None) -> WorkbookFile:
    try:
        if read_only:
            db = connect(f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1", uri=True)
        else:
            db = connect(str(path))
        quick_check(db, path.name)
        if not read_only:
            if version < schema.SCHEMA_VERSION:
                backup_before_migration(db, path, version)
            _prepare_writable(db)
            schema.migrate(db, version)
    except RencanaError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkbook("{name} is damaged: {detail}.", name=path.name,
                              detail=str(exc)) from None
    return WorkbookFile(path, db, read_only=read_only, lock=lock)


def backup_before_migration(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the workbook beside itself before migrating it; return the copy's path."""
    target = path.with_name(f"{path.stem}.before-v{schema.SCHEMA_VERSION}-from-v{version}.rencana")
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    return target
