"""Automatic backups of the open workbook, kept in the user data folder, and restoring them.

Policy (also in README):

* A backup is taken when a workbook is opened for editing, then at most every
  ``BACKUP_EVERY_MINUTES`` minutes while it is being edited, and when it is
  closed; never twice for the same content (the workbook's revision counter
  is part of the backup's name).
* Backups of one workbook live in ``<data folder>/backups/<name>-<id>/``,
  where the id comes from the workbook's full path.
* Kept: the ``KEEP_RECENT`` newest backups, plus the newest backup of each of
  the last ``KEEP_DAYS`` days; older ones are deleted.
* A backup is written like every copy: backup API, flushed, verified, renamed
  into place. Restoring copies a chosen backup to a target path the same way.

Backup names use the laptop's clock, for people to read; they decide nothing
that merge depends on.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import atomic, i18n, paths
from app.errors import RencanaError, WorkbookError
from app.storage import queries_merge, safe, snapshot
from app.storage.lock import Lock, ensure_not_open
from app.storage.workbook import WorkbookFile

BACKUP_EVERY_MINUTES = 10
KEEP_RECENT = 10
KEEP_DAYS = 30
_NAME = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}-\d{6})-r(?P<clock>\d+)\.rencana$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    """One automatic backup: its file, the workbook it copies, when, and at which revision."""

    path: Path
    workbook: str
    taken: datetime
    clock: int


def backups_root() -> Path:
    """Return the folder holding every workbook's backups."""
    return paths.data_dir() / "backups"


def backup_folder(workbook: Path) -> Path:
    """Return the folder of the backups of the workbook at ``workbook``."""
    key = hashlib.sha256(str(workbook.resolve()).encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", workbook.stem)[:60] or "workbook"
    return backups_root() / paths.safe_file_name(f"{stem}-{key}")


def list_backups(workbook: Path | None = None) -> list[Backup]:
    """Return the backups of ``workbook`` (of every workbook if None), newest first."""
    folders = [backup_folder(workbook)] if workbook else sorted(backups_root().glob("*"))
    found = [b for folder in folders if folder.is_dir() for b in _in_folder(folder)]
    return sorted(found, key=lambda b: (b.taken, b.clock), reverse=True)


def _in_folder(folder: Path) -> list[Backup]:
    found = []
    for path in folder.glob("*.rencana"):
        match = _NAME.match(path.name)
        if match:
            taken = datetime.fromisoformat(match["stamp"])  # not strptime: 10 ms at start-up
            found.append(Backup(path, match["stem"], taken, int(match["clock"])))
    return found


def make_backup(wb: WorkbookFile, now: datetime | None = None) -> Path | None:
    """Back up the open workbook unless its newest backup already holds this content.

    Returns the new backup's path (or None when skipped); raises WorkbookError.
    """
    clock = queries_merge.clock(wb.db)
    existing = list_backups(wb.path)
    if existing and existing[0].clock == clock:
        return None
    now = now or datetime.now()
    folder = backup_folder(wb.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = paths.safe_file_name(wb.path.stem[:80], fallback="workbook")
    target = folder / f"{stem}-{now.strftime(_STAMP)}-r{clock}.rencana"
    try:
        snapshot.write_snapshot(wb.db.conn, target, verify=_verify)
    except (sqlite3.Error, OSError) as exc:
        raise WorkbookError("The automatic backup could not be written: {reason}.",
                            reason=exc) from None
    prune(wb.path, now)
    return target


def prune(workbook: Path, now: datetime) -> list[Path]:
    """Delete the backups the policy no longer keeps; return the deleted files."""
    backups = list_backups(workbook)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: set[str] = set()
    for backup in backups:
        day = backup.taken.strftime("%Y%m%d")
        if now - backup.taken <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        with contextlib.suppress(OSError):  # a backup held open is pruned next time
            atomic.remove(path)
    return removed


def restore(backup: Path, target: Path) -> Path:
    """Copy ``backup`` to ``target`` atomically, after checking both; return ``target``.

    Raises WorkbookError when the backup is damaged or ``target`` is open in Rencana.
    """
    safe.load_copy(backup, migrate=False).conn.close()
    ensure_not_open(target)
    lock = Lock(target)
    lock.acquire()
    try:
        return snapshot.copy_file_atomically(backup, target, verify=_verify)
    except OSError as exc:
        raise WorkbookError("Cannot write {name}: {reason}.", name=target.name,
                            reason=exc.strerror or exc) from None
    finally:
        lock.release()


def latest_good_backup(workbook: Path) -> Backup | None:
    """Return the newest backup of ``workbook`` that reads back as a sound workbook."""
    for backup in list_backups(workbook):
        with contextlib.suppress(RencanaError):
            _verify(backup.path)
            return backup
    return None


def _verify(path: Path) -> None:
    safe.load_copy(path, migrate=False).conn.close()


class AutoBackup:
    """When to back up the open workbook: at start, every few minutes of editing, at close.

    The window calls ``edited()`` after each change and ``tick()`` from a timer;
    nothing here knows about Qt.
    """

    def __init__(self, wb: WorkbookFile, every_minutes: float = BACKUP_EVERY_MINUTES) -> None:
        self.wb = wb
        self.every = every_minutes * 60
        self.dirty = False
        self.last = time.monotonic()

    def start(self) -> Path | None:
        """Back up the workbook as it was opened (skipped when a backup already holds it)."""
        return None if self.wb.read_only else make_backup(self.wb)

    def edited(self) -> None:
        """Note that the workbook changed since the last backup."""
        self.dirty = True

    def tick(self, now: float | None = None) -> Path | None:
        """Back up if there were edits and the interval has passed; return the new backup."""
        now = time.monotonic() if now is None else now
        if not self.dirty or now - self.last < self.every:
            return None
        return self._run(now)

    def close(self) -> Path | None:
        """Back up the edits made since the last backup, before the workbook closes."""
        return self._run(time.monotonic()) if self.dirty else None

    def _run(self, now: float) -> Path | None:
        self.dirty = False
        self.last = now
        return None if self.wb.read_only else make_backup(self.wb)


i18n.register({
    "The automatic backup could not be written: {reason}.":
        "Cadangan otomatis tidak dapat ditulis: {reason}.",
})
