"""The one way Rencana writes a file: beside the target, flushed, renamed over it in one step.

Documents, charts, worksheets, team copies, merge results, backups and new
workbooks all go through ``replacing``: the content is written to a temporary
file in the target's folder (``.NAME.PID.tmp``), flushed to the disk, renamed
over the target, and the folder entry is flushed where the system allows it
(not on Windows). The target holds its old content or the complete new one,
never a part; a failure removes the temporary file, and temporary files a
killed Rencana left behind are swept at the next write of the same target.
Files get the user's normal permissions (the umask decides, as for any file).

On Windows a file another program holds open (Word, Excel, a virus scanner)
cannot be replaced or deleted for a moment: renames and deletes are retried
briefly, then the user is told to close the file. Every failure is one
sentence naming the target, never the temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app import i18n
from app.errors import RencanaError

RETRIES, PAUSE = 10, 0.1  # about one second in all for Word or a scanner to let go
STALE_AFTER = 24 * 3600  # Windows cannot tell a dead process id: a day-old temp is stale
SIDECARS = ("-wal", "-shm", "-journal")


class WriteError(RencanaError):
    """A file could not be written where the user asked; the old file is as it was."""


def temp_path(target: Path) -> Path:
    """Return the temporary name ``target`` is built under by this process."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


@contextlib.contextmanager
def replacing(target: Path, *, database: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    The caller writes the whole file at the yielded path (and closes it). With
    ``database``, journal files SQLite left beside the temporary file or the old
    target are removed too. Raises WriteError (one sentence) for any system
    error; on every failure the temporary file is gone and ``target`` unchanged.
    """
    target = Path(target)
    _check_folder(target)
    sweep(target)
    temp = temp_path(target)
    remove_with_sidecars(temp)
    try:
        yield temp
        if database:
            remove_with_sidecars(temp, keep_main=True)
        fsync_file(temp)
        if database:
            remove_with_sidecars(target, keep_main=True)  # SQLite would replay an old -wal
        replace(temp, target)
        fsync_folder(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            remove_with_sidecars(temp)
        if isinstance(exc, (OSError, sqlite3.Error)) and not isinstance(exc, RencanaError):
            raise write_error(target, exc) from None
        raise


def write_file(target: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write ``target`` atomically with ``write(stream)``; return ``target``. Raises WriteError.

    ``write`` fills a buffer in memory first: a writer that fails half-way on a
    full disk (zipfile in python-docx and openpyxl) would otherwise leave an object
    that later prints a traceback when it is collected.
    """
    with replacing(target) as temp:
        buffer = io.BytesIO()
        write(buffer)
        _write(temp, buffer.getbuffer())
    return Path(target)


def write_bytes(target: Path, data: bytes | memoryview) -> Path:
    """Write ``data`` to ``target`` atomically; return ``target``. Raises WriteError."""
    with replacing(target) as temp:
        _write(temp, data)
    return Path(target)


def _write(temp: Path, data: bytes | memoryview) -> None:
    with temp.open("wb") as stream:
        stream.write(data)


def _check_folder(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError("The folder {folder} does not exist: choose another folder.",
                         folder=str(folder))
    if target.is_dir():
        raise WriteError("{name} is a folder: choose another name.", name=target.name)


def replace(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target``, retrying while another program holds ``target``.

    Raises WriteError when ``target`` stays held (Windows) and OSError otherwise.
    No handle of Rencana's is open on either file here: callers close first.
    """
    for attempt in range(RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:  # Windows: a sharing violation while another program reads it
            if Path(target).is_dir():
                raise
            if attempt + 1 < RETRIES:
                time.sleep(PAUSE)
    raise WriteError("{name} is open in another program or cannot be replaced: close it "
                     "in Word or choose another name.", name=Path(target).name)


def remove(path: Path) -> None:
    """Delete ``path`` if it exists, retrying while another program holds it (Windows)."""
    for attempt in range(RETRIES):
        try:
            Path(path).unlink(missing_ok=True)
            return
        except PermissionError:  # Windows: held open by another program for a moment
            if attempt + 1 == RETRIES:
                raise
            time.sleep(PAUSE)


def remove_with_sidecars(path: Path, *, keep_main: bool = False) -> None:
    """Delete ``path`` (unless ``keep_main``) and any journal files SQLite left beside it."""
    names = [] if keep_main else [path.name]
    for name in [*names, *(path.name + suffix for suffix in SIDECARS)]:
        remove(path.with_name(name))


def sweep(target: Path) -> list[Path]:
    """Delete temporary files of ``target`` left by killed processes; return them."""
    swept = []
    with contextlib.suppress(OSError):
        for temp in target.parent.glob(f".{target.name}.*.tmp"):
            pid = temp.name.removeprefix(f".{target.name}.").removesuffix(".tmp")
            if pid.isdigit() and int(pid) != os.getpid() and _stale(int(pid), temp):
                with contextlib.suppress(OSError):
                    remove_with_sidecars(temp)
                    remove(temp.with_name(temp.name + ".lock"))  # a new workbook's lock
                    swept.append(temp)
    return swept


def _stale(pid: int, temp: Path) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows: go by age
        return time.time() - temp.stat().st_mtime > STALE_AFTER
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def fsync_file(path: Path) -> None:
    """Flush the file's content to the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk where the system allows it (not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- one sentence per failure -----------------------------------------------------------

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


def write_error(target: Path, exc: BaseException) -> WriteError:
    """Return the one-sentence error for a failed write of ``target`` (never the temp's name)."""
    name = Path(target).name
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        if "full" in text:
            return WriteError("Cannot write {name}: the disk is full.", name=name)
        if "I/O" in text:
            return WriteError("Cannot write {name}: {reason}.", name=name,
                              reason="the disk could not be read or written")
        return _read_only(name)  # "unable to open database file", "readonly database"
    assert isinstance(exc, OSError)
    if exc.errno in _FULL:
        return WriteError("Cannot write {name}: the disk is full.", name=name)
    if exc.errno in _DENIED or isinstance(exc, PermissionError):
        return _read_only(name)
    return WriteError("Cannot write {name}: {reason}.", name=name, reason=os_reason(exc))


def _read_only(name: str) -> WriteError:
    return WriteError("Cannot write {name}: the folder is read-only or you may not write there; "
                      "choose another folder.", name=name)


def os_reason(exc: OSError) -> str:
    """Return why a system call failed, as an English phrase the catalogue translates."""
    reasons = {errno.ENOSPC: "the disk is full", errno.EACCES: "permission denied",
               errno.EPERM: "permission denied", errno.EROFS: "the disk is read-only",
               errno.ENOENT: "it does not exist", errno.EISDIR: "it is a folder",
               errno.ENAMETOOLONG: "the name is too long", errno.EINVAL: "the name is not allowed",
               errno.EIO: "the disk could not be read or written"}
    return reasons.get(exc.errno or 0, "a system error")


i18n.register({
    "The folder {folder} does not exist: choose another folder.":
        "Folder {folder} tidak ada: pilih folder lain.",
    "{name} is a folder: choose another name.": "{name} adalah folder: pilih nama lain.",
    "{name} is open in another program or cannot be replaced: close it in Word or choose "
    "another name.":
        "{name} sedang dibuka di program lain atau tidak dapat diganti: tutup di Word "
        "atau pilih nama lain.",
    "Cannot write {name}: the disk is full.": "Tidak dapat menulis {name}: disk penuh.",
    "Cannot write {name}: the folder is read-only or you may not write there; choose another "
    "folder.":
        "Tidak dapat menulis {name}: foldernya hanya-baca atau Anda tidak boleh menulis di "
        "sana; pilih folder lain.",
    "Cannot write {name}: {reason}.": "Tidak dapat menulis {name}: {reason}.",
    "the disk is full": "disk penuh",
    "permission denied": "izin ditolak",
    "the disk is read-only": "disk hanya-baca",
    "it does not exist": "tidak ada",
    "it is a folder": "itu sebuah folder",
    "the name is too long": "namanya terlalu panjang",
    "the name is not allowed": "nama itu tidak diizinkan",
    "the disk could not be read or written": "disk tidak dapat dibaca atau ditulis",
    "a system error": "kesalahan sistem",
})
